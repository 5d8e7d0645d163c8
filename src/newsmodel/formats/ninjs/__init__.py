"""IPTC ninjs (News in JSON) 1.x, 2.x and 3.x, both directions (``ninjs``).

The writer produces one version, chosen with :attr:`~newsmodel.formats.WriteOptions.ninjs_version`
("1.0" to "3.1", default "3.1"); its output validates against that version's IPTC JSON Schema.
Writing is deterministic: the same article always gives the same bytes, UTF-8, indented by two
spaces, ending with a newline. What a version cannot carry (the dateline beyond its place, keywords,
notes other than one editor's note, a byline's title and organisation ...) is named by
:func:`losses`, so that :func:`newsmodel.dumps` can warn or refuse.

The reader takes any version, and a JSON array of documents (:func:`read_all`). Values of the wrong
JSON type raise :class:`~newsmodel.errors.ValidationError` with JSON pointers; what real producers
get wrong but can still be read (properties that are not ninjs, such as Superdesk's ``guid``,
``keywords`` and ``authors``; a missing ``uri`` or headline; a date without offset) is forgiven and
returned in ``Parsed.problems`` (the API issues one :class:`NinjsReadWarning` each). The mapping
is in ``docs/formats/ninjs.md``.
"""

import json
import re
from collections.abc import Iterator, Mapping

from newsmodel import limits
from newsmodel.errors import Location, ParseError, Problem, ReadWarning, ValidationError
from newsmodel.formats import Format, Parsed, ReadOptions, WriteOptions
from newsmodel.formats._heuristics import fill_parsed
from newsmodel.formats._ids import is_derived
from newsmodel.formats._json_text import check_surrogates, decode, parse
from newsmodel.formats.ninjs._read import detect_version, read_document
from newsmodel.formats.ninjs._spec import DEFAULT_VERSION, VERSIONS, spec_for
from newsmodel.formats.ninjs._write import losses as _losses
from newsmodel.formats.ninjs._write import to_document
from newsmodel.model import Article

__all__ = [
    "DEFAULT_VERSION",
    "FORMATS_PROVIDED",
    "VERSIONS",
    "NinjsReadWarning",
    "detect_version",
    "losses",
    "read",
    "read_all",
    "sniff",
    "write",
]

_READ_DEFAULTS = ReadOptions()
_WRITE_DEFAULTS = WriteOptions()


class NinjsReadWarning(ReadWarning):
    """A fault a ninjs reader forgave (an unknown property, a value of the wrong type left out);
    the API issues one per fault, and ``problem`` says which, with its JSON pointer."""


def write(article: Article, options: WriteOptions = _WRITE_DEFAULTS) -> str:
    """Return the article as a ninjs document of ``options.ninjs_version``.

    Raises:
        SerializeError: if the version is not one newsmodel writes.

    >>> from newsmodel.model import Article
    >>> print(write(Article(headline="Talks resume", id="urn:example:1"), WriteOptions()), end="")
    {
      "standard": {
        "name": "ninjs",
        "version": "3.1",
        "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"
      },
      "uri": "urn:example:1",
      "type": "text",
      "headlines": [
        {
          "role": "main",
          "value": "Talks resume"
        }
      ]
    }
    """
    document = to_document(article, spec_for(options.ninjs_version))
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def losses(article: Article, options: WriteOptions = _WRITE_DEFAULTS) -> tuple[str, ...]:
    """Return the pointers of the article's fields that ``options.ninjs_version`` cannot carry.

    Raises:
        SerializeError: if the version is not one newsmodel writes.

    >>> from newsmodel.model import Article
    >>> losses(Article(headline="Talks resume", keywords=("talks",)))
    ('/keywords',)
    """
    return _losses(article, spec_for(options.ninjs_version))


def _parse(data: bytes, options: ReadOptions) -> object:
    source, encoding = options.source, options.encoding
    limits.check_size(data, options.max_bytes, source)
    value = _parse_json(data, source, encoding)
    limits.check_value_depth(value, options.max_depth, source)
    return value


def _parse_json(data: bytes, source: str | None, encoding: str | None) -> object:
    text = decode(data, source, encoding)
    value = parse(text, source)
    # "\ud800" spells half of a surrogate pair: not a character, and no writer can encode it.
    check_surrogates(text, value, source)
    return value


