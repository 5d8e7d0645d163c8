"""The work of ``newsmodel convert`` on one input, as plain data in and out.

A :class:`Task` names an input (a file, a byte range of lines of a JSON Lines file, or the bytes
of standard input); :func:`run_task` reads it, converts each of its articles and returns a
:class:`Doc` per document: the converted bytes, the messages for stderr and the exit code. Nothing
here prints or writes a file, and nothing keeps state between calls, so the same function runs in
the command's own process, in worker processes (:mod:`newsmodel.batch.pool`) and on Dask
(:mod:`newsmodel.dask`): tasks, jobs and results are picklable. What a reader forgave and what a
writer left out come back as data (``Parsed.problems``, the writer's losses), never through
Python's process-wide warnings machinery, so documents converted at once in threads never mix
their messages up.
"""

import os
import traceback
from collections.abc import Iterator
from typing import Literal, cast

import attrs

from newsmodel import api, formats, limits
from newsmodel.batch.files import folder_name, open_regular, read_input, write_new
from newsmodel.batch.items import iter_items, locate, place
from newsmodel.batch.outcome import ExitCode, display_name
from newsmodel.errors import (
    FormatError,
    Location,
    LossWarning,
    ParseError,
    Problem,
    SerializeError,
    ValidationError,
)
from newsmodel.formats import Format, Parsed, ReadOptions, WriteFormat, WriteOptions

__all__ = ["Doc", "IfExists", "Job", "Task", "range_lines", "read_range", "run_task"]

IfExists = Literal["fail", "skip", "overwrite"]
"""What to do with an output file that exists: refuse to write it, leave it, or replace it."""

CHUNK = 1 << 16
"""How many bytes at a time are skipped of a line over the limit."""


@attrs.frozen(kw_only=True)
class Job:
    """How every input of one conversion is converted.

    Attributes:
        source: The name of the input format, or None to tell it from each input.
        target: The name of the output format.
        strict: Fail an article that the target cannot carry whole.
        options: The writer's options.
        folder: The output folder, when each article goes to a file of its own: the task then
            writes the files itself, and its results name them instead of carrying the bytes.
        if_exists: What to do with a file of ``folder`` that exists: ``fail`` (refuse to write
            it: the document fails), ``skip`` (leave it, and do not convert the input again when
            its file is known before reading it) or ``overwrite``.
        max_bytes: The most bytes of one document (a whole input, or a line of a line format)
            read; more is a ``too-large`` problem, and no more than ``max_bytes + 1`` bytes of it
            are held in memory. None for no limit.
        reading: The reader's options besides the source: ``language`` and ``heuristics``.
    """

    source: str | None
    target: str
    strict: bool = False
    options: WriteOptions = attrs.field(factory=WriteOptions)
    folder: str | None = None
    if_exists: IfExists = "fail"
    max_bytes: int | None = limits.MAX_BYTES
    reading: ReadOptions = attrs.field(factory=ReadOptions)

    @property
    def force(self) -> bool:
        """Whether files in ``folder`` may be overwritten."""
        return self.if_exists == "overwrite"


@attrs.frozen(kw_only=True)
class Task:
    """One piece of work: a whole input, or a range of lines of a JSON Lines input.

    Attributes:
        seq: The position of the task in the conversion; results are reported in this order.
        name: The input as given: a file name, or ``-`` for standard input.
        relative: The name of its output in a folder, before the extension changes: the input's
            path relative to the folder given on the command line, else its file name.
        data: The bytes of standard input; None for a file, which the task reads itself.
        line_format: For a byte range of a format of one article per line, its name: then each
            non-blank line is a document of its own. None for a whole input.
        start: The first byte of the range.
        end: The byte after the range; None for the whole file.
        first_line: The number of the line at ``start``.
        first: Whether this is the first task of its input.
        last: Whether this is the last task of its input.
        clash: In a conversion into a folder, the earlier input whose output file has the name
            this input's would have; the task's files are then not written.
        too_large: Standard input held more than the limit: it was not kept, and the task
            reports it.
    """

    seq: int
    name: str
    relative: str
    data: bytes | None = None
    line_format: str | None = None
    start: int = 0
    end: int | None = None
    first_line: int = 1
    first: bool = True
    last: bool = True
    clash: str | None = None
    too_large: bool = False


