"""Tests of the plain-text format: the reader on real layouts, the writer, and round trips."""

# ruff: noqa: RUF001
# (RUF001: the stories use typographic apostrophes and quotation marks on purpose.)

import datetime
import json
import warnings
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel.errors import LossWarning, NewsModelError, ParseError
from newsmodel.extract.quotes import attach_quotes
from newsmodel.formats import ReadOptions
from newsmodel.formats import text as text_format
from newsmodel.model import (
    Article,
    Block,
    BlockQuote,
    Dateline,
    ListBlock,
    Media,
    MediaKind,
    Note,
    NoteKind,
    Paragraph,
    Person,
    Section,
)
from tests.strategies import articles

_CAPITALISED = ("Amber", "Basil", "Cedar", "Delta", "Ember", "Fjord", "Garnet", "Harbor", "Indigo")
_LOWER = ("river", "stone", "talks", "budget", "vote", "council", "plan", "rally", "court", "fleet")
_PLACES = ("OSLO", "NEW HARBOR", "PORT AMBER", "ST. CEDAR", "FJORD ON DELTA")
_REGIONS = ("Calif.", "N.Y.", "Texas", "Ontario", "Pa.")
_MONTHS = ("January", "Feb.", "March", "Sept.", "October", "Dec.")
_SOURCES = ("Reuters", "AP", "Nordpress", "tca/dpa")


@st.composite
def _words(draw: st.DrawFn, low: int = 1, high: int = 6) -> str:
    """Words of the invented vocabulary, the first capitalised."""
    first = draw(st.sampled_from(_CAPITALISED))
    rest = draw(st.lists(st.sampled_from(_LOWER + _CAPITALISED), min_size=low - 1, max_size=high))
    return " ".join([first, *rest])


@st.composite
def _name(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(st.sampled_from(_CAPITALISED), min_size=2, max_size=3)))


@st.composite
def _paragraph_text(draw: st.DrawFn) -> str:
    """One or two sentences, some with a direct quote and its speaker."""
    sentence = draw(_words(2, 8)) + draw(st.sampled_from(".!?"))
    form = draw(st.sampled_from(("plain", "after", "before", "two")))
    if form == "after":
        return f'"{draw(_words(2, 6))}," {draw(_name())} said.'
    if form == "before":
        return f'{draw(_name())} said: "{draw(_words(2, 6))}."'
    if form == "two":
        return f"{sentence} {draw(_words(2, 8))}."
    return sentence


@st.composite
def _blocks(draw: st.DrawFn, *, lead: bool) -> tuple[Block, ...]:
    """A section's blocks: the last is a paragraph; a headed section starts with a paragraph
    or a list; no two lists in a row."""
    kinds = draw(st.lists(st.sampled_from(("p", "p", "list", "quote")), max_size=3))
    kinds.append("p")
    if not lead and kinds[0] == "quote":
        kinds[0] = "p"
    made: list[Block] = []
    for kind in kinds:
        if kind == "list" and made and isinstance(made[-1], ListBlock):
            kind = "p"
        if kind == "p":
            made.append(Paragraph(text=draw(_paragraph_text())))
        elif kind == "list":
            items = draw(st.lists(_words(1, 4), min_size=1, max_size=3))
            made.append(ListBlock(items=tuple(items), ordered=draw(st.booleans())))
        else:
            made.append(BlockQuote(text=draw(_paragraph_text())))
    return tuple(made)


@st.composite
def _dateline(draw: st.DrawFn) -> Dateline:
    place = draw(st.sampled_from(_PLACES))
    region = draw(st.none() | st.sampled_from(_REGIONS))
    month_name = draw(st.none() | st.sampled_from(_MONTHS))
    source = draw(st.none() | st.sampled_from(_SOURCES))
    day = draw(st.integers(1, 28))
    text = place + (f", {region}" if region else "")
    month = None
    if month_name is not None:
        text += f", {month_name} {day}"
        month = _MONTHS.index(month_name)
        month = (1, 2, 3, 9, 10, 12)[month]
    text += f" ({source})" if source else ""
    return Dateline(
        text=text,
        place=place,
        region=region,
        month=month,
        day=day if month is not None else None,
        source=source,
    )


_ROLES = ("author", "author", "editor", "photographer", "contributor", "translator")
_NOTE_KINDS = (
    NoteKind.CORRECTION,
    NoteKind.CLARIFICATION,
    NoteKind.EDITORS_NOTE,
    NoteKind.UPDATE,
)


