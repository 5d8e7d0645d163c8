"""The news-article model: frozen attrs classes, no I/O.

Every class is ``@attrs.frozen(kw_only=True)``: instances are immutable and hashable, sequences are
tuples, and changes go through :func:`attrs.evolve`. Attribute names are the JSON keys of the
``json`` format, so a model pointer such as ``/sections/0/blocks/2/text`` is also a JSON pointer.

Constructors check each field's type (a list given for a sequence becomes a tuple; a string for a
sequence, a string for a datetime, or a number for a string is refused; an enumeration's field
takes a member or its value) and the invariants without which an object is meaningless (a
non-empty headline, timezone-aware datetimes, a quote span that matches its paragraph, a real
calendar date in a dateline). A violation raises :class:`~newsmodel.errors.ValidationError`
carrying one :class:`~newsmodel.errors.Problem` (``wrong-type`` or ``invalid-value`` for a type,
the invariant's own code otherwise) whose pointer is relative to the object being built, as the
JSON reader reports the same faults. Editorial rules (an empty body, a future date) live in
:mod:`newsmodel.validation`.

The article's derived views (:attr:`Article.blocks`, :attr:`Article.paragraphs`,
:attr:`Article.quotes`, :attr:`Article.text`, :attr:`Article.word_count`) are all properties.

No ``from __future__ import annotations`` here: cattrs reads these annotations at run time.
"""

import calendar
import datetime
import enum
from collections.abc import Iterable
from typing import Any, assert_never

import attrs

from newsmodel import _fields
from newsmodel._views import Views, count_words
from newsmodel.errors import ValidationError, join_pointer

__all__ = [
    "DATELINE_SEPARATOR_CHARACTERS",
    "DATELINE_SEPARATOR_LENGTH",
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
    "Views",
    "is_dateline_separator",
]


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

    name: str = attrs.field(validator=_fields.text)
    title: str | None = attrs.field(default=None, validator=_fields.optional_text)
    organization: str | None = attrs.field(default=None, validator=_fields.optional_text)
    role: str | None = attrs.field(default=None, validator=_fields.optional_text)


def _persons(value: Iterable[Person]) -> tuple[Person, ...]:
    return _fields.to_tuple(value)


_SPEAKER = _fields.optional_instance_of(Person, "a Person")


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

    text: str = attrs.field(validator=_fields.text)
    speaker: Person | None = attrs.field(default=None, validator=_SPEAKER)
    start: int = attrs.field(validator=_fields.integer)
    end: int = attrs.field(validator=_fields.integer)

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise _fields.invalid(
                "quote-span-mismatch",
                f"quote span [{self.start}:{self.end}] must have 0 <= start <= end",
                "start",
            )
        if self.end - self.start != len(self.text):
            raise _fields.invalid(
                "quote-span-mismatch",
                f"quote span [{self.start}:{self.end}] is {self.end - self.start} characters "
                f"long but the quote's text has {len(self.text)}",
                "end",
            )

    @classmethod
    def find(
        cls, paragraph_text: str, words: str, *, speaker: Person | None = None, start: int = 0
    ) -> "Quote":
        """Build the quote of ``words`` where they first occur in ``paragraph_text``, at or after
        offset ``start``, so that nobody counts offsets by hand.

        >>> from newsmodel import Person, Quote
        >>> text = "“We will rebuild,” the mayor said. “Starting today.”"
        >>> Quote.find(text, "We will rebuild,", speaker=Person(name="Ada Brook"))
        Quote(text='We will rebuild,', speaker=Person(name='Ada Brook'), start=1, end=17)
        >>> Quote.find(text, "Starting today.").start
        36

        .. versionadded:: 0.2

        Args:
            paragraph_text: The text of the paragraph that holds the quote.
            words: The quoted words, without the quotation marks.
            speaker: Who said them.
            start: Where to start looking, to find a later occurrence of the same words.

        Raises:
            ValidationError: ``invalid-value`` at ``/text`` if the words are not in the text
                (after ``start``); ``wrong-type`` if an argument has the wrong type.
        """
        _fields.text(None, _TEXT, paragraph_text)
        _fields.text(None, _TEXT, words)
        found = paragraph_text.find(words, start)
        if found < 0:
            raise _fields.invalid(
                "invalid-value",
                f"the quoted words {words!r} are not in the paragraph's text"
                + (f" after offset {start}" if start else ""),
                "text",
            )
        return cls(text=words, speaker=speaker, start=found, end=found + len(words))


