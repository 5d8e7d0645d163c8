"""The ``ninjs`` format: IPTC ninjs 1.x, 2.x and 3.x, both directions (issue 5).

Writer output is checked against IPTC's schema of the version written (golden files and Hypothesis
samples, every version); reading what was written gives back every field the version carries; what
it cannot carry is reported; IPTC's own examples read and write back valid; bad documents give
errors with JSON pointers.
"""

import datetime
import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource

import newsmodel
from newsmodel import (
    Article,
    BlockQuote,
    Dateline,
    Figure,
    ListBlock,
    LossWarning,
    Media,
    MediaKind,
    Note,
    NoteKind,
    Paragraph,
    ParseError,
    Person,
    Problem,
    Quote,
    Section,
    SerializeError,
    Subject,
    ValidationError,
)
from newsmodel.formats import ReadOptions, WriteOptions, format_for_path, sniff
from newsmodel.formats.ninjs import (
    VERSIONS,
    NinjsReadWarning,
    detect_version,
    losses,
    read,
    read_all,
    write,
)
from newsmodel.formats.ninjs._spec import DEFAULT_VERSION
from tests.conftest import DATA, SHARED
from tests.formats.conftest import describe_error, write_json
from tests.strategies import articles, datelines, notes, people

UTC = datetime.UTC
CEST = datetime.timezone(datetime.timedelta(hours=2))
GOLDEN = DATA / "ninjs" / "written"
LATEST = {"1": "1.6", "2": "2.2", "3": "3.1"}


# ---------------------------------------------------------------------------------------------
# Helpers


def _no_retrieval(uri: str) -> Resource[Any]:
    raise NoSuchResource(uri)


_VALIDATORS: dict[str, Validator] = {}


def schema_validator(shared: Path, version: str) -> Validator:
    """The validator of IPTC's schema for ``version``, resolving every ``$ref`` offline."""
    if version not in _VALIDATORS:
        folder = shared / "standards" / "ninjs"
        schema = json.loads((folder / version / f"ninjs-schema_{version}.json").read_text())
        geojson = json.loads((folder / "geojson" / "GeoJSON.json").read_text())
        own_id = (schema.get("$id") or schema["id"]).rstrip("#")
        registry: Registry[Any] = Registry(retrieve=_no_retrieval).with_resources(  # type: ignore[call-arg]
            [
                ("https://geojson.org/schema/GeoJSON.json", Resource.from_contents(geojson)),
                (own_id, Resource.from_contents(schema)),
            ]
        )
        _VALIDATORS[version] = validator_for(schema)(schema, registry=registry)
    return _VALIDATORS[version]


def schema_errors(shared: Path, version: str, document: str) -> list[str]:
    """The schema's complaints about a written document, as ``path: message`` lines."""
    validator = schema_validator(shared, version)
    return [
        f"{error.json_path}: {error.message}"
        for error in validator.iter_errors(json.loads(document))
    ]


def options(version: str) -> WriteOptions:
    return WriteOptions(ninjs_version=version)


def read_quietly(text: str) -> Article:
    """Read a document, failing on any warning (what newsmodel writes needs no forgiving)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return read(text.encode(), ReadOptions()).article


def carried(article: Article, lost: tuple[str, ...]) -> dict[str, object]:
    """The article's top-level fields that no lost pointer touches."""
    kept = {}
    for field in attrs.fields(Article):
        pointer = f"/{field.name}"
        if any(p == pointer or p.startswith(pointer + "/") for p in lost):
            continue
        kept[field.name] = getattr(article, field.name)
    return kept


_LEAD = "The ferry left at dawn. “It feels like spring,” said the captain."
_SAID = "It feels like spring,"

