"""Tests of the article model: construction, immutability, reprs, invariants and convenience."""

import datetime
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from newsmodel import (
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
    Subject,
    ValidationError,
)

UTC = datetime.UTC
PUBLISHED = datetime.datetime(2024, 3, 5, 9, 30, tzinfo=UTC)
MODIFIED = datetime.datetime(
    2024, 3, 5, 11, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
)

HARBOUR = "Officials said “the harbour reopens on Monday” after the storm."
HARBOUR_QUOTE = Quote(
    text="the harbour reopens on Monday",
    speaker=Person(name="Mara Quell", title="Port Director"),
    start=16,
    end=45,
)

# Each class with the fields it needs, and with every field set to a non-default value.
MINIMAL: dict[type, dict[str, Any]] = {
    Person: {"name": "Ada Brook"},
    Quote: {"text": "", "start": 0, "end": 0},
    Paragraph: {"text": "The ferry left at dawn."},
    BlockQuote: {"text": "We will rebuild."},
    Media: {},
    Figure: {"media": Media()},
    ListBlock: {},
    Section: {},
    Dateline: {"text": "KELMORE"},
    Subject: {},
    Note: {"text": "Corrected the ferry's name."},
    Article: {"headline": "Ferry service resumes"},
}

FULL: dict[type, dict[str, Any]] = {
    Person: {
        "name": "Ada Brook",
        "title": "Harbour Master",
        "organization": "Kelmore Port Authority",
        "role": "author",
    },
    Quote: {"text": "reopens", "speaker": Person(name="Ada Brook"), "start": 4, "end": 11},
    Paragraph: {"text": HARBOUR, "quotes": (HARBOUR_QUOTE,)},
    BlockQuote: {"text": "We will rebuild.", "speaker": Person(name="Ada Brook")},
    Media: {
        "kind": MediaKind.VIDEO,
        "url": "https://example.org/ferry.mp4",
        "caption": "The ferry at dawn.",
        "credit": "K. Vale/Kelmore Daily",
        "alt": "A white ferry leaves the quay",
    },
    Figure: {"media": Media(url="https://example.org/ferry.jpg")},
    ListBlock: {"items": ("Monday", "Tuesday"), "ordered": True},
    Section: {"heading": "Timetable", "blocks": (Paragraph(text="Boats run hourly."),)},
    Dateline: {
        "text": "KELMORE, Calif., March 5 (Wirex)",
        "place": "KELMORE",
        "region": "Calif.",
        "country": "United States",
        "year": 2024,
        "month": 3,
        "day": 5,
        "source": "Wirex",
        "separator": " — ",
    },
    Subject: {"code": "medtop:20000523", "name": "maritime transport"},
    Note: {"kind": NoteKind.CORRECTION, "text": "Corrected the ferry's name."},
    Article: {
        "headline": "Ferry service resumes",
        "subheadline": "Boats return after the storm",
        "kicker": "Transport",
        "bylines": (Person(name="Ada Brook"), Person(name="Tom Reyes", role="photographer")),
        "dateline": Dateline(text="KELMORE, March 5", place="KELMORE", month=3, day=5),
        "published": PUBLISHED,
        "modified": MODIFIED,
        "language": "en-GB",
        "source": "Kelmore Daily",
        "url": "https://example.org/ferry",
        "id": "urn:example:ferry:1",
        "sections": (Section(blocks=(Paragraph(text="The ferry left at dawn."),)),),
        "media": (Media(url="https://example.org/lead.jpg"),),
        "keywords": ("ferry", "storm"),
        "subjects": (Subject(code="medtop:20000523"),),
        "notes": (Note(text="Updated with the timetable."),),
        "rights": "© 2024 Kelmore Daily",
    },
}

CLASSES = list(MINIMAL)


def _ids(cls: type) -> str:
    return cls.__name__


