"""``newsmodel convert``: read each input, write each article in the target format.

Where the output goes is decided once, before any input is read (:func:`choose_sink`):

- standard output, or one file: a single document, or, for a format of one article per line
  (``jsonl``), the articles of every input one after the other;
- a folder: one file per input, named after it (the files of a folder given as input keep their
  path relative to it), or one per article of an input that holds several (``batch-3.json`` for
  line 3 of ``batch.jsonl``).

The inputs are cut into tasks (:mod:`newsmodel.batch.plan`) that run in this process or in worker
processes (:mod:`newsmodel.batch.pool`); the documents they give back are written here, in input
order. Files are written atomically and never overwritten without ``--force``. A bad input is
reported on stderr with its place and the conversion goes on with the next one; a summary ends the
run.

An output file that exists is handled as ``--if-exists`` says: ``fail`` (the default) keeps it and
fails the input, ``skip`` keeps it and counts the input as skipped (for incremental runs: an input
whose file is there is not even read), ``overwrite`` (``--force``) replaces it. A file is
created only if its name is free when it is put in place, so one that appears during the run is
never replaced without ``--force``; a symbolic link is never written through.
"""

import contextlib
import errno
import io
import os
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import cast

import attrs

from newsmodel import api, formats
from newsmodel.batch.files import file_kind, folder_name, inside
from newsmodel.batch.outcome import ExitCode, UsageError, display_name
from newsmodel.batch.plan import Found, plan, walk
from newsmodel.batch.pool import run
from newsmodel.batch.work import Doc, IfExists, Job, Task
from newsmodel.cli.report import Diagnostics, count, write_stdout
from newsmodel.errors import Location
from newsmodel.formats import Format, ReadOptions, WriteOptions

__all__ = ["ConvertRequest", "OutputError", "Sink", "choose_sink", "convert"]

_FAILURES_LISTED = 20
"""How many failed inputs the summary names."""


class OutputError(Exception):
    """An output that must not be written: it exists, or another input already wrote it."""


@attrs.frozen(kw_only=True)
class ConvertRequest:
    """What ``newsmodel convert`` was asked to do.

    Attributes:
        inputs: File names; ``-`` is standard input.
        source: The format of the inputs, or None to tell it from each input.
        target: The format to write.
        output: ``-`` or None for standard output, else a file or folder name.
        strict: Fail an article that the target cannot carry whole.
        if_exists: What to do with an output file that exists: ``fail`` (the input fails, the
            file is kept), ``skip`` (the file is kept and the input counted as skipped) or
            ``overwrite`` (``--force``).
        options: The writer's options.
        reading: The reader's options: ``language`` (``--language``) and ``heuristics``
            (``--no-heuristics``).
        jobs: How many worker processes convert; 1 converts in the command's process.
        timeout: The most seconds one document may take, or None for no limit.
        include: Globs: only matching files are converted.
        exclude: Globs: matching files are left out.
    """

    inputs: tuple[str, ...]
    source: Format | None
    target: Format
    output: str | None = None
    strict: bool = False
    if_exists: IfExists = "fail"
    options: WriteOptions = attrs.field(factory=WriteOptions)
    reading: ReadOptions = attrs.field(factory=ReadOptions)
    jobs: int = 1
    timeout: float | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @property
    def force(self) -> bool:
        """Whether existing files are overwritten (``--force``, ``--if-exists overwrite``)."""
        return self.if_exists == "overwrite"


_EXISTS = "exists; pass --force (or --if-exists overwrite) to overwrite it, or --if-exists skip"
"""Why a file that exists is not written."""