@st.composite
def representable_articles(draw: st.DrawFn, *, dated: bool | None = None) -> Article:
    """Articles whose every part plain text can hold, in the forms the reader recognises.

    Quotes are what the quote finder finds in the paragraphs: text holds no more than that.
    ``dated`` True or False gives only articles with or without a dateline; a standfirst is
    drawn whatever else the header holds, and the lead section may have a heading.
    """
    people = draw(
        st.lists(
            st.builds(
                Person,
                name=_name(),
                organization=st.none() | _words(1, 2),
                role=st.sampled_from(_ROLES),
            ),
            max_size=3,
        )
    )
    media = draw(
        st.lists(
            st.builds(
                Media,
                kind=st.sampled_from((MediaKind.IMAGE, MediaKind.VIDEO, MediaKind.GRAPHIC)),
                credit=st.sampled_from(_CAPITALISED).map(lambda word: f"{word}/AGENCY"),
            ),
            max_size=2,
            unique=True,
        )
    )
    dateline = draw({None: st.none() | _dateline(), True: _dateline(), False: st.none()}[dated])
    lead_heading = draw(st.none() | _words(1, 4))
    sections = [Section(heading=lead_heading, blocks=draw(_blocks(lead=lead_heading is None)))]
    for _ in range(draw(st.integers(0, 2))):
        heading = draw(_words(1, 4))
        sections.append(Section(heading=heading, blocks=draw(_blocks(lead=False))))
    notes = [
        Note(kind=kind, text=draw(_words(2, 6)) + ".")
        for kind in draw(st.lists(st.sampled_from(_NOTE_KINDS), max_size=2))
    ]
    trailer = draw(st.none() | st.sampled_from(("Reuter", "Enditem", "(dpa)")))
    if trailer is not None:
        notes.append(Note(kind=NoteKind.TRAILER, text=trailer))
    article = Article(
        headline=draw(_words(1, 6)),
        kicker=draw(st.none() | st.sampled_from(("ANALYSIS", "Exclusive:", "Ember Fjord"))),
        subheadline=draw(st.none() | _words(3, 10)),
        bylines=tuple(people),
        media=tuple(media),
        dateline=dateline,
        sections=tuple(sections),
        notes=tuple(notes),
        rights=draw(st.none() | _words(1, 3).map(lambda words: f"© 2026 {words}")),
    )
    paragraphs = [p.text for p in article.paragraphs]
    found = iter(attach_quotes(paragraphs))
    return attrs.evolve(
        article,
        sections=tuple(
            attrs.evolve(
                section,
                blocks=tuple(
                    attrs.evolve(block, quotes=next(found))
                    if isinstance(block, Paragraph)
                    else block
                    for block in section.blocks
                ),
            )
            for section in article.sections
        ),
    )


LAVROV = Person(name="Sergei Lavrov", title="Foreign Minister")
SHOIGU = Person(name="Sergei Shoigu", title="Russian Defence Minister")
VIRTANEN = Person(name="Anna Virtanen", title="Fisheries Minister")
TAMM = Person(name="Mart Tamm", title="Estonian Fisheries Minister")


def _read(data: bytes | str, **options: object) -> Article:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return text_format.read(raw, ReadOptions(**options)).article  # type: ignore[arg-type]


def _check_seed_layout(article: Article, first_words: str) -> None:
    """The acceptance points of issue 3 that do not depend on the story's words."""
    assert article.kicker is None
    assert [7, 4, 4] == [len(section.blocks) for section in article.sections]
    assert all(isinstance(block, Paragraph) for block in article.blocks)
    first = article.sections[0].blocks[0]
    assert isinstance(first, Paragraph)
    assert first.text.startswith(first_words)
    assert 11 == len(article.quotes)
    for paragraph in article.paragraphs:
        for quote in paragraph.quotes:
            assert quote.text == paragraph.text[quote.start : quote.end]


class TestSeedStory:
    """The seed story of issue 3, as the project's own fixture with the same layout and traps."""

    @pytest.fixture
    def article(self, data_dir: Path) -> Article:
        """The fixture story, read."""
        return _read((data_dir / "text" / "fishing-quotas.txt").read_bytes())

    def test_headline_and_standfirst(self, article: Article) -> None:
        """Issue 3: the first real line is the headline, the next the standfirst; site
        navigation is neither headline nor kicker."""
        assert "Finland open to compromise on fishing quotas" == article.headline
        assert (
            "Fisheries Minister says that at the same time, Nordic-Baltic relations lack "
            "strategic depth"
        ) == article.subheadline
        assert article.kicker is None

    def test_credit_lines_become_one_media(self, article: Article) -> None:
        """Issue 3: the duplicated photo credit line gives one Media with the credit."""
        assert (Media(kind=MediaKind.IMAGE, credit="LEHTIKUVA/NORDPRESS"),) == article.media

    def test_dateline(self, article: Article) -> None:
        """Issue 3: the dateline is parsed, without a year, and cut from the paragraph."""
        expected = Dateline(
            text="NEWCASTLE UPON TYNE, March 14 (Nordpress)",
            place="NEWCASTLE UPON TYNE",
            month=3,
            day=14,
            source="Nordpress",
        )
        assert expected == article.dateline

    def test_sections_and_paragraphs(self, article: Article) -> None:
        """Issue 3: three sections of 7, 4 and 4 paragraphs; the body starts after the
        dateline; the no-break space reads as a space."""
        headings = [section.heading for section in article.sections]
        assert [None, "Regional relations", "Baltic Sea summit"] == headings
        _check_seed_layout(article, "Fisheries Minister Anna Virtanen said Finland")
        second = article.sections[0].blocks[1]
        assert isinstance(second, Paragraph)
        assert "any proposal saying nothing" in second.text

    def test_quotes_and_speakers(self, article: Article) -> None:
        """Issue 3: eleven direct quotes with exact spans; the three after Tamm's introduction
        are his, the other eight Virtanen's; the partial quote of the poachers is not one."""
        quotes = article.quotes
        assert [
            "Fishing quotas remain one of the hardest issues,",
            "We’re ready for a frank dialogue with Norway and the Baltic states. We’re open to a "
            "compromise,",
            "Endless talks that change nothing are unacceptable for us.",
            "We failed to make any progress in this field.",
            "Fish stocks shrink and our concerns are ignored,",
            "We lack predictability in the plans of our neighbours.",
            "We’ve exchanged views on cooperation with the council. We favour an open approach "
            "from all parties. Our agenda within the council is rather busy.",
            "Relations between the Nordic and Baltic states lack an understanding of how much the "
            "coastal countries depend on each other",
            "This is outrageous and unacceptable. It lies on the conscience of those who fund the "
            "poachers. Every fleet has its sponsor or patron inside the region or outside it,",
            "Everyone, including our Norwegian partners, knows this.",
            "They say it is necessary to start the summit process. But in fact certain states "
            "directly undermine the summit,",
        ] == [quote.text for quote in quotes]
        speakers = [quote.speaker for quote in quotes]
        assert [VIRTANEN] * 3 + [TAMM] * 3 + [VIRTANEN] * 5 == speakers

    def test_reads_back_from_its_own_layout(self, article: Article) -> None:
        """Issue 3: the writer's layout reads back to the same article, with nothing lost."""
        assert article == _read(text_format.write(article))
        assert () == text_format.losses(article)

    def test_year_from_reference_date(self, data_dir: Path) -> None:
        """Issue 3: the dateline's year comes from the reference date, the nearest year."""
        data = (data_dir / "text" / "fishing-quotas.txt").read_bytes()
        article = _read(data, reference_date=datetime.date(2027, 1, 5))
        assert article.dateline is not None
        assert 2027 == article.dateline.year


