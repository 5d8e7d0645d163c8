"""Reading every article of a document, one record at a time: the work beneath
:func:`newsmodel.load_all` and :func:`newsmodel.loads_all`.

A format of one article per line (JSON Lines) is read from the open file a line at a time
(:func:`~newsmodel.formats._json_text.stream_line_bytes`), so a file of any size is read in
flat memory and ``max_bytes`` bounds each record; a bad record is raised, skipped with a
warning or handed back as a :class:`Record`, as the caller's ``errors=`` says. Other formats
are read whole, within ``max_bytes``, as before.
"""

import io
import os
import stat
import warnings
import weakref
from collections.abc import Iterable, Iterator
from typing import BinaryIO, Literal

import attrs

from newsmodel import limits
from newsmodel.errors import Location, ParseError, Problem, ValidationError
from newsmodel.formats import SNIFF_BYTES, Format, Parsed, ReadOptions
from newsmodel.formats._json_text import STREAM_CHUNK, stream_line_bytes
from newsmodel.model import Article

__all__ = [
    "OnError",
    "Record",
    "check_on_error",
    "deliver",
    "document_outcomes",
    "file_lines",
    "line_outcomes",
    "read_head",
    "read_rest",
    "regular_size",
    "warn",
]

OnError = Literal["raise", "skip", "collect"]
"""What :func:`~newsmodel.load_all` and :func:`~newsmodel.loads_all` do with a record that
cannot be read: raise its error, skip it with a warning, or yield a :class:`Record`."""

_ON_ERROR: tuple[OnError, ...] = ("raise", "skip", "collect")


@attrs.frozen(kw_only=True)
class Record:
    """One record of a document read with ``errors="collect"``: its article, or the problems
    that kept it from being read.

    Exactly one of ``article`` and ``problems`` is set. Faults the reader forgave in a good
    record are issued as :class:`~newsmodel.ReadWarning` objects, as everywhere else.

    Attributes:
        number: The record's 1-based position among the document's records (blank lines are
            not records).
        line: The line of the file the record is on, in a format of one article per line (JSON
            Lines); None in other formats.
        article: The article, or None if the record could not be read.
        problems: Why it could not be read: each a :class:`~newsmodel.Problem` of severity
            ``"error"`` with its code and its place in the file (its line, for JSON Lines);
            empty when ``article`` is set.

    .. versionadded:: 0.2.0
    """

    number: int
    line: int | None = None
    article: Article | None = None
    problems: tuple[Problem, ...] = ()

    def __attrs_post_init__(self) -> None:
        if (self.article is None) == (not self.problems):
            raise ValueError("a Record holds either an article or the problems of a bad record")

    @property
    def ok(self) -> bool:
        """Whether the record was read (``article`` is set)."""
        return self.article is not None


Outcome = tuple[int, int | None, Parsed | ParseError | ValidationError]
"""A record's number, its line (or None), and what reading it gave."""


def check_on_error(errors: str) -> OnError:
    """Return ``errors`` if it names a mode.

    Raises:
        ValueError: if it does not; a programming error, as ``open(errors=...)`` has.
    """
    for mode in _ON_ERROR:
        if errors == mode:
            return mode
    raise ValueError(f"errors must be one of {', '.join(map(repr, _ON_ERROR))}, not {errors!r}")


def warn(fmt: Format, problems: Iterable[Problem], stacklevel: int) -> None:
    """Issue one warning of the format's class for each problem; ``stacklevel`` counts from
    the caller of this function."""
    for problem in problems:
        warnings.warn(fmt.warning(problem), stacklevel=stacklevel + 1)


def read_head(stream: BinaryIO, text_mode: str) -> bytes:
    """Read the first :data:`~newsmodel.formats.SNIFF_BYTES` of a stream (fewer at its end),
    to detect its format.

    Raises:
        TypeError: with message ``text_mode`` if the stream gives ``str``.
    """
    if isinstance(stream, io.TextIOBase):
        raise TypeError(text_mode)
    head = b""
    while len(head) < SNIFF_BYTES:
        chunk = stream.read(SNIFF_BYTES - len(head))
        if isinstance(chunk, str):
            raise TypeError(text_mode)
        if not chunk:
            break
        head += chunk
    return head


def read_rest(stream: BinaryIO, head: bytes, max_bytes: int | None, source: str | None) -> bytes:
    """Return the whole document, ``head`` and the rest of the stream, reading at most one
    byte over ``max_bytes``.

    Raises:
        LimitError: if the document is longer than ``max_bytes``.
    """
    parts = [head]
    size = len(head)
    while max_bytes is None or size <= max_bytes:
        wanted = STREAM_CHUNK if max_bytes is None else min(STREAM_CHUNK, max_bytes + 1 - size)
        chunk = stream.read(wanted)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    if max_bytes is not None and size > max_bytes:
        raise limits.LimitError(
            f"the document is longer than the limit of {max_bytes} bytes (max_bytes)",
            Location(source=source),
            code="too-large",
        )
    return b"".join(parts)