class Sink:
    """Where converted documents go: standard output, one file or a folder.

    Every file is created only if its name is free at the moment it is put in place (without
    ``--force``), and never through a symbolic link (see :func:`newsmodel.api.open_atomic`).

    Args:
        single: Whether the destination holds one document only.
        path: The file or folder, or None for standard output.
        folder: Whether ``path`` is a folder.
        gather: In a folder, whether the articles of an input go to one file (JSON Lines).
        if_exists: What to do with a file that exists: ``fail``, ``skip`` or ``overwrite``.
    """

    def __init__(
        self,
        *,
        single: bool,
        path: Path | None = None,
        folder: bool = False,
        gather: bool = False,
        if_exists: IfExists = "fail",
    ) -> None:
        self.single = single
        self.path = path
        self.folder = folder
        self.gather = gather
        self.if_exists = if_exists
        self.force = if_exists == "overwrite"
        self.written: dict[Path, str] = {}
        self.recorded: dict[str, str] = {}
        self._pending: dict[Path, list[bytes]] = {}
        self._folders_made: set[Path] = set()
        self._stack = contextlib.ExitStack()
        self._stream: io.BufferedIOBase | None = None

    def check(self, path: Path, source: str) -> None:
        """Refuse to write ``path`` if it was written already in this run.

        Raises:
            OutputError: if ``path`` must not be written.
        """
        if path in self.written:
            raise OutputError(f"{path} was already written from {self.written[path]}")

    def _write(self, target: Path, data: bytes) -> bool:
        """Write one file; return False if it exists and is skipped.

        Raises:
            OutputError: if it exists and is not to be overwritten or skipped.
            OSError: if it cannot be written.
        """
        try:
            api.write_atomic(target, data, replace=self.force)
        except FileExistsError:
            if self.if_exists == "skip":
                return False
            raise OutputError(f"{target} {_EXISTS}") from None
        return True

    def put(self, data: bytes, source: str, name: str) -> bool:
        """Write one document converted from input ``source``; ``name`` is its file name in a
        folder. In a folder that gathers, the document waits for :meth:`flush`. Return False
        if the file exists and is skipped.

        Raises:
            OutputError: if the file must not be written.
            OSError: if it cannot be written.
        """
        if self.path is None:
            write_stdout(data)
        elif self.folder:
            target = self.path / name
            if target in self._pending:
                self._pending[target].append(data)
                return True
            self.check(target, source)
            self.written[target] = source
            if self.gather:
                self._pending[target] = [data]
                return True
            self._make_folder(target)
            return self._write(target, data)
        elif self.single:
            return self._write(self.path, data)
        else:
            if self._stream is None:
                opened = self._stack.enter_context(api.open_atomic(self.path, replace=self.force))
                self._stream = cast(io.BufferedIOBase, opened)
            self._stream.write(data)
        return True

    def _make_folder(self, target: Path) -> None:
        folder = target.parent
        if folder not in self._folders_made:
            assert self.path is not None  # only called for a folder
            if folder != self.path and not inside(str(target), str(self.path)):
                raise OSError(
                    errno.EXDEV, "its folder is a symbolic link out of the output folder", target
                )
            folder.mkdir(parents=True, exist_ok=True)
            self._folders_made.add(folder)

    def flush(self) -> int:
        """Write the files gathered from one input; return how many articles were skipped
        because their file exists.

        Raises:
            OutputError: if a file exists and is not to be overwritten or skipped.
            OSError: if they cannot be written.
        """
        pending, self._pending = self._pending, {}
        skipped = 0
        for target, chunks in pending.items():
            self._make_folder(target)
            if not self._write(target, b"".join(chunks)):
                skipped += len(chunks)
        return skipped

    def record(self, name: str, source: str) -> str | None:
        """Note that a task wrote file ``name`` of the folder from input ``source``; return the
        input that had already written it in this run, if any."""
        earlier = self.recorded.get(name)
        if earlier is None:
            self.recorded[name] = source
        return earlier

    def discard(self) -> int:
        """Drop the files gathered from an input that failed midway; return how many articles
        they held."""
        dropped = sum(len(chunks) for chunks in self._pending.values())
        for target in self._pending:
            del self.written[target]
        self._pending = {}
        return dropped

    def __enter__(self) -> "Sink":
        self._stack.__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Finish the stream file: it takes its name (over an existing file only with
        ``--force``), or, after an exception, vanishes."""
        self._stack.__exit__(exc_type, exc, traceback)


def choose_sink(request: ConvertRequest) -> Sink:
    """Decide where the documents go, from ``-o`` and the number of inputs.

    Raises:
        UsageError: if the inputs cannot go where ``-o`` says: several inputs (or a folder) into
            one file of a format of one article per document, or into a file that exists.
    """
    output = request.output
    several = len(request.inputs) > 1 or any(os.path.isdir(name) for name in request.inputs)
    stream = request.target.line_oriented
    if output is None or output == "-":
        if several and not stream:
            raise UsageError(
                f"{len(request.inputs)} inputs cannot go to one {request.target.name} document; "
                "pass -o FOLDER/ (or --to jsonl)"
            )
        return Sink(single=not stream)
    path = Path(output)
    with contextlib.suppress(OSError):  # a missing or dangling name is checked below
        kind = file_kind(os.stat(output).st_mode)
        if kind is not None and kind != "a folder":  # /dev/stdout, a FIFO: never replaced
            raise UsageError(f"{output} is {kind}, not a file; use -o - for standard output")
    folder = output.endswith(("/", os.sep)) or path.is_dir()
    if several and not stream and not folder:
        if os.path.lexists(output):
            raise UsageError(f"{output} is a file; several outputs need a folder")
        if formats.format_for_path(output) is not None:  # a file's name, not a folder's
            raise UsageError(
                f"several inputs cannot go to one file {output}: a {request.target.name} "
                f"document holds one article; pass -o {output.rstrip(os.sep)}/ for a folder "
                "(or --to jsonl for one stream)"
            )
        folder = True
    if folder:
        if os.path.lexists(output) and not path.is_dir():
            raise UsageError(f"{output} is a file; several outputs need a folder")
        return Sink(
            single=False, path=path, folder=True, gather=stream, if_exists=request.if_exists
        )
    if os.path.lexists(output) and request.if_exists == "fail":
        raise UsageError(f"{output} {_EXISTS}")
    return Sink(single=not stream, path=path, if_exists=request.if_exists)


def _reason(exc: Exception) -> str:
    """Say why a file could not be read or written: ``No such file or directory: out/a.json``."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    return str(exc)


