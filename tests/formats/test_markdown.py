"""Tests of the Markdown writer."""

import datetime
import warnings

import pytest
from hypothesis import given

import newsmodel
from newsmodel.errors import FormatError, LossWarning
from newsmodel.formats import markdown
from newsmodel.model import (
    Article,
    BlockQuote,
    Dateline,
    Figure,
    ListBlock,
    Media,
    MediaKind,
    Note,
    NoteKind,
    Paragraph,
    Person,
    Quote,
    Section,
)
from tests.strategies import articles

ARTICLE = Article(
    headline="Harbour reopens",
    kicker="UPDATE",
    subheadline="The fleet returns",
    bylines=(
        Person(name="Ada Berg", organization="Nordpress", role="author"),
        Person(name="Per Lund", role="editor"),
    ),
    dateline=Dateline(text="OSLO, May 2 (Nordpress)", place="OSLO", month=5, day=2),
    published=datetime.datetime(2026, 5, 2, 9, 30, tzinfo=datetime.UTC),
    media=(Media(credit="Ola Dahl/Nordpress"),),
    sections=(
        Section(blocks=(Paragraph(text="The harbour reopened on *Monday*."),)),
        Section(
            heading="What next",
            blocks=(
                ListBlock(items=("dredging", "new piers"), ordered=True),
                BlockQuote(text="We waited ten years.", speaker=Person(name="Eva Holm")),
                Figure(
                    media=Media(
                        kind=MediaKind.IMAGE,
                        url="https://example.com/pier.jpg",
                        caption="The new pier",
                        credit="Ada Berg",
                        alt="A pier",
                    )
                ),
                Paragraph(text="1. Not a list item."),
            ),
        ),
    ),
    notes=(Note(kind=NoteKind.CORRECTION, text="The date was wrong."),),
    keywords=("harbour", "fleet"),
    rights="© 2026 Nordpress",
)


class TestWrite:
    """The Markdown layout."""

    def test_layout(self) -> None:
        """Every part is shown in its place, with Markdown markup escaped in the text."""
        expected = (
            "*UPDATE*\n\n"
            "# Harbour reopens\n\n"
            "**The fleet returns**\n\n"
            "*Photo: Ola Dahl/Nordpress*\n\n"
            "By Ada Berg, Nordpress · Editing by Per Lund\n\n"
            "*Published 2026-05-02T09:30:00+00:00*\n\n"
            "**OSLO, May 2 (Nordpress)** - The harbour reopened on \\*Monday\\*.\n\n"
            "## What next\n\n"
            "1. dredging\n2. new piers\n\n"
            "> We waited ten years.\n>\n> — Eva Holm\n\n"
            "![A pier](<https://example.com/pier.jpg>)  \n*The new pier* (Photo: Ada Berg)\n\n"
            "1\\. Not a list item.\n\n"
            "---\n\n"
            "*Correction: The date was wrong.*\n\n"
            "Keywords: harbour, fleet\n\n"
            "© 2026 Nordpress\n"
        )
        assert expected == markdown.write(ARTICLE)

    def test_losses(self) -> None:
        """The id, the language, quote speakers and dateline parts the printed dateline does
        not say are not shown."""
        article = Article(
            headline="Harbour",
            id="urn:1",
            language="en",
            dateline=Dateline(text="OSLO, May 2", place="OSLO", year=2026, month=5, day=2),
            sections=(
                Section(
                    blocks=(
                        Paragraph(
                            text='"Yes," she said.',
                            quotes=(
                                Quote(text="Yes,", speaker=Person(name="Eva"), start=1, end=5),
                            ),
                        ),
                    )
                ),
            ),
        )
        assert (
            "/language",
            "/id",
            "/dateline/year",
            "/sections/0/blocks/0/quotes/0/speaker",
        ) == markdown.losses(article)

    def test_registered_write_only(self) -> None:
        """The format can be written through dumps but not read."""
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert "# Harbour\n" == newsmodel.dumps(Article(headline="Harbour"), format="markdown")
        with pytest.raises(FormatError, match="cannot read markdown"):
            newsmodel.loads("# Harbour", format="markdown")  # type: ignore[arg-type]

    @given(articles(max_sections=2, max_blocks=3, max_items=2))
    def test_any_article(self, article: Article) -> None:
        """Any article writes, starting with its headline as a level-one heading."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", LossWarning)
            written = newsmodel.dumps(article, format="markdown")
        assert written.endswith("\n")
        assert ("# " in written) == bool(written)