_TEXT = attrs.fields(Quote).text


def _quotes(value: Iterable[Quote]) -> tuple[Quote, ...]:
    return _fields.to_tuple(value)


@attrs.frozen(kw_only=True)
class Paragraph:
    """One paragraph of body text, without hard line wraps, with the direct quotes it holds.

    Attributes:
        text: The paragraph's text.
        quotes: The direct quotes inside ``text``, in order of their start.
    """

    __repr__ = _repr

    text: str = attrs.field(validator=_fields.text)
    quotes: tuple[Quote, ...] = attrs.field(
        default=(), converter=_quotes, validator=_fields.tuple_of(Quote, "a Quote", "Quotes")
    )

    @classmethod
    def with_quotes(cls, text: str, *quoted: str | tuple[str, Person | None]) -> "Paragraph":
        """Build a paragraph and its quotes from the quoted words, in the order they occur: each
        is looked for after the end of the one before (see :meth:`Quote.find`).

        >>> from newsmodel import Paragraph, Person
        >>> paragraph = Paragraph.with_quotes(
        ...     "“Stay home,” police said. “Roads are shut.”",
        ...     ("Stay home,", Person(name="Mara Quell")),
        ...     "Roads are shut.",
        ... )
        >>> [(quote.start, quote.end, quote.speaker) for quote in paragraph.quotes]
        [(1, 11, Person(name='Mara Quell')), (27, 42, None)]

        .. versionadded:: 0.2

        Args:
            text: The paragraph's text.
            *quoted: The words of each quote, or ``(words, speaker)``.

        Raises:
            ValidationError: ``invalid-value`` at ``/quotes/N/text`` if the words of quote N are
                not in the text after the quote before.
        """
        quotes: list[Quote] = []
        end = 0
        for index, item in enumerate(quoted):
            if isinstance(item, str):
                words, speaker = item, None
            else:
                if type(item) is not tuple or len(item) != 2:
                    raise _fields.invalid(
                        "wrong-type",
                        f"expected the quoted words or (words, speaker), got {item!r}",
                        "quotes",
                        index,
                    )
                words, speaker = item
            try:
                quote = Quote.find(text, words, speaker=speaker, start=end)
            except ValidationError as exc:
                raise exc.within(join_pointer("quotes", index)) from None
            quotes.append(quote)
            end = quote.end
        return cls(text=text, quotes=tuple(quotes))

    def __attrs_post_init__(self) -> None:
        if not self.quotes:
            return
        for index, quote in enumerate(self.quotes):
            if quote.end > len(self.text):
                raise _fields.invalid(
                    "quote-span-mismatch",
                    f"quote {index} ends at {quote.end}, past the end of the paragraph's "
                    f"{len(self.text)} characters",
                    "quotes",
                    index,
                )
            if self.text[quote.start : quote.end] != quote.text:
                raise _fields.invalid(
                    "quote-span-mismatch",
                    f"quote {index} says text[{quote.start}:{quote.end}] is {quote.text!r}, "
                    f"but the paragraph has {self.text[quote.start : quote.end]!r} there",
                    "quotes",
                    index,
                )


