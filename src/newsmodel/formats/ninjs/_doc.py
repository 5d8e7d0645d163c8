"""A parsed JSON object read with case-insensitive keys, and the faults found while reading it.

ninjs 2.x spells ``versioncreated`` where 3.x spells ``versionCreated``: :class:`Obj` finds both.
A value of the wrong JSON type is recorded as an error at its JSON pointer; pointers are built only
when a fault or a location needs one, which keeps reading valid documents fast.
"""

from collections.abc import Iterator
from typing import Any

from newsmodel.errors import Location, Problem, join_pointer

__all__ = ["Obj", "Reader", "Text", "Where", "describe", "parts", "texts"]


class Reader:
    """Collects the errors and forgiven faults of one document."""

    def __init__(self, source: str | None) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.forgiven: list[Problem] = []
        self.locations: dict[str, Location] = {}

    def error(self, code: str, message: str, pointer: str) -> None:
        """Record a fault that makes the document unreadable."""
        location = Location(source=self.source, pointer=pointer)
        self.problems.append(Problem(code, "error", message, location))

    def forgive(self, code: str, message: str, pointer: str) -> None:
        """Record a fault that was read past, for the warning."""
        location = Location(source=self.source, pointer=pointer)
        self.forgiven.append(Problem(code, "warning", message, location))

    def found(self, field: str, where: "Where") -> None:
        """Record where the model field ``field`` (a pointer such as ``/headline``) came from."""
        self.locations[field] = Location(source=self.source, pointer=where[0].at(where[1]))


class Obj:
    """A JSON object read with case-insensitive keys, reporting faults at JSON pointers.

    Pointers are built only when needed: an object knows its parent and its key there.
    """

    def __init__(
        self,
        data: dict[str, Any],
        reader: Reader,
        parent: "Obj | None" = None,
        token: tuple[str, str | int] | None = None,
    ) -> None:
        self.data = data
        self.reader = reader
        self.parent = parent
        self.token = token
        self.keys: dict[str, str] = {}
        for key in data:
            self.keys.setdefault(key.lower(), key)

    @property
    def pointer(self) -> str:
        """This object's JSON pointer in the document."""
        if self.parent is None or self.token is None:
            return ""
        return self.parent.at(*self.token)

    def at(self, *tokens: str | int) -> str:
        """The JSON pointer of a place inside this object."""
        return self.pointer + join_pointer(*tokens)

    def raw(self, name: str) -> tuple[Any, str] | None:
        """The value of key ``name`` (lower case) and the key as written, unless absent or null."""
        key = self.keys.get(name)
        if key is None or self.data[key] is None:
            return None
        return self.data[key], key

    def string(self, name: str) -> str | None:
        """The string value of key ``name`` (lower case); an empty string reads as None."""
        found = self.raw(name)
        if found is None:
            return None
        value, key = found
        if not isinstance(value, str):
            message = f"expected a string, got {describe(value)}"
            self.reader.error("wrong-type", message, self.at(key))
            return None
        return value or None

    def objects(self, name: str) -> list["Obj"]:
        """An array of objects; a 1.x object keyed by name gives its values, named."""
        found = self.raw(name)
        if found is None:
            return []
        value, key = found
        items: list[tuple[str | int, str | None, Any]]
        if isinstance(value, dict):
            items = [(token, token, item) for token, item in value.items()]
        elif isinstance(value, list):
            items = [(index, None, item) for index, item in enumerate(value)]
        else:
            message = f"expected an array, got {describe(value)}"
            self.reader.error("wrong-type", message, self.at(key))
            return []
        objects = []
        for token, item_name, item in items:
            if not isinstance(item, dict):
                message = f"expected an object, got {describe(item)}"
                self.reader.error("wrong-type", message, self.at(key, token))
                continue
            obj = Obj(item, self.reader, self, (key, token))
            if item_name is not None and "name" not in obj.keys:
                obj.keys["name"] = "\0name"
                obj.data = {**item, "\0name": item_name}
            objects.append(obj)
        return objects

    def prefixed(self, prefix: str) -> Iterator[tuple[str, str, str]]:
        """Yield ``(suffix, value, key)`` for the 1.x string properties ``<prefix><suffix>``."""
        for lower, key in self.keys.items():
            if lower.startswith(prefix) and len(lower) > len(prefix):
                value = self.string(lower)
                if value is not None:
                    yield lower[len(prefix) :], value, key


Where = tuple[Obj, str]
"""An object and one of its keys: a place in the document whose pointer is built on demand."""

Text = tuple[str | None, str, str, Where]
"""A headline, description or body: role, content type, value and where it is."""


def parts(role: str | None) -> set[str]:
    """The words of a role or 1.x suffix: ``caption_xhtml`` is a caption in XHTML."""
    return set(role.split("_")) if role else set()


def describe(value: object) -> str:
    names = {str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    names |= {list: "an array", dict: "an object"}
    return names.get(type(value), "null")


def texts(doc: Obj, plural: str, prefix: str) -> list[Text]:
    """The role, content type, value and place of ``headlines``-style arrays and 1.x prefixes."""
    found: list[Text] = []
    for item in doc.objects(plural):
        value = item.string("value")
        if value is not None:
            role = item.string("role")
            content_type = (item.string("contenttype") or "").lower()
            found.append((role.lower() if role else None, content_type, value, (item, "value")))
    for suffix, value, key in doc.prefixed(prefix):
        found.append((suffix, "", value, (doc, key)))
    return found
