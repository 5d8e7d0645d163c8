"""The fast path of JSON structuring: one generated function per model class.

For each attrs class of the model, :func:`make_builders` writes the Python source of a function
that takes the class's JSON object and returns the instance, with the checks of the strict
converter inlined (``type(value) is str``, an array for a tuple, a known key count) and the
children built by their own generated functions. On the first fault it raises, any exception at
all: the caller (:func:`newsmodel.formats._convert.structure_article`) then structures the input
again with the detailed cattrs converter, which finds and reports every fault with its pointer.
So this path never reports anything and must only never accept what the detailed path refuses.

The instances are built without calling ``__init__``: the inlined checks are the type checks of
the constructor's validators, done once instead of twice. What the validators and
``__attrs_post_init__`` check beyond types (a non-empty headline, a quote's span, a dateline's
date) still runs: each validator not marked with ``type_only`` (see :mod:`newsmodel._fields`) is
called, then ``__attrs_post_init__``. Converters are not called: the values built here are
already what they make (tuples, enumeration members); a converter that changes a value some
other way would need a line here, and ``tests/formats/test_json_fast.py``, which compares this
path with the constructors', would catch its absence.
"""

import datetime
import enum
import types
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from newsmodel.model import Article

__all__ = ["make_builders", "make_unstructure"]

Builder = Callable[[Any], Any]
DateHook = Callable[[Any, Any], Any]
"""The strict date-time hook of the converters: ``(value, type) -> datetime``."""