@attrs.frozen(kw_only=True)
class BlockQuote:
    """A quotation set off from the body, with its speaker if the article names one.

    Attributes:
        text: The quoted text, without the marks.
        speaker: Who said or wrote it.
    """

    __repr__ = _repr

    text: str = attrs.field(validator=_fields.text)
    speaker: Person | None = attrs.field(default=None, validator=_SPEAKER)


def _media_kind(value: MediaKind | str) -> MediaKind:
    return _fields.to_member(MediaKind, value)  # type: ignore[return-value]  # then validated


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

    kind: MediaKind = attrs.field(
        default=MediaKind.IMAGE, converter=_media_kind, validator=_fields.choice(MediaKind)
    )
    url: str | None = attrs.field(default=None, validator=_fields.optional_text)
    caption: str | None = attrs.field(default=None, validator=_fields.optional_text)
    credit: str | None = attrs.field(default=None, validator=_fields.optional_text)
    alt: str | None = attrs.field(default=None, validator=_fields.optional_text)


def _media_items(value: Iterable[Media]) -> tuple[Media, ...]:
    return _fields.to_tuple(value)


@attrs.frozen(kw_only=True)
class Figure:
    """A media item placed in the body.

    Attributes:
        media: The item shown.
    """

    __repr__ = _repr

    media: Media = attrs.field(validator=_fields.instance_of(Media, "a Media"))


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return _fields.to_tuple(value)


@attrs.frozen(kw_only=True)
class ListBlock:
    """A bulleted or numbered list in the body.

    Attributes:
        items: The items' texts, in order.
        ordered: True for a numbered list.
    """

    __repr__ = _repr

    items: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, validator=_fields.tuple_of(str, "a string", "strings")
    )
    ordered: bool = attrs.field(default=False, validator=_fields.flag)


Block = Paragraph | BlockQuote | Figure | ListBlock
"""A block of body content. In JSON a block carries ``"type"``: ``paragraph``, ``blockquote``,
``figure`` or ``list``."""

_BLOCK_TYPES = (Paragraph, BlockQuote, Figure, ListBlock)


def _blocks(value: Iterable[Block]) -> tuple[Block, ...]:
    return _fields.to_tuple(value)


@attrs.frozen(kw_only=True)
class Section:
    """A run of body blocks under one heading.

    Attributes:
        heading: The section's heading; None for the lead section.
        blocks: The section's content in reading order.
    """

    __repr__ = _repr

    heading: str | None = attrs.field(default=None, validator=_fields.optional_text)
    blocks: tuple[Block, ...] = attrs.field(
        default=(),
        converter=_blocks,
        validator=_fields.tuple_of(
            _BLOCK_TYPES, "a block (Paragraph, BlockQuote, Figure, ListBlock)", "blocks"
        ),
    )


def _sections(value: Iterable[Section]) -> tuple[Section, ...]:
    return _fields.to_tuple(value)


DATELINE_SEPARATOR_CHARACTERS = " -\u2010\u2011\u2012\u2013\u2014\u2015_.:"
"""The characters a :attr:`Dateline.separator` is made of: a space, the hyphen-minus, the
hyphens and dashes (U+2010 to U+2015), the underscore, the full stop and the colon."""
DATELINE_SEPARATOR_LENGTH = 8
"""The longest :attr:`Dateline.separator`."""


