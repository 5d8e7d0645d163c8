"""Tests of the NewsML-G2 format (formats/newsml): writer, reader and losses (issue 5).

Golden files: ``pytest tests/formats/test_newsml.py --update-golden`` rewrites
``tests/data/newsml/written/*.xml`` and the expectations of ``tests/data/newsml/valid`` and
``invalid``, for review.
"""

import csv
import datetime
import functools
import json
import warnings
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lxml import etree

import newsmodel
from newsmodel.errors import (
    LossWarning,
    NewsModelError,
    ParseError,
    SerializeError,
    ValidationError,
)
from newsmodel.formats import Parsed, ReadOptions, WriteOptions
from newsmodel.formats import json as json_format
from newsmodel.formats.newsml import NewsMLWarning, encode, losses, read, read_all, write
from newsmodel.formats.newsml._dates import parse_datetime
from newsmodel.model import (
    Article,
    Block,
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
    Subject,
)
from tests.strategies import (
    articles,
    characters,
    datelines,
    media,
    notes,
    people,
    sections,
    subjects,
    texts,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "newsml"
XHTML = WriteOptions()
WRITTEN_AT = datetime.datetime(2026, 3, 14, 9, 30, tzinfo=datetime.UTC)
"""The time of writing given to the writer for articles without dates."""
PUBLISHED_AT = datetime.datetime(2026, 2, 1, 8, 0, tzinfo=datetime.UTC)
MODIFIED_AT = datetime.datetime(
    2026, 2, 1, 10, 15, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
)
NITF = WriteOptions(newsml_body="nitf")
FIXED = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])

# ---------------------------------------------------------------------------------------------
# Helpers


@functools.cache
def _schema(standards: Path) -> etree.XMLSchema:
    """The NewsML-G2 2.35 Power schema with NITF 3.6, loaded offline through a driver schema."""
    driver = (
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:local:driver">'
        '<xs:import namespace="http://iptc.org/std/nar/2006-10-01/"'
        ' schemaLocation="newsml-g2/2.35/NewsML-G2_2.35-spec-All-Power.xsd"/>'
        '<xs:import namespace="http://iptc.org/std/NITF/2006-10-18/"'
        ' schemaLocation="nitf/3.6/nitf-3-6.xsd"/></xs:schema>'
    )
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    document = etree.fromstring(driver.encode(), parser, base_url=str(standards / "driver.xsd"))
    return etree.XMLSchema(document)


@pytest.fixture
def schema(shared_dir: Path) -> etree.XMLSchema:
    """The NewsML-G2 2.35 Power + NITF 3.6 schema from ../shared/standards."""
    return _schema(shared_dir / "standards")


def schema_errors(schema: etree.XMLSchema, text: str) -> list[str]:
    """The schema's complaints about a written document; empty when it is valid."""
    schema.validate(etree.fromstring(text.encode("utf-8")))
    return [f"{error.line}: {error.message}" for error in schema.error_log]


def read_recording(data: bytes, source: str | None = None) -> tuple[list[Parsed], list[str]]:
    """Every article of a document and the codes of the problems the reader forgave."""
    parsed = list(read_all(data, ReadOptions(source=source)))
    codes = [problem.code for one in parsed for problem in one.problems]
    return parsed, codes


def round_trip(article: Article, options: WriteOptions = XHTML) -> Article:
    """The article written as NewsML-G2 and read back."""
    parsed, _codes = read_recording(write(article, options).encode("utf-8"))
    return parsed[0].article


def nitf_carriable(article: Article) -> Article:
    """The article without what an NITF body cannot carry (see ``losses``)."""

    def person(speaker: Person | None) -> Person | None:
        return None if speaker is None else Person(name=speaker.name)

    def block(item: Block) -> Block:
        match item:
            case Paragraph(text=text, quotes=quotes):
                kept = tuple(attrs.evolve(q, speaker=person(q.speaker)) for q in quotes)
                return Paragraph(text=text, quotes=kept)
            case BlockQuote():
                return attrs.evolve(item, speaker=person(item.speaker))
        return item

    body = tuple(
        Section(
            heading=s.heading,
            blocks=tuple(
                block(b) for b in s.blocks if not (isinstance(b, ListBlock) and not b.items)
            ),
        )
        for s in article.sections
    )
    dateline = article.dateline
    if dateline is not None:
        dateline = attrs.evolve(dateline, year=None, month=None, day=None, source=None)
    return attrs.evolve(article, kicker=None, media=(), notes=(), sections=body, dateline=dateline)


