"""``newsmodel validate``: check each file, choose the problems to report, report them.

Each file is read with its format's reader; what the reader refuses, what it forgave (its
warnings), the editorial rules of :func:`newsmodel.validate` and, with ``--schema``, the user's
schemas all become problems. ``--select`` and ``--ignore`` then choose among them by code or code
prefix; the problems that say a file could not be checked at all are always kept.
"""

import sys
import warnings
from collections.abc import Sequence
from typing import TextIO

import attrs

from newsmodel._cli_io import (
    LINE_FORMATS,
    ExitCode,
    UsageError,
    display_name,
    iter_items,
    locate_problem,
    read_input,
    reader_for,
)
from newsmodel._cli_plan import walk
from newsmodel._cli_report import (
    Diagnostics,
    FileReport,
    position,
    render_github,
    render_json,
    render_text,
    validate_summary,
)
from newsmodel._cli_schema import SchemaCheck, load_schemas
from newsmodel.errors import FormatError, Location, Problem
from newsmodel.formats import Format
from newsmodel.validation import validate

__all__ = ["ALWAYS_REPORTED", "ValidateRequest", "chosen_codes", "run_validate", "selected"]

ALWAYS_REPORTED = frozenset({"unreadable", "unknown-format", "internal-error"})
"""The codes that say a file could not be checked: ``--select`` and ``--ignore`` keep them."""


@attrs.frozen(kw_only=True)
class ValidateRequest:
    """What ``newsmodel validate`` was asked to do.

    Attributes:
        paths: Files and folders; ``-`` is standard input.
        source: The format of the files, or None to tell it from each file.
        strict: Fail on warnings too.
        output_format: ``text``, ``json`` or ``github``.
        include: Globs: only matching files are checked.
        exclude: Globs: matching files are left out.
        select: Codes or code prefixes: only matching problems are reported (all if empty).
        ignore: Codes or code prefixes: matching problems are not reported.
        schemas: ``--schema`` values: ``PATH`` or ``FMT=PATH``.
    """

    paths: tuple[str, ...]
    source: Format | None = None
    strict: bool = False
    output_format: str = "text"
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    schemas: tuple[str, ...] = ()


def chosen_codes(values: Sequence[str] | None) -> tuple[str, ...]:
    """Split the values of ``--select`` or ``--ignore`` (repeated, or comma-separated).

    >>> chosen_codes(["empty-body,future-date", " missing- "])
    ('empty-body', 'future-date', 'missing-')
    """
    return tuple(
        code.strip() for value in values or () for code in value.split(",") if code.strip()
    )


def selected(code: str, select: Sequence[str], ignore: Sequence[str]) -> bool:
    """Whether a problem with ``code`` is reported: it starts with a ``select`` value (or there
    is none) and with no ``ignore`` value.

    >>> selected("future-date", ["future"], []), selected("empty-body", [], ["empty"])
    (True, False)
    """
    if code in ALWAYS_REPORTED:
        return True
    if select and not any(code.startswith(prefix) for prefix in select):
        return False
    return not any(code.startswith(prefix) for prefix in ignore)


def _check_items(name: str, data: bytes, chosen: Format | None,
                 schemas: Sequence[SchemaCheck]) -> list[Problem]:  # fmt: skip
    shown = display_name(name)
    fmt = reader_for(data, None if name == "-" else name, chosen)
    found: list[Problem] = []
    for item in iter_items(data, fmt, shown):
        if item.parsed is None:
            found.extend(item.problems)
            continue
        for problem in validate(item.parsed.article):
            found.append(locate_problem(problem, item.parsed, shown, item.line))
    for schema in schemas:
        if schema.applies(fmt.name):
            found.extend(schema.check(data, shown, fmt.name in LINE_FORMATS))
    return found


def check_file(name: str, chosen: Format | None, schemas: Sequence[SchemaCheck],
               stderr: TextIO) -> FileReport:  # fmt: skip
    """Check one file (``-``: standard input) and return everything found in it."""
    shown = display_name(name)
    where = Location(source=shown)
    try:
        data = read_input(name)
    except OSError as exc:
        problem = Problem("unreadable", "error", f"cannot read: {exc.strerror or exc}", where)
        return FileReport(path=shown, problems=(problem,), status=ExitCode.USAGE)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            found = _check_items(name, data, chosen, schemas)
        except FormatError as exc:
            problem = Problem("unknown-format", "error", str(exc), where)
            return FileReport(path=shown, problems=(problem,), status=ExitCode.USAGE)
        except Exception as exc:  # a bug in a reader: report it, go on with the next file
            Diagnostics(stderr).internal(shown)
            message = f"newsmodel failed on this file: {type(exc).__name__}: {exc}"
            problem = Problem("internal-error", "error", message, where)
            return FileReport(path=shown, problems=(problem,), status=ExitCode.INTERNAL)
    for warning in caught:  # what the reader warned about
        code = getattr(warning.message, "code", None)
        found.append(
            Problem(code if isinstance(code, str) else "reader-warning", "warning",
                    str(warning.message), where)
        )  # fmt: skip
    return FileReport(path=shown, problems=tuple(sorted(found, key=position)))


def run_validate(request: ValidateRequest, stderr: TextIO) -> ExitCode:
    """Check every file of ``request``, print the report, and return the exit code.

    Raises:
        UsageError: if standard input is named twice or without ``--from``, or a schema cannot
            be loaded.
    """
    if request.paths.count("-") > 1:
        raise UsageError("standard input can be read only once")
    if "-" in request.paths and request.source is None:
        raise UsageError("reading standard input needs --from")
    schemas = load_schemas(request.schemas)
    found = walk(request.paths, chosen=request.source, include=request.include,
                 exclude=request.exclude)  # fmt: skip
    names = sorted(dict.fromkeys(name for name, _relative in found), key=display_name)
    reports: list[FileReport] = []
    for name in names:
        report = check_file(name, request.source, schemas, stderr)
        kept = tuple(p for p in report.problems if selected(p.code, request.select, request.ignore))
        reports.append(attrs.evolve(report, problems=kept))
        if request.output_format == "text":  # as each file is done, for long runs
            render_text(reports[-1:], sys.stdout)
        elif request.output_format == "github":
            render_github(reports[-1:], sys.stdout)
    if request.output_format == "json":
        render_json(reports, sys.stdout, strict=request.strict)
    else:
        print(validate_summary(reports, strict=request.strict), file=stderr)
    return max((report.exit_code(strict=request.strict) for report in reports), default=ExitCode.OK)
