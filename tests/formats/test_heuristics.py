"""Tests of the extraction every reader shares: datelines, quotes and speakers (issue 12)."""

# ruff: noqa: RUF001
# (the stories use typographic quotation marks on purpose.)

import datetime
import json

import pytest

from newsmodel.errors import ValidationError
from newsmodel.formats import ReadOptions, WriteOptions, html, newsml, ninjs, text
from newsmodel.formats._heuristics import fill_in
from newsmodel.model import (
    Article,
    BlockQuote,
    Dateline,
    Figure,
    Media,
    Paragraph,
    Person,
    Quote,
    Section,
)

_NAR = "http://iptc.org/std/nar/2006-10-01/"
_BERG = Person(name="Anna Berg", title="Harbour Minister")


def _story(*paragraphs: str, **fields: object) -> Article:
    blocks = tuple(Paragraph(text=text) for text in paragraphs)
    return Article(headline="Ports grow", sections=(Section(blocks=blocks),), **fields)  # type: ignore[arg-type]


def _newsml_item(paragraphs: list[str], language: str = "en") -> bytes:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f'<newsItem xmlns="{_NAR}" guid="urn:example:1" version="1" standard="NewsML-G2" '
        f'standardversion="2.35" conformance="power" xml:lang="{language}">'
        '<itemMeta><itemClass qcode="ninat:text"/><provider literal="example"/>'
        "<versionCreated>2026-03-05T10:00:00Z</versionCreated></itemMeta>"
        "<contentMeta><headline>Ports grow</headline></contentMeta>"
        '<contentSet><inlineXML contenttype="application/xhtml+xml">'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Ports grow</title></head>'
        f"<body>{body}</body></html></inlineXML></contentSet></newsItem>"
    ).encode()


_AGENCY_STORY = [
    "OSLO, March 4 (NTB) - Harbour Minister Anna Berg opened the new quay.",
    "“We are ready for the ships,” the minister said.",
    "“The work took two years.”",
]


