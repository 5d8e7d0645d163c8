"""A coverage-guided fuzzing harness for every reader, for long local runs with atheris (issue 7).

atheris is not a dependency of newsmodel and CI does not run this file; see docs/security.md::

    python -m pip install atheris
    python tests/fuzz/atheris_harness.py -max_total_time=3600 corpus/

The input's first byte chooses the reader (among the registry's readable formats); the rest is
the document. Any exception but a :class:`~newsmodel.NewsModelError`, and any
warning but a :class:`~newsmodel.NewsModelWarning`, is a crash that atheris reports and saves.
The seed corpus can be any folder of articles, such as ``tests/data``.
"""

import sys
import warnings

from newsmodel.errors import NewsModelError, NewsModelWarning
from newsmodel.formats import FORMATS, ReadOptions

__all__ = ["READERS", "main", "test_one_input"]

READERS = [name for name, fmt in FORMATS.items() if fmt.read is not None or fmt.read_all]
"""The formats fuzzed, chosen by the first byte of each input."""

_OPTIONS = ReadOptions(source="fuzzed")


def test_one_input(data: bytes) -> None:
    """Read one input with the reader its first byte chooses; raise on a property failure."""
    if not data:
        return
    fmt = FORMATS[READERS[data[0] % len(READERS)]]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning but a NewsModelWarning is a finding
        warnings.simplefilter("ignore", NewsModelWarning)
        try:
            for _parsed in fmt.read_many(data[1:], _OPTIONS):
                pass
        except NewsModelError:
            pass


def main(argv: list[str]) -> None:
    """Run atheris over :func:`test_one_input` with libFuzzer's command line ``argv``."""
    try:
        import atheris  # type: ignore[import-not-found, import-untyped, unused-ignore]  # optional
    except ImportError:
        sys.exit("atheris is not installed: python -m pip install atheris")
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
