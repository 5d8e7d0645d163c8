"""The JSON text beneath every JSON-based format (``json``, ``jsonl``, ``ninjs``): decoding
bytes with a line and column for a bad byte, parsing with a line and column for a syntax error,
refusing lone surrogates, and splitting JSON Lines.

Each helper here exists once; the formats call them, so they report the same faults the same way.
"""

import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from newsmodel.errors import Location, ParseError, Problem, ValidationError, join_pointer

__all__ = [
    "check_surrogates",
    "decode",
    "parse",
    "split_line_bytes",
    "split_lines",
    "stream_line_bytes",
]


def decode(data: bytes, source: str | None, encoding: str | None = None) -> str:
    """Return the text of a JSON document: UTF-8 (a byte order mark is dropped) unless
    ``encoding`` names another encoding.

    Raises:
        ParseError: ``invalid-encoding``, at the line and column of the first bad byte, or for
            an encoding that does not exist or cannot decode.
    """
    codec = "utf-8-sig" if encoding is None or encoding.lower() in ("utf-8", "utf8") else encoding
    try:
        return data.decode(codec)
    except LookupError as exc:
        raise ParseError(
            f"unknown encoding {encoding!r}", Location(source=source), "invalid-encoding"
        ) from exc
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        name = "UTF-8" if codec == "utf-8-sig" else exc.encoding
        raise ParseError(
            f"not {name}: byte 0x{data[exc.start]:02x} cannot start a character here",
            Location(source=source, line=line, column=column),
            "invalid-encoding",
        ) from exc
    except UnicodeError as exc:  # a codec such as "idna" that fails without a position
        raise ParseError(
            f"cannot decode the document as {encoding}: {exc}",
            Location(source=source),
            "invalid-encoding",
        ) from exc
    except ValueError as exc:  # an encoding name Python cannot look up ("utf-8\x00")
        raise ParseError(
            f"unknown encoding {encoding!r}", Location(source=source), "invalid-encoding"
        ) from exc


def parse(text: str, source: str | None, line_offset: int = 0) -> object:
    """Parse JSON text; ``line_offset`` is added to the line of an error (for a line of JSON
    Lines).

    Raises:
        ParseError: ``invalid-json`` with the line and column of the fault.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"invalid JSON: {exc.msg}",
            Location(source=source, line=exc.lineno + line_offset, column=exc.colno),
            "invalid-json",
        ) from exc
    except RecursionError as exc:
        index = _too_deep(text)
        line, column = (1, None) if index is None else _line_column(text, index)
        raise ParseError(
            f"invalid JSON: nested too deeply (more than {_DEPTH_SHOWN} levels here)",
            Location(source=source, line=line + line_offset, column=column),
            "invalid-json",
        ) from exc
    except ValueError as exc:  # an integer with more digits than Python converts
        raise ParseError(
            f"invalid JSON: {exc}", Location(source=source, line=line_offset + 1), "invalid-json"
        ) from exc


_DEPTH_SHOWN = 500
_STRING_OR_BRACKET = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.DOTALL)


def _too_deep(text: str) -> int | None:
    """Return the index of the first bracket nested more than :data:`_DEPTH_SHOWN` deep."""
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > _DEPTH_SHOWN:
                return match.start()
        elif token in "]}":
            depth -= 1
    return None


def _line_column(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column of ``text[index]``."""
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def check_surrogates(text: str, value: object, source: str | None) -> None:
    """Refuse strings that hold half of a surrogate pair (``"\\ud800"`` alone): JSON can spell
    one, but it is not a character, and no writer can encode it.

    Only documents that spell a surrogate escape are searched, so valid input pays one scan (a
    regular expression, which is faster than ``"\\u" in text`` on non-ASCII text).

    Raises:
        ValidationError: naming the pointer of every such string.
    """
    if _SURROGATE_ESCAPE.search(text) is None:
        return
    problems: list[Problem] = []
    stack: list[tuple[object, tuple[str | int, ...]]] = [(value, ())]
    while stack:
        item, path = stack.pop()
        if type(item) is dict:
            for key, child in item.items():
                if _has_surrogate(key):
                    problems.append(_surrogate_problem(key, (*path, key), source, "key"))
                stack.append((child, (*path, key)))
        elif type(item) is list:
            stack.extend((child, (*path, index)) for index, child in enumerate(item))
        elif type(item) is str and _has_surrogate(item):
            problems.append(_surrogate_problem(item, path, source, "string"))
    if problems:
        problems.sort(key=lambda problem: problem.location.pointer or "")
        raise ValidationError(tuple(problems))


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _surrogate_problem(
    text: str, path: tuple[str | int, ...], source: str | None, what: str
) -> Problem:
    half = next(char for char in text if 0xD800 <= ord(char) <= 0xDFFF)
    return Problem(
        "lone-surrogate",
        "error",
        f"the {what} holds \\u{ord(half):04x}, half of a surrogate pair, which is not a character",
        Location(source=source, pointer=join_pointer(*path)),
    )


