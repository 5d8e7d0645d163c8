"""The public functions: load, loads, load_all, loads_all, dump, dumps, parse.

Each looks the format up in the registry (:mod:`newsmodel.formats`) and delegates to it. The
format comes from the ``format=`` argument, else the file's extension, else sniffing the bytes.
"""

import contextlib
import datetime
import io
import os
import secrets
import stat
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from newsmodel import formats, limits
from newsmodel.errors import FormatError, Location, LossWarning, ParseError, SerializeError
from newsmodel.formats import Format, Parsed, ReadFormat, ReadOptions, WriteFormat, WriteOptions
from newsmodel.model import Article

__all__ = [
    "dump",
    "dumps",
    "load",
    "load_all",
    "loads",
    "loads_all",
    "open_atomic",
    "parse",
    "read_source",
    "write_atomic",
]

Source = str | os.PathLike[str] | BinaryIO
"""A path, or a binary file opened for reading."""

Destination = str | os.PathLike[str] | BinaryIO
"""A path, or a binary file opened for writing."""

_WRITE_DEFAULTS = WriteOptions()

# dumps() returns XML without a declaration (a str has no encoding to declare); dump() writes
# UTF-8 bytes, so an XML format's file starts with one.
_XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'

# Passing a text-mode file is a programming error, not bad input: TypeError, as tomllib does.
_TEXT_MODE = (
    "{function}() needs a file opened in binary mode ('{mode}'): newsmodel reads and writes "
    "bytes, and decodes and encodes them itself"
)


def _as_bytes(data: str | bytes) -> tuple[bytes, str | None]:
    if isinstance(data, str):
        return data.encode("utf-8", "surrogatepass"), "utf-8"
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data), None
    raise TypeError(f"expected str or bytes, not {type(data).__name__}")


def _reader(data: bytes, format: str | None, path: str | None) -> Format:
    if format is not None:
        return formats.get(format, direction="read")
    by_extension = formats.format_for_path(path) if path is not None else None
    if by_extension is not None and (by_extension.read or by_extension.read_all):
        # The name decides, unless the bytes contradict it: a ninjs document saved as ".json"
        # is rejected by the json sniffer and accepted by the ninjs one.
        if by_extension.sniff is None or by_extension.sniff(data[: formats.SNIFF_BYTES]):
            return by_extension
        other = formats.sniff(data)
        return other if other is not None else by_extension
    sniffed = formats.sniff(data)
    if sniffed is not None:
        return sniffed
    readable = ", ".join(sorted(n for n, f in formats.FORMATS.items() if f.read or f.read_all))
    if by_extension is not None:
        raise FormatError(
            f"{path} is named like {by_extension.name}, which newsmodel can write but not read, "
            f"and its bytes look like no format it reads; pass format= (one of {readable})"
        )
    where = f" of {path}" if path else ""
    raise FormatError(f"cannot tell the format{where}; pass format= (one of {readable})")


def parse(
    data: str | bytes,
    *,
    format: ReadFormat | None = None,
    source: str | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
    max_bytes: int | None = limits.MAX_BYTES,
    max_depth: int | None = limits.MAX_DEPTH,
) -> Parsed:
    """Read one article and the source location of each of its parts.

    Takes the same arguments as :func:`loads`, including the limits ``max_bytes`` and
    ``max_depth``.

    Returns:
        The article and a map from model pointers to :class:`~newsmodel.Location`.

    Raises:
        FormatError: if the format is unknown, cannot be read, or cannot be told.
        ParseError: if the document is not well-formed, or over a limit
            (:class:`~newsmodel.limits.LimitError`, code ``too-large`` or ``too-deep``).
        ValidationError: if it is well-formed but not a valid article.
    """
    raw, implied = _as_bytes(data)
    limits.check_size(raw, max_bytes, source)
    fmt = _reader(raw, format, source)
    options = ReadOptions(
        source=source,
        encoding=encoding or implied,
        reference_date=reference_date,
        max_bytes=max_bytes,
        max_depth=max_depth,
    )
    if fmt.read is None:
        for parsed in fmt.read_many(raw, options):
            return parsed
        raise ParseError("the document holds no article", Location(source=source), "empty")
    return fmt.read(raw, options)


