"""Hardened XML parsing for the XML readers, and locations of elements.

Every XML document newsmodel reads goes through :func:`parse_xml`: entities are not resolved (so
no external entity reads a local file or a URL, and no entity expands into a billion laughs), no
DTD is loaded, the network is off and libxml2's size limits stay on (``huge_tree=False``). A
document that declares entities parses, with the entity references left unexpanded and taken
out of the tree (so dropped from all text, whichever way a reader gets it); a document that is
not well-formed raises :class:`~newsmodel.errors.ParseError` with the line and column of the
fault.
"""

import threading

from lxml import etree

from newsmodel.errors import Location, ParseError
from newsmodel.limits import MAX_DEPTH, LimitError

__all__ = ["Paths", "location", "parse_xml", "trusted_parser", "xml_parser"]


_KEPT_ENCODINGS = frozenset({None, "utf-8", "utf8"})
"""The encodings whose parsers are kept for reuse; a parser for another (a name that came with
the input) is made for its document only, so that no cache grows with what is read."""

_local = threading.local()
"""Each thread's own parsers: an lxml parser must not be used by two threads at once."""


def _parser(encoding: str | None, recover: bool) -> etree.XMLParser:
    if encoding not in _KEPT_ENCODINGS:
        return _new_parser(encoding, recover)
    kept: dict[tuple[str | None, bool], etree.XMLParser] | None = getattr(_local, "parsers", None)
    if kept is None:
        kept = _local.parsers = {}
    parser = kept.get((encoding, recover))
    if parser is None:
        parser = kept[(encoding, recover)] = _new_parser(encoding, recover)
    return parser


def _new_parser(encoding: str | None, recover: bool) -> etree.XMLParser:
    return etree.XMLParser(
        encoding=encoding,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=recover,
    )


def xml_parser(encoding: str | None = None) -> etree.XMLParser:
    """Return a hardened lxml XML parser (no entity resolution, DTD loading or network).

    Args:
        encoding: The encoding to decode with, overriding the document's declaration: pass
            "utf-8" when the bytes came from a ``str`` that was encoded to UTF-8.

    Each thread reuses its own parser for UTF-8 and for documents that declare their encoding;
    a parser for another encoding is made afresh, so nothing kept grows with the input.
    """
    return _parser(encoding.lower() if encoding else None, False)


def trusted_parser() -> etree.XMLParser:
    """Return the parser for markup newsmodel's writers built themselves from escaped text.

    It resolves no entity, loads no DTD and stays off the network, like :func:`xml_parser`, but
    lifts libxml2's size limits (``huge_tree=True``), so that a writer can hold a paragraph
    longer than the 10 MB of text a node may have in a document read from outside. Never use
    it on input. Each thread has its own.
    """
    parser: etree.XMLParser | None = getattr(_local, "trusted", None)
    if parser is None:
        parser = _local.trusted = _trusted_parser()
    return parser


def _trusted_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(
    data: bytes, *, source: str | None = None, encoding: str | None = None
) -> etree._Element:
    """Parse an XML document safely and return its root element.

    Args:
        data: The document's bytes.
        source: The file name, for error locations.
        encoding: An encoding overriding the document's declaration (see :func:`xml_parser`).

    References to entities the document declares in its internal subset are taken out of the
    tree, with no text in their place; character references (``&#65;``) and the predefined
    entities (``&amp;``) read as usual.

    Raises:
        ParseError: if the bytes are not a well-formed XML document, or the encoding is unknown;
            :class:`~newsmodel.limits.LimitError` (code ``too-deep``) if elements nest deeper
            than libxml2 goes (256 levels), or code ``too-large`` if a text node is longer than
            it takes (10,000,000 bytes).

    >>> parse_xml(b'<a><b/></a>').tag
    'a'
    """
    try:
        parser = xml_parser(encoding)
    except (LookupError, ValueError) as exc:  # ValueError: a NUL in the name
        raise ParseError(
            f"unknown encoding {encoding!r}", Location(source=source), "invalid-encoding"
        ) from exc
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position
        message = exc.msg or "the document is not well-formed XML"
        if message.startswith("Excessive depth"):
            # libxml2's own ceiling, which no max_depth can raise: huge_tree stays off.
            raise LimitError(
                f"the document is nested more than {MAX_DEPTH} levels deep, deeper than the XML "
                "parser goes",
                Location(source=source, line=line or None, column=column or None),
                code="too-deep",
            ) from exc
        if message.startswith("Resource limit exceeded"):
            # A text node or name over libxml2's limits (10,000,000 bytes of text).
            raise LimitError(
                f"the document holds a part larger than the XML parser takes: {message}",
                Location(source=source, line=line or None, column=column or None),
                code="too-large",
            ) from exc
        raise ParseError(
            f"not well-formed XML: {message}",
            Location(source=source, line=line or None, column=column or None),
            "invalid-xml",
        ) from exc
    except (ValueError, LookupError) as exc:  # an encoding lxml does not know, for one
        raise ParseError(
            f"cannot parse the XML: {exc}", Location(source=source), "invalid-xml"
        ) from exc
    if root is None:  # pragma: no cover - raised as XMLSyntaxError by lxml in practice
        raise ParseError("the document is empty", Location(source=source), "invalid-xml")
    if root.getroottree().docinfo.internalDTD is not None:
        # The references to entities the document declares itself stay in the tree as entity
        # nodes, and XPath's string() would give their text: take them out, keeping the text
        # after each, so that every reader leaves them out alike.
        etree.strip_elements(root, etree.Entity, with_tail=False)
    return root