@pytest.mark.shared
class TestSharedSeed:
    """Issue 3: the same checks on the original story in the shared corpus."""

    def test_original_story(self, shared_dir: Path) -> None:
        """Issue 3: the acceptance points on itar-tass-missile-defence.txt."""
        path = shared_dir / "corpus" / "text" / "itar-tass-missile-defence.txt"
        article = newsmodel.load(path)
        assert "Russia open for compromise on missile defense" == article.headline
        assert (
            "Foreign Minister notes that at the same time, Russia-NATO relations lack strategic "
            "depth"
        ) == article.subheadline
        assert (Media(credit="EPA/ITAR-TASS"),) == article.media
        assert article.dateline is not None
        dateline = article.dateline
        expected = ("ROSTOV ON DON", 10, 28, None, "Itar-Tass")
        assert expected == (
            dateline.place,
            dateline.month,
            dateline.day,
            dateline.year,
            dateline.source,
        )
        headings = [section.heading for section in article.sections]
        assert [None, "Strategic relations", "Geneva II conference"] == headings
        _check_seed_layout(article, "Foreign Minister Sergei Lavrov said")
        speakers = [quote.speaker for quote in article.quotes]
        assert [LAVROV] * 3 + [SHOIGU] * 3 + [LAVROV] * 5 == speakers

    def test_reuters_sample_reads(self, shared_dir: Path) -> None:
        """Every Reuters story of the dev sample reads, with its headline and dateline place."""
        path = shared_dir / "corpus" / "text" / "reuters21578-dev.jsonl"
        wrong = []
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            article = _read(record["text"])
            expected = record["expected"]
            place = article.dateline.place if article.dateline else None
            if (article.headline, place) != (expected["headline"], expected["dateline_city"]):
                wrong.append(record["id"])
        assert [] == wrong


