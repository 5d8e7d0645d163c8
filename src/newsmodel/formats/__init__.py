"""The format registry: each format's name, extensions, reader, writer and sniffer.

A format module (``formats/json.py``, ``formats/text.py`` ...) holds both directions of one format
and registers itself here by adding a :class:`Format` to :data:`FORMATS` in
:func:`_register_builtin`. The registry is a plain dict; there are no plugin entry points.

A reader takes bytes and returns :class:`Parsed`: the article, the source location of each part
it read, keyed by model pointer, and the faults it forgave, as data. Readers never issue Python
warnings: only :mod:`newsmodel.api` turns ``Parsed.problems`` into :class:`~newsmodel.ReadWarning`
objects, so that threads and processes reading many documents at once never mix them up.

A container reader (JSONL, a NewsML-G2 newsMessage) yields one
:class:`Parsed` per article. A writer takes an article and returns text; ``losses`` names the fields
the format cannot carry, so that the API can warn or, in strict mode, refuse.
"""

import datetime
import os
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Literal

import attrs

from newsmodel import limits
from newsmodel.errors import FormatError, Location, Problem, ReadWarning, ValidationError
from newsmodel.model import Article

__all__ = [
    "FORMATS",
    "SNIFF_BYTES",
    "Format",
    "Parsed",
    "ReadFormat",
    "ReadOptions",
    "WriteFormat",
    "WriteOptions",
    "detect",
    "format_for_path",
    "get",
    "readable_names",
    "sniff",
]

ReadFormat = Literal["json", "jsonl", "newsml", "ninjs", "html", "text"]
"""The names of the formats newsmodel can read."""

WriteFormat = Literal["json", "jsonl", "newsml", "ninjs", "html", "text", "markdown"]
"""The names of the formats newsmodel can write."""


@attrs.frozen(kw_only=True)
class Parsed:
    """What a reader returns: the article, where each part of it came from, and what the reader
    forgave to read it.

    Attributes:
        article: The article read.
        locations: Source locations keyed by model pointer (``/sections/0/blocks/2``); a reader
            that tracks none returns an empty map.
        problems: The faults the reader forgave (a padded date, elements out of order, an unknown
            property), each a :class:`~newsmodel.Problem` of severity "warning" with its own
            code and place, in document order.

    .. versionchanged:: 0.2.0
       ``problems`` added: readers no longer issue warnings themselves.
    """

    article: Article
    locations: Mapping[str, Location] = attrs.field(factory=dict)
    problems: tuple[Problem, ...] = ()

    def in_file(self, source: str | None = None, line: int | None = None) -> "Parsed":
        """Return this result with the locations of its parts and of its problems placed in a
        file (see :meth:`~newsmodel.Location.in_file`)."""
        if not self.locations and not self.problems:
            return self
        locations = {key: loc.in_file(source, line) for key, loc in self.locations.items()}
        problems = tuple(
            attrs.evolve(p, location=p.location.in_file(source, line)) for p in self.problems
        )
        return attrs.evolve(self, locations=locations, problems=problems)


def _option_problem(name: str, message: str) -> ValidationError:
    return ValidationError(
        (Problem("invalid-value", "error", message, Location(pointer=f"/{name}")),)
    )


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")


def _check_language(
    _options: object, attribute: "attrs.Attribute[str | None]", value: object
) -> None:
    if value is not None and (not isinstance(value, str) or _LANGUAGE_TAG.fullmatch(value) is None):
        raise _option_problem(
            attribute.name,
            f"language must be a BCP 47 language tag such as 'de' or 'pt-BR', not {value!r}",
        )