@attrs.define
class _Input:
    """How one input is doing, over the tasks it was cut into."""

    shown: str
    several: bool
    code: ExitCode = ExitCode.OK
    written: int = 0
    skipped: int = 0
    refused: bool = False
    reason: str | None = None

    def fail(self, code: ExitCode, reason: str | None) -> None:
        self.code = max(self.code, code)
        if self.reason is None:
            self.reason = reason


@attrs.define
class _Totals:
    """What the summary counts."""

    inputs: int = 0
    written: int = 0
    skipped: int = 0
    left_out: int = 0
    failures: list[tuple[str, str]] = attrs.field(factory=list)
    failed: int = 0
    worst: ExitCode = ExitCode.OK


def _put(doc: Doc, task: Task, state: _Input, sink: Sink, request: ConvertRequest,
         report: Diagnostics) -> None:  # fmt: skip
    for message in doc.messages:
        report.note(message)
    state.fail(doc.code, doc.reason)
    folder = sink.path if sink.path is not None else Path()  # files are written in a folder
    where = Location(source=state.shown, line=doc.line)
    for name in doc.written:
        earlier = sink.record(name, state.shown)
        if earlier is not None:
            reason = f"{folder / name} was already written from {earlier}, and was overwritten"
            report.message(where, "error", reason)
            state.fail(ExitCode.USAGE, reason)
        state.written += 1
    state.skipped += len(doc.skipped)
    for name in doc.refused:
        earlier = sink.recorded.get(name)
        why = f"was already written from {earlier}" if earlier else _EXISTS
        reason = f"not written: {folder / name} {why}"
        report.message(where, "error", reason)
        state.fail(ExitCode.USAGE, reason)
    for label, data in doc.outputs:
        chosen = label if state.several and not sink.gather else None
        try:
            name = folder_name(task.name, task.relative, request.target, chosen)
            if not sink.put(data, state.shown, name):
                state.skipped += 1
                continue
        except BrokenPipeError:  # stdout was closed: stop everything, as main() does
            raise
        except (OutputError, OSError) as exc:
            where = Location(source=state.shown, line=doc.line)
            reason = f"not written: {_reason(exc)}"
            report.message(where, "error", reason)
            state.fail(ExitCode.USAGE, reason)
            continue
        state.written += 1


def _take(task: Task, docs: list[Doc], state: _Input, sink: Sink, request: ConvertRequest,
          report: Diagnostics) -> None:  # fmt: skip
    """Report and write the results of one task."""
    if state.refused:
        return
    if state.several and sink.single:
        reason = (
            f"holds several articles, and one {request.target.name} document holds one; "
            "pass -o FOLDER/ (or --to jsonl)"
        )
        report.message(Location(source=state.shown), "error", reason)
        state.fail(ExitCode.USAGE, "holds several articles")
        state.refused = True
        state.written = 0
        return
    for doc in docs:
        _put(doc, task, state, sink, request, report)


