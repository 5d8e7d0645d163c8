"""A thread of readers' comments that no class names is known by its lines (issue 11).

Each page is invented, with class names that say nothing (as hashed CSS class names do), so
that only the comments' own lines can tell them from the story.
"""

import pytest

from newsmodel.formats import ReadOptions
from newsmodel.formats.html import read
from newsmodel.formats.html._thread import _opens_comment, without_thread
from newsmodel.model import ListBlock, Paragraph, Section

_STORY = [
    "The county opened its third public library on Saturday, on the site of an old bus depot.",
    "Residents queued before the doors opened, and the children's room filled within an hour.",
    "The council says the building cost less than planned, thanks to a grant from the state.",
    "The library will open on Sundays too from next month, the council said on Monday.",
]


def _page(after: str, *, inside: str = "") -> bytes:
    """The story in a box of its own, ``inside`` it and ``after`` it."""
    story = "".join(f"<p>{text}</p>" for text in _STORY)
    return (
        "<html><head><title>Library opens on old depot site</title></head><body>"
        "<div class='x1a'><h1>Library opens on old depot site</h1>"
        f"<div class='x2b'>{story}{inside}</div>{after}</div></body></html>"
    ).encode()


def _paragraphs(data: bytes) -> list[str]:
    """The texts of the body's paragraphs and list items."""
    texts: list[str] = []
    for section in read(data, ReadOptions()).article.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                texts.append(block.text)
            elif isinstance(block, ListBlock):
                texts.extend(block.items)
    return texts


_THREADS = {
    "a list of comments": "<div class='x3c'><h3>3 Responses</h3><ol>"
    "<li><p>Marta K. says: Finally! The old depot was an eyesore for twenty years.</p></li>"
    "<li><p>bookworm_77 says: Will there be a reading room for the older kids as well?</p></li>"
    "<li><p>Jo on June 3, 2024 at 4:47 pm said: Parking there is going to be a problem.</p>"
    "</li></ol></div>",
    "paragraphs of comments in German": "<div class='x3c'><h3>12 Ergänzungen</h3>"
    "<p>Leserin aus Nord sagt: Endlich wieder eine Bibliothek in unserem Viertel.</p>"
    "<p>Karl sagt: Hoffentlich bleiben die Öffnungszeiten auch am Abend so lang.</p></div>",
    "headers with how long ago": "<div class='x3c'>"
    "<div class='x4d'><div class='x5e'>bookworm_77 · 3 hours ago</div>"
    "<p>Finally! The old depot was an eyesore for twenty years.</p></div>"
    "<div class='x4d'><div class='x5e'>Marta K. 5 hours ago</div>"
    "<p>Will there be a reading room for the older kids as well?</p></div></div>",
    "headers with how long ago, in Spanish": "<div class='x3c'>"
    "<div class='x4d'><div class='x5e'>Pep de Son Fullos Hace una hora</div>"
    "<p>Por fin una biblioteca en el barrio, ya era hora.</p></div>"
    "<div class='x4d'><div class='x5e'>Alcalino Hace 28 minutos</div>"
    "<p>¿Abrirán también los domingos en verano?</p></div></div>",
    "comments in French": "<div class='x3c'>"
    "<p>Claire dit : Enfin une bibliothèque dans le quartier, merci à la mairie.</p>"
    "<p>Paul M. dit : Les horaires du dimanche seront-ils les mêmes en été ?</p></div>",
}


@pytest.mark.parametrize("kind", sorted(_THREADS))
def test_thread_after_the_story_is_left_out(kind: str) -> None:
    """The thread in the story's box, where the main content's pick keeps it."""
    assert _paragraphs(_page("", inside=_THREADS[kind])) == _STORY


_STORY_LINES = {
    "quoted speech": [
        "Mayor Ann Lee said: “This is the library the town has waited for.”",
        "The librarian, Bo Kim, said: “We had 400 visitors in the first hour.”",
        "She said: 'The children's room is the heart of it.'",
    ],
    "a pronoun": [
        "He said: the building will pay for itself within ten years of opening.",
        "They said: no decision on the parking has been taken yet by the council.",
    ],
    "an article": [
        "The council says: the parking will be free for the first year of opening.",
        "The librarian said: the children's room will open on Sundays from May.",
    ],
    "sentences saying how long ago": [
        "Maria Kim left 3 days ago.",
        "Work began 2 weeks ago.",
    ],
}


@pytest.mark.parametrize("kind", sorted(_STORY_LINES))
def test_story_lines_stay(kind: str) -> None:
    """A story's people quoted after "said:" (quotation marks follow), and its lines opening
    with a pronoun or an article and "said:", are not comments."""
    lines = _STORY_LINES[kind]
    inside = "".join(f"<p>{text}</p>" for text in lines)
    assert _paragraphs(_page("", inside=inside)) == [*_STORY, *lines]


def test_one_comment_line_stays() -> None:
    """A single line opening as a comment does is not a thread."""
    line = "Marta K. says: the old depot was an eyesore for twenty years."
    assert _paragraphs(_page("", inside=f"<p>{line}</p>")) == [*_STORY, line]


