"""The public functions: load, loads, load_all, loads_all, dump, dumps, parse.

Each looks the format up in the registry (:mod:`newsmodel.formats`) and delegates to it. The
format comes from the ``format=`` argument, else the file's extension, else sniffing the bytes.
"""

import datetime
import io
import os
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from newsmodel import formats
from newsmodel.errors import FormatError, Location, LossWarning, ParseError, SerializeError
from newsmodel.formats import Format, Parsed, ReadFormat, ReadOptions, WriteFormat, WriteOptions
from newsmodel.model import Article

__all__ = ["dump", "dumps", "load", "load_all", "loads", "loads_all", "parse", "read_source"]

Source = str | os.PathLike[str] | BinaryIO
"""A path, or a binary file opened for reading."""

Destination = str | os.PathLike[str] | BinaryIO
"""A path, or a binary file opened for writing."""

_WRITE_DEFAULTS = WriteOptions()


def _as_bytes(data: str | bytes) -> tuple[bytes, str | None]:
    if isinstance(data, str):
        return data.encode("utf-8", "surrogatepass"), "utf-8"
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data), None
    raise TypeError(f"expected str or bytes, not {type(data).__name__}")


def _reader(data: bytes, format: str | None, path: str | None) -> Format:
    if format is not None:
        return formats.get(format, direction="read")
    if path is not None:
        by_extension = formats.format_for_path(path)
        if by_extension is not None and (by_extension.read or by_extension.read_all):
            return by_extension
    sniffed = formats.sniff(data)
    if sniffed is None:
        where = f" of {path}" if path else ""
        raise FormatError(
            f"cannot tell the format{where}; pass format= (one of "
            f"{', '.join(sorted(n for n, f in formats.FORMATS.items() if f.read or f.read_all))})"
        )
    return sniffed


def parse(
    data: str | bytes,
    *,
    format: ReadFormat | None = None,
    source: str | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
) -> Parsed:
    """Read one article and the source location of each of its parts.

    Takes the same arguments as :func:`loads`.

    Returns:
        The article and a map from model pointers to :class:`~newsmodel.Location`.
    """
    raw, implied = _as_bytes(data)
    fmt = _reader(raw, format, source)
    options = ReadOptions(
        source=source, encoding=encoding or implied, reference_date=reference_date
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
) -> Article:
    """Read one article from a document in memory.

    Args:
        data: The document. A ``str`` is read as UTF-8, whatever encoding the document declares.
        format: The format's name; without it, the bytes are sniffed.
        source: A file name to put in error locations.
        encoding: An encoding that overrides the document's own declaration (an HTTP header's).
        reference_date: When the story was filed, to complete dates printed without a year.

    Returns:
        The article. From a container (JSON Lines), the first one.

    Raises:
        FormatError: if the format is unknown, cannot be read, or cannot be told.
        ParseError: if the document is not well-formed.
        ValidationError: if it is well-formed but not a valid article.

    >>> import newsmodel
    >>> article = newsmodel.loads('{"headline": "Talks resume"}', format="json")
    >>> article.headline
    'Talks resume'
    """
    return parse(
        data, format=format, source=source, encoding=encoding, reference_date=reference_date
    ).article


def loads_all(
    data: str | bytes,
    *,
    format: ReadFormat | None = None,
    source: str | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
) -> Iterator[Article]:
    """Yield every article of a document, lazily: each line of JSON Lines, each item of a
    container; a single-article document yields one.

    Takes the same arguments as :func:`loads` and raises the same errors, when the faulty article
    is reached.
    """
    raw, implied = _as_bytes(data)
    fmt = _reader(raw, format, source)
    options = ReadOptions(
        source=source, encoding=encoding or implied, reference_date=reference_date
    )
    return (parsed.article for parsed in fmt.read_many(raw, options))


def read_source(src: Source) -> tuple[bytes, str | None]:
    """Return the bytes of a path or binary file, and its name if it has one.

    Raises:
        OSError: if the file cannot be read.
    """
    if isinstance(src, str | os.PathLike):
        return Path(src).read_bytes(), os.fspath(src)
    data = src.read()
    if not isinstance(data, bytes):
        raise TypeError("load() needs a file opened in binary mode ('rb')")
    name = getattr(src, "name", None)
    return data, name if isinstance(name, str) else None


def load(
    src: Source,
    *,
    format: ReadFormat | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
) -> Article:
    """Read one article from a file.

    Args:
        src: A path, or a file opened in binary mode.
        format: The format's name; without it, the extension decides, else the bytes are sniffed.
        encoding: An encoding that overrides the document's own declaration.
        reference_date: When the story was filed, to complete dates printed without a year.

    Raises:
        FormatError: if the format is unknown, cannot be read, or cannot be told.
        ParseError: if the document is not well-formed.
        ValidationError: if it is well-formed but not a valid article.
        OSError: if the file cannot be read.
    """
    data, name = read_source(src)
    return loads(data, format=format, source=name, encoding=encoding, reference_date=reference_date)


def load_all(
    src: Source,
    *,
    format: ReadFormat | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
) -> Iterator[Article]:
    """Yield every article of a file, lazily; see :func:`loads_all`."""
    data, name = read_source(src)
    return loads_all(
        data, format=format, source=name, encoding=encoding, reference_date=reference_date
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
    fmt = formats.get(format, direction="write")
    assert fmt.write is not None  # checked by formats.get
    chosen = options if options is not None else _WRITE_DEFAULTS
    lost = fmt.losses(article, chosen)
    if lost:
        if strict:
            raise SerializeError(
                f"{fmt.name} cannot carry {', '.join(lost)}; pass strict=False to write without",
                lost[0],
            )
        warnings.warn(LossWarning(fmt.name, lost), stacklevel=2)
    return fmt.write(article, chosen)


def _writer_for(dst: Destination, format: WriteFormat | None) -> WriteFormat:
    if format is not None:
        return format
    if isinstance(dst, str | os.PathLike):
        fmt = formats.format_for_path(dst)
        if fmt is not None and fmt.write is not None:
            return fmt.name  # type: ignore[return-value]  # registry names are WriteFormat values
        raise FormatError(f"cannot tell the format from the name {os.fspath(dst)!r}; pass format=")
    raise FormatError("pass format= when writing to a file object")


def dump(
    article: Article,
    dst: Destination,
    *,
    format: WriteFormat | None = None,
    strict: bool = False,
    options: WriteOptions | None = None,
) -> None:
    """Write an article to a file as UTF-8.

    A path is written atomically: the document goes to a temporary file beside it, which then
    replaces the target, so a crash never leaves half a file.

    Args:
        article: The article.
        dst: A path, or a file opened in binary mode.
        format: The format's name; without it, the extension decides.
        strict: Refuse to write a format that cannot carry the whole article.
        options: Format-specific choices, such as the ninjs version.

    Raises:
        FormatError: if the format is unknown, cannot be written, or cannot be told.
        SerializeError: in strict mode, if the format cannot carry the whole article.
        OSError: if the file cannot be written.
    """
    name = _writer_for(dst, format)
    data = dumps(article, format=name, strict=strict, options=options).encode("utf-8")
    if isinstance(dst, str | os.PathLike):
        write_atomic(Path(dst), data)
    elif isinstance(dst, io.TextIOBase):
        raise TypeError("dump() needs a file opened in binary mode ('wb')")
    else:
        dst.write(data)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
