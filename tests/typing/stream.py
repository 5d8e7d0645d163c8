"""Type-level tests of streaming (issue 13), checked by ``mypy --strict src tests/typing``.

Nothing here runs: the checks live in a function that is never called. ``errors="collect"``
makes ``load_all`` and ``loads_all`` yield :class:`~newsmodel.api.Record` objects; the other
modes yield articles.
"""

from collections.abc import Iterator
from pathlib import Path

import newsmodel
from newsmodel import Article
from newsmodel.api import Record


def return_types(text: str, path: Path) -> None:
    """The mode decides what the iteration yields."""
    articles: Iterator[Article] = newsmodel.load_all(path, errors="skip")
    raised: Iterator[Article] = newsmodel.loads_all(text, errors="raise")
    records: Iterator[Record] = newsmodel.load_all(path, errors="collect")
    in_memory: Iterator[Record] = newsmodel.loads_all(text, format="jsonl", errors="collect")
    wrong: Iterator[Article] = newsmodel.load_all(path, errors="collect")  # type: ignore[assignment]
    newsmodel.loads_all(text, errors="ignore")  # type: ignore[call-overload]
    for record in records:
        article: Article | None = record.article
        print(article, record.line, record.problems, record.ok)
    print(articles, raised, in_memory, wrong)
