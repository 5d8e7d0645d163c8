"""Hostile characters and bytes given to every reader of the registry (issue 7): NUL bytes,
invalid UTF-8, lone surrogates, mixed encodings, right-to-left and combining characters, and
encoding names that are not text encodings.

Every outcome is clean: an article whose every string can be written as UTF-8 (no lone
surrogate reaches the model, no NUL byte from the input), or a NewsModelError.
"""

import warnings

import attrs
import pytest

import newsmodel
from newsmodel.errors import NewsModelError, ParseError, ValidationError
from newsmodel.formats import FORMATS, ReadOptions, WriteOptions
from newsmodel.model import Article, Paragraph, Section
from tests.hostile.hostile import Outcome, read_each, readable, unclean, writable

MARK = "QQQ"
ARTICLE = Article(
    headline=f"Harbour {MARK} reopens",
    sections=(Section(blocks=(Paragraph(text=f"The quay {MARK} reopened on Monday."),)),),
)


def _written(format: str, article: Article = ARTICLE) -> bytes:
    fmt = FORMATS[format]
    assert fmt.write is not None
    return fmt.write(article, WriteOptions()).encode("utf-8")


@pytest.mark.parametrize("format", writable())
class TestBadBytes:
    """Bytes put into the middle of each format's documents, given to every reader."""

    @pytest.mark.parametrize(
        "bad",
        [b"\x00", b"\x00\x00\x00\x00", b"\xff", b"\xc3(", b"\xe2\x80", b"\xc0\xaf", b"\xf8\x88"],
        ids=["nul", "nuls", "ff", "bad-continuation", "truncated", "overlong", "five-byte"],
    )
    def test_clean_outcome(self, format: str, bad: bytes) -> None:
        """NUL bytes and invalid UTF-8 give errors or clean articles, from every reader."""
        data = _written(format).replace(MARK.encode(), bad)
        assert {} == unclean(read_each(data))

    @pytest.mark.parametrize("bad", [b"\xed\xa0\x80", b"\xed\xbf\xbf"], ids=["high", "low"])
    def test_encoded_surrogate(self, format: str, bad: bytes) -> None:
        """A surrogate encoded as if it were a character (CESU-8) never reaches an article."""
        data = _written(format).replace(MARK.encode(), bad)
        assert {} == unclean(read_each(data))


class TestOwnReaderRefuses:
    """The strict readers refuse bytes that are not UTF-8, with the line of the fault."""

    @pytest.mark.parametrize("format", ["json", "jsonl", "ninjs", "newsml"])
    def test_invalid_utf8(self, format: str) -> None:
        """A byte 0xff in the headline is a ParseError on the headline's line."""
        data = _written(format).replace(MARK.encode(), b"\xff")
        outcome = read_each(data, formats=[format])[format]
        assert isinstance(outcome, ParseError)
        line = data[: data.index(b"\xff")].count(b"\n") + 1
        assert line == outcome.location.line


class TestLoneSurrogates:
    """Half of a surrogate pair, however it is spelled, never reaches an article."""

    @pytest.mark.parametrize("format", ["json", "jsonl", "ninjs"])
    def test_json_escape(self, format: str) -> None:
        """``"\\ud800"`` in a JSON string is refused with the code lone-surrogate.

        (Issue 7: the ninjs reader let it through into the headline.)
        """
        data = _written(format).replace(MARK.encode(), b"\\ud800")
        outcome = read_each(data, formats=[format])[format]
        assert isinstance(outcome, ValidationError)
        assert "lone-surrogate" in {problem.code for problem in outcome.problems}

    @pytest.mark.parametrize("format", writable())
    def test_every_reader_on_escapes(self, format: str) -> None:
        """Escapes of surrogates in each format (JSON, XML, HTML spellings) give clean outcomes."""
        for spelling in (b"\\ud800", b"\\udfff\\ud800", b"&#xD800;", b"&#55296;", b"&#xDFFF;"):
            data = _written(format).replace(MARK.encode(), spelling)
            assert {} == unclean(read_each(data))

    @pytest.mark.parametrize("format", readable())
    def test_str_input(self, format: str) -> None:
        """A str holding a lone surrogate, given to loads, gives a clean outcome."""
        text = _written("json" if format in ("json", "jsonl") else format).decode()
        text = text.replace(MARK, "\ud800") if format in writable() else "Head\ud800line\n\nx"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", newsmodel.NewsModelWarning)
            try:
                outcome: Outcome = [newsmodel.loads(text, format=format)]  # type: ignore[arg-type]
            except NewsModelError as error:
                outcome = error
        assert {} == unclean({format: outcome})


ITEM_HEAD = b'<?xml version="1.0" encoding="{encoding}"?>\n'


