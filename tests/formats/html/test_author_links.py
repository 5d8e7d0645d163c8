"""Links to an author's page name the author when nothing else does (issue 11).

Each page is invented and gives no author in its metadata, in an element named as a byline or
in a labelled line, so that only the link's address can tell a name from any other link.
"""

import lxml.html
import pytest

from newsmodel.formats.html._author_links import author_links
from newsmodel.formats.html._metadata import read_metadata

_STORY = "<p>The county opened its third public library on Saturday, on an old depot site.</p>"


def _page(markup: str, head: str = "") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(
        f"<html><head><title>Library opens</title>{head}</head><body><div class='x1'>"
        f"<h1>Library opens</h1><div class='x2'>{markup}</div>{_STORY}</div></body></html>"
    )


def _authors(markup: str, head: str = "") -> list[str]:
    return [person.name for person in read_metadata(_page(markup, head)).bylines]


@pytest.mark.parametrize(
    ("markup", "names"),
    [
        ("<a href='/author/ann-lee/'>Ann Lee</a>", ["Ann Lee"]),
        (
            "<a href='/autoren/ann-lee'>Ann Lee</a> und <a href='/autoren/bo-kim'>Bo Kim</a>",
            ["Ann Lee", "Bo Kim"],
        ),
        ("<a href='https://example.org/auteur/ana-souza'>Ana Souza</a>", ["Ana Souza"]),
        ("<a href='/author/tlee'>All posts by Tom Lee</a>", ["Tom Lee"]),
        ("<a href='/autor/ana-ruiz'>Todos los artículos de Ana Ruiz</a>", ["Ana Ruiz"]),
        ("<a href='/autor/jan-nowak'>Wszystkie wpisy przez Jan Nowak</a>", ["Jan Nowak"]),
        ("<a href='/autor/kathrin-fuehres'>© Kathrin Führes Kathrin Führes</a>",
         ["Kathrin Führes"]),
        ("<a href='/author/ryan-merkley'>Ryan Merkley, CEO</a>", ["Ryan Merkley"]),
        ("<a href='/autor/ursula-von-der-leyen'>Ursula von der Leyen</a>",
         ["Ursula von der Leyen"]),
        ("<a href='/profile/dan-roe-lund'><span>Dan Roe-Lund</span></a>", ["Dan Roe-Lund"]),
        ("<a href='https://example.org/by/ann-lee'>Ann Lee</a>", ["Ann Lee"]),
        ("<a href='/writer/ann_lee/'>Ann Lee</a>", ["Ann Lee"]),
        ("<a href='/people/ann-lee'>Ann Lee</a> and <a href='/people/bo-kim'>Bo Kim</a>",
         ["Ann Lee", "Bo Kim"]),
        ("<a href='/team/ann-lee/'><b>Ann Lee</b></a> <span>Senior Correspondent</span>",
         ["Ann Lee"]),
    ],
    ids=[
        "English", "co-authors", "French", "label", "Spanish label", "Polish label",
        "printed twice", "job title", "particles", "staff profile", "by segment",
        "writer segment", "people pages", "team page",
    ],
)  # fmt: skip
def test_linked_names_are_the_bylines(markup: str, names: list[str]) -> None:
    assert _authors(markup) == names


@pytest.mark.parametrize(
    "markup",
    [
        "<a href='/author/ann-lee'>All posts</a>",
        "<a href='/authors/editorial_policies/'>Editorial policies</a>",
        "<a href='/author/fashion-desk'>Kathrin Bierling</a>",
        "<a href='/topics/ann-lee'>Ann Lee</a>",
        "<a href='/magazin/people/3955-ann-lee-opens-a-cafe'>Ann Lee Opens A Cafe</a>",
        "<footer><a href='/author/ann-lee'>Ann Lee</a></footer>",
        "<div class='comments'><a href='/author/ann-lee'>Ann Lee</a></div>",
        "<a href='/people/ann-lee-opens-a-cafe'>Ann Lee</a>",
        "<a href='/team/alee'>Ann Lee</a>",
        "<p>The singer <a href='/people/ann-lee'>Ann Lee</a> opened the library.</p>",
        "<p><a href='/people/ann-lee'>Ann Lee</a> opened the library with a song.</p>",
    ],
    ids=[
        "a label", "a page's name in lower case", "no name in the address",
        "no author address", "celebrity news", "footer", "comments",
        "people page of a story", "team page not the name", "people page in a sentence",
        "people page opening a sentence",
    ],
)  # fmt: skip
def test_other_links_name_nobody(markup: str) -> None:
    """A link whose address holds no word of its text, whose text ends in lower case (a page
    of the site, not a surname), that leads elsewhere, or that sits in a footer or in the
    readers' comments names no author."""
    assert _authors(markup) == []


def test_metadata_author_wins() -> None:
    head = '<meta name="author" content="Bo Kim">'
    assert _authors("<a href='/author/ann-lee'>Ann Lee</a>", head) == ["Bo Kim"]


def test_only_the_first_byline() -> None:
    """The links of another byline further down (a teaser's) are not the article's."""
    page = _page(
        "<a href='/author/ann-lee'>Ann Lee</a>"
        "<div><div><div><a href='/author/bo-kim'>Bo Kim</a></div></div></div>"
    )
    assert author_links(page) == ("Ann Lee",)


def test_byline_after_the_headline_first() -> None:
    """A byline under the page's headline wins over one above it (a teaser's, in a box that
    nothing marks as other articles); without one under it, the one above is read."""
    teaser = "<div><div><a href='/author/bo-kim'>Bo Kim</a></div></div>"
    page = lxml.html.document_fromstring(
        f"<html><body>{teaser}<h1>Library opens</h1><div><a href='/author/ann-lee'>Ann Lee</a>"
        f"</div>{_STORY}</body></html>"
    )
    assert author_links(page) == ("Ann Lee",)
    page = lxml.html.document_fromstring(
        f"<html><body>{teaser}<h1>Library opens</h1>{_STORY}</body></html>"
    )
    assert author_links(page) == ("Bo Kim",)


def test_list_of_people_is_no_byline() -> None:
    """A list whose items link three people's pages or more (the people a story is about,
    tagged) names no author; a byline in a list of the story's details (a name, a date, a
    comment count) does."""
    people = "".join(
        f"<li><a href='/people/{slug}'>{name}</a></li>"
        for slug, name in (("ann-lee", "Ann Lee"), ("bo-kim", "Bo Kim"), ("cy-park", "Cy Park"))
    )
    assert _authors(f"<ul>{people}</ul>") == []
    details = (
        "<ul><li><a href='/people/ann-lee'>Ann Lee</a></li><li>March 3</li><li>4 comments</li></ul>"
    )
    assert _authors(details) == ["Ann Lee"]
