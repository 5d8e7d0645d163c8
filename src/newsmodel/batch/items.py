"""The articles of one document, each with what was forgiven or why it could not be read, placed
in the file: what ``newsmodel validate`` checks and ``newsmodel convert`` converts.
"""

from collections.abc import Iterator, Mapping

import attrs

from newsmodel.errors import Location, ParseError, Problem, ValidationError
from newsmodel.formats import Format, Parsed, ReadOptions
from newsmodel.formats._json_text import split_line_bytes

__all__ = ["Item", "iter_items", "locate", "locate_problem", "place"]


def locate(location: Location, source: str, line: int | None = None) -> Location:
    """Return ``location`` placed in file ``source`` (see :meth:`Location.in_file`)."""
    return location.in_file(source, line)


def _nearest(locations: Mapping[str, Location], pointer: str) -> Location | None:
    if not locations:
        return None
    while True:
        found = locations.get(pointer)
        if found is not None:
            return found
        if not pointer:
            return None
        pointer = pointer.rpartition("/")[0]


def locate_problem(problem: Problem, parsed: Parsed, source: str, line: int | None) -> Problem:
    """Place a problem that :func:`newsmodel.validate` found in an article in the source
    document: the source position of the nearest part the reader located, and the problem's
    pointer."""
    pointer = problem.location.pointer
    nearest = _nearest(parsed.locations, pointer) if pointer is not None else None
    base = problem.location if nearest is None else attrs.evolve(nearest, pointer=pointer)
    return attrs.evolve(problem, location=locate(base, source, line))


def _placed(problems: tuple[Problem, ...], source: str, line: int | None) -> tuple[Problem, ...]:
    return tuple(attrs.evolve(p, location=p.location.in_file(source, line)) for p in problems)


def place(parsed: Parsed, source: str, line: int | None = None) -> Parsed:
    """Return ``parsed`` with the locations of its parts and of the problems its reader forgave
    placed in the file (see :meth:`Parsed.in_file <newsmodel.formats.Parsed.in_file>`)."""
    return parsed.in_file(source, line)


@attrs.frozen(kw_only=True)
class Item:
    """One article of a document, or the problems that kept it from being read.

    Attributes:
        number: The 1-based position of the item in the document.
        line: The line the item is on, in formats of one article per line.
        parsed: The article, its source locations and what its reader forgave, all placed in the
            file; None if it could not be read.
        problems: Why it could not be read, each placed in the file.
    """

    number: int
    line: int | None = None
    parsed: Parsed | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def label(self) -> str:
        """How the item is told apart from the other items of its document: its line number,
        else its position."""
        return str(self.line if self.line is not None else self.number)


def _line_items(data: bytes, fmt: Format, options: ReadOptions) -> Iterator[Item]:
    source = options.source or ""
    count = 0
    for line, raw in split_line_bytes(data):
        if not raw.strip():
            continue
        count += 1
        try:
            parsed = list(fmt.read_many(raw, options))
        except (ParseError, ValidationError) as exc:
            yield Item(number=count, line=line, problems=_placed(exc.problems, source, line))
            continue
        for one in parsed:
            yield Item(number=count, line=line, parsed=place(one, source, line))


def _document_items(data: bytes, fmt: Format, options: ReadOptions) -> Iterator[Item]:
    source = options.source or ""
    number = 0
    try:
        for parsed in fmt.read_many(data, options):
            number += 1
            yield Item(number=number, parsed=place(parsed, source))
    except (ParseError, ValidationError) as exc:
        yield Item(number=number + 1, problems=_placed(exc.problems, source, None))


def iter_items(
    data: bytes, fmt: Format, source: str, reading: ReadOptions | None = None
) -> Iterator[Item]:
    """Yield the articles of a document in format ``fmt``, lazily, each as an :class:`Item`.

    In a format of one article per line, a bad line gives an item with problems and reading goes
    on with the next line; in other formats, the first error ends the document. A document that
    holds no article gives one item with an ``empty`` problem.

    Args:
        data: The document's bytes.
        fmt: Its format.
        source: Its name, for locations.
        reading: The reader's options besides the source (``language``, ``heuristics``, the
            limits); the defaults when None.

    Raises:
        FormatError: if the reader cannot read the document at all; other errors of the reader
            (bugs) propagate too.
    """
    read = _line_items if fmt.line_oriented else _document_items
    options = attrs.evolve(reading or ReadOptions(), source=source)
    items = read(data, fmt, options)
    empty = True
    for item in items:
        empty = False
        yield item
    if empty:
        problem = Problem(
            "empty", "error", "the document holds no article", Location(source=source)
        )
        yield Item(number=1, problems=(problem,))
