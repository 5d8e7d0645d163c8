"""Markdown (``markdown``), write only: an article for people to read.

The layout (CommonMark)::

    *KICKER*

    # Headline

    **Standfirst**

    By Jane Doe, Associated Press · Editing by John Roe

    *Published 2026-11-27 09:30 UTC · Updated ...*

    **ROSTOV ON DON, October 28 (Itar-Tass)** - First paragraph.

    ## Heading

    > A block quote
    >
    > — Speaker, Title

    ![alt](url)
    *Caption* (Photo: credit)

    - list item

    ---

    *Correction: ...*

    © rights

Characters that Markdown would read as markup are escaped. :func:`losses` names what this layout
does not show: the id, language, subjects' codes, the parts of a dateline that its printed text
does not say (a year from a reference date), and the speakers of inline quotes (the quotes
themselves stay in the text).

>>> from newsmodel.model import Article, Paragraph, Section
>>> print(write(Article(headline="Talks *resume*", sections=(
...     Section(blocks=(Paragraph(text="They met."),)),))), end="")
# Talks \\*resume\\*
<BLANKLINE>
They met.
"""

import re
from collections.abc import Iterator

from newsmodel.extract.datelines import format_dateline_paragraph, parse_dateline
from newsmodel.formats import Format, WriteOptions
from newsmodel.model import (
    Article,
    BlockQuote,
    Dateline,
    Figure,
    ListBlock,
    Media,
    MediaKind,
    NoteKind,
    Paragraph,
    Person,
)

__all__ = ["FORMATS_PROVIDED", "losses", "write"]

_WRITE_DEFAULTS = WriteOptions()
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")
_LIST_START = re.compile(r"^(\d+)([.)])(?=\s|$)")
_MARK_START = re.compile(r"^([-+=])")
_KIND_LABELS = {
    MediaKind.VIDEO: "Video",
    MediaKind.AUDIO: "Audio",
    MediaKind.GRAPHIC: "Graphic",
    MediaKind.EMBED: "Embed",
}
_NOTE_LABELS = {
    NoteKind.CORRECTION: "Correction",
    NoteKind.CLARIFICATION: "Clarification",
    NoteKind.EDITORS_NOTE: "Editor's note",
    NoteKind.UPDATE: "Update",
}


def _escape(text: str) -> str:
    """Escape Markdown markup in one line of text."""
    text = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    text = _LIST_START.sub(r"\1\\\2", text)
    return _MARK_START.sub(r"\\\1", text)


def _person(person: Person) -> str:
    extras = [part for part in (person.title, person.organization) if part]
    return _escape(", ".join([person.name, *extras]))


def _bylines(people: tuple[Person, ...]) -> str:
    labels = {"editor": "Editing by", "photographer": "Photographs by"}
    labels |= {"contributor": "Additional reporting by", "translator": "Translated by"}
    groups: list[tuple[str, list[str]]] = []
    for person in people:
        label = labels.get(person.role or "author", "By")
        if groups and groups[-1][0] == label:
            groups[-1][1].append(_person(person))
        else:
            groups.append((label, [_person(person)]))
    return " · ".join(f"{label} {' and '.join(names)}" for label, names in groups)


def _media(media: Media) -> Iterator[str]:
    alt = _escape(media.alt or media.caption or str(media.kind))
    lines = []
    if media.url:
        if media.kind is MediaKind.IMAGE or media.kind is MediaKind.GRAPHIC:
            lines.append(f"![{alt}](<{media.url}>)")
        else:
            lines.append(f"[{alt}](<{media.url}>)")
    label = _KIND_LABELS.get(media.kind, "Photo")
    credit = f"{label}: {_escape(media.credit)}" if media.credit else ""
    if media.caption:
        lines.append(f"*{_escape(media.caption)}*" + (f" ({credit})" if credit else ""))
    elif credit:
        lines.append(f"*{credit}*")
    if lines:
        yield "  \n".join(lines)


