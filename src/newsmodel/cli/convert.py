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
"""

import contextlib
import io
import os
from pathlib import Path
from types import TracebackType
from typing import cast

import attrs

from newsmodel import api
from newsmodel.batch.files import folder_name
from newsmodel.batch.outcome import ExitCode, UsageError, display_name
from newsmodel.batch.plan import plan, walk
from newsmodel.batch.pool import run
from newsmodel.batch.work import Doc, Job, Task
from newsmodel.cli.report import Diagnostics, count, write_stdout
from newsmodel.errors import Location
from newsmodel.formats import Format, WriteOptions

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
        force: Overwrite existing files.
        options: The writer's options.
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
    force: bool = False
    options: WriteOptions = attrs.field(factory=WriteOptions)
    jobs: int = 1
    timeout: float | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


class Sink:
    """Where converted documents go: standard output, one file or a folder.

    Args:
        single: Whether the destination holds one document only.
        path: The file or folder, or None for standard output.
        folder: Whether ``path`` is a folder.
        gather: In a folder, whether the articles of an input go to one file (JSON Lines).
        force: Whether existing files may be overwritten.
    """

    def __init__(
        self,
        *,
        single: bool,
        path: Path | None = None,
        folder: bool = False,
        gather: bool = False,
        force: bool = False,
    ) -> None:
        self.single = single
        self.path = path
        self.folder = folder
        self.gather = gather
        self.force = force
        self.written: dict[Path, str] = {}
        self.recorded: dict[str, str] = {}
        self._pending: dict[Path, list[bytes]] = {}
        self._folders_made: set[Path] = set()
        self._stack = contextlib.ExitStack()
        self._stream: io.BufferedIOBase | None = None

    def check(self, path: Path, source: str) -> None:
        """Refuse to write ``path`` if it exists (without ``--force``) or was written already.

        Raises:
            OutputError: if ``path`` must not be written.
        """
        if path in self.written:
            raise OutputError(f"{path} was already written from {self.written[path]}")
        if path.exists() and not self.force:
            raise OutputError(f"{path} exists; pass --force to overwrite it")

    def put(self, data: bytes, source: str, name: str) -> None:
        """Write one document converted from input ``source``; ``name`` is its file name in a
        folder. In a folder that gathers, the document waits for :meth:`flush`.

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
                return
            self.check(target, source)
            self.written[target] = source
            if self.gather:
                self._pending[target] = [data]
                return
            self._make_folder(target)
            api.write_atomic(target, data)
        elif self.single:
            api.write_atomic(self.path, data)
        else:
            if self._stream is None:
                opened = self._stack.enter_context(api.open_atomic(self.path))
                self._stream = cast(io.BufferedIOBase, opened)
            self._stream.write(data)

    def _make_folder(self, target: Path) -> None:
        folder = target.parent
        if folder not in self._folders_made:
            folder.mkdir(parents=True, exist_ok=True)
            self._folders_made.add(folder)

    def flush(self) -> None:
        """Write the files gathered from one input.

        Raises:
            OSError: if they cannot be written.
        """
        pending, self._pending = self._pending, {}
        for target, chunks in pending.items():
            self._make_folder(target)
            api.write_atomic(target, b"".join(chunks))

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
        """Finish the stream file: it replaces its target, or, after an exception, vanishes."""
        self._stack.__exit__(exc_type, exc, traceback)


def choose_sink(request: ConvertRequest) -> Sink:
    """Decide where the documents go, from ``-o`` and the number of inputs.

    Raises:
        UsageError: if the inputs cannot go where ``-o`` says.
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
    folder = output.endswith(("/", os.sep)) or path.is_dir() or (several and not stream)
    if folder:
        if path.exists() and not path.is_dir():
            raise UsageError(f"{output} is a file; several outputs need a folder")
        return Sink(single=False, path=path, folder=True, gather=stream, force=request.force)
    if path.exists() and not request.force:
        raise UsageError(f"{output} exists; pass --force to overwrite it")
    return Sink(single=not stream, path=path, force=request.force)


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
    for name in doc.refused:
        earlier = sink.recorded.get(name)
        why = (
            f"was already written from {earlier}"
            if earlier
            else "exists; pass --force to overwrite it"
        )
        reason = f"not written: {folder / name} {why}"
        report.message(where, "error", reason)
        state.fail(ExitCode.USAGE, reason)
    for label, data in doc.outputs:
        chosen = label if state.several and not sink.gather else None
        try:
            sink.put(
                data, state.shown, folder_name(task.name, task.relative, request.target, chosen)
            )
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
            sink.flush()
        except OSError as exc:
            reason = f"not written: {_reason(exc)}"
            report.message(Location(source=state.shown), "error", reason)
            state.fail(ExitCode.USAGE, reason)
            state.written = 0
    totals.inputs += 1
    totals.written += state.written
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
    if totals.inputs > 1 or totals.failed or totals.written != 1:
        converted = totals.inputs - totals.failed
        report.note(
            f"{converted} of {count(totals.inputs, 'input')} converted, "
            f"{count(totals.written, 'article')} written"
            + (f"; {totals.failed} failed" if totals.failed else "")
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
    found = walk(
        request.inputs, chosen=request.source, include=request.include, exclude=request.exclude
    )
    totals = _Totals()
    state = _Input(shown="", several=False)
    with choose_sink(request) as sink:
        job = Job(
            source=None if request.source is None else request.source.name,
            target=request.target.name,
            strict=request.strict,
            options=request.options,
            folder=str(sink.path) if sink.folder and not sink.gather else None,
            force=request.force,
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
    _summary(totals, report)
    return totals.worst