def is_dateline_separator(text: str) -> bool:
    """Whether ``text`` can be a :attr:`Dateline.separator`: at most
    :data:`DATELINE_SEPARATOR_LENGTH` characters, each of :data:`DATELINE_SEPARATOR_CHARACTERS`.

    >>> is_dateline_separator(" — "), is_dateline_separator(" said ")
    (True, False)
    """
    return len(text) <= DATELINE_SEPARATOR_LENGTH and all(
        char in DATELINE_SEPARATOR_CHARACTERS for char in text
    )


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
        separator: What the story prints between the dateline and its first words, spaces
            included (" — ", " -- ", ".- ", ": "), when that is not the usual " - " (" " after
            an agency between slashes, "/TASS/."); None for the usual one. At most
            :data:`DATELINE_SEPARATOR_LENGTH` characters, each a space, a hyphen or dash, an
            underscore, a full stop or a colon (:data:`DATELINE_SEPARATOR_CHARACTERS`).
    """

    __repr__ = _repr

    text: str = attrs.field(validator=_fields.text)
    place: str | None = attrs.field(default=None, validator=_fields.optional_text)
    region: str | None = attrs.field(default=None, validator=_fields.optional_text)
    country: str | None = attrs.field(default=None, validator=_fields.optional_text)
    year: int | None = attrs.field(default=None, validator=_fields.optional_integer)
    month: int | None = attrs.field(default=None, validator=_fields.optional_integer)
    day: int | None = attrs.field(default=None, validator=_fields.optional_integer)
    source: str | None = attrs.field(default=None, validator=_fields.optional_text)
    separator: str | None = attrs.field(default=None, validator=_fields.optional_text)

    def __attrs_post_init__(self) -> None:
        if self.separator is not None and not is_dateline_separator(self.separator):
            raise _fields.invalid(
                "bad-dateline-separator",
                f"a dateline separator is at most {DATELINE_SEPARATOR_LENGTH} spaces, dashes,"
                f" underscores, full stops or colons, not {self.separator!r}",
                "separator",
            )
        if self.month is not None and not 1 <= self.month <= 12:
            raise _fields.invalid(
                "impossible-dateline-date",
                f"dateline month must be 1 to 12, not {self.month}",
                "month",
            )
        if self.year is not None and not 1 <= self.year <= 9999:
            raise _fields.invalid(
                "impossible-dateline-date",
                f"dateline year must be 1 to 9999, not {self.year}",
                "year",
            )
        if self.day is not None:
            if self.month is None:
                raise _fields.invalid(
                    "impossible-dateline-date", "a dateline day needs a month", "day"
                )
            # Without a year, allow February 29 (2000 is a leap year).
            last = calendar.monthrange(self.year if self.year is not None else 2000, self.month)[1]
            if not 1 <= self.day <= last:
                raise _fields.invalid(
                    "impossible-dateline-date",
                    f"day {self.day} does not exist in month {self.month}"
                    + (f" of {self.year}" if self.year is not None else ""),
                    "day",
                )


@attrs.frozen(kw_only=True)
class Subject:
    """A coded subject such as an IPTC Media Topic.

    Attributes:
        code: The code as the source writes it, often a QCode ("medtop:20000523").
        name: The subject's name ("defence").
    """

    __repr__ = _repr

    code: str | None = attrs.field(default=None, validator=_fields.optional_text)
    name: str | None = attrs.field(default=None, validator=_fields.optional_text)


def _subjects(value: Iterable[Subject]) -> tuple[Subject, ...]:
    return _fields.to_tuple(value)


def _note_kind(value: NoteKind | str) -> NoteKind:
    return _fields.to_member(NoteKind, value)  # type: ignore[return-value]  # then validated


@attrs.frozen(kw_only=True)
class Note:
    """A correction, clarification, editor's note, update or trailer.

    Attributes:
        kind: What the note is.
        text: The note's text.
    """

    __repr__ = _repr

    kind: NoteKind = attrs.field(
        default=NoteKind.OTHER, converter=_note_kind, validator=_fields.choice(NoteKind)
    )
    text: str = attrs.field(validator=_fields.text)


def _notes(value: Iterable[Note]) -> tuple[Note, ...]:
    return _fields.to_tuple(value)


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
    subheadline: str | None = attrs.field(default=None, validator=_fields.optional_text)
    kicker: str | None = attrs.field(default=None, validator=_fields.optional_text)
    bylines: tuple[Person, ...] = attrs.field(
        default=(), converter=_persons, validator=_fields.tuple_of(Person, "a Person", "Persons")
    )
    dateline: Dateline | None = attrs.field(
        default=None, validator=_fields.optional_instance_of(Dateline, "a Dateline")
    )
    published: datetime.datetime | None = attrs.field(
        default=None, validator=_fields.aware_datetime
    )
    modified: datetime.datetime | None = attrs.field(default=None, validator=_fields.aware_datetime)
    language: str | None = attrs.field(default=None, validator=_fields.optional_text)
    source: str | None = attrs.field(default=None, validator=_fields.optional_text)
    url: str | None = attrs.field(default=None, validator=_fields.optional_text)
    id: str | None = attrs.field(default=None, validator=_fields.optional_text)
    sections: tuple[Section, ...] = attrs.field(
        default=(),
        converter=_sections,
        validator=_fields.tuple_of(Section, "a Section", "Sections"),
    )
    media: tuple[Media, ...] = attrs.field(
        default=(),
        converter=_media_items,
        validator=_fields.tuple_of(Media, "a Media", "Media items"),
    )
    keywords: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, validator=_fields.tuple_of(str, "a string", "strings")
    )
    subjects: tuple[Subject, ...] = attrs.field(
        default=(),
        converter=_subjects,
        validator=_fields.tuple_of(Subject, "a Subject", "Subjects"),
    )
    notes: tuple[Note, ...] = attrs.field(
        default=(), converter=_notes, validator=_fields.tuple_of(Note, "a Note", "Notes")
    )
    rights: str | None = attrs.field(default=None, validator=_fields.optional_text)

    @headline.validator
    def _check_headline(self, attribute: object, value: str) -> None:
        _fields.text(self, attribute, value)
        if not value or value.isspace():
            raise _fields.invalid(
                "missing-headline", "an article needs a non-empty headline", "headline"
            )

    @property
    def blocks(self) -> "Views[Block]":
        """Every body block in reading order, across sections.

        .. versionchanged:: 0.2
           A property, like every derived view of the article; calling it
           (``article.blocks()``) still works but is deprecated.
        """
        return Views(block for section in self.sections for block in section.blocks)

    @property
    def paragraphs(self) -> "Views[Paragraph]":
        """Every body paragraph in reading order.

        .. versionchanged:: 0.2
           A property, like every derived view of the article; calling it
           (``article.paragraphs()``) still works but is deprecated.
        """
        return Views(
            block
            for section in self.sections
            for block in section.blocks
            if isinstance(block, Paragraph)
        )

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Every inline quote in the body (the :class:`Quote` spans of its paragraphs), in
        reading order. Block quotes are not included: they are blocks of their own, with no
        span; :attr:`all_quotes` gives both kinds."""
        return tuple(
            quote
            for section in self.sections
            for block in section.blocks
            if isinstance(block, Paragraph)
            for quote in block.quotes
        )

    @property
    def all_quotes(self) -> tuple["Quote | BlockQuote", ...]:
        """Every quotation in the body in reading order: the inline quotes of each paragraph and
        each block quote, where it stands.

        .. versionadded:: 0.2.0

        >>> from newsmodel import Article, BlockQuote, Paragraph, Section
        >>> article = Article(
        ...     headline="Vote",
        ...     sections=(
        ...         Section(blocks=(
        ...             Paragraph.with_quotes("“Yes,” she said.", "Yes,"),
        ...             BlockQuote(text="We will build it."),
        ...         )),
        ...     ),
        ... )
        >>> [quote.text for quote in article.all_quotes]
        ['Yes,', 'We will build it.']
        >>> [quote.text for quote in article.quotes]
        ['Yes,']
        """
        found: list[Quote | BlockQuote] = []
        for section in self.sections:
            for block in section.blocks:
                if isinstance(block, Paragraph):
                    found.extend(block.quotes)
                elif isinstance(block, BlockQuote):
                    found.append(block)
        return tuple(found)

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
        return count_words(self.text)
