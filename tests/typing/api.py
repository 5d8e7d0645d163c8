"""Type-level tests of the public API, checked by ``mypy --strict src tests/typing``.

Nothing here runs: the checks live in functions that are never called, so that importing this
module (pytest's ``--doctest-modules`` imports every module under ``tests``) does nothing.

Each ``# type: ignore[code]`` marks a call mypy must reject; because ``warn_unused_ignores`` is on
under ``--strict``, a call that mypy started to accept would fail the check. The annotated
assignments pin the return types.
"""

import datetime
from collections.abc import Iterator
from pathlib import Path

import attrs

import newsmodel
from newsmodel import Article, Location, Problem, WriteOptions
from newsmodel.api import parse
from newsmodel.formats import Parsed, ReadFormat, WriteFormat


def return_types(text: str, data: bytes, path: Path) -> None:
    """Each function returns what its annotation promises."""
    from_text: Article = newsmodel.loads(text, format="json")
    from_bytes: Article = newsmodel.loads(data)
    from_path: Article = newsmodel.load(path)
    from_name: Article = newsmodel.load(str(path), format="jsonl")
    with path.open("rb") as stream:
        from_stream: Article = newsmodel.load(stream, reference_date=datetime.date(2024, 3, 5))
    every: Iterator[Article] = newsmodel.loads_all(text, format="jsonl")
    every_in_file: Iterator[Article] = newsmodel.load_all(path)
    written: str = newsmodel.dumps(from_text, format="json", options=WriteOptions())
    newsmodel.dump(from_bytes, path, strict=True)
    problems: tuple[Problem, ...] = newsmodel.validate(from_path, now=None)
    parsed: Parsed = parse(data, source="story.json")
    where: Location | None = parsed.locations.get("/headline")
    print(from_name, from_stream, every, every_in_file, written, problems, where)


def format_names(article: Article, text: str) -> None:
    """Format names are Literal types: a name that does not exist, or cannot go that way, fails."""
    readable: ReadFormat = "jsonl"
    writable: WriteFormat = "json"
    newsmodel.loads(text, format=readable)
    newsmodel.dumps(article, format=writable)
    newsmodel.loads(text, format="markdown")  # type: ignore[arg-type]
    newsmodel.load("story.md", format="markdown")  # type: ignore[arg-type]
    newsmodel.dumps(article, format="nope")  # type: ignore[arg-type]
    newsmodel.dump(article, "story.nope", format="nope")  # type: ignore[arg-type]
    name: str = "json"
    newsmodel.loads(text, format=name)  # type: ignore[arg-type]


def argument_types(article: Article, path: Path) -> None:
    """Arguments of the wrong kind are rejected before anything runs."""
    newsmodel.loads(42, format="json")  # type: ignore[arg-type]
    with path.open(encoding="utf-8") as text_stream:
        newsmodel.load(text_stream)  # type: ignore[arg-type]
    newsmodel.dumps(article)  # type: ignore[call-arg]
    newsmodel.loads("{}", "json")  # type: ignore[call-arg]


def model_types(article: Article) -> None:
    """Model objects are frozen, keyword-only, and typed."""
    article.headline = "Changed"  # type: ignore[misc]
    newsmodel.Person("Ada Brook")  # type: ignore[call-arg]
    newsmodel.Article(headline=None)  # type: ignore[arg-type]
    newsmodel.Article(headline="x", keywords=[1])  # type: ignore[list-item]
    listed: Article = newsmodel.Article(headline="x", keywords=["storm"])  # a list becomes a tuple
    kept: tuple[str, ...] = listed.keywords
    newsmodel.Media(kind="video")  # a member's value is taken for the member
    print(kept)
    changed: Article = attrs.evolve(article, headline="Changed")
    count: int = changed.word_count
    body: str = changed.text
    quotes: tuple[newsmodel.Quote, ...] = changed.quotes
    blocks: tuple[newsmodel.Block, ...] = changed.blocks
    paragraphs: tuple[newsmodel.Paragraph, ...] = changed.paragraphs
    print(count, body, quotes, blocks, paragraphs)


def error_types(error: newsmodel.NewsModelError) -> None:
    """Errors expose typed fields."""
    if isinstance(error, newsmodel.ParseError):
        line: int | None = error.location.line
        print(line)
    if isinstance(error, newsmodel.ValidationError):
        pointers: list[str | None] = [p.location.pointer for p in error.problems]
        print(pointers)
    if isinstance(error, newsmodel.SerializeError):
        pointer: str | None = error.pointer
        print(pointer)
