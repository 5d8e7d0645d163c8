"""Time newsmodel's JSON reading and writing against the standard library's json on the same data.

For each article the peer is the stdlib doing the plain-dict half of the same job:

* ``dumps``: ``newsmodel.dumps(article, format=F)`` against ``json.dumps`` of the article's data as
  plain dicts with the same options, producing the same text;
* ``loads``: ``newsmodel.loads(text, format=F)`` against ``json.loads(text)``.

The ratio is newsmodel's time over the peer's (1.00x = as fast as the stdlib alone). The
targets (issue 13): ``loads`` within 2.5x of ``json.loads``, ``dumps`` within 1.5x of
``json.dumps``.

Three sets of articles, each measured on its own and all together:

* ``synthetic``: generated with a fixed seed to look like real news: 3 sections, 25 paragraphs of
  40 to 120 words, inline quotes with speakers, block quotes, figures, a list, bylines, subjects
  and keywords;
* ``html pages``: the dev web pages of ``../shared/corpus/html/*/html/``, read with newsmodel's
  HTML reader (when ``../shared`` is present);
* ``wire text``: the Reuters stories of ``../shared/corpus/text/reuters21578-dev.jsonl``, read
  with newsmodel's text reader (likewise).

``construct`` is the cost of the model's constructors (their type checks and invariants) per
article: every object of the article built again from its already-built parts, bottom up, and
the same with attrs validators switched off, for the share the checks take.

Run: ``python benchmarks/bench_json.py [--articles N] [--pages N] [--repeat R]``.
"""

import argparse
import datetime
import gc
import gzip
import json
import random
import sys
import time
import warnings
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, Literal

import attrs

import newsmodel
from newsmodel import (
    Article,
    BlockQuote,
    Dateline,
    Figure,
    ListBlock,
    Media,
    Note,
    NoteKind,
    Paragraph,
    Person,
    Quote,
    Section,
    Subject,
)
from newsmodel.formats.json import to_data

_PROSE = (
    "the minister said government talks would resume next week after officials from both sides "
    "agreed on a framework for negotiations covering trade security and energy while critics "
    "warned that the deal could collapse under pressure from parliament where opposition parties "
    "have demanded a vote on any agreement before it takes effect in the new year écoles naïve "
    "Zürich Łódź"
)
WORDS = tuple(_PROSE.split())
NAMES = ("Maria Keller", "Sergei Volkov", "Amina Diallo", "John Harper", "Li Wei", "Ana Souza")


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def _paragraph(rng: random.Random) -> Paragraph:
    text = _sentence(rng, 20, 60)
    quotes: list[Quote] = []
    if rng.random() < 0.5:
        quoted = _sentence(rng, 8, 30)
        speaker = rng.choice(NAMES)
        prefix = f"“{quoted}” {speaker} said. "
        text = prefix + text
        quote = Quote(text=quoted, start=1, end=1 + len(quoted), speaker=Person(name=speaker))
        quotes.append(quote)
    return Paragraph(text=text, quotes=tuple(quotes))


def make_article(rng: random.Random, number: int) -> Article:
    """Return a realistic article, the same for the same generator state."""
    sections = []
    for index in range(3):
        blocks: list[Paragraph | BlockQuote | Figure | ListBlock] = [
            _paragraph(rng) for _ in range(8)
        ]
        if index == 0:
            blocks.insert(
                2,
                Figure(
                    media=Media(
                        url=f"https://example.org/img/{number}.jpg",
                        caption=_sentence(rng, 8, 16),
                        credit="Example Agency",
                        alt=_sentence(rng, 4, 8),
                    )
                ),
            )
        if index == 1:
            blocks.append(BlockQuote(text=_sentence(rng, 15, 30), speaker=Person(name=NAMES[0])))
            blocks.append(ListBlock(items=tuple(_sentence(rng, 4, 10) for _ in range(4))))
        sections.append(
            Section(
                heading=None if index == 0 else _sentence(rng, 2, 5).rstrip("."),
                blocks=tuple(blocks),
            )
        )
    return Article(
        headline=_sentence(rng, 6, 12).rstrip("."),
        subheadline=_sentence(rng, 12, 24),
        bylines=(Person(name=rng.choice(NAMES), role="author", organization="Example News"),),
        dateline=Dateline(
            text="GENEVA, March 3 (Example)", place="GENEVA", month=3, day=3, source="Example"
        ),
        published=datetime.datetime(2024, 3, 3, 9, 30, tzinfo=datetime.UTC),
        modified=datetime.datetime(
            2024, 3, 3, 11, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
        ),
        language="en",
        source="Example News",
        url=f"https://example.org/news/{number}",
        id=f"urn:example:{number}",
        sections=tuple(sections),
        media=(Media(url=f"https://example.org/lead/{number}.jpg", credit="Example Agency"),),
        keywords=("talks", "trade", "energy"),
        subjects=(Subject(code="medtop:11000000", name="politics"),),
        notes=(Note(kind=NoteKind.CORRECTION, text=_sentence(rng, 10, 20)),),
        rights="© 2024 Example News",
    )


def _dump_all(articles: list[Article], name: Literal["json", "jsonl"]) -> list[str]:
    return [newsmodel.dumps(a, format=name) for a in articles]


def _stdlib_dump_all(dicts: list[dict[str, Any]], kwargs: dict[str, Any]) -> list[str]:
    return [json.dumps(d, **kwargs) for d in dicts]


def _load_all(texts: list[str], name: Literal["json", "jsonl"]) -> list[Article]:
    return [newsmodel.loads(t, format=name) for t in texts]


