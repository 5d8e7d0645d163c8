"""The private cattrs converters between model objects and JSON-ready data.

Two converters share one configuration. Structuring first tries the fast path: functions
generated from the model (:mod:`newsmodel.formats._fast_json`) that check and build without
bookkeeping; when it fails, the input is structured again by the detailed converter, whose errors
carry the path to every fault, and those paths become :class:`~newsmodel.errors.Problem`
pointers. Valid input never pays for the bookkeeping. (The fast cattrs converter unstructures.)

Structuring is strict: a string is never turned into a number or a boolean, ``5.7`` is not an
integer, ``"false"`` is not a boolean, a string is not an array, and unknown keys are errors.
"""

import datetime
import enum
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, is_sequence
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from newsmodel.errors import Location, Problem, ValidationError, join_pointer
from newsmodel.formats._fast_json import make_builders, make_unstructure
from newsmodel.model import (
    Article,
    Block,
    BlockQuote,
    Figure,
    ListBlock,
    Paragraph,
)

__all__ = ["BLOCK_TAGS", "structure_article", "unstructure_article"]

BLOCK_TAGS: Mapping[type, str] = {
    Paragraph: "paragraph",
    BlockQuote: "blockquote",
    Figure: "figure",
    ListBlock: "list",
}
"""The ``"type"`` value of each block class in JSON."""

_CLASS_FOR_TAG = {tag: cls for cls, tag in BLOCK_TAGS.items()}


class _TypeMismatch(TypeError):
    """A JSON value of the wrong type; carries the problem code."""

    def __init__(self, message: str, code: str = "wrong-type") -> None:
        super().__init__(message)
        self.code = code


_JSON_TYPE = {
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    list: "an array",
    dict: "an object",
    type(None): "null",
}


def _describe(value: object) -> str:
    return _JSON_TYPE.get(type(value), type(value).__name__)


def _preview(value: object, limit: int = 60) -> str:
    """Show a scalar in a message, shortened; containers are only named (their repr may be huge
    or nested too deeply to print)."""
    if type(value) in (list, dict):
        return _describe(value)
    shown = repr(value)
    return shown if len(shown) <= limit else f"{shown[: limit - 5]}...{shown[-2:]}"


def _strict_str(value: object, _: object) -> str:
    if type(value) is not str:
        raise _TypeMismatch(f"expected a string, got {_describe(value)}")
    return value


def _strict_int(value: object, _: object) -> int:
    if type(value) is not int:
        raise _TypeMismatch(f"expected an integer, got {_describe(value)} ({_preview(value)})")
    return value


def _strict_bool(value: object, _: object) -> bool:
    if type(value) is not bool:
        raise _TypeMismatch(f"expected true or false, got {_describe(value)} ({_preview(value)})")
    return value


def _strict_float(value: object, _: object) -> float:
    if type(value) not in (int, float):
        raise _TypeMismatch(f"expected a number, got {_describe(value)}")
    return float(value)  # type: ignore[arg-type]  # checked just above


def _structure_datetime(value: object, _: object) -> datetime.datetime:
    if type(value) is not str:
        raise _TypeMismatch(f"expected an ISO 8601 date-time string, got {_describe(value)}")
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise _TypeMismatch(
            f"{_preview(value)} is not an ISO 8601 date-time such as 2024-05-07T14:30:00+02:00",
            "invalid-datetime",
        ) from None
    if parsed.utcoffset() is None:
        raise _TypeMismatch(
            f"{_preview(value)} has no UTC offset; add one, such as +00:00 or Z", "naive-datetime"
        )
    return parsed


def _structure_enum(value: object, kind: type[enum.StrEnum]) -> enum.StrEnum:
    if type(value) is not str:
        raise _TypeMismatch(f"expected a string, got {_describe(value)}")
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in kind)
        raise _TypeMismatch(f"{_preview(value)} is not one of {allowed}", "invalid-value") from None


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.StrEnum)


def _is_tuple(cls: Any) -> bool:
    return is_sequence(cls) and getattr(cls, "__origin__", None) is tuple


