"""``newsmodel validate --schema``: check files against schemas the user supplies.

An ``.xsd`` file is an XML Schema for NewsML-G2 files, checked with lxml; any other file is a JSON
Schema for ninjs and JSON files (each line of a JSON Lines file), checked with ``jsonschema``,
which newsmodel does not depend on: it is imported only here, and a missing one is a usage error.
``FMT=PATH`` applies a schema to the files of format ``FMT`` only.

Schemas and documents are parsed with entity resolution, DTD loading and the network off; an
``xs:import`` or ``xs:include`` must name a local file. A JSON Schema's ``$ref`` resolves only
within the schema, to the bundled meta-schemas and to schema files of its own folder tree
(:mod:`newsmodel.batch._refs`), every one followed when the schema is loaded; its patterns match
within a time budget per document (:mod:`newsmodel.batch._patterns`). Schema files are read only
if they are regular files of bounded size. Each violation is a ``schema-violation`` problem
placed by line and XPath (XML) or JSON pointer (JSON); a document that the pattern budget or the
recursion limit stops gets one more problem that says so.
"""

import importlib
import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
from lxml import etree

from newsmodel import formats
from newsmodel.batch._patterns import (
    Budget,
    PatternTimeout,
    bound_internal_matching,
    bounded_keywords,
)
from newsmodel.batch._refs import LocalRefs, UnresolvedRef, crawl, read_schema
from newsmodel.batch.outcome import UsageError
from newsmodel.errors import Location, Problem, join_pointer
from newsmodel.formats._json_text import split_line_bytes

__all__ = ["SchemaCheck", "load_schemas"]


def _targets(kind: str) -> frozenset[str]:
    """The readable formats a schema of ``kind`` ("xml" or "json") checks, from their records."""
    return frozenset(
        name
        for name, fmt in formats.FORMATS.items()
        if fmt.readable and (fmt.xml_based if kind == "xml" else fmt.json_based)
    )


Checker = Callable[[bytes, str, bool], Iterator[Problem]]
"""``check(data, source, by_line)``: the schema violations of a document, or, with ``by_line``,
of each line of it."""


class _LocalOnly(etree.Resolver):
    """Refuses every URL that is not a local file, so that a schema cannot reach the network."""

    def resolve(self, url: str | None, _public_id: str | None, context: Any) -> Any:
        if url and "://" in url and not url.startswith("file://"):
            return self.resolve_string("", context)
        return None


def _parser() -> etree.XMLParser:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    parser.resolvers.add(_LocalOnly())
    return parser


@attrs.frozen
class SchemaCheck:
    """A schema and the formats whose files it checks.

    Attributes:
        path: The schema file, for messages.
        targets: The names of the formats it applies to.
        check: The function that checks one document.
        implies: The format that owns the schema (a ninjs schema is ninjs's), if any: files of
            the other JSON-based formats are then read in that format.
    """

    path: str
    targets: frozenset[str]
    check: Checker
    implies: str | None = None

    def applies(self, format_name: str) -> bool:
        """Whether files of ``format_name`` are checked against this schema."""
        return format_name in self.targets


def _xml_checker(path: str) -> Checker:
    try:
        schema = etree.XMLSchema(
            etree.fromstring(read_schema(Path(path)), _parser(), base_url=path)
        )
    except (OSError, etree.XMLSyntaxError, etree.XMLSchemaParseError) as exc:
        raise UsageError(f"cannot load the XML Schema {path}: {exc}") from None

    def check(data: bytes, source: str, _by_line: bool) -> Iterator[Problem]:
        try:
            document = etree.fromstring(data, _parser())
        except etree.XMLSyntaxError:  # the reader reports it
            return
        if schema.validate(document):
            return
        for entry in schema.error_log:
            where = Location(source=source, line=entry.line or None, column=entry.column or None,
                             xpath=entry.path or None)  # fmt: skip
            yield Problem("schema-violation", "error", entry.message, where)

    return check


def _json_schema(path: str, jsonschema: Any) -> tuple[Any, Any]:
    """Read the JSON Schema at ``path``; return it and its validator class."""
    try:
        schema = json.loads(read_schema(Path(path)))
        validator_class = jsonschema.validators.validator_for(schema)
        validator_class.check_schema(schema)
    except RecursionError:
        raise UsageError(f"cannot load the JSON Schema {path}: it is nested too deeply") from None
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot load the JSON Schema {path}: {exc}") from None
    except jsonschema.SchemaError as exc:
        raise UsageError(f"{path} is not a valid JSON Schema: {exc.message}") from None
    return schema, validator_class