STORY = Article(
    headline="Harbour ferry returns after a winter ashore",
    subheadline="The 1932 steamer carries passengers again from Monday",
    kicker="Transport",
    bylines=(
        Person(name="Mira Okafor", role="author"),
        Person(name="Tom Lind"),
        Person(name="Ana Ruiz", role="drone pilot"),
    ),
    dateline=Dateline(text="PORT ELLEN", place="PORT ELLEN"),
    published=datetime.datetime(2026, 3, 2, 7, 30, tzinfo=CEST),
    modified=datetime.datetime(2026, 3, 2, 9, 5, 30, tzinfo=UTC),
    language="en-GB",
    source="Island Wire",
    url="https://news.example/ferry-returns",
    id="urn:example:island-wire:4711",
    sections=(
        Section(
            blocks=(
                Paragraph(
                    text=_LEAD,
                    quotes=(
                        Quote(
                            text=_SAID,
                            speaker=Person(name="Ola Berg", title="Captain"),
                            start=_LEAD.index(_SAID),
                            end=_LEAD.index(_SAID) + len(_SAID),
                        ),
                    ),
                ),
                Figure(
                    media=Media(
                        url="https://news.example/img/ferry.jpg",
                        caption="The ferry at the pier",
                        credit="Island Wire/K. Moss",
                        alt="A white steamer",
                    )
                ),
            )
        ),
        Section(
            heading="Timetable",
            blocks=(
                ListBlock(items=("Monday to Friday: 8:00", "Weekends: 10:00"), ordered=True),
                BlockQuote(
                    text="Book early & travel light.", speaker=Person(name="Harbour Office")
                ),
            ),
        ),
    ),
    media=(
        Media(
            url="https://news.example/img/lead.jpg",
            caption="Passengers board <again>",
            credit="K. Moss",
            alt="People on a gangway",
        ),
        Media(kind=MediaKind.VIDEO, url="https://news.example/video/departure.mp4"),
        Media(kind=MediaKind.EMBED, caption="A post from the harbour office"),
    ),
    subjects=(
        Subject(code="medtop:20000512", name="transport"),
        Subject(code="http://cv.iptc.org/newscodes/mediatopic/20000516", name="maritime"),
    ),
    notes=(Note(kind=NoteKind.EDITORS_NOTE, text="Times are local."),),
    rights="(c) 2026 Island Wire",
)
"""An invented story that uses every field ninjs 3.x carries."""


# ---------------------------------------------------------------------------------------------
# Writing


