"""The native JSON format (``json``) and JSON Lines (``jsonl``), both directions.

A ``json`` document is one article as an object whose keys are the model's attribute names, in
attribute order, with ``"newsmodel": 1`` (the format version) first. Fields at their default (None,
an empty list) are left out; blocks carry ``"type"``; datetimes are ISO 8601 with their offset.
Writing is deterministic: the same article always gives the same bytes, UTF-8 and unescaped,
indented by two spaces, ending with a newline. ``jsonl`` is the same objects, compact, one per line.

Reading is lossless and strict: ``loads(dumps(a)) == a`` for every article, and a document that
does not make a valid article raises :class:`~newsmodel.errors.ValidationError` listing every
fault with its JSON pointer. Broken JSON raises :class:`~newsmodel.errors.ParseError` with line
and column.
"""

import json
from collections.abc import Iterator
from typing import Any

from newsmodel.errors import Location, ParseError, Problem, ValidationError
from newsmodel.formats import Format, Parsed, ReadOptions, WriteOptions
from newsmodel.formats._convert import structure_article, unstructure_article
from newsmodel.model import Article

__all__ = [
    "FORMATS_PROVIDED",
    "FORMAT_VERSION",
    "VERSION_KEY",
    "from_data",
    "read",
    "read_all",
    "read_first",
    "read_lines",
    "to_data",
    "write",
    "write_lines",
]

_READ_DEFAULTS = ReadOptions()
_WRITE_DEFAULTS = WriteOptions()

FORMAT_VERSION = 1
"""The version of the JSON format this release reads and writes."""

VERSION_KEY = "newsmodel"
"""The key that carries :data:`FORMAT_VERSION` in every document."""


def to_data(article: Article) -> dict[str, Any]:
    """Return the article as the JSON-ready dict that :func:`write` serializes."""
    return {VERSION_KEY: FORMAT_VERSION, **unstructure_article(article)}


def from_data(data: object, *, source: str | None = None) -> Article:
    """Build an article from a parsed JSON value.

    Raises:
        ValidationError: if the value is not a valid article; every fault is listed.
    """
    if type(data) is dict and VERSION_KEY in data:
        version = data[VERSION_KEY]
        if version != FORMAT_VERSION or type(version) is not int:
            raise ValidationError(
                (
                    Problem(
                        "unsupported-version",
                        "error",
                        f"this newsmodel reads JSON format version {FORMAT_VERSION}, "
                        f"not {version!r}",
                        Location(source=source, pointer=f"/{VERSION_KEY}"),
                    ),
                )
            )
        data = {key: value for key, value in data.items() if key != VERSION_KEY}
    return structure_article(data, source=source)


def write(article: Article, options: WriteOptions = _WRITE_DEFAULTS) -> str:
    """Return the article as an indented JSON document ending with a newline."""
    return json.dumps(to_data(article), ensure_ascii=False, indent=2) + "\n"


def write_lines(article: Article, options: WriteOptions = _WRITE_DEFAULTS) -> str:
    """Return the article as one compact JSON line ending with a newline."""
    return json.dumps(to_data(article), ensure_ascii=False, separators=(",", ":")) + "\n"


def _decode(data: bytes, source: str | None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ParseError(
            f"not UTF-8: byte 0x{data[exc.start]:02x} cannot start a character here",
            Location(source=source, line=line, column=column),
            "invalid-encoding",
        ) from exc


def _parse_json(text: str, source: str | None, line_offset: int = 0) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"invalid JSON: {exc.msg}",
            Location(source=source, line=exc.lineno + line_offset, column=exc.colno),
            "invalid-json",
        ) from exc
    except RecursionError as exc:
        raise ParseError(
            "invalid JSON: nested too deeply",
            Location(source=source, line=line_offset + 1),
            "invalid-json",
        ) from exc
    except ValueError as exc:  # an integer with more digits than Python converts
        raise ParseError(
            f"invalid JSON: {exc}", Location(source=source, line=line_offset + 1), "invalid-json"
        ) from exc


def read(data: bytes, options: ReadOptions = _READ_DEFAULTS) -> Parsed:
    """Read one article from a JSON document.

    Raises:
        ParseError: if the bytes are not UTF-8 JSON.
        ValidationError: if the JSON is not a valid article.
    """
    source = options.source
    return Parsed(article=from_data(_parse_json(_decode(data, source), source), source=source))


def read_lines(data: bytes, options: ReadOptions = _READ_DEFAULTS) -> Iterator[tuple[int, Parsed]]:
    """Yield ``(line number, parsed)`` for each non-blank line of a JSON Lines document, lazily.

    Problems found on a line carry that line number in their location.
    """
    source = options.source
    text = _decode(data, source)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        value = _parse_json(line, source, number - 1)
        try:
            article = from_data(value, source=source)
        except ValidationError as exc:
            raise ValidationError(
                tuple(
                    Problem(p.code, p.severity, p.message, _on_line(p.location, number))
                    for p in exc.problems
                )
            ) from exc
        yield number, Parsed(article=article)


def _on_line(location: Location, line: int) -> Location:
    return Location(
        source=location.source, line=line, xpath=location.xpath, pointer=location.pointer
    )


def read_all(data: bytes, options: ReadOptions = _READ_DEFAULTS) -> Iterator[Parsed]:
    """Yield every article of a JSON Lines document, lazily."""
    for _number, parsed in read_lines(data, options):
        yield parsed


def read_first(data: bytes, options: ReadOptions = _READ_DEFAULTS) -> Parsed:
    """Read the first article of a JSON Lines document.

    Raises:
        ParseError: if the document holds no article.
    """
    for parsed in read_all(data, options):
        return parsed
    raise ParseError(
        "the JSON Lines document holds no article", Location(source=options.source), "empty"
    )


def _sniff_json(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith(b"{") and f'"{VERSION_KEY}"'.encode() in text


def _sniff_jsonl(head: bytes) -> bool:
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0].rstrip()
    return _sniff_json(first) and first.endswith(b"}")


FORMATS_PROVIDED = (
    Format(
        name="jsonl",
        description="JSON Lines: one newsmodel JSON article per line",
        extensions=(".jsonl", ".ndjson"),
        read=read_first,
        read_all=read_all,
        write=write_lines,
        sniff=_sniff_jsonl,
        media_type="application/jsonl",
    ),
    Format(
        name="json",
        description="newsmodel's native JSON: lossless, versioned, with a JSON Schema",
        extensions=(".json",),
        read=read,
        write=write,
        sniff=_sniff_json,
        media_type="application/json",
    ),
)
"""The formats this module provides, in sniffing order (JSON Lines before JSON)."""
