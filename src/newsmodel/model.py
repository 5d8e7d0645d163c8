"""The news-article model: frozen attrs classes, no I/O.

Every class is ``@attrs.frozen(kw_only=True)``: instances are immutable and hashable, sequences are
tuples, and changes go through :func:`attrs.evolve`. Attribute names are the JSON keys of the
``json`` format, so a model pointer such as ``/sections/0/blocks/2/text`` is also a JSON pointer.

Constructors check only the invariants without which an object is meaningless (a non-empty
headline, timezone-aware datetimes, a quote span that matches its paragraph, a real calendar date in
a dateline). A violation raises :class:`~newsmodel.errors.ValidationError` carrying one
:class:`~newsmodel.errors.Problem` whose pointer is relative to the object being built. Editorial
rules (an empty body, a future date) live in :mod:`newsmodel.validation`.

No ``from __future__ import annotations`` here: cattrs reads these annotations at run time.
"""

import calendar
import datetime
import enum
import re
import unicodedata
from collections.abc import Iterator
from typing import Any, assert_never

import attrs

from newsmodel.errors import Location, Problem, ValidationError

__all__ = [
    "Article",
    "Block",
    "BlockQuote",
    "Dateline",
    "Figure",
    "ListBlock",
    "Media",
    "MediaKind",
    "Note",
    "NoteKind",
    "Paragraph",
    "Person",
    "Quote",
    "Section",
    "Subject",
]

# Words joined by apostrophes, hyphens and dots ("don't", "well-known", "U.S."), and numbers by
# thousands separators ("1,200").
_WORD = re.compile(r"\w+(?:(?:['\u2019\-.]|(?<=\d),(?=\d))\w+)*")
_JOINERS = frozenset("'\u2019-.")


def _is_mark(char: str) -> bool:
    """Whether ``char`` is a combining mark, which ``\\w`` does not match."""
    return unicodedata.category(char).startswith("M")


def _count_words(text: str) -> int:
    """Count the words of ``text``.

    A word is a run of letters, digits and combining marks, which apostrophes, hyphens and dots
    may join ("don't", "well-known", "U.S."), as thousands separators join numbers ("1,200").
    ``\\w`` misses combining marks (Devanagari vowel signs, Arabic harakat), so a run of ``\\w``
    that follows a mark continues the same word.
    """
    count = 0
    for match in _WORD.finditer(text):
        start = match.start()
        if start and (
            _is_mark(text[start - 1])
            or (start > 1 and text[start - 1] in _JOINERS and _is_mark(text[start - 2]))
        ):
            continue
        count += 1
    return count


def _invalid(code: str, message: str, pointer: str) -> ValidationError:
    """Build the error a constructor raises for a broken invariant."""
    return ValidationError((Problem(code, "error", message, Location(pointer=pointer)),))


def _aware(name: str) -> Any:
    """Return an attrs validator that rejects naive datetimes in field ``name``."""

    def check(_instance: object, _attribute: object, value: datetime.datetime | None) -> None:
        if value is not None and value.utcoffset() is None:
            raise _invalid(
                "naive-datetime",
                f"{name} must be timezone-aware (got {value.isoformat()}, which has no UTC offset)",
                f"/{name}",
            )

    return check


def _repr(self: Any) -> str:
    """A repr that shows only the fields that differ from their defaults."""
    shown = []
    for field in attrs.fields(type(self)):
        value = getattr(self, field.name)
        # The model's defaults are plain values (None, (), enum members), never factories.
        if field.default is attrs.NOTHING or value != field.default:
            shown.append(f"{field.name}={value!r}")
    return f"{type(self).__name__}({', '.join(shown)})"


class MediaKind(enum.StrEnum):
    """What a :class:`Media` item is."""

    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"
    GRAPHIC = "graphic"
    EMBED = "embed"


class NoteKind(enum.StrEnum):
    """What a :class:`Note` says about the article."""

    CORRECTION = "correction"
    CLARIFICATION = "clarification"
    EDITORS_NOTE = "editors-note"
    UPDATE = "update"
    TRAILER = "trailer"
    """An agency's end-of-story mark or sign-off ("Reuter", "Enditem", "(dpa)")."""
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Person:
    """A person named by the article: an author, a photographer, or the speaker of a quote.

    Attributes:
        name: The fullest name the article gives ("Sergei Lavrov").
        title: A job title or honorific, without the name ("Foreign Minister").
        organization: Who the person works for ("Associated Press").
        role: The part the person plays for this article ("author", "photographer", "editor").
    """

    __repr__ = _repr

    name: str
    title: str | None = None
    organization: str | None = None
    role: str | None = None