def _strict_tuple_factory(cls: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    if not converter.detailed_validation:
        item_type = cls.__args__[0]
        item = converter.get_structure_hook(item_type)

        def structure_fast(value: object, _: Any) -> Any:
            if type(value) is not list:
                raise _TypeMismatch(f"expected an array, got {_describe(value)}")
            return tuple([item(element, item_type) for element in value])

        return structure_fast
    base = homogenous_tuple_structure_factory(cls, converter)

    def structure(value: object, kind: Any) -> Any:
        if type(value) is not list:
            raise _TypeMismatch(f"expected an array, got {_describe(value)}")
        return base(value, kind)

    return structure


def _is_optional(kind: Any) -> bool:
    args = getattr(kind, "__args__", ())
    return (
        (isinstance(kind, types.UnionType) or getattr(kind, "__origin__", None) is typing.Union)
        and len(args) == 2
        and type(None) in args
    )


def _optional_factory(kind: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    inner_type = next(arg for arg in kind.__args__ if arg is not type(None))
    inner = converter.get_structure_hook(inner_type)

    def structure(value: object, _: object) -> Any:
        return None if value is None else inner(value, inner_type)

    return structure


def _make_converter(*, detailed: bool) -> cattrs.Converter:
    conv = cattrs.Converter(
        omit_if_default=True, forbid_extra_keys=True, detailed_validation=detailed
    )
    conv.register_structure_hook(str, _strict_str)
    conv.register_structure_hook(int, _strict_int)
    conv.register_structure_hook(bool, _strict_bool)
    conv.register_structure_hook(float, _strict_float)
    conv.register_structure_hook(datetime.datetime, _structure_datetime)
    conv.register_unstructure_hook(datetime.datetime, datetime.datetime.isoformat)
    # A StrEnum is a str: without its own single-dispatch hook, the str hook above would take it
    # and let any string through. StrEnum comes before str in every member class's MRO.
    conv.register_structure_hook(enum.StrEnum, _structure_enum)
    conv.register_unstructure_hook_func(_is_enum, lambda member: member.value)
    conv.register_structure_hook_factory(_is_tuple, _strict_tuple_factory)

    def check_object(hook: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
        def structure(value: object, kind: Any) -> Any:
            if type(value) is not dict:
                raise _TypeMismatch(f"expected an object, got {_describe(value)}")
            return hook(value, kind)

        return structure

    def attrs_factory(cls: Any) -> Callable[[Any, Any], Any]:
        hook = cattrs.gen.make_dict_structure_fn(cls, conv)
        # The fast converter needs no check: indexing anything but a dict raises, and the input
        # is then structured again by the detailed converter, which reports the fault.
        return check_object(hook) if detailed else hook

    conv.register_structure_hook_factory(attrs.has, attrs_factory)
    if not detailed:
        # cattrs's own hook for `X | None` goes through a generic union dispatcher; this one
        # calls the hook of X directly. The detailed converter keeps cattrs's for its notes.
        conv.register_structure_hook_factory(_is_optional, _optional_factory)

    class_hooks = {tag: conv.get_structure_hook(cls) for tag, cls in _CLASS_FOR_TAG.items()}
    tags = ", ".join(repr(tag) for tag in _CLASS_FOR_TAG)
    # The fast path hands a block's dict, "type" and all, to a hook that ignores extra keys,
    # after checking the keys itself, which saves copying every block's dict.
    lenient: dict[str, Callable[[Any, Any], Any]] = {
        tag: cattrs.gen.make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=False)
        for tag, cls in _CLASS_FOR_TAG.items()
    }
    allowed = {
        tag: frozenset(["type", *(field.name for field in attrs.fields(cls))])
        for tag, cls in _CLASS_FOR_TAG.items()
    }

    def structure_block_fast(value: Any, _: object) -> Block:
        tag = value["type"]
        if not value.keys() <= allowed[tag]:
            raise _TypeMismatch("unknown key")  # reported in full by the detailed converter
        block: Block = lenient[tag](value, _CLASS_FOR_TAG[tag])
        return block

    def structure_block(value: object, _: object) -> Block:
        if type(value) is not dict:
            raise _TypeMismatch(f"expected a block object, got {_describe(value)}")
        fields = dict(value)
        tag = fields.pop("type", None)
        if tag is None:
            raise _TypeMismatch(f'a block needs a "type": one of {tags}', "missing-key")
        hook = class_hooks.get(tag) if type(tag) is str else None
        if hook is None:
            raise _TypeMismatch(
                f"unknown block type {_preview(tag)}; expected one of {tags}", "invalid-value"
            )
        block: Block = hook(fields, _CLASS_FOR_TAG[tag])
        return block

    class_unhooks = {cls: conv.get_unstructure_hook(cls) for cls in BLOCK_TAGS}

    def unstructure_block(block: Block) -> dict[str, Any]:
        kind = type(block)
        return {"type": BLOCK_TAGS[kind], **class_unhooks[kind](block)}

    conv.register_structure_hook(Block, structure_block if detailed else structure_block_fast)
    conv.register_unstructure_hook(Block, unstructure_block)
    return conv


_FAST = _make_converter(detailed=False)
_DETAILED = _make_converter(detailed=True)
_STRUCTURE_FAST = make_builders(BLOCK_TAGS, Block, _structure_datetime)
_STRUCTURE_DETAILED = _DETAILED.get_structure_hook(Article)
_UNSTRUCTURE = make_unstructure(BLOCK_TAGS, Block)
_UNSTRUCTURE_CATTRS = _FAST.get_unstructure_hook(Article)
"""The converter's own unstructuring, which the generated one must equal (tested)."""


def unstructure_article(article: Article) -> dict[str, Any]:
    """Return ``article`` as JSON-ready data: defaults left out; in each object the required
    fields' keys come first, then the others, each group in field order."""
    return _UNSTRUCTURE(article)


def structure_article(data: object, *, source: str | None = None) -> Article:
    """Build an article from JSON data.

    Raises:
        ValidationError: listing every fault found, each with its JSON pointer.
    """
    try:
        return _STRUCTURE_FAST(data)
    except Exception:  # any failure is re-run below to find every fault
        pass
    try:
        article = _STRUCTURE_DETAILED(data, Article)
    except Exception as exc:  # every fault becomes a Problem
        problems = tuple(_problems(exc, ()))
        raise ValidationError(
            tuple(
                Problem(p.code, p.severity, p.message, attrs.evolve(p.location, source=source))
                for p in problems
            )
        ) from exc
    return article  # type: ignore[no-any-return]  # pragma: no cover - fast path failed alone


def _token(exc: BaseException) -> str | int | None:
    for note in reversed(getattr(exc, "__notes__", ())):
        if isinstance(note, AttributeValidationNote):
            return note.name
        if isinstance(note, IterableValidationNote):
            return note.index
    return None


def _problems(exc: BaseException, path: tuple[str | int, ...]) -> list[Problem]:
    pointer = join_pointer(*path)
    if isinstance(exc, ClassValidationError | IterableValidationError):
        found: list[Problem] = []
        for sub in exc.exceptions:
            token = _token(sub)
            found.extend(_problems(sub, path if token is None else (*path, token)))
        return found
    if isinstance(exc, ForbiddenExtraKeysError):
        return [
            Problem(
                "unknown-key",
                "error",
                f"unknown key {key!r} for {exc.cl.__name__}",
                Location(pointer=join_pointer(*path, key)),
            )
            for key in sorted(exc.extra_fields)
        ]
    if isinstance(exc, ValidationError):
        return list(exc.within(pointer).problems)
    if isinstance(exc, KeyError):
        name = path[-1] if path else "?"
        code = "missing-headline" if path == ("headline",) else "missing-key"
        return [
            Problem(code, "error", f"required key {name!r} is missing", Location(pointer=pointer))
        ]
    if isinstance(exc, _TypeMismatch):
        return [Problem(exc.code, "error", str(exc), Location(pointer=pointer))]
    if isinstance(exc, ValueError):  # a value outside its vocabulary (an enumeration)
        return [Problem("invalid-value", "error", str(exc), Location(pointer=pointer))]
    # Anything else (a TypeError, an AttributeError) is a bug of newsmodel's, not a fault of the
    # document: let it surface as one, instead of telling the user their file is wrong.
    raise exc