class TestFillIn:
    """fill_in on an article built from markup without quotes or dateline."""

    def test_dateline_quotes_and_speakers(self) -> None:
        """The dateline is cut off the first paragraph; quotes get their speakers."""
        article = fill_in(_story(*_AGENCY_STORY), reference_date=datetime.date(2026, 3, 5))
        assert (
            Dateline(
                text="OSLO, March 4 (NTB)", place="OSLO", year=2026, month=3, day=4, source="NTB"
            )
            == article.dateline
        )
        first = article.sections[0].blocks[0]
        assert isinstance(first, Paragraph)
        assert "Harbour Minister Anna Berg opened the new quay." == first.text
        assert [("We are ready for the ships,", _BERG), ("The work took two years.", _BERG)] == [
            (quote.text, quote.speaker) for quote in article.quotes
        ]

    def test_marked_quote_moves_with_the_cut(self) -> None:
        """A quote the markup gave the first paragraph keeps its words after the dateline cut."""
        text = 'OSLO (NTB) - "We are ready," Anna Berg said.'
        start = text.index("We")
        marked = Paragraph(
            text=text, quotes=(Quote(text="We are ready,", start=start, end=start + 13),)
        )
        story = Article(headline="Ports grow", sections=(Section(blocks=(marked,)),))
        paragraph = fill_in(story).paragraphs[0]
        assert '"We are ready," Anna Berg said.' == paragraph.text
        assert [(1, 14)] == [(quote.start, quote.end) for quote in paragraph.quotes]
        assert all(q.text == paragraph.text[q.start : q.end] for q in paragraph.quotes)

    def test_dateline_alone(self) -> None:
        """A first paragraph that is only a dateline goes; the dateline stays."""
        article = fill_in(_story("OSLO, March 4 (NTB) -", "The quay opened."))
        assert article.dateline is not None
        assert ["The quay opened."] == [p.text for p in article.paragraphs]

    def test_dateline_after_pictures(self) -> None:
        """The dateline opens the first paragraph after the pictures above the story; the
        pictures stay where they are."""
        picture = Figure(media=Media(url="quay.jpg"))
        story = Article(
            headline="Ports grow",
            sections=(Section(blocks=(picture, Paragraph(text="OSLO (NTB) - The quay opened."))),),
        )
        article = fill_in(story)
        assert article.dateline is not None
        assert ("OSLO", "NTB") == (article.dateline.place, article.dateline.source)
        assert (picture, Paragraph(text="The quay opened.")) == article.sections[0].blocks

    def test_year_from_published(self) -> None:
        """Without a reference date, the publication date gives the year."""
        published = datetime.datetime(2025, 12, 30, tzinfo=datetime.UTC)
        article = fill_in(_story("OSLO, Dec 29 (NTB) - It snowed.", published=published))
        assert article.dateline is not None
        assert 2025 == article.dateline.year

    def test_existing_dateline_kept(self) -> None:
        """An article that has a dateline keeps it, and its first paragraph is not cut."""
        dateline = Dateline(text="BERGEN", place="BERGEN")
        article = fill_in(_story(*_AGENCY_STORY, dateline=dateline))
        assert dateline == article.dateline
        assert _AGENCY_STORY[0] == article.paragraphs[0].text

    def test_marked_quotes_trusted(self) -> None:
        """A paragraph whose markup has quotes keeps them; the others get theirs."""
        marked = Paragraph(
            text="“We are ready,” Anna Berg said.",
            quotes=(Quote(text="We are", start=1, end=7),),
        )
        story = Article(
            headline="Ports grow",
            sections=(Section(blocks=(marked, Paragraph(text="“We sail at dawn,” Berg added."))),),
        )
        article = fill_in(story)
        paragraphs = list(article.paragraphs)
        assert marked == paragraphs[0]
        assert [("We sail at dawn,", "Anna Berg")] == [
            (q.text, q.speaker.name if q.speaker else None) for q in paragraphs[1].quotes
        ]

    def test_block_quote_speaker(self) -> None:
        """A block quote introduced by "X said:" is X's."""
        story = Article(
            headline="Ports grow",
            sections=(
                Section(
                    blocks=(
                        Paragraph(text="Harbour Minister Anna Berg said in a statement:"),
                        BlockQuote(text="The quay is open to every ship."),
                    )
                ),
            ),
        )
        block = fill_in(story).sections[0].blocks[1]
        assert BlockQuote(text="The quay is open to every ship.", speaker=_BERG) == block

    def test_nothing_to_find(self) -> None:
        """An article without quotes or dateline comes back as it was."""
        story = _story("The quay opened on Monday.", "Ships came in.")
        assert story is fill_in(story)

    def test_language_marks(self) -> None:
        """The article's language chooses the quotation marks (German „...“)."""
        article = fill_in(_story("„Wir sind bereit“, sagte Anna Berg.", language="de"))
        assert ["Wir sind bereit"] == [quote.text for quote in article.quotes]

    def test_nordic_dash_quotes(self) -> None:
        """In Swedish, a paragraph opening with a dash is direct speech."""
        article = fill_in(_story("– Vi är redo, säger Anna Berg.", language="sv"))
        assert [("Vi är redo", "Anna Berg")] == [
            (q.text, q.speaker.name if q.speaker else None) for q in article.quotes
        ]


