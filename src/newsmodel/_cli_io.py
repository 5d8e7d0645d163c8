"""What the command line's commands share: exit codes, reading inputs, telling their format,
going through the articles of a document, and writing outputs atomically.

Nothing here prints; the commands report through :mod:`newsmodel._cli_report`.
"""

import enum
import os
import sys
from collections.abc import Iterator, Mapping

import attrs

from newsmodel import formats
from newsmodel.errors import (
    FormatError,
    Location,
    ParseError,
    Problem,
    ValidationError,
)
from newsmodel.formats import Format, Parsed, ReadOptions

__all__ = [
    "LINE_FORMATS",
    "STDIN",
    "ExitCode",
    "Item",
    "UsageError",
    "display_name",
    "is_readable",
    "iter_items",
    "locate",
    "locate_problem",
    "output_name",
    "read_input",
    "reader_for",
    "write_stdout",
]

STDIN = "<stdin>"
"""How standard input is named in messages."""

LINE_FORMATS = frozenset({"jsonl"})
"""The formats whose documents hold one article per line. Their documents can be concatenated,
so several inputs can go to one stream, and a bad line does not stop the lines after it."""


class ExitCode(enum.IntEnum):
    """The command line's exit codes; when several apply, the highest wins."""

    OK = 0
    INVALID = 1
    """An input failed to parse or validate, or could not be written without loss in strict mode."""
    USAGE = 2
    """A usage error, an unknown format, or an I/O error."""
    INTERNAL = 3
    """A bug in newsmodel; a traceback went to stderr."""


class UsageError(Exception):
    """A mistake on the command line that argparse cannot see; the command exits with 2."""


def display_name(name: str) -> str:
    """Return how input ``name`` is named in messages: ``-`` is standard input."""
    return STDIN if name == "-" else name


def read_input(name: str) -> bytes:
    """Return the bytes of file ``name``, or of standard input for ``-``.

    Raises:
        OSError: if the file cannot be read.
    """
    if name == "-":
        return sys.stdin.buffer.read()
    with open(name, "rb") as handle:  # not Path: it interns every path it parses
        return handle.read()


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


def is_readable(fmt: Format) -> bool:
    """Whether newsmodel can read format ``fmt``."""
    return fmt.read is not None or fmt.read_all is not None


def reader_for(data: bytes, path: str | None, chosen: Format | None) -> Format:
    """Return the format to read a document with: ``chosen``, else the one of the extension of
    ``path``, else the one the first bytes look like.

    Raises:
        FormatError: if the format cannot be told.
    """
    if chosen is not None:
        return chosen
    if path is not None:
        by_extension = formats.format_for_path(path)
        if by_extension is not None and is_readable(by_extension):
            return by_extension
    sniffed = formats.sniff(data)
    if sniffed is None:
        known = ", ".join(sorted(n for n, f in formats.FORMATS.items() if is_readable(f)))
        raise FormatError(f"cannot tell the format; pass --from (one of {known})")
    return sniffed


def locate(location: Location, source: str, line: int | None = None) -> Location:
    """Return ``location`` with ``source`` filled in when it has none, and, for a document that is
    line ``line`` of a file, its line made relative to the file."""
    source_name = location.source if location.source is not None else source
    absolute = location.line if line is None else line + (location.line or 1) - 1
    if source_name == location.source and absolute == location.line:
        return location
    return attrs.evolve(location, source=source_name, line=absolute)


def _nearest(locations: Mapping[str, Location], pointer: str) -> Location | None:
    if not locations:
        return None
    while True:
        found = locations.get(pointer)
        if found is not None:
            return found
        if not pointer:
            return None
        pointer = pointer.rpartition("/")[0]


def locate_problem(problem: Problem, parsed: Parsed, source: str, line: int | None) -> Problem:
    """Place a problem that :func:`newsmodel.validate` found in an article in the source
    document: the source position of the nearest part the reader located, and the problem's
    pointer."""
    pointer = problem.location.pointer
    nearest = _nearest(parsed.locations, pointer) if pointer is not None else None
    base = problem.location if nearest is None else attrs.evolve(nearest, pointer=pointer)
    return attrs.evolve(problem, location=locate(base, source, line))


