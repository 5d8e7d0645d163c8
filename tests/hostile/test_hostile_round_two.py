"""Hostile input, round two (issue 14): control characters in markup, nesting past the parser's
depth, internal entities, a DOCTYPE inside a body fragment, and bad ``encoding=`` arguments.

Every fixture is written here. Whatever the input, a reader gives articles or a NewsModelError:
never another exception, and never content dropped without a word.
"""

import json
import warnings

import pytest
from lxml import etree

import newsmodel
from newsmodel.errors import NewsModelWarning, ParseError
from newsmodel.formats import FORMATS, ReadOptions
from newsmodel.formats._xml import parse_xml
from newsmodel.limits import LimitError
from newsmodel.model import (
    Article,
    Dateline,
    Figure,
    ListBlock,
    Media,
    Paragraph,
    Section,
)
from tests.hostile.hostile import read_each, readable

CONTROLS = "\x01\x08\x0b\x0c\x0e\x1f\ufffe\uffff"
"""Characters an lxml tree refuses in any text or attribute set after parsing."""


def _quiet_dumps(article: Article, format: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsModelWarning)
        return newsmodel.dumps(article, format=format)  # type: ignore[arg-type]


def _read(data: bytes, format: str, **options: object) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsModelWarning)
        return newsmodel.loads(data, format=format, **options)  # type: ignore[arg-type]


OWN_PAGE = _quiet_dumps(
    Article(
        headline="Harbour reopens",
        dateline=Dateline(text="OSLO"),
        sections=(
            Section(
                heading="The quay",
                blocks=(
                    Paragraph(text="The quay reopened on Monday."),
                    ListBlock(items=("One item", "Two items")),
                    Figure(media=Media(url="https://example.com/quay.jpg", caption="The quay")),
                ),
            ),
        ),
        keywords=("harbour",),
    ),
    "html",
)
"""A page in newsmodel's own HTML markup, which the reader reads exactly (and edits as a tree)."""

FOREIGN_PAGE = """<html><head><title>Harbour reopens</title></head><body><article>
<h1>Harbour reopens</h1><p>The quay reopened on Monday after a long and quiet winter.</p>
<figure><img src="https://example.com/quay.jpg" alt="The quay"><noscript><img
src="https://example.com/quay-big.jpg"></noscript><figcaption>The quay</figcaption></figure>
<p>Ships came back to the harbour, the first of them at dawn.</p></article></body></html>"""


def _places(page: str) -> list[int]:
    """Offsets in ``page`` inside text and attribute values: after each ``>`` and each ``="``."""
    spots = [i + 1 for i, c in enumerate(page) if c == ">"]
    spots += [i + 2 for i in range(len(page) - 1) if page[i : i + 2] == '="']
    return sorted(set(spots))


class TestControlCharacters:
    """Characters XML cannot hold, anywhere in an HTML page, never escape as ValueError."""

    @pytest.mark.parametrize("page", [OWN_PAGE, FOREIGN_PAGE], ids=["own", "foreign"])
    @pytest.mark.parametrize("control", list(CONTROLS), ids=[f"U+{ord(c):04X}" for c in CONTROLS])
    def test_every_place(self, page: str, control: str) -> None:
        """A control character in any text or attribute of the page gives an article (or a
        NewsModelError) from every reader."""
        for at in _places(page):
            data = (page[:at] + control + page[at:]).encode()
            assert set(readable()) == set(read_each(data))

    def test_own_markup_reads_without_them(self) -> None:
        """Control characters are taken out; the text around them stays."""
        page = OWN_PAGE.replace("The quay reopened", "The\x01 quay\x0c reopened\x1f")
        article = _read(page.replace("Harbour", "Har\ufffebour").encode(), "html")
        assert ("Har\ufffdbour reopens", "The quay  reopened on Monday.") == (
            article.headline,
            article.paragraphs[0].text,
        )

    def test_image_address(self) -> None:
        """A control character in an image address (which the reader rewrites) is taken out."""
        page = FOREIGN_PAGE.replace("quay.jpg", "qu\x02ay.jpg").replace("big.jpg", "b\x03ig.jpg")
        article = _read(page.encode(), "html")
        urls = [b.media.url for b in article.blocks if isinstance(b, Figure)]
        urls += [media.url for media in article.media]
        assert all("\x02" not in (url or "") and "\x03" not in (url or "") for url in urls)
        assert urls


