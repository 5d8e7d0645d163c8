"""Decoding and cleaning plain text: byte-order marks, encodings, line ends, invisible characters.

:func:`decode` turns any bytes into text without ever failing: a byte-order mark decides first,
then UTF-8, and each byte that is not UTF-8 is read as Windows-1252 (Latin-1 for the five bytes
Windows-1252 leaves undefined), so a file that mixes the two encodings still reads.
:func:`clean` then makes every line end ``\\n``, turns no-break spaces into spaces and drops
zero-width characters, soft hyphens and control characters.

>>> clean(decode(b"\\xef\\xbb\\xbfna\\xc3\\xafve caf\\xe9\\r\\nsoft\\xc2\\xadware"))
'naïve café\\nsoftware'
"""

import codecs
import re

__all__ = ["clean", "decode", "squash", "without_tags"]

_ERRORS = "newsmodel-windows-1252"


def _windows_1252(error: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejected one by one as Windows-1252, else Latin-1."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    chars = []
    for byte in chunk:
        single = bytes((byte,))
        try:
            chars.append(single.decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(single.decode("latin-1"))
    return "".join(chars), error.end


codecs.register_error(_ERRORS, _windows_1252)


def decode(data: bytes, encoding: str | None = None) -> str:
    """Return ``data`` as text; never raises.

    Args:
        data: The document's bytes.
        encoding: An encoding to use instead of guessing (a caller's or an HTTP header's). An
            unknown name, or a codec that is not a text encoding ("hex"), is ignored; bytes it
            cannot decode are read as Windows-1252.

    Returns:
        The text, without a byte-order mark.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", _ERRORS)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace").lstrip("\ufeff")
    if encoding is not None:
        try:
            # bytes-to-bytes codecs such as "hex" or "zlib" are not text encodings
            if not getattr(codecs.lookup(encoding), "_is_text_encoding", True):
                encoding = None
        except (LookupError, ValueError):  # ValueError: a NUL in the name
            encoding = None
    try:
        return data.decode(encoding or "utf-8", _ERRORS)
    except (UnicodeError, LookupError):  # a codec that reports errors another way
        return data.decode("utf-8", _ERRORS)


def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0x20):
        table[code] = None
    for code in range(0x7F, 0xA0):
        table[code] = None
    table[ord("\t")] = " "
    table[ord("\n")] = "\n"
    table[ord("\r")] = "\n"
    table[0x0B] = "\n"  # vertical tab
    table[0x0C] = "\n"  # form feed
    table[0x85] = "\n"  # next line
    table[0x2028] = "\n"  # line separator
    table[0x2029] = "\n"  # paragraph separator
    table[0xA0] = " "  # no-break space
    for invisible in (0x00AD, 0x200B, 0x2060, 0xFEFF, 0x180E):
        table[invisible] = None  # soft hyphen, zero-width space, word joiner, BOM, MVS
    return table


_CLEAN = _table()
_NEEDS_CLEANING = re.compile(
    "[" + "".join(re.escape(chr(code)) for code in _CLEAN if chr(code) != "\n") + "]"
)


def clean(text: str) -> str:
    """Normalise line ends to ``\\n`` and drop invisible and control characters.

    CRLF and CR become LF; tabs and no-break spaces become spaces; soft hyphens, zero-width spaces,
    word joiners and C0/C1 control characters are removed. Zero-width joiners, which some scripts
    need, are kept.
    """
    if _NEEDS_CLEANING.search(text) is None:
        return text
    return text.replace("\r\n", "\n").translate(_CLEAN)


def squash(text: str) -> str:
    r"""Drop invisible characters (zero-width spaces, soft hyphens, a stray byte-order mark),
    collapse whitespace runs to one space and strip the ends.

    >>> squash(" Soft\u00adware \n  update\u200b ")
    'Software update'
    """
    if _is_squashed(text):
        return text
    return " ".join(clean(text).split())  # split() breaks at exactly what \s matches


def _is_squashed(text: str) -> bool:
    """Whether :func:`squash` would return ``text`` unchanged, by a test that spares most texts
    (a paragraph already squashed) the split and join: every character :func:`clean` changes and
    every whitespace character but the space is unprintable (``str.isprintable``; a test checks
    it for every code point), so a printable text holds no whitespace but spaces, and it is
    squashed when no space is doubled or at an end."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


_TAG = re.compile(r"</?[A-Za-z][^<>]{0,500}>")
"""An HTML tag written inside a text value."""


def without_tags(text: str) -> str:
    """A text value with the HTML tags written inside it (a description pasted from an editor:
    "<p>The minister <b>said</b></p>") taken out, each for a space, and whitespace squashed. A
    "<" that opens no tag ("a < b") stays.

    >>> without_tags("<p>The minister <b>said</b> it.</p><p><br></p>")
    'The minister said it.'
    >>> without_tags("a < b")
    'a < b'
    """
    if "<" in text:
        text = _TAG.sub(" ", text)
    return squash(text)