def test_thread_needs_a_story_before_it() -> None:
    """Comment lines at the top of the body (a page of comments) are left alone."""
    lines = [
        "Marta K. says: Finally! The old depot was an eyesore for twenty years.",
        "bookworm_77 says: Will there be a reading room for the older kids as well?",
    ]
    sections = (Section(blocks=tuple(Paragraph(text=text) for text in [*lines, *_STORY])),)
    assert without_thread(sections) == sections


def test_counter_heading_and_later_sections_go() -> None:
    """The thread's counter heading goes with it, and so do the sections after it."""
    story = Section(blocks=tuple(Paragraph(text=text) for text in _STORY))
    thread = Section(
        heading="2 Comments",
        blocks=(
            ListBlock(
                items=(
                    "Marta K. says: Finally, a library.",
                    "bookworm_77 says: Will it open on Sundays?",
                )
            ),
        ),
    )
    more = Section(heading="More from the Courier", blocks=(Paragraph(text="Other story."),))
    assert without_thread((story, thread, more)) == (story,)


def test_entries_stamped_how_long_ago_are_no_thread() -> None:
    """A live report's entries stamped with a label and how long ago ("Updated 2 hours ago",
    "Aktualisiert vor 5 Minuten") are no comments' headers."""
    lines = [
        "Updated 2 hours ago",
        "The first visitors were through the door within minutes.",
        "Aktualisiert vor 5 Minuten",
        "The queue now reaches the corner of the street, staff say.",
    ]
    sections = (Section(blocks=tuple(Paragraph(text=text) for text in [*_STORY, *lines])),)
    assert without_thread(sections) == sections


def test_heading_naming_the_comments_goes_with_its_rules() -> None:
    """The section holding the thread goes whole when its heading names the comments: the
    rules for commenters under it, before the first comment, go too."""
    story = Section(blocks=tuple(Paragraph(text=text) for text in _STORY))
    thread = Section(
        heading="Comentar",
        blocks=(
            Paragraph(text="Normas de uso"),
            ListBlock(items=("No está permitido insultar.", "El sitio puede borrar mensajes.")),
            Paragraph(text="Alcalino Hace 28 minutos"),
            Paragraph(text="Por fin una biblioteca."),
            Paragraph(text="Jaime Hace 2 horas"),
            Paragraph(text="¿Y los domingos?"),
        ),
    )
    assert without_thread((story, thread)) == (story,)


def test_comment_openings_with_a_time() -> None:
    """A comment opening with its date and time ("Jo on June 3, 2024 at 4:47 pm said:") opens
    a comment: the time's colon is no end of the opening."""
    comments = [
        "Jo on June 3, 2024 at 4:47 pm said: Parking there is going to be a problem.",
        "Ben on June 3, 2024 at 5:02 pm said: The bus stops right outside, though.",
    ]
    blocks = tuple(Paragraph(text=text) for text in [*_STORY, *comments])
    expected = (Section(blocks=tuple(Paragraph(text=text) for text in _STORY)),)
    assert expected == without_thread((Section(blocks=blocks),))


_LONG_COMMENT = (
    "I have lived near the depot for thirty years, and I never thought I would see the day it"
    " became something the whole street could use, with books, a garden and a room for"
    " meetings, and I hope the council keeps the opening hours long, because many of us work"
    " late and can only come in the evening, after the buses have gone quiet."
)


def test_thread_found_as_the_content_gives_way_to_the_story() -> None:
    """When the container found as the main content is a thread of comments from its first
    line (longer than a short story, and read as one paragraph from plain boxes), the story
    is looked for again without it."""
    names = ["Marta K.", "Jo", "Ben", "Lena", "Tom"]
    thread = "".join(
        f"<div class='c{n}'><div class='h{n}'>{name} on June {n + 3}, 2024 at 4:4{n} pm said:"
        f"</div><div class='t{n}'>{_LONG_COMMENT}</div></div>"
        for n, name in enumerate(names)
    )
    story = "".join(f"<div class='s'>{text}</div>" for text in _STORY[:2])
    page = (
        "<html><head><title>Library opens on old depot site</title></head><body>"
        f"<div class='x1a'><h1>Library opens on old depot site</h1><div class='x2b'>{story}</div>"
        f"<div class='x3c'>{thread}</div></div></body></html>"
    ).encode()
    texts = _paragraphs(page)
    assert (_STORY[:2], False) == (texts, any("said:" in text for text in texts))


@pytest.mark.parametrize(
    "header",
    [
        "gridwatcher · 3 hours ago",
        "Anna vor 3 Stunden",
        "Luc il y a 2 jours",
        "Jaime hace una hora",
        "Marco 2 ore fa",
        "João há 3 dias",
        "Ola for 2 timer siden",
        "Sven för 3 dagar sedan",
        "Piet 2 uur geleden",
        "Kim (an hour ago)",
    ],
)
def test_comment_header_lines_in_each_language(header: str) -> None:
    """A comment's header line, its author and how long ago in each language read, opens a
    comment (the quick test of its last word lets every such line through), and a sentence
    saying how long ago something happened does not."""
    assert _opens_comment(header)
    assert not _opens_comment(f"{header.split()[0]} left the town {header.split(maxsplit=1)[1]}.")
