"""Editorial checks on a well-formed article: ``validate(article) -> problems``.

The model's constructors already refuse what makes no sense (an empty headline, a naive datetime,
a quote span that does not match); these rules find what is legal but probably wrong. Each rule is
one small function that yields :class:`~newsmodel.errors.Problem` objects with a stable code and a
JSON pointer into the article. The codes are listed in the docs' problem-code table.
"""

import datetime
import re
from collections.abc import Callable, Iterator

from newsmodel._fields import is_language_tag
from newsmodel.errors import Location, Problem, join_pointer
from newsmodel.model import Article, BlockQuote, ListBlock, Paragraph, Person

__all__ = ["RULES", "is_language_tag", "validate"]

Rule = Callable[[Article, datetime.datetime], Iterator[Problem]]

_URL = re.compile(r"^[a-zA-Z][a-zA-Z\d+.-]*:[^\s]+$")


_FUTURE_TOLERANCE = datetime.timedelta(days=1)


def _problem(code: str, severity: str, message: str, *pointer: str | int) -> Problem:
    return Problem(code, severity, message, Location(pointer=join_pointer(*pointer)))


def check_empty_body(article: Article, _now: datetime.datetime) -> Iterator[Problem]:
    """``empty-body``: the article has no paragraph, block quote, list or figure with content."""
    for block in article.blocks:
        match block:
            case Paragraph(text=text) | BlockQuote(text=text) if text.strip():
                return
            case ListBlock(items=items) if any(item.strip() for item in items):
                return
            case Paragraph() | BlockQuote() | ListBlock():
                continue
            case _:
                return
    yield _problem("empty-body", "warning", "the article has no body text", "sections")


def check_dates(article: Article, now: datetime.datetime) -> Iterator[Problem]:
    """``future-date`` and ``modified-before-published``."""
    for name in ("published", "modified"):
        value: datetime.datetime | None = getattr(article, name)
        if value is not None and value > now + _FUTURE_TOLERANCE:
            yield _problem(
                "future-date", "warning", f"{name} {value.isoformat()} is in the future", name
            )
    if article.published and article.modified and article.modified < article.published:
        yield _problem(
            "modified-before-published",
            "warning",
            f"modified {article.modified.isoformat()} is before published "
            f"{article.published.isoformat()}",
            "modified",
        )


def check_language(article: Article, _now: datetime.datetime) -> Iterator[Problem]:
    """``bad-language-tag``: ``language`` is not a BCP 47 tag."""
    if article.language is not None and not is_language_tag(article.language):
        yield _problem(
            "bad-language-tag",
            "error",
            f"{article.language!r} is not a BCP 47 language tag such as 'en' or 'de-AT'",
            "language",
        )


def check_url(article: Article, _now: datetime.datetime) -> Iterator[Problem]:
    """``bad-url``: ``url`` is not an absolute URL."""
    if article.url is not None and not _URL.match(article.url):
        yield _problem("bad-url", "warning", f"{article.url!r} is not an absolute URL", "url")


def _people(article: Article) -> Iterator[tuple[Person, tuple[str | int, ...]]]:
    for index, person in enumerate(article.bylines):
        yield person, ("bylines", index)
    for s, section in enumerate(article.sections):
        for b, block in enumerate(section.blocks):
            if isinstance(block, BlockQuote) and block.speaker is not None:
                yield block.speaker, ("sections", s, "blocks", b, "speaker")
            if isinstance(block, Paragraph):
                for q, quote in enumerate(block.quotes):
                    if quote.speaker is not None:
                        yield quote.speaker, ("sections", s, "blocks", b, "quotes", q, "speaker")


def check_people(article: Article, _now: datetime.datetime) -> Iterator[Problem]:
    """``blank-name``: a byline or speaker has an empty name."""
    for person, path in _people(article):
        if not person.name.strip():
            yield _problem("blank-name", "error", "a person needs a name", *path, "name")


def check_text(article: Article, _now: datetime.datetime) -> Iterator[Problem]:
    """``blank-text``, ``blank-heading`` and ``hard-wrapped-paragraph``."""
    for s, section in enumerate(article.sections):
        if section.heading is not None and not section.heading.strip():
            yield _problem(
                "blank-heading",
                "warning",
                "the heading is blank; use null for a section without one",
                "sections",
                s,
                "heading",
            )
        for b, block in enumerate(section.blocks):
            if isinstance(block, Paragraph | BlockQuote):
                if not block.text.strip():
                    yield _problem(
                        "blank-text",
                        "warning",
                        "the block has no text",
                        "sections",
                        s,
                        "blocks",
                        b,
                        "text",
                    )
                elif isinstance(block, Paragraph) and "\n" in block.text:
                    yield _problem(
                        "hard-wrapped-paragraph",
                        "warning",
                        "the paragraph holds a line break; one paragraph should be one line",
                        "sections",
                        s,
                        "blocks",
                        b,
                        "text",
                    )
            elif isinstance(block, ListBlock):
                for i, item in enumerate(block.items):
                    if not item.strip():
                        yield _problem(
                            "blank-text",
                            "warning",
                            "the list item has no text",
                            "sections",
                            s,
                            "blocks",
                            b,
                            "items",
                            i,
                        )


def check_quotes(article: Article, _now: datetime.datetime) -> Iterator[Problem]:
    """``overlapping-quotes``: a paragraph's quotes are out of order or overlap."""
    for s, section in enumerate(article.sections):
        for b, block in enumerate(section.blocks):
            if not isinstance(block, Paragraph):
                continue
            for q in range(1, len(block.quotes)):
                if block.quotes[q].start < block.quotes[q - 1].end:
                    yield _problem(
                        "overlapping-quotes",
                        "warning",
                        f"quote {q} starts before quote {q - 1} ends",
                        "sections",
                        s,
                        "blocks",
                        b,
                        "quotes",
                        q,
                    )


RULES: tuple[Rule, ...] = (
    check_empty_body,
    check_dates,
    check_language,
    check_url,
    check_people,
    check_text,
    check_quotes,
)
"""Every rule :func:`validate` applies, in order."""


def validate(article: Article, *, now: datetime.datetime | None = None) -> tuple[Problem, ...]:
    """Return what is probably wrong with an article, errors and warnings, in rule order.

    Args:
        article: The article to check.
        now: The current time for the ``future-date`` rule, timezone-aware; defaults to the
            clock.

    Returns:
        The problems found; empty when none.

    Raises:
        ValueError: if ``now`` is a naive datetime, which cannot be compared with the article's.

    >>> import newsmodel
    >>> article = newsmodel.Article(headline="Talks", language="en_US")
    >>> [problem.code for problem in newsmodel.validate(article)]
    ['empty-body', 'bad-language-tag']
    """
    if now is not None and now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, not {now.isoformat()}")
    moment = now if now is not None else datetime.datetime.now(datetime.UTC)
    return tuple(problem for rule in RULES for problem in rule(article, moment))