class Paths:
    """The XPaths of the elements of one document, as lxml's ``getpath`` writes them, each in
    time proportional to its depth.

    ``getpath`` counts the element's same-named siblings before it, so a path for each element of
    a long list of siblings is quadratic in the list; here each parent's children are numbered
    once and kept. Use one per document, for as long as its elements are located.

    >>> root = etree.fromstring(b'<a><b/><c/><b/><x:d xmlns:x="u"/></a>')
    >>> paths = Paths()
    >>> [paths.path(element) for element in root.iter()]
    ['/a', '/a/b[1]', '/a/c', '/a/b[2]', '/a/x:d']
    """

    def __init__(self) -> None:
        self._steps: dict[etree._Element, dict[etree._Element, str]] = {}

    def path(self, element: etree._Element) -> str:
        """Return the XPath of ``element`` in its document (equal to ``getpath``)."""
        steps: list[str] = []
        node: etree._Element | None = element
        while node is not None:
            parent = node.getparent()
            if parent is None:
                steps.append(_name(node)[0])
            else:
                numbered = self._steps.get(parent)
                if numbered is None:
                    numbered = self._steps[parent] = _number(parent)
                steps.append(numbered[node])
            node = parent
        return "/" + "/".join(reversed(steps))


def _name(element: etree._Element) -> tuple[str, tuple[str, str | None] | None]:
    """An element's step name as libxml2 writes it, and the key of the siblings it is counted
    among: None for "*" (an element in a default namespace, counted among all elements)."""
    qname = etree.QName(element)
    if qname.namespace is None:
        return qname.localname, (qname.localname, "")
    if element.prefix is None:
        return "*", None
    return f"{element.prefix}:{qname.localname}", (qname.localname, element.prefix)


def _number(parent: etree._Element) -> dict[etree._Element, str]:
    """The step of each element child of ``parent``, numbered as libxml2's xmlGetNodePath does:
    an index among the siblings of the same name, written only when there are several."""
    named = [(child, *_name(child)) for child in parent if isinstance(child.tag, str)]
    counts: dict[tuple[str, str | None] | None, int] = {}
    for _child, _step, key in named:
        counts[key] = counts.get(key, 0) + 1
    seen: dict[tuple[str, str | None] | None, int] = {}
    steps: dict[etree._Element, str] = {}
    for position, (child, step, key) in enumerate(named, start=1):
        seen[key] = seen.get(key, 0) + 1
        if key is None:
            steps[child] = f"*[{position}]" if len(named) > 1 else "*"
        else:
            steps[child] = f"{step}[{seen[key]}]" if counts[key] > 1 else step
    return steps


def location(
    element: etree._Element,
    *,
    source: str | None = None,
    pointer: str | None = None,
    paths: Paths | None = None,
) -> Location:
    """Return where an element is: its line and its XPath in its document.

    Args:
        element: The element.
        source: The file name.
        pointer: The model pointer of what was read from the element.
        paths: The document's :class:`Paths`, for a reader that locates many elements (without
            one, each path costs a count of the element's siblings).

    >>> root = parse_xml(b'<a>\\n<b/></a>')
    >>> str(location(root[0], source="x.xml"))
    'x.xml:2 [/a/b]'
    """
    line = element.sourceline
    return Location(
        source=source,
        line=line if isinstance(line, int) and line > 0 else None,
        xpath=element.getroottree().getpath(element) if paths is None else paths.path(element),
        pointer=pointer,
    )