def loads(
    data: str | bytes,
    *,
    format: ReadFormat | None = None,
    source: str | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
    max_bytes: int | None = limits.MAX_BYTES,
    max_depth: int | None = limits.MAX_DEPTH,
) -> Article:
    """Read one article from a document in memory.

    Args:
        data: The document. A ``str`` is read as UTF-8, whatever encoding the document declares.
        format: The format's name; without it, the extension of ``source`` decides, else the
            bytes are sniffed.
        source: A file name to put in error locations.
        encoding: An encoding that overrides the document's own declaration (an HTTP header's).
        reference_date: When the story was filed, to complete dates printed without a year.
        max_bytes: The largest document to read, in bytes (default
            :data:`newsmodel.limits.MAX_BYTES`, 32 MiB); None for no limit.
        max_depth: The deepest nesting of elements, arrays or objects to read (default
            :data:`newsmodel.limits.MAX_DEPTH`, 256); None for no limit.

    Returns:
        The article. From a container (JSON Lines), the first one.

    Raises:
        FormatError: if the format is unknown, cannot be read, or cannot be told.
        ParseError: if the document is not well-formed; its subclass
            :class:`~newsmodel.limits.LimitError` (code ``too-large`` or ``too-deep``) if it is
            over a limit.
        ValidationError: if it is well-formed but not a valid article.

    >>> import newsmodel
    >>> article = newsmodel.loads('{"headline": "Talks resume"}', format="json")
    >>> article.headline
    'Talks resume'
    """
    return parse(
        data,
        format=format,
        source=source,
        encoding=encoding,
        reference_date=reference_date,
        max_bytes=max_bytes,
        max_depth=max_depth,
    ).article


def loads_all(
    data: str | bytes,
    *,
    format: ReadFormat | None = None,
    source: str | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
    max_bytes: int | None = limits.MAX_BYTES,
    max_depth: int | None = limits.MAX_DEPTH,
) -> Iterator[Article]:
    """Yield every article of a document, lazily: each line of JSON Lines, each item of a
    container; a single-article document yields one.

    Takes the same arguments as :func:`loads` and raises the same errors: :class:`FormatError`
    at once, and the errors of an article (:class:`ParseError`, :class:`ValidationError`) when
    iteration reaches it.
    """
    raw, implied = _as_bytes(data)
    limits.check_size(raw, max_bytes, source)
    fmt = _reader(raw, format, source)
    options = ReadOptions(
        source=source,
        encoding=encoding or implied,
        reference_date=reference_date,
        max_bytes=max_bytes,
        max_depth=max_depth,
    )
    return _articles(fmt, raw, options)


def _articles(fmt: Format, data: bytes, options: ReadOptions) -> Iterator[Article]:
    # A generator, so that even a single-article reader runs only when iteration starts.
    for parsed in fmt.read_many(data, options):
        yield parsed.article


def read_source(src: Source) -> tuple[bytes, str | None]:
    """Return the bytes of a path or binary file, and its name if it has one.

    Raises:
        TypeError: if ``src`` is a file opened in text mode; nothing is read from it then.
        OSError: if the file cannot be read.
    """
    if isinstance(src, str | os.PathLike):
        return Path(src).read_bytes(), os.fspath(src)
    if isinstance(src, io.TextIOBase):
        raise TypeError(_TEXT_MODE.format(function="load", mode="rb"))
    data = src.read()
    if not isinstance(data, bytes):
        raise TypeError(_TEXT_MODE.format(function="load", mode="rb"))
    name = getattr(src, "name", None)
    return data, name if isinstance(name, str) else None


def _read_within(src: Source, max_bytes: int | None) -> tuple[bytes, str | None]:
    """Do :func:`read_source`, but refuse a regular file longer than ``max_bytes`` from its size,
    before reading it into memory."""
    if max_bytes is not None and isinstance(src, str | os.PathLike):
        with contextlib.suppress(OSError):  # reading it reports the problem better
            status = os.stat(src)
            if stat.S_ISREG(status.st_mode):
                limits.check_length(status.st_size, max_bytes, os.fspath(src))
    return read_source(src)


def load(
    src: Source,
    *,
    format: ReadFormat | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
    max_bytes: int | None = limits.MAX_BYTES,
    max_depth: int | None = limits.MAX_DEPTH,
) -> Article:
    """Read one article from a file.

    Args:
        src: A path, or a file opened in binary mode.
        format: The format's name; without it, the extension decides, else the bytes are sniffed.
        encoding: An encoding that overrides the document's own declaration.
        reference_date: When the story was filed, to complete dates printed without a year.
        max_bytes: The largest document to read, in bytes; None for no limit.
        max_depth: The deepest nesting to read; None for no limit.

    Raises:
        FormatError: if the format is unknown, cannot be read, or cannot be told.
        ParseError: if the document is not well-formed, or over a limit
            (:class:`~newsmodel.limits.LimitError`).
        ValidationError: if it is well-formed but not a valid article.
        TypeError: if ``src`` is a file opened in text mode.
        OSError: if the file cannot be read.
    """
    data, name = _read_within(src, max_bytes)
    return loads(
        data,
        format=format,
        source=name,
        encoding=encoding,
        reference_date=reference_date,
        max_bytes=max_bytes,
        max_depth=max_depth,
    )


def load_all(
    src: Source,
    *,
    format: ReadFormat | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
    max_bytes: int | None = limits.MAX_BYTES,
    max_depth: int | None = limits.MAX_DEPTH,
) -> Iterator[Article]:
    """Yield every article of a file, lazily; see :func:`loads_all`."""
    data, name = _read_within(src, max_bytes)
    return loads_all(
        data,
        format=format,
        source=name,
        encoding=encoding,
        reference_date=reference_date,
        max_bytes=max_bytes,
        max_depth=max_depth,
    )


