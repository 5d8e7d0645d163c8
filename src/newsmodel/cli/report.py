"""The command line's reporters and its standard output: diagnostics and a progress line on
stderr, and the text, JSON and GitHub Actions reports of ``newsmodel validate``.

A problem is printed with :class:`~newsmodel.errors.Problem`'s own rendering,
``path:line:col [xpath] #/pointer: severity code: message``, so that the CLI and the library word
places the same way.
"""

import json
import sys
import time
import traceback
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

import attrs

from newsmodel.batch.check import FileReport
from newsmodel.errors import Location, Problem
from newsmodel.model import (
    Article,
    BlockQuote,
    Dateline,
    Figure,
    ListBlock,
    Media,
    Note,
    Paragraph,
    Person,
    Quote,
    Section,
    Subject,
)

__all__ = [
    "Diagnostics",
    "FileReport",
    "count",
    "github_line",
    "position",
    "render_github",
    "render_json",
    "render_text",
    "validate_summary",
]


def write_stdout(data: bytes) -> None:
    """Write bytes to standard output, after anything already written to it as text."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only replacement of sys.stdout
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
        return
    buffer.write(data)
    buffer.flush()


def count(number: int, noun: str) -> str:
    """Return ``number noun`` with the noun in the plural where needed.

    >>> count(1, "file"), count(3, "error")
    ('1 file', '3 errors')
    """
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


class Diagnostics:
    """Writes messages about inputs to stderr, one line each, and a progress line.

    Args:
        stream: Where to write: standard error.
        progress: Whether to show the progress line; by default only when ``stream`` is a
            terminal, so that logs and pipes get whole lines only.
    """

    _EVERY = 0.1
    """The fewest seconds between two updates of the progress line."""

    def __init__(self, stream: TextIO, *, progress: bool | None = None) -> None:
        self.stream = stream
        if progress is None:
            isatty = getattr(stream, "isatty", None)
            progress = bool(isatty()) if isatty is not None else False
        self.show_progress = progress
        self._shown = False
        self._last = 0.0

    def _clear(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self._shown = False

    def progress(self, text: str | None) -> None:
        """Show ``text`` on the progress line, at most ten times a second (None: erase it);
        nothing when the progress line is off."""
        if not self.show_progress:
            return
        if text is None:
            self._clear()
            self.stream.flush()
            return
        now = time.monotonic()
        if now - self._last < self._EVERY:
            return
        self._last = now
        self.stream.write(f"\r{text}\x1b[K")
        self.stream.flush()
        self._shown = True

    def problem(self, problem: Problem) -> None:
        """Print a problem: ``path:line:col: severity code: message``."""
        self._clear()
        print(problem, file=self.stream)

    def message(self, location: Location, severity: str, message: str) -> None:
        """Print a message without a problem code: ``path:line: severity: message``."""
        self._clear()
        print(f"{location}: {severity}: {message}", file=self.stream)

    def internal(self, source: str, trace: str | None = None) -> None:
        """Print the traceback ``trace`` (by default, of the exception being handled): a bug
        met on input ``source``."""
        self._clear()
        print(
            f"{source}: internal error: newsmodel failed on this input; please report it:",
            file=self.stream,
        )
        print((trace or traceback.format_exc()).rstrip("\n"), file=self.stream)

    def note(self, text: str) -> None:
        """Print a line that is neither an error nor a warning (a summary)."""
        self._clear()
        print(text, file=self.stream)


def _field_ranks() -> dict[str, int]:
    ranks: dict[str, int] = {}
    for cls in (Article, Section, Paragraph, Quote, BlockQuote, Figure, ListBlock, Media,
                Dateline, Person, Subject, Note):  # fmt: skip
        for index, field in enumerate(attrs.fields(cls)):
            ranks.setdefault(field.name, index)
    return ranks


_FIELD_RANK = _field_ranks()
"""The position of each model attribute name in its class, so that problems found by pointer
sort in document order (``/dateline/month`` before ``/dateline/day``)."""


def _token_key(token: str) -> tuple[int, int, str]:
    if token.isdigit():
        return (0, int(token), "")
    return (1, _FIELD_RANK.get(token, len(_FIELD_RANK)), token)


def position(problem: Problem) -> tuple[Any, ...]:
    """The sort key of a problem within its file: line, column, then JSON pointer in document
    order: array indexes compared as numbers (``/sections/2`` before ``/sections/10``), keys in
    the order of the model's attributes."""
    where = problem.location
    pointer = where.pointer or ""
    tokens = tuple(_token_key(token) for token in pointer.split("/")[1:])
    return (where.line or 0, where.column or 0, tokens, where.xpath or "")