class TestNewsML:
    """The NewsML-G2 reader fills in a body of plain paragraphs."""

    def test_plain_paragraphs(self) -> None:
        """Quotes, speakers and the dateline are found as in plain text."""
        article = newsml.read(_newsml_item(_AGENCY_STORY), ReadOptions()).article
        assert article.dateline is not None
        assert "OSLO" == article.dateline.place
        assert [_BERG, _BERG] == [quote.speaker for quote in article.quotes]

    def test_heuristics_off(self) -> None:
        """With heuristics off, the reader keeps what the markup says only."""
        options = ReadOptions(heuristics=False)
        article = newsml.read(_newsml_item(_AGENCY_STORY), options).article
        assert article.dateline is None
        assert () == article.quotes
        assert _AGENCY_STORY[0] == article.paragraphs[0].text

    def test_language_of_the_item(self) -> None:
        """The item's language chooses the quotation marks."""
        item = _newsml_item(["„Wir sind bereit“, sagte Anna Berg."], language="de")
        article = newsml.read(item, ReadOptions()).article
        assert [("Wir sind bereit", "Anna Berg")] == [
            (q.text, q.speaker.name if q.speaker else None) for q in article.quotes
        ]

    def test_nitf_body(self) -> None:
        """A NITF body of plain paragraphs is filled in too."""
        body = "".join(f"<p>{text}</p>" for text in _AGENCY_STORY)
        item = (
            _newsml_item([])
            .replace(
                b'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Ports grow</title></head>'
                b"<body></body></html>",
                b'<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content>'
                + body.encode()
                + b"</body.content></body></nitf>",
            )
            .replace(b"application/xhtml+xml", b"application/nitf+xml")
        )
        article = newsml.read(item, ReadOptions()).article
        assert article.dateline is not None
        assert "NTB" == article.dateline.source
        assert [_BERG, _BERG] == [quote.speaker for quote in article.quotes]

    def test_q_markup_not_doubled(self) -> None:
        """A paragraph whose <q> markup gives its quote keeps that quote alone."""
        item = _newsml_item(
            ["Anna Berg said: “<q>We are ready</q>” and “we sail at dawn.”", "“We go,” Berg said."]
        )
        article = newsml.read(item, ReadOptions()).article
        assert [["We are ready"], ["We go,"]] == [
            [quote.text for quote in paragraph.quotes] for paragraph in article.paragraphs
        ]

    def test_own_output_trusted(self) -> None:
        """newsmodel's own items read back as written: no quote or dateline is added."""
        story = _story(*_AGENCY_STORY)
        written = newsml.write(story, WriteOptions())
        assert story == newsml.read(written.encode(), ReadOptions()).article


class TestNinjs:
    """The ninjs reader fills in body_html and body_text without quote markup."""

    def test_body_html(self) -> None:
        """A ninjs 3.x body of plain <p> paragraphs."""
        document = {
            "uri": "urn:example:1",
            "type": "text",
            "headlines": [{"role": "main", "value": "Ports grow"}],
            "bodies": [
                {
                    "contentType": "text/html",
                    "value": "".join(f"<p>{text}</p>" for text in _AGENCY_STORY),
                }
            ],
        }
        article = ninjs.read(json.dumps(document).encode(), ReadOptions()).article
        assert article.dateline is not None
        assert "OSLO" == article.dateline.place
        assert [_BERG, _BERG] == [quote.speaker for quote in article.quotes]

    def test_body_text(self) -> None:
        """A ninjs 1.x body_text of paragraphs between blank lines."""
        document = {
            "uri": "urn:example:1",
            "headline": "Ports grow",
            "body_text": "\n\n".join(_AGENCY_STORY),
        }
        article = ninjs.read(json.dumps(document).encode(), ReadOptions()).article
        assert 2 == len(article.quotes)
        assert article.dateline is not None

    def test_heuristics_off(self) -> None:
        """With heuristics off, nothing is added."""
        document = {
            "uri": "urn:example:1",
            "headline": "Ports grow",
            "body_text": "\n\n".join(_AGENCY_STORY),
        }
        article = ninjs.read(json.dumps(document).encode(), ReadOptions(heuristics=False)).article
        assert () == article.quotes
        assert article.dateline is None

    def test_own_output_trusted(self) -> None:
        """newsmodel's own documents (a derived uri) read back as written."""
        story = _story(*_AGENCY_STORY)
        written = ninjs.write(story, WriteOptions())
        assert story == ninjs.read(written.encode(), ReadOptions()).article


_SWEDISH = ["– Vi är redo, säger Anna Berg.", "– Vi börjar i maj."]


