"""The plain-text reader: units of text to an article.

The story is read top down. Site navigation ("All news", breadcrumbs) before the headline is
skipped, and credit lines and bylines there are taken; a short line directly above the headline
(no blank line between) is the kicker; the first real line is the headline, without a wire
service's codes glued to it (``UPDATE 2-``, ``REFILE-``; a label such as ``EXCLUSIVE-`` is the
kicker). Then, until the body
starts: credit lines (media), bylines, labelled notes, a copyright line, and the standfirst: the
first other line, when a dateline follows it, or credit lines or bylines with more text after
them, or when it is set in emphasis (``*...*``, as the text writer marks a standfirst that nothing
else marks). The body starts at the first other line; a dateline at its start is cut
off. Trailers, notes, credit trailers and a copyright line at the end are taken off the body.
The body's headings are Markdown ``#`` lines, lines underlined with ``===`` or ``---``, and short
lines without final punctuation (or in capitals) that stand between two paragraphs. Rule lines
(``* * *``, ``___``) only separate.
"""

# ruff: noqa: RUF001
# (dashes, typographic quotes and Cyrillic letters in this module are the ones real text uses)

import re
from collections.abc import Iterator, Mapping

import attrs

from newsmodel import limits
from newsmodel.errors import Location, ParseError
from newsmodel.extract.bylines import merge_bylines, parse_byline, parse_credit_trailer
from newsmodel.extract.credits import parse_credit
from newsmodel.extract.datelines import parse_dateline
from newsmodel.extract.normalize import clean, decode
from newsmodel.extract.notes import is_rights, parse_note, split_trailer
from newsmodel.extract.quotes import attach_quotes, dash_speech
from newsmodel.formats import Parsed, ReadOptions
from newsmodel.formats._text_layout import Unit, is_navigation, split_units
from newsmodel.model import (
    Article,
    Block,
    BlockQuote,
    Dateline,
    ListBlock,
    Media,
    Note,
    NoteKind,
    Paragraph,
    Person,
    Section,
)

__all__ = ["read"]

_EMPHASIZED = re.compile(r"([*_])(?P<text>\S(?:.*\S)?)\1")
"""A line set in emphasis (``*...*`` or ``_..._``): right after the headline, the standfirst."""
_HEADING_MARK = re.compile(r"^#{1,6}\s+(?P<text>.*?)(?:\s+#+)?$")
_LIST_ITEM = re.compile(r"^(?:(?P<bullet>[-*•‣▪])|(?P<number>\d{1,3}|[a-z])[.)])\s+(?P<item>\S.*)$")
_RULE = re.compile(r"^(?:[=\-_*~#•]\s?){3,}$")
_UNDERLINE = re.compile(r"^(?:={3,}|-{3,})$")
_LIST_FIRST = frozenset("-*•‣▪")
_RULE_FIRST = frozenset("=-_*~#•")
_TERMINAL = frozenset(".!?:;,\"”’»)…'")
_DIGIT = re.compile(r"\d")
_NUMBERED = re.compile(r"^\d{1,2}\.\s+")


_WIRE_PREFIX = re.compile(
    r"(?:(?:UPDATE|WRAPUP)\s\d{1,2}-|REFILE-|RPT-|CORRECTED-)*"
    r"(?:(?P<label>EXCLUSIVE|ANALYSIS|FACTBOX|INSTANT VIEW|INTERVIEW|PREVIEW|SPECIAL REPORT)-)?"
    r"(?<=-)(?=\S)"
)
"""A wire service's codes glued to the headline by a hyphen (Reuters: ``UPDATE 2-``,
``REFILE-``, ``RPT-``, ``CORRECTED-``), perhaps with a label that is the kicker
(``EXCLUSIVE-``, ``ANALYSIS-``, ``FACTBOX-``). ``RPT - `` with spaces is part of the headline."""


def _is_kicker(text: str, headline: str) -> bool:
    words = text.split()
    return (
        len(words) <= 4
        and len(text) <= 40
        and (text[-1] not in _TERMINAL or text[-1] == ":")
        and headline[-1] not in ".!?"
    )


def _heading_text(text: str) -> str | None:
    if text[0] != "#":
        return None
    match = _HEADING_MARK.match(text)
    return match["text"] if match and match["text"] else None


def _ends_sentence(text: str) -> bool:
    return text[-1] in _TERMINAL or len(text) >= 100


def _heading_like(text: str) -> bool:
    """A short line without final punctuation or digits, or a line in capitals."""
    words = text.split()
    if len(words) > 12 or len(text) > 90 or text[-1] in _TERMINAL:
        return False
    bare = _NUMBERED.sub("", text)
    if _DIGIT.search(bare) or not bare[:1].isupper():
        return False
    return len(words) <= 10 or text.isupper()