class TestGolden:
    """Byte-exact writer output, one file per version family and the oldest version."""

    @pytest.mark.parametrize("version", ["1.0", "1.6", "2.2", "3.1"])
    def test_story(self, version: str, update_golden: bool) -> None:
        """The story is written exactly as the golden file (``--update-golden`` rewrites it)."""
        path = GOLDEN / f"story-{version}.json"
        written = write(STORY, options(version))
        if update_golden:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(written, encoding="utf-8")
        assert path.read_text(encoding="utf-8") == written

    @pytest.mark.shared
    @pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.name)
    def test_golden_files_validate(self, shared_dir: Path, path: Path) -> None:
        """Every golden file validates against the IPTC schema of its version."""
        version = path.stem.rpartition("-")[2]
        assert not schema_errors(shared_dir, version, path.read_text(encoding="utf-8"))

    def test_dumps_defaults_to_3_1(self) -> None:
        """``dumps(format="ninjs")`` writes 3.1 when no version is asked for."""
        written = newsmodel.dumps(Article(headline="Talks resume", id="a"), format="ninjs")
        expected = "3.1"
        assert expected == json.loads(written)["standard"]["version"]

    def test_keys_per_version(self) -> None:
        """1.x, 2.x and 3.x spell the same fields their own way."""
        spelled = {v: json.loads(write(STORY, options(v))) for v in ("1.6", "2.2", "3.1")}
        assert {"headline", "byline", "person", "body_html", "firstcreated"} <= set(spelled["1.6"])
        assert {"headlines", "by", "people", "bodies", "firstcreated"} <= set(spelled["2.2"])
        assert {"headlines", "by", "people", "bodies", "firstCreated"} <= set(spelled["3.1"])
        expected = "text/html"
        assert expected == spelled["3.1"]["bodies"][0]["contentType"]

    def test_uri_falls_back_to_a_content_urn(self) -> None:
        """``uri`` is the id, else the URN that depends only on the content, the same as the
        NewsML-G2 guid, with or without a URL (issue 13)."""
        bare = Article(headline="Talks resume")
        with_url = attrs.evolve(bare, url="https://news.example/talks")
        expected = newsmodel.formats.newsml.article_guid(with_url)
        assert expected == json.loads(write(with_url, options("3.1")))["uri"]
        assert expected == json.loads(write(with_url, options("1.0")))["uri"]
        first = json.loads(write(bare, options("3.1")))["uri"]
        assert first == json.loads(write(bare, options("3.1")))["uri"]
        assert first.startswith("urn:newsmodel:sha256:")
        other = json.loads(write(Article(headline="Talks end"), options("3.1")))["uri"]
        assert first != other

    def test_bylines(self) -> None:
        """Bylines become the display ``by`` and ``people`` entries whose rel names the role."""
        document = json.loads(write(STORY, options("3.1")))
        expected = "Mira Okafor, Tom Lind and Ana Ruiz"
        assert expected == document["by"]
        expected_people = [
            {"name": "Mira Okafor", "rel": "author"},
            {"name": "Tom Lind", "rel": "byline"},
            {"name": "Ana Ruiz", "rel": "byline:drone pilot"},
        ]
        assert expected_people == document["people"]

    def test_associations(self) -> None:
        """Article-level media are associations with caption, alt text and credit."""
        document = json.loads(write(STORY, options("3.1")))
        lead = document["associations"][0]
        expected = ("featureimage", "picture", "K. Moss")
        assert expected == (lead["name"], lead["type"], lead["by"])
        expected_descriptions = [
            {"role": "caption", "value": "Passengers board <again>"},
            {"role": "alt", "value": "People on a gangway"},
        ]
        assert expected_descriptions == lead["descriptions"]
        expected_names = ["video2", "embed3"]
        assert expected_names == [a["name"] for a in document["associations"][1:]]

    def test_unknown_version(self) -> None:
        """An unknown version is refused when the options are built (issue 13), with a message
        that lists the known ones."""
        with pytest.raises(ValidationError, match=r"unknown ninjs version '4\.0'.*3\.1") as info:
            options("4.0")
        assert ["invalid-value /ninjs_version"] == [
            f"{p.code} {p.location.pointer}" for p in info.value.problems
        ]

    def test_default_version_is_known(self) -> None:
        """The options' default version is the newest the writer knows."""
        assert (DEFAULT_VERSION, VERSIONS[-1]) == (WriteOptions().ninjs_version,) * 2


@pytest.mark.shared
class TestSchemas:
    """Everything the writer produces validates against the IPTC schema of its version."""

    @pytest.mark.parametrize("version", VERSIONS)
    def test_story(self, shared_dir: Path, version: str) -> None:
        """The full story validates in every version."""
        assert not schema_errors(shared_dir, version, write(STORY, options(version)))

    @settings(max_examples=60)
    @given(
        article=st.one_of(articles(), articles(fill="all"), articles(fill="none")),
        version=st.sampled_from(VERSIONS),
    )
    def test_samples(self, article: Article, version: str) -> None:
        """Generated articles validate, whatever the version."""
        # The fixture is function-scoped, so Hypothesis reads the shared folder itself.
        if not (SHARED / "standards").is_dir():
            pytest.skip(f"needs the IPTC schemas at {SHARED}, which are absent")
        assert not schema_errors(SHARED, version, write(article, options(version)))


# ---------------------------------------------------------------------------------------------
# Round trips and losses


LOSSLESS = articles(
    dateline=st.none() | datelines(text=st.just("SALTVIK"), fill="none"),
    keywords=st.just(()),
    bylines=st.lists(people(title=st.none(), organization=st.none()), max_size=3).map(tuple),
    notes=st.lists(notes(kind=st.just(NoteKind.EDITORS_NOTE)), max_size=1).map(tuple),
)
"""Articles without what ninjs 2.x and 3.x cannot carry (the texts may still be empty)."""