class TestLayouts:
    """The layouts plain text comes in."""

    def test_hard_wrapped_indented_wire(self) -> None:
        """Reuters-style wire copy: 4-space paragraph indents, flush-left continuation lines."""
        data = (
            "TIMBER EXPORTS RISE SHARPLY\n\n"
            "    By Ann Lee, Reuters\n\n"
            "    OSLO, April 3 - Norway's timber exports rose 12 pct in\n"
            "the first quarter, the trade ministry said.\n"
            '    "Demand from builders is strong," a ministry official\n'
            "said, adding that prices were firm.\n"
            " REUTER\n"
        )
        article = _read(data, reference_date=datetime.date(1987, 4, 4))
        assert "TIMBER EXPORTS RISE SHARPLY" == article.headline
        assert (Person(name="Ann Lee", organization="Reuters", role="author"),) == article.bylines
        assert Dateline(text="OSLO, April 3", place="OSLO", year=1987, month=4, day=3) == (
            article.dateline
        )
        assert [
            "Norway's timber exports rose 12 pct in the first quarter, the trade ministry said.",
            '"Demand from builders is strong," a ministry official said, adding that prices '
            "were firm.",
        ] == [paragraph.text for paragraph in article.paragraphs]
        assert (Note(kind=NoteKind.TRAILER, text="REUTER"),) == article.notes
        assert ["Demand from builders is strong,"] == [quote.text for quote in article.quotes]

    def test_anpa_wire(self) -> None:
        """AP's ANPA layout: ``=`` ends header lines, a tab indents one-line paragraphs, ``_``
        separates the dateline, two backticks open a quote."""
        long = "scored 30 points and the home side held on late in a close game against the"
        data = (
            "Hawks edge Bulls\r\n"
            "By ANN LEE=\r\n"
            "AP Sports Writer=\r\n"
            f"\t   ATLANTA (AP) _ Ola Dahl {long} visitors on Friday night. \r\n"
            f"\t   ``We kept our heads,'' Dahl said of a game in which the lead {long} end. \r\n"
        )
        article = _read(data)
        assert (Person(name="ANN LEE", title="AP Sports Writer", role="author"),) == (
            article.bylines
        )
        expected = Dateline(text="ATLANTA (AP)", place="ATLANTA", source="AP", separator=" _ ")
        assert expected == article.dateline
        assert 2 == len(list(article.paragraphs))
        assert ["We kept our heads,"] == [quote.text for quote in article.quotes]

    def test_own_line_dateline_and_table(self) -> None:
        """An earnings table: the dateline ends its own line; each indented row is a paragraph."""
        data = "ACME CORP YEAR NET\n\n    BOISE, Idaho, March 2 -\n    Shr 24 cts\n    Net 5 mln\n"
        article = _read(data)
        assert article.dateline is not None
        assert ("BOISE", "Idaho") == (article.dateline.place, article.dateline.region)
        assert ["Shr 24 cts", "Net 5 mln"] == [p.text for p in article.paragraphs]

    def test_hard_wrapped_blank_line_paragraphs(self) -> None:
        """Wrapped lines without indents join into paragraphs separated by blank lines."""
        data = (
            "Council backs new harbour\n\n"
            "The town council voted on Monday to build a new harbour for the\n"
            "fishing fleet, ending a debate that lasted ten years and split\n"
            "the town.\n\n"
            "Work starts in May.\n"
        )
        assert [
            "The town council voted on Monday to build a new harbour for the fishing fleet, "
            "ending a debate that lasted ten years and split the town.",
            "Work starts in May.",
        ] == [paragraph.text for paragraph in _read(data).paragraphs]

    def test_one_line_paragraphs_without_blank_lines(self) -> None:
        """Long one-line paragraphs separated by single line breaks stay apart."""
        first = "The council voted on Monday to build a new harbour for the fleet. " * 2
        second = "Work on the harbour starts in May, and the fleet moves in a year later. " * 2
        data = f"Council backs harbour\n{first.strip()}\n{second.strip()}\n"
        assert [first.strip(), second.strip()] == [p.text for p in _read(data).paragraphs]

    def test_text_hygiene(self) -> None:
        """BOM, CRLF, CR, soft hyphens and zero-width characters are cleaned away."""
        data = (
            b"\xef\xbb\xbfHarbour\xc2\xadwork starts\r\n\r\n"
            b"Work\xe2\x80\x8b starts\xc2\xa0in May.\rIt ends in June.\r\n"
        )
        article = _read(data)
        assert "Harbourwork starts" == article.headline
        assert ["Work starts in May.", "It ends in June."] == [p.text for p in article.paragraphs]

    def test_windows_1252_falls_back(self) -> None:
        """Bytes that are not UTF-8 are read as Windows-1252, without an error."""
        article = _read(b"Caf\xe9 owners \x93protest\x94\n\nThey marched.\n")
        assert "Café owners “protest”" == article.headline

    def test_markdown_headings_lists_and_block_quotes(self) -> None:
        """Markdown-style headings, list items and block quotes are recognised."""
        data = (
            "# Budget passes\n\nThe budget passed.\n\n## What changes\n\n"
            "- taxes rise\n- fees fall\n\n> We did it.\n\nThe vote was close.\n"
        )
        article = _read(data)
        assert "Budget passes" == article.headline
        assert (
            Section(blocks=(Paragraph(text="The budget passed."),)),
            Section(
                heading="What changes",
                blocks=(
                    ListBlock(items=("taxes rise", "fees fall")),
                    BlockQuote(text="We did it."),
                    Paragraph(text="The vote was close."),
                ),
            ),
        ) == article.sections

    def test_underlined_headings_and_rules(self) -> None:
        """Setext-style underlined headings are headings; rule lines are dropped."""
        data = (
            "Storm hits coast\n================\n\nRoads closed.\n\n* * *\n\n"
            "Repairs\n-------\n\nThey begin soon.\n\n___\n"
        )
        article = _read(data)
        assert "Storm hits coast" == article.headline
        assert (
            Section(blocks=(Paragraph(text="Roads closed."),)),
            Section(heading="Repairs", blocks=(Paragraph(text="They begin soon."),)),
        ) == article.sections

    def test_all_caps_heading_between_paragraphs(self) -> None:
        """A line in capitals between two paragraphs is a heading."""
        data = "Storm hits coast\n\nRoads closed.\n\nWHAT COMES NEXT\n\nRepairs begin soon.\n"
        assert [None, "WHAT COMES NEXT"] == [s.heading for s in _read(data).sections]

    def test_short_line_between_unfinished_lines_is_no_heading(self) -> None:
        """Short lines next to lines without final punctuation are table rows, not headings."""
        data = "Results\n\nShr 24 cts\nRecord May eight\nPay May 25\n"
        article = _read(data)
        assert [None] == [section.heading for section in article.sections]

    def test_kicker_above_headline(self) -> None:
        """A short line directly above the headline is the kicker."""
        article = _read("ANALYSIS\nWhy the harbour matters\n\nIt matters.\n")
        assert ("ANALYSIS", "Why the harbour matters") == (article.kicker, article.headline)

    def test_navigation_is_skipped(self) -> None:
        """Breadcrumbs and menu lines before the headline are not the headline or kicker."""
        article = _read("Home > World > Europe\n\nMenu\n\nHarbour reopens\n\nIt reopened.\n")
        assert ("Harbour reopens", None) == (article.headline, article.kicker)

    def test_notes_trailers_rights_and_credit_trailer(self) -> None:
        """Notes, trailers, copyright lines and credit trailers are not body."""
        data = (
            "Harbour reopens\n\nThe harbour reopened on Monday.\n\n"
            "Correction: An earlier version gave the wrong day.\n\n"
            "Reporting by Ann Lee; Editing by Bo Kim\n\n"
            "© 2026 Harbour News\n\nEnditem\n"
        )
        article = _read(data)
        assert ["The harbour reopened on Monday."] == [p.text for p in article.paragraphs]
        assert (
            Note(kind=NoteKind.CORRECTION, text="An earlier version gave the wrong day."),
            Note(kind=NoteKind.TRAILER, text="Enditem"),
        ) == article.notes
        assert (
            Person(name="Ann Lee", role="author"),
            Person(name="Bo Kim", role="editor"),
        ) == article.bylines
        assert "© 2026 Harbour News" == article.rights

    def test_byline_above_headline(self) -> None:
        """A byline or credit line printed above the headline is not the headline."""
        article = _read("By Ada Berg\n\nPhoto: Nordpress\n\nHarbour reopens\n\nIt reopened.\n")
        assert "Harbour reopens" == article.headline
        assert (Person(name="Ada Berg", role="author"),) == article.bylines
        assert (Media(credit="Nordpress"),) == article.media

    def test_parenthesised_credit_trailer(self) -> None:
        """A modern wire trailer in parentheses gives the reporters and editors."""
        article = _read(
            "Harbour reopens\n\nIt reopened.\n\n(Reporting by Ada Berg; Editing by Per Lund)\n"
        )
        assert ["It reopened."] == [p.text for p in article.paragraphs]
        assert (
            Person(name="Ada Berg", role="author"),
            Person(name="Per Lund", role="editor"),
        ) == article.bylines

    def test_credit_trailer_without_parentheses_and_more_reporting(self) -> None:
        """A credit trailer without parentheses gives the reporters and editors too; a line
        crediting more reporters after it is a trailer note, not body."""
        article = _read(
            "Harbour reopens\n\nThe harbour reopened on Monday after a winter of repairs.\n\n"
            "It cost a lot.\n\nReporting by Ada Berg; Editing by Per Lund\n\n"
            "Additional reporting by Mia Holm in Bergen.\n"
        )
        story = ["The harbour reopened on Monday after a winter of repairs.", "It cost a lot."]
        assert story == [p.text for p in article.paragraphs]
        assert (
            Person(name="Ada Berg", role="author"),
            Person(name="Per Lund", role="editor"),
        ) == article.bylines
        note = Note(kind=NoteKind.TRAILER, text="Additional reporting by Mia Holm in Bergen.")
        assert (note,) == article.notes

    def test_trailer_glued_to_last_paragraph(self) -> None:
        """A trailer at the end of the last paragraph is cut off as a note."""
        article = _read("Quake felt\n\nThe quake was felt in Osaka. Enditem\n")
        assert ["The quake was felt in Osaka."] == [p.text for p in article.paragraphs]
        assert (Note(kind=NoteKind.TRAILER, text="Enditem"),) == article.notes

    def test_locations(self) -> None:
        """Parts of the article carry the line and column they were read from."""
        data = b"Harbour reopens\n\n  The harbour reopened.\n"
        parsed = text_format.read(data, ReadOptions(source="story.txt"))
        location = parsed.locations["/sections/0/blocks/0"]
        assert ("story.txt", 3, 3) == (location.source, location.line, location.column)
        assert 1 == parsed.locations["/headline"].line