@attrs.frozen(kw_only=True)
class Doc:
    """The result of converting one document: a whole input, or one line of a line format.

    Attributes:
        seq: The task it came from.
        outputs: The converted documents, each with its label (the line or position of the
            article in the input, to tell several apart) or None; empty when the task wrote them
            to the job's folder.
        written: The files written in the job's folder, by their names in it.
        refused: The files not written in the job's folder because they exist (no ``force``).
        skipped: The files not written in the job's folder because they exist and the job skips
            them (``if_exists="skip"``).
        messages: Lines for stderr, in order.
        code: The exit code of the document.
        reason: Why it failed, in a few words, for the summary; None when it did not.
        items: How many articles (good or bad) the document held.
        line: The line of a document that is one line of the input.
        end: The byte after that line, where the rest of the task starts.
    """

    seq: int
    outputs: tuple[tuple[str | None, bytes], ...] = ()
    written: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    messages: tuple[str, ...] = ()
    code: ExitCode = ExitCode.OK
    reason: str | None = None
    items: int = 0
    line: int | None = None
    end: int | None = None


def read_range(name: str, start: int, end: int | None,
               max_bytes: int | None = limits.MAX_BYTES) -> bytes:  # fmt: skip
    """Return bytes ``start`` to ``end`` of file ``name`` (to its end for None); the whole file
    only if it holds at most ``max_bytes`` bytes.

    Raises:
        LimitError: if the whole file is asked for and it is longer than ``max_bytes``.
        OSError: if the file cannot be read, or is not a regular file.
    """
    if start == 0 and end is None:
        return read_input(name, max_bytes)
    with open_regular(name) as handle:  # not Path: it interns every path it parses
        handle.seek(start)
        return handle.read(-1 if end is None else end - start)


def range_lines(
    name: str,
    start: int,
    end: int | None,
    first_line: int,
    max_bytes: int | None = limits.MAX_BYTES,
) -> Iterator[tuple[int, bytes | None, int]]:
    """Yield ``(line number, bytes, end)`` for each line of bytes ``start`` to ``end`` of file
    ``name``, where ``end`` is the byte after the line; the bytes are None for a line longer
    than ``max_bytes``, of which no more than ``max_bytes + 1`` bytes are held at once.

    Raises:
        OSError: if the file cannot be read, or is not a regular file.
    """
    limit = -1 if max_bytes is None else max_bytes + 1
    with open_regular(name) as handle:
        handle.seek(start)
        position = start
        line = first_line
        while end is None or position < end:
            size = limit if end is None else min(end - position, limit if limit > 0 else end)
            raw = handle.readline(size)
            if not raw:
                return
            position += len(raw)
            if max_bytes is not None and len(raw.rstrip(b"\r\n")) > max_bytes:
                while not raw.endswith(b"\n") and (end is None or position < end):
                    raw = handle.readline(CHUNK if end is None else min(CHUNK, end - position))
                    if not raw:
                        break
                    position += len(raw)
                yield line, None, position
            else:
                yield line, raw, position
            line += 1