def file_lines(
    stream: BinaryIO, head: bytes, max_bytes: int | None, owned: bool
) -> Iterator[tuple[int, bytes | int]]:
    """Yield the lines of a stream, as :func:`stream_line_bytes` does; close the stream at the
    end (or when the iteration is closed) if ``owned``."""
    try:
        yield from stream_line_bytes(stream, max_bytes, head)
    finally:
        if owned:
            stream.close()


def _moved(location: Location, line: int) -> Location:
    """Return ``location``, found in a record that is line ``line`` of a file, placed in the
    file."""
    return location.in_file(line=line)


def _on_line(error: ParseError | ValidationError, line: int) -> ParseError | ValidationError:
    moved: ParseError | ValidationError
    if isinstance(error, ParseError):
        moved = attrs.evolve(error, location=_moved(error.location, line))
    else:
        moved = ValidationError(
            tuple(attrs.evolve(p, location=_moved(p.location, line)) for p in error.problems)
        )
    moved.__cause__ = error
    return moved


def _placed(parsed: Parsed, line: int) -> Parsed:
    return parsed.in_file(line=line)


def line_outcomes(
    fmt: Format, lines: Iterable[tuple[int, bytes | int]], options: ReadOptions
) -> Iterator[Outcome]:
    """Read each non-blank line as a document of ``fmt``, lazily; a line longer than
    ``options.max_bytes`` (given as its length) is a :class:`~newsmodel.limits.LimitError`.

    Locations, of errors and of what the reader forgave, are placed at the line in the file.
    """
    number = 0
    for line, raw in lines:
        if isinstance(raw, int):
            number += 1
            yield number, line, _too_large(raw, line, options)
            continue
        if not raw.strip():
            continue
        try:
            parsed = list(fmt.read_many(raw, options))
        except (ParseError, ValidationError) as exc:
            number += 1
            yield number, line, _on_line(exc, line)
            continue
        for one in parsed:
            number += 1
            yield number, line, _placed(one, line)


def _too_large(length: int, line: int, options: ReadOptions) -> limits.LimitError:
    return limits.LimitError(
        f"the record is {length} bytes long, over the limit of {options.max_bytes} bytes "
        "(max_bytes)",
        Location(source=options.source, line=line),
        code="too-large",
    )


def document_outcomes(fmt: Format, data: bytes, options: ReadOptions) -> Iterator[Outcome]:
    """Read the articles of a whole document, lazily; its first error ends it."""
    number = 0
    try:
        for parsed in fmt.read_many(data, options):
            number += 1
            yield number, None, parsed
    except (ParseError, ValidationError) as exc:
        yield number + 1, None, exc


def _articles(fmt: Format, outcomes: Iterator[Outcome], skip: bool) -> Iterator[Article]:
    for _number, _line, outcome in outcomes:
        if isinstance(outcome, Parsed):
            warn(fmt, outcome.problems, 2)
            yield outcome.article
        elif skip:
            warn(fmt, outcome.problems, 2)
        else:
            raise outcome


def _records(fmt: Format, outcomes: Iterator[Outcome]) -> Iterator[Record]:
    for number, line, outcome in outcomes:
        if isinstance(outcome, Parsed):
            warn(fmt, outcome.problems, 2)
            yield Record(number=number, line=line, article=outcome.article)
        else:
            yield Record(number=number, line=line, problems=outcome.problems)


def deliver(
    fmt: Format, outcomes: Iterator[Outcome], errors: OnError, stream: BinaryIO | None = None
) -> Iterator[Article] | Iterator[Record]:
    """Return the iterator the caller gets: articles (raising or skipping bad records) or
    :class:`Record` objects; ``stream``, a file opened for the caller, is closed when that
    iterator is dropped, even unstarted."""
    delivered: Iterator[Article] | Iterator[Record] = (
        _records(fmt, outcomes)
        if errors == "collect"
        else _articles(fmt, outcomes, errors == "skip")
    )
    if stream is not None:
        weakref.finalize(delivered, stream.close)
    return delivered


def regular_size(stream: BinaryIO) -> int | None:
    """The size of the regular file beneath ``stream``, or None (a pipe, an object in memory)."""
    try:
        status = os.fstat(stream.fileno())
    except (OSError, AttributeError, ValueError):  # io.UnsupportedOperation is both
        return None
    return status.st_size if stat.S_ISREG(status.st_mode) else None