class TestHostileInput:
    """Any input gives an article or a NewsModelError."""

    @pytest.mark.parametrize("data", [b"", b"   \n\n\t\r\n", b"\xef\xbb\xbf", b"\x00\x01"])
    def test_empty_input(self, data: bytes) -> None:
        """Empty or blank text has no headline: a ParseError that says so."""
        with pytest.raises(ParseError, match="empty") as caught:
            _read(data)
        assert 1 == caught.value.location.line

    def test_navigation_only_is_its_own_headline(self) -> None:
        """A lone navigation line is still the first real line there is."""
        assert "All news" == _read("All news\n").headline

    @given(st.binary(max_size=2000))
    def test_random_bytes(self, data: bytes) -> None:
        """Random bytes read as an article or fail with a NewsModelError."""
        try:
            article = _read(data)
        except NewsModelError:
            return
        assert article.headline.strip()

    @given(st.text(alphabet=st.sampled_from('Aa .,-—"“”«»()/:\n\t#>*1'), max_size=400))
    def test_random_structured_text(self, data: str) -> None:
        """Text made of the characters the reader cares about never breaks it."""
        try:
            article = _read(data)
        except NewsModelError:
            return
        assert article.headline.strip()


class TestWriter:
    """The canonical layout and what it cannot carry."""

    def test_layout(self) -> None:
        """Every part is written in its place."""
        article = Article(
            headline="Harbour reopens",
            kicker="UPDATE",
            subheadline="Fleet returns after ten years",
            media=(Media(credit="Ann Lee/Harbour News"),),
            bylines=(Person(name="Bo Kim", organization="Harbour News", role="author"),),
            dateline=Dateline(text="OSLO, May 2", place="OSLO", month=5, day=2),
            sections=(
                Section(blocks=(Paragraph(text="The harbour reopened."),)),
                Section(heading="What next", blocks=(ListBlock(items=("a", "b"), ordered=True),)),
            ),
            notes=(Note(kind=NoteKind.EDITORS_NOTE, text="Updated with photos."),),
            rights="© 2026 Harbour News",
        )
        expected = (
            "UPDATE\nHarbour reopens\n\nFleet returns after ten years\n\n"
            "Photo: Ann Lee/Harbour News\n\nBy Bo Kim, Harbour News\n\n"
            "OSLO, May 2 - The harbour reopened.\n\n## What next\n\n1. a\n2. b\n\n"
            "Editor's note: Updated with photos.\n\n© 2026 Harbour News\n"
        )
        assert expected == text_format.write(article)

    def test_losses(self) -> None:
        """What text cannot hold is named: never-carried fields and parts that read back
        differently."""
        article = Article(
            headline="Harbour reopens",
            url="https://example.com/a",
            dateline=Dateline(text="OSLO, May 2", place="OSLO", year=2026, month=5, day=2),
            sections=(Section(blocks=(BlockQuote(text="Yes.", speaker=Person(name="Al")),)),),
        )
        assert (
            (
                "/url",
                "/dateline/year",
                "/sections/0/blocks/0/speaker",
            )
        ) == text_format.losses(article)

    def test_dumps_warns_about_losses(self) -> None:
        """dumps() warns with the lost pointers."""
        with pytest.warns(LossWarning, match="/id"):
            newsmodel.dumps(Article(headline="Harbour", id="urn:x"), format="text")

    def test_registered(self) -> None:
        """The format is registered for reading and writing, with its extensions."""
        assert "Harbour" == newsmodel.loads("Harbour\n", format="text").headline
        fmt = newsmodel.formats.get("text")
        assert (".txt", ".text") == fmt.extensions


