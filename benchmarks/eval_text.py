"""Measure the plain-text reader on the Reuters-21578 development sample.

Usage::

    python benchmarks/eval_text.py [SHARED_DIR] [-v]

SHARED_DIR defaults to ``../shared`` beside the repository. Reads
``corpus/text/reuters21578-dev.jsonl`` (the faithful wire ``text`` of each story, with the story's
timestamp as the reference date) and prints the share of stories whose headline, dateline place,
dateline month and day, and body start (the first words of the body) are right, then how many
stories the reader reads per second on one core. ``-v`` lists the stories each check fails.
"""

import datetime
import json
import sys
import time
from pathlib import Path
from typing import Any

from newsmodel.formats import ReadOptions
from newsmodel.formats.text import read
from newsmodel.model import Article

_DEFAULT_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def _words(text: str) -> str:
    return " ".join(text.split())


def _checks(article: Article, expected: dict[str, Any]) -> dict[str, bool]:
    dateline = article.dateline
    body = _words(article.text)
    return {
        "headline": article.headline == _words(expected["headline"]),
        "dateline place": dateline is not None
        and dateline.place == (expected["dateline_city"] or expected["dateline_location"]),
        "dateline month/day": dateline is not None
        and (dateline.month, dateline.day)
        == (expected["dateline_month"], expected["dateline_day"]),
        "body start": body.startswith(_words(expected["body_first_words"])),
    }


def main(argv: list[str]) -> int:
    """Print the accuracy and speed figures; return the exit status."""
    verbose = "-v" in argv
    paths = [arg for arg in argv[1:] if arg != "-v"]
    shared = Path(paths[0]) if paths else _DEFAULT_SHARED
    path = shared / "corpus" / "text" / "reuters21578-dev.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    inputs = []
    for record in records:
        stamp = datetime.date.fromisoformat(record["expected"]["date"][:10])
        inputs.append((record["text"].encode("utf-8"), ReadOptions(reference_date=stamp)))
    right: dict[str, int] = {}
    failures: dict[str, list[str]] = {}
    for record, (data, options) in zip(records, inputs, strict=True):
        article = read(data, options).article
        for name, ok in _checks(article, record["expected"]).items():
            right[name] = right.get(name, 0) + ok
            if not ok:
                failures.setdefault(name, []).append(record["id"])
    total = len(records)
    print(f"stories: {total}")
    for name, count in right.items():
        print(f"{name}: {count}/{total} = {count / total:.1%}")
    # The best of several rounds, as timeit advises: slower rounds measure other processes.
    best = float("inf")
    for _ in range(7):
        started = time.process_time()
        for data, options in inputs:
            read(data, options)
        best = min(best, time.process_time() - started)
    print(f"speed: {total / best:,.0f} stories/s on one core (CPU time, best of 7 rounds)")
    if verbose:
        for name, ids in failures.items():
            print(f"wrong {name}: {' '.join(ids)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