_META_START = re.compile(
    r"[(\-–—\s]*(?:photo|picture|image|foto|фото|bild|credit|crédit|video|vídeo|graphic|illustration"
    r"|audio|by\s|von\s|par\s|por\s|di\s|av\s|af\s|door\s|przez\s|reporting"
    r"|writ|compiled|edit|additional|translat|correc|clarification|note|eds|update|th(?:is|e)\s"
    r"|berichtig|korrektur|rectifi|rett|rätt|errata|fe\sde|oikaisu"
    r"|quelle|source|fuente|fonte|kilde|källa|lähde|bron|źródło|zdroj|©|\(c\)|copyright)",
    re.IGNORECASE,
)


def _maybe_meta(text: str) -> bool:
    """A cheap test that rules out most paragraphs before the meta-line parsers run."""
    return "/" in text or _META_START.match(text) is not None


class _LazyLocations(Mapping[str, Location]):
    """Locations built when asked for: a read that never looks at them pays little."""

    def __init__(self, source: str | None) -> None:
        self.source = source
        self.places: dict[str, tuple[int, int]] = {}

    def __getitem__(self, pointer: str) -> Location:
        line, column = self.places[pointer]
        return Location(source=self.source, line=line, column=column, pointer=pointer)

    def __iter__(self) -> Iterator[str]:
        return iter(self.places)

    def __len__(self) -> int:
        return len(self.places)


class _Reader:
    """The state of one read: what has been found so far."""

    def __init__(self, units: list[Unit], options: ReadOptions) -> None:
        self.units = units
        self.options = options
        self.media: list[Media] = []
        self.bylines: list[Person] = []
        self.notes: list[Note] = []
        self.rights: str | None = None
        self.locations = _LazyLocations(options.source)
        self._datelines: dict[str, tuple[Dateline, str] | None] = {}

    def dateline(self, text: str) -> tuple[Dateline, str] | None:
        """The dateline at the start of ``text`` and the text after it, or None; remembered."""
        if text not in self._datelines:
            self._datelines[text] = parse_dateline(text, self.options.reference_date)
        return self._datelines[text]

    def locate(self, pointer: str, unit: Unit) -> None:
        self.locations.places[pointer] = (unit.line, unit.column)

    def take_meta(self, unit: Unit, *, header: bool) -> bool:
        """Take a credit line, byline, note or rights line; True if ``unit`` was one."""
        text = unit.text
        if not _maybe_meta(text):
            return False
        credit = parse_credit(text)
        if credit is not None:
            if credit not in self.media:
                self.locate(f"/media/{len(self.media)}", unit)
                self.media.append(credit)
            return True
        people = parse_byline(text, lenient=True) if header else parse_credit_trailer(text)
        if people is not None:
            self.locate(f"/bylines/{len(self.bylines)}", unit)
            if header:
                self.bylines.extend(people)
            else:  # a trailer: its reporter is the byline's author, given once
                self.bylines = merge_bylines(self.bylines, people)
            return True
        note = parse_note(text)
        if note is not None and note.kind is not NoteKind.TRAILER:
            self.locate(f"/notes/{len(self.notes)}", unit)
            self.notes.append(note)
            return True
        if self.rights is None and is_rights(text):
            self.rights = text
            self.locate("/rights", unit)
            return True
        return False

    def take_byline_title(self, unit: Unit, previous: Unit) -> bool:
        """Take an ANPA title line under a byline (``By ANN LEE=`` / ``AP Sports Writer=``)."""
        text = unit.text
        if not (text.endswith("=") and previous.text.endswith("=") and self.bylines):
            return False
        title = text.rstrip(" =")
        if not title or len(title.split()) > 6:
            return False
        last = self.bylines[-1]
        if last.title is None:
            self.bylines[-1] = attrs.evolve(last, title=title)
        return True

    def is_meta(self, unit: Unit) -> bool:
        text = unit.text
        if not _maybe_meta(text):
            return False
        return parse_credit(text) is not None or parse_byline(text, lenient=True) is not None

    def cut_tail(self, body: list[Unit]) -> list[Unit]:
        """Take trailers and end matter off the end of ``body`` and return them, in order."""
        end_matter: list[Unit] = []
        while body:
            text = body[-1].text
            if (len(text) <= 40 or _maybe_meta(text)) and (
                parse_note(text) is not None
                or is_rights(text)
                or parse_credit_trailer(text) is not None
            ):
                end_matter.append(body.pop())
                continue
            break
        end_matter.reverse()
        return end_matter

    def take_tail(self, end_matter: list[Unit]) -> None:
        """Take the end matter that :meth:`cut_tail` cut off."""
        for unit in end_matter:
            note = parse_note(unit.text)
            if note is not None and note.kind is NoteKind.TRAILER:
                self.locate(f"/notes/{len(self.notes)}", unit)
                self.notes.append(note)
            else:
                self.take_meta(unit, header=False)