class TestRoundTrip:
    """Issue 3: loads(dumps(a, "text"), "text") == a for every article text can hold."""

    @given(representable_articles())
    def test_round_trip(self, article: Article) -> None:
        """A text-representable article reads back equal, and nothing is reported lost."""
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            written = newsmodel.dumps(article, format="text")
        assert article == newsmodel.loads(written, format="text")

    @given(representable_articles())
    def test_write_is_stable(self, article: Article) -> None:
        """Writing, reading and writing again gives the same text."""
        written = text_format.write(article)
        assert written == text_format.write(_read(written))

    @given(representable_articles(dated=False))
    def test_round_trip_without_dateline(self, article: Article) -> None:
        """Issue 13: without a dateline too (a standfirst, a headed first section), a
        text-representable article reads back equal and nothing is reported lost."""
        assert () == text_format.losses(article)
        assert article == _read(text_format.write(article))

    @pytest.mark.parametrize(
        "sections",
        [
            (Section(blocks=(Paragraph(text="The harbour reopened on Monday."),)),),
            (),
            (Section(heading="What next", blocks=(Paragraph(text="Boats sail."),)),),
        ],
        ids=["body", "no body", "heading first"],
    )
    def test_standfirst_without_dateline(self, sections: tuple[Section, ...]) -> None:
        """A standfirst with no dateline after it is set in emphasis, and reads back."""
        article = Article(
            headline="Harbour reopens",
            subheadline="Fleet returns after ten years",
            sections=sections,
        )
        written = text_format.write(article)
        assert written.startswith("Harbour reopens\n\n*Fleet returns after ten years*\n")
        assert (article, ()) == (_read(written), text_format.losses(article))

    def test_standfirst_before_a_dateline_stays_plain(self) -> None:
        """A dateline opening the body marks the standfirst: no emphasis is written."""
        article = Article(
            headline="Harbour reopens",
            subheadline="Fleet returns after ten years",
            dateline=Dateline(text="OSLO", place="OSLO"),
            sections=(Section(blocks=(Paragraph(text="The harbour reopened."),)),),
        )
        written = text_format.write(article)
        assert "Harbour reopens\n\nFleet returns after ten years\n\nOSLO - " in written
        assert article == _read(written)

    def test_emphasized_line_after_headline_is_the_standfirst(self) -> None:
        """The reader takes a line in emphasis right after the headline for the standfirst."""
        article = _read("Storm hits coast\n\n_Roads closed across the county_\n\nCrews work.\n")
        assert ("Roads closed across the county", ["Crews work."]) == (
            article.subheadline,
            [p.text for p in article.paragraphs],
        )

    def test_heading_of_the_first_section(self) -> None:
        """A heading is a Markdown heading, so one right after the header reads back."""
        article = Article(
            headline="Harbour reopens",
            kicker="UPDATE",
            sections=(Section(heading="What next", blocks=(Paragraph(text="Boats sail."),)),),
        )
        written = text_format.write(article)
        assert "UPDATE\nHarbour reopens\n\n## What next\n\nBoats sail.\n" == written
        assert article == _read(written)

    @given(articles(max_sections=2, max_blocks=3, max_items=2))
    def test_any_article_writes_and_losses_are_honest(self, article: Article) -> None:
        """Any article writes; when nothing is reported lost, it reads back equal."""
        written = text_format.write(article)
        lost = text_format.losses(article)
        if not lost:
            assert article == _read(written)