def dumps(
    article: Article,
    *,
    format: WriteFormat,
    strict: bool = False,
    options: WriteOptions | None = None,
) -> str:
    """Write an article as a document.

    Args:
        article: The article.
        format: The format's name.
        strict: Refuse to write a format that cannot carry the whole article.
        options: Format-specific choices, such as the ninjs version.

    Fields the format cannot carry are reported: a :class:`~newsmodel.LossWarning` names them,
    or, with ``strict=True``, a :class:`~newsmodel.SerializeError` refuses the write.

    Raises:
        FormatError: if the format is unknown or cannot be written.
        SerializeError: in strict mode, if the format cannot carry the whole article.

    >>> import newsmodel
    >>> print(newsmodel.dumps(newsmodel.Article(headline="Talks resume"), format="json"), end="")
    {
      "newsmodel": 1,
      "headline": "Talks resume"
    }
    """
    return _write(article, format, strict, options)[1]


def _write(
    article: Article, format: str, strict: bool, options: WriteOptions | None
) -> tuple[Format, str]:
    """Do the work of :func:`dumps`, which :func:`dump` also calls; return the format too.

    The warning's stack level points at the caller of ``dumps`` or ``dump``.
    """
    fmt = formats.get(format, direction="write")
    assert fmt.write is not None  # checked by formats.get
    chosen = options if options is not None else _WRITE_DEFAULTS
    lost = fmt.losses(article, chosen)
    if lost:
        if strict:
            raise SerializeError(
                f"{fmt.name} cannot carry {', '.join(lost)}, and strict mode refuses to leave "
                "them out",
                lost[0],
            )
        warnings.warn(LossWarning(fmt.name, lost), stacklevel=3)
    return fmt, fmt.write(article, chosen)


def _encode(fmt: Format, text: str) -> bytes:
    """Return a written document as the bytes of a file: UTF-8, XML with its declaration."""
    data = text.encode("utf-8")
    if fmt.media_type.endswith(("/xml", "+xml")) and not text.startswith("<?xml"):
        return _XML_DECLARATION + data
    return data


def _writer_for(dst: Destination, format: str | None) -> str:
    if format is not None:
        return format
    name = os.fspath(dst) if isinstance(dst, str | os.PathLike) else getattr(dst, "name", None)
    if not isinstance(name, str):
        raise FormatError("cannot tell the format of a file object without a name; pass format=")
    fmt = formats.format_for_path(name)
    if fmt is None:
        raise FormatError(f"cannot tell the format from the name {name!r}; pass format=")
    return formats.get(fmt.name, direction="write").name


def dump(
    article: Article,
    dst: Destination,
    *,
    format: WriteFormat | None = None,
    strict: bool = False,
    options: WriteOptions | None = None,
) -> None:
    """Write an article to a file as UTF-8; an XML document starts with the XML declaration.

    A path is written atomically: the document goes to a temporary file beside it, which then
    replaces the target, so a failure never leaves half a file (see :func:`write_atomic`).

    Args:
        article: The article.
        dst: A path, or a file opened in binary mode.
        format: The format's name; without it, the extension of the path (or of the file's
            ``name``) decides.
        strict: Refuse to write a format that cannot carry the whole article.
        options: Format-specific choices, such as the ninjs version.

    Raises:
        FormatError: if the format is unknown, cannot be written, or cannot be told.
        SerializeError: in strict mode, if the format cannot carry the whole article.
        TypeError: if ``dst`` is a file opened in text mode; nothing is written then.
        OSError: if the file cannot be written.
    """
    if isinstance(dst, io.TextIOBase):
        raise TypeError(_TEXT_MODE.format(function="dump", mode="wb"))
    data = _encode(*_write(article, _writer_for(dst, format), strict, options))
    if isinstance(dst, str | os.PathLike):
        write_atomic(dst, data)
    else:
        dst.write(data)


@contextlib.contextmanager
def open_atomic(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path`` for writing; on a clean exit it replaces ``path``,
    on any exception (an interrupt too) it is removed, so ``path`` is never half written.

    Readers of ``path`` see the old content or the new, never a part. A new file gets the
    permissions ``open()`` would give it; a replaced file keeps its own. A symbolic link is
    followed: the file it points to is replaced, not the link.

    Raises:
        OSError: if the file cannot be written; the target is then untouched and no temporary
            file is left behind.
    """
    target = Path(os.path.realpath(path))
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    # os.open applies the umask to 0o666, as open() does; mkstemp would make the file 0o600.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    handle = os.open(temporary, flags, 0o666)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
        with contextlib.suppress(FileNotFoundError):  # a new file keeps the umask's permissions
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it
    (see :func:`open_atomic`).

    Raises:
        OSError: if the file cannot be written; the target is then untouched and no temporary
            file is left behind.
    """
    with open_atomic(path) as out:
        out.write(data)
