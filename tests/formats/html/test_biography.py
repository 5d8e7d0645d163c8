"""The box about the author, known from the JSON-LD author's description, is not the story
(issue 11)."""

import json

from lxml import html

from newsmodel.formats.html import read
from newsmodel.formats.html._biography import drop_biographies
from newsmodel.formats.html._meta_jsonld import biographies
from newsmodel.model import NoteKind, Paragraph

_BIO = (
    "Rosa Delgado-Finch covers transport and the harbour for the Millbrook Gazette. Before "
    "that she reported on courts in three counties and wrote a book about river ferries."
)
_STORY = (
    "The harbour board voted on Monday to dredge the eastern channel before the winter storms, "
    "after two cargo ships ran aground there in October. "
)


def _page(body: str, description: str = _BIO) -> bytes:
    """A page whose names say nothing (hashed, as CSS modules print them), with a JSON-LD
    article whose author has ``description``."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour to be dredged",
        "author": {"@type": "Person", "name": "Rosa Delgado-Finch", "description": description},
    }
    return (
        "<html><head><title>Harbour to be dredged</title>"
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
        f"<div class='x1f'><h1>Harbour to be dredged</h1>{body}</div></body></html>"
    ).encode()


def _texts(page: bytes) -> list[str]:
    article = read(page).article
    return [b.text for s in article.sections for b in s.blocks if isinstance(b, Paragraph)]


_FIRST_PERSON = [
    "I grew up on a farm by the river, learned to sail before I could ride a bicycle, and have "
    "loved boats ever since, big and small.",
    "For ten years I wrote about courts and councils in three counties, then moved to the coast "
    "to cover the port, its ships and its people.",
    "My first book, about the last river ferries of the north, came out in 2019; a second one, "
    "about lighthouses, is on its way to the printer.",
    "When I am not at the harbour I am in my garden, where the tomatoes never ripen, or in the "
    "pool, where I swim a mile every morning.",
]


def test_biography_box_beside_the_story_is_dropped() -> None:
    """A first-person biography of several paragraphs in a box of its own after the story,
    longer than the story, goes with the author's name above it and a link under it; it is
    kept as a note."""
    bio = " ".join(_FIRST_PERSON)
    box = (
        "<div class='x9a'><div class='x2b'>Rosa Delgado-Finch</div>"
        + "".join(f"<p>{text}</p>" for text in _FIRST_PERSON)
        + "<p><a href='/rosa'>More from Rosa</a></p></div>"
    )
    story = (_STORY * 3).strip()
    page = _page(f"<div class='x3c'><p>{story}</p></div>{box}", bio)
    assert len(bio) > len(story)
    assert [story] == _texts(page)
    assert [bio] == [note.text for note in read(page).article.notes]


def test_biography_closing_the_story_container_goes_alone() -> None:
    """A biography printed as the last paragraph of the story's own container goes to the
    notes; the container, which holds many more words, stays."""
    page = _page(f"<div class='x3c'><p>{_STORY * 2}</p><p>{_STORY}</p><p>{_BIO}</p></div>")
    assert [(_STORY * 2).strip(), _STORY.strip()] == _texts(page)
    assert [(NoteKind.OTHER, _BIO)] == [(n.kind, n.text) for n in read(page).article.notes]


def test_biography_without_the_authors_name_goes_to_the_notes() -> None:
    """A biography that does not name its author ("Senior editor with a focus on ...") is
    known by the metadata alone."""
    bio = "Senior editor with a focus on all things harbour and shipping. Keep up with me online."
    page = _page(f"<div class='x3c'><p>{_STORY * 3}</p><p>{bio}</p></div>", bio)
    article = read(page).article
    assert [(_STORY * 3).strip()] == _texts(page)
    assert [bio] == [note.text for note in article.notes]


def test_profile_page_keeps_its_story() -> None:
    """A page that holds little but the biography (an author's profile) keeps it."""
    root = html.fromstring(
        f"<html><body><div><h1>Rosa Delgado-Finch</h1><p>{_BIO}</p></div>"
        "<p>Contact the newsroom</p></body></html>"
    )
    drop_biographies(root, [_BIO])
    assert _BIO in root.text_content()


def test_box_holding_the_title_stays() -> None:
    """A box that holds the page's title is not a biography box, whatever it prints."""
    root = html.fromstring(
        f"<html><body><div><h1>Rosa Delgado-Finch</h1>{_BIO}</div><p>{_STORY * 4}</p></body></html>"
    )
    drop_biographies(root, [_BIO])
    assert _BIO in " ".join(root.text_content().split())


def test_short_description_is_not_looked_for() -> None:
    """A description of a few words (a job title a byline prints too) removes nothing."""
    root = html.fromstring(
        "<html><body><h1>T</h1><div><p>Transport reporter</p></div></body></html>"
    )
    drop_biographies(root, ["Transport reporter"])
    assert "Transport reporter" in root.text_content()


def test_biography_with_no_break_spaces_on_the_page() -> None:
    """The page may print no-break spaces where the description has spaces."""
    printed = _BIO.replace(" ", "\u00a0", 5)
    root = html.fromstring(
        f"<html><body><h1>T</h1><p>{_STORY * 4}</p><div><p>{printed}</p></div></body></html>"
    )
    drop_biographies(root, [_BIO])
    assert "Rosa" not in root.text_content()
    assert "harbour board" in root.text_content()


def test_author_descriptions_read_from_json_ld() -> None:
    """Persons' descriptions are read, through ``@id`` references; organisations' are not."""
    person = {"@id": "#rosa", "@type": "Person", "name": "Rosa", "description": _BIO}
    agency = {"@type": "Organization", "name": "Wire", "description": "A news agency."}
    assert [_BIO] == biographies([{"@id": "#rosa"}, agency], {"#rosa": person})