class TestRoundTrip:
    """``loads(dumps(a))`` gives back everything the version carries (issue 5)."""

    def test_story(self) -> None:
        """The story comes back whole from 2.x and 3.x."""
        for version in ("2.0", "2.2", "3.0", "3.1"):
            expected = STORY
            assert expected == read_quietly(write(STORY, options(version)))

    def test_story_1_x(self) -> None:
        """1.3 to 1.6 carry the story whole too; 1.0 keeps what it has properties for."""
        expected = STORY
        assert expected == read_quietly(write(STORY, options("1.6")))
        back = read_quietly(write(STORY, options("1.0")))
        expected_from_1_0 = attrs.evolve(
            STORY, kicker=None, published=None, source=None, url=None, notes=()
        )
        assert expected_from_1_0 == back

    @given(article=LOSSLESS, version=st.sampled_from(VERSIONS[7:]))
    def test_lossless_articles(self, article: Article, version: str) -> None:
        """An article with nothing to lose comes back equal, or losses() says why not."""
        text = write(article, options(version))
        lost = losses(article, options(version))
        back = read_quietly(text)
        assert carried(article, lost) == carried(back, lost)
        assert (article == back) == (not lost)

    @given(article=st.one_of(articles(), articles(fill="all")), version=st.sampled_from(VERSIONS))
    def test_everything_carried_comes_back(self, article: Article, version: str) -> None:
        """Every field no loss names reads back unchanged, in every version."""
        lost = losses(article, options(version))
        back = read_quietly(write(article, options(version)))
        assert carried(article, lost) == carried(back, lost)

    @given(article=st.one_of(articles(), articles(fill="all")))
    def test_dumps_is_stable(self, article: Article) -> None:
        """Writing the article read back gives the same document again: at once when nothing
        is lost, else from the second write on."""
        first = write(article, options("3.1"))
        second = write(read_quietly(first), options("3.1"))
        if not losses(article, options("3.1")):
            assert first == second
        assert second == write(read_quietly(second), options("3.1"))


class TestLosses:
    """What a version cannot carry is named, warned about, or refused in strict mode."""

    def test_what_every_version_loses(self) -> None:
        """Keywords, dateline details, other notes and a byline's title are lost everywhere."""
        article = Article(
            headline="Talks resume",
            bylines=(Person(name="Jo Park", title="Correspondent", organization="Wire"),),
            dateline=Dateline(text="OSLO, May 4 (Wire)", place="OSLO", month=5, day=4),
            keywords=("talks",),
            notes=(
                Note(kind=NoteKind.CORRECTION, text="An earlier version misspelt a name."),
                Note(kind=NoteKind.EDITORS_NOTE, text="Embargoed until noon."),
            ),
        )
        expected = (
            "/bylines/0/title",
            "/bylines/0/organization",
            "/dateline/text",
            "/dateline/month",
            "/dateline/day",
            "/keywords",
            "/notes/0",
        )
        assert expected == losses(article, options("3.1"))

    def test_old_versions_lose_more(self) -> None:
        """1.0 has no firstcreated, infosource, altids, ednote, or headline roles."""
        expected = ("/kicker", "/published", "/source", "/url", "/notes/0")
        assert expected == losses(STORY, options("1.0"))
        nothing: tuple[str, ...] = ()
        assert nothing == losses(STORY, options("1.3"))

    @settings(max_examples=60, deadline=None)
    @given(dateline=datelines())
    def test_dateline_losses_are_what_happens(self, dateline: Dateline) -> None:
        """Each dateline part named lost reads back different, and every other part reads back
        equal: the loss announced is the loss that happens (issue 13)."""
        article = Article(headline="Talks resume", dateline=dateline)
        lost = losses(article, options("3.1"))
        back = read_quietly(write(article, options("3.1"))).dateline
        if "/dateline" in lost:
            assert None is back
            return
        assert back is not None
        for field in attrs.fields(Dateline):
            named = f"/dateline/{field.name}" in lost
            assert named is (getattr(dateline, field.name) != getattr(back, field.name)), field

    def test_dateline_without_place_is_lost_whole(self) -> None:
        """A dateline with no place, region or country is not written, and named whole."""
        article = Article(headline="x", dateline=Dateline(text="May 4", month=5, day=4))
        assert ("/dateline",) == losses(article, options("3.1"))
        assert None is read_quietly(write(article, options("3.1"))).dateline

    def test_a_dateline_reduced_to_its_place_is_kept(self) -> None:
        """A dateline that is only a place goes into ``located`` and comes back."""
        article = Article(headline="Talks resume", dateline=Dateline(text="OSLO", place="OSLO"))
        expected = ()
        assert expected == losses(article, options("3.1"))
        assert article == read_quietly(write(article, options("3.1")))

    def test_dumps_warns(self) -> None:
        """``dumps`` names the lost fields in a LossWarning."""
        article = Article(headline="Talks resume", keywords=("talks",))
        with pytest.warns(LossWarning) as caught:
            newsmodel.dumps(article, format="ninjs")
        expected = ("/keywords",)
        assert expected == caught[0].message.fields  # type: ignore[union-attr]

    def test_strict_refuses(self) -> None:
        """``strict=True`` refuses a lossy write, pointing at the first lost field."""
        article = Article(headline="Talks resume", keywords=("talks",))
        with pytest.raises(SerializeError) as caught:
            newsmodel.dumps(article, format="ninjs", strict=True)
        expected = "/keywords"
        assert expected == caught.value.pointer

    def test_empty_strings_are_named(self) -> None:
        """An empty optional text reads back as absent, so it is reported."""
        article = Article(headline="Talks resume", rights="", media=(Media(caption=""),))
        expected = ("/rights", "/media/0/caption")
        assert expected == losses(article, options("3.1"))


