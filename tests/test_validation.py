"""Tests of the editorial rules: each rule of validation.RULES passes a good article and flags a
bad one with its code, severity and pointer."""

import datetime
from collections.abc import Callable, Iterable, Iterator

import attrs
import pytest

import newsmodel
from newsmodel import (
    Article,
    BlockQuote,
    Figure,
    ListBlock,
    Media,
    Paragraph,
    Person,
    Problem,
    Quote,
    Section,
)
from newsmodel.validation import (
    RULES,
    check_dates,
    check_empty_body,
    check_language,
    check_people,
    check_quotes,
    check_text,
    check_url,
)

NOW = datetime.datetime(2024, 3, 5, 12, 0, tzinfo=datetime.UTC)
HOUR = datetime.timedelta(hours=1)
BODY = (Section(blocks=(Paragraph(text="Ferries ran again on Tuesday."),)),)


def _article(**fields: object) -> Article:
    """A valid article with a body, changed by ``fields``."""
    values: dict[str, object] = {"headline": "Ferry service resumes", "sections": BODY}
    return Article(**(values | fields))  # type: ignore[arg-type]


def _body(*blocks: object, heading: str | None = None) -> tuple[Section, ...]:
    return (Section(heading=heading, blocks=blocks),)  # type: ignore[arg-type]


Rule = Callable[[Article, datetime.datetime], Iterator[Problem]]
Found = list[tuple[str, str, str]]

# (rule, a bad article, what the rule finds in it: code, severity, pointer)
FAILING: list[tuple[Rule, Article, Found]] = [
    (check_empty_body, _article(sections=()), [("empty-body", "warning", "/sections")]),
    (
        check_empty_body,
        _article(sections=_body(Paragraph(text=" "), BlockQuote(text=""), ListBlock(items=(" ",)))),
        [("empty-body", "warning", "/sections")],
    ),
    (
        check_empty_body,
        _article(sections=(Section(heading="Only a heading"), Section())),
        [("empty-body", "warning", "/sections")],
    ),
    (
        check_dates,
        _article(published=NOW + 25 * HOUR),
        [("future-date", "warning", "/published")],
    ),
    (
        check_dates,
        _article(published=NOW - HOUR, modified=NOW + 48 * HOUR),
        [("future-date", "warning", "/modified")],
    ),
    (
        check_dates,
        _article(published=NOW - HOUR, modified=NOW - 2 * HOUR),
        [("modified-before-published", "warning", "/modified")],
    ),
    (
        check_dates,
        _article(published=NOW + 72 * HOUR, modified=NOW + 48 * HOUR),
        [
            ("future-date", "warning", "/published"),
            ("future-date", "warning", "/modified"),
            ("modified-before-published", "warning", "/modified"),
        ],
    ),
    (check_language, _article(language="en_US"), [("bad-language-tag", "error", "/language")]),
    (check_language, _article(language=""), [("bad-language-tag", "error", "/language")]),
    (check_language, _article(language="e"), [("bad-language-tag", "error", "/language")]),
    (check_language, _article(language="en-"), [("bad-language-tag", "error", "/language")]),
    (
        check_language,
        _article(language="English language"),
        [("bad-language-tag", "error", "/language")],
    ),
    (check_url, _article(url="example.org/ferry"), [("bad-url", "warning", "/url")]),
    (check_url, _article(url="https://example.org/a b"), [("bad-url", "warning", "/url")]),
    (check_url, _article(url=""), [("bad-url", "warning", "/url")]),
    (
        check_people,
        _article(bylines=(Person(name="Ada Brook"), Person(name=" "))),
        [("blank-name", "error", "/bylines/1/name")],
    ),
    (
        check_people,
        _article(
            sections=(
                *BODY,
                Section(
                    blocks=(
                        Paragraph(text="x"),
                        BlockQuote(text="We are ready.", speaker=Person(name="")),
                        Paragraph(
                            text="She said “yes” and “no”.",
                            quotes=(
                                Quote(text="yes", start=10, end=13),
                                Quote(text="no", speaker=Person(name="\t"), start=20, end=22),
                            ),
                        ),
                    )
                ),
            )
        ),
        [
            ("blank-name", "error", "/sections/1/blocks/1/speaker/name"),
            ("blank-name", "error", "/sections/1/blocks/2/quotes/1/speaker/name"),
        ],
    ),
    (
        check_text,
        _article(sections=(*BODY, Section(heading=" ", blocks=BODY[0].blocks))),
        [("blank-heading", "warning", "/sections/1/heading")],
    ),
    (
        check_text,
        _article(sections=_body(Paragraph(text="Boats."), Paragraph(text=" \n"))),
        [("blank-text", "warning", "/sections/0/blocks/1/text")],
    ),
    (
        check_text,
        _article(sections=_body(BlockQuote(text=""))),
        [("blank-text", "warning", "/sections/0/blocks/0/text")],
    ),
    (
        check_text,
        _article(sections=_body(ListBlock(items=("Ferries", "", "Buses", " ")))),
        [
            ("blank-text", "warning", "/sections/0/blocks/0/items/1"),
            ("blank-text", "warning", "/sections/0/blocks/0/items/3"),
        ],
    ),
    (
        check_text,
        _article(sections=_body(Paragraph(text="Ferries ran\nagain on Tuesday."))),
        [("hard-wrapped-paragraph", "warning", "/sections/0/blocks/0/text")],
    ),
    (
        check_quotes,
        _article(
            sections=_body(
                Figure(media=Media()),
                Paragraph(
                    text="abcdef",
                    quotes=(
                        Quote(text="abcd", start=0, end=4),
                        Quote(text="cdef", start=2, end=6),
                        Quote(text="ab", start=0, end=2),
                    ),
                ),
            )
        ),
        [
            ("overlapping-quotes", "warning", "/sections/0/blocks/1/quotes/1"),
            ("overlapping-quotes", "warning", "/sections/0/blocks/1/quotes/2"),
        ],
    ),
]

