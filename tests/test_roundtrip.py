"""Round-trip properties of the ``json`` and ``jsonl`` formats, and of the JSON Schema (issue 2).

Over generated articles (unicode, empty and deep structures, every block kind, aware datetimes
with many offsets): reading what was written gives the same article, writing is stable through a
reload, and everything written validates against :func:`newsmodel.schema.article_schema`.
"""

import datetime
import json
import unicodedata
from typing import Any, Literal

import attrs
import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample
from jsonschema import Draft202012Validator, FormatChecker

import newsmodel
from newsmodel import Article, Dateline, Paragraph
from newsmodel.schema import article_schema
from tests.strategies import (
    BLOCK_KINDS,
    articles,
    aware_datetimes,
    blocks,
    characters,
    datelines,
    paragraphs,
)

VALIDATOR = Draft202012Validator(article_schema(), format_checker=FormatChecker())

# Bigger and emptier articles than the default strategy draws.
DEEP = articles(max_sections=6, max_blocks=8, max_items=5, fill="all")
EMPTY = articles(fill="none")
ANY = st.one_of(articles(), EMPTY, articles(fill="all"))


def _schema_errors(document: Any) -> list[str]:
    return [
        f"{list(error.absolute_path)}: {error.message}" for error in VALIDATOR.iter_errors(document)
    ]


def _load_or_error(document: str) -> Article | newsmodel.NewsModelError:
    try:
        return newsmodel.loads(document, format="json")
    except newsmodel.NewsModelError as error:
        return error


class TestJson:
    """``json``: one article per document."""

    @given(ANY)
    def test_loads_dumps(self, article: Article) -> None:
        """Reading what was written, as text or as UTF-8 bytes, gives the same article."""
        written = newsmodel.dumps(article, format="json")
        assert article == newsmodel.loads(written, format="json")
        assert article == newsmodel.loads(written.encode("utf-8"), format="json")

    @given(ANY)
    def test_dumps_is_stable(self, article: Article) -> None:
        """Writing a reloaded article gives the same text again."""
        written = newsmodel.dumps(article, format="json")
        assert written == newsmodel.dumps(newsmodel.loads(written, format="json"), format="json")

    @settings(max_examples=25)
    @given(DEEP)
    def test_deep(self, article: Article) -> None:
        """Large articles with every optional field filled survive a round trip and validate."""
        written = newsmodel.dumps(article, format="json")
        assert article == newsmodel.loads(written, format="json")
        assert not _schema_errors(json.loads(written))


class TestJsonLines:
    """``jsonl``: one article per line."""

    @given(ANY)
    def test_loads_dumps(self, article: Article) -> None:
        """An article is one line, whatever its text holds (U+2028, U+0085), with the same data
        as the JSON document, and it reads back the same."""
        written = newsmodel.dumps(article, format="jsonl")
        assert written.endswith("\n")
        assert "\n" not in written[:-1]
        assert json.loads(newsmodel.dumps(article, format="json")) == json.loads(written)
        assert article == newsmodel.loads(written, format="jsonl")

    @given(st.lists(articles(), max_size=4), st.sampled_from(["\n", "\r\n", "\n\n", "\r\n \r\n"]))
    def test_loads_all(self, batch: list[Article], separator: str) -> None:
        """Several articles read back in order, whatever the line ends and blank lines."""
        lines = [newsmodel.dumps(article, format="jsonl")[:-1] for article in batch]
        document = separator.join(lines) + separator
        assert batch == list(newsmodel.loads_all(document, format="jsonl"))


class TestSchema:
    """Every document the writers produce is valid against the published schema."""

    def test_schema_is_valid(self) -> None:
        """The schema is itself a valid draft 2020-12 schema."""
        Draft202012Validator.check_schema(article_schema())

    @given(ANY)
    def test_json_output_validates(self, article: Article) -> None:
        """Every ``dumps(format="json")`` output validates against the schema."""
        assert not _schema_errors(json.loads(newsmodel.dumps(article, format="json")))

    @given(st.lists(articles(), min_size=1, max_size=3))
    def test_jsonl_output_validates(self, batch: list[Article]) -> None:
        """Every line of ``dumps(format="jsonl")`` output validates against the schema."""
        document = "".join(newsmodel.dumps(article, format="jsonl") for article in batch)
        lines = [line for line in document.split("\n") if line]
        assert len(batch) == len(lines)
        assert not [error for line in lines for error in _schema_errors(json.loads(line))]