# ---------------------------------------------------------------------------------------------
# Reading


def _doc(**fields: object) -> bytes:
    return json.dumps({"uri": "urn:example:1", **fields}).encode()


def _read(data: bytes) -> Article:
    return read(data, ReadOptions(source="story.json")).article


def _forgiven(data: bytes) -> tuple[Article, tuple[Problem, ...]]:
    """The article and what the reader forgave, read without any warning being issued."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parsed = read(data, ReadOptions(source="story.json"))
    return parsed.article, parsed.problems


class TestRead:
    """Reading documents of every version, and what real producers send."""

    def test_1_x(self) -> None:
        """1.x properties: headline, byline, body_text, description_text, subject code+scheme."""
        data = _doc(
            headline="Talks resume",
            headline_sub="Both sides return to the table",
            byline="By Jo Park and Li Wei",
            body_text="First paragraph.\n\nSecond\nparagraph.",
            subject=[{"name": "diplomacy", "scheme": "http://cv.example/topics/", "code": "42"}],
            versioncreated="2024-05-04T10:00:00+02:00",
        )
        expected = Article(
            headline="Talks resume",
            subheadline="Both sides return to the table",
            bylines=(Person(name="Jo Park"), Person(name="Li Wei")),
            id="urn:example:1",
            modified=datetime.datetime(2024, 5, 4, 10, tzinfo=CEST),
            sections=(
                Section(
                    blocks=(
                        Paragraph(text="First paragraph."),
                        Paragraph(text="Second paragraph."),
                    )
                ),
            ),
            subjects=(Subject(code="http://cv.example/topics/42", name="diplomacy"),),
        )
        assert expected == _read(data)

    def test_1_x_subject_schemes(self) -> None:
        """A scheme URI prefixes its code; a vocabulary name makes a QCode."""
        subject = [
            {"code": "it", "scheme": "http://cvx.iptc.org/iso3166-1a2/"},
            {"code": "i", "scheme": "category", "name": "International"},
            {"code": "http://cv.example/x/1", "scheme": "http://cv.example/x/"},
        ]
        expected = (
            Subject(code="http://cvx.iptc.org/iso3166-1a2/it"),
            Subject(code="category:i", name="International"),
            Subject(code="http://cv.example/x/1"),
        )
        assert expected == _read(_doc(headline="Talks", subject=subject)).subjects

    def test_3_x_picture_item(self) -> None:
        """A picture item is an article whose media is the picture itself."""
        data = _doc(
            type="picture",
            headlines=[{"value": "Harbour at dusk"}],
            by="K. Moss",
            descriptions=[{"role": "caption", "value": "Boats in the harbour"}],
            renditions=[
                {"name": "thumb", "href": "https://img.example/t.jpg"},
                {"name": "original", "href": "https://img.example/o.jpg"},
            ],
        )
        article = _read(data)
        expected = Media(
            url="https://img.example/o.jpg", caption="Boats in the harbour", credit="K. Moss"
        )
        assert (expected,) == article.media
        assert article.subheadline is None

    def test_nitf_body(self) -> None:
        """An NITF body reads into sections: hl2 starts one, bq is a block quote."""
        nitf = (
            "<nitf><body><body.content><p>One.</p><hl2>Two</hl2>"
            "<bq><block><p>Quoted.</p></block></bq></body.content></body></nitf>"
        )
        data = _doc(
            headlines=[{"value": "Talks"}],
            bodies=[{"contentType": "text/vnd.IPTC.NITF", "value": nitf}],
        )
        expected = (
            Section(blocks=(Paragraph(text="One."),)),
            Section(heading="Two", blocks=(BlockQuote(text="Quoted."),)),
        )
        assert expected == _read(data).sections

    def test_html_body_preferred(self) -> None:
        """With a plain and an HTML body, the HTML one is read."""
        bodies = [
            {"contentType": "text/plain", "value": "Plain."},
            {"contentType": "text/html", "value": "<p>Rich.</p>"},
        ]
        data = _doc(headlines=[{"value": "Talks"}], bodies=bodies)
        assert (Section(blocks=(Paragraph(text="Rich."),)),) == _read(data).sections

    def test_superdesk_extensions(self) -> None:
        """Superdesk's guid, keywords and authors are read, other extensions ignored, all said."""
        data = json.dumps(
            {
                "guid": "urn:desk:1",
                "headline": "Talks resume",
                "keywords": ["talks", "oslo"],
                "authors": [{"name": "Jo Park", "role": "writer"}],
                "priority": 3,
            }
        ).encode()
        article, problems = _forgiven(data)
        expected = ("urn:desk:1", ("talks", "oslo"))
        assert expected == (article.id, article.keywords)
        assert (Person(name="Jo Park", role="writer"),) == article.bylines
        pointers = [p.location.pointer for p in problems]
        expected_pointers = ["/guid", "/keywords", "/authors", "/priority"]
        assert expected_pointers == pointers
        with pytest.warns(NinjsReadWarning) as caught:  # the API: one warning per problem
            newsmodel.loads(data, format="ninjs", source="story.json")
        assert list(problems) == [w.message.problem for w in caught]  # type: ignore[union-attr]

    def test_forgiven_dates(self) -> None:
        """A date without offset is read as UTC; an unreadable one is left out; both reported."""
        data = _doc(
            headline="Talks",
            firstcreated="2024-05-04T10:00:00",
            versioncreated="yesterday",
        )
        article, problems = _forgiven(data)
        expected = (datetime.datetime(2024, 5, 4, 10, tzinfo=UTC), None)
        assert expected == (article.published, article.modified)
        messages = " ".join(problem.message for problem in problems)
        assert "no UTC offset" in messages
        assert "not an ISO 8601" in messages

    def test_missing_headline_stands_in(self) -> None:
        """Without a headline, the title stands in, with a warning."""
        article, problems = _forgiven(_doc(type="event", title="Press conference"))
        expected = "Press conference"
        assert expected == article.headline
        assert any("title stands in" in problem.message for problem in problems)

    def test_locations(self) -> None:
        """The parsed article says where its parts came from, as JSON pointers."""
        data = _doc(
            headlines=[{"role": "sub", "value": "Both sides return"}, {"value": "Talks resume"}],
            versionCreated="2024-05-04T10:00:00Z",
            bodies=[{"contentType": "text/html", "value": "<p>Text.</p>"}],
        )
        locations = read(data, ReadOptions(source="story.json")).locations
        expected = {
            "/headline": "/headlines/1/value",
            "/subheadline": "/headlines/0/value",
            "/modified": "/versionCreated",
            "/sections": "/bodies/0/value",
        }
        assert expected == {field: where.pointer for field, where in locations.items()}
        assert {"story.json"} == {where.source for where in locations.values()}

    def test_array_of_documents(self) -> None:
        """A JSON array holds several documents; ``read`` takes the first."""
        data = json.dumps([{"uri": "a", "headline": "One"}, {"uri": "b", "headline": "Two"}])
        headlines = [p.article.headline for p in read_all(data.encode(), ReadOptions())]
        expected = ["One", "Two"]
        assert expected == headlines
        first = "One"
        assert first == newsmodel.loads(data, format="ninjs").headline

    @pytest.mark.parametrize(
        ("document", "expected"),
        [
            ({"standard": {"version": "2.1"}}, "2.1"),
            ({"$standard": {"version": "1.4"}}, "1.4"),
            ({"uri": "a", "edNote": "x"}, "3.x"),
            ({"uri": "a", "bodies": [{"contentType": "text/html", "value": ""}]}, "3.x"),
            ({"uri": "a", "headlines": []}, "2.x"),
            ({"uri": "a", "body_text": ""}, "1.x"),
        ],
    )
    def test_detect_version(self, document: dict[str, Any], expected: str) -> None:
        """The declared version wins; otherwise the keys tell the major version."""
        assert expected == detect_version(document)