class TestMixedEncodings:
    """Documents whose bytes disagree with their declared encoding, or mix two."""

    def test_xml_declares_latin1_holds_utf8(self) -> None:
        """A NewsML-G2 item declaring ISO-8859-1 but holding UTF-8 reads as mojibake, cleanly."""
        article = Article(headline="Caf\u00e9 \u201cErd\u0151\u201d reopens")
        body = _written("newsml", article)
        data = ITEM_HEAD.replace(b"{encoding}", b"ISO-8859-1") + body
        outcome = read_each(data, formats=["newsml"])["newsml"]
        assert isinstance(outcome, list)
        assert ["Caf\u00c3\u00a9"] == [a.headline.split()[0] for a in outcome]

    def test_xml_declares_utf8_holds_latin1(self) -> None:
        """A NewsML-G2 item declaring UTF-8 with a Latin-1 byte is a ParseError."""
        data = _written("newsml").replace(MARK.encode(), "caf\u00e9".encode("latin-1"))
        outcome = read_each(data, formats=["newsml"])["newsml"]
        assert isinstance(outcome, ParseError)

    @pytest.mark.parametrize(
        "data",
        [
            b'<html><head><meta charset="windows-1252"></head><body><h1>Caf\xc3\xa9 \xe9t\xe9 '
            b"\xe2\x80\x9cquoted\xe2\x80\x9d</h1><p>Fa\xe7ade \xd0\x9c\xd0\xbe\xd1\x81\xd0\xba"
            b"\xd0\xb2\xd0\xb0 and \x93curly\x94 quotes.</p></body></html>",
            b'<html><head><meta charset="utf-8"></head><body><h1>\xe9t\xe9 \xc3\xa9t\xc3\xa9</h1>'
            b"<p>Half UTF-8 \xe2\x80\x94 half Latin-1 \x97 in one page.</p></body></html>",
            b'<html><head><meta charset="shift_jis"></head><body><h1>\x82\xa0 \xe6\x97\xa5</h1>'
            b"<p>\xff\xfe body</p></body></html>",
            b"\xff\xfeH\x00e\x00a\x00d\x00\n\x00\n\x00Body in UTF-8 \xc3\xa9 after UTF-16.",
            b"\xef\xbb\xbfHeadline \xe9t\xe9\n\nUTF-8 BOM, then Latin-1 \xe9 and UTF-8 \xc3\xa9.",
        ],
        ids=["1252-with-utf8", "utf8-with-latin1", "sjis-with-garbage", "utf16-then-utf8", "bom"],
    )
    def test_every_reader(self, data: bytes) -> None:
        """Pages and texts that mix encodings give clean outcomes from every reader."""
        assert {} == unclean(read_each(data))


SCRIPTS = Article(
    headline="\u0645\u0631\u062d\u0628\u0627 \u202e\u05e9\u05dc\u05d5\u05dd\u202c cafe\u0301",
    sections=(
        Section(
            heading="\u05db\u05d5\u05ea\u05e8\u05ea "
            "\u200f\u0627\u0644\u0639\u0646\u0648\u0627\u0646",
            blocks=(
                Paragraph(
                    text="Le cafe\u0301 a\u0300\u0301\u0302\u0303 \u05e9\u05dc\u05d5\u05dd "
                    "\u0627\u0644\u0633\u0644\u0627\u0645 \u202bembedded\u202c \u2067isolate\u2069 "
                    "\U0001f469\u200d\U0001f4bb Z\u0351\u0352\u0353\u0354\u0355 end."
                ),
            ),
        ),
    ),
)
"""Arabic and Hebrew, bidi overrides, embeddings and isolates, stacked combining marks kept
decomposed (no normalisation), a zero-width joiner sequence."""


class TestScripts:
    """Right-to-left and combining characters survive every format unchanged."""

    @pytest.mark.parametrize("format", writable())
    def test_round_trip(self, format: str) -> None:
        """The headline, and every field the format's losses do not name, read back exactly
        as written (plain text cannot mark this heading, and says so)."""
        fmt = FORMATS[format]
        lost = fmt.losses(SCRIPTS, WriteOptions())
        outcome = read_each(_written(format, SCRIPTS), formats=[format])[format]
        assert isinstance(outcome, list)
        kept = [
            field.name
            for field in attrs.fields(Article)
            if not any(p == f"/{field.name}" or p.startswith(f"/{field.name}/") for p in lost)
        ]
        assert "headline" in kept
        expected = {name: getattr(SCRIPTS, name) for name in kept}
        assert expected == {name: getattr(outcome[0], name) for name in kept}

    @pytest.mark.parametrize("format", writable())
    def test_paragraph(self, format: str) -> None:
        """The paragraph alone, under its headline, reads back exactly in every format."""
        article = attrs.evolve(SCRIPTS, sections=(Section(blocks=SCRIPTS.sections[0].blocks),))
        outcome = read_each(_written(format, article), formats=[format])[format]
        assert isinstance(outcome, list)
        assert article.sections == outcome[0].sections


NOT_TEXT_CODECS = [
    "hex",
    "base64",
    "rot13",
    "zlib",
    "uu",
    "no-such-encoding",
    "",
    "idna",
    "punycode",
]
"""Names that are no text encoding, unknown, or a codec that fails without a position ("idna":
issue 7, the ninjs reader let its UnicodeError out)."""


class TestEncodingOption:
    """An encoding name that is unknown, or names no text encoding, is a NewsModelError."""

    @pytest.mark.parametrize("format", readable())
    def test_not_a_text_codec(self, format: str) -> None:
        """Every reader refuses (or ignores) such a name with a NewsModelError."""
        data = _written(format if format in writable() else "json")
        for encoding in NOT_TEXT_CODECS:
            read_each(data, ReadOptions(encoding=encoding), formats=[format])