# (rule, a good article that exercises the rule)
PASSING: list[tuple[Rule, Article]] = [
    (check_empty_body, _article()),
    (check_empty_body, _article(sections=_body(BlockQuote(text="Ready.")))),
    (check_empty_body, _article(sections=_body(ListBlock(items=("Ferries", "Buses"))))),
    (check_empty_body, _article(sections=(Section(), Section(blocks=(Figure(media=Media()),))))),
    (check_dates, _article()),
    (check_dates, _article(published=NOW + 23 * HOUR, modified=NOW + 23 * HOUR)),
    (check_dates, _article(published=NOW - HOUR, modified=NOW)),
    (check_dates, _article(modified=NOW - HOUR)),
    (check_dates, _article(published=NOW - HOUR)),
    (
        check_dates,
        _article(
            published=datetime.datetime(2024, 3, 5, 14, tzinfo=datetime.timezone(2 * HOUR)),
            modified=datetime.datetime(2024, 3, 5, 12, 30, tzinfo=datetime.UTC),
        ),
    ),
    (check_language, _article()),
    (check_language, _article(language="en")),
    (check_language, _article(language="de-AT")),
    (check_language, _article(language="zh-Hant-TW")),
    (check_language, _article(language="es-419")),
    (check_language, _article(language="sr-Latn-RS")),
    (check_language, _article(language="en-GB-oxendict")),
    (check_language, _article(language="x-private")),
    (check_url, _article()),
    (check_url, _article(url="https://example.org/ferry?id=1#top")),
    (check_url, _article(url="urn:example:ferry")),
    (check_people, _article()),
    (
        check_people,
        _article(
            bylines=(Person(name="Ada Brook"),),
            sections=_body(
                BlockQuote(text="Ready.", speaker=Person(name="Mara Quell")),
                BlockQuote(text="Set."),
                Paragraph(
                    text="“Go,” she said.",
                    quotes=(Quote(text="Go,", speaker=Person(name="Mara Quell"), start=1, end=4),),
                ),
            ),
        ),
    ),
    (check_text, _article()),
    (
        check_text,
        _article(
            sections=(
                Section(heading=None, blocks=(Paragraph(text="One line."),)),
                Section(
                    heading="Next",
                    blocks=(
                        BlockQuote(text="Quoted."),
                        ListBlock(items=("a", "b")),
                        Figure(media=Media()),
                    ),
                ),
            )
        ),
    ),
    (check_quotes, _article()),
    (
        check_quotes,
        _article(
            sections=_body(
                BlockQuote(text="x"),
                Paragraph(
                    text="abcdef",
                    quotes=(Quote(text="ab", start=0, end=2), Quote(text="cd", start=2, end=4)),
                ),
            )
        ),
    ),
]


def _found(problems: Iterable[Problem]) -> Found:
    return [(p.code, p.severity, p.location.pointer or "") for p in problems]


def _rule_id(value: object) -> str | None:
    return getattr(value, "__name__", None)  # the rule's name; pytest numbers the rest


