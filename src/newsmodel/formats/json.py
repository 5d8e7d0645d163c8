"""The native JSON format (``json``) and JSON Lines (``jsonl``), both directions.

A ``json`` document is one article as an object whose keys are the model's attribute names, with
``"newsmodel": 1`` (the format version) first; in each object the required fields come first, then
the others, each group in attribute order. Fields at their default (None, an empty list) are left
out; blocks carry ``"type"``; datetimes are ISO 8601 with their offset. The JSON Schema is
:func:`newsmodel.schema.article_schema`.
Writing is deterministic: the same article always gives the same bytes, UTF-8 and unescaped,
indented by two spaces, ending with a newline. ``jsonl`` is the same objects, compact, one per line.

Reading is lossless and strict: ``loads(dumps(a)) == a`` for every article, and a document that
does not make a valid article raises :class:`~newsmodel.errors.ValidationError` listing every
fault with its JSON pointer. Broken JSON raises :class:`~newsmodel.errors.ParseError` with line
and column.
"""

import json
import re
from collections.abc import Iterator
from typing import Any

from newsmodel import limits
from newsmodel.errors import Location, ParseError, Problem, ValidationError
from newsmodel.formats import SNIFF_BYTES, Format, Parsed, ReadOptions, WriteOptions
from newsmodel.formats._convert import structure_article, unstructure_article
from newsmodel.formats._json_text import check_surrogates, decode, parse, split_lines
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
    """Build an article from a parsed JSON value, which is left unchanged.

    Raises:
        ValidationError: if the value is not a valid article; every fault is listed.
    """
    if type(data) is dict and VERSION_KEY in data:
        data = dict(data)
    return _from_owned(data, source)


def _from_owned(data: object, source: str | None) -> Article:
    """Build an article from a JSON value that nobody else holds: its version key is taken out
    in place, which spares copying the document."""
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
        del data[VERSION_KEY]
    return structure_article(data, source=source)


def write(article: Article, options: WriteOptions = _WRITE_DEFAULTS) -> str:
    """Return the article as an indented JSON document ending with a newline."""
    return json.dumps(to_data(article), ensure_ascii=False, indent=2) + "\n"


def write_lines(article: Article, options: WriteOptions = _WRITE_DEFAULTS) -> str:
    """Return the article as one compact JSON line ending with a newline."""
    return json.dumps(to_data(article), ensure_ascii=False, separators=(",", ":")) + "\n"


def read(data: bytes, options: ReadOptions = _READ_DEFAULTS) -> Parsed:
    """Read one article from a JSON document.

    Raises:
        ParseError: if the bytes are not UTF-8 JSON; :class:`~newsmodel.limits.LimitError` if
            they are over ``options.max_bytes`` or nest deeper than ``options.max_depth``.
        ValidationError: if the JSON is not a valid article.
    """
    source = options.source
    limits.check_size(data, options.max_bytes, source)
    text = decode(data, source)
    value = parse(text, source)
    return Parsed(article=_article(value, text, options))


_DEEPEST_ARTICLE = 8
"""How deep a valid article's JSON nests: article, sections, section, blocks, block, quotes,
quote, speaker."""


def _article(value: object, text: str, options: ReadOptions) -> Article:
    """Build the article of a parsed document, within ``options.max_depth``.

    No valid article nests deeper than :data:`_DEEPEST_ARTICLE`, and structuring refuses what
    does, so the depth is walked only when structuring fails (to name the limit rather than
    list type errors) or when the limit is lower than that: valid documents pay nothing.
    """
    source = options.source
    if options.max_depth is not None and options.max_depth < _DEEPEST_ARTICLE:
        limits.check_value_depth(value, options.max_depth, source)
    check_surrogates(text, value, source)
    try:
        return _from_owned(value, source)
    except ValidationError:
        limits.check_value_depth(value, options.max_depth, source)
        raise


def read_lines(data: bytes, options: ReadOptions = _READ_DEFAULTS) -> Iterator[tuple[int, Parsed]]:
    """Yield ``(line number, parsed)`` for each non-blank line of a JSON Lines document, lazily.

    Problems found on a line carry that line number in their location.
    """
    source = options.source
    limits.check_size(data, options.max_bytes, source)
    text = decode(data, source)
    for number, line in enumerate(split_lines(text), start=1):
        if not line.strip():
            continue
        value = parse(line, source, number - 1)
        try:
            article = _article(value, line, options)
        except limits.LimitError as exc:
            raise limits.LimitError(
                exc.message, _on_line(exc.location, number), code=exc.code
            ) from exc
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


_STARTS_AS_OURS = re.compile(rb'\s*\{\s*"' + VERSION_KEY.encode() + rb'"\s*:')


def _sniff_json(head: bytes) -> bool:
    """Whether a document starts as newsmodel's writers start it: with the version key."""
    return _STARTS_AS_OURS.match(head.removeprefix(b"\xef\xbb\xbf")) is not None


def _sniff_jsonl(head: bytes) -> bool:
    """Whether a document starts with a line that newsmodel's JSON Lines writer would write.

    A first line that runs past the bytes sniffed (an article of more than a few KB) cannot be
    seen to end: starting as newsmodel JSON on one line is then enough, and a document of one
    long compact line reads the same as JSON Lines as it does as JSON.
    """
    first, newline, _rest = head.lstrip(b"\xef\xbb\xbf \t\r\n").partition(b"\n")
    first = first.rstrip()
    cut_short = not newline and len(head) >= SNIFF_BYTES
    return _sniff_json(first) and (cut_short or first.endswith(b"}"))


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
        line_oriented=True,
        json_based=True,
    ),
    Format(
        name="json",
        description="newsmodel's native JSON: lossless, versioned, with a JSON Schema",
        extensions=(".json",),
        read=read,
        write=write,
        sniff=_sniff_json,
        media_type="application/json",
        json_based=True,
    ),
)
"""The formats this module provides, in sniffing order (JSON Lines before JSON)."""