@attrs.frozen(kw_only=True)
class Quote:
    """A direct quotation inside a :class:`Paragraph`, kept as a stand-off span.

    ``paragraph.text[quote.start:quote.end] == quote.text``: the span covers the quoted words
    without the quotation marks.

    Attributes:
        text: The quoted words, without the marks.
        speaker: Who said it, if the article says.
        start: Offset of the first quoted character in the paragraph's text.
        end: Offset just past the last quoted character.
    """

    __repr__ = _repr

    text: str
    speaker: Person | None = None
    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise _invalid(
                "quote-span-mismatch",
                f"quote span [{self.start}:{self.end}] must have 0 <= start <= end",
                "/start",
            )
        if self.end - self.start != len(self.text):
            raise _invalid(
                "quote-span-mismatch",
                f"quote span [{self.start}:{self.end}] is {self.end - self.start} characters "
                f"long but the quote's text has {len(self.text)}",
                "/end",
            )


@attrs.frozen(kw_only=True)
class Paragraph:
    """One paragraph of body text, without hard line wraps, with the direct quotes it holds.

    Attributes:
        text: The paragraph's text.
        quotes: The direct quotes inside ``text``, in order of their start.
    """

    __repr__ = _repr

    text: str
    quotes: tuple[Quote, ...] = ()

    def __attrs_post_init__(self) -> None:
        for index, quote in enumerate(self.quotes):
            if quote.end > len(self.text):
                raise _invalid(
                    "quote-span-mismatch",
                    f"quote {index} ends at {quote.end}, past the end of the paragraph's "
                    f"{len(self.text)} characters",
                    f"/quotes/{index}",
                )
            if self.text[quote.start : quote.end] != quote.text:
                raise _invalid(
                    "quote-span-mismatch",
                    f"quote {index} says text[{quote.start}:{quote.end}] is {quote.text!r}, "
                    f"but the paragraph has {self.text[quote.start : quote.end]!r} there",
                    f"/quotes/{index}",
                )


@attrs.frozen(kw_only=True)
class BlockQuote:
    """A quotation set off from the body, with its speaker if the article names one.

    Attributes:
        text: The quoted text, without the marks.
        speaker: Who said or wrote it.
    """

    __repr__ = _repr

    text: str
    speaker: Person | None = None


@attrs.frozen(kw_only=True)
class Media:
    """An image, video, audio clip, graphic or embedded post.

    Attributes:
        kind: What the item is.
        url: Where it can be fetched.
        caption: The caption as printed.
        credit: The credit line, without words such as "Photo:" ("EPA/ITAR-TASS").
        alt: Alternative text for readers who cannot see it.
    """

    __repr__ = _repr

    kind: MediaKind = MediaKind.IMAGE
    url: str | None = None
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None


@attrs.frozen(kw_only=True)
class Figure:
    """A media item placed in the body.

    Attributes:
        media: The item shown.
    """

    __repr__ = _repr

    media: Media


@attrs.frozen(kw_only=True)
class ListBlock:
    """A bulleted or numbered list in the body.

    Attributes:
        items: The items' texts, in order.
        ordered: True for a numbered list.
    """

    __repr__ = _repr

    items: tuple[str, ...] = ()
    ordered: bool = False


Block = Paragraph | BlockQuote | Figure | ListBlock
"""A block of body content. In JSON a block carries ``"type"``: ``paragraph``, ``blockquote``,
``figure`` or ``list``."""


@attrs.frozen(kw_only=True)
class Section:
    """A run of body blocks under one heading.

    Attributes:
        heading: The section's heading; None for the lead section.
        blocks: The section's content in reading order.
    """

    __repr__ = _repr

    heading: str | None = None
    blocks: tuple[Block, ...] = ()


