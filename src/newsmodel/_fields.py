"""The attrs validators and converters that check the model's field types at construction.

Each validator refuses a value of the wrong type with a :class:`~newsmodel.errors.ValidationError`
holding one :class:`~newsmodel.errors.Problem` (code ``wrong-type``, or ``invalid-value`` for a
string outside an enumeration) whose pointer names the field, relative to the object being built
(``/keywords/2``), as the JSON reader names the same fault.

Sequence fields take any ordered iterable and keep it as a tuple, so that objects built from
lists hash and compare like those built from tuples. A string, bytes, a mapping or a set is not
taken for a sequence: ``keywords="flood"`` is refused rather than read as five keywords.

The checks are ``type(...) is ...`` tests first, so that a valid object (what the readers build)
pays one comparison per field.
"""

import datetime
import enum
import re
from collections.abc import Callable, Iterable, Mapping, Set
from typing import Any, TypeVar

from newsmodel.errors import Location, Problem, ValidationError, join_pointer

__all__ = [
    "aware_datetime",
    "choice",
    "flag",
    "instance_of",
    "integer",
    "invalid",
    "is_language_tag",
    "optional_instance_of",
    "optional_integer",
    "optional_text",
    "text",
    "to_tuple",
    "tuple_of",
    "type_only",
]

_T = TypeVar("_T")

# BCP 47 in outline: a 2-3 letter language (or 4-8), then script, region and variant subtags.
_LANGUAGE_TAG = re.compile(
    r"^(?:[a-zA-Z]{2,3}(?:-[a-zA-Z]{3}){0,3}|[a-zA-Z]{4,8})"
    r"(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\d{3}))?"
    r"(?:-(?:[a-zA-Z\d]{5,8}|\d[a-zA-Z\d]{3}))*"
    r"(?:-[a-wyzA-WYZ\d](?:-[a-zA-Z\d]{2,8})+)*(?:-x(?:-[a-zA-Z\d]{1,8})+)?$"
    r"|^x(?:-[a-zA-Z\d]{1,8})+$"
)


def is_language_tag(text: str) -> bool:
    """Whether ``text`` is a BCP 47 language tag in outline (``newsmodel.validation``'s
    ``bad-language-tag`` rule checks ``Article.language`` so; a reader tests what a document
    declares).

    >>> is_language_tag("de-AT"), is_language_tag("pt-BR"), is_language_tag("utf-8")
    (True, True, False)
    """
    return _LANGUAGE_TAG.match(text) is not None


Validator = Callable[[Any, Any, Any], None]
"""An attrs validator: ``(instance, attribute, value) -> None``."""

_V = TypeVar("_V", bound=Validator)


def type_only(validator: _V) -> _V:
    """Mark a validator that checks only a value's type (and what the JSON reader's hooks check
    as they build it), which the reader's fast path checks inline instead of calling it."""
    validator.type_only = True  # type: ignore[attr-defined]  # a marker read with getattr
    return validator


def invalid(code: str, message: str, *tokens: str | int) -> ValidationError:
    """Build the error a constructor raises: one problem at the pointer of ``tokens``."""
    return ValidationError(
        (Problem(code, "error", message, Location(pointer=join_pointer(*tokens))),)
    )


def _describe(value: object) -> str:
    """Name a value's type and show it, shortened, for a message."""
    shown = repr(value)
    if len(shown) > 60:
        shown = f"{shown[:55]}...{shown[-2:]}"
    return f"{type(value).__name__} {shown}"


def _wrong(expected: str, value: object, *tokens: str | int) -> ValidationError:
    return invalid("wrong-type", f"expected {expected}, got {_describe(value)}", *tokens)


@type_only
def text(_instance: object, attribute: Any, value: Any) -> None:
    """Refuse anything but a string."""
    if type(value) is not str and not isinstance(value, str):
        raise _wrong("a string", value, attribute.name)


@type_only
def optional_text(_instance: object, attribute: Any, value: Any) -> None:
    """Refuse anything but a string or None."""
    if value is not None and type(value) is not str and not isinstance(value, str):
        raise _wrong("a string or None", value, attribute.name)


