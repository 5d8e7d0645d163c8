"""The character encoding of a web page, and its text.

The order of precedence is the one browsers follow: a byte-order mark, then the caller's encoding
(the charset of an HTTP header), then what the page declares in its first bytes (``<meta
charset>``, ``<meta http-equiv="Content-Type" content="...; charset=...">``, an XML declaration),
unless the bytes are valid UTF-8 with some non-ASCII text (a page saved again as UTF-8 that kept
its old declaration), then UTF-8. Labels are read leniently: the first label in a list is taken
(``utf-8, ie=edge`` is UTF-8), an unknown label is ignored, and, as the WHATWG Encoding Standard
says, ``latin-1``, ``iso-8859-1`` and ``ascii`` mean Windows-1252, so the smart quotes of pages
that claim Latin-1 come out right. Bytes that the chosen encoding cannot decode are read as
Windows-1252, so any bytes give text.

>>> page = b'<meta charset="iso-8859-1"><p>\\x93Yes\\x94</p>'
>>> page_encoding(page)
'cp1252'
>>> page_text(page).endswith("<p>\\u201cYes\\u201d</p>")
True
"""

import codecs
import re

from newsmodel.extract.normalize import decode

__all__ = ["normalize_label", "page_encoding", "page_text"]

_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([^\s"'>;/]*)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']*)""", re.IGNORECASE)
_LABEL = re.compile(r"[A-Za-z0-9_.:\-]+")

_WHATWG_ALIASES = {
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
}
"""Labels that name another codec than Python's, after the WHATWG Encoding Standard."""

_UNSAFE = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
"""Codecs a page cannot declare inside itself: if the declaration was readable as ASCII, the page
is not in them (browsers treat such a declaration as UTF-8)."""


def normalize_label(label: str | None) -> str | None:
    """Return Python's codec name for an encoding label, or None for no usable label.

    The first label-like token counts ("utf-8, ie=edge" is "utf-8").

    >>> normalize_label(" UTF-8, ie=edge"), normalize_label("latin-1"), normalize_label("hex")
    ('utf-8', 'cp1252', None)
    """
    if not label:
        return None
    match = _LABEL.search(label)
    if match is None:
        return None
    name = match.group().lower()
    name = _WHATWG_ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None  # "hex", "base64", "zlib": codecs, but not text encodings
    return _WHATWG_ALIASES.get(info.name, info.name)


def _declared(data: bytes) -> str | None:
    head = data[:_PRESCAN_BYTES]
    found = _XML_DECLARATION.match(head)
    if found is None:
        found = _META_CHARSET.search(head)
    if found is None:
        return None
    codec = normalize_label(found.group(1).decode("ascii", "replace"))
    if codec is not None and codec.replace("_", "-") in _UNSAFE:
        return "utf-8"
    return codec


def page_encoding(data: bytes, encoding: str | None = None) -> str:
    """Return the codec to decode a page's bytes with.

    Args:
        data: The page's bytes.
        encoding: The caller's encoding (an HTTP header's charset); an unusable label is ignored.

    Returns:
        A Python codec name; "utf-8" when nothing says otherwise.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    given = normalize_label(encoding)
    if given is not None:
        return given
    declared = _declared(data)
    if declared is not None and declared != "utf-8" and _is_utf8(data):
        return "utf-8"  # a page re-encoded as UTF-8 that kept its old declaration
    return declared or "utf-8"


def _is_utf8(data: bytes) -> bool:
    """Whether ``data`` is valid UTF-8 holding some non-ASCII text (a legacy encoding's bytes
    are almost never valid UTF-8 by chance)."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def page_text(data: bytes, encoding: str | None = None) -> str:
    """Return a page's text, decoded as :func:`page_encoding` says; never raises.

    Args:
        data: The page's bytes.
        encoding: The caller's encoding (an HTTP header's charset), if any.
    """
    codec = page_encoding(data, encoding)
    if codec == "utf-16":
        return decode(data)
    return decode(data, codec)