@attrs.frozen(kw_only=True)
class ReadOptions:
    """What a reader is told besides the bytes.

    Attributes:
        source: The file name, for locations in errors.
        encoding: The encoding to decode with, overriding what the document declares: "utf-8"
            when the caller passed a ``str``, or the charset of an HTTP header.
        reference_date: The date the story was filed, for completing dates without a year.
        max_bytes: The largest document to read, in bytes; None for no limit. Over it, the
            reader raises :class:`~newsmodel.limits.LimitError` with code ``too-large``.
        max_depth: The deepest nesting of elements (or of JSON arrays and objects) to read;
            None for no limit. Over it: :class:`~newsmodel.limits.LimitError`, ``too-deep``.
        heuristics: Find the dateline, quotes and speakers that a body's markup does not carry
            (NewsML-G2 and ninjs bodies of plain paragraphs, web pages), as the text reader
            does; False keeps what the markup says only. Plain text has no markup: its reader
            always looks.
        language: The article's language as a BCP 47 tag ("de", "pt-BR"), for documents that do
            not state one (plain text always; a page without ``lang``, a NewsML-G2 item or
            ninjs document without a language): it becomes the article's ``language`` and
            chooses the quotation marks, dash quotes and word order the quote and speaker
            finding expects. A language the document states wins; newsmodel's own JSON and
            HTML are read as they are. Checked when built: a value that is not a language tag
            raises :class:`~newsmodel.errors.ValidationError` (``invalid-value`` at
            ``/language``).

    .. versionchanged:: 0.2.0
       ``language`` added.
    """

    source: str | None = None
    encoding: str | None = None
    reference_date: datetime.date | None = None
    max_bytes: int | None = limits.MAX_BYTES
    max_depth: int | None = limits.MAX_DEPTH
    heuristics: bool = True
    language: str | None = attrs.field(default=None, validator=_check_language)


_NINJS_DEFAULT = "3.1"
"""The ninjs version written by default: the newest (``ninjs._spec.DEFAULT_VERSION``)."""


def _check_ninjs_version(_options: object, attribute: "attrs.Attribute[str]", value: str) -> None:
    if value == _NINJS_DEFAULT:
        return  # the default options are built while the format modules are imported
    # Imported here: the ninjs package imports this module.
    from newsmodel.formats.ninjs._spec import VERSIONS

    if value not in VERSIONS:
        raise _option_problem(
            attribute.name,
            f"unknown ninjs version {value!r}; newsmodel writes {', '.join(VERSIONS)}",
        )


def _check_newsml_body(_options: object, attribute: "attrs.Attribute[str]", value: str) -> None:
    if value not in ("xhtml", "nitf"):
        raise _option_problem(
            attribute.name, f"newsml_body must be 'xhtml' or 'nitf', not {value!r}"
        )


def _check_now(
    _options: object, attribute: "attrs.Attribute[datetime.datetime | None]", value: object
) -> None:
    if value is not None and (
        not isinstance(value, datetime.datetime) or value.utcoffset() is None
    ):
        raise _option_problem(
            attribute.name, f"now must be a timezone-aware datetime or None, not {value!r}"
        )


@attrs.frozen(kw_only=True)
class WriteOptions:
    """What a writer is told besides the article. Each option names the format it applies to.

    The options are checked when built: an unknown ``ninjs_version`` or ``newsml_body`` raises
    :class:`~newsmodel.errors.ValidationError` (``invalid-value`` at ``/ninjs_version``) at once,
    not when a writer runs.

    Attributes:
        ninjs_version: The ninjs version to write: "1.0" to "3.1"; the default is the newest.
        newsml_body: How a NewsML-G2 item carries the body: "xhtml" or "nitf".
        now: The time of writing (timezone-aware), which NewsML-G2 writes as ``versionCreated``
            for an article without ``modified`` or ``published``. None: the time given by the
            ``SOURCE_DATE_EPOCH`` environment variable if it is set (for reproducible builds),
            else the clock.

    .. versionchanged:: 0.2
       Options are checked when built; ``now`` is new.
    """

    ninjs_version: str = attrs.field(default=_NINJS_DEFAULT, validator=_check_ninjs_version)
    newsml_body: Literal["xhtml", "nitf"] = attrs.field(
        default="xhtml", validator=_check_newsml_body
    )
    now: datetime.datetime | None = attrs.field(default=None, validator=_check_now)