class TestConstruction:
    """Every class builds from its required fields and from every field."""

    @pytest.mark.parametrize("cls", CLASSES, ids=_ids)
    def test_minimal(self, cls: type) -> None:
        """The required fields suffice; every other field takes its documented default."""
        obj = cls(**MINIMAL[cls])
        for field in attrs.fields(cls):
            if field.name in MINIMAL[cls]:
                assert MINIMAL[cls][field.name] == getattr(obj, field.name)
            else:
                assert field.default == getattr(obj, field.name)

    @pytest.mark.parametrize("cls", CLASSES, ids=_ids)
    def test_full(self, cls: type) -> None:
        """Every field can be set, and keeps the value given."""
        values = FULL[cls]
        assert {field.name for field in attrs.fields(cls)} == set(values)
        obj = cls(**values)
        assert values == attrs.asdict(obj, recurse=False)

    @pytest.mark.parametrize("cls", CLASSES, ids=_ids)
    def test_full_differs_from_defaults(self, cls: type) -> None:
        """Every full value differs from its default, so that the tests above mean something."""
        for field in attrs.fields(cls):
            if field.default is not attrs.NOTHING:
                assert field.default != FULL[cls][field.name], field.name

    def test_defaults(self) -> None:
        """The optional scalars default to None, the sequences to empty tuples, kinds to enums."""
        article = Article(headline="Ferry service resumes")
        assert (None, None, None, None, None) == (
            article.subheadline,
            article.dateline,
            article.published,
            article.language,
            article.rights,
        )
        assert ((), (), (), (), (), (), ()) == (
            article.bylines,
            article.sections,
            article.media,
            article.keywords,
            article.subjects,
            article.notes,
            Paragraph(text="x").quotes,
        )
        assert MediaKind.IMAGE == Media().kind
        assert NoteKind.OTHER == Note(text="x").kind
        assert (False, ()) == (ListBlock().ordered, ListBlock().items)

    @pytest.mark.parametrize("cls", CLASSES, ids=_ids)
    def test_keyword_only(self, cls: type) -> None:
        """Fields are keyword-only, so adding a field never shifts positional arguments."""
        values = FULL[cls]
        first = next(iter(values.values()))
        with pytest.raises(TypeError):
            cls(first)

    @pytest.mark.parametrize(
        "cls",
        [cls for cls in CLASSES if any(f.default is attrs.NOTHING for f in attrs.fields(cls))],
        ids=_ids,
    )
    def test_required_fields(self, cls: type) -> None:
        """A class with required fields refuses to build without them."""
        with pytest.raises(TypeError):
            cls()

    def test_string_kinds(self) -> None:
        """Kinds are string enums: their values are the JSON strings, and compare equal to them."""
        assert ["image", "video", "audio", "graphic", "embed"] == [kind.value for kind in MediaKind]
        assert "editors-note" == NoteKind.EDITORS_NOTE
        assert Media(kind=MediaKind.AUDIO) == Media(kind=MediaKind("audio"))


class TestImmutability:
    """Model objects are frozen and hashable values."""

    @pytest.mark.parametrize("cls", CLASSES, ids=_ids)
    def test_assignment_raises(self, cls: type) -> None:
        """Assigning to a field raises FrozenInstanceError and leaves the object unchanged."""
        obj = cls(**FULL[cls])
        name = attrs.fields(cls)[0].name
        before = getattr(obj, name)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(obj, name, before)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            delattr(obj, name)
        assert before == getattr(obj, name)

    @pytest.mark.parametrize("cls", CLASSES, ids=_ids)
    def test_no_new_attributes(self, cls: type) -> None:
        """Objects have slots: no attribute can be added."""
        obj = cls(**MINIMAL[cls])
        with pytest.raises((AttributeError, attrs.exceptions.FrozenInstanceError)):
            obj.extra = 1

    def test_sequences_are_tuples(self) -> None:
        """Sequence fields are tuples in the annotations, and the defaults are tuples."""
        for cls in CLASSES:
            for field in attrs.fields(cls):
                assert "list[" not in str(field.type), f"{cls.__name__}.{field.name}"
                if str(field.type).startswith("tuple["):
                    assert () == field.default, f"{cls.__name__}.{field.name}"

    @pytest.mark.parametrize("cls", CLASSES, ids=_ids)
    def test_equality_and_hash(self, cls: type) -> None:
        """Objects with equal fields are equal and hash alike; a changed field makes them differ."""
        first, second = cls(**FULL[cls]), cls(**FULL[cls])
        assert first == second
        assert hash(first) == hash(second)
        assert len({first, second}) == 1
        assert cls(**MINIMAL[cls]) != first

    def test_unequal_across_classes(self) -> None:
        """Objects of different classes with the same fields are not equal."""
        assert Paragraph(text="Same words.") != BlockQuote(text="Same words.")

    def test_deep_hash(self) -> None:
        """A whole article hashes, nested tuples and all, and can key a dict."""
        article = Article(**FULL[Article])
        assert {article: 1} == {Article(**FULL[Article]): 1}

    def test_evolve(self) -> None:
        """attrs.evolve returns a changed copy and leaves the original as it was."""
        article = Article(**FULL[Article])
        changed = attrs.evolve(article, headline="Ferry service suspended", keywords=())
        assert "Ferry service suspended" == changed.headline
        assert () == changed.keywords
        assert "Ferry service resumes" == article.headline
        assert ("ferry", "storm") == article.keywords
        assert article.bylines is changed.bylines

    def test_evolve_checks_invariants(self) -> None:
        """attrs.evolve runs the constructor's checks."""
        with pytest.raises(ValidationError):
            attrs.evolve(Article(headline="Ferry service resumes"), headline=" ")
        with pytest.raises(ValidationError):
            attrs.evolve(Dateline(text="KELMORE, March 31", month=3, day=31), month=4)