@attrs.frozen(kw_only=True)
class Dateline:
    """The dateline at the head of a story, as printed and as parts.

    A dateline's date usually has no year: ``year`` is set only when the text or a reference date
    gives one, never invented.

    Attributes:
        text: The dateline as printed ("ROSTOV ON DON, October 28 (Itar-Tass)").
        place: The city or place ("ROSTOV ON DON").
        region: A state or region ("Calif.").
        country: A country ("Lebanon").
        year: The year, when known.
        month: The month, 1 to 12.
        day: The day of the month.
        source: The agency named in the dateline ("Itar-Tass").
    """

    __repr__ = _repr

    text: str
    place: str | None = None
    region: str | None = None
    country: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    source: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.month is not None and not 1 <= self.month <= 12:
            raise _invalid(
                "impossible-dateline-date",
                f"dateline month must be 1 to 12, not {self.month}",
                "/month",
            )
        if self.year is not None and not 1 <= self.year <= 9999:
            raise _invalid(
                "impossible-dateline-date",
                f"dateline year must be 1 to 9999, not {self.year}",
                "/year",
            )
        if self.day is not None:
            if self.month is None:
                raise _invalid("impossible-dateline-date", "a dateline day needs a month", "/day")
            # Without a year, allow February 29 (2000 is a leap year).
            last = calendar.monthrange(self.year if self.year is not None else 2000, self.month)[1]
            if not 1 <= self.day <= last:
                raise _invalid(
                    "impossible-dateline-date",
                    f"day {self.day} does not exist in month {self.month}"
                    + (f" of {self.year}" if self.year is not None else ""),
                    "/day",
                )


@attrs.frozen(kw_only=True)
class Subject:
    """A coded subject such as an IPTC Media Topic.

    Attributes:
        code: The code as the source writes it, often a QCode ("medtop:20000523").
        name: The subject's name ("defence").
    """

    __repr__ = _repr

    code: str | None = None
    name: str | None = None


@attrs.frozen(kw_only=True)
class Note:
    """A correction, clarification, editor's note, update or trailer.

    Attributes:
        kind: What the note is.
        text: The note's text.
    """

    __repr__ = _repr

    kind: NoteKind = NoteKind.OTHER
    text: str


@attrs.frozen(kw_only=True)
class Article:
    """A news article: metadata, and the body as sections of blocks in reading order.

    Attributes:
        headline: The headline; must not be empty or blank.
        subheadline: The standfirst or deck.
        kicker: The label above the headline.
        bylines: The authors, in order.
        dateline: The dateline.
        published: When the article was first published (timezone-aware).
        modified: When it was last changed (timezone-aware).
        language: A BCP 47 language tag ("en", "de-AT").
        source: The issuing agency or publisher ("ITAR-TASS").
        url: The canonical URL.
        id: A stable identifier (GUID, URN).
        sections: The body; the lead section has no heading.
        media: Article-level media: the lead image, photo credits.
        keywords: Free keywords.
        subjects: Coded subjects.
        notes: Corrections, clarifications, editor's notes, trailers.
        rights: The copyright line.
    """

    __repr__ = _repr

    headline: str = attrs.field()
    subheadline: str | None = None
    kicker: str | None = None
    bylines: tuple[Person, ...] = ()
    dateline: Dateline | None = None
    published: datetime.datetime | None = attrs.field(default=None, validator=_aware("published"))
    modified: datetime.datetime | None = attrs.field(default=None, validator=_aware("modified"))
    language: str | None = None
    source: str | None = None
    url: str | None = None
    id: str | None = None
    sections: tuple[Section, ...] = ()
    media: tuple[Media, ...] = ()
    keywords: tuple[str, ...] = ()
    subjects: tuple[Subject, ...] = ()
    notes: tuple[Note, ...] = ()
    rights: str | None = None

    @headline.validator
    def _check_headline(self, _attribute: object, value: str) -> None:
        if not value or value.isspace():
            raise _invalid("missing-headline", "an article needs a non-empty headline", "/headline")

    def blocks(self) -> Iterator[Block]:
        """Yield every body block in reading order, across sections."""
        for section in self.sections:
            yield from section.blocks

    def paragraphs(self) -> Iterator[Paragraph]:
        """Yield every body paragraph in reading order."""
        for block in self.blocks():
            if isinstance(block, Paragraph):
                yield block

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Every inline quote in the body, in reading order."""
        return tuple(quote for paragraph in self.paragraphs() for quote in paragraph.quotes)

    @property
    def text(self) -> str:
        """The body as plain text: headings, paragraphs, block quotes, list items and captions,
        one per line, separated by blank lines."""
        parts: list[str] = []
        for section in self.sections:
            if section.heading:
                parts.append(section.heading)
            for block in section.blocks:
                match block:
                    case Paragraph(text=text) | BlockQuote(text=text):
                        parts.append(text)
                    case ListBlock(items=items):
                        parts.append("\n".join(items))
                    case Figure(media=media):
                        if media.caption:
                            parts.append(media.caption)
                    case _:  # pragma: no cover - mypy checks that the cases cover Block
                        assert_never(block)
        return "\n\n".join(part for part in parts if part)

    @property
    def word_count(self) -> int:
        """The number of words in :attr:`text`."""
        return _count_words(self.text)