def _problems(
    exc: ParseError | ValidationError, source: str, line: int | None
) -> tuple[Problem, ...]:
    return tuple(attrs.evolve(p, location=locate(p.location, source, line)) for p in exc.problems)


@attrs.frozen(kw_only=True)
class Item:
    """One article of a document, or the problems that kept it from being read.

    Attributes:
        number: The 1-based position of the item in the document.
        line: The line the item is on, in formats of one article per line.
        parsed: The article and its source locations, or None if it could not be read.
        problems: Why it could not be read, each placed in the file.
    """

    number: int
    line: int | None = None
    parsed: Parsed | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def label(self) -> str:
        """How the item is told apart from the other items of its document: its line number,
        else its position."""
        return str(self.line if self.line is not None else self.number)


def _lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    start = 0
    number = 0
    while start < len(data):
        end = data.find(b"\n", start)
        if end == -1:
            end = len(data)
        number += 1
        yield number, data[start:end]
        start = end + 1


def _line_items(data: bytes, fmt: Format, source: str) -> Iterator[Item]:
    options = ReadOptions(source=source)
    count = 0
    for line, raw in _lines(data):
        if not raw.strip():
            continue
        count += 1
        try:
            parsed = list(fmt.read_many(raw, options))
        except (ParseError, ValidationError) as exc:
            yield Item(number=count, line=line, problems=_problems(exc, source, line))
            continue
        for one in parsed:
            locations = {k: locate(v, source, line) for k, v in one.locations.items()}
            yield Item(number=count, line=line, parsed=attrs.evolve(one, locations=locations))


def _document_items(data: bytes, fmt: Format, source: str) -> Iterator[Item]:
    number = 0
    try:
        for parsed in fmt.read_many(data, ReadOptions(source=source)):
            number += 1
            yield Item(number=number, parsed=parsed)
    except (ParseError, ValidationError) as exc:
        yield Item(number=number + 1, problems=_problems(exc, source, None))


def iter_items(data: bytes, fmt: Format, source: str) -> Iterator[Item]:
    """Yield the articles of a document in format ``fmt``, lazily, each as an :class:`Item`.

    In a format of one article per line, a bad line gives an item with problems and reading goes
    on with the next line; in other formats, the first error ends the document. A document that
    holds no article gives one item with an ``empty`` problem.

    Raises:
        FormatError: if the reader cannot read the document at all; other errors of the reader
            (bugs) propagate too.
    """
    line_format = fmt.name in LINE_FORMATS
    items = _line_items(data, fmt, source) if line_format else _document_items(data, fmt, source)
    empty = True
    for item in items:
        empty = False
        yield item
    if empty:
        problem = Problem(
            "empty", "error", "the document holds no article", Location(source=source)
        )
        yield Item(number=1, problems=(problem,))


def output_name(source: str, target: Format, label: str | None = None) -> str:
    """Return the name of the file that input ``source`` becomes in format ``target``: its name
    with the target's preferred extension in place of its own, and ``-label`` before it for one of
    several articles.

    >>> from newsmodel.formats import get
    >>> output_name("in/story.json", get("jsonl"))
    'story.jsonl'
    >>> output_name("batch.jsonl", get("json"), "3")
    'batch-3.json'
    """
    base = "stdin" if source == "-" else os.path.basename(source)  # not Path: it interns
    lower = base.lower()
    fmt = formats.format_for_path(base)
    matched = [ext for ext in fmt.extensions if lower.endswith(ext)] if fmt is not None else []
    extension = max(matched, key=len) if matched else os.path.splitext(base)[1].rstrip(".")
    stem = base[: len(base) - len(extension)] if extension and len(extension) < len(base) else base
    if label is not None:
        stem += f"-{label}"
    return stem + (target.extensions[0] if target.extensions else "")