class TestRepr:
    """Reprs show the class and only the fields that differ from their defaults."""

    @pytest.mark.parametrize(
        ("obj", "expected"),
        [
            (Article(headline="Ferry"), "Article(headline='Ferry')"),
            (
                Article(headline="Ferry", language="en", keywords=("storm",)),
                "Article(headline='Ferry', language='en', keywords=('storm',))",
            ),
            (Person(name="Ada Brook"), "Person(name='Ada Brook')"),
            (
                Person(name="Ada Brook", role="author"),
                "Person(name='Ada Brook', role='author')",
            ),
            (Section(), "Section()"),
            (Media(), "Media()"),
            (Media(kind=MediaKind.VIDEO), "Media(kind=<MediaKind.VIDEO: 'video'>)"),
            (Note(text="Fixed."), "Note(text='Fixed.')"),
            (Quote(text="", start=0, end=0), "Quote(text='', start=0, end=0)"),
            (ListBlock(ordered=True), "ListBlock(ordered=True)"),
            (
                Section(blocks=(Paragraph(text="Boats run."),)),
                "Section(blocks=(Paragraph(text='Boats run.'),))",
            ),
            (
                Dateline(text="KELMORE, March 5", month=3, day=5),
                "Dateline(text='KELMORE, March 5', month=3, day=5)",
            ),
        ],
        ids=lambda value: value if isinstance(value, str) else type(value).__name__,
    )
    def test_repr(self, obj: object, expected: str) -> None:
        """The repr names the non-default fields, in field order, with their reprs."""
        assert expected == repr(obj)

    def test_repr_evaluates_back(self) -> None:
        """A repr without enums is valid Python that builds an equal object."""
        article = Article(
            headline="Ferry",
            bylines=(Person(name="Ada Brook"),),
            sections=(Section(blocks=(Paragraph(text=HARBOUR, quotes=(HARBOUR_QUOTE,)),)),),
        )
        namespace = {"Article": Article, "Person": Person, "Section": Section}
        namespace |= {"Paragraph": Paragraph, "Quote": Quote}
        assert article == eval(repr(article), namespace)  # the repr is the constructor call