_LANGUAGE_STORIES = [
    # language, story, byline, dateline (place, source), sign-off or None
    (
        "de",
        "Häfen melden Rekord\n\nVon Anna Berg und Max Roe\n\nBERLIN (dpa) - Die Häfen wuchsen."
        "\n\n„Wir wachsen“, sagte Berg.\n\ndpa\n",
        ["Anna Berg", "Max Roe"],
        ("BERLIN", "dpa"),
        "dpa",
    ),
    (
        "fr",
        "Les ports progressent\n\nPar Anne Roux\n\nPARIS (AFP) - Les ports ont progressé."
        "\n\n« Nous grandissons », a déclaré Roux.\n\nafp\n",
        ["Anne Roux"],
        ("PARIS", "AFP"),
        "afp",
    ),
    (
        "es",
        "Los puertos crecen\n\nPor Ana Ruiz y Luis Gil\n\nMADRID, 3 de junio (EFE).- Los puertos"
        " crecieron.\n\n«Crecemos», dijo Ruiz.\n",
        ["Ana Ruiz", "Luis Gil"],
        ("MADRID", "EFE"),
        None,
    ),
    (
        "it",
        "I porti crescono\n\nDi Anna Rossi\n\nROMA (ANSA) - I porti sono cresciuti."
        '\n\n"Cresciamo", ha detto Rossi.\n\n(ANSA)\n',
        ["Anna Rossi"],
        ("ROMA", "ANSA"),
        "(ANSA)",
    ),
    (
        "pt",
        "Os portos crescem\n\nPor Ana Souza\n\nLISBOA, 3 de julho (Lusa) - Os portos cresceram."
        '\n\n"Crescemos", disse Souza.\n',
        ["Ana Souza"],
        ("LISBOA", "Lusa"),
        None,
    ),
    (
        "sv",
        "Hamnarna växer\n\nAv Anna Berg\n\nSTOCKHOLM (TT) - Hamnarna växte.\n\n”Vi växer”, sa Berg."
        "\n\nTT\n",
        ["Anna Berg"],
        ("STOCKHOLM", "TT"),
        "TT",
    ),
]


class TestLanguages:
    """Bylines, datelines, quotes and sign-offs of stories in other languages (issue 12)."""

    @pytest.mark.parametrize(
        ("language", "story", "authors", "dateline", "sign_off"),
        _LANGUAGE_STORIES,
        ids=[case[0] for case in _LANGUAGE_STORIES],
    )
    def test_story(
        self,
        language: str,
        story: str,
        authors: list[str],
        dateline: tuple[str, str],
        sign_off: str | None,
    ) -> None:
        """The byline's authors, the dateline, the quote and its speaker, the sign-off note."""
        article = _read(story)
        assert authors == [person.name for person in article.bylines]
        assert {"author"} == {person.role for person in article.bylines}
        assert article.dateline is not None
        assert dateline == (article.dateline.place, article.dateline.source)
        assert 2 == len(article.sections[0].blocks)
        quotes = article.quotes
        assert 1 == len(quotes), language
        assert quotes[0].speaker is not None
        assert quotes[0].speaker.name in authors[0]
        expected_notes = [Note(kind=NoteKind.TRAILER, text=sign_off)] if sign_off else []
        assert expected_notes == list(article.notes)


class TestTrailerAuthors:
    """Authors given once across byline and trailer, with roles kept (issue 12)."""

    def test_byline_and_trailer(self) -> None:
        """The trailer's reporter is the byline's author; its editor is added."""
        article = _read(
            "Ports grow\n\nBy Marta Kowalska\n\nGDANSK (Reuters) - The port grew.\n\n"
            "(Reporting by Marta Kowalska; Editing by John Stone)\n"
        )
        assert (
            Person(name="Marta Kowalska", role="author"),
            Person(name="John Stone", role="editor"),
        ) == article.bylines
        assert ["The port grew."] == [p.text for p in article.paragraphs]


class TestWireHeadlines:
    """An all-caps first line of a wire story is its headline, not a credit (issue 12)."""

    @pytest.mark.parametrize(
        "headline",
        [
            "ENERGY/U.S. OIL OUTPUT FALLS",
            "GRAPHIC ARTS MAKER SEES GAIN",
            "CREDIT SUISSE UNIT RAISES RATE",
            "PHOTO FINISH IN COUNCIL VOTE",
        ],
    )
    def test_headline(self, headline: str) -> None:
        """The first line is the headline and the dateline opens the body."""
        article = _read(f"{headline}\n\nHOUSTON, March 3 - Output fell.\n", reference_date=None)
        assert headline == article.headline
        assert () == article.media
        assert article.dateline is not None
        assert "HOUSTON" == article.dateline.place

    @pytest.mark.parametrize(
        ("line", "headline", "kicker"),
        [
            ("UPDATE 2-Tea exporters warn of losses", "Tea exporters warn of losses", None),
            ("REFILE-Tea exporters warn", "Tea exporters warn", None),
            ("CORRECTED-UPDATE 1-Tea exporters warn", "Tea exporters warn", None),
            ("EXCLUSIVE-Tea exporters warn", "Tea exporters warn", "EXCLUSIVE"),
            ("RPT - TEA EXPORTERS WARN - MINISTER", "RPT - TEA EXPORTERS WARN - MINISTER", None),
        ],
    )
    def test_service_codes(self, line: str, headline: str, kicker: str | None) -> None:
        """A wire service's codes glued to the headline by a hyphen are dropped, and a label
        among them is the kicker; spaced around the dash, they are part of the headline."""
        article = _read(f"{line}\n\nNAIROBI, Aug 19 (Reuters) - Tea rose.\n")
        assert (headline, kicker) == (article.headline, article.kicker)

    def test_credit_with_cue_is_still_a_credit(self) -> None:
        """A photo credit with its cue, under the headline, stays a credit."""
        article = _read("Ports grow\n\nPhoto EPA/NORDPRESS\n\nOSLO (NTB) - The port grew.\n")
        assert (Media(credit="EPA/NORDPRESS"),) == article.media