def render_text(reports: Iterable[FileReport], out: TextIO) -> None:
    """Print every problem of every report, one line each."""
    for report in reports:
        for problem in report.problems:
            print(problem, file=out)


def validate_summary(reports: Sequence[FileReport], *, strict: bool) -> str:
    """Return the summary line of a validation: ``2 files checked, 1 with errors: 3 errors,
    1 warning``."""
    checked = count(len(reports), "file") + " checked"
    errors = sum(report.count("error") for report in reports)
    warnings = sum(report.count("warning") for report in reports)
    if not errors and not warnings:
        return f"{checked}: no problems"
    failed = sum(1 for report in reports if not report.ok(strict=strict))
    return (
        f"{checked}, {failed} with errors: {count(errors, 'error')}, {count(warnings, 'warning')}"
    )


def _problem_data(problem: Problem) -> dict[str, Any]:
    where = problem.location
    return {
        "code": problem.code,
        "severity": problem.severity,
        "message": problem.message,
        "line": where.line,
        "column": where.column,
        "xpath": where.xpath,
        "pointer": where.pointer,
    }


def render_json(reports: Sequence[FileReport], out: TextIO, *, strict: bool) -> None:
    """Print the whole validation as one JSON object (version 1 of the report format)."""
    files = [
        {
            "path": report.path,
            "ok": report.ok(strict=strict),
            "problems": [_problem_data(problem) for problem in report.problems],
        }
        for report in reports
    ]
    status = "ok" if all(entry["ok"] for entry in files) else "fail"
    document = {"version": 1, "status": status, "files": files}
    out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def _escape(text: str, *, property: bool = False) -> str:
    """Escape text for a GitHub Actions workflow command: its data, or a property's value."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property else text


def github_line(path: str, problem: Problem) -> str:
    """Return a problem as a GitHub Actions annotation: ``::error file=a.json,line=2,col=5,
    title=code::code: message``; the XPath or JSON pointer, when known, starts the message.

    >>> from newsmodel.errors import Location, Problem
    >>> where = Location(source="a.json", line=2, column=5, pointer="/url")
    >>> print(github_line("a.json", Problem("bad-url", "warning", "not absolute", where)))
    ::warning file=a.json,line=2,col=5,title=bad-url::#/url: bad-url: not absolute
    """
    where = problem.location
    fields = [f"file={_escape(path, property=True)}"]
    if where.line is not None:
        fields.append(f"line={where.line}")
        if where.column is not None:
            fields.append(f"col={where.column}")
    fields.append(f"title={_escape(problem.code, property=True)}")
    place = " ".join(
        part
        for part in (where.xpath, f"#{where.pointer}" if where.pointer is not None else None)
        if part
    )
    message = f"{place}: " if place else ""
    message += f"{problem.code}: {problem.message}"
    command = "error" if problem.severity == "error" else "warning"
    return f"::{command} {','.join(fields)}::{_escape(message)}"


def render_github(reports: Iterable[FileReport], out: TextIO) -> None:
    """Print every problem as a GitHub Actions annotation, one line each, so that a workflow
    run shows it on the file and line."""
    for report in reports:
        for problem in report.problems:
            print(github_line(report.path, problem), file=out)
