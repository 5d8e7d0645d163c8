"""Hypothesis strategies for every model class, producing valid objects.

Each class has a strategy (:func:`articles`, :func:`people`, :func:`datelines`, :func:`paragraphs`
...), and they compose:

- ``text=`` is the strategy for every free-text field below the one called (headline, names,
  paragraph text ...), so a format that carries only some characters passes its own, for example
  ``articles(text=texts(characters(xml=True)))``;
- ``fill=`` says which optional fields get a value: ``"some"`` (each drawn or left at its default),
  ``"all"`` (every one set, every list non-empty) or ``"none"`` (only required fields);
- any field can be given its own strategy by name, as with :func:`hypothesis.strategies.builds`:
  ``articles(dateline=st.none(), keywords=st.just(()))``; an unknown name is a ``TypeError``.

Text leaves out control characters (``Cc``) and surrogates (``Cs``) and includes the rest of
Unicode. Datetimes are timezone-aware, with offsets in whole minutes (what RFC 3339 can write).
When a field is added to the model, the strategy of its class fails with a ``KeyError`` naming it
until it is given one.
"""

import calendar
import datetime
from collections.abc import Callable, Collection, Mapping
from typing import Any, Literal, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from newsmodel.model import (
    DATELINE_SEPARATOR_CHARACTERS,
    DATELINE_SEPARATOR_LENGTH,
    Article,
    Block,
    BlockQuote,
    Dateline,
    Figure,
    ListBlock,
    Media,
    MediaKind,
    Note,
    NoteKind,
    Paragraph,
    Person,
    Quote,
    Section,
    Subject,
)

__all__ = [
    "BLOCK_KINDS",
    "Fill",
    "TimezoneStrategy",
    "articles",
    "aware_datetimes",
    "blockquotes",
    "blocks",
    "characters",
    "datelines",
    "figures",
    "languages",
    "list_blocks",
    "media",
    "nonblank",
    "notes",
    "paragraphs",
    "people",
    "quotes",
    "sections",
    "subjects",
    "texts",
    "timezones",
    "urls",
]

T = TypeVar("T")
A = TypeVar("A", bound=attrs.AttrsInstance)

Fill = Literal["some", "all", "none"]
"""Which optional fields a strategy fills: each maybe, every one, or none."""

TimezoneStrategy = SearchStrategy[datetime.tzinfo | None]
"""A strategy of time zones, as :func:`hypothesis.strategies.datetimes` takes."""

BLOCK_KINDS: tuple[type[Block], ...] = (Paragraph, BlockQuote, Figure, ListBlock)
"""Every block class, for ``blocks(kinds=...)``."""

_MAX_OFFSET_MINUTES = 24 * 60 - 1


def characters(*, xml: bool = False, exclude: Collection[str] = ()) -> SearchStrategy[str]:
    """Any Unicode character but controls (Cc) and surrogates (Cs).

    Args:
        xml: Also leave out U+FFFE and U+FFFF, which XML 1.0 refuses.
        exclude: More characters to leave out.
    """
    excluded = set(exclude) | ({"\ufffe", "\uffff"} if xml else set())
    return st.characters(exclude_categories=("Cc", "Cs"), exclude_characters=excluded)


def texts(
    alphabet: SearchStrategy[str] | None = None, *, min_size: int = 0, max_size: int = 24
) -> SearchStrategy[str]:
    """Text from ``alphabet`` (by default :func:`characters`), possibly empty."""
    return st.text(
        characters() if alphabet is None else alphabet, min_size=min_size, max_size=max_size
    )


def nonblank(text: SearchStrategy[str]) -> SearchStrategy[str]:
    """The strings of ``text`` that are not empty or whitespace, as a headline must be."""
    return text.filter(lambda value: bool(value) and not value.isspace())


def languages() -> SearchStrategy[str]:
    """BCP 47 language tags: a language, sometimes with a script or a region ("en", "de-AT")."""
    return st.from_regex(r"[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-[0-9]{3})?", fullmatch=True)


def urls() -> SearchStrategy[str]:
    """Absolute http(s) URLs with unicode paths, without U+FFFE and U+FFFF: XML formats
    refuse them, and no real address holds them."""
    segment = st.text(characters(xml=True, exclude=" /?#"), min_size=1, max_size=12)
    return st.builds(
        "{}://{}.example/{}".format,
        st.sampled_from(["http", "https"]),
        st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True),
        st.lists(segment, max_size=3).map("/".join),
    )