class _Writer:
    """Collects generated source and the names it refers to."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.names: dict[str, object] = {}

    def name(self, prefix: str, value: object) -> str:
        for key, known in self.names.items():
            if known is value and key.startswith(prefix):
                return key
        key = f"{prefix}{len(self.names)}"
        self.names[key] = value
        return key


def _optional_inner(kind: Any) -> Any | None:
    """The X of ``X | None``, or None when ``kind`` is not optional."""
    if isinstance(kind, types.UnionType) and type(None) in kind.__args__:
        rest = [arg for arg in kind.__args__ if arg is not type(None)]
        return rest[0] if len(rest) == 1 else None
    return None


def _value_code(
    out: _Writer, kind: Any, var: str, block_union: Any, parse_datetime: DateHook
) -> list[str]:
    """Lines that check ``var`` as a value of ``kind`` and leave the built value in ``var``."""
    if kind is str:
        return [f"if type({var}) is not str: raise _Fault"]
    if kind is int:
        return [f"if type({var}) is not int: raise _Fault"]
    if kind is bool:
        return [f"if type({var}) is not bool: raise _Fault"]
    if kind is datetime.datetime:
        return [f"{var} = {out.name('_dt', parse_datetime)}({var}, None)"]
    if isinstance(kind, type) and issubclass(kind, enum.StrEnum):
        members = {member.value: member for member in kind}
        return [
            f"if type({var}) is not str: raise _Fault",
            f"{var} = {out.name('_members', members)}[{var}]",
        ]
    if kind is block_union:
        return [f"{var} = _by_tag[{var}['type']]({var})"]
    if attrs.has(kind):
        return [f"{var} = _build_{kind.__name__}({var})"]
    inner = _optional_inner(kind)
    if inner is not None:
        body = _value_code(out, inner, var, block_union, parse_datetime)
        return [f"if {var} is not None:", *(f"    {line}" for line in body)]
    if getattr(kind, "__origin__", None) is tuple:
        item = kind.__args__[0]
        if item is str:
            return [
                f"if type({var}) is not list: raise _Fault",
                f"for _item in {var}:",
                "    if type(_item) is not str: raise _Fault",
                f"{var} = tuple({var})",
            ]
        build = "_by_tag[_item['type']]" if item is block_union else f"_build_{item.__name__}"
        return [
            f"if type({var}) is not list: raise _Fault",
            f"{var} = tuple([{build}(_item) for _item in {var}])",
        ]
    raise TypeError(f"no fast structuring for {kind!r}")  # pragma: no cover - model types only


def _type_only(validator: object) -> bool:
    return bool(getattr(validator, "type_only", False))


def _class_source(
    out: _Writer, cls: type, *, tagged: bool, block_union: Any, parse_datetime: DateHook
) -> str:
    """The source of the builder of ``cls``; ``tagged`` for a block, whose object has "type"."""
    fields = attrs.fields(cls)
    cls_name = out.name("_cls", cls)
    name = f"_build_{cls.__name__}{'_tagged' if tagged else ''}"
    lines = [
        f"def {name}(o):",
        "    if type(o) is not dict: raise _Fault",
        f"    n = {1 if tagged else 0}",
    ]
    for field in fields:
        var = f"v_{field.name}"
        check = _value_code(out, field.type, var, block_union, parse_datetime)
        if field.default is attrs.NOTHING:
            lines.append(f"    {var} = o[{field.name!r}]")
            lines.append("    n += 1")
            lines.extend(f"    {line}" for line in check)
        else:
            default = out.name("_default", field.default)
            lines.append(f"    if {field.name!r} in o:")
            lines.append(f"        {var} = o[{field.name!r}]")
            lines.append("        n += 1")
            lines.extend(f"        {line}" for line in check)
            lines.append("    else:")
            lines.append(f"        {var} = {default}")
    lines.append("    if len(o) != n: raise _Fault")
    lines.append(f"    self = _new({cls_name})")
    for field in fields:
        setter = out.name("_set", getattr(cls, field.name).__set__)
        lines.append(f"    {setter}(self, v_{field.name})")
    for field in fields:
        if field.validator is not None and not _type_only(field.validator):
            validator = out.name("_validator", field.validator)
            attribute = out.name("_attribute", field)
            lines.append(f"    {validator}(self, {attribute}, v_{field.name})")
    if hasattr(cls, "__attrs_post_init__"):
        lines.append("    self.__attrs_post_init__()")
    lines.append("    return self")
    return "\n".join(lines)


def _model_classes(root: type, block_union: Any) -> list[type]:
    """Every attrs class reachable from ``root`` through field types, ``root`` first."""
    found: list[type] = []
    stack: list[Any] = [root]
    while stack:
        kind = stack.pop()
        if kind is block_union or isinstance(kind, types.UnionType):
            stack.extend(kind.__args__)
        elif getattr(kind, "__origin__", None) is tuple:
            stack.append(kind.__args__[0])
        elif attrs.has(kind) and kind not in found:
            found.append(kind)
            stack.extend(field.type for field in attrs.fields(kind))
    return found


def make_builders(
    block_tags: Mapping[type, str], block_union: Any, parse_datetime: DateHook
) -> Callable[[Any], Article]:
    """Return the generated builder of :class:`Article` from its JSON object.

    Args:
        block_tags: The ``"type"`` of each block class.
        block_union: The :data:`newsmodel.model.Block` union.
        parse_datetime: The strict date-time hook ``(value, type) -> datetime``.
    """
    out = _Writer()
    sources = []
    classes = _model_classes(Article, block_union)
    for cls in classes:
        sources.append(
            _class_source(
                out, cls, tagged=False, block_union=block_union, parse_datetime=parse_datetime
            )
        )
    for cls in block_tags:
        sources.append(
            _class_source(
                out, cls, tagged=True, block_union=block_union, parse_datetime=parse_datetime
            )
        )
    namespace: dict[str, Any] = {
        **out.names,
        "_Fault": ValueError,
        "_new": object.__new__,
    }
    exec("\n\n".join(sources), namespace)
    builders = {cls.__name__: namespace[f"_build_{cls.__name__}"] for cls in classes}
    by_tag = {tag: namespace[f"_build_{cls.__name__}_tagged"] for cls, tag in block_tags.items()}
    namespace["_by_tag"] = by_tag
    article: Callable[[Any], Article] = builders["Article"]
    return article


def _unstructure_value(out: _Writer, kind: Any, expr: str, block_union: Any) -> str:
    """An expression for the JSON-ready form of ``expr``, a value of ``kind`` (not None)."""
    if kind in (str, int, bool):
        return expr
    if kind is datetime.datetime:
        return f"{expr}.isoformat()"
    if isinstance(kind, type) and issubclass(kind, enum.StrEnum):
        return f"{expr}.value"
    if kind is block_union:
        return f"_block_data[type({expr})]({expr})"
    if attrs.has(kind):
        return f"_data_{kind.__name__}({expr})"
    inner = _optional_inner(kind)
    if inner is not None:
        return _unstructure_value(out, inner, expr, block_union)
    if getattr(kind, "__origin__", None) is tuple:
        item = kind.__args__[0]
        if item is str:
            return f"list({expr})"
        return f"[{_unstructure_value(out, item, '_item', block_union)} for _item in {expr}]"
    raise TypeError(f"no fast unstructuring for {kind!r}")  # pragma: no cover - model types only


def _unstructure_source(out: _Writer, cls: type, tag: str | None, block_union: Any) -> str:
    """The source of the function that turns an instance of ``cls`` into JSON-ready data: the
    required fields first, then the others, each group in field order; fields at their default
    left out; a block's ``"type"`` first."""
    fields = attrs.fields(cls)
    ordered = [f for f in fields if f.default is attrs.NOTHING] + [
        f for f in fields if f.default is not attrs.NOTHING
    ]
    name = f"_data_{cls.__name__}{'_tagged' if tag is not None else ''}"
    lines = [f"def {name}(o):"]
    first = [] if tag is None else [f'"type": {tag!r}']
    required = [f for f in ordered if f.default is attrs.NOTHING]
    first.extend(
        f"{f.name!r}: {_unstructure_value(out, f.type, f'o.{f.name}', block_union)}"
        for f in required
    )
    lines.append(f"    d = {{{', '.join(first)}}}")
    for field in ordered[len(required) :]:
        default = out.name("_default", field.default)
        value = _unstructure_value(out, field.type, "v", block_union)
        lines.append(f"    v = o.{field.name}")
        lines.append(f"    if v != {default}:")
        lines.append(f"        d[{field.name!r}] = {value}")
    lines.append("    return d")
    return "\n".join(lines)


def make_unstructure(
    block_tags: Mapping[type, str], block_union: Any
) -> Callable[[Article], dict[str, Any]]:
    """Return the generated function that turns an :class:`Article` into JSON-ready data, as
    the cattrs converter with ``omit_if_default`` does, faster.

    Args:
        block_tags: The ``"type"`` of each block class.
        block_union: The :data:`newsmodel.model.Block` union.
    """
    out = _Writer()
    classes = _model_classes(Article, block_union)
    sources = [_unstructure_source(out, cls, None, block_union) for cls in classes]
    sources.extend(
        _unstructure_source(out, cls, tag, block_union) for cls, tag in block_tags.items()
    )
    namespace: dict[str, Any] = dict(out.names)
    exec("\n\n".join(sources), namespace)  # the source is generated above from the model
    namespace["_block_data"] = {
        cls: namespace[f"_data_{cls.__name__}_tagged"] for cls in block_tags
    }
    article: Callable[[Article], dict[str, Any]] = namespace["_data_Article"]
    return article