def _raises(build: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        build()
    return info.value


class TestInvariants:
    """Constructors refuse objects that make no sense, with one problem naming the field."""

    @pytest.mark.parametrize(
        ("build", "code", "pointer"),
        [
            pytest.param(lambda: Article(headline=""), "missing-headline", "/headline", id="empty"),
            pytest.param(
                lambda: Article(headline=" \t\n"), "missing-headline", "/headline", id="blank"
            ),
            pytest.param(
                lambda: Article(headline="x", published=datetime.datetime(2024, 3, 5, 9)),
                "naive-datetime",
                "/published",
                id="naive-published",
            ),
            pytest.param(
                lambda: Article(headline="x", modified=datetime.datetime(2024, 3, 5, 9)),
                "naive-datetime",
                "/modified",
                id="naive-modified",
            ),
            pytest.param(
                lambda: Paragraph(text=HARBOUR, quotes=(Quote(text="harbour", start=0, end=7),)),
                "quote-span-mismatch",
                "/quotes/0",
                id="quote-wrong-text",
            ),
            pytest.param(
                lambda: Paragraph(
                    text=HARBOUR,
                    quotes=(
                        HARBOUR_QUOTE,
                        Quote(text="storm!", start=len(HARBOUR) - 2, end=len(HARBOUR) + 4),
                    ),
                ),
                "quote-span-mismatch",
                "/quotes/1",
                id="quote-out-of-range",
            ),
            pytest.param(
                lambda: Quote(text="", start=-1, end=-1),
                "quote-span-mismatch",
                "/start",
                id="quote-negative",
            ),
            pytest.param(
                lambda: Quote(text="", start=5, end=3),
                "quote-span-mismatch",
                "/start",
                id="quote-end-before-start",
            ),
            pytest.param(
                lambda: Quote(text="reopens", start=0, end=4),
                "quote-span-mismatch",
                "/end",
                id="quote-length-mismatch",
            ),
            pytest.param(
                lambda: Dateline(text="x", month=0), "impossible-dateline-date", "/month", id="m0"
            ),
            pytest.param(
                lambda: Dateline(text="x", month=13),
                "impossible-dateline-date",
                "/month",
                id="m13",
            ),
            pytest.param(
                lambda: Dateline(text="x", month=1, day=0),
                "impossible-dateline-date",
                "/day",
                id="d0",
            ),
            pytest.param(
                lambda: Dateline(text="x", month=1, day=32),
                "impossible-dateline-date",
                "/day",
                id="d32",
            ),
            pytest.param(
                lambda: Dateline(text="x", month=4, day=31),
                "impossible-dateline-date",
                "/day",
                id="april-31",
            ),
            pytest.param(
                lambda: Dateline(text="x", year=2023, month=2, day=29),
                "impossible-dateline-date",
                "/day",
                id="feb-29-2023",
            ),
            pytest.param(
                lambda: Dateline(text="x", year=1900, month=2, day=29),
                "impossible-dateline-date",
                "/day",
                id="feb-29-1900",
            ),
            pytest.param(
                lambda: Dateline(text="x", day=5), "impossible-dateline-date", "/day", id="no-month"
            ),
            pytest.param(
                lambda: Dateline(text="x", year=0), "impossible-dateline-date", "/year", id="y0"
            ),
            pytest.param(
                lambda: Dateline(text="x", year=10000),
                "impossible-dateline-date",
                "/year",
                id="y10000",
            ),
            *(
                pytest.param(
                    lambda value=value: Dateline(text="x", separator=value),
                    "bad-dateline-separator",
                    "/separator",
                    id=f"separator-{name}",
                )
                for name, value in (
                    ("with-letters", " said "),
                    ("too-long", " -------- "),
                    ("with-a-line-break", " -\n"),
                )
            ),
            pytest.param(
                lambda: Dateline(text="x", year=0, month=2, day=30),
                "impossible-dateline-date",
                "/year",
                id="bad-year-reported-before-day",
            ),
        ],
    )
    def test_refused(self, build: Callable[[], object], code: str, pointer: str) -> None:
        """The error holds exactly one error-severity problem with the code and pointer."""
        problems = _raises(build).problems
        assert [(code, "error", pointer)] == [
            (p.code, p.severity, p.location.pointer) for p in problems
        ]
        assert problems[0].message

    def test_messages_name_the_values(self) -> None:
        """Messages quote the offending values, so that a person can find them."""
        assert "13" in _raises(lambda: Dateline(text="x", month=13)).problems[0].message
        naive = datetime.datetime(2024, 3, 5, 9)
        message = _raises(lambda: Article(headline="x", published=naive)).problems[0].message
        assert "2024-03-05T09:00:00" in message
        message = (
            _raises(lambda: Paragraph(text="abc", quotes=(Quote(text="abcd", start=0, end=4),)))
            .problems[0]
            .message
        )
        assert "4" in message
        assert "3" in message

    def test_error_is_a_value_error(self) -> None:
        """Invariant errors are ValueErrors, as Python code expects of bad values."""
        with pytest.raises(ValueError, match="headline"):
            Article(headline="")

    @pytest.mark.parametrize(
        "dateline",
        [
            pytest.param({"month": 2, "day": 29}, id="feb-29-without-year"),
            pytest.param({"year": 2024, "month": 2, "day": 29}, id="feb-29-2024"),
            pytest.param({"year": 2000, "month": 2, "day": 29}, id="feb-29-2000"),
            pytest.param({"month": 12, "day": 31}, id="dec-31"),
            pytest.param({"month": 1, "day": 1}, id="jan-1"),
            pytest.param({"year": 1}, id="year-1"),
            pytest.param({"year": 9999, "month": 12, "day": 31}, id="year-9999"),
            pytest.param({"month": 7}, id="month-only"),
            pytest.param({}, id="no-date"),
        ],
    )
    def test_dateline_dates_accepted(self, dateline: dict[str, int]) -> None:
        """Real calendar dates build, with or without a year."""
        assert dateline == {
            key: value
            for key, value in attrs.asdict(Dateline(text="x", **dateline)).items()
            if key in dateline
        }

    @pytest.mark.parametrize(
        "when",
        [
            datetime.datetime(2024, 3, 5, 9, tzinfo=UTC),
            datetime.datetime(
                2024, 3, 5, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))
            ),
        ],
    )
    def test_aware_datetimes_accepted(self, when: datetime.datetime) -> None:
        """Timezone-aware datetimes are kept as given."""
        article = Article(headline="x", published=when, modified=when)
        assert (when, when) == (article.published, article.modified)

    def test_quote_at_the_end(self) -> None:
        """A quote may end exactly at the end of its paragraph."""
        paragraph = Paragraph(text="He said: yes", quotes=(Quote(text="yes", start=9, end=12),))
        assert "yes" == paragraph.text[paragraph.quotes[0].start : paragraph.quotes[0].end]

    def test_empty_quote(self) -> None:
        """An empty span is a valid quote (a reader may keep an empty pair of marks)."""
        assert (
            Quote(text="", start=3, end=3)
            == Paragraph(text="abc", quotes=(Quote(text="", start=3, end=3),)).quotes[0]
        )

    def test_quote_with_astral_characters(self) -> None:
        """Offsets count code points, as Python slicing does."""
        text = "Fans sang “🎉 we won 🎉” all night."
        quote = Quote(text="🎉 we won 🎉", start=11, end=21)
        assert (quote,) == Paragraph(text=text, quotes=(quote,)).quotes


