"""Pages per second: newsmodel's HTML reader, trafilatura, and lxml.html parsing alone.

Usage::

    python benchmarks/bench_html.py [SHARED_DIR] [--rounds N]

SHARED_DIR defaults to ``../shared`` beside the repository. The pages are the gzipped pages of
``corpus/html/aeb-dev``, ``corpus/html/fundus-dev`` and ``corpus/html/trafeval-dev``,
decompressed into memory first. Each tool
reads every page from its bytes, in one process, in ``N`` rounds (default 3); in a round each page
goes to the tools in turn, and each tool's best round counts:

- **newsmodel**: ``newsmodel.formats.html.read`` (the whole article: metadata, body structure,
  dateline, quotes and speakers);
- **trafilatura** 2.3.1 (the ``benchmark`` extra): ``extract(..., output_format="json",
  with_metadata=True)``, default settings;
- **lxml.html**: ``lxml.html.document_fromstring`` alone, the floor any lxml-based reader stands
  on.

It prints each one's pages per second and the ratios newsmodel / trafilatura (target: 5 or more)
and lxml / newsmodel (how many times slower than parsing alone newsmodel is; target: 4 or less).
``eval_html.py`` prints the same figures after its quality figures.
"""

import contextlib
import gzip
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html
import trafilatura

from newsmodel.errors import NewsModelError
from newsmodel.formats import ReadOptions
from newsmodel.formats.html import read

_DEFAULT_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
_OPTIONS = ReadOptions()


def pages(shared: Path) -> list[bytes]:
    """The pages of the three development sets, decompressed."""
    folder = shared / "corpus" / "html"
    paths: list[Path] = []
    for name in ("aeb-dev", "fundus-dev", "trafeval-dev"):
        paths += sorted((folder / name / "html").glob("*.html.gz"))
    return [gzip.decompress(path.read_bytes()) for path in paths]


def _newsmodel(data: bytes) -> None:
    with contextlib.suppress(NewsModelError):
        read(data, _OPTIONS)


def _trafilatura(data: bytes) -> None:
    trafilatura.extract(data, output_format="json", with_metadata=True)


def _lxml(data: bytes) -> None:
    lxml.html.document_fromstring(data)


def _round(tools: dict[str, Callable[[bytes], None]], pages: list[bytes]) -> dict[str, float]:
    """Each tool's seconds over all pages, every page given to the tools in turn."""
    spent = dict.fromkeys(tools, 0.0)
    clock = time.perf_counter
    for page in pages:
        for name, function in tools.items():
            start = clock()
            function(page)
            spent[name] += clock() - start
    return spent


def rates(loaded: list[bytes], rounds: int) -> dict[str, float]:
    """Each tool's pages per second on ``loaded``, its best of ``rounds`` rounds.

    The tools take each page in turn, so that a machine whose speed drifts (a shared virtual
    machine: runs a minute apart differed by a third) slows them alike; timing each tool over
    all pages at once let the drift decide the ratios."""
    tools = {"newsmodel": _newsmodel, "trafilatura": _trafilatura, "lxml.html": _lxml}
    best = dict.fromkeys(tools, float("inf"))
    for _ in range(rounds):
        for name, seconds in _round(tools, loaded).items():
            best[name] = min(best[name], seconds)
    return {name: len(loaded) / seconds for name, seconds in best.items()}


def main(argv: list[str]) -> int:
    """Print the rates and ratios; return the exit status."""
    rounds = 3
    if "--rounds" in argv:
        rounds = int(argv[argv.index("--rounds") + 1])
    paths = [arg for arg in argv[1:] if not arg.startswith("-") and not arg.isdigit()]
    shared = Path(paths[0]) if paths else _DEFAULT_SHARED
    loaded = pages(shared)
    megabytes = sum(len(page) for page in loaded) / 1e6
    print(f"{len(loaded)} pages, {megabytes:.1f} MB, best of {rounds} rounds, one process")
    found = rates(loaded, rounds)
    for name, rate in found.items():
        print(f"  {name:<12} {rate:8.1f} pages/s")
    print(f"  newsmodel / trafilatura: {found['newsmodel'] / found['trafilatura']:.2f}x faster")
    print(f"  lxml.html / newsmodel:   {found['lxml.html'] / found['newsmodel']:.2f}x slower")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