@type_only
def integer(_instance: object, attribute: Any, value: Any) -> None:
    """Refuse anything but an integer (a bool is not one)."""
    if type(value) is not int and (not isinstance(value, int) or isinstance(value, bool)):
        raise _wrong("an integer", value, attribute.name)


@type_only
def optional_integer(_instance: object, attribute: Any, value: Any) -> None:
    """Refuse anything but an integer or None (a bool is not an integer)."""
    if value is not None:
        integer(_instance, attribute, value)


@type_only
def flag(_instance: object, attribute: Any, value: Any) -> None:
    """Refuse anything but True or False."""
    if type(value) is not bool:
        raise _wrong("True or False", value, attribute.name)


@type_only
def aware_datetime(_instance: object, attribute: Any, value: Any) -> None:
    """Refuse anything but None or a timezone-aware :class:`datetime.datetime`.

    A string, even an ISO 8601 one, is refused: parsing is a reader's job, which knows the
    source's conventions.
    """
    if value is None:
        return
    if not isinstance(value, datetime.datetime):
        raise _wrong("a timezone-aware datetime.datetime or None", value, attribute.name)
    if value.utcoffset() is None:
        raise invalid(
            "naive-datetime",
            f"{attribute.name} must be timezone-aware "
            f"(got {value.isoformat()}, which has no UTC offset)",
            attribute.name,
        )


def instance_of(cls: type, what: str) -> Validator:
    """Return a validator that refuses anything but an instance of ``cls``."""

    @type_only
    def check(_instance: object, attribute: Any, value: Any) -> None:
        if type(value) is not cls and not isinstance(value, cls):
            raise _wrong(what, value, attribute.name)

    return check


def optional_instance_of(cls: type, what: str) -> Validator:
    """Return a validator that refuses anything but an instance of ``cls`` or None."""

    @type_only
    def check(_instance: object, attribute: Any, value: Any) -> None:
        if value is not None and type(value) is not cls and not isinstance(value, cls):
            raise _wrong(f"{what} or None", value, attribute.name)

    return check


def choice(kind: type[enum.StrEnum]) -> Validator:
    """Return a validator that refuses anything but a member of ``kind``.

    The field's converter (:func:`to_member`) has already turned a valid string into its member,
    so a string left here is outside the vocabulary (``invalid-value``).
    """
    allowed = ", ".join(repr(member.value) for member in kind)

    @type_only
    def check(_instance: object, attribute: Any, value: Any) -> None:
        if type(value) is kind:
            return
        if isinstance(value, str):
            raise invalid("invalid-value", f"{value!r} is not one of {allowed}", attribute.name)
        raise _wrong(f"a {kind.__name__}", value, attribute.name)

    return check


def to_member(kind: type[enum.StrEnum], value: object) -> object:
    """Return the member of ``kind`` that the string ``value`` names; anything else unchanged,
    for the field's validator to refuse."""
    if type(value) is kind or not isinstance(value, str):
        return value
    try:
        return kind(value)
    except ValueError:
        return value


_NOT_SEQUENCES = (str, bytes, bytearray, Mapping, Set)


def to_tuple(value: Iterable[_T]) -> tuple[_T, ...]:
    """Return an ordered iterable as a tuple; anything else unchanged, for the field's validator
    to refuse (a string is not taken for a sequence of characters)."""
    if type(value) is tuple:
        return value
    if isinstance(value, _NOT_SEQUENCES) or not isinstance(value, Iterable):
        return value  # type: ignore[return-value]  # refused by the validator
    return tuple(value)


def tuple_of(item: type | tuple[type, ...], what: str, plural: str) -> Validator:
    """Return a validator that refuses anything but a tuple whose items are instances of
    ``item``; ``what`` names an item in messages ("a Person"), ``plural`` several ("Persons")."""
    exact = item if isinstance(item, tuple) else (item,)

    @type_only
    def check(_instance: object, attribute: Any, value: Any) -> None:
        if type(value) is not tuple:
            raise _wrong(f"a tuple or list of {plural}", value, attribute.name)
        for index, element in enumerate(value):
            if type(element) not in exact and not isinstance(element, item):
                raise _wrong(what, element, attribute.name, index)

    return check