class _Collector:
    """Gathers the messages, outputs and worst exit code of one document."""

    def __init__(self, seq: int, shown: str) -> None:
        self.seq = seq
        self.shown = shown
        self.messages: list[str] = []
        self.outputs: list[tuple[str | None, bytes]] = []
        self.written: list[str] = []
        self.refused: list[str] = []
        self.skipped: list[str] = []
        self.code = ExitCode.OK
        self.reason: str | None = None
        self.items = 0

    def fail(self, code: ExitCode, reason: str) -> None:
        self.code = max(self.code, code)
        if self.reason is None:
            self.reason = reason

    def problem(self, problem: Problem) -> None:
        self.messages.append(str(problem))
        if problem.severity == "error":
            self.fail(ExitCode.INVALID, f"{problem.code}: {problem.message}")

    def message(self, where: Location, severity: str, text: str) -> None:
        self.messages.append(f"{where}: {severity}: {text}")

    def internal(self, exc: BaseException) -> None:
        self.messages.append(
            f"{self.shown}: internal error: newsmodel failed on this input; please report it:\n"
            + traceback.format_exc().rstrip("\n")
        )
        self.outputs.clear()
        self.fail(ExitCode.INTERNAL, f"internal error: {type(exc).__name__}: {exc}")

    def forgiven(self, parsed: Parsed) -> None:
        for problem in parsed.problems:
            self.problem(problem)

    def deliver(self, task: Task, job: Job, several: bool, line: int | None) -> None:
        """Write the outputs to the job's folder, if it has one."""
        if job.folder is None:
            return
        target = formats.get(job.target, direction="write")
        for label, data in self.outputs:
            name = folder_name(task.name, task.relative, target, label if several else None)
            if task.clash is not None:
                reason = f"not written: {name} is the output of {display_name(task.clash)} too"
                self.message(Location(source=self.shown, line=line), "error", reason)
                self.fail(ExitCode.USAGE, reason)
                continue
            try:
                write_new(os.path.join(job.folder, name), data, force=job.force, root=job.folder)
            except FileExistsError:
                (self.skipped if job.if_exists == "skip" else self.refused).append(name)
                continue
            except OSError as exc:
                reason = f"not written: {exc.strerror or exc}: {exc.filename or name}"
                self.message(Location(source=self.shown, line=line), "error", reason)
                self.fail(ExitCode.USAGE, reason)
                continue
            self.written.append(name)
        self.outputs.clear()

    def doc(self, line: int | None = None, end: int | None = None) -> Doc:
        return Doc(
            seq=self.seq,
            written=tuple(self.written),
            refused=tuple(self.refused),
            skipped=tuple(self.skipped),
            outputs=tuple(self.outputs),
            messages=tuple(self.messages),
            code=self.code,
            reason=self.reason,
            items=self.items,
            line=line,
            end=end,
        )


def _render(parsed: Parsed, job: Job, where: Location, out: _Collector) -> bytes | None:
    """Return the article as the target format's bytes, or None if strict mode refused it;
    what the reader forgave and the writer left out are reported as warnings."""
    out.forgiven(parsed)
    try:
        data, lost = api.render(
            parsed.article,
            format=cast(WriteFormat, job.target),
            strict=job.strict,
            options=job.options,
        )
    except SerializeError as exc:
        out.message(attrs.evolve(where, pointer=exc.pointer), "error", exc.message)
        out.fail(ExitCode.INVALID, exc.message)
        return None
    if lost:
        out.message(where, "warning", str(LossWarning(job.target, lost)))
    return data


def _whole(task: Task, data: bytes, job: Job) -> Doc:
    """Convert an input that is one document (which may hold several articles)."""
    shown = display_name(task.name)
    out = _Collector(task.seq, shown)
    where = Location(source=shown)
    try:
        chosen = None if job.source is None else formats.get(job.source, direction="read")
        path = None if task.name == "-" else task.name
        fmt = formats.detect(data, path, chosen, advice="pass --from")
        for item in iter_items(data, fmt, shown, job.reading):
            out.items += 1
            if item.parsed is None:
                for problem in item.problems:
                    out.problem(problem)
                continue
            document = _render(item.parsed, job, Location(source=shown, line=item.line), out)
            if document is not None:
                out.outputs.append((item.label, document))
    except FormatError as exc:
        out.message(where, "error", str(exc))
        out.fail(ExitCode.USAGE, str(exc))
    except Exception as exc:  # a bug in a reader or writer: report it, go on
        out.internal(exc)
    out.deliver(task, job, out.items > 1, None)
    return out.doc()


def _exists(task: Task, job: Job, label: str | None) -> str | None:
    """With ``if_exists="skip"``, return the name of the input's output file in the job's
    folder if it exists, so that the input is not converted again; else None."""
    if job.folder is None or job.if_exists != "skip" or task.clash is not None or task.name == "-":
        return None
    name = folder_name(task.name, task.relative, formats.get(job.target), label)
    return name if os.path.lexists(os.path.join(job.folder, name)) else None


