"""The JSON Schema (draft 2020-12) of one article in the ``json`` format.

:func:`article_schema` builds the schema from the model itself: it walks each class's
:func:`attrs.fields` with their resolved type hints, so a field added to the model appears in the
schema without anyone editing it. Titles and descriptions come from the class docstrings (their
first line, and the ``Attributes:`` section for each field). ``newsmodel schema`` prints it.

The mapping:

- ``str``, ``int``, ``bool`` become ``string``, ``integer``, ``boolean``;
- ``datetime`` becomes a ``date-time`` string whose pattern requires a UTC offset or ``Z``;
- a :class:`~enum.StrEnum` becomes an ``enum`` of its values;
- ``X | None`` becomes an optional key that may also be ``null``;
- ``tuple[T, ...]`` becomes an ``array`` of ``T``;
- the :data:`~newsmodel.model.Block` union becomes a ``oneOf`` of objects told apart by ``"type"``;
- every object has ``additionalProperties: false``, and ``required`` lists the fields without a
  default;
- the article may carry the format version key, ``"newsmodel": 1``.

The invariants that constructors check in code (a non-blank headline; a dateline year of 1 to
9999, a month of 1 to 12, a day that exists in that month and only with a month; quote offsets of
at least 0) are added from two tables in this module. What JSON Schema cannot state (that a
quote's text is the span of the paragraph it names) is left to the reader.

>>> from newsmodel.schema import article_schema
>>> schema = article_schema()
>>> schema["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> schema["required"]
['headline']
>>> schema["$defs"]["Dateline"]["properties"]["month"]["maximum"]
12
>>> [variant["$ref"] for variant in schema["$defs"]["Block"]["oneOf"]]
['#/$defs/Paragraph', '#/$defs/BlockQuote', '#/$defs/Figure', '#/$defs/ListBlock']
"""

import copy
import datetime
import enum
import re
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from newsmodel.formats._convert import BLOCK_TAGS
from newsmodel.formats.json import FORMAT_VERSION, VERSION_KEY
from newsmodel.model import (
    DATELINE_SEPARATOR_LENGTH,
    Article,
    Dateline,
    Quote,
)

__all__ = ["DATETIME_PATTERN", "SCHEMA_ID", "article_schema"]

SCHEMA_ID = f"urn:newsmodel:json:article:{FORMAT_VERSION}"
"""The schema's ``$id``: one per version of the JSON format."""

DATETIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})$"
)
"""An RFC 3339 date-time with its UTC offset or ``Z``: a datetime without one is refused."""

_DRAFT = "https://json-schema.org/draft/2020-12/schema"

_CONSTRAINTS: Mapping[tuple[type, str], Mapping[str, Any]] = {
    (Article, "headline"): {"minLength": 1, "pattern": r"\S"},
    (Dateline, "year"): {"minimum": 1, "maximum": 9999},
    (Dateline, "month"): {"minimum": 1, "maximum": 12},
    (Dateline, "day"): {"minimum": 1, "maximum": 31},
    (Dateline, "separator"): {
        "maxLength": DATELINE_SEPARATOR_LENGTH,
        # the characters of DATELINE_SEPARATOR_CHARACTERS (a test checks it); the end is "no
        # character follows", as Python's "$" would let a last line break through
        "pattern": "^[ \\-\u2010-\u2015_.:]*(?![\\s\\S])",
    },
    (Quote, "start"): {"minimum": 0},
    (Quote, "end"): {"minimum": 0},
}
"""Invariants the model's constructors enforce in code on one field, as JSON Schema keywords."""


def _when(**properties: Any) -> dict[str, Any]:
    """A schema that holds when each named property is present with the given schema."""
    return {"required": sorted(properties), "properties": properties}


_INTEGER = {"type": "integer"}

_CLASS_CONSTRAINTS: Mapping[type, Mapping[str, Any]] = {
    Dateline: {
        "allOf": [
            # A day needs a month.
            {"if": _when(day=_INTEGER), "then": _when(month=_INTEGER)},
            # The day exists in the month: 30 days hath September, April, June and November.
            {
                "if": _when(month={"enum": [4, 6, 9, 11]}),
                "then": {"properties": {"day": {"maximum": 30}}},
            },
            {"if": _when(month={"const": 2}), "then": {"properties": {"day": {"maximum": 29}}}},
            # February 29 only in a leap year, or without a year.
            {
                "if": _when(year=_INTEGER, month={"const": 2}, day={"const": 29}),
                "then": {
                    "properties": {
                        "year": {
                            "anyOf": [
                                {"multipleOf": 400},
                                {"multipleOf": 4, "not": {"multipleOf": 100}},
                            ]
                        }
                    }
                },
            },
        ]
    },
}
"""Invariants that tie several fields of a class together, as JSON Schema keywords."""

_BLOCK_DESCRIPTION = (
    'A block of body content, told apart by its "type": '
    + ", ".join(repr(tag) for tag in BLOCK_TAGS.values())
    + "."
)

_FIELD_LINE = re.compile(r"^(\s*)(\w+): (.*)$")


def article_schema() -> dict[str, Any]:
    """Return the JSON Schema of one article in the ``json`` format.

    Each call builds a fresh dict, which the caller may change.

    Returns:
        A draft 2020-12 schema: the article object at the root, and one entry in ``$defs`` for
        each other class and enumeration of the model.
    """
    builder = _Builder()
    root = builder.object_schema(Article)
    root["properties"] = {
        VERSION_KEY: {
            "description": "The version of the JSON format; optional, written first.",
            "const": FORMAT_VERSION,
        },
        **root["properties"],
    }
    return {
        "$schema": _DRAFT,
        "$id": SCHEMA_ID,
        **root,
        "$defs": dict(sorted(builder.defs.items())),
    }