Reader = Callable[[bytes, ReadOptions], Parsed]
"""``read(data, options)``: one article from a document's bytes."""

AllReader = Callable[[bytes, ReadOptions], Iterator[Parsed]]
"""``read_all(data, options)``: every article in a container document, lazily."""

Writer = Callable[[Article, WriteOptions], str]
"""``write(article, options)``: the article as a document."""

Sniffer = Callable[[bytes], bool]
"""``sniff(head)``: whether the first bytes of a document look like this format."""


def _no_losses(_article: Article, _options: WriteOptions) -> tuple[str, ...]:
    return ()


@attrs.frozen(kw_only=True)
class Format:
    """One format in the registry.

    Attributes:
        name: The registry key, ``format=`` value and CLI value.
        description: One line for ``newsmodel formats``.
        extensions: File extensions, lower case with the dot, the preferred one first.
        read: The reader, or None if the format is write-only.
        read_all: The container reader; formats that hold one article use ``read``.
        write: The writer, or None if the format is read-only.
        losses: The pointers of the fields of an article that ``write`` cannot carry with the
            given options (``/dateline``, ``/keywords``); empty when nothing is lost.
        sniff: Whether a document's first bytes look like this format.
        media_type: The IANA media type of written documents.
        line_oriented: Whether a document holds one article per line (JSON Lines): such
            documents can be concatenated and cut into ranges of lines, and a bad line does not
            stop the lines after it.
        json_based: Whether documents are JSON (each line, for a line-oriented format), so that a
            JSON Schema can check them.
        warning: The warning class the API issues for each problem the reader forgave.
        owns_schema: For a JSON-based format, whether a JSON Schema (the parsed document) is one
            of this format's own, so that checking files against it implies reading them in
            this format (``newsmodel validate --schema``).
    """

    name: str
    description: str
    extensions: tuple[str, ...]
    read: Reader | None = None
    read_all: AllReader | None = None
    write: Writer | None = None
    losses: Callable[[Article, WriteOptions], tuple[str, ...]] = _no_losses
    sniff: Sniffer | None = None
    media_type: str = "application/octet-stream"
    line_oriented: bool = False
    json_based: bool = False
    warning: type[ReadWarning] = ReadWarning
    owns_schema: Callable[[Mapping[str, object]], bool] | None = None

    @property
    def xml_based(self) -> bool:
        """Whether documents are XML, so that an XML Schema can check them."""
        return self.media_type.endswith(("/xml", "+xml"))

    @property
    def readable(self) -> bool:
        """Whether newsmodel can read this format."""
        return self.read is not None or self.read_all is not None

    @property
    def writable(self) -> bool:
        """Whether newsmodel can write this format."""
        return self.write is not None

    def read_many(self, data: bytes, options: ReadOptions) -> Iterator[Parsed]:
        """Yield every article in ``data``: the container reader's, else the single one."""
        if self.read_all is not None:
            return self.read_all(data, options)
        if self.read is None:
            raise FormatError(f"newsmodel cannot read {self.name}")
        return iter((self.read(data, options),))


SNIFF_BYTES = 4096
"""How many leading bytes of a document the sniffers see."""

FORMATS: dict[str, Format] = {}
"""Every registered format by name."""


def get(name: str, *, direction: Literal["read", "write"] | None = None) -> Format:
    """Return the format called ``name``.

    Raises:
        FormatError: if there is no such format, or it cannot go in ``direction``.
    """
    try:
        fmt = FORMATS[name]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise FormatError(f"unknown format {name!r}; known formats: {known}") from None
    if direction == "read" and not fmt.readable:
        raise FormatError(f"newsmodel cannot read {name}; it can only write it")
    if direction == "write" and fmt.write is None:
        raise FormatError(f"newsmodel cannot write {name}; it can only read it")
    return fmt