def _article(*sections: Section) -> Article:
    return Article(headline="Storm closes harbour", sections=sections)


STORY = _article(
    Section(
        blocks=(
            Paragraph(text=HARBOUR, quotes=(HARBOUR_QUOTE,)),
            Figure(media=Media(caption="Waves on the quay.", credit="K. Vale")),
            Figure(media=Media(url="https://example.org/map.png")),
        )
    ),
    Section(
        heading="What next",
        blocks=(
            BlockQuote(text="We are ready.", speaker=Person(name="Mara Quell")),
            ListBlock(items=("Ferries", "Buses")),
            Paragraph(
                text="“Stay home,” police said. “Roads are shut.”",
                quotes=(
                    Quote(text="Stay home,", start=1, end=11),
                    Quote(text="Roads are shut.", start=27, end=42),
                ),
            ),
        ),
    ),
    Section(heading="", blocks=(Paragraph(text=""),)),
)


class TestConvenience:
    """Article's helpers for body text, blocks, paragraphs, quotes and words."""

    def test_blocks(self) -> None:
        """blocks holds every block in reading order, across sections."""
        expected = [block for section in STORY.sections for block in section.blocks]
        assert expected == list(STORY.blocks)
        assert 7 == len(expected)

    def test_paragraphs(self) -> None:
        """paragraphs holds only the paragraphs, in order."""
        expected = [STORY.sections[0].blocks[0], STORY.sections[1].blocks[2], Paragraph(text="")]
        assert expected == list(STORY.paragraphs)

    def test_quotes(self) -> None:
        """quotes holds every inline quote in reading order, but not block quotes."""
        assert ("the harbour reopens on Monday", "Stay home,", "Roads are shut.") == tuple(
            quote.text for quote in STORY.quotes
        )
        assert isinstance(STORY.quotes, tuple)

    def test_text(self) -> None:
        """text joins headings, paragraphs, block quotes, list items and captions."""
        expected = "\n\n".join(
            [
                HARBOUR,
                "Waves on the quay.",
                "What next",
                "We are ready.",
                "Ferries\nBuses",
                "“Stay home,” police said. “Roads are shut.”",
            ]
        )
        assert expected == STORY.text

    def test_empty_article(self) -> None:
        """An article without a body has no blocks, quotes, text or words."""
        article = Article(headline="Storm closes harbour")
        assert ([], [], (), "", 0) == (
            list(article.blocks),
            list(article.paragraphs),
            article.quotes,
            article.text,
            article.word_count,
        )

    def test_word_count_of_article(self) -> None:
        """word_count counts the words of text."""
        article = _article(
            Section(heading="Latest", blocks=(Paragraph(text="Boats run hourly."),)),
            Section(blocks=(ListBlock(items=("two words", "three more words")),)),
        )
        assert 1 + 3 + 2 + 3 == article.word_count

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            ("Boats run hourly.", 3),
            ("  spaced   out\twords\n", 3),
            ("don't", 1),
            ("the port\u2019s reopening", 3),
            ("a well-known, long-awaited decision", 4),
            ("the U.S. and the E.U. agreed", 6),
            ("prices rose 3.5% to $1,200", 5),
            ("1,200, 300 and 4", 4),
            ("storm — then calm", 3),
            ("“Quoted,” she said.", 3),
            ("Москва и Санкт-Петербург", 3),
            ("Überfahrt über die Förde", 4),
            ("cafe\u0301 au lait", 3),
            ("हिन्दी समाचार पत्र", 3),
            ("हिन्दी-भाषी", 1),
            ("مُحَمَّد قال", 2),
            ("ελληνικά νέα", 2),
            ("snake_case", 1),
            ("-- ... !!", 0),
            ("", 0),
        ],
    )
    def test_word_count(self, text: str, words: int) -> None:
        """Words are runs of letters, digits and marks, joined by apostrophes, hyphens, dots."""
        assert words == _article(Section(blocks=(Paragraph(text=text),))).word_count


