"""Checking one file for ``newsmodel validate``: read it, collect every problem, place each.

What the reader refuses, what it forgave (``Parsed.problems``, each under its own code), the
editorial rules of :func:`newsmodel.validate` and the user's schemas all become problems, placed in
the file by line, column, XPath and JSON pointer where known. Nothing here prints: a bug met on a
file comes back as an ``internal-error`` problem with its traceback, for the caller to show.
"""

import traceback
from collections.abc import Sequence

import attrs

from newsmodel import formats
from newsmodel.batch.files import read_input
from newsmodel.batch.items import iter_items, locate_problem
from newsmodel.batch.outcome import ExitCode, display_name
from newsmodel.batch.schemas import SchemaCheck
from newsmodel.errors import FormatError, Location, Problem
from newsmodel.formats import Format
from newsmodel.validation import validate

__all__ = ["FileReport", "check_file"]


@attrs.frozen(kw_only=True)
class FileReport:
    """What ``newsmodel validate`` found in one file.

    Attributes:
        path: The file as named on the command line or found in a folder.
        problems: Everything found, sorted by position.
        status: ``USAGE`` if the file could not be read or its format told, ``INTERNAL`` if
            newsmodel failed on it; otherwise ``OK``, and the problems decide.
        traceback: For ``INTERNAL``, the traceback of the bug, to be shown and reported.
    """

    path: str
    problems: tuple[Problem, ...] = ()
    status: ExitCode = ExitCode.OK
    traceback: str | None = None

    def count(self, severity: str) -> int:
        """Return how many problems of ``severity`` the file has."""
        return sum(1 for problem in self.problems if problem.severity == severity)

    def ok(self, *, strict: bool) -> bool:
        """Whether the file passes: no error, and no warning either with ``strict``."""
        if self.status != ExitCode.OK or self.count("error"):
            return False
        return not (strict and self.problems)

    def exit_code(self, *, strict: bool) -> ExitCode:
        """The exit code this file alone gives."""
        if self.status != ExitCode.OK:
            return self.status
        return ExitCode.OK if self.ok(strict=strict) else ExitCode.INVALID


def _reader(data: bytes, name: str, chosen: Format | None,
            schemas: Sequence[SchemaCheck]) -> Format:  # fmt: skip
    path = None if name == "-" else name
    fmt = formats.detect(data, path, chosen, advice="pass --from")
    if chosen is None and fmt.json_based:
        # A schema that belongs to a format (a ninjs schema) says how its files are read.
        implied = next((s.implies for s in schemas if s.implies is not None), None)
        if implied is not None:
            return formats.get(implied, direction="read")
    return fmt


def _check_items(name: str, data: bytes, chosen: Format | None,
                 schemas: Sequence[SchemaCheck]) -> list[Problem]:  # fmt: skip
    shown = display_name(name)
    fmt = _reader(data, name, chosen, schemas)
    found: list[Problem] = []
    for item in iter_items(data, fmt, shown):
        if item.parsed is None:
            found.extend(item.problems)
            continue
        found.extend(item.parsed.problems)
        for problem in validate(item.parsed.article):
            found.append(locate_problem(problem, item.parsed, shown, item.line))
    for schema in schemas:
        if schema.applies(fmt.name):
            found.extend(schema.check(data, shown, fmt.line_oriented))
    return found


def check_file(name: str, chosen: Format | None, schemas: Sequence[SchemaCheck]) -> FileReport:
    """Check one file (``-``: standard input) and return everything found in it.

    Only interrupts propagate: an unreadable file, an unknown format and a bug of newsmodel's are
    all reported in the :class:`FileReport`.
    """
    shown = display_name(name)
    where = Location(source=shown)
    try:
        data = read_input(name)
    except OSError as exc:
        problem = Problem("unreadable", "error", f"cannot read: {exc.strerror or exc}", where)
        return FileReport(path=shown, problems=(problem,), status=ExitCode.USAGE)
    try:
        found = _check_items(name, data, chosen, schemas)
    except FormatError as exc:
        problem = Problem("unknown-format", "error", str(exc), where)
        return FileReport(path=shown, problems=(problem,), status=ExitCode.USAGE)
    except Exception as exc:  # a bug in a reader: report it, go on with the next file
        message = f"newsmodel failed on this file: {type(exc).__name__}: {exc}"
        problem = Problem("internal-error", "error", message, where)
        return FileReport(
            path=shown,
            problems=(problem,),
            status=ExitCode.INTERNAL,
            traceback=traceback.format_exc(),
        )
    return FileReport(path=shown, problems=tuple(found))