VALID = sorted((DATA / "ninjs" / "valid").glob("*.ninjs.json"))
INVALID = sorted((DATA / "ninjs" / "invalid").glob("*.ninjs.json"))


def _case(path: Path, suffix: str) -> Path:
    return path.with_name(path.name.removesuffix(".ninjs.json") + suffix)


class TestCases:
    """Invented documents in tests/data/ninjs, each with its expected result beside it."""

    @pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
    def test_valid(self, path: Path, update_golden: bool) -> None:
        """A valid case reads to the article in ``<case>.json``, forgiving what
        ``<case>.forgiven.json`` lists (code and pointer), and nothing else."""
        parsed = read(path.read_bytes(), ReadOptions(source=path.name))
        article = parsed.article
        forgiven = [
            {"code": problem.code, "pointer": problem.location.pointer}
            for problem in parsed.problems
        ]
        forgiven_file, article_file = _case(path, ".forgiven.json"), _case(path, ".json")
        if update_golden:
            article_file.write_text(newsmodel.dumps(article, format="json"), encoding="utf-8")
            if forgiven:
                write_json(forgiven_file, forgiven)
        expected_forgiven = (
            json.loads(forgiven_file.read_text("utf-8")) if forgiven_file.exists() else []
        )
        assert expected_forgiven == forgiven
        expected = newsmodel.loads(article_file.read_bytes(), format="json")
        assert expected == article

    @pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
    def test_invalid(self, path: Path, update_golden: bool) -> None:
        """An invalid case raises the error in ``<case>.error.json``, with codes and places."""
        with pytest.raises(newsmodel.NewsModelError) as caught:
            read(path.read_bytes(), ReadOptions(source=path.name))
        actual = describe_error(caught.value)
        expected_file = _case(path, ".error.json")
        if update_golden:
            write_json(expected_file, actual)
        assert json.loads(expected_file.read_text("utf-8")) == actual
        assert path.name in str(caught.value)