class TestLanguageOption:
    """ReadOptions.language (issue 12): the caller's language where the document states none."""

    def test_invalid_tag_refused(self) -> None:
        """A value that is not a language tag is refused when the options are built."""
        with pytest.raises(ValidationError) as raised:
            ReadOptions(language="not a language")
        (problem,) = raised.value.problems
        assert ("invalid-value", "/language") == (problem.code, problem.location.pointer)

    def test_text_takes_the_language(self) -> None:
        """Plain text states no language: the option becomes the article's and chooses the
        conventions (a Swedish dash quote without a speech verb is found with it, not
        without; one with a Swedish speech verb is found either way)."""
        data = ("Hamnen växer\n\n" + "\n\n".join(_SWEDISH) + "\n").encode()
        plain = text.read(data, ReadOptions()).article
        swedish = text.read(data, ReadOptions(language="sv")).article
        assert (None, ["Vi är redo"]) == (plain.language, [q.text for q in plain.quotes])
        assert "sv" == swedish.language
        assert [("Vi är redo", "Anna Berg"), ("Vi börjar i maj.", "Anna Berg")] == [
            (q.text, q.speaker.name if q.speaker else None) for q in swedish.quotes
        ]

    def test_document_language_wins(self) -> None:
        """A NewsML-G2 item that states its language keeps it; the option does not override."""
        item = _newsml_item(["„Wir sind bereit“, sagte Anna Berg."], language="de")
        article = newsml.read(item, ReadOptions(language="sv")).article
        assert "de" == article.language
        assert ["Wir sind bereit"] == [quote.text for quote in article.quotes]

    def test_ninjs_without_language(self) -> None:
        """A ninjs document without a language takes the option, and its conventions."""
        document = {"uri": "urn:example:1", "headline": "Hamnen", "body_text": _SWEDISH[0]}
        article = ninjs.read(json.dumps(document).encode(), ReadOptions(language="sv")).article
        assert "sv" == article.language
        assert ["Vi är redo"] == [quote.text for quote in article.quotes]

    def test_ninjs_language_without_heuristics(self) -> None:
        """With heuristics off, the language is still taken, and nothing is found."""
        document = {"uri": "urn:example:1", "headline": "Hamnen", "body_text": _SWEDISH[0]}
        options = ReadOptions(language="sv", heuristics=False)
        article = ninjs.read(json.dumps(document).encode(), options).article
        assert ("sv", ()) == (article.language, article.quotes)


_PAGE = """<!doctype html><html{lang}><head><title>Ports grow</title></head><body><article>
<h1>Ports grow</h1>
<p>OSLO, March 4 (NTB) - Harbour Minister Anna Berg opened the new quay on a cold morning,
with the crews of three ships and most of the town watching from the pier.</p>
<p>“We are ready for the ships and for the winter that is coming,” the minister said.</p>
<p>Berg then spoke about the port, the quay and the years of work the project took:</p>
<blockquote>The work took two years, and every one of them was worth it.</blockquote>
</article></body></html>"""


class TestHtml:
    """The HTML reader runs the same extraction as the other readers (fill_in)."""

    def test_quotes_dateline_and_block_quote_speaker(self) -> None:
        """Dateline, quote speakers and the block quote's introducer, as fill_in finds them."""
        article = html.read(_PAGE.format(lang="").encode(), ReadOptions()).article
        assert article.dateline is not None
        assert ("OSLO", "NTB") == (article.dateline.place, article.dateline.source)
        assert [_BERG] == [quote.speaker for quote in article.quotes]
        (block,) = [b for b in article.blocks if isinstance(b, BlockQuote)]
        assert _BERG == block.speaker

    def test_heuristics_off(self) -> None:
        """With heuristics off, the page's markup alone: no dateline, quotes or speakers."""
        options = ReadOptions(heuristics=False)
        article = html.read(_PAGE.format(lang="").encode(), options).article
        assert (None, ()) == (article.dateline, article.quotes)
        assert all(b.speaker is None for b in article.blocks if isinstance(b, BlockQuote))

    def test_language_option(self) -> None:
        """A page without lang takes the option; a page's own lang wins."""
        bare = html.read(_PAGE.format(lang="").encode(), ReadOptions(language="en-GB"))
        stated = html.read(_PAGE.format(lang=' lang="en"').encode(), ReadOptions(language="sv"))
        assert ("en-GB", "en") == (bare.article.language, stated.article.language)