def format_for_path(path: str | os.PathLike[str]) -> Format | None:
    """Return the format whose extension ``path`` has, or None."""
    name = os.fspath(path).lower()
    best: Format | None = None
    best_length = 0
    for fmt in FORMATS.values():
        for ext in fmt.extensions:
            # The longest matching extension wins (".ninjs.json" over ".json").
            if name.endswith(ext) and len(ext) > best_length:
                best, best_length = fmt, len(ext)
    return best


def sniff(data: bytes) -> Format | None:
    """Return the first registered readable format whose sniffer accepts ``data``'s first bytes."""
    head = data[:SNIFF_BYTES]
    for fmt in FORMATS.values():
        if fmt.sniff is not None and fmt.readable and fmt.sniff(head):
            return fmt
    return None


def readable_names() -> str:
    """The names of the formats newsmodel reads, sorted and comma-separated, for messages."""
    return ", ".join(sorted(name for name, fmt in FORMATS.items() if fmt.readable))


def detect(
    data: bytes,
    path: str | None = None,
    chosen: Format | None = None,
    *,
    advice: str = "pass format=",
) -> Format:
    """Decide the format to read a document with; the one detection of every caller (the API,
    ``newsmodel validate``, ``newsmodel convert`` and :mod:`newsmodel.dask`).

    1. ``chosen``, when the caller names a format, is taken as it is.
    2. The extension of ``path`` decides, unless the bytes contradict it: a ``.json`` file is
       newsmodel JSON when it says so (its ``newsmodel`` version key) and ninjs when it looks like
       ninjs; a name whose format's sniffer refuses the bytes gives way to the format that
       accepts them.
    3. Without a known extension, the first format whose sniffer accepts the first bytes.

    Args:
        data: The document, or at least its first :data:`SNIFF_BYTES` bytes.
        path: The file name, if there is one.
        chosen: The format the caller named, if any.
        advice: How the caller's user names a format, for the error message (``pass --from``
            on the command line).

    Raises:
        FormatError: if the format cannot be told, or ``chosen`` or the extension names a format
            that newsmodel can only write and the bytes look like nothing it reads.

    >>> detect(b'{"uri": "urn:example:1", "headlines": []}', "story.json").name
    'ninjs'
    >>> detect(b'{"newsmodel": 1, "headline": "Talks resume"}', "story.json").name
    'json'
    >>> detect(b"<html><body><p>Hi</p></body></html>").name
    'html'
    """
    if chosen is not None:
        if not chosen.readable:
            raise FormatError(f"newsmodel cannot read {chosen.name}; it can only write it")
        return chosen
    head = data[:SNIFF_BYTES]
    by_extension = format_for_path(path) if path is not None else None
    if by_extension is not None and by_extension.readable:
        if by_extension.sniff is None or by_extension.sniff(head):
            return by_extension
        other = sniff(head)
        return other if other is not None else by_extension
    sniffed = sniff(head)
    if sniffed is not None:
        return sniffed
    if by_extension is not None:
        raise FormatError(
            f"{path} is named like {by_extension.name}, which newsmodel can write but not read, "
            f"and its bytes look like no format it reads; {advice} (one of {readable_names()})"
        )
    where = f" of {path}" if path else ""
    raise FormatError(f"cannot tell the format{where}; {advice} (one of {readable_names()})")


_BUILTIN = ("json", "newsml", "ninjs", "html", "text", "markdown")
"""The modules of :mod:`newsmodel.formats` that provide formats, each in ``FORMATS_PROVIDED``."""


def _register_builtin() -> None:
    import importlib

    for module_name in _BUILTIN:
        module = importlib.import_module(f"newsmodel.formats.{module_name}")
        for fmt in module.FORMATS_PROVIDED:
            FORMATS[fmt.name] = fmt


_register_builtin()