def timezones() -> SearchStrategy[datetime.timezone]:
    """Fixed UTC offsets in whole minutes, between -23:59 and +23:59, UTC more often."""
    offsets = st.integers(-_MAX_OFFSET_MINUTES, _MAX_OFFSET_MINUTES).map(
        lambda minutes: datetime.timezone(datetime.timedelta(minutes=minutes))
    )
    return st.one_of(st.just(datetime.UTC), offsets)


def aware_datetimes(
    *,
    min_value: datetime.datetime = datetime.datetime(1, 1, 2),
    max_value: datetime.datetime = datetime.datetime(9999, 12, 30),
    zones: TimezoneStrategy | None = None,
    microseconds: bool = True,
) -> SearchStrategy[datetime.datetime]:
    """Timezone-aware datetimes.

    Args:
        min_value: The earliest local time; the default keeps a day from year 1, so that every
            offset still gives a time Python can convert to UTC.
        max_value: The latest local time.
        zones: The time zones; by default :func:`timezones`.
        microseconds: Whether to draw fractions of a second; some formats only carry seconds.
    """
    strategy = st.datetimes(
        min_value,
        max_value,
        timezones=timezones() if zones is None else zones,  # type: ignore[arg-type]  # tzinfo subclass
    )
    if not microseconds:
        strategy = strategy.map(lambda value: value.replace(microsecond=0))
    return strategy


def _build(
    cls: type[A],
    fill: Fill,
    overrides: Mapping[str, SearchStrategy[Any]],
    defaults: Mapping[str, SearchStrategy[Any]],
) -> SearchStrategy[A]:
    """``builds(cls)`` with a strategy per field: the override, else the default, left at the
    field's default value as ``fill`` says."""
    names = {field.name for field in attrs.fields(cls)}
    unknown = set(overrides) - names
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {', '.join(sorted(unknown))}")
    kwargs: dict[str, SearchStrategy[Any]] = {}
    for field in attrs.fields(cls):
        if field.name in overrides:
            kwargs[field.name] = overrides[field.name]
            continue
        strategy = defaults[field.name]  # a KeyError here: a new model field needs a strategy
        if field.default is attrs.NOTHING or fill == "all":
            kwargs[field.name] = strategy
        elif fill == "none":
            kwargs[field.name] = st.just(field.default)
        else:
            kwargs[field.name] = st.one_of(st.just(field.default), strategy)
    return st.builds(cls, **kwargs)


def _tuples(
    elements: SearchStrategy[T], fill: Fill, max_size: int
) -> SearchStrategy[tuple[T, ...]]:
    return st.lists(elements, min_size=1 if fill == "all" else 0, max_size=max_size).map(tuple)


def _text(text: SearchStrategy[str] | None) -> SearchStrategy[str]:
    return texts() if text is None else text


def people(
    *, text: SearchStrategy[str] | None = None, fill: Fill = "some", **fields: SearchStrategy[Any]
) -> SearchStrategy[Person]:
    """People: bylines and speakers."""
    words = _text(text)
    defaults = {"name": words, "title": words, "organization": words, "role": words}
    return _build(Person, fill, fields, defaults)


def _speakers(
    text: SearchStrategy[str] | None, fill: Fill, speakers: SearchStrategy[Person | None] | None
) -> SearchStrategy[Person | None]:
    if speakers is not None:
        return speakers
    if fill == "none":
        return st.none()
    speaker = people(text=text, fill=fill)
    return speaker if fill == "all" else st.none() | speaker


def _quote(words: str, start: int, speaker: Person | None) -> Quote:
    return Quote(text=words, speaker=speaker, start=start, end=start + len(words))


def quotes(
    *,
    text: SearchStrategy[str] | None = None,
    fill: Fill = "some",
    speakers: SearchStrategy[Person | None] | None = None,
) -> SearchStrategy[Quote]:
    """Quotes on their own, with a span of the right length at some offset.

    Quotes inside a paragraph must match its text: :func:`paragraphs` makes those.

    Args:
        text: The strategy for the quote's text and the speaker's fields.
        fill: Which optional fields to fill, here and in the speaker.
        speakers: The speakers; by default :func:`people` or None, as ``fill`` says.
    """
    return st.builds(_quote, _text(text), st.integers(0, 10_000), _speakers(text, fill, speakers))