class TestAnyInput:
    """Any bytes given to the readers give an article or a NewsModelError."""

    @given(st.binary(max_size=200))
    @pytest.mark.parametrize("format", ["json", "jsonl"])
    def test_bytes(self, format: Literal["json", "jsonl"], data: bytes) -> None:
        """Random bytes never raise anything but a NewsModelError."""
        result: list[Article | newsmodel.NewsModelError]
        try:
            result = list(newsmodel.loads_all(data, format=format))
        except newsmodel.NewsModelError as error:
            result = [error]
        assert all(isinstance(item, Article | newsmodel.NewsModelError) for item in result)

    @given(
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
            lambda children: (
                st.lists(children, max_size=3)
                | st.dictionaries(
                    st.sampled_from(
                        ["headline", "sections", "blocks", "type", "text", "quotes", "x"]
                    ),
                    children,
                    max_size=4,
                )
            ),
            max_leaves=12,
        )
    )
    def test_json_values(self, value: object) -> None:
        """Any JSON value, article-shaped or not, gives an article or a ValidationError."""
        document = json.dumps(value)
        assert isinstance(_load_or_error(document), Article | newsmodel.ValidationError)

    @given(articles(), st.data())
    def test_error_lines_lie_within_the_input(self, article: Article, data: st.DataObject) -> None:
        """A syntax error's line and column lie within the damaged document."""
        document = newsmodel.dumps(article, format="json")
        cut = data.draw(st.integers(1, len(document) - 2), label="cut")
        damaged = document[:cut]
        with pytest.raises(newsmodel.ParseError) as caught:
            newsmodel.loads(damaged, format="json")
        lines = damaged.split("\n")
        line, column = caught.value.location.line, caught.value.location.column
        assert line is not None
        assert column is not None
        assert 1 <= line <= len(lines)
        assert 1 <= column <= len(lines[line - 1]) + 1


class TestStrategies:
    """The strategies that other round-trip tests reuse produce what they promise."""

    @settings(max_examples=50)
    @given(articles(fill="all"))
    def test_fill_all(self, article: Article) -> None:
        """``fill="all"`` sets every optional field and fills every list."""
        unset = [
            field.name
            for field in attrs.fields(Article)
            if getattr(article, field.name) in (None, ())
        ]
        assert [] == unset

    @given(articles(fill="none"))
    def test_fill_none(self, article: Article) -> None:
        """``fill="none"`` gives a headline and nothing else."""
        assert Article(headline=article.headline) == article

    @given(articles(text=st.text("ab ", max_size=5), dateline=st.none(), keywords=st.just(("k",))))
    def test_text_and_overrides(self, article: Article) -> None:
        """``text=`` governs every free-text field; a field's override replaces its strategy."""
        written = "".join(
            [article.headline, *(b.text for b in article.blocks if isinstance(b, Paragraph))]
        )
        assert (set(), None, ("k",)) == (
            set(written) - set("ab "),
            article.dateline,
            article.keywords,
        )

    def test_unknown_override(self) -> None:
        """Overriding a field the class lacks is a TypeError."""
        with pytest.raises(TypeError, match="Article has no field byline"):
            articles(byline=st.none())

    @given(paragraphs(fill="all", max_quotes=4))
    def test_quotes_are_ordered_spans(self, paragraph: Paragraph) -> None:
        """Quotes are spans of the paragraph, in order, without overlap."""
        spans = [(quote.start, quote.end) for quote in paragraph.quotes]
        flat = [offset for span in spans for offset in span]
        assert (True, sorted(flat)) == (bool(spans), flat)

    @given(aware_datetimes())
    def test_datetimes(self, value: datetime.datetime) -> None:
        """Datetimes are aware, with offsets in whole minutes."""
        offset = value.utcoffset()
        assert offset is not None
        assert 0 == offset.total_seconds() % 60

    @given(datelines(fill="all"))
    def test_dateline_dates(self, dateline: Dateline) -> None:
        """Filled datelines carry a whole date, which exists."""
        assert dateline.year is not None
        assert dateline.month is not None
        assert dateline.day is not None
        assert datetime.date(dateline.year, dateline.month, dateline.day).day == dateline.day

    @pytest.mark.parametrize("kind", BLOCK_KINDS, ids=lambda kind: kind.__name__)
    def test_every_block_kind(self, kind: type) -> None:
        """Every kind of block is drawn, and ``kinds=`` restricts them."""
        assert isinstance(find(blocks(), lambda block: isinstance(block, kind)), kind)
        assert isinstance(find(blocks(kinds=[kind]), lambda block: True), kind)

    def test_characters(self) -> None:
        """Text strategies leave out control characters and surrogates, and reach beyond ASCII."""
        categories = {unicodedata.category(find(characters(), lambda c: ord(c) > 0x7F))}
        assert not categories & {"Cc", "Cs"}
        with pytest.raises(NoSuchExample):
            find(characters(), lambda char: unicodedata.category(char) in ("Cc", "Cs"))
        with pytest.raises(NoSuchExample):
            find(characters(xml=True), lambda char: char in "\ufffe\uffff")