def _line(task: Task, fmt: Format, raw: bytes | None, line: int, end: int, job: Job,
          several: bool) -> Doc:  # fmt: skip
    """Convert one line of a format of one article per line (None: a line over the limit)."""
    shown = display_name(task.name)
    out = _Collector(task.seq, shown)
    out.items = 1
    where = Location(source=shown, line=line)
    existing = _exists(task, job, str(line) if several else None)
    if existing is not None:
        out.skipped.append(existing)
        return out.doc(line=line, end=end)
    if raw is None:
        message = f"the line is longer than the limit of {job.max_bytes} bytes (max_bytes)"
        out.problem(Problem("too-large", "error", message, where))
        return out.doc(line=line, end=end)
    try:
        for parsed in fmt.read_many(raw, attrs.evolve(job.reading, source=shown)):
            document = _render(place(parsed, shown, line), job, where, out)
            if document is not None:
                out.outputs.append((str(line), document))
    except (ParseError, ValidationError) as exc:
        for problem in exc.problems:
            out.problem(attrs.evolve(problem, location=locate(problem.location, shown, line)))
    except Exception as exc:  # a bug in a reader or writer: report it, go on
        out.internal(exc)
    out.deliver(task, job, several, line)
    return out.doc(line=line, end=end)


def _lines(task: Task, job: Job) -> Iterator[Doc]:
    """Convert each non-blank line of a range of a line-format file, reading one line at a
    time."""
    assert task.line_format is not None  # only called for ranges of lines
    fmt = formats.get(task.line_format, direction="read")
    lines = range_lines(task.name, task.start, task.end, task.first_line, job.max_bytes)
    filled = ((line, raw, end) for line, raw, end in lines if raw is None or raw.strip())
    current = next(filled, None)
    if current is None:
        if task.first and task.last:
            shown = display_name(task.name)
            out = _Collector(task.seq, shown)
            out.items = 1
            where = Location(source=shown)
            out.problem(Problem("empty", "error", "the document holds no article", where))
            yield out.doc()
        return
    following = next(filled, None)
    several = not (task.first and task.last) or following is not None
    while current is not None:
        line, raw, end = current
        yield _line(task, fmt, None if raw is None else raw.rstrip(b"\r\n"), line, end, job,
                    several)  # fmt: skip
        current, following = following, next(filled, None) if following is not None else None


def _unread(task: Task, shown: str, code: str, reason: str, exit_code: ExitCode) -> Doc:
    """The result of an input that could not be read at all."""
    out = _Collector(task.seq, shown)
    out.items = 1
    if code == "unreadable":
        out.message(Location(source=shown), "error", reason)
        out.fail(exit_code, reason)
    else:
        out.problem(Problem(code, "error", reason, Location(source=shown)))
    return out.doc()


def run_task(task: Task, job: Job) -> Iterator[Doc]:
    """Convert the documents of ``task``, lazily, one :class:`Doc` each.

    A whole input gives one :class:`Doc`; a range of lines gives one per non-blank line. Every
    fault of the input, a bug of a reader or writer included, is reported in the :class:`Doc`;
    only interrupts propagate. No more than ``job.max_bytes + 1`` bytes of a document are read.
    """
    shown = display_name(task.name)
    if task.too_large:
        reason = f"the document is longer than the limit of {job.max_bytes} bytes (max_bytes)"
        yield _unread(task, shown, "too-large", reason, ExitCode.INVALID)
        return
    try:
        if task.line_format is not None:
            yield from _lines(task, job)
            return
        existing = _exists(task, job, None)
        if existing is not None:
            yield Doc(seq=task.seq, skipped=(existing,), items=1)
            return
        data = task.data if task.data is not None else read_range(task.name, 0, None, job.max_bytes)
    except limits.LimitError as exc:
        yield _unread(task, shown, exc.code, exc.message, ExitCode.INVALID)
        return
    except OSError as exc:
        reason = f"cannot read: {exc.strerror or exc}"
        yield _unread(task, shown, "unreadable", reason, ExitCode.USAGE)
        return
    yield _whole(task, data, job)
