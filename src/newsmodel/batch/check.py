"""Checking one file for ``newsmodel validate``: read it, collect every problem, place each.

What the reader refuses, what it forgave (``Parsed.problems``, each under its own code), the
editorial rules of :func:`newsmodel.validate` and the user's schemas all become problems, placed in
the file by line, column, XPath and JSON pointer where known. Nothing here prints: a bug met on a
file comes back as an ``internal-error`` problem with its traceback, for the caller to show.
"""

import functools
import traceback
from collections.abc import Iterable, Iterator, Sequence

import attrs

from newsmodel import formats
from newsmodel.batch.files import open_regular, read_input
from newsmodel.batch.items import iter_items, locate, locate_problem
from newsmodel.batch.outcome import ExitCode, display_name
from newsmodel.batch.schemas import SchemaCheck, load_schemas
from newsmodel.batch.work import Doc, Task, range_lines
from newsmodel.errors import FormatError, Location, Problem
from newsmodel.formats import Format
from newsmodel.limits import MAX_BYTES, LimitError
from newsmodel.validation import validate

__all__ = [
    "CheckJob",
    "FileReport",
    "check_file",
    "check_task",
    "check_tasks",
    "loaded_schemas",
    "stalled_report",
]


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


def _check_lines(name: str, fmt: Format, schemas: Sequence[SchemaCheck],
                 max_bytes: int | None) -> list[Problem]:  # fmt: skip
    """Check a file of a format of one article per line, one line at a time: memory holds one
    line (at most ``max_bytes + 1`` bytes of it), however big the file."""
    shown = display_name(name)
    found: list[Problem] = []
    empty = True
    for line, raw, _end in range_lines(name, 0, None, 1, max_bytes):
        where = Location(source=shown, line=line)
        if raw is None:
            message = f"the line is longer than the limit of {max_bytes} bytes (max_bytes)"
            found.append(Problem("too-large", "error", message, where))
            empty = False
            continue
        if not raw.strip():
            continue
        empty = False
        for problem in _check_items(name, raw, fmt, schemas):
            found.append(attrs.evolve(problem, location=locate(problem.location, shown, line)))
    if empty:
        found.extend(_check_items(name, b"", fmt, schemas))
    return found


def _check(name: str, chosen: Format | None, schemas: Sequence[SchemaCheck],
           max_bytes: int | None, data: bytes | None) -> list[Problem]:  # fmt: skip
    """Read and check one file: a file of a format of one article per line line by line, any
    other input whole, within ``max_bytes``; ``data`` if it was read already."""
    if data is not None:
        return _check_items(name, data, chosen, schemas)
    if name != "-":
        with open_regular(name) as handle:
            head = handle.read(formats.SNIFF_BYTES)
        fmt = _reader(head, name, chosen, schemas)
        if fmt.line_oriented:
            return _check_lines(name, fmt, schemas, max_bytes)
    data = read_input(name, max_bytes)
    return _check_items(name, data, chosen, schemas)


def check_file(
    name: str,
    chosen: Format | None,
    schemas: Sequence[SchemaCheck],
    *,
    max_bytes: int | None = MAX_BYTES,
    data: bytes | None = None,
) -> FileReport:
    """Check one file (``-``: standard input) and return everything found in it.

    No more than ``max_bytes + 1`` bytes of a document are read (of each line, in a format of
    one article per line): more is a ``too-large`` problem. Only regular files and standard
    input are read: a FIFO or a device is refused as ``unreadable`` without waiting on it.
    Only interrupts propagate: an unreadable file, an unknown format and a bug of newsmodel's are
    all reported in the :class:`FileReport`. ``data``, when given, are the bytes of the input,
    read already (standard input, read by the command before a worker process checks it).
    """
    shown = display_name(name)
    where = Location(source=shown)
    try:
        found = _check(name, chosen, schemas, max_bytes, data)
    except LimitError as exc:
        problem = Problem(exc.code, "error", exc.message, where)
        return FileReport(path=shown, problems=(problem,))
    except OSError as exc:
        problem = Problem("unreadable", "error", f"cannot read: {exc.strerror or exc}", where)
        return FileReport(path=shown, problems=(problem,), status=ExitCode.USAGE)
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


@attrs.frozen(kw_only=True)
class CheckJob:
    """How every file of one ``newsmodel validate`` run is checked, for :func:`check_task`.

    Attributes:
        source: The name of the format of the files, or None to tell it from each file.
        schemas: The ``--schema`` values (``PATH`` or ``FMT=PATH``): each process loads them
            once (:func:`loaded_schemas`), so that the job is plain, picklable data.
        max_bytes: The most bytes of one document read.
    """

    source: str | None = None
    schemas: tuple[str, ...] = ()
    max_bytes: int | None = MAX_BYTES


@functools.lru_cache(maxsize=4)
def loaded_schemas(specs: tuple[str, ...]) -> tuple[SchemaCheck, ...]:
    """Return the schemas of ``--schema`` values ``specs``, loaded once per process.

    Raises:
        UsageError: if a schema cannot be loaded.
    """
    return load_schemas(specs)


def check_task(task: Task, job: CheckJob) -> Iterator[FileReport]:
    """Check the file of ``task``: the work function of ``newsmodel validate`` for
    :func:`newsmodel.batch.pool.run`, in this process or in a worker process with a timeout."""
    if task.too_large:
        message = f"the document is longer than the limit of {job.max_bytes} bytes (max_bytes)"
        where = Location(source=display_name(task.name))
        yield FileReport(
            path=where.source or "", problems=(Problem("too-large", "error", message, where),)
        )
        return
    chosen = None if job.source is None else formats.get(job.source, direction="read")
    schemas = loaded_schemas(job.schemas)
    yield check_file(task.name, chosen, schemas, max_bytes=job.max_bytes, data=task.data)


def check_tasks(names: Iterable[str], max_bytes: int | None = MAX_BYTES) -> Iterator[Task]:
    """Yield a task per file to check, numbered in order; standard input (``-``) is read here,
    when its turn comes, within ``max_bytes``, since a worker process cannot read it."""
    for seq, name in enumerate(names):
        if name != "-":
            yield Task(seq=seq, name=name, relative=name)
            continue
        try:
            data = read_input(name, max_bytes)
        except LimitError:
            yield Task(seq=seq, name=name, relative=name, too_large=True)
        else:
            yield Task(seq=seq, name=name, relative=name, data=data)


def stalled_report(task: Task, doc: Doc) -> FileReport:
    """Turn the failure of a file whose check took longer than the timeout (or whose worker
    died), as :func:`newsmodel.batch.pool.run` reports it, into the file's :class:`FileReport`:
    a ``timeout`` problem, or an ``internal-error``."""
    shown = display_name(task.name)
    why = doc.reason or "the check failed"
    if "--timeout" in why:
        problem = Problem("timeout", "error", why, Location(source=shown))
        return FileReport(path=shown, problems=(problem,))
    problem = Problem("internal-error", "error", why, Location(source=shown))
    return FileReport(path=shown, problems=(problem,), status=ExitCode.INTERNAL)
