"""The scaling suite (issue 14): every reader and writer is linear in its input.

Each case builds one input family (:mod:`tests.scaling.families`) at size ``n`` and ``8 n`` and
times the larger against the smaller in the same run: a linear path takes about 8 times as long, a
quadratic one 64 times. A case fails when the ratio is over :data:`LIMIT` (16). Each size counts
its best of several timings (:func:`time.process_time`: this process's CPU time, garbage
collection off), and a ratio over the limit is measured again before it fails, so a busy machine
does not fail a linear case. This is a ratio, never an absolute time: no case asserts how long
anything takes.

Writers are timed with their loss check (what ``dumps`` runs); each reader reads what its own
writer made of every article family, and hand-written documents in shapes no writer makes.
"""

import warnings
from collections.abc import Callable

import pytest

from newsmodel.errors import NewsModelError
from newsmodel.formats import FORMATS, ReadOptions, WriteOptions
from newsmodel.model import Article
from tests.scaling.families import ARTICLES, DOCUMENTS
from tests.scaling.measure import FACTOR, LIMIT, RATIOS, ratio

READ = ReadOptions(source="scaling")
WRITE = WriteOptions()


def _quiet(call: Callable[[], object]) -> Callable[[], object]:
    def run() -> object:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                return call()
            except NewsModelError as error:
                return error

    return run


def _writing(format: str, build: Callable[[int], Article]) -> Callable[[int], Callable[[], object]]:
    fmt = FORMATS[format]
    assert fmt.write is not None

    def make(n: int) -> Callable[[], object]:
        article = build(n)
        return _quiet(lambda: (fmt.write(article, WRITE), fmt.losses(article, WRITE)))

    return make


def _reading(format: str, build: Callable[[int], bytes]) -> Callable[[int], Callable[[], object]]:
    fmt = FORMATS[format]

    def make(n: int) -> Callable[[], object]:
        data = build(n)
        return _quiet(lambda: list(fmt.read_many(data, READ)))

    return make


def _written_by(format: str, build: Callable[[int], Article]) -> Callable[[int], bytes]:
    fmt = FORMATS[format]
    assert fmt.write is not None

    def document(n: int) -> bytes:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return fmt.write(build(n), WRITE).encode("utf-8", "surrogatepass")

    return document


WRITERS = [name for name, fmt in FORMATS.items() if fmt.write is not None]
ROUND_TRIPS = [name for name in WRITERS if FORMATS[name].read or FORMATS[name].read_all]
HAND_WRITTEN = [(name, family) for name, families in DOCUMENTS.items() for family in families]


def _check(case: str, found: float) -> None:
    RATIOS[case] = found
    assert found <= LIMIT, f"{case}: {FACTOR}x the input took {found:.1f}x the time"


@pytest.mark.parametrize("family", ARTICLES)
@pytest.mark.parametrize("format", WRITERS)
def test_writer(format: str, family: str) -> None:
    """Writing an article (and checking what it loses) is linear in the article."""
    _check(f"write {format} {family}", ratio(_writing(format, ARTICLES[family])))


@pytest.mark.parametrize("family", ARTICLES)
@pytest.mark.parametrize("format", ROUND_TRIPS)
def test_reader_own_documents(format: str, family: str) -> None:
    """Reading what the format's own writer made of an article is linear in the document."""
    build = _written_by(format, ARTICLES[family])
    _check(f"read {format} own {family}", ratio(_reading(format, build)))


@pytest.mark.parametrize(("format", "family"), HAND_WRITTEN)
def test_reader_documents(format: str, family: str) -> None:
    """Reading a hand-written document is linear in the document."""
    _check(f"read {format} {family}", ratio(_reading(format, DOCUMENTS[format][family])))


def test_ratio_finds_quadratic() -> None:
    """The measure tells a quadratic path from a linear one (the suite can fail)."""

    def quadratic(n: int) -> Callable[[], object]:
        return lambda: sum(1 for _ in range(n // 4) for _ in range(n // 4))

    def linear(n: int) -> Callable[[], object]:
        return lambda: sum(1 for _ in range(n * 20))

    assert ratio(quadratic) > LIMIT
    assert ratio(linear) <= LIMIT
