"""Errors, warnings, problems and locations.

Every error newsmodel raises on bad input is a :class:`NewsModelError`::

    NewsModelError(Exception)
    ├── FormatError(NewsModelError, ValueError)      unknown format, or a direction it cannot go
    ├── ParseError(NewsModelError, ValueError)       not well-formed: .message, .location
    ├── ValidationError(NewsModelError, ValueError)  well-formed but wrong: .problems, all collected
    └── SerializeError(NewsModelError, ValueError)   not expressible in the target: .pointer

    NewsModelWarning(UserWarning)
    ├── ReadWarning(NewsModelWarning)                a reader forgave a fault: .problem
    └── LossWarning(NewsModelWarning)                a writer could not carry some fields

Exceptions are frozen attrs classes with positional fields, so that they pickle (worker processes
send them back) and compare by value.
"""

from collections.abc import Iterable

import attrs

__all__ = [
    "FormatError",
    "Location",
    "LossWarning",
    "NewsModelError",
    "NewsModelWarning",
    "ParseError",
    "Problem",
    "ReadWarning",
    "SerializeError",
    "Severity",
    "ValidationError",
    "join_pointer",
]

Severity = str
"""A problem's severity: ``"error"`` or ``"warning"``."""


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def join_pointer(*tokens: str | int) -> str:
    """Build an RFC 6901 JSON pointer from reference tokens.

    >>> join_pointer("sections", 0, "blocks", 2, "text")
    '/sections/0/blocks/2/text'
    """
    return "".join(f"/{_escape(str(token))}" for token in tokens)


@attrs.frozen(kw_only=True)
class Location:
    """Where something is in a source document.

    Attributes:
        source: The file name, or None for in-memory data.
        line: 1-based line.
        column: 1-based column.
        xpath: An XPath into an XML or HTML document.
        pointer: An RFC 6901 JSON pointer into the article (``/sections/0/blocks/2``).
    """

    source: str | None = None
    line: int | None = None
    column: int | None = None
    xpath: str | None = None
    pointer: str | None = None

    def __str__(self) -> str:
        place = self.source or "<input>"
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        if self.xpath:
            place += f" [{self.xpath}]"
        if self.pointer is not None:
            place += f" #{self.pointer}"
        return place

    def within(self, prefix: str, source: str | None = None) -> "Location":
        """Return this location with ``prefix`` before its pointer, and ``source`` filled in."""
        return attrs.evolve(
            self,
            pointer=prefix + (self.pointer or ""),
            source=self.source if self.source is not None else source,
        )

    def in_file(self, source: str | None = None, line: int | None = None) -> "Location":
        """Return this location placed in a file: ``source`` filled in when it has none, and,
        for a document that is line ``line`` of the file (a line of JSON Lines), its line made
        relative to the file.

        >>> Location(line=1, column=5).in_file("batch.jsonl", 3)
        Location(source='batch.jsonl', line=3, column=5, xpath=None, pointer=None)
        """
        source_name = self.source if self.source is not None else source
        absolute = self.line if line is None else line + (self.line or 1) - 1
        if source_name == self.source and absolute == self.line:
            return self
        return attrs.evolve(self, source=source_name, line=absolute)


@attrs.frozen
class Problem:
    """One thing wrong with a document or an article.

    Attributes:
        code: A stable kebab-case slug (``missing-headline``); the list is in the docs.
        severity: ``"error"`` or ``"warning"``.
        message: A sentence a person understands.
        location: Where it is.
    """

    code: str
    severity: Severity
    message: str
    location: Location = Location()

    def __str__(self) -> str:
        return f"{self.location}: {self.severity} {self.code}: {self.message}"


class NewsModelError(Exception):
    """The base class of every error newsmodel raises on bad input or a bad request.

    Errors compare and hash by class and arguments (attrs leaves exceptions comparing by
    identity), so that an error sent back from a worker process equals the one raised there.
    """

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NewsModelError) or type(other) is not type(self):
            return NotImplemented
        return self.args == other.args

    def __hash__(self) -> int:
        return hash((type(self), self.args))


@attrs.frozen
class FormatError(NewsModelError, ValueError):
    """An unknown format name, a format that cannot be inferred, or a direction a format lacks."""

    message: str

    def __str__(self) -> str:
        return self.message


@attrs.frozen
class ParseError(NewsModelError, ValueError):
    """The input is not well-formed (broken JSON or XML, undecodable bytes). Raised at the first
    fault.

    Attributes:
        message: What is wrong.
        location: Where, as precisely as the reader knows.
        code: A stable problem code (``invalid-json``).
    """

    message: str
    location: Location = Location()
    code: str = "parse-error"

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"

    @property
    def problems(self) -> tuple[Problem, ...]:
        """This error as a one-problem tuple, for reporters that handle both error kinds."""
        return (Problem(self.code, "error", self.message, self.location),)


@attrs.frozen
class ValidationError(NewsModelError, ValueError):
    """The input is well-formed but does not make a valid article; every problem found is listed.

    Attributes:
        problems: What is wrong, each with its place.
    """

    problems: tuple[Problem, ...]

    def __str__(self) -> str:
        if len(self.problems) == 1:
            return str(self.problems[0])
        return f"{len(self.problems)} problems:\n" + "\n".join(f"  {p}" for p in self.problems)

    def within(self, prefix: str, source: str | None = None) -> "ValidationError":
        """Return the same problems with ``prefix`` put before their pointers."""
        return ValidationError(
            tuple(
                attrs.evolve(p, location=p.location.within(prefix, source)) for p in self.problems
            )
        )


@attrs.frozen
class SerializeError(NewsModelError, ValueError):
    """The article cannot be written in the target format, or strict mode refused a lossy write.

    Attributes:
        message: What cannot be written.
        pointer: The JSON pointer of the offending field.
    """

    message: str
    pointer: str | None = None

    def __str__(self) -> str:
        return self.message if self.pointer is None else f"#{self.pointer}: {self.message}"


class NewsModelWarning(UserWarning):
    """The base class of newsmodel's warnings."""


class ReadWarning(NewsModelWarning):
    """A reader forgave a fault in a document that breaks its standard (an offset like ``+0100``,
    elements out of order, an unknown property) and read it anyway.

    Readers return what they forgave as data (:attr:`newsmodel.formats.Parsed.problems`); the
    public API (:func:`newsmodel.load`, :func:`newsmodel.loads` ...) issues one warning per
    problem, of the class the format names (:class:`ReadWarning` or a subclass of it).

    Attributes:
        problem: What was forgiven: a :class:`Problem` of severity "warning" with a stable code
            (listed in the manual's problem codes) and its place.
    """

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))

    def __reduce__(self) -> tuple[type["ReadWarning"], tuple[Problem]]:
        # The default rebuilds a warning from its message alone, which __init__ does not take.
        return type(self), (self.problem,)


class LossWarning(NewsModelWarning):
    """A writer could not carry some fields of the article; ``fields`` lists their pointers."""

    def __init__(self, format: str, fields: Iterable[str]) -> None:
        self.format = format
        self.fields = tuple(fields)
        super().__init__(f"{format} cannot carry {', '.join(self.fields)}: they were left out")

    def __reduce__(self) -> tuple[type["LossWarning"], tuple[str, tuple[str, ...]]]:
        # The default rebuilds a warning from its message alone, which __init__ does not take.
        return type(self), (self.format, self.fields)