def _list_kind(text: str) -> tuple[bool, str] | None:
    if text[0] not in _LIST_FIRST and not text[0].isdigit() and text[1:2] not in (".", ")"):
        return None
    match = _LIST_ITEM.match(text)
    if match is None:
        return None
    return match["bullet"] is None, match["item"]


def _speech(body: list[Unit], index: int, after_speech: bool, language: str | None) -> bool:
    """Whether the hyphen item at ``index`` is direct speech, as the Nordic languages print it
    (``- Det er godt, siger Berg.``), rather than a list item: it has a speech verb after a
    comma (:func:`~newsmodel.extract.quotes.dash_speech`), or, in a language that prints speech
    so, it follows speech or stands alone, with no hyphen item next to it. A list of several
    items without speech verbs stays a list."""
    text = body[index].text
    if text[:1] != "-":
        return False
    if dash_speech(text):
        return True
    if not dash_speech(text, language):
        return False
    if after_speech:
        return True
    return not any(
        0 <= at < len(body) and body[at].text[:2] == "- " for at in (index - 1, index + 1)
    )


def _body_blocks(reader: _Reader, body: list[Unit]) -> Iterator[tuple[str, object, Unit]]:
    """Yield ``(kind, value, unit)``: "heading", "paragraph", "quote" or "list" items."""
    previous_kind = ""
    previous_text = ""
    spoken = False  # whether the last block was direct speech opened by a hyphen
    index = 0
    while index < len(body):
        unit = body[index]
        text = unit.text
        if text[0] in _RULE_FIRST and _RULE.match(text):
            index += 1
            continue  # a rule between parts of the story ("* * *", "___")
        heading = _heading_text(text)
        if heading is not None:
            yield "heading", heading, unit
            previous_kind = "heading"
            index += 1
            continue
        listed = _list_kind(text)
        spoken = listed is not None and _speech(body, index, spoken, reader.options.language)
        if spoken:
            listed = None  # "- Det er godt, siger Berg.": direct speech opened by a hyphen
        if listed is not None:
            ordered, _ = listed
            items = []
            while index < len(body):
                item = _list_kind(body[index].text)
                if item is None or item[0] != ordered or dash_speech(body[index].text):
                    break
                items.append(item[1])
                index += 1
            yield "list", ListBlock(items=tuple(items), ordered=ordered), unit
            previous_kind = "list"
            continue
        index += 1
        following = body[index].text if index < len(body) else ""
        if following[:1] in ("=", "-") and _UNDERLINE.match(following) and len(text) <= 90:
            yield "heading", text, unit  # a heading underlined with "===" or "---"
            previous_kind = "heading"
            index += 1
            continue
        if text.startswith(">"):
            yield "quote", BlockQuote(text=text.lstrip(">").strip() or text), unit
            previous_kind = "quote"
            continue
        if reader.take_meta(unit, header=False):
            continue
        if (
            text[-1] not in _TERMINAL
            and previous_kind == "paragraph"
            and _ends_sentence(previous_text)
            and following
            and _heading_like(text)
            and _heading_text(following) is None
            and (_ends_sentence(following) or _list_kind(following) is not None)
        ):
            yield "heading", text, unit
            previous_kind = "heading"
            continue
        yield "paragraph", text, unit
        previous_kind, previous_text = "paragraph", text