def _stdlib_load_all(texts: list[str]) -> list[Any]:
    return [json.loads(t) for t in texts]


SHARED = Path(__file__).resolve().parents[1].parent / "shared"
"""The shared folder beside the checkout, which holds the corpus."""


def _read_quietly(data: bytes | str, name: Literal["html", "text"]) -> Article | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # forgiven faults and losses do not matter here
        try:
            return newsmodel.loads(data, format=name)
        except newsmodel.NewsModelError:
            return None


def html_articles(limit: int | None) -> list[Article]:
    """The dev web pages of the shared corpus, read with the HTML reader."""
    pages = sorted((SHARED / "corpus" / "html").glob("*/html/*.gz"))[:limit]
    found = (_read_quietly(gzip.decompress(path.read_bytes()), "html") for path in pages)
    return [article for article in found if article is not None]


def wire_articles(limit: int | None) -> list[Article]:
    """The Reuters dev stories of the shared corpus, read with the text reader."""
    path = SHARED / "corpus" / "text" / "reuters21578-dev.jsonl"
    lines = path.read_text("utf-8").splitlines()[:limit]
    found = (_read_quietly(json.loads(line)["text"], "text") for line in lines)
    return [article for article in found if article is not None]


def _parts(value: object, out: list[tuple[type, dict[str, Any]]]) -> None:
    """Append the (class, arguments) of every model object in ``value``, children first."""
    if isinstance(value, tuple):
        for item in value:
            _parts(item, out)
    elif attrs.has(type(value)):
        arguments = {}
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]  # checked by attrs.has
            child = getattr(value, field.name)
            _parts(child, out)
            arguments[field.name] = child
        out.append((type(value), arguments))


def construct_all(parts: list[tuple[type, dict[str, Any]]]) -> None:
    """Call every constructor once with its arguments."""
    for cls, arguments in parts:
        cls(**arguments)


def construct_without_checks(parts: list[tuple[type, dict[str, Any]]]) -> None:
    """The same with attrs validators switched off (converters and invariants still run)."""
    with attrs.validators.disabled():
        construct_all(parts)


def best_of(*functions: Callable[[], object], repeat: int) -> list[float]:
    """Return the best CPU time of ``repeat`` runs of each function, in seconds.

    The functions take turns (one run of each, ``repeat`` times), so that a busy spell of the
    machine falls on all of them alike. CPU time (:func:`time.process_time`) rather than wall
    time: on a machine shared with other work, it counts only what this process spent. The
    garbage collector is off while timing, as :mod:`timeit` does, so that a collection of the
    whole heap (which holds every article of the run) does not land on one side at random.
    """
    best = [float("inf")] * len(functions)
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            for index, function in enumerate(functions):
                start = time.process_time()
                function()
                best[index] = min(best[index], time.process_time() - start)
    finally:
        if enabled:
            gc.enable()
    return best


def measure(label: str, articles: list[Article], repeat: int) -> None:
    """Print the dumps and loads ratios and the construction cost for one set of articles."""
    dicts = [to_data(a) for a in articles]
    options: dict[str, dict[str, Any]] = {
        "json": {"ensure_ascii": False, "indent": 2},
        "jsonl": {"ensure_ascii": False, "separators": (",", ":")},
    }
    size = sum(len(newsmodel.dumps(a, format="json")) for a in articles) / len(articles)
    print(f"\n{label}: {len(articles)} articles, {size / 1024:.1f} KiB of JSON each on average")
    print(f"{'operation':<16}{'newsmodel':>14}{'stdlib json':>14}{'ratio':>9}")
    names: tuple[Literal["json", "jsonl"], ...] = ("json", "jsonl")
    for name in names:
        texts = [newsmodel.dumps(a, format=name) for a in articles]
        kwargs = options[name]
        assert texts == [json.dumps(d, **kwargs) + "\n" for d in dicts]
        rows = (
            (
                "dumps",
                partial(_dump_all, articles, name),
                partial(_stdlib_dump_all, dicts, kwargs),
            ),
            ("loads", partial(_load_all, texts, name), partial(_stdlib_load_all, texts)),
        )
        for operation, ours_run, peer_run in rows:
            ours, peer = best_of(ours_run, peer_run, repeat=repeat)
            print(
                f"{operation + ' ' + name:<16}{ours * 1e6 / len(articles):>11.1f} µs"
                f"{peer * 1e6 / len(articles):>11.1f} µs{ours / peer:>8.2f}x"
            )
    parts: list[tuple[type, dict[str, Any]]] = []
    for article in articles:
        _parts(article, parts)
    checked, unchecked = best_of(
        partial(construct_all, parts), partial(construct_without_checks, parts), repeat=repeat
    )
    print(
        f"{'construct':<16}{checked * 1e6 / len(articles):>11.1f} µs per article "
        f"({len(parts) / len(articles):.0f} objects; without validators "
        f"{unchecked * 1e6 / len(articles):.1f} µs)"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one line per measurement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="synthetic articles")
    parser.add_argument(
        "--pages", type=int, default=None, help="at most this many HTML pages and wire stories"
    )
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)

    rng = random.Random(20241127)
    sets = [("synthetic", [make_article(rng, n) for n in range(args.articles)])]
    if SHARED.is_dir():
        sets.append(("html pages", html_articles(args.pages)))
        sets.append(("wire text", wire_articles(args.pages)))
    else:
        print(f"{SHARED} is absent: the corpus sets are left out")
    sets.append(("all", [article for _label, articles in sets for article in articles]))
    print(f"best of {args.repeat} runs; Python {sys.version.split()[0]}")
    for label, articles in sets:
        if articles:
            measure(label, articles, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