# ---------------------------------------------------------------------------------------------
# Strategies: what NewsML-G2 carries


XML_TEXT = texts(characters(xml=True))
META = XML_TEXT.map(str.strip).filter(bool)
TOKEN = st.text(characters(xml=True).filter(lambda c: not c.isspace()), min_size=1, max_size=12)


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


CARRIABLE = articles(
    text=XML_TEXT,
    headline=META,
    subheadline=_maybe(META),
    source=_maybe(META),
    rights=_maybe(META),
    bylines=st.lists(
        people(
            text=XML_TEXT, name=META, title=st.none(), organization=_maybe(META), role=_maybe(TOKEN)
        ),
        max_size=3,
    ).map(tuple),
    dateline=_maybe(
        datelines(
            text=XML_TEXT, place=_maybe(META), region=_maybe(META), country=_maybe(META)
        ).filter(lambda d: d.text != "")
    ),
    keywords=st.lists(META, max_size=3).map(tuple),
    subjects=st.lists(
        subjects(text=XML_TEXT, name=_maybe(META)).filter(
            lambda s: bool(s.code) or s.name is not None
        ),
        max_size=3,
    ).map(tuple),
    notes=st.lists(notes(text=XML_TEXT.filter(bool)), max_size=2).map(tuple),
    media=st.lists(media(text=XML_TEXT, caption=_maybe(META), credit=_maybe(META)), max_size=2).map(
        tuple
    ),
    sections=st.lists(sections(text=XML_TEXT, max_blocks=4), max_size=3).map(tuple),
)
"""Articles whose every field NewsML-G2 with an XHTML body carries, nearly always."""

ANY_XML_ARTICLE = articles(text=XML_TEXT)
"""Any article XML can hold: NewsML-G2 may lose some of it."""


# ---------------------------------------------------------------------------------------------
# Writer


FULL = Article(
    headline="Harbour bridge reopens after repairs",
    subheadline="Traffic returns two weeks early.",
    kicker="Transport",
    bylines=(
        Person(name="Mara Quint", role="author", organization="Coastal Gazette"),
        Person(name="Ilya Brandt", role="photographer"),
    ),
    dateline=Dateline(
        text="PORT ELLIS, June 3 (CG)",
        place="PORT ELLIS",
        country="Freedonia",
        month=6,
        day=3,
        source="CG",
    ),
    published=datetime.datetime(
        2024, 6, 3, 9, 15, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
    ),
    modified=datetime.datetime(2024, 6, 3, 11, 0, 30, tzinfo=datetime.UTC),
    language="en-GB",
    source="Coastal Gazette",
    url="https://gazette.example/2024/06/bridge",
    id="urn:newsml:gazette.example:20240603:bridge",
    sections=(
        Section(
            blocks=(
                Paragraph(
                    text=(
                        "The bridge opened at dawn. “We are ahead of schedule,” said Mayor Ann Lee."
                    ),
                    quotes=(
                        Quote(
                            text="We are ahead of schedule,",
                            speaker=Person(name="Ann Lee", title="Mayor"),
                            start=28,
                            end=53,
                        ),
                    ),
                ),
                Figure(
                    media=Media(
                        url="https://gazette.example/img/bridge.jpg",
                        caption="Cars cross the bridge.",
                        credit="Ilya Brandt/CG",
                        alt="Cars on a steel bridge",
                    )
                ),
            )
        ),
        Section(
            heading="What changed",
            blocks=(
                BlockQuote(
                    text="The deck is new.", speaker=Person(name="Tom Ash", role="engineer")
                ),
                ListBlock(items=("New deck", "Wider lanes"), ordered=True),
            ),
        ),
    ),
    media=(
        Media(kind=MediaKind.VIDEO, url="https://gazette.example/v/bridge.mp4", caption="Opening"),
    ),
    keywords=("bridge", "traffic"),
    subjects=(Subject(code="medtop:20000664", name="transport"), Subject(name="Port Ellis")),
    notes=(Note(kind=NoteKind.CORRECTION, text="An earlier version misspelt the mayor's name."),),
    rights="(c) 2024 Coastal Gazette",
)