def _header(reader: _Reader) -> tuple[int, str | None, str, str | None]:
    """Read navigation, kicker, headline and standfirst; return where the rest starts."""
    units = reader.units
    index = 0
    while index < len(units) - 1 and (
        is_navigation(units[index].text) or reader.take_meta(units[index], header=True)
    ):
        index += 1  # navigation, and credit lines or bylines printed above the headline
    kicker = None
    if (
        index + 1 < len(units)
        and not units[index + 1].gap
        and _is_kicker(units[index].text, units[index + 1].text)
        and not _RULE.match(units[index + 1].text)
        and not reader.is_meta(units[index + 1])
    ):
        kicker = units[index].text
        reader.locate("/kicker", units[index])
        index += 1
    headline = _heading_text(units[index].text) or units[index].text
    reader.locate("/headline", units[index])
    prefix = _WIRE_PREFIX.match(headline)
    if prefix is not None and len(headline) > prefix.end():
        headline = headline[prefix.end() :]  # "UPDATE 2-Kenyan tea exporters warn ..."
        if prefix["label"] and kicker is None:
            kicker = prefix["label"]  # "EXCLUSIVE-...": the label is the kicker
            reader.locate("/kicker", units[index])
    index += 1
    if index < len(units) - 1 and _RULE.match(units[index].text):
        index += 1  # the headline's underline
    subheadline = None
    while index < len(units):
        unit = units[index]
        if reader.take_meta(unit, header=True) or reader.take_byline_title(unit, units[index - 1]):
            index += 1
            continue
        if subheadline is not None:
            break
        emphasized = _EMPHASIZED.fullmatch(unit.text)
        if emphasized is not None:  # a standfirst set in emphasis, as Markdown sets a dek
            subheadline = emphasized["text"]
            reader.locate("/subheadline", unit)
            index += 1
            continue
        if index + 1 >= len(units):
            break
        if _heading_text(unit.text) is not None or _list_kind(unit.text) is not None:
            break
        if reader.dateline(unit.text) is not None:
            break
        after = index + 1
        while after < len(units) and reader.is_meta(units[after]):
            after += 1
        # Credit lines or bylines with a body after them, or a dateline, follow a standfirst;
        # a last paragraph followed only by a credit trailer is no standfirst.
        if (after > index + 1 and after < len(units)) or reader.dateline(
            units[index + 1].text
        ) is not None:
            subheadline = unit.text
            reader.locate("/subheadline", unit)
            index += 1
            continue
        break
    return index, kicker, headline, subheadline


def _sections(reader: _Reader, body: list[Unit]) -> tuple[tuple[Section, ...], Dateline | None]:
    dateline = None
    if body:
        first = body[0]
        if _heading_text(first.text) is None and _list_kind(first.text) is None:
            found = reader.dateline(first.text)
            if found is not None:
                dateline, rest = found
                reader.locate("/dateline", first)
                if rest:
                    body[0] = first._replace(text=rest)
                else:
                    body.pop(0)
    items = list(_body_blocks(reader, body))
    texts = [str(value) for kind, value, _ in items if kind == "paragraph"]
    # The bylines are not passed as known people: a quoted surname would resolve to an author
    # who shares it, and a text round trip would change the speaker.
    quotes = iter(attach_quotes(texts, language=reader.options.language) if texts else [])
    sections: list[Section] = []
    heading: str | None = None
    blocks: list[Block] = []
    for kind, value, unit in items:
        if kind == "heading":
            if heading is not None or blocks:
                sections.append(Section(heading=heading, blocks=tuple(blocks)))
            heading, blocks = str(value), []
            reader.locate(f"/sections/{len(sections)}/heading", unit)
            continue
        reader.locate(f"/sections/{len(sections)}/blocks/{len(blocks)}", unit)
        if kind == "paragraph":
            blocks.append(Paragraph(text=str(value), quotes=next(quotes)))
        elif isinstance(value, BlockQuote | ListBlock):
            blocks.append(value)  # text cannot carry a block quote's speaker: none is guessed
    if heading is not None or blocks:
        sections.append(Section(heading=heading, blocks=tuple(blocks)))
    return tuple(sections), dateline


def read(data: bytes, options: ReadOptions) -> Parsed:
    """Read one article from plain text.

    Raises:
        ParseError: if the text is empty or blank; :class:`~newsmodel.limits.LimitError` if it
            is longer than ``options.max_bytes``.
        ValidationError: if what was read does not make a valid article.
    """
    limits.check_size(data, options.max_bytes, options.source)
    units = split_units(clean(decode(data, options.encoding)))
    if not units:
        raise ParseError(
            "the text is empty: a plain-text article needs at least a headline line",
            Location(source=options.source, line=1, column=1),
            "empty",
        )
    reader = _Reader(units, options)
    start, kicker, headline, subheadline = _header(reader)
    body = units[start:]
    end_matter = reader.cut_tail(body)
    glued = split_trailer(body[-1].text) if body else None
    if glued is not None:
        body[-1] = body[-1]._replace(text=glued[0])
    sections, dateline = _sections(reader, body)
    if glued is not None:
        reader.notes.append(glued[1])
    reader.take_tail(end_matter)
    article = Article(
        headline=headline,
        subheadline=subheadline,
        kicker=kicker,
        bylines=tuple(reader.bylines),
        dateline=dateline,
        sections=sections,
        media=tuple(reader.media),
        notes=tuple(reader.notes),
        rights=reader.rights,
        language=options.language,
    )
    return Parsed(article=article, locations=reader.locations)