def _deep_page(levels: int) -> bytes:
    return (
        "<html><body><h1>Deep</h1>"
        + "<div>" * levels
        + "<p>Bottom of the page, where the story is.</p>"
        + "</div>" * levels
        + "<p>After the nesting, the story goes on.</p></body></html>"
    ).encode()


class TestDepth:
    """Markup deeper than the HTML parser's own limit is read or refused, never cut short."""

    def test_over_max_depth_refused(self) -> None:
        """A page nested deeper than max_depth (256 by default) is a LimitError, too-deep."""
        with pytest.raises(LimitError) as caught:
            _read(_deep_page(300), "html")
        assert "too-deep" == caught.value.code

    def test_past_libxml2_default_read(self) -> None:
        """Without a max_depth, a page deeper than libxml2's default limit (256) keeps the
        paragraph at the bottom of its nesting (the parser used to drop it)."""
        article = _read(_deep_page(260), "html", max_depth=None)
        texts = [block.text for block in article.paragraphs]
        assert "Bottom of the page, where the story is." in texts

    def test_past_parser_ceiling_refused(self) -> None:
        """A page nested past the parser's own ceiling (2048) is refused, even without a
        max_depth, with the place where the parser stopped."""
        with pytest.raises(LimitError) as caught:
            _read(_deep_page(3000), "html", max_depth=None)
        assert ("too-deep", 1) == (caught.value.code, caught.value.location.line)

    def test_ninjs_body_past_parser_ceiling_refused(self) -> None:
        """A ninjs body_html nested past the HTML parser's ceiling is refused, not cut short."""
        body = "<b>" * 3000 + "Bottom" + "</b>" * 3000 + "<p>After</p>"
        data = json.dumps({"uri": "urn:x", "headline": "Deep", "body_html": body}).encode()
        outcome = read_each(data, ReadOptions(max_depth=None), formats=["ninjs"])["ninjs"]
        assert isinstance(outcome, LimitError)


ENTITY_ITEM = b"""<?xml version="1.0"?>
<!DOCTYPE newsItem [<!ENTITY e "EXPANDED">]>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:entities"
  standard="NewsML-G2" standardversion="2.35">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="x"/>
  <versionCreated>2024-01-01T00:00:00Z</versionCreated></itemMeta>
  <contentMeta><headline>Harbour &e; reopens</headline><by>Ann &e; Lee</by>
  <keyword>quay &e;</keyword><slugline>slug &e;</slugline></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml">
  <html xmlns="http://www.w3.org/1999/xhtml"><body><h2>Head &e;</h2>
  <p>The quay &e; reopened &amp; ships came &#65; back.</p></body></html>
  </inlineXML></contentSet>
</newsItem>"""


class TestInternalEntities:
    """Entities a document declares itself are not expanded, whichever way a reader gets text."""

    def test_not_expanded_anywhere(self) -> None:
        """No field of the article holds an internal entity's text."""
        article = _read(ENTITY_ITEM, "newsml")
        assert "EXPANDED" not in newsmodel.dumps(article, format="json")

    def test_text_around_kept(self) -> None:
        """The text around a reference stays; character references and &amp; still read."""
        article = _read(ENTITY_ITEM, "newsml")
        assert ("Harbour  reopens", "The quay  reopened & ships came A back.") == (
            article.headline,
            article.paragraphs[0].text,
        )

    def test_parser_tree(self) -> None:
        """parse_xml leaves no entity node, so XPath's string() gives no entity's text."""
        root = parse_xml(b'<!DOCTYPE a [<!ENTITY e "EXPANDED">]><a>x &e; y<b>&e;</b>z</a>')
        assert ("x  yz", []) == (etree.XPath("string()")(root), list(root.iter(etree.Entity)))


def _ninjs_body(body: str) -> bytes:
    return json.dumps({"uri": "urn:x", "headline": "H", "body_html": body}).encode()


class TestDoctypeInBody:
    """A DOCTYPE in a ninjs body fragment leaves nothing of itself in the text."""

    @pytest.mark.parametrize(
        "doctype",
        [
            '<!DOCTYPE a [<!ENTITY e "x">]>',
            '<!doctype html [<!ENTITY e "x"><!ENTITY f "y">]>',
            "<!DOCTYPE html>",
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">',
        ],
    )
    def test_no_leak(self, doctype: str) -> None:
        """The paragraph after the declaration reads as written, without ``]>`` or ``>``."""
        article = _read(_ninjs_body(doctype + "<p>The quay reopened.</p>"), "ninjs")
        assert ["The quay reopened."] == [p.text for p in article.paragraphs]

    def test_entity_reference_not_expanded(self) -> None:
        """A reference to an entity the fragment's DOCTYPE declares is not expanded."""
        body = '<!DOCTYPE a [<!ENTITY e "EXPANDED">]><p>The quay &e; reopened.</p>'
        article = _read(_ninjs_body(body), "ninjs")
        assert "EXPANDED" not in article.paragraphs[0].text


