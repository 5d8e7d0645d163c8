"""The public functions: load, loads, load_all, loads_all, dump, dumps, parse.

Each looks the format up in the registry (:mod:`newsmodel.formats`) and delegates to it. The
format comes from the ``format=`` argument, else the file's extension, else sniffing the bytes.
"""

import contextlib
import datetime
import errno
import io
import os
import secrets
import stat
import warnings
from collections.abc import Iterator
from typing import BinaryIO, Literal, overload

import attrs

from newsmodel import _stream, formats, limits
from newsmodel._stream import OnError, Record
from newsmodel.errors import FormatError, Location, LossWarning, ParseError, SerializeError
from newsmodel.formats import Format, Parsed, ReadFormat, ReadOptions, WriteFormat, WriteOptions
from newsmodel.model import Article

__all__ = [
    "OnError",
    "Record",
    "dump",
    "dumps",
    "load",
    "load_all",
    "loads",
    "loads_all",
    "open_atomic",
    "parse",
    "read_source",
    "render",
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
    chosen = formats.get(format, direction="read") if format is not None else None
    return formats.detect(data, path, chosen)


def _warn(fmt: Format, parsed: Parsed, stacklevel: int) -> Parsed:
    """Issue one warning for each fault the reader forgave; return ``parsed``."""
    _stream.warn(fmt, parsed.problems, stacklevel + 1)
    return parsed


def parse(
    data: str | bytes,
    *,
    format: ReadFormat | None = None,
    source: str | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
    max_bytes: int | None = limits.MAX_BYTES,
    max_depth: int | None = limits.MAX_DEPTH,
    language: str | None = None,
    heuristics: bool = True,
) -> Parsed:
    """Read one article, the source location of each of its parts, and what the reader forgave.

    Takes the same arguments as :func:`loads`, including the limits ``max_bytes`` and
    ``max_depth``. Each fault the reader forgave is also issued as a
    :class:`~newsmodel.ReadWarning`, as :func:`loads` does.

    Returns:
        The article, a map from model pointers to :class:`~newsmodel.Location`, and the
        problems the reader forgave.

    Raises:
        FormatError: if the format is unknown, cannot be read, or cannot be told.
        ParseError: if the document is not well-formed, or over a limit
            (:class:`~newsmodel.limits.LimitError`, code ``too-large`` or ``too-deep``).
        ValidationError: if it is well-formed but not a valid article.
    """
    options = _options(source, encoding, reference_date, max_bytes, max_depth, language, heuristics)
    fmt, parsed = _read(data, format, options)
    return _warn(fmt, parsed, 2)


def _options(
    source: str | None,
    encoding: str | None,
    reference_date: datetime.date | None,
    max_bytes: int | None,
    max_depth: int | None,
    language: str | None,
    heuristics: bool,
) -> ReadOptions:
    """The reader's options from a reading function's arguments (checked: a bad language
    raises ValidationError)."""
    return ReadOptions(
        source=source,
        encoding=encoding,
        reference_date=reference_date,
        max_bytes=max_bytes,
        max_depth=max_depth,
        language=language,
        heuristics=heuristics,
    )


def _read(data: str | bytes, format: str | None, options: ReadOptions) -> tuple[Format, Parsed]:
    """Read the first article of a document, without issuing warnings; return its format too."""
    raw, implied = _as_bytes(data)
    if options.encoding is None and implied is not None:
        options = attrs.evolve(options, encoding=implied)
    limits.check_size(raw, options.max_bytes, options.source)
    fmt = _reader(raw, format, options.source)
    return fmt, _read_first(fmt, raw, options)


def _read_first(fmt: Format, raw: bytes, options: ReadOptions) -> Parsed:
    if fmt.read is None:
        for parsed in fmt.read_many(raw, options):
            return parsed
        raise ParseError("the document holds no article", Location(source=options.source), "empty")
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
    language: str | None = None,
    heuristics: bool = True,
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
        language: The article's language as a BCP 47 tag ("de", "pt-BR") when the document
            does not state one: the article takes it, and quotes and speakers are looked for
            in its conventions (see :class:`~newsmodel.formats.ReadOptions`).
        heuristics: Find the dateline, quotes and speakers that the markup of a NewsML-G2,
            ninjs or HTML body does not carry (the default); False keeps the markup's only.

    Returns:
        The article. From a container (JSON Lines), the first one.

    Raises:
        FormatError: if the format is unknown, cannot be read, or cannot be told.
        ParseError: if the document is not well-formed; its subclass
            :class:`~newsmodel.limits.LimitError` (code ``too-large`` or ``too-deep``) if it is
            over a limit.
        ValidationError: if it is well-formed but not a valid article, or if ``language`` is
            not a language tag.

    .. versionchanged:: 0.2.0
       ``language`` and ``heuristics`` added.

    >>> import newsmodel
    >>> article = newsmodel.loads('{"headline": "Talks resume"}', format="json")
    >>> article.headline
    'Talks resume'
    """
    options = _options(source, encoding, reference_date, max_bytes, max_depth, language, heuristics)
    fmt, parsed = _read(data, format, options)
    return _warn(fmt, parsed, 2).article


@overload
def loads_all(
    data: str | bytes,
    *,
    format: ReadFormat | None = None,
    source: str | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
    max_bytes: int | None = limits.MAX_BYTES,
    max_depth: int | None = limits.MAX_DEPTH,
    language: str | None = None,
    heuristics: bool = True,
    errors: Literal["raise", "skip"] = "raise",
) -> Iterator[Article]: ...


@overload
def loads_all(
    data: str | bytes,
    *,
    format: ReadFormat | None = None,
    source: str | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
    max_bytes: int | None = limits.MAX_BYTES,
    max_depth: int | None = limits.MAX_DEPTH,
    language: str | None = None,
    heuristics: bool = True,
    errors: Literal["collect"],
) -> Iterator[Record]: ...


def loads_all(
    data: str | bytes,
    *,
    format: ReadFormat | None = None,
    source: str | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
    max_bytes: int | None = limits.MAX_BYTES,
    max_depth: int | None = limits.MAX_DEPTH,
    language: str | None = None,
    heuristics: bool = True,
    errors: OnError = "raise",
) -> Iterator[Article] | Iterator[Record]:
    """Yield every article of a document, lazily: each line of JSON Lines, each item of a
    container; a single-article document yields one.

    Takes the same arguments as :func:`loads`, and ``errors``, as :func:`load_all` does. In
    JSON Lines ``max_bytes`` bounds each line, not the whole document; in other formats it
    bounds the document.

    >>> import newsmodel
    >>> feed = '{"headline": "Talks resume"}\\n{"headline": 5}\\n{"headline": "Ferry back"}\\n'
    >>> for record in newsmodel.api.loads_all(feed, format="jsonl", errors="collect"):
    ...     print(record.line, record.article.headline if record.ok else record.problems[0].code)
    1 Talks resume
    2 wrong-type
    3 Ferry back
    """
    on_error = _stream.check_on_error(errors)
    raw, implied = _as_bytes(data)
    fmt = _reader(raw, format, source)
    encoding = encoding or implied
    options = _options(source, encoding, reference_date, max_bytes, max_depth, language, heuristics)
    if fmt.line_oriented:
        lines = _stream.file_lines(io.BytesIO(raw), b"", max_bytes, owned=False)
        return _stream.deliver(fmt, _stream.line_outcomes(fmt, lines, options), on_error)
    limits.check_size(raw, max_bytes, source)
    return _stream.deliver(fmt, _stream.document_outcomes(fmt, raw, options), on_error)


def read_source(src: Source, max_bytes: int | None = None) -> tuple[bytes, str | None]:
    """Return the bytes of a path or binary file, and its name if it has one.

    With ``max_bytes``, at most ``max_bytes + 1`` bytes are read, so that a huge file, a device
    such as ``/dev/zero`` or an endless stream costs no more memory than the limit; a regular
    file longer than the limit is refused from its size, before anything is read.

    Args:
        src: A path, or a file opened in binary mode.
        max_bytes: The most bytes to accept; None reads everything.

    Raises:
        LimitError: (code ``too-large``) if the source holds more than ``max_bytes`` bytes.
        TypeError: if ``src`` is a file opened in text mode; nothing is read from it then.
        OSError: if the file cannot be read.
    """
    if isinstance(src, io.TextIOBase):
        raise TypeError(_TEXT_MODE.format(function="load", mode="rb"))
    with contextlib.ExitStack() as stack:
        if isinstance(src, str | os.PathLike):
            name: str | None = os.fspath(src)
            handle: BinaryIO = stack.enter_context(open(src, "rb"))
            status = os.fstat(handle.fileno())
            if max_bytes is not None and stat.S_ISREG(status.st_mode):
                limits.check_length(status.st_size, max_bytes, name)
        else:
            handle = src
            given = getattr(src, "name", None)
            name = given if isinstance(given, str) else None
        if max_bytes is None:
            data = handle.read()
        else:
            try:
                data = handle.read(max_bytes + 1)
            except TypeError:  # a file-like object whose read() takes no size: read it whole
                data = handle.read()
    if not isinstance(data, bytes):
        raise TypeError(_TEXT_MODE.format(function="load", mode="rb"))
    if max_bytes is not None and len(data) > max_bytes:
        raise limits.LimitError(
            f"the document is longer than the limit of {max_bytes} bytes (max_bytes)",
            Location(source=name),
            code="too-large",
        )
    return data, name


def _read_within(src: Source, max_bytes: int | None) -> tuple[bytes, str | None]:
    """Do :func:`read_source` within ``max_bytes``: a huge file or an endless device is refused
    after at most ``max_bytes + 1`` bytes, a regular file from its size, before it is read."""
    return read_source(src, max_bytes)


def _open_binary(src: Source) -> tuple[BinaryIO, str | None, bool]:
    """Return a binary stream to read ``src`` from, its name if it has one, and whether it was
    opened here (a path) and so is to be closed here.

    Raises:
        TypeError: if ``src`` is a file opened in text mode.
        OSError: if the path cannot be opened.
    """
    if isinstance(src, str | os.PathLike):
        return open(src, "rb"), os.fspath(src), True
    if isinstance(src, io.TextIOBase):
        raise TypeError(_TEXT_MODE.format(function="load_all", mode="rb"))
    name = getattr(src, "name", None)
    return src, name if isinstance(name, str) else None, False


def load(
    src: Source,
    *,
    format: ReadFormat | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
    max_bytes: int | None = limits.MAX_BYTES,
    max_depth: int | None = limits.MAX_DEPTH,
    language: str | None = None,
    heuristics: bool = True,
) -> Article:
    """Read one article from a file.

    Args:
        src: A path, or a file opened in binary mode.
        format: The format's name; without it, the extension decides, else the bytes are sniffed.
        encoding: An encoding that overrides the document's own declaration.
        reference_date: When the story was filed, to complete dates printed without a year.
        max_bytes: The largest document to read, in bytes; None for no limit.
        max_depth: The deepest nesting to read; None for no limit.
        language: The article's language when the document does not state one (see
            :func:`loads`).
        heuristics: Whether to find what a body's markup does not carry (see :func:`loads`).

    Raises:
        FormatError: if the format is unknown, cannot be read, or cannot be told.
        ParseError: if the document is not well-formed, or over a limit
            (:class:`~newsmodel.limits.LimitError`).
        ValidationError: if it is well-formed but not a valid article.
        TypeError: if ``src`` is a file opened in text mode.
        OSError: if the file cannot be read.
    """
    data, name = _read_within(src, max_bytes)
    options = _options(name, encoding, reference_date, max_bytes, max_depth, language, heuristics)
    fmt, parsed = _read(data, format, options)
    return _warn(fmt, parsed, 2).article


@overload
def load_all(
    src: Source,
    *,
    format: ReadFormat | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
    max_bytes: int | None = limits.MAX_BYTES,
    max_depth: int | None = limits.MAX_DEPTH,
    language: str | None = None,
    heuristics: bool = True,
    errors: Literal["raise", "skip"] = "raise",
) -> Iterator[Article]: ...


@overload
def load_all(
    src: Source,
    *,
    format: ReadFormat | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
    max_bytes: int | None = limits.MAX_BYTES,
    max_depth: int | None = limits.MAX_DEPTH,
    language: str | None = None,
    heuristics: bool = True,
    errors: Literal["collect"],
) -> Iterator[Record]: ...


def load_all(
    src: Source,
    *,
    format: ReadFormat | None = None,
    encoding: str | None = None,
    reference_date: datetime.date | None = None,
    max_bytes: int | None = limits.MAX_BYTES,
    max_depth: int | None = limits.MAX_DEPTH,
    language: str | None = None,
    heuristics: bool = True,
    errors: OnError = "raise",
) -> Iterator[Article] | Iterator[Record]:
    """Yield every article of a file, lazily.

    A JSON Lines file is read from the open file one line at a time, never whole, so a file
    of any size is read in flat memory, and ``max_bytes`` bounds each line (a longer line is a
    bad record, code ``too-large``). A file of another format is read whole, within
    ``max_bytes``, when ``load_all`` is called. A file object is read as the iteration goes:
    keep it open until the iteration ends. A path is opened by ``load_all`` and closed when
    the iteration ends or the iterator is dropped.

    Args:
        src: A path, or a file opened in binary mode.
        format: The format's name; without it, the extension decides, else the first bytes
            are sniffed.
        encoding: An encoding that overrides the document's own declaration.
        reference_date: When the story was filed, to complete dates printed without a year.
        max_bytes: The largest record (a line of JSON Lines) or document to read, in bytes;
            None for no limit.
        max_depth: The deepest nesting to read; None for no limit.
        language: The article's language when the document does not state one (see
            :func:`loads`).
        heuristics: Whether to find what a body's markup does not carry (see :func:`loads`).
        errors: What a record that cannot be read does (its error is a
            :class:`~newsmodel.ParseError` or a :class:`~newsmodel.ValidationError`):

            - ``"raise"`` (the default): the error is raised when the iteration reaches the
              record, with the record's line in its location, and the iteration ends.
            - ``"skip"``: the record is left out with one :class:`~newsmodel.ReadWarning` per
              problem of its error (a :class:`~newsmodel.Problem` of severity ``"error"``,
              placed at the record's line), and the iteration goes on with the next record.
            - ``"collect"``: every record is yielded as a :class:`~newsmodel.api.Record`,
              carrying its article or the problems of its error, and the iteration goes on.

            In formats other than JSON Lines, an error ends the document whatever the mode:
            the records after it cannot be told apart.

    Returns:
        An iterator of articles; with ``errors="collect"``, of
        :class:`~newsmodel.api.Record` objects.

    Raises:
        FormatError: at the call, if the format is unknown, cannot be read, or cannot be told.
        LimitError: at the call, if a document of a format other than JSON Lines is longer
            than ``max_bytes``.
        ParseError: as the iteration reaches a record that is not well-formed or over a
            limit, with ``errors="raise"``.
        ValidationError: as the iteration reaches a record that is not a valid article, with
            ``errors="raise"``.
        TypeError: at the call, if ``src`` is a file opened in text mode.
        ValueError: at the call, if ``errors`` is not one of the three modes.
        OSError: if the file cannot be read.

    .. versionchanged:: 0.2.0
       JSON Lines is streamed, ``max_bytes`` bounds each line, and ``errors`` is new.
    """
    on_error = _stream.check_on_error(errors)
    stream, name, owned = _open_binary(src)
    streaming = False
    try:
        head = _stream.read_head(stream, _TEXT_MODE.format(function="load_all", mode="rb"))
        fmt = _reader(head, format, name)
        options = _options(
            name, encoding, reference_date, max_bytes, max_depth, language, heuristics
        )
        if fmt.line_oriented:
            lines = _stream.file_lines(stream, head, max_bytes, owned)
            outcomes = _stream.line_outcomes(fmt, lines, options)
            streaming = True  # the stream is closed when the iteration ends
            return _stream.deliver(fmt, outcomes, on_error, stream if owned else None)
        size = _stream.regular_size(stream) if owned else None
        if size is not None:  # refused from its size, before it is read
            limits.check_length(size, max_bytes, name)
        data = _stream.read_rest(stream, head, max_bytes, name)
    finally:
        if owned and not streaming:
            stream.close()
    return _stream.deliver(fmt, _stream.document_outcomes(fmt, data, options), on_error)


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
    fmt, lost = _losses(article, format, strict, options)
    if lost:
        warnings.warn(LossWarning(fmt.name, lost), stacklevel=3)
    assert fmt.write is not None  # checked by formats.get
    return fmt, fmt.write(article, options if options is not None else _WRITE_DEFAULTS)


def _losses(
    article: Article, format: str, strict: bool, options: WriteOptions | None
) -> tuple[Format, tuple[str, ...]]:
    """Return the writer, and the fields it cannot carry; in strict mode, refuse to lose any."""
    fmt = formats.get(format, direction="write")
    lost = fmt.losses(article, options if options is not None else _WRITE_DEFAULTS)
    if lost and strict:
        raise SerializeError(
            f"{fmt.name} cannot carry {', '.join(lost)}, and strict mode refuses to leave them out",
            lost[0],
        )
    return fmt, lost


def render(
    article: Article,
    *,
    format: WriteFormat,
    strict: bool = False,
    options: WriteOptions | None = None,
) -> tuple[bytes, tuple[str, ...]]:
    """Write an article as the bytes :func:`dump` would write, and say what was left out,
    without issuing a warning: for callers that report losses themselves (``newsmodel
    convert``, :mod:`newsmodel.dask`).

    Returns:
        The document's bytes, and the pointers of the fields the format cannot carry.

    Raises:
        FormatError: if the format is unknown or cannot be written.
        SerializeError: in strict mode, if the format cannot carry the whole article.

    >>> import newsmodel
    >>> data, lost = render(newsmodel.Article(headline="Talks", keywords=("a",)), format="ninjs")
    >>> lost
    ('/keywords',)
    """
    fmt, lost = _losses(article, format, strict, options)
    assert fmt.write is not None  # checked by formats.get
    text = fmt.write(article, options if options is not None else _WRITE_DEFAULTS)
    return _encode(fmt, text), lost


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
def open_atomic(path: str | os.PathLike[str], *, replace: bool = True) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path`` for writing; on a clean exit it becomes ``path``,
    on any exception (an interrupt too) it is removed, so ``path`` is never half written.

    Readers of ``path`` see the old content or the new, never a part. A new file gets the
    permissions ``open()`` would give it; a replaced file keeps its own. The temporary file is
    created exclusively (never through an existing name or a symbolic link), named
    ``.NAME.newsmodel-XXXXXXXXXXXX.tmp``, and removed in a ``finally``. A symbolic link at
    ``path`` is never followed: with ``replace`` the link itself is replaced by the new file
    (the file it pointed to is untouched); without, it counts as an existing file, dangling or
    not. With ``replace``, a ``path`` that is (or links to) anything but a regular file, such
    as ``/dev/null`` or a FIFO, is refused. This is newsmodel's one implementation of atomic
    writes: :func:`dump`, ``newsmodel convert`` and :mod:`newsmodel.dask` all write through it.

    Args:
        path: The file to write.
        replace: Whether an existing ``path`` is replaced. When false, the file is created only
            if no file of that name exists at the moment it is put in place (a hard link, which
            fails on an existing name, so a file created meanwhile by another process is never
            overwritten).

    Raises:
        FileExistsError: if ``replace`` is false and ``path`` exists; nothing is written.
        OSError: if the file cannot be written, or ``path`` is not a regular file; the target
            is then untouched and no temporary file is left behind.
    """
    target = os.fspath(path)
    try:
        mode: int | None = os.stat(target).st_mode  # through a link: what would be replaced
    except OSError:
        mode = None
    if replace and mode is not None and stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), target)
    if replace and mode is not None and not stat.S_ISREG(mode):  # never /dev/null, a FIFO...
        raise OSError(errno.EINVAL, "not a regular file; only files are replaced", target)
    folder, name = os.path.split(target)
    # A recognisable name, within any file system's limit of 255 bytes for a name.
    short = os.fsdecode(os.fsencode(name)[:200])
    temporary = os.path.join(folder, f".{short}.newsmodel-{secrets.token_hex(6)}.tmp")
    # os.open applies the umask to 0o666, as open() does; mkstemp would make the file 0o600.
    # O_EXCL never opens an existing name, and so never follows a symbolic link.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    created = False
    try:
        handle = os.open(temporary, flags, 0o666)
        created = True  # from os.open on, the finally removes the file, even after Ctrl-C
        with os.fdopen(handle, "wb") as out:
            yield out
        if replace:
            with contextlib.suppress(FileNotFoundError):  # a new file keeps the umask's mode
                status = os.lstat(target)
                if stat.S_ISREG(status.st_mode):
                    os.chmod(temporary, stat.S_IMODE(status.st_mode))
            os.replace(temporary, target)  # replaces a symbolic link itself, never its target
        else:
            _link_new(temporary, target)
    except FileExistsError:
        if not created:  # the temporary name was taken: it is not ours to remove
            temporary = ""
        raise
    finally:
        if temporary:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)


def _link_new(temporary: str, target: str) -> None:
    """Give ``temporary`` the name ``target`` unless a name ``target`` exists (a file, a folder,
    or a symbolic link, even a dangling one)."""
    try:
        os.link(temporary, target)  # fails on any existing name, a dangling link too
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links
        if os.path.lexists(target):
            raise FileExistsError(17, "File exists", target) from None
        os.replace(temporary, target)


def write_atomic(path: str | os.PathLike[str], data: bytes, *, replace: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then put it in
    place (see :func:`open_atomic`).

    Raises:
        FileExistsError: if ``replace`` is false and ``path`` exists.
        OSError: if the file cannot be written; the target is then untouched and no temporary
            file is left behind.
    """
    with open_atomic(path, replace=replace) as out:
        out.write(data)