def _refusal(build: Callable[[], object]) -> tuple[str, str | None]:
    with pytest.raises(ValidationError) as info:
        build()
    [problem] = info.value.problems
    return problem.code, problem.location.pointer


class TestFieldTypes:
    """Constructors check their fields' types, as the JSON reader does (issue 13)."""

    @pytest.mark.parametrize(
        ("build", "code", "pointer"),
        [
            (lambda: Article(headline=5), "wrong-type", "/headline"),
            (lambda: Article(headline=b"Storm"), "wrong-type", "/headline"),
            (lambda: Article(headline="x", keywords="flood"), "wrong-type", "/keywords"),
            (lambda: Article(headline="x", keywords=("flood", 3)), "wrong-type", "/keywords/1"),
            (lambda: Article(headline="x", keywords={"flood"}), "wrong-type", "/keywords"),
            (lambda: Article(headline="x", bylines="Ada Brook"), "wrong-type", "/bylines"),
            (lambda: Article(headline="x", bylines=["Ada Brook"]), "wrong-type", "/bylines/0"),
            (lambda: Article(headline="x", sections=Section()), "wrong-type", "/sections"),
            (lambda: Article(headline="x", sections=[{}]), "wrong-type", "/sections/0"),
            (
                lambda: Article(headline="x", media=[Figure(media=Media())]),
                "wrong-type",
                "/media/0",
            ),
            (lambda: Article(headline="x", subjects={"code": "a"}), "wrong-type", "/subjects"),
            (lambda: Article(headline="x", notes=["fixed"]), "wrong-type", "/notes/0"),
            (
                lambda: Article(headline="x", published="2026-01-01T00:00:00Z"),
                "wrong-type",
                "/published",
            ),
            (
                lambda: Article(headline="x", modified=datetime.date(2026, 1, 1)),
                "wrong-type",
                "/modified",
            ),
            (lambda: Article(headline="x", published=1767225600), "wrong-type", "/published"),
            (lambda: Article(headline="x", dateline="KELMORE"), "wrong-type", "/dateline"),
            (lambda: Article(headline="x", subheadline=1), "wrong-type", "/subheadline"),
            (lambda: Article(headline="x", language=["en"]), "wrong-type", "/language"),
            (lambda: Article(headline="x", url=None, id=7), "wrong-type", "/id"),
            (lambda: Person(name=None), "wrong-type", "/name"),
            (lambda: Person(name="Ada", role=1), "wrong-type", "/role"),
            (lambda: Quote(text="a", start="0", end=1), "wrong-type", "/start"),
            (lambda: Quote(text="a", start=0, end=1.0), "wrong-type", "/end"),
            (lambda: Quote(text="a", start=False, end=True), "wrong-type", "/start"),
            (lambda: Quote(text="", start=0, end=0, speaker="Ada"), "wrong-type", "/speaker"),
            (lambda: Paragraph(text=None), "wrong-type", "/text"),
            (lambda: Paragraph(text="a", quotes="a"), "wrong-type", "/quotes"),
            (lambda: BlockQuote(text="a", speaker=Person), "wrong-type", "/speaker"),
            (lambda: Media(kind="photo"), "invalid-value", "/kind"),
            (lambda: Media(kind=1), "wrong-type", "/kind"),
            (lambda: Media(kind=NoteKind.OTHER), "invalid-value", "/kind"),
            (lambda: Media(url=1), "wrong-type", "/url"),
            (lambda: Figure(media=None), "wrong-type", "/media"),
            (lambda: Figure(media="https://example.org/a.jpg"), "wrong-type", "/media"),
            (lambda: ListBlock(items="ab"), "wrong-type", "/items"),
            (lambda: ListBlock(items=[1]), "wrong-type", "/items/0"),
            (lambda: ListBlock(ordered="false"), "wrong-type", "/ordered"),
            (lambda: ListBlock(ordered=1), "wrong-type", "/ordered"),
            (lambda: Section(heading=3), "wrong-type", "/heading"),
            (lambda: Section(blocks=[Section()]), "wrong-type", "/blocks/0"),
            (lambda: Section(blocks="text"), "wrong-type", "/blocks"),
            (lambda: Section(blocks=5), "wrong-type", "/blocks"),
            (lambda: Dateline(text="X", day="14"), "wrong-type", "/day"),
            (lambda: Dateline(text="X", month=3.0), "wrong-type", "/month"),
            (lambda: Dateline(text="X", year=True), "wrong-type", "/year"),
            (lambda: Dateline(text="X", place=1), "wrong-type", "/place"),
            (lambda: Subject(code=20000523), "wrong-type", "/code"),
            (lambda: Note(text="x", kind="erratum"), "invalid-value", "/kind"),
            (lambda: Note(text=1), "wrong-type", "/text"),
        ],
    )
    def test_refused(self, build: Callable[[], object], code: str, pointer: str) -> None:
        """A value of the wrong type is one problem, with its code and the field's pointer."""
        assert (code, pointer) == _refusal(build)

    def test_message_names_the_value(self) -> None:
        """The message says what was expected and what was given."""
        with pytest.raises(ValidationError) as info:
            Article(headline="x", keywords="flood")
        assert "expected a tuple or list of strings, got str 'flood'" in str(info.value)
        with pytest.raises(ValidationError) as info:
            Media(kind="photo")
        assert "'photo' is not one of 'image', 'video'" in str(info.value)

    def test_lists_become_tuples(self) -> None:
        """A list for a sequence field becomes a tuple, so the object hashes and compares equal."""
        listed = Article(
            headline="x",
            bylines=[Person(name="Ada Brook")],
            sections=[
                Section(blocks=[Paragraph(text="a", quotes=[Quote(text="a", start=0, end=1)])])
            ],
            media=[Media()],
            keywords=["storm"],
            subjects=[Subject(code="a")],
            notes=[Note(text="n")],
        )
        tupled = Article(
            headline="x",
            bylines=(Person(name="Ada Brook"),),
            sections=(
                Section(blocks=(Paragraph(text="a", quotes=(Quote(text="a", start=0, end=1),)),)),
            ),
            media=(Media(),),
            keywords=("storm",),
            subjects=(Subject(code="a"),),
            notes=(Note(text="n"),),
        )
        assert tupled == listed
        assert hash(tupled) == hash(listed)
        assert type(listed.sections[0].blocks) is tuple

    def test_iterables_become_tuples(self) -> None:
        """A generator or another ordered iterable is kept as a tuple."""
        article = Article(headline="x", keywords=(word for word in ("a", "b")))
        assert ("a", "b") == article.keywords
        assert () == ListBlock(items=iter([])).items

    def test_enumeration_values(self) -> None:
        """An enumeration's field takes a member or its value, and keeps the member."""
        assert MediaKind.VIDEO is Media(kind="video").kind
        assert NoteKind.CORRECTION is Note(kind="correction", text="x").kind

    def test_subclasses_accepted(self) -> None:
        """A subclass of the expected type is that type: a str subclass, a datetime subclass."""

        class Name(str):
            __slots__ = ()

        assert "Ada" == Person(name=Name("Ada")).name

    def test_evolve_checks_types(self) -> None:
        """attrs.evolve goes through the same checks."""
        with pytest.raises(ValidationError):
            attrs.evolve(Article(headline="x"), keywords="flood")

    def test_json_reader_reports_the_same(self) -> None:
        """The constructor and the JSON reader name the same fault with the same code."""
        import newsmodel

        with pytest.raises(ValidationError) as info:
            newsmodel.loads('{"newsmodel": 1, "headline": "x", "keywords": "flood"}', format="json")
        [problem] = info.value.problems
        assert (problem.code, problem.location.pointer) == _refusal(
            lambda: Article(headline="x", keywords="flood")
        )


