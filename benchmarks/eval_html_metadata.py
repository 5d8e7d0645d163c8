"""Measure the HTML reader's page metadata against trafilatura's on the fundus development pages.

Usage::

    python benchmarks/eval_html_metadata.py [SHARED_DIR] [-v]

SHARED_DIR defaults to ``../shared`` beside the repository. Reads
``corpus/html/fundus-dev/index.jsonl`` and the gzipped pages it lists, then prints for
:func:`newsmodel.formats.html._metadata.read_metadata` and for trafilatura 2.3.1's
``extract_metadata`` (default settings, no URL given to either), in the same run:

- **title**: exact match of the headline with ``title`` (whitespace squashed), over the pages
  that have a title;
- **authors**: set-F1 of the byline names against ``authors`` (exact names), averaged over the
  pages that list authors;
- **date**: the share of pages whose publication day equals ``publishing_date``'s day, over the
  pages that have one. newsmodel's datetime is first converted to the expected date's offset when
  it has one; trafilatura gives a day only, compared as it is.

Pages are parsed as the HTML reader parses them (``newsmodel.formats.html._page.parse_page``).
The last line times ``read_metadata`` alone on the parsed trees against the parsing itself.
``-v`` lists each miss. trafilatura is a benchmark-only dependency (the ``benchmark`` extra).
"""

import datetime
import gzip
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura

from newsmodel.formats.html._metadata import read_metadata
from newsmodel.formats.html._page import parse_page

_DEFAULT_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

Guess = tuple[str | None, list[str], str | None]
"""A title, author names and a publication day (``YYYY-MM-DD``)."""


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())


def _expected_day(value: str) -> tuple[str, datetime.tzinfo | None]:
    parsed = datetime.datetime.fromisoformat(value)
    return parsed.date().isoformat(), parsed.tzinfo


def _newsmodel(raw: bytes, zone: datetime.tzinfo | None) -> Guess:
    metadata = read_metadata(parse_page(raw))
    day = None
    if metadata.published is not None:
        published = metadata.published.astimezone(zone) if zone else metadata.published
        day = published.date().isoformat()
    return metadata.headline, [person.name for person in metadata.bylines], day


def _trafilatura(raw: bytes, zone: datetime.tzinfo | None) -> Guess:
    del zone  # trafilatura gives a day without a time
    tree = trafilatura.load_html(raw)  # what extract_metadata does with bytes
    document = trafilatura.extract_metadata(tree) if tree is not None else None
    if document is None:
        return None, [], None
    authors = [name.strip() for name in (document.author or "").split(";") if name.strip()]
    return document.title, authors, document.date


def _f1(expected: list[str], actual: list[str]) -> float:
    want = {_squash(name) for name in expected}
    got = {_squash(name) for name in actual}
    hits = len(want & got)
    if not hits:
        return 0.0
    precision, recall = hits / len(got), hits / len(want)
    return 2 * precision * recall / (precision + recall)


def _evaluate(
    name: str,
    guess: Callable[[bytes, datetime.tzinfo | None], Guess],
    pages: list[tuple[dict[str, Any], bytes]],
    verbose: bool,
) -> None:
    titles: list[float] = []
    authors: list[float] = []
    dates: list[float] = []
    start = time.perf_counter()
    for record, raw in pages:
        expected_day, zone = (
            _expected_day(record["publishing_date"])
            if record.get("publishing_date")
            else (None, None)
        )
        title, names, day = guess(raw, zone)
        label = record["html_path"].rsplit("/", 1)[-1]
        if record.get("title"):
            titles.append(_squash(title) == _squash(record["title"]))
            if verbose and not titles[-1]:
                print(f"  {name} title {label}: {title!r} != {record['title']!r}")
        if record.get("authors"):
            authors.append(_f1(record["authors"], names))
            if verbose and authors[-1] < 1:
                print(f"  {name} authors {label}: {names} != {record['authors']}")
        if expected_day:
            dates.append(day == expected_day)
            if verbose and not dates[-1]:
                print(f"  {name} date {label}: {day} != {expected_day}")
    elapsed = time.perf_counter() - start
    print(
        f"{name:12} title {sum(titles) / len(titles):.3f} ({len(titles)})"
        f"  authors {sum(authors) / len(authors):.3f} ({len(authors)})"
        f"  date {sum(dates) / len(dates):.3f} ({len(dates)})"
        f"  {len(pages) / elapsed:.1f} pages/s"
    )


def main(argv: list[str]) -> int:
    """Run the comparison; return the exit code."""
    verbose = "-v" in argv
    args = [arg for arg in argv if arg != "-v"]
    shared = Path(args[0]) if args else _DEFAULT_SHARED
    folder = shared / "corpus" / "html" / "fundus-dev"
    pages = []
    with (folder / "index.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            pages.append((record, gzip.decompress((folder / record["html_path"]).read_bytes())))
    print(f"fundus-dev: {len(pages)} pages")
    _evaluate("newsmodel", _newsmodel, pages, verbose)
    _evaluate("trafilatura", _trafilatura, pages, verbose)
    _time_alone(pages)
    return 0


def _time_alone(pages: list[tuple[dict[str, Any], bytes]]) -> None:
    """Print read_metadata's time on trees already parsed, against parsing them (best of 3)."""
    parse_time = metadata_time = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        roots = [parse_page(raw) for _, raw in pages]
        middle = time.perf_counter()
        for root in roots:
            read_metadata(root)
        end = time.perf_counter()
        parse_time = min(parse_time, middle - start)
        metadata_time = min(metadata_time, end - middle)
    per_page = 1000 / len(pages)
    print(
        f"read_metadata alone {metadata_time * per_page:.2f} ms/page;"
        f" parsing (parse_page) {parse_time * per_page:.2f} ms/page;"
        f" ratio {metadata_time / parse_time:.2f}"
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
