"""Limits on what a reader takes in, so that hostile input cannot exhaust memory or the stack.

Every reader is given a :class:`~newsmodel.formats.ReadOptions` whose ``max_bytes`` and
``max_depth`` default to :data:`MAX_BYTES` and :data:`MAX_DEPTH`; :func:`newsmodel.loads`,
:func:`~newsmodel.load` and :func:`~newsmodel.parse` take the same two keyword arguments. A
document over a limit raises :class:`LimitError`, a :class:`~newsmodel.ParseError` whose code
says which limit was hit: ``too-large`` or ``too-deep``. ``None`` turns a limit off.

There is no time limit in-process: Python cannot stop a running parser safely from inside the
same process. The command line's ``--timeout`` runs each document in a worker process that it
can end; a library user who needs a time bound does the same.
"""

import attrs
from lxml import etree

from newsmodel.errors import Location, ParseError

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "LimitError",
    "check_length",
    "check_parser_log",
    "check_size",
    "check_tree_depth",
    "check_value_depth",
]

MAX_BYTES = 32 * 1024 * 1024
"""The default largest document a reader takes: 32 MiB, far above any real article or page
(real pages rarely pass 5 MB) and small enough that every reader finishes within seconds."""

MAX_DEPTH = 256
"""The default deepest nesting of elements, or of JSON arrays and objects, a reader takes. It is
libxml2's own ceiling without its ``XML_PARSE_HUGE`` option; an article needs fewer than 20."""


@attrs.frozen
class LimitError(ParseError):
    """A document is over one of the reader limits: its code is ``too-large`` or ``too-deep``.

    It is a :class:`~newsmodel.ParseError`, with the same ``message``, ``location`` and
    ``code``, so code that handles parse errors handles it too.

    Attributes:
        code: ``too-large`` (``max_bytes``, or a part larger than the XML parser takes) or
            ``too-deep`` (``max_depth``, or nesting deeper than a parser goes).
    """

    code: str = "too-large"


def check_size(data: bytes, max_bytes: int | None, source: str | None = None) -> None:
    """Refuse a document longer than ``max_bytes``.

    Raises:
        LimitError: with code ``too-large``, if ``len(data) > max_bytes``.

    >>> try:
    ...     check_size(b"12345", 4)
    ... except LimitError as error:
    ...     print(error.code, "-", error.message)
    too-large - the document is 5 bytes long, over the limit of 4 bytes (max_bytes)
    """
    check_length(len(data), max_bytes, source)


def check_length(length: int, max_bytes: int | None, source: str | None = None) -> None:
    """Refuse a document of ``length`` bytes if it is longer than ``max_bytes``: a file can be
    refused from its size, before it is read.

    Raises:
        LimitError: with code ``too-large``, if ``length > max_bytes``.
    """
    if max_bytes is not None and length > max_bytes:
        raise LimitError(
            f"the document is {length} bytes long, over the limit of {max_bytes} bytes (max_bytes)",
            Location(source=source),
            code="too-large",
        )


def check_parser_log(error_log: etree._ListErrorLog, source: str | None = None) -> None:
    """Refuse a document that a recovering parser (lxml's HTML parser) stopped reading at one of
    libxml2's own limits. Such a parser gives back the tree it built so far and drops the rest,
    with only an entry in its error log to say so.

    Raises:
        LimitError: with code ``too-deep`` if the parser met nesting deeper than it goes (2048
            levels with ``huge_tree``), ``too-large`` for any other of its resource limits.

    >>> from lxml import etree
    >>> parser = etree.HTMLParser(huge_tree=True)
    >>> root = etree.fromstring(b"<div>" * 3000, parser)
    >>> try:
    ...     check_parser_log(parser.error_log)
    ... except LimitError as error:
    ...     print(error.code, "-", error.message)
    too-deep - the document is nested deeper than the parser goes (Excessive depth in document: \
2048, use XML_PARSE_HUGE option)
    """
    for entry in error_log:
        if entry.type != etree.ErrorTypes.ERR_RESOURCE_LIMIT:
            continue
        message = entry.message.strip()
        deep = message.startswith("Excessive depth")
        raise LimitError(
            f"the document is nested deeper than the parser goes ({message})"
            if deep
            else f"the document holds a part larger than the parser takes ({message})",
            Location(source=source, line=entry.line or None, column=entry.column or None),
            code="too-deep" if deep else "too-large",
        )


def _too_deep(max_depth: int, source: str | None, location: Location | None = None) -> LimitError:
    return LimitError(
        f"the document is nested more than {max_depth} levels deep, over the limit (max_depth)",
        location if location is not None else Location(source=source),
        code="too-deep",
    )


def check_value_depth(value: object, max_depth: int | None, source: str | None = None) -> None:
    """Refuse a parsed JSON value whose arrays and objects nest deeper than ``max_depth``.

    The top-level value is at depth 1. The walk uses no recursion.

    Raises:
        LimitError: with code ``too-deep`` and the JSON pointer of the first value too deep.

    >>> try:
    ...     check_value_depth({"a": [[1]]}, 2)
    ... except LimitError as error:
    ...     print(error.code, error.location.pointer)
    too-deep /a/0
    """
    if max_depth is None:
        return
    # Each entry: a value, its depth, and its parent's entry and key, to spell a pointer on
    # failure only.
    Entry = tuple[object, int, object, object]
    stack: list[Entry] = [(value, 1, None, None)]
    while stack:
        entry = stack.pop()
        item, depth = entry[0], entry[1]
        if type(item) is dict:
            children: list[tuple[object, object]] = list(item.items())
        elif type(item) is list:
            children = list(enumerate(item))
        else:
            continue
        if depth > max_depth:
            raise _too_deep(max_depth, source, Location(source=source, pointer=_pointer(entry)))
        stack.extend((child, depth + 1, entry, key) for key, child in children)


def _pointer(entry: tuple[object, int, object, object]) -> str:
    keys: list[str] = []
    while entry[2] is not None:
        keys.append(_escape(entry[3]))
        entry = entry[2]  # type: ignore[assignment]  # the parent entry
    return "".join(f"/{key}" for key in reversed(keys))


def _escape(key: object) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def check_tree_depth(
    root: etree._Element, max_depth: int | None, source: str | None = None
) -> None:
    """Refuse an element tree nested deeper than ``max_depth`` (the root is at depth 1).

    libxml2 finds the elements below the limit in one pass over the tree, in C.

    Raises:
        LimitError: with code ``too-deep`` and the line of the first element too deep.

    >>> from lxml import etree
    >>> try:
    ...     check_tree_depth(etree.fromstring(b"<a><b><c/></b></a>"), 2)
    ... except LimitError as error:
    ...     print(error.code, error.location.line)
    too-deep 1
    """
    if max_depth is None or max_depth < 1:
        if max_depth is not None:
            raise _too_deep(max_depth, source)
        return
    path = "/".join(["*"] * max_depth)
    found = root.xpath(f"({path})[1]")
    if isinstance(found, list) and found:
        element = found[0]
        line = element.sourceline if isinstance(element, etree._Element) else None
        raise _too_deep(max_depth, source, Location(source=source, line=line or None))