class TestViews:
    """The article's derived views are all properties (issue 13)."""

    def test_all_properties(self) -> None:
        """blocks, paragraphs, quotes, text and word_count are properties."""
        for name in ("blocks", "paragraphs", "quotes", "all_quotes", "text", "word_count"):
            assert isinstance(getattr(Article, name), property), name

    def test_quotes_leave_block_quotes_out_and_all_quotes_keep_them(self) -> None:
        """quotes holds the inline spans only; all_quotes adds each block quote where it
        stands, in reading order (issue 12)."""
        first = Paragraph.with_quotes("“Build it,” she said.", "Build it,")
        last = Paragraph.with_quotes("He said: “Not yet.”", "Not yet.")
        block = BlockQuote(text="The sea will not wait.", speaker=Person(name="Ann Lee"))
        article = Article(headline="Wall", sections=(Section(blocks=(first, block, last)),))
        assert (*first.quotes, *last.quotes) == article.quotes
        assert (*first.quotes, block, *last.quotes) == article.all_quotes

    def test_blocks_and_paragraphs_are_tuples(self) -> None:
        """blocks and paragraphs are tuples that compare equal to plain tuples."""
        assert isinstance(STORY.blocks, tuple)
        assert tuple(p for p in STORY.blocks if isinstance(p, Paragraph)) == STORY.paragraphs

    @pytest.mark.parametrize("name", ["blocks", "paragraphs"])
    def test_calling_is_deprecated(self, name: str) -> None:
        """The old spelling, a call, still works and warns."""
        with pytest.deprecated_call(match=r"Article\.blocks\(\) or Article\.paragraphs\(\)"):
            called = list(getattr(STORY, name)())
        assert list(getattr(STORY, name)) == called