class _Builder:
    """Walks the model from :class:`Article` down, collecting a ``$defs`` entry per class."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def object_schema(self, cls: type) -> dict[str, Any]:
        """Return the object schema of the attrs class ``cls``."""
        summary, field_docs = _docstring(cls)
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        tag = BLOCK_TAGS.get(cls)
        if tag is not None:
            properties["type"] = {"description": "The kind of block.", "const": tag}
            required.append("type")
        for field in attrs.fields(cls):
            schema: dict[str, Any] = {}
            if field.name in field_docs:
                schema["description"] = field_docs[field.name]
            schema.update(self.type_schema(hints[field.name]))
            schema.update(_CONSTRAINTS.get((cls, field.name), {}))
            if field.default is attrs.NOTHING:
                required.append(field.name)
            else:
                schema["default"] = _json_default(field.default)
            properties[field.name] = schema
        result: dict[str, Any] = {"title": cls.__name__}
        if summary:
            result["description"] = summary
        result.update(type="object", properties=properties)
        if required:
            result["required"] = required
        result["additionalProperties"] = False
        result.update(copy.deepcopy(_CLASS_CONSTRAINTS.get(cls, {})))
        return result

    def type_schema(self, hint: Any) -> dict[str, Any]:
        """Return the schema of a field annotated with ``hint``."""
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if origin in (types.UnionType, typing.Union):
            members = [arg for arg in args if arg is not type(None)]
            if len(members) < len(args):  # X | None: the reader takes null like absence
                return _nullable(self.type_schema(_union(members)))
            return self.ref("Block", self.block_union, members)
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.type_schema(args[0])}
        if hint is str:
            return {"type": "string"}
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:
            return {"type": "integer"}
        if hint is float:
            return {"type": "number"}
        if hint is datetime.datetime:
            return {"type": "string", "format": "date-time", "pattern": DATETIME_PATTERN}
        if isinstance(hint, type) and issubclass(hint, enum.StrEnum):
            return self.ref(hint.__name__, _enum_schema, hint)
        if attrs.has(hint):
            return self.ref(hint.__name__, self.object_schema, hint)
        raise TypeError(f"no JSON Schema for the type {hint!r}")

    def ref(self, name: str, build: Any, arg: Any) -> dict[str, Any]:
        """Return a ``$ref`` to ``$defs/name``, building the entry on first use."""
        if name not in self.defs:
            self.defs[name] = {}  # a placeholder, in case the model ever refers to itself
            self.defs[name] = build(arg)
        return {"$ref": f"#/$defs/{name}"}

    def block_union(self, members: list[type]) -> dict[str, Any]:
        """Return the ``oneOf`` of the block classes, in :data:`BLOCK_TAGS` order."""
        unknown = [cls for cls in members if cls not in BLOCK_TAGS]
        if unknown or len(members) != len(BLOCK_TAGS):
            raise TypeError(f"a union other than Block in the model: {members!r}")
        return {
            "title": "Block",
            "description": _BLOCK_DESCRIPTION,
            "oneOf": [self.ref(cls.__name__, self.object_schema, cls) for cls in BLOCK_TAGS],
        }


def _union(members: list[Any]) -> Any:
    """Rebuild a union from its members (a single member is itself)."""
    result = members[0]
    for member in members[1:]:
        result = result | member
    return result


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """Let ``schema`` also accept null."""
    if isinstance(schema.get("type"), str):
        return {**schema, "type": [schema["type"], "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


def _enum_schema(cls: type[enum.StrEnum]) -> dict[str, Any]:
    summary, _ = _docstring(cls)
    schema: dict[str, Any] = {"title": cls.__name__}
    if summary:
        schema["description"] = summary
    schema.update(type="string", enum=[member.value for member in cls])
    return schema


def _json_default(value: object) -> object:
    """A field's default as JSON: null, a list, a boolean, an enum's value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


def _docstring(cls: type) -> tuple[str, dict[str, str]]:
    """Return a class docstring's summary line and its ``Attributes:`` entries, each on one line.

    Cross-reference roles such as ``:class:`Paragraph``` are reduced to their target's name.
    """
    doc = cls.__doc__ or ""
    lines = doc.splitlines()
    summary = _plain(lines[0].strip()) if lines else ""
    fields: dict[str, str] = {}
    in_attributes = False
    current: str | None = None
    indent = 0
    for line in lines[1:]:
        if line.strip() == "Attributes:":
            in_attributes, current = True, None
            continue
        if not in_attributes:
            continue
        if not line.strip():
            current = None
            continue
        match = _FIELD_LINE.match(line)
        if match and (current is None or len(match.group(1)) <= indent):
            indent = len(match.group(1))
            current = match.group(2)
            fields[current] = match.group(3).strip()
        elif current is not None:
            fields[current] += " " + line.strip()
        else:
            in_attributes = False  # the section ended
    return summary, {name: _plain(text) for name, text in fields.items()}


_ROLE = re.compile(r":\w+:`~?(?:[\w.]+\.)?([\w]+)`")
_LITERAL = re.compile(r"``([^`]+)``")


def _plain(text: str) -> str:
    """Turn reStructuredText roles and literals into plain text."""
    return _LITERAL.sub(r"\1", _ROLE.sub(r"\1", text))