GOLDEN: dict[str, tuple[Article, WriteOptions]] = {
    "minimal": (Article(headline="Council approves budget"), attrs.evolve(XHTML, now=WRITTEN_AT)),
    "full-xhtml": (FULL, XHTML),
    "full-nitf": (FULL, NITF),
}


class TestWriter:
    """The newsItem the writer produces."""

    @pytest.mark.parametrize("case", sorted(GOLDEN))
    def test_golden_file(self, case: str, update_golden: bool) -> None:
        """The written file is byte-exact with the golden file."""
        article, options = GOLDEN[case]
        path = DATA / "written" / f"{case}.xml"
        actual = encode(write(article, options))
        if update_golden:
            path.write_bytes(actual)
        assert path.read_bytes() == actual

    @pytest.mark.shared
    @pytest.mark.parametrize("case", sorted(GOLDEN))
    def test_golden_file_validates(self, case: str, schema: etree.XMLSchema) -> None:
        """Each golden file validates against NewsML-G2 2.35 Power (and NITF 3.6)."""
        text = (DATA / "written" / f"{case}.xml").read_text("utf-8")
        expected: list[str] = []
        assert expected == schema_errors(schema, text.split("\n", 1)[1])

    @pytest.mark.shared
    @FIXED
    @given(ANY_XML_ARTICLE, st.sampled_from([XHTML, NITF]))
    def test_any_article_validates(
        self, schema: etree.XMLSchema, article: Article, options: WriteOptions
    ) -> None:
        """Whatever the article, the output validates against the schemas."""
        expected: list[str] = []
        assert expected == schema_errors(schema, write(article, options))

    @pytest.mark.parametrize(
        ("dates", "expected"),
        [
            ({"published": PUBLISHED_AT}, "2026-02-01T08:00:00Z"),
            ({"published": PUBLISHED_AT, "modified": MODIFIED_AT}, "2026-02-01T10:15:00+01:00"),
        ],
    )
    def test_version_created_from_dates(self, dates: dict[str, Any], expected: str) -> None:
        """versionCreated is the article's modified date, else its published date (issue 13)."""
        text = write(Article(headline="Dated", **dates), attrs.evolve(XHTML, now=WRITTEN_AT))
        assert f"<versionCreated>{expected}</versionCreated>" in text

    def test_no_date_gets_the_time_of_writing(self) -> None:
        """Without a date, versionCreated is WriteOptions.now, not 1970 (issue 13)."""
        text = write(Article(headline="Undated"), attrs.evolve(XHTML, now=WRITTEN_AT))
        assert "<versionCreated>2026-03-14T09:30:00Z</versionCreated>" in text

    def test_source_date_epoch(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without ``now``, SOURCE_DATE_EPOCH makes the output reproducible (issue 13)."""
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "1773480600")
        first = write(Article(headline="Undated"), XHTML)
        assert "<versionCreated>2026-03-14T09:30:00Z</versionCreated>" in first
        assert first == write(Article(headline="Undated"), XHTML)

    def test_bad_source_date_epoch(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A SOURCE_DATE_EPOCH that is not a number is a SerializeError that names it."""
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
        with pytest.raises(SerializeError, match="SOURCE_DATE_EPOCH"):
            write(Article(headline="Undated"), XHTML)

    def test_clock_without_option(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without ``now`` or SOURCE_DATE_EPOCH, the time of writing is the clock's."""
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
        before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        text = write(Article(headline="Undated"), XHTML)
        after = datetime.datetime.now(datetime.UTC)
        written = text.split("<versionCreated>")[1].split("</versionCreated>")[0]
        assert before <= datetime.datetime.fromisoformat(written) <= after

    def test_time_of_writing_is_not_read_as_modified(self) -> None:
        """The time of writing is no date of the article: it reads back as no date."""
        text = write(Article(headline="Undated"), attrs.evolve(XHTML, now=WRITTEN_AT))
        article = read(text.encode(), ReadOptions()).article
        assert (None, None) == (article.published, article.modified)

    def test_provider_from_source(self) -> None:
        """The provider is the article's source (issue 13)."""
        text = write(Article(headline="x", source="Kelmore Post"), XHTML)
        assert "<provider>\n      <name>Kelmore Post</name>\n    </provider>" in text

    @pytest.mark.parametrize("source", [None, "", "  "])
    def test_provider_default(self, source: str | None) -> None:
        """Without a source the provider is the documented default, never empty (issue 13), and
        it reads back as no source."""
        article = Article(headline="x", source=source)
        text = write(article, XHTML)
        assert '<provider literal="unknown"/>' in text
        assert None is read(text.encode(), ReadOptions()).article.source
        assert ("/source" in losses(article, XHTML)) is (source is not None)

    @pytest.mark.parametrize(
        ("options", "pointer"),
        [
            ({"newsml_body": "html"}, "/newsml_body"),
            ({"now": "2026-03-14T09:30:00Z"}, "/now"),
            ({"now": datetime.datetime(2026, 3, 14, 9, 30)}, "/now"),
        ],
    )
    def test_options_checked_when_built(self, options: dict[str, Any], pointer: str) -> None:
        """A bad newsml_body or now is refused when WriteOptions is built (issue 13)."""
        with pytest.raises(ValidationError) as info:
            WriteOptions(**options)
        assert [("invalid-value", pointer)] == [
            (p.code, p.location.pointer) for p in info.value.problems
        ]

    def test_guid_is_deterministic(self) -> None:
        """Without an id, the guid derives from the content: same article, same guid."""
        first = write(Article(headline="Same"), XHTML)
        second = write(Article(headline="Same"), XHTML)
        other = write(Article(headline="Other"), XHTML)
        assert (first == second, first == other) == (True, False)

    def test_guid_is_the_ninjs_uri(self) -> None:
        """NewsML-G2 and ninjs give an article without id the same id (issue 13)."""
        article = Article(headline="Same", url="https://example.org/same")
        guid = write(article, XHTML).split('guid="')[1].split('"')[0]
        uri = json.loads(newsmodel.dumps(article, format="ninjs"))["uri"]
        assert (guid, True) == (uri, guid.startswith("urn:newsmodel:sha256:"))

    def test_empty_id_is_lost(self) -> None:
        """An empty id is written as the derived guid, and announced lost."""
        article = Article(headline="x", id="")
        assert "/id" in losses(article, XHTML)
        assert None is read(write(article, XHTML).encode(), ReadOptions()).article.id

    def test_id_that_only_starts_like_a_derived_one(self) -> None:
        """An id with the derived prefix but no digest is the article's own: read back, in
        NewsML-G2 as in ninjs."""
        article = Article(headline="x", id="urn:newsmodel:sha256:our-own-scheme")
        newsml = newsmodel.loads(
            newsmodel.dumps(article, format="newsml").encode(), format="newsml"
        )
        ninjs = newsmodel.loads(newsmodel.dumps(article, format="ninjs").encode(), format="ninjs")
        assert (article.id, article.id) == (newsml.id, ninjs.id)

    @pytest.mark.parametrize("options", [XHTML, NITF], ids=["xhtml", "nitf"])
    def test_figure_without_url(self, options: WriteOptions) -> None:
        """A figure without a URL has no media element without src; its alt and a kind that
        cannot be told are announced lost, and the caption comes back (issue 13)."""
        figure = Figure(media=Media(kind="video", caption="The quay", alt="Waves"))
        article = Article(
            headline="x", sections=(Section(blocks=(figure,)),), media=(Media(alt="Lead"),)
        )
        text = write(article, options)
        assert ("<img" in text, "<video" in text) == (False, False)
        back = read(text.encode(), ReadOptions()).article
        lost = losses(article, options)
        if options is XHTML:
            assert [
                "/sections/0/blocks/0/media/kind",
                "/sections/0/blocks/0/media/alt",
                "/media/0/alt",
            ] == [p for p in lost if "media" in p]
            assert Figure(media=Media(caption="The quay")) == back.sections[0].blocks[0]
            assert (Media(),) == back.media

    def test_offsets_with_seconds_become_utc(self) -> None:
        """An offset xs:dateTime cannot write (seconds) is converted to UTC."""
        zone = datetime.timezone(datetime.timedelta(hours=1, seconds=30))
        article = Article(headline="x", published=datetime.datetime(2024, 1, 1, 12, tzinfo=zone))
        assert "<contentCreated>2024-01-01T10:59:30Z</contentCreated>" in write(article, XHTML)

    def test_character_xml_cannot_carry(self) -> None:
        """U+FFFE in a text is a SerializeError naming the field."""
        with pytest.raises(SerializeError) as caught:
            write(Article(headline="x", keywords=("a\ufffe",)), XHTML)
        expected = "/keywords/0"
        assert expected == caught.value.pointer

    def test_dumps_has_no_declaration_and_encode_adds_it(self) -> None:
        """dumps returns text without an XML declaration; encode puts it before UTF-8 bytes."""
        text = newsmodel.dumps(Article(headline="Talks"), format="newsml")
        expected = (False, True)
        assert expected == (text.startswith("<?xml"), encode(text).startswith(b"<?xml"))


class TestLosses:
    """What NewsML-G2 cannot carry is named."""

    def test_full_article_xhtml(self) -> None:
        """With XHTML, the full example loses nothing."""
        expected: tuple[str, ...] = ()
        assert expected == losses(FULL, XHTML)

    def test_full_article_nitf(self) -> None:
        """With NITF, speaker details, the kicker, media, notes and dateline parts are named."""
        expected = (
            "/kicker",
            "/dateline/month",
            "/dateline/day",
            "/dateline/source",
            "/sections/0/blocks/0/quotes/0/speaker/title",
            "/sections/1/blocks/0/speaker/role",
            "/media/0",
            "/notes/0",
        )
        assert expected == losses(FULL, NITF)

    def test_metadata_padding_and_titles(self) -> None:
        """Padded metadata, a byline title and a role with a space are named."""
        article = Article(
            headline=" Padded",
            bylines=(Person(name="A", title="Editor", role="chief editor"),),
            language="not a tag",
        )
        expected = ("/headline", "/bylines/0/title", "/bylines/0/role", "/language")
        assert expected == losses(article, XHTML)

    def test_api_warns_and_strict_refuses(self) -> None:
        """dumps warns with the lost fields; strict mode raises SerializeError."""
        article = Article(headline="x", keywords=(" k",))
        with pytest.warns(LossWarning, match="/keywords/0"):
            newsmodel.dumps(article, format="newsml")
        with pytest.raises(SerializeError):
            newsmodel.dumps(article, format="newsml", strict=True)


class TestRoundTrip:
    """loads(dumps(a)) == a for everything NewsML-G2 carries; losses names the rest."""

    def test_full_article_xhtml(self) -> None:
        """The full example comes back whole with an XHTML body."""
        expected = FULL
        assert expected == round_trip(FULL, XHTML)

    def test_full_article_nitf(self) -> None:
        """With NITF, everything but what losses names comes back."""
        assert nitf_carriable(FULL) == round_trip(FULL, NITF)

    def test_minimal_article(self) -> None:
        """No id and no date read back as none (the derived guid and the epoch)."""
        article = Article(headline="Council approves budget")
        assert article == round_trip(article)

    @given(CARRIABLE)
    def test_carriable_articles_xhtml(self, article: Article) -> None:
        """Articles NewsML-G2 carries come back equal (XHTML body)."""
        assume(losses(article, XHTML) == ())
        assert article == round_trip(article, XHTML)

    @given(CARRIABLE.map(nitf_carriable))
    def test_carriable_articles_nitf(self, article: Article) -> None:
        """Articles an NITF body carries come back equal."""
        assume(losses(article, NITF) == ())
        assert article == round_trip(article, NITF)

    @given(ANY_XML_ARTICLE, st.sampled_from([XHTML, NITF]))
    def test_no_losses_means_equal(self, article: Article, options: WriteOptions) -> None:
        """When losses names nothing, the article comes back equal."""
        if losses(article, options) == ():
            assert article == round_trip(article, options)
        else:
            assert isinstance(round_trip(article, options), Article)

    @given(ANY_XML_ARTICLE, st.sampled_from([XHTML, NITF]))
    def test_stable_through_reload(self, article: Article, options: WriteOptions) -> None:
        """Writing what was read gives the same document again (the time of writing is fixed:
        an article without dates is stamped with it, and the clock may tick between writes)."""
        options = attrs.evolve(options, now=WRITTEN_AT)
        once = round_trip(article, options)
        assert write(once, options) == write(round_trip(once, options), options)

    def test_api_round_trip(self) -> None:
        """newsmodel.loads(newsmodel.dumps(a, format="newsml"), format="newsml") == a."""
        text = newsmodel.dumps(FULL, format="newsml")
        expected = FULL
        assert expected == newsmodel.loads(text, format="newsml")


# ---------------------------------------------------------------------------------------------
# Reader


def _valid_cases() -> list[str]:
    return sorted(path.stem for path in (DATA / "valid").glob("*.xml"))


def _invalid_cases() -> list[str]:
    return sorted(path.stem for path in (DATA / "invalid").glob("*.xml"))


class TestReader:
    """Reading real-world NewsML-G2: invented fixtures in tests/data/newsml."""

    @pytest.mark.parametrize("case", _valid_cases())
    def test_valid_case(self, case: str, update_golden: bool) -> None:
        """Each fixture reads to the articles in <case>.json, forgiving <case>.warnings."""
        source = DATA / "valid" / f"{case}.xml"
        parsed, codes = read_recording(source.read_bytes(), source.name)
        actual = [json_format.to_data(p.article) for p in parsed]
        expected_path = source.with_suffix(".json")
        warnings_path = source.with_suffix(".warnings")
        if update_golden:
            expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n")
            warnings_path.write_text("".join(f"{code}\n" for code in codes))
        expected = json.loads(expected_path.read_text("utf-8"))
        assert (expected, warnings_path.read_text().split()) == (actual, codes)

    @pytest.mark.parametrize("case", _invalid_cases())
    def test_invalid_case(self, case: str, update_golden: bool) -> None:
        """Each broken file raises the error in <case>.error.json, with its code and line."""
        source = DATA / "invalid" / f"{case}.xml"
        with pytest.raises(NewsModelError) as caught:
            read(source.read_bytes(), ReadOptions(source=source.name))
        error = caught.value
        assert isinstance(error, ParseError)
        actual = {"class": type(error).__name__, "code": error.code, "line": error.location.line}
        expected_path = DATA / "invalid" / f"{case}.error.json"
        if update_golden:
            expected_path.write_text(json.dumps(actual, indent=2) + "\n")
        assert json.loads(expected_path.read_text()) == actual

    def test_read_returns_the_first_text_item(self) -> None:
        """read skips the picture and returns the message's first text item."""
        data = (DATA / "valid" / "no-namespace-message.xml").read_bytes()
        actual = read(data, ReadOptions()).article.headline
        expected = "Library opens a night reading room"
        assert expected == actual

    def test_forgiven_faults_are_located_problems(self) -> None:
        """A forgiven +0100 offset is a problem with its code and the element's line, returned
        beside the article; the reader itself issues no warning (#10)."""
        data = (DATA / "valid" / "agency-offsets.xml").read_bytes()
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            parsed = read(data, ReadOptions(source="story.xml"))
        problems = {problem.code: problem for problem in parsed.problems}
        offset = problems["nonstandard-offset"].location
        expected = ("story.xml", 9, "warning")
        assert expected == (offset.source, offset.line, problems["nonstandard-offset"].severity)

    def test_the_api_warns_once_per_problem(self) -> None:
        """newsmodel.loads issues one NewsMLWarning per forgiven problem, carrying it (#10)."""
        data = (DATA / "valid" / "agency-offsets.xml").read_bytes()
        expected = read(data, ReadOptions(source="story.xml")).problems
        with pytest.warns(NewsMLWarning) as caught:
            newsmodel.loads(data, format="newsml", source="story.xml")
        actual = tuple(w.message.problem for w in caught if isinstance(w.message, NewsMLWarning))
        assert expected == actual

    def test_str_with_foreign_declaration(self) -> None:
        """A str declaring another encoding is read as the characters it holds (no mojibake)."""
        text = (
            '<?xml version="1.0" encoding="ISO-8859-1"?>'
            '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g"><itemMeta>'
            '<itemClass qcode="ninat:text"/><provider literal="p"/>'
            "<versionCreated>2024-01-01T00:00:00Z</versionCreated></itemMeta>"
            "<contentMeta><headline>Café reopens</headline></contentMeta></newsItem>"
        )
        expected = "Café reopens"
        assert expected == newsmodel.loads(text, format="newsml").headline

    def test_locations(self) -> None:
        """The headline's line is reported beside the article."""
        data = (DATA / "valid" / "xhtml-dateline-span.xml").read_bytes()
        parsed = read(data, ReadOptions(source="g.xml"))
        expected = 16
        assert expected == parsed.locations["/headline"].line


class TestAnyBytes:
    """Any bytes give an article or a NewsModelError, never another exception."""

    @given(
        st.sampled_from(sorted(GOLDEN)),
        st.lists(st.tuples(st.integers(0, 5000), st.binary(max_size=8)), min_size=1, max_size=4),
    )
    def test_mutated_documents(self, case: str, edits: list[tuple[int, bytes]]) -> None:
        """Golden files with bytes replaced read or fail with a NewsModelError."""
        data = bytearray(encode(write(*GOLDEN[case])))
        for position, replacement in edits:
            at = position % len(data)
            data[at : at + len(replacement)] = replacement
        try:
            parsed = list(read_all(bytes(data), ReadOptions()))
        except NewsModelError:
            parsed = []
        assert all(isinstance(p.article, Article) for p in parsed)

    @given(st.binary(max_size=200))
    def test_random_bytes(self, data: bytes) -> None:
        """Random bytes are not a newsItem: a ParseError, never another exception."""
        with pytest.raises(ParseError):
            read(data, ReadOptions())


class TestDates:
    """Dates as real files write them."""

    @pytest.mark.parametrize(
        ("text", "expected", "codes"),
        [
            ("2024-05-01T09:30:00Z", "2024-05-01T09:30:00+00:00", []),
            ("2024-05-01T09:30:00+0100", "2024-05-01T09:30:00+01:00", ["nonstandard-offset"]),
            (" 2024-05-01T09:30:00-05:00\n", "2024-05-01T09:30:00-05:00", ["padded-date"]),
            ("2024-05-01T09:30:00", "2024-05-01T09:30:00+00:00", ["missing-offset"]),
            ("2024-05-01", "2024-05-01T00:00:00+00:00", ["date-without-time"]),
            ("2024-05-01T09:30:00.25+02:00", "2024-05-01T09:30:00.250000+02:00", []),
            ("", None, ["empty-date"]),
            ("yesterday", None, ["unparsable-date"]),
            ("2024-02-30T00:00:00Z", None, ["unparsable-date"]),
        ],
    )
    def test_parse(self, text: str, expected: str | None, codes: list[str]) -> None:
        """Each form gives the instant (or none) and names what was forgiven."""
        value, forgiven = parse_datetime(text)
        actual = (None if value is None else value.isoformat(), [code for code, _ in forgiven])
        assert (expected, codes) == actual


# ---------------------------------------------------------------------------------------------
# IPTC's examples


def _text_items(root: etree._Element) -> list[etree._Element]:
    """The newsItems with itemClass ninat:text, found independently of the reader."""
    found = []
    for item in root.iter("{*}newsItem", "newsItem"):
        item_class = item.find("{*}itemMeta/{*}itemClass")
        if item_class is None:
            item_class = item.find("itemMeta/itemClass")
        if item_class is not None and (item_class.get("qcode") or "").endswith(":text"):
            found.append(item)
    return found


def _headline(item: etree._Element) -> str | None:
    """The item's main headline, whitespace collapsed, or None."""
    for meta in item:
        if not isinstance(meta.tag, str) or etree.QName(meta).localname != "contentMeta":
            continue
        for element in meta:
            if not isinstance(element.tag, str):
                continue
            if etree.QName(element).localname == "headline" and not element.get("role"):
                return " ".join("".join(element.itertext()).split())
    return None


@pytest.mark.shared
def test_iptc_examples_read_with_their_headlines(shared_dir: Path) -> None:
    """Every text item among IPTC's examples reads, with its own headline (issue 5)."""
    corpus = shared_dir / "corpus" / "newsml"
    with (corpus / "index.tsv").open(encoding="utf-8") as handle:
        rows = [
            row for row in csv.DictReader(handle, delimiter="\t") if row["file"].endswith(".xml")
        ]
    expected: list[tuple[str, str | None]] = []
    actual: list[tuple[str, str | None]] = []
    for row in rows:
        if not row["kind"].startswith(("newsItem", "newsMessage")):
            continue
        data = (corpus / row["file"]).read_bytes()
        items = _text_items(etree.fromstring(data, etree.XMLParser(resolve_entities=False)))
        parsed, _codes = read_recording(data, row["file"])
        expected.extend((row["file"], _headline(item)) for item in items)
        actual.extend(
            (row["file"], p.article.headline if _headline(item) is not None else None)
            for p, item in zip(parsed, items, strict=False)
        )
    assert len(expected) >= 10
    assert expected == actual