def split_lines(text: str) -> Iterator[str]:
    """Yield the lines of ``text`` split at ``\\n`` only, lazily.

    Not :meth:`str.splitlines`: it also splits at U+2028, U+0085 and other characters that
    newsmodel's JSON Lines writer leaves unescaped inside strings. A ``\\r`` before the ``\\n``
    is JSON whitespace.
    """
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1


def split_line_bytes(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Yield ``(line number, line)`` for each line of ``data`` split at ``\\n`` only, lazily;
    the line numbers start at 1 and the lines keep a ``\\r`` before their end.

    >>> list(split_line_bytes(b'{"a": 1}\\n\\n{"b": 2}'))
    [(1, b'{"a": 1}'), (2, b''), (3, b'{"b": 2}')]
    """
    start = 0
    number = 0
    while start < len(data):
        end = data.find(b"\n", start)
        if end == -1:
            end = len(data)
        number += 1
        yield number, data[start:end]
        start = end + 1


STREAM_CHUNK = 64 * 1024
"""How many bytes :func:`stream_line_bytes` reads from its stream at a time."""


def stream_line_bytes(
    stream: BinaryIO, max_length: int | None, head: bytes = b"", chunk_size: int = STREAM_CHUNK
) -> Iterator[tuple[int, bytes | int]]:
    """Yield ``(line number, line)`` for each line of a binary stream split at ``\\n`` only,
    as :func:`split_line_bytes` does, reading the stream a chunk at a time, never whole.

    A line longer than ``max_length`` bytes is not kept: its length in bytes (an ``int``) comes
    in place of its bytes, and reading goes on with the next line. So memory stays within
    ``max_length`` plus ``chunk_size`` bytes whatever the stream holds, even a line of
    gigabytes.

    Args:
        stream: A binary stream, read from where it stands to its end.
        max_length: The longest line kept, in bytes (without its ``\\n``); None for no limit.
        head: Bytes already read from the stream (to detect its format), which come first.
        chunk_size: How many bytes to read at a time.

    >>> import io
    >>> list(stream_line_bytes(io.BytesIO(b'{"b": 2}\\n\\n{"long": 1}'), 8, head=b'{"a": 1}\\n'))
    [(1, b'{"a": 1}'), (2, b'{"b": 2}'), (3, b''), (4, 11)]
    """
    number = 0
    parts: list[bytes] = []  # the current line's bytes so far, while it is within max_length
    length = 0  # the current line's length so far
    chunk = head
    while True:
        start = 0
        end = chunk.find(b"\n")
        while end >= 0:
            number += 1
            length += end - start
            if max_length is not None and length > max_length:
                yield number, length
            elif parts:
                parts.append(chunk[start:end])
                yield number, b"".join(parts)
            else:
                yield number, chunk[start:end]
            parts, length = [], 0
            start = end + 1
            end = chunk.find(b"\n", start)
        if start < len(chunk):
            length += len(chunk) - start
            if max_length is None or length <= max_length:
                parts.append(chunk[start:] if start else chunk)
            else:
                parts = []
        chunk = stream.read(chunk_size)
        if not chunk:
            if length:
                over = max_length is not None and length > max_length
                yield number + 1, length if over else b"".join(parts)
            return