class TestQuoteFind:
    """Quote.find and Paragraph.with_quotes find a quote's span from its words (issue 13)."""

    def test_find(self) -> None:
        """The span is where the words occur, and it satisfies the paragraph's invariant."""
        quote = Quote.find(HARBOUR, "the harbour reopens on Monday", speaker=HARBOUR_QUOTE.speaker)
        assert HARBOUR_QUOTE == quote
        assert (quote,) == Paragraph(text=HARBOUR, quotes=(quote,)).quotes

    def test_find_after_start(self) -> None:
        """start finds a later occurrence of the same words."""
        text = "“No,” she said. “No,” he said."
        assert [1, 17] == [Quote.find(text, "No,").start, Quote.find(text, "No,", start=2).start]

    def test_not_found(self) -> None:
        """Words that are not in the text are an invalid-value at /text."""
        assert ("invalid-value", "/text") == _refusal(lambda: Quote.find(HARBOUR, "closed"))

    def test_wrong_types(self) -> None:
        """Arguments of the wrong type are wrong-type, not an AttributeError."""
        assert "wrong-type" == _refusal(lambda: Quote.find(HARBOUR, 5))[0]  # type: ignore[arg-type]
        assert "wrong-type" == _refusal(lambda: Quote.find(None, "a"))[0]  # type: ignore[arg-type]

    def test_with_quotes(self) -> None:
        """Each quote is looked for after the one before, with its speaker if given."""
        speaker = Person(name="Mara Quell")
        paragraph = Paragraph.with_quotes(
            "“Go,” she said. “Go,” she said again.", ("Go,", speaker), "Go,"
        )
        assert [(1, 4, speaker), (17, 20, None)] == [
            (quote.start, quote.end, quote.speaker) for quote in paragraph.quotes
        ]

    def test_with_quotes_not_found(self) -> None:
        """A quote that is not in the text after the one before is named by its index."""
        assert ("invalid-value", "/quotes/1/text") == _refusal(
            lambda: Paragraph.with_quotes("“Go,” she said.", "Go,", "Go,")
        )

    def test_with_quotes_wrong_item(self) -> None:
        """An item that is neither words nor (words, speaker) is wrong-type."""
        assert ("wrong-type", "/quotes/0") == _refusal(
            lambda: Paragraph.with_quotes("Go", ["Go"])  # type: ignore[arg-type]
        )