class TestRules:
    """Each rule on its own."""

    def test_every_rule_is_tested(self) -> None:
        """Every rule in RULES has a failing and a passing case here, and nothing else is listed."""
        assert set(RULES) == {rule for rule, _article, _found in FAILING}
        assert set(RULES) == {rule for rule, _article in PASSING}

    @pytest.mark.parametrize(("rule", "article", "expected"), FAILING, ids=_rule_id)
    def test_failing(self, rule: Rule, article: Article, expected: Found) -> None:
        """The rule finds exactly the expected problems, in order, with messages."""
        problems = list(rule(article, NOW))
        assert expected == _found(problems)
        assert all(problem.message for problem in problems)

    @pytest.mark.parametrize(("rule", "article"), PASSING, ids=_rule_id)
    def test_passing(self, rule: Rule, article: Article) -> None:
        """The rule finds nothing in a good article."""
        assert [] == list(rule(article, NOW))

    @pytest.mark.parametrize(("rule", "article"), PASSING, ids=_rule_id)
    def test_passing_articles_are_clean(self, rule: Rule, article: Article) -> None:
        """The good articles pass every rule, so that they test one rule at a time."""
        assert [] == _found(newsmodel.validate(article, now=NOW))

    @pytest.mark.parametrize(("rule", "article", "expected"), FAILING, ids=_rule_id)
    def test_validate_reports_them(self, rule: Rule, article: Article, expected: Found) -> None:
        """validate() reports what the rule finds, in the same order."""
        found = _found(newsmodel.validate(article, now=NOW))
        assert expected == [item for item in found if item in expected]

    def test_problems_have_no_source(self) -> None:
        """Problems point into the article; the source is for readers and the CLI to add."""
        problem = next(check_url(_article(url="nowhere"), NOW))
        assert (None, None, None) == (
            problem.location.source,
            problem.location.line,
            problem.location.xpath,
        )

    def test_messages(self) -> None:
        """Messages quote the offending value."""
        assert "'en_US'" in next(check_language(_article(language="en_US"), NOW)).message
        assert "'nowhere'" in next(check_url(_article(url="nowhere"), NOW)).message
        future = NOW + 48 * HOUR
        assert future.isoformat() in next(check_dates(_article(published=future), NOW)).message


class TestValidate:
    """validate() runs every rule in order."""

    def test_clean(self) -> None:
        """A good article has no problems."""
        assert () == newsmodel.validate(_article(language="en", url="https://example.org/a"))

    def test_order_and_collection(self) -> None:
        """Problems from several rules are all returned, in rule order."""
        article = Article(
            headline="Ferry service resumes",
            language="en_US",
            url="nowhere",
            bylines=(Person(name=""),),
            published=NOW + 72 * HOUR,
        )
        assert [
            ("empty-body", "warning", "/sections"),
            ("future-date", "warning", "/published"),
            ("bad-language-tag", "error", "/language"),
            ("bad-url", "warning", "/url"),
            ("blank-name", "error", "/bylines/0/name"),
        ] == _found(newsmodel.validate(article, now=NOW))

    def test_returns_a_tuple(self) -> None:
        """The problems come as a tuple of Problem."""
        problems = newsmodel.validate(_article(url="nowhere"), now=NOW)
        assert isinstance(problems, tuple)
        assert [Problem] == [type(problem) for problem in problems]

    def test_now_is_the_clock_by_default(self) -> None:
        """Without now=, the clock decides what is in the future."""
        past = datetime.datetime(2001, 1, 1, tzinfo=datetime.UTC)
        far = datetime.datetime(9000, 1, 1, tzinfo=datetime.UTC)
        assert () == newsmodel.validate(_article(published=past))
        assert [("future-date", "warning", "/published")] == _found(
            newsmodel.validate(_article(published=far))
        )

    def test_now_moves_the_future(self) -> None:
        """now= sets the present: the same date is future for one now and past for another."""
        published = datetime.datetime(2030, 6, 1, tzinfo=datetime.UTC)
        article = _article(published=published)
        assert ["future-date"] == [p.code for p in newsmodel.validate(article, now=NOW)]
        later = published + datetime.timedelta(days=1)
        assert () == newsmodel.validate(article, now=later)

    def test_tolerance(self) -> None:
        """A date up to one day ahead of now is accepted (time zones, embargoes)."""
        day = datetime.timedelta(days=1)
        assert () == newsmodel.validate(_article(published=NOW + day), now=NOW)
        ahead = NOW + day + datetime.timedelta(seconds=1)
        assert ["future-date"] == [
            p.code for p in newsmodel.validate(_article(published=ahead), now=NOW)
        ]

    def test_now_in_another_zone(self) -> None:
        """now= in any time zone compares by the instant."""
        tokyo = datetime.timezone(datetime.timedelta(hours=9))
        now = NOW.astimezone(tokyo)
        article = _article(published=NOW + 25 * HOUR)
        assert ["future-date"] == [p.code for p in newsmodel.validate(article, now=now)]

    def test_naive_now(self) -> None:
        """A naive now= is refused with a ValueError, whatever the article."""
        with pytest.raises(ValueError, match="timezone-aware"):
            newsmodel.validate(_article(), now=datetime.datetime(2024, 3, 5, 12))

    def test_does_not_change_the_article(self) -> None:
        """Validation reads the article only."""
        article = _article(language="en_US")
        before = attrs.asdict(article)
        newsmodel.validate(article, now=NOW)
        assert before == attrs.asdict(article)