def _local_validator(path: str, schema: Any, validator_class: Any, budget: Budget) -> Any:
    """A validator whose ``$ref``s resolve locally (see :mod:`newsmodel.batch._refs`), every
    one of them followed now, and whose patterns match within ``budget``."""
    referencing = importlib.import_module("referencing")
    bundled = importlib.import_module("jsonschema_specifications").REGISTRY
    spec = referencing.jsonschema.specification_with(
        validator_class.ID_OF(validator_class.META_SCHEMA) or "",
        default=referencing.jsonschema.DRAFT202012,
    )
    refs = LocalRefs(Path(path), schema, spec)
    registry = referencing.Registry(retrieve=refs)
    try:
        crawl(refs, bundled.combine(registry), spec.create_resource(schema), referencing.exceptions)
    except UnresolvedRef as exc:
        raise UsageError(f"{path}: {exc}") from None
    except RecursionError:
        raise UsageError(f"cannot load the JSON Schema {path}: it is nested too deeply") from None
    jsonschema = importlib.import_module("jsonschema")
    internals = ("jsonschema._utils", "jsonschema._legacy_keywords")
    bound_internal_matching(importlib.import_module(name) for name in internals)
    bounded = jsonschema.validators.extend(
        validator_class, bounded_keywords(jsonschema.ValidationError, budget)
    )
    return bounded(schema, registry=registry)


def _json_checker(path: str) -> tuple[Checker, str | None]:
    try:
        jsonschema = importlib.import_module("jsonschema")  # optional: typed as Any
    except ImportError:
        raise UsageError(
            f"checking against the JSON Schema {path} needs jsonschema: pip install jsonschema"
        ) from None
    schema, validator_class = _json_schema(path, jsonschema)
    budget = Budget()
    validator = _local_validator(path, schema, validator_class, budget)
    owner = None
    if isinstance(schema, dict):
        owner = next(
            (n for n, f in formats.FORMATS.items() if f.owns_schema and f.owns_schema(schema)),
            None,
        )

    def one(text: bytes, source: str, line: int | None) -> Iterator[Problem]:
        try:
            instance = json.loads(text)
        except (ValueError, RecursionError):  # the reader reports it
            return
        yield from _violations(validator, budget, instance, Location(source=source, line=line))

    def check(data: bytes, source: str, by_line: bool) -> Iterator[Problem]:
        if by_line:
            for number, raw in split_line_bytes(data):
                if raw.strip():
                    yield from one(raw, source, number)
            return
        yield from one(data, source, None)

    return check, owner


def _violations(validator: Any, budget: Budget, instance: Any,
                where: Location) -> Iterator[Problem]:  # fmt: skip
    """The schema violations of one document, and what stopped the check, if anything."""
    found = []
    stopped = None
    try:
        with budget.active():
            found.extend(validator.iter_errors(instance))
    except RecursionError:
        stopped = Problem("too-deep", "error",
                          "nested too deeply to be checked against the schema", where)  # fmt: skip
    except PatternTimeout as exc:
        message = (
            f"matching the schema's patterns took more than {exc.seconds:g} s (the pattern "
            f"{exc.pattern!r} was being matched): the rest was not checked against the schema"
        )
        stopped = Problem("schema-violation", "error", message, where)
    except importlib.import_module("referencing").exceptions.Unresolvable as exc:
        # Not expected: every reference was followed when the schema was loaded.
        message = f"the schema's $ref {exc.ref!r} cannot be resolved"
        stopped = Problem("schema-violation", "error", message, where)
    for error in sorted(found, key=lambda e: list(map(str, e.path))):
        pointer = join_pointer(*error.absolute_path)
        yield Problem("schema-violation", "error", error.message,
                      attrs.evolve(where, pointer=pointer))  # fmt: skip
    if stopped is not None:
        yield stopped


def load_schemas(specs: Sequence[str]) -> tuple[SchemaCheck, ...]:
    """Load the schemas given with ``--schema``: ``PATH`` or ``FMT=PATH``.

    Raises:
        UsageError: if a schema cannot be read (or is not a regular file), is not a schema,
            has a ``$ref`` that leads nowhere or to anything but the schema's own folder tree,
            or needs jsonschema, which is not installed.
    """
    checks = []
    for spec in specs:
        name, sep, rest = spec.partition("=")
        targets: frozenset[str] | None = None
        path = spec
        if sep and name in formats.FORMATS:
            targets, path = frozenset({name}), rest
        if path.lower().endswith(".xsd"):
            checks.append(SchemaCheck(path, targets or _targets("xml"), _xml_checker(path)))
        else:
            check, owner = _json_checker(path)
            implied = owner if targets is None else None
            checks.append(SchemaCheck(path, targets or _targets("json"), check, implied))
    return tuple(checks)