def paragraphs(
    *,
    text: SearchStrategy[str] | None = None,
    fill: Fill = "some",
    max_quotes: int = 3,
    speakers: SearchStrategy[Person | None] | None = None,
) -> SearchStrategy[Paragraph]:
    """Paragraphs whose quotes are real spans of their text, in order, not overlapping; a span
    may be empty.

    Args:
        text: The strategy for the paragraph's text and the nested people's fields.
        fill: Which optional fields to fill, here and in the speakers.
        max_quotes: The most quotes in one paragraph.
        speakers: The quotes' speakers; by default :func:`people` or None, as ``fill`` says.
    """
    words = _text(text)
    speaker = _speakers(text, fill, speakers)
    counts = st.integers(1 if fill == "all" else 0, max_quotes)

    @st.composite
    def build(draw: st.DrawFn) -> Paragraph:
        body = draw(words)
        count = 0 if fill == "none" else draw(counts)
        cuts = sorted(
            draw(st.lists(st.integers(0, len(body)), min_size=2 * count, max_size=2 * count))
        )
        found = tuple(
            Quote(text=body[start:end], speaker=draw(speaker), start=start, end=end)
            for start, end in zip(cuts[::2], cuts[1::2], strict=True)
        )
        return Paragraph(text=body, quotes=found)

    return build()


def blockquotes(
    *, text: SearchStrategy[str] | None = None, fill: Fill = "some", **fields: SearchStrategy[Any]
) -> SearchStrategy[BlockQuote]:
    """Block quotes, with or without a speaker."""
    defaults = {"text": _text(text), "speaker": people(text=text, fill=fill)}
    return _build(BlockQuote, fill, fields, defaults)


def media(
    *,
    text: SearchStrategy[str] | None = None,
    fill: Fill = "some",
    **fields: SearchStrategy[Any],
) -> SearchStrategy[Media]:
    """Media items of every kind."""
    words = _text(text)
    defaults = {
        "kind": st.sampled_from(MediaKind),
        "url": urls(),
        "caption": words,
        "credit": words,
        "alt": words,
    }
    return _build(Media, fill, fields, defaults)


def figures(
    *, text: SearchStrategy[str] | None = None, fill: Fill = "some", **fields: SearchStrategy[Any]
) -> SearchStrategy[Figure]:
    """Figures holding a media item."""
    return _build(Figure, fill, fields, {"media": media(text=text, fill=fill)})


def list_blocks(
    *,
    text: SearchStrategy[str] | None = None,
    fill: Fill = "some",
    max_items: int = 5,
    **fields: SearchStrategy[Any],
) -> SearchStrategy[ListBlock]:
    """Bulleted and numbered lists, possibly empty."""
    defaults = {"items": _tuples(_text(text), fill, max_items), "ordered": st.booleans()}
    return _build(ListBlock, fill, fields, defaults)


def blocks(
    *,
    text: SearchStrategy[str] | None = None,
    fill: Fill = "some",
    kinds: Collection[type[Block]] = BLOCK_KINDS,
) -> SearchStrategy[Block]:
    """Blocks of the given kinds (by default every kind)."""
    makers: dict[type[Block], Callable[[], SearchStrategy[Any]]] = {
        Paragraph: lambda: paragraphs(text=text, fill=fill),
        BlockQuote: lambda: blockquotes(text=text, fill=fill),
        Figure: lambda: figures(text=text, fill=fill),
        ListBlock: lambda: list_blocks(text=text, fill=fill),
    }
    return st.one_of(*(makers[kind]() for kind in kinds))


def sections(
    *,
    text: SearchStrategy[str] | None = None,
    fill: Fill = "some",
    max_blocks: int = 5,
    kinds: Collection[type[Block]] = BLOCK_KINDS,
    **fields: SearchStrategy[Any],
) -> SearchStrategy[Section]:
    """Sections with or without a heading, holding blocks of the given kinds."""
    defaults = {
        "heading": _text(text),
        "blocks": _tuples(blocks(text=text, fill=fill, kinds=kinds), fill, max_blocks),
    }
    return _build(Section, fill, fields, defaults)