@settings(max_examples=100)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(
                st.sampled_from(
                    [
                        "uri",
                        "headline",
                        "headlines",
                        "value",
                        "role",
                        "bodies",
                        "by",
                        "people",
                        "name",
                        "rel",
                        "associations",
                        "type",
                        "renditions",
                        "href",
                        "versionCreated",
                        "subject",
                        "altids",
                        "body_html",
                        "keywords",
                    ]
                ),
                inner,
                max_size=5,
            )
        ),
        max_leaves=20,
    )
)
def test_any_json_gives_an_article_or_an_error(value: object) -> None:
    """Any JSON value read as ninjs gives articles or a NewsModelError, nothing else."""
    data = json.dumps(value).encode()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # readers return what they forgive; they never warn
        try:
            for parsed in read_all(data, ReadOptions()):
                assert parsed.article.headline.strip()
        except newsmodel.NewsModelError:
            pass


class TestInvalid:
    """Bad documents raise errors that point at the fault."""

    def test_broken_json(self) -> None:
        """Broken JSON is a ParseError with line and column."""
        with pytest.raises(ParseError) as caught:
            _read(b'{"uri": "a",\n  "headline": }')
        expected = (2, 15)
        assert expected == (caught.value.location.line, caught.value.location.column)

    def test_not_utf8(self) -> None:
        """Bytes that are not UTF-8 are a ParseError at the bad byte; a declared encoding wins."""
        data = '{"uri": "a",\n "headline": "Caf\u00e9"}'.encode("latin-1")
        with pytest.raises(ParseError) as caught:
            _read(data)
        expected = ("invalid-encoding", 2, 18)
        location = caught.value.location
        assert expected == (caught.value.code, location.line, location.column)
        article = read(data, ReadOptions(encoding="latin-1")).article
        assert "Caf\u00e9" == article.headline

    def test_not_an_object(self) -> None:
        """A JSON value that is not an object is not ninjs."""
        with pytest.raises(ValidationError, match="not-ninjs"):
            _read(b'"just a string"')

    def test_wrong_types_are_all_listed(self) -> None:
        """Every value of the wrong type is listed with its pointer."""
        data = _doc(headlines=[{"value": 5}, "x"], language=["en"], people={"a": 1})
        with pytest.raises(ValidationError) as caught:
            _read(data)
        pointers = sorted(p.location.pointer or "" for p in caught.value.problems)
        expected = ["/headlines", "/headlines/0/value", "/headlines/1", "/language", "/people/a"]
        assert expected == pointers

    def test_no_headline_at_all(self) -> None:
        """A document with nothing to stand in for a headline is an error."""
        with pytest.raises(ValidationError, match="missing-headline"):
            _read(_doc())

    def test_wrong_type_in_an_array_item(self) -> None:
        """A fault inside the second document of an array points into it."""
        data = json.dumps([{"uri": "a", "headline": "One"}, {"uri": "b", "headline": 2}])
        with pytest.raises(ValidationError) as caught:
            list(read_all(data.encode(), ReadOptions()))
        expected = "/1/headline"
        assert expected == caught.value.problems[0].location.pointer