def _read_one(value: object, source: str | None, prefix: str = "") -> Parsed:
    try:
        article, locations, forgiven = read_document(value, source)
    except ValidationError as exc:
        raise exc.within(prefix) if prefix else exc from exc
    except RecursionError as exc:  # a body nested deeper than the HTML reader goes
        raise limits.LimitError(
            "the document is nested too deeply",
            Location(source=source, pointer=prefix or ""),
            code="too-deep",
        ) from exc
    if prefix:
        forgiven = tuple(
            Problem(p.code, p.severity, p.message, p.location.within(prefix)) for p in forgiven
        )
        locations = {key: loc.within(prefix) for key, loc in locations.items()}
    return Parsed(article=article, locations=locations, problems=forgiven)


def read_all(data: bytes, options: ReadOptions = _READ_DEFAULTS) -> Iterator[Parsed]:
    """Yield the article of a ninjs document, or of each document of a JSON array, lazily.

    Raises:
        ParseError: if the bytes are not UTF-8 JSON.
        ValidationError: if a document is not ninjs or holds values of the wrong type.
    """
    value = _parse(data, options)
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield _filled(_read_one(item, options.source, f"/{index}"), item, options)
    else:
        yield _filled(_read_one(value, options.source), value, options)


def _filled(parsed: Parsed, value: object, options: ReadOptions) -> Parsed:
    """The dateline, quotes and speakers a body without markup for them holds (issue 12); not
    for newsmodel's own documents (their derived ``uri``), whose markup says it all."""
    uri = value.get("uri") if isinstance(value, dict) else None
    ours = isinstance(uri, str) and is_derived(uri)
    return fill_parsed(parsed, options, trusted=ours)


def read(data: bytes, options: ReadOptions = _READ_DEFAULTS) -> Parsed:
    """Read a ninjs document; from a JSON array of documents, the first.

    Raises:
        ParseError: if the bytes are not UTF-8 JSON, or an array is empty.
        ValidationError: if the document is not ninjs or holds values of the wrong type.
    """
    value = _parse(data, options)
    if isinstance(value, list):
        if not value:
            raise ParseError(
                "the JSON array holds no ninjs document", Location(source=options.source), "empty"
            )
        return _filled(_read_one(value[0], options.source, "/0"), value[0], options)
    return _filled(_read_one(value, options.source), value, options)


_NINJS_KEY = re.compile(
    rb'"(?:uri|\$?standard|headlines?|bodies|body_\w+|versioncreated|versionCreated|guid)"\s*:'
)


def sniff(head: bytes) -> bool:
    """Whether a document's first bytes look like ninjs: a JSON object (or array of objects)
    with a ninjs property, and not newsmodel's own JSON.

    >>> sniff(b'{"uri": "urn:example:1", "headlines": []}')
    True
    >>> sniff(b'{"newsmodel": 1, "headline": "Talks resume"}')
    False
    """
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"["):
        text = text[1:].lstrip(b" \t\r\n")
    if not text.startswith(b"{") or re.match(rb'\{\s*"newsmodel"\s*:', text):
        return False
    return _NINJS_KEY.search(text) is not None


def owns_schema(schema: Mapping[str, object]) -> bool:
    """Whether a JSON Schema is one of IPTC's ninjs schemas: its ``$id`` (``id`` before draft 6)
    or title names ninjs.

    >>> owns_schema({"$id": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"})
    True
    >>> owns_schema({"title": "Article"})
    False
    """
    named = (schema.get("$id"), schema.get("id"), schema.get("title"))
    return any(isinstance(text, str) and "ninjs" in text.lower() for text in named)


FORMATS_PROVIDED = (
    Format(
        name="ninjs",
        description="IPTC ninjs (News in JSON) 1.x, 2.x and 3.x; writes 3.1 unless told",
        extensions=(".ninjs.json", ".ninjs"),
        read=read,
        read_all=read_all,
        write=write,
        losses=losses,
        sniff=sniff,
        media_type="application/json",
        json_based=True,
        warning=NinjsReadWarning,
        owns_schema=owns_schema,
    ),
)
"""The format this module provides."""