BAD_ENCODINGS = ["utf-8\x00", "no-such-codec", "hex", "rot13", "", "x" * 300, "utf-8 "]


class TestEncodingArgument:
    """A bad ``encoding=`` gives an article (the name ignored) or a NewsModelError."""

    @pytest.mark.parametrize("encoding", BAD_ENCODINGS, ids=repr)
    def test_every_reader(self, encoding: str) -> None:
        """Every reader, given a document of its own, never raises another exception."""
        for name in readable():
            written = (
                _quiet_dumps(Article(headline="Harbour reopens"), name)
                if (FORMATS[name].write is not None)
                else "Harbour reopens\n\nThe quay reopened."
            )
            outcome = read_each(written.encode(), ReadOptions(encoding=encoding), [name])
            assert name in outcome

    @pytest.mark.parametrize("format", ["ninjs", "newsml"])
    @pytest.mark.parametrize("encoding", ["utf-8\x00", "no-such-codec"], ids=repr)
    def test_unknown_is_parse_error(self, format: str, encoding: str) -> None:
        """The readers that honour the argument refuse an unknown name with invalid-encoding
        (a NUL in the name included)."""
        data = _quiet_dumps(Article(headline="Harbour reopens"), format).encode()
        with pytest.raises(ParseError) as caught:
            _read(data, format, encoding=encoding)
        assert "invalid-encoding" == caught.value.code

    def test_text_ignores_unknown(self) -> None:
        """The text reader ignores a name it cannot use, a NUL in it included, and reads."""
        article = _read(b"Harbour reopens\n\nThe quay reopened.", "text", encoding="utf-8\x00")
        assert "Harbour reopens" == article.headline


class TestHugeNumbers:
    """A dateline part of thousands of digits (found by the fuzzer): Python refuses to convert
    a string of over 4,300 digits to an int; the readers must not ask it to."""

    DIGITS = "9" * 5001

    @pytest.mark.parametrize("format", ["newsml", "html"])
    def test_dateline_year(self, format: str) -> None:
        """newsmodel's own NewsML-G2 and HTML with a huge ``data-year``: the part is no number,
        the rest of the dateline reads."""
        story = Article(
            headline="Harbour reopens",
            dateline=Dateline(text="OSLO", place="OSLO", year=2026),
            sections=(Section(blocks=(Paragraph(text="Boats sail."),)),),
        )
        written = _quiet_dumps(story, format).replace(
            'data-year="2026"', f'data-year="{self.DIGITS}"'
        )
        assert self.DIGITS in written
        article = newsmodel.loads(written, format=format)  # type: ignore[arg-type]
        assert article.dateline is not None
        assert ("OSLO", None) == (article.dateline.place, article.dateline.year)


class TestDatelineNumbers:
    """The HTML and NewsML-G2 readers take a dateline's ``data-*`` numbers alike."""

    @pytest.mark.parametrize("format", ["newsml", "html"])
    @pytest.mark.parametrize("value", ["²", "٣", "-3", "+3", "3.0"])
    def test_dateline_day_not_ascii_digits(self, format: str, value: str) -> None:
        """A ``data-day`` that is no plain number (a superscript, which ``str.isdigit`` accepts
        and ``int`` refuses, another script's digit, a sign) is no day: the rest reads."""
        story = Article(
            headline="Harbour reopens",
            dateline=Dateline(text="OSLO, June 3", place="OSLO", month=6, day=3),
            sections=(Section(blocks=(Paragraph(text="Boats sail."),)),),
        )
        written = _quiet_dumps(story, format).replace('data-day="3"', f'data-day="{value}"')
        assert f'data-day="{value}"' in written
        article = newsmodel.loads(written, format=format)  # type: ignore[arg-type]
        assert article.dateline is not None
        assert ("OSLO", 6, None) == (
            article.dateline.place,
            article.dateline.month,
            article.dateline.day,
        )
