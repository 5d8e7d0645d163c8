"""``newsmodel formats``: list the formats, what newsmodel can do with each, and their
extensions."""

import argparse
from typing import TextIO

from newsmodel import formats
from newsmodel.batch.outcome import ExitCode

__all__ = ["run_formats"]


def run_formats(_args: argparse.Namespace, _stderr: TextIO) -> int:
    """Print one line per registered format; return the exit code."""
    rows = [
        (
            fmt.name,
            "read" if fmt.readable else "-",
            "write" if fmt.writable else "-",
            " ".join(fmt.extensions) or "-",
            fmt.description,
        )
        for fmt in sorted(formats.FORMATS.values(), key=lambda fmt: fmt.name)
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[4]]))
    return ExitCode.OK
