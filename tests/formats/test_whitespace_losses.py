"""Every writer's loss report models the whitespace it cannot keep (issue 14).

A tab or line break in a free-text field reads back, in some formats, as a space. For every format
that is written and read, each such field either reads back equal or is named by ``losses``
(itself or a parent), so ``dumps`` warns with a LossWarning.
"""

import warnings

import attrs
import pytest

import newsmodel
from newsmodel.formats import FORMATS, ReadOptions, WriteOptions
from newsmodel.model import (
    Article,
    BlockQuote,
    Dateline,
    Figure,
    ListBlock,
    Media,
    Note,
    NoteKind,
    Paragraph,
    Section,
)

TEXT = "The quay\treopened\non Monday\r\nafter  the winter"
"""A text with a tab, line breaks and a double space."""

ARTICLES = {
    "paragraph": Article(headline="H", sections=(Section(blocks=(Paragraph(text=TEXT),)),)),
    "heading": Article(
        headline="H", sections=(Section(heading=TEXT, blocks=(Paragraph(text="x"),)),)
    ),
    "block-quote": Article(headline="H", sections=(Section(blocks=(BlockQuote(text=TEXT),)),)),
    "list-item": Article(
        headline="H", sections=(Section(blocks=(ListBlock(items=("one", TEXT)),)),)
    ),
    "figure": Article(
        headline="H",
        sections=(
            Section(
                blocks=(
                    Figure(media=Media(url="https://example.com/a.jpg", caption=TEXT, alt=TEXT)),
                )
            ),
        ),
    ),
    "media": Article(
        headline="H", media=(Media(url="https://example.com/a.jpg", caption=TEXT, credit=TEXT),)
    ),
    "note": Article(headline="H", notes=(Note(kind=NoteKind.CORRECTION, text=TEXT),)),
    "dateline": Article(
        headline="H",
        dateline=Dateline(text=TEXT),
        sections=(Section(blocks=(Paragraph(text="The quay reopened."),)),),
    ),
    "headline": Article(headline=TEXT),
    "keyword": Article(headline="H", keywords=(TEXT,)),
}
"""One article per free-text place holding :data:`TEXT`."""

OPTIONS = [
    pytest.param(name, options, id=name if name != "newsml" else f"newsml-{options.newsml_body}")
    for name, fmt in FORMATS.items()
    if fmt.write is not None and (fmt.read is not None or fmt.read_all)
    for options in (
        [WriteOptions(), WriteOptions(newsml_body="nitf")] if name == "newsml" else [WriteOptions()]
    )
]
"""Each format that is written and read, with each NewsML-G2 body."""


def _differences(ours: object, theirs: object, pointer: str) -> list[str]:
    if ours == theirs:
        return []
    if attrs.has(type(ours)) and type(ours) is type(theirs):
        return [
            found
            for field in attrs.fields(type(ours))  # type: ignore[arg-type]
            for found in _differences(
                getattr(ours, field.name), getattr(theirs, field.name), f"{pointer}/{field.name}"
            )
        ]
    if isinstance(ours, tuple) and isinstance(theirs, tuple) and len(ours) == len(theirs):
        return [
            found
            for index, (mine, other) in enumerate(zip(ours, theirs, strict=True))
            for found in _differences(mine, other, f"{pointer}/{index}")
        ]
    return [pointer]


def _named(pointer: str, lost: tuple[str, ...]) -> bool:
    """Whether ``pointer`` is named in ``lost``: itself, a part holding it, or (for a list that
    reads back shorter) one of its items."""
    return any(
        name in ("", "/")
        or pointer == name
        or pointer.startswith(name + "/")
        or name.startswith(pointer + "/")
        for name in lost
    )


@pytest.mark.parametrize("place", ARTICLES)
@pytest.mark.parametrize(("format", "options"), OPTIONS)
def test_what_reads_back_changed_is_named(format: str, options: WriteOptions, place: str) -> None:
    """Every field that reads back changed is named by the writer's loss report."""
    fmt = FORMATS[format]
    assert fmt.write is not None
    article = ARTICLES[place]
    lost = fmt.losses(article, options)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newsmodel.NewsModelWarning)
        written = fmt.write(article, options).encode("utf-8")
        back = next(iter(fmt.read_many(written, ReadOptions()))).article
    unnamed = [p for p in _differences(article, back, "") if not _named(p, lost)]
    assert [] == unnamed, f"lost: {lost}"


@pytest.mark.parametrize("body", ["xhtml", "nitf"])
@pytest.mark.parametrize("place", ["paragraph", "list-item", "heading", "block-quote"])
def test_newsml_warns(body: str, place: str) -> None:
    """Writing NewsML-G2 with a tab or line break inside the body warns with a LossWarning that
    names the field."""
    with pytest.warns(newsmodel.LossWarning) as caught:
        newsmodel.dumps(ARTICLES[place], format="newsml", options=WriteOptions(newsml_body=body))
    assert any("/sections/0/" in str(warning.message) for warning in caught)


def test_newsml_note_warns() -> None:
    """A tab in a note (with an XHTML body) is named at the note's text."""
    assert ("/notes/0/text",) == FORMATS["newsml"].losses(ARTICLES["note"], WriteOptions())