class TestRegistry:
    """The format is registered, sniffed and found by extension."""

    def test_extensions(self) -> None:
        """``.ninjs.json`` and ``.ninjs`` are ninjs; plain ``.json`` stays newsmodel's JSON."""
        found = [format_for_path(name) for name in ("a.ninjs.json", "a.NINJS", "a.json")]
        expected = ["ninjs", "ninjs", "json"]
        assert expected == [f.name if f else None for f in found]

    def test_sniff(self) -> None:
        """ninjs documents sniff as ninjs, newsmodel's own JSON as json."""
        ninjs_doc = write(STORY, options("3.1")).encode()
        native = newsmodel.dumps(Article(headline="Talks"), format="json").encode()
        found = [sniff(data) for data in (ninjs_doc, native, b'[{"headline": "a"}]')]
        expected = ["ninjs", "json", "ninjs"]
        assert expected == [f.name if f else None for f in found]


# ---------------------------------------------------------------------------------------------
# IPTC's examples


def _corpus_files() -> Iterator[str]:
    index = SHARED / "corpus" / "newsml" / "index.tsv"
    if not index.is_file():
        yield "absent"
        return
    for line in index.read_text(encoding="utf-8").splitlines()[1:]:
        name = line.split("\t", 1)[0]
        if name.startswith("iptc-ninjs/") and name.endswith(".json"):
            yield name


@pytest.mark.shared
@pytest.mark.parametrize("name", list(_corpus_files()))
def test_iptc_example(shared_dir: Path, name: str) -> None:
    """Each of IPTC's ninjs examples reads, and written back in its version validates."""
    data = (shared_dir / "corpus" / "newsml" / name).read_bytes()
    parsed = list(read_all(data, ReadOptions(source=name)))  # forgiven faults are data
    first = json.loads(data)
    first = first[0] if isinstance(first, list) else first
    declared = detect_version(first)
    version = declared if declared in VERSIONS else LATEST[declared[0]]
    for item in parsed:
        assert item.article.headline.strip()
        assert not schema_errors(shared_dir, version, write(item.article, options(version)))