class TestHyphenSpeech:
    """A paragraph opened by a hyphen is direct speech, not a list item, in the Nordic way
    (issue 12)."""

    @pytest.mark.parametrize(
        ("language", "line"),
        [
            ("da", "- Det er en stor dag for byen, siger borgmester Lone Roe."),
            (None, "- Det er en stor dag for byen, siger borgmester Lone Roe."),
            ("no", "- Det er en stor dag for byen."),
        ],
        ids=["da", "speech verb without language", "alone in a dash language"],
    )
    def test_speech_paragraph(self, language: str | None, line: str) -> None:
        """The hyphen line is a paragraph with a quote."""
        story = f"Havn udvides\n\nAARHUS (Ritzau) - Havnen udvides.\n\n{line}\n\nMere tekst.\n"
        article = _read(story, language=language)
        assert [Paragraph] * 3 == [type(block) for block in article.blocks]
        assert 1 == len(article.quotes)

    @pytest.mark.parametrize("language", ["da", None])
    def test_list_stays_a_list(self, language: str | None) -> None:
        """Several hyphen items without a Nordic speech verb stay a list, in a dash language
        too (an English verb makes no Nordic speech); a speech line after them does not."""
        story = (
            "Havn udvides\n\nAARHUS (Ritzau) - Havnen udvides.\n\n"
            "- nye kajer\n- en ny kran\n- We grow, said Jo Roe.\n\nDet koster.\n\n"
            "- Det er en stor dag, siger Lone Roe.\n"
        )
        article = _read(story, language=language)
        assert [Paragraph, ListBlock, Paragraph, Paragraph] == [
            type(block) for block in article.blocks
        ]
        assert (
            ListBlock(items=("nye kajer", "en ny kran", "We grow, said Jo Roe."))
            == article.blocks[1]
        )

    def test_speech_goes_on(self) -> None:
        """In a dash language, a hyphen paragraph after speech is speech too."""
        story = (
            "Havn udvides\n\nAARHUS (Ritzau) - Havnen udvides.\n\n"
            "- Det er en stor dag, siger Lone Roe.\n\n- Vi har ventet længe.\n"
        )
        article = _read(story, language="da")
        assert ["Lone Roe", "Lone Roe"] == [
            quote.speaker.name if quote.speaker else None for quote in article.quotes
        ]


class TestBylinesWithAgencies:
    """A byline with its agency after a bar, a dash or in parentheses is a byline, not the
    standfirst or the dateline (issue 12)."""

    @pytest.mark.parametrize(
        "byline",
        [
            "Por Lucía Roe | EFE",
            "Por Ana Paula Roe - Repórter da Agência Nacional",
            "Di Giulia Roe (ANSA)",
            "Av Erik Lund/TT",
        ],
    )
    def test_byline(self, byline: str) -> None:
        """The line gives one author with an organisation; the dateline is the body's."""
        story = f"Affitti brevi\n\n{byline}\n\n(ANSA) - VENEZIA, 18 FEB - Il Comune approva.\n"
        article = _read(story)
        assert article.subheadline is None
        assert 1 == len(article.bylines)
        assert article.bylines[0].organization is not None
        assert article.bylines[0].organization in byline
        assert article.dateline is not None
        assert "VENEZIA" == article.dateline.place


class TestEndMatterInOtherLanguages:
    """A correction labelled in another language and an agency's sign-off in slashes or
    after a copyright sign are end matter, not body (issue 12)."""

    @pytest.mark.parametrize(
        ("correction", "sign_off"),
        [
            ("Rettelse: I en tidligere version stod der en forkert dato i artiklen.", "/ritzau/"),
            ("Berichtigung: In einer früheren Fassung stand ein falsches Datum.", "(©NTB)"),
        ],
    )
    def test_notes(self, correction: str, sign_off: str) -> None:
        """The correction is a correction note and the sign-off a trailer."""
        story = f"Havn udvides\n\nAARHUS (Ritzau) - Havnen udvides.\n\n{correction}\n\n{sign_off}\n"
        article = _read(story)
        assert ["Havnen udvides."] == [paragraph.text for paragraph in article.paragraphs]
        assert (
            Note(kind=NoteKind.CORRECTION, text=correction.split(": ", 1)[1]),
            Note(kind=NoteKind.TRAILER, text=sign_off),
        ) == article.notes

    @pytest.mark.parametrize(
        "source",
        [
            "Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin",
            "(Source: Reuters)",
            "Fuente: EFE",
        ],
    )
    def test_source_line_is_a_trailer(self, source: str) -> None:
        """A short last line naming the story's source is a trailer note, not body."""
        story = f"Havn udvides\n\nAARHUS (Ritzau) - Havnen udvides.\n\n{source}\n"
        article = _read(story)
        assert (["Havnen udvides."], (Note(kind=NoteKind.TRAILER, text=source),)) == (
            [paragraph.text for paragraph in article.paragraphs],
            article.notes,
        )
