"""``newsmodel validate``: check each file, choose the problems to report, report them.

Each file is checked by :func:`newsmodel.batch.check.check_file`: what the reader refuses, what it
forgave (each under its own code), the editorial rules of :func:`newsmodel.validate` and, with
``--schema``, the user's schemas all become problems. ``--select`` and ``--ignore`` then choose
among them by code or code prefix; the problems that say a file could not be checked at all are
always kept.
"""

import sys
from collections.abc import Sequence
from typing import TextIO

import attrs

from newsmodel.batch.check import FileReport, check_file
from newsmodel.batch.outcome import ExitCode, UsageError, display_name
from newsmodel.batch.plan import walk
from newsmodel.batch.schemas import load_schemas
from newsmodel.cli.report import (
    Diagnostics,
    position,
    render_github,
    render_json,
    render_text,
    validate_summary,
)
from newsmodel.formats import Format

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
        report = check_file(name, request.source, schemas)
        if report.traceback is not None:
            Diagnostics(stderr).internal(report.path, report.traceback)
        problems = sorted(report.problems, key=position)
        kept = tuple(p for p in problems if selected(p.code, request.select, request.ignore))
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
