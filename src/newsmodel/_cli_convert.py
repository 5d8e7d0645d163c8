"""``newsmodel convert``: read each input, write each article in the target format.

Where the output goes is decided once, before any input is read (:func:`choose_sink`):

- standard output, or one file: a single document, or, for a format of one article per line
  (``jsonl``), the articles of every input one after the other;
- a folder: one file per input, named after it, or one per article of an input that holds
  several (``batch-3.json`` for line 3 of ``batch.jsonl``).

Files are written atomically and never overwritten without ``--force``. A bad input is reported on
stderr with its place and the conversion goes on with the next one.
"""

import contextlib
import io
import itertools
import os
import warnings
from pathlib import Path
from types import TracebackType
from typing import cast

import attrs

from newsmodel import api
from newsmodel._cli_io import (
    LINE_FORMATS,
    ExitCode,
    Item,
    UsageError,
    atomic_stream,
    display_name,
    iter_items,
    output_name,
    read_input,
    reader_for,
    write_stdout,
)
from newsmodel._cli_report import Diagnostics, count
from newsmodel.errors import FormatError, Location, SerializeError
from newsmodel.formats import Format, WriteFormat, WriteOptions

__all__ = ["ConvertRequest", "OutputError", "Sink", "choose_sink", "convert"]


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
    """

    inputs: tuple[str, ...]
    source: Format | None
    target: Format
    output: str | None = None
    strict: bool = False
    force: bool = False
    options: WriteOptions = attrs.field(factory=WriteOptions)


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
        self._pending: dict[Path, list[bytes]] = {}
        self._folder_made = False
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
            self._make_folder()
            api.write_atomic(target, data)
        elif self.single:
            api.write_atomic(self.path, data)
        else:
            if self._stream is None:
                opened = self._stack.enter_context(atomic_stream(self.path))
                self._stream = cast(io.BufferedIOBase, opened)
            self._stream.write(data)

    def _make_folder(self) -> None:
        if not self._folder_made:
            assert self.path is not None  # a folder sink has a path
            self.path.mkdir(parents=True, exist_ok=True)
            self._folder_made = True

    def flush(self) -> None:
        """Write the files gathered from one input.

        Raises:
            OSError: if they cannot be written.
        """
        pending, self._pending = self._pending, {}
        for target, chunks in pending.items():
            self._make_folder()
            api.write_atomic(target, b"".join(chunks))

    def discard(self) -> None:
        """Drop the files gathered from an input that failed midway."""
        for target in self._pending:
            del self.written[target]
        self._pending = {}

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
    several = len(request.inputs) > 1
    stream = request.target.name in LINE_FORMATS
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


def _render(item: Item, request: ConvertRequest, shown: str, report: Diagnostics) -> bytes | None:
    """Return the article of ``item`` as the target format's bytes, or None if strict mode
    refused it; losses are reported as warnings."""
    assert item.parsed is not None  # only called for articles
    buffer = io.BytesIO()
    where = Location(source=shown, line=item.line)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            api.dump(
                item.parsed.article,
                buffer,
                format=cast(WriteFormat, request.target.name),
                strict=request.strict,
                options=request.options,
            )
        except SerializeError as exc:
            report.message(attrs.evolve(where, pointer=exc.pointer), "error", exc.message)
            return None
    for warning in caught:
        report.message(where, "warning", str(warning.message))
    return buffer.getvalue()


def _convert_items(
    name: str, data: bytes, request: ConvertRequest, sink: Sink, report: Diagnostics
) -> tuple[ExitCode, int]:
    shown = display_name(name)
    fmt = reader_for(data, None if name == "-" else name, request.source)
    items = iter_items(data, fmt, shown)
    ahead = list(itertools.islice(items, 2))
    several = len(ahead) > 1
    if several and sink.single:
        report.message(
            Location(source=shown),
            "error",
            f"holds several articles, and one {request.target.name} document holds one; "
            "pass -o FOLDER/ (or --to jsonl)",
        )
        return ExitCode.USAGE, 0
    worst = ExitCode.OK
    written = 0
    for item in itertools.chain(ahead, items):
        if item.parsed is None:
            for problem in item.problems:
                report.problem(problem)
            worst = max(worst, ExitCode.INVALID)
            continue
        document = _render(item, request, shown, report)
        if document is None:
            worst = max(worst, ExitCode.INVALID)
            continue
        label = item.label if several and not sink.gather else None
        try:
            sink.put(document, shown, output_name(name, request.target, label))
        except BrokenPipeError:  # stdout was closed: stop everything, as main() does
            raise
        except (OutputError, OSError) as exc:
            where = Location(source=shown, line=item.line)
            report.message(where, "error", f"not written: {_reason(exc)}")
            worst = max(worst, ExitCode.USAGE)
            continue
        written += 1
    try:
        sink.flush()
    except OSError as exc:
        report.message(Location(source=shown), "error", f"not written: {_reason(exc)}")
        return ExitCode.USAGE, 0
    return worst, written


def _convert_one(
    name: str, request: ConvertRequest, sink: Sink, report: Diagnostics
) -> tuple[ExitCode, int]:
    shown = display_name(name)
    try:
        data = read_input(name)
    except OSError as exc:
        report.message(Location(source=shown), "error", f"cannot read: {exc.strerror or exc}")
        return ExitCode.USAGE, 0
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = _convert_items(name, data, request, sink, report)
        except FormatError as exc:
            report.message(Location(source=shown), "error", str(exc))
            result = ExitCode.USAGE, 0
        except BrokenPipeError:  # stdout was closed: stop everything, as main() does
            raise
        except Exception:  # a bug in a reader or writer: report it, go on with the next input
            sink.discard()
            report.internal(shown)
            result = ExitCode.INTERNAL, 0
    for warning in caught:  # what the reader warned about
        report.message(Location(source=shown), "warning", str(warning.message))
    return result


def convert(request: ConvertRequest, report: Diagnostics) -> ExitCode:
    """Convert every input of ``request``; return the exit code.

    Raises:
        UsageError: if the request cannot be carried out at all.
    """
    if request.inputs.count("-") > 1:
        raise UsageError("standard input can be read only once")
    if "-" in request.inputs and request.source is None:
        raise UsageError("reading standard input needs --from")
    worst = ExitCode.OK
    written = failed = 0
    with choose_sink(request) as sink:
        for name in request.inputs:
            code, articles = _convert_one(name, request, sink, report)
            worst = max(worst, code)
            written += articles
            failed += code != ExitCode.OK
    if len(request.inputs) > 1 or failed or written != 1:
        converted = len(request.inputs) - failed
        report.note(
            f"{converted} of {count(len(request.inputs), 'input')} converted, "
            f"{count(written, 'article')} written" + (f"; {failed} failed" if failed else "")
        )
    return worst
