"""A <figure> written inside a paragraph stands as a block of its own (issue 11)."""

from lxml import html

from newsmodel.formats.html import read
from newsmodel.formats.html._nested_figures import lift_figures
from newsmodel.model import Figure, Paragraph

_STORY = (
    "The harbour board voted on Monday to dredge the eastern channel before the winter storms, "
    "after two cargo ships ran aground there in October."
)


def _tags(markup: str) -> list[tuple[str, str]]:
    content = html.fragment_fromstring(f"<div>{markup}</div>")
    lift_figures(content)
    return [(child.tag, " ".join(child.text_content().split())) for child in content]


def test_paragraph_split_around_its_figure() -> None:
    """Words before the figure stay, the figure follows, the words after it go on in a new
    paragraph."""
    markup = (
        "<p>Before it. <figure><img src='a.jpg'><figcaption>The channel</figcaption></figure>"
        "<strong>After</strong> it.</p>"
    )
    assert [("p", "Before it."), ("figure", "The channel"), ("p", "After it.")] == _tags(markup)


def test_figure_deeper_in_the_paragraph() -> None:
    """A figure inside a link inside the paragraph comes out too; the text around it stays."""
    markup = "<p>See <a href='x'>the map<figure><img src='m.png'></figure></a> here.</p>"
    assert [("p", "See the map here."), ("figure", "")] == _tags(markup)


def test_figures_outside_paragraphs_stay() -> None:
    """A figure beside the paragraphs is left where it is."""
    markup = "<p>One.</p><figure><img src='a.jpg'></figure><p>Two.</p>"
    assert [("p", "One."), ("figure", ""), ("p", "Two.")] == _tags(markup)


def test_page_reads_the_caption_apart_from_the_text() -> None:
    """On a page, the caption and credit are the figure's, not run into the next words."""
    page = (
        "<html><head><title>Harbour to be dredged</title></head><body><article>"
        f"<h1>Harbour to be dredged</h1><p>{_STORY}</p>"
        "<p><figure><img src='c.jpg'><figcaption>The eastern channel. Photo: Ann Lee"
        "</figcaption></figure><strong>What comes next</strong></p>"
        f"<p>{_STORY}</p></article></body></html>"
    ).encode()
    blocks = [b for s in read(page).article.sections for b in s.blocks]
    figure = next(b for b in blocks if isinstance(b, Figure))
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert ("The eastern channel.", "Ann Lee") == (figure.media.caption, figure.media.credit)
    assert "What comes next" in texts


def test_several_figures_in_one_paragraph_keep_their_order() -> None:
    """A paragraph holding several figures, some straight in it and some deeper, is split
    around each, and the figures come out in the order the page prints them."""
    markup = (
        "<p>One. <a href='x'><figure><img src='a.jpg'><figcaption>A</figcaption></figure></a>"
        "Two. <figure><img src='b.jpg'><figcaption>B</figcaption></figure>Three. "
        "<span><figure><img src='c.jpg'><figcaption>C</figcaption></figure></span>"
        "<figure><img src='d.jpg'><figcaption>D</figcaption></figure>Four.</p>"
    )
    assert [
        ("p", "One. Two."),
        ("figure", "A"),
        ("figure", "B"),
        ("p", "Three."),
        ("figure", "C"),
        ("figure", "D"),
        ("p", "Four."),
    ] == _tags(markup)