def _finish(state: _Input, sink: Sink, report: Diagnostics, totals: _Totals) -> None:
    """Write what the input gathered, and count it."""
    if state.code == ExitCode.INTERNAL:
        state.written -= sink.discard()
    else:
        try:
            skipped = sink.flush()
        except (OutputError, OSError) as exc:
            reason = f"not written: {_reason(exc)}"
            report.message(Location(source=state.shown), "error", reason)
            state.fail(ExitCode.USAGE, reason)
            state.written = 0
        else:
            state.written -= skipped
            state.skipped += skipped
    totals.inputs += 1
    totals.written += state.written
    totals.skipped += state.skipped
    totals.worst = max(totals.worst, state.code)
    if state.code != ExitCode.OK:
        totals.failed += 1
        if len(totals.failures) < _FAILURES_LISTED:
            totals.failures.append((state.shown, state.reason or "failed"))


def _summary(totals: _Totals, report: Diagnostics) -> None:
    if totals.inputs > 1 and totals.failures:
        report.note("failed:")
        for shown, reason in totals.failures:
            report.note(f"  {shown}: {reason}")
        if totals.failed > len(totals.failures):
            report.note(f"  and {totals.failed - len(totals.failures)} more")
    if (
        totals.inputs > 1
        or totals.failed
        or totals.written != 1
        or totals.skipped
        or (totals.left_out)
    ):
        converted = totals.inputs - totals.failed
        report.note(
            f"{converted} of {count(totals.inputs, 'input')} converted, "
            f"{count(totals.written, 'article')} written"
            + (f", {totals.skipped} skipped (their files exist)" if totals.skipped else "")
            + (f"; {totals.failed} failed" if totals.failed else "")
            + (f"; {totals.left_out} left out of folders" if totals.left_out else "")
        )


def convert(request: ConvertRequest, report: Diagnostics) -> ExitCode:
    """Convert every input of ``request``; return the exit code.

    Raises:
        UsageError: if the request cannot be carried out at all.
    """
    if request.inputs.count("-") > 1:
        raise UsageError("standard input can be read only once")
    if "-" in request.inputs and request.source is None:
        raise UsageError("reading standard input needs --from")
    totals = _Totals()
    sink = choose_sink(request)
    skip = request.if_exists == "skip"
    if skip and sink.path is not None and not sink.folder and os.path.lexists(sink.path):
        report.note(f"{sink.path} exists: nothing converted (--if-exists skip)")
        return ExitCode.OK
    if sink.folder and sink.path is not None:
        with contextlib.suppress(OSError):  # made now, so that the walk knows to leave it out
            os.makedirs(sink.path, exist_ok=True)

    def left_out(path: str, why: str) -> None:
        report.message(Location(source=path), "warning", f"skipped: {why}")
        totals.left_out += 1

    found = walk(
        request.inputs,
        chosen=request.source,
        include=request.include,
        exclude=request.exclude,
        avoid=str(sink.path) if sink.folder else None,
        skipped=left_out,
    )
    try:
        with sink:
            _convert_all(found, request, sink, report, totals)
    except FileExistsError as exc:  # the stream's file appeared during the run
        if request.if_exists != "skip":
            reason = f"not written: {exc.filename} {_EXISTS}"
            report.message(Location(source=str(exc.filename)), "error", reason)
            return ExitCode.USAGE
        report.note(f"{exc.filename} exists: not written (--if-exists skip)")
    _summary(totals, report)
    return totals.worst


def _convert_all(found: Iterator[Found], request: ConvertRequest, sink: Sink, report: Diagnostics,
                 totals: _Totals) -> None:  # fmt: skip
    state = _Input(shown="", several=False)
    job = Job(
        source=None if request.source is None else request.source.name,
        target=request.target.name,
        strict=request.strict,
        options=request.options,
        reading=request.reading,
        folder=str(sink.path) if sink.folder and not sink.gather else None,
        if_exists=request.if_exists,
    )
    target = request.target if job.folder is not None else None
    tasks = plan(found, request.source, target=target)
    results = run(tasks, job, jobs=request.jobs, timeout=request.timeout)
    for task, docs in results:
        if task.first:
            items = sum(doc.items for doc in docs)
            state = _Input(shown=display_name(task.name), several=not task.last or items > 1)
        _take(task, docs, state, sink, request, report)
        if task.last:
            _finish(state, sink, report, totals)
        written = totals.written + (0 if task.last else state.written)
        report.progress(
            f"{count(totals.inputs, 'input')} done, {totals.failed} failed; "
            f"{count(written, 'article')} written"
        )
    report.progress(None)