def _maybe(draw: st.DrawFn, strategy: SearchStrategy[int], fill: Fill) -> int | None:
    if fill == "none":
        return None
    return draw(strategy if fill == "all" else st.none() | strategy)


@st.composite
def _dates(draw: st.DrawFn, fill: Fill) -> tuple[int | None, int | None, int | None]:
    """A dateline's year, month and day: a day only with a month, and one the month has."""
    year = _maybe(draw, st.integers(1, 9999), fill)
    month = _maybe(draw, st.integers(1, 12), fill)
    day = None
    if month is not None:
        last = calendar.monthrange(2000 if year is None else year, month)[1]
        day = _maybe(draw, st.integers(1, last), fill)
    return year, month, day


def datelines(
    *, text: SearchStrategy[str] | None = None, fill: Fill = "some", **fields: SearchStrategy[Any]
) -> SearchStrategy[Dateline]:
    """Datelines with a real calendar date or part of one: a day only with a month, February 29
    only in a leap year or without a year.

    Overriding any of ``year``, ``month`` or ``day`` turns this off: the overrides must agree.
    """
    words = _text(text)
    defaults = {
        "text": words,
        "place": words,
        "region": words,
        "country": words,
        "source": words,
        "separator": st.sampled_from([" — ", " -- ", ".- ", ": ", " ", ""])
        | st.text(DATELINE_SEPARATOR_CHARACTERS, max_size=DATELINE_SEPARATOR_LENGTH),
        "year": st.none(),
        "month": st.none(),
        "day": st.none(),
    }
    if {"year", "month", "day"} & set(fields):
        return _build(Dateline, fill, fields, defaults)
    base = _build(
        Dateline,
        fill,
        {**fields, "year": st.none(), "month": st.none(), "day": st.none()},
        defaults,
    )
    return st.tuples(base, _dates(fill)).map(
        lambda pair: attrs.evolve(pair[0], year=pair[1][0], month=pair[1][1], day=pair[1][2])
    )


def subjects(
    *, text: SearchStrategy[str] | None = None, fill: Fill = "some", **fields: SearchStrategy[Any]
) -> SearchStrategy[Subject]:
    """Coded subjects: a QCode-like code and a name."""
    code = st.from_regex(r"[a-z]{2,8}:[0-9]{4,8}", fullmatch=True) | _text(text)
    return _build(Subject, fill, fields, {"code": code, "name": _text(text)})


def notes(
    *, text: SearchStrategy[str] | None = None, fill: Fill = "some", **fields: SearchStrategy[Any]
) -> SearchStrategy[Note]:
    """Notes of every kind."""
    defaults = {"kind": st.sampled_from(NoteKind), "text": _text(text)}
    return _build(Note, fill, fields, defaults)


def articles(
    *,
    text: SearchStrategy[str] | None = None,
    fill: Fill = "some",
    max_sections: int = 3,
    max_blocks: int = 4,
    max_items: int = 3,
    kinds: Collection[type[Block]] = BLOCK_KINDS,
    **fields: SearchStrategy[Any],
) -> SearchStrategy[Article]:
    """Articles: from a headline alone to every field set, with every block kind.

    Args:
        text: The strategy for every free-text field; the headline takes its non-blank strings.
        fill: Which optional fields to fill, at every level.
        max_sections: The most sections.
        max_blocks: The most blocks in a section.
        max_items: The most bylines, media, keywords, subjects and notes.
        kinds: The block classes to draw.
        fields: Strategies for some of the article's fields, by name.
    """
    words = _text(text)
    defaults = {
        "headline": nonblank(words),
        "subheadline": words,
        "kicker": words,
        "bylines": _tuples(people(text=text, fill=fill), fill, max_items),
        "dateline": datelines(text=text, fill=fill),
        "published": aware_datetimes(),
        "modified": aware_datetimes(),
        "language": languages(),
        "source": words,
        "url": urls(),
        "id": words,
        "sections": _tuples(
            sections(text=text, fill=fill, max_blocks=max_blocks, kinds=kinds), fill, max_sections
        ),
        "media": _tuples(media(text=text, fill=fill), fill, max_items),
        "keywords": _tuples(words, fill, max_items),
        "subjects": _tuples(subjects(text=text, fill=fill), fill, max_items),
        "notes": _tuples(notes(text=text, fill=fill), fill, max_items),
        "rights": words,
    }
    return _build(Article, fill, fields, defaults)