def _body(article: Article) -> Iterator[str]:
    dateline = article.dateline
    for section in article.sections:
        if section.heading is not None:
            yield f"## {_escape(section.heading)}"
        for block in section.blocks:
            prefix = ""
            if dateline is not None and isinstance(block, Paragraph):
                separator = " - " if dateline.separator is None else dateline.separator
                # the separator's spaces are kept: _escape would squash them
                printed = _SPECIAL.sub(r"\\\1", separator)
                prefix = f"**{_escape(dateline.text)}**{printed}"
                dateline = None
            match block:
                case Paragraph(text=text):
                    yield prefix + _escape(text)
                case BlockQuote(text=text, speaker=speaker):
                    quoted = "\n>\n".join(f"> {_escape(part)}" for part in text.split("\n\n"))
                    yield quoted + (f"\n>\n> — {_person(speaker)}" if speaker else "")
                case ListBlock(items=items, ordered=ordered):
                    yield "\n".join(
                        (f"{number}. " if ordered else "- ") + _escape(item)
                        for number, item in enumerate(items, start=1)
                    )
                case Figure(media=media):
                    yield from _media(media)
    if dateline is not None:
        yield f"**{_escape(dateline.text)}**"


def _dates(article: Article) -> str | None:
    parts = []
    if article.published is not None:
        parts.append(f"Published {article.published.isoformat()}")
    if article.modified is not None:
        parts.append(f"Updated {article.modified.isoformat()}")
    return f"*{' · '.join(parts)}*" if parts else None


def write(article: Article, options: WriteOptions = _WRITE_DEFAULTS) -> str:
    """Return the article as a Markdown document ending with a newline."""
    out: list[str] = []
    if article.kicker:
        out.append(f"*{_escape(article.kicker)}*")
    out.append(f"# {_escape(article.headline)}")
    if article.subheadline:
        out.append(f"**{_escape(article.subheadline)}**")
    for media in article.media:
        out.extend(_media(media))
    if article.bylines:
        out.append(_bylines(article.bylines))
    source = [_escape(article.source)] if article.source else []
    if article.url:
        source.append(f"<{article.url}>")
    dates = _dates(article)
    if dates:
        out.append(dates)
    if source:
        out.append(" · ".join(source))
    out.extend(_body(article))
    tail: list[str] = []
    for note in article.notes:
        label = _NOTE_LABELS.get(note.kind)
        tail.append(f"*{label}: {_escape(note.text)}*" if label else f"*{_escape(note.text)}*")
    if article.keywords:
        tail.append("Keywords: " + ", ".join(_escape(word) for word in article.keywords))
    if article.subjects:
        names = [subject.name or subject.code or "" for subject in article.subjects]
        tail.append("Subjects: " + ", ".join(_escape(name) for name in names if name))
    if article.rights:
        tail.append(_escape(article.rights))
    if tail:
        out.append("---")
        out.extend(tail)
    return "\n\n".join(part for part in out if part) + "\n"


def _dateline_losses(dateline: Dateline) -> Iterator[str]:
    """The parts of a dateline that its printed text does not say."""
    parsed = parse_dateline(format_dateline_paragraph(dateline, "Text."))
    said = parsed[0] if parsed is not None else Dateline(text=dateline.text)
    for name in ("place", "region", "country", "year", "month", "day", "source", "separator"):
        if getattr(dateline, name) is not None and getattr(dateline, name) != getattr(said, name):
            yield f"/dateline/{name}"


def losses(article: Article, options: WriteOptions = _WRITE_DEFAULTS) -> tuple[str, ...]:
    """Return the JSON pointers of what the Markdown layout does not show.

    >>> losses(Article(headline="Talks", id="urn:1", language="en"))
    ('/language', '/id')
    """
    lost = [name for name in ("language", "id") if getattr(article, name) is not None]
    found = [f"/{name}" for name in lost]
    if article.dateline is not None:
        found.extend(_dateline_losses(article.dateline))
    found.extend(
        f"/subjects/{index}/code" for index, subject in enumerate(article.subjects) if subject.code
    )
    for number, section in enumerate(article.sections):
        for index, block in enumerate(section.blocks):
            if isinstance(block, Paragraph):
                found.extend(
                    f"/sections/{number}/blocks/{index}/quotes/{q}/speaker"
                    for q, quote in enumerate(block.quotes)
                    if quote.speaker is not None
                )
            if isinstance(block, BlockQuote) and block.speaker and block.speaker.role:
                found.append(f"/sections/{number}/blocks/{index}/speaker/role")
    shown = (None, "author", "editor", "photographer", "contributor", "translator")
    found.extend(
        f"/bylines/{index}/role"
        for index, person in enumerate(article.bylines)
        if person.role not in shown
    )
    return tuple(found)


FORMATS_PROVIDED = (
    Format(
        name="markdown",
        description="Markdown for people to read (write only)",
        extensions=(".md", ".markdown"),
        write=write,
        losses=losses,
        media_type="text/markdown",
    ),
)
"""The format this module provides."""
