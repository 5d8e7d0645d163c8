"""Plain text (``text``), both directions: wire stories and copied articles.

Reading takes any bytes (see :mod:`newsmodel.formats._text_read` for the rules): the headline,
kicker, standfirst, credit lines, bylines, the dateline, sections, lists, block quotes, notes,
trailers and the copyright line, then the direct quotes of every paragraph and their speakers.

Writing prints the canonical layout, which reads back to the same article::

    Kicker
    Headline

    Standfirst

    Photo: EPA/ITAR-TASS

    By Jane Doe and John Roe, Associated Press

    PLACE, Month D (Agency) - First paragraph.

    Second paragraph.

    Heading

    - a list item

    > a block quote

    Correction: a note.

    © 2026 the rights line

:func:`losses` names, as JSON pointers, what this layout cannot carry for a given article: it
writes the article, reads it back and compares, and adds the fields text never holds (ids, URLs,
dates, keywords, subjects, figures ...).

>>> from newsmodel.model import Article, Paragraph, Section
>>> article = Article(headline="Talks resume", sections=(Section(blocks=(
...     Paragraph(text="The talks resumed on Monday."),)),))
>>> print(write(article), end="")
Talks resume
<BLANKLINE>
The talks resumed on Monday.
>>> read(write(article).encode()).article == article
True
"""

from collections.abc import Iterator

import attrs

from newsmodel.errors import NewsModelError
from newsmodel.extract.bylines import format_bylines
from newsmodel.extract.credits import format_credit
from newsmodel.extract.datelines import format_dateline_paragraph
from newsmodel.extract.notes import format_note
from newsmodel.formats import Format, Parsed, ReadOptions, WriteOptions
from newsmodel.formats._compare import differences
from newsmodel.formats._text_read import read as _read
from newsmodel.model import Article, BlockQuote, Figure, ListBlock, Paragraph

__all__ = ["FORMATS_PROVIDED", "losses", "read", "write"]

_READ_DEFAULTS = ReadOptions()
_WRITE_DEFAULTS = WriteOptions()


def read(data: bytes, options: ReadOptions = _READ_DEFAULTS) -> Parsed:
    """Read one article from plain text in any encoding and layout.

    Args:
        data: The text's bytes.
        options: The source name, an encoding to use, and the reference date that gives a
            dateline's year.

    Returns:
        The article and the line and column of its parts.

    Raises:
        ParseError: if the text is empty or blank.
        ValidationError: if what was read does not make a valid article.
    """
    return _read(data, options)


def _line(text: str) -> str:
    return " ".join(text.split())


def _body(article: Article) -> Iterator[str]:
    dateline = article.dateline
    if dateline is not None and article.sections and article.sections[0].heading is not None:
        # The reader finds a dateline only where the body starts: before a first heading.
        yield format_dateline_paragraph(dateline, "")
        dateline = None
    for section in article.sections:
        if section.heading is not None:
            # A Markdown heading: a plain short line reads as a heading only between paragraphs.
            yield "## " + _line(section.heading)
        for block in section.blocks:
            if dateline is not None:
                if isinstance(block, Paragraph):
                    yield format_dateline_paragraph(dateline, _line(block.text))
                    dateline = None
                    continue
                yield format_dateline_paragraph(dateline, "")
                dateline = None
            match block:
                case Paragraph(text=text):
                    yield _line(text)
                case BlockQuote(text=text):
                    yield "> " + _line(text)
                case ListBlock(items=items, ordered=ordered):
                    yield "\n".join(
                        (f"{number}. " if ordered else "- ") + _line(item)
                        for number, item in enumerate(items, start=1)
                    )
                case Figure():
                    pass  # text has no place for a figure: losses() reports it
    if dateline is not None:
        yield format_dateline_paragraph(dateline, "")


def _marked_by_what_follows(article: Article) -> bool:
    """Whether the reader tells the standfirst from the body by what is written after it: a
    dateline opening the body (not after a heading)."""
    if article.dateline is None:
        return False
    for section in article.sections:
        if section.heading is not None:
            return False
        if section.blocks:
            return True
    return True


def write(article: Article, options: WriteOptions = _WRITE_DEFAULTS) -> str:
    """Return the article in the canonical plain-text layout, ending with a newline."""
    blocks: list[str] = []
    headline = _line(article.headline)
    blocks.append(f"{_line(article.kicker)}\n{headline}" if article.kicker else headline)
    if article.subheadline:
        standfirst = _line(article.subheadline)
        if standfirst and not _marked_by_what_follows(article):
            standfirst = f"*{standfirst}*"  # the reader takes an emphasized line for the standfirst
        blocks.append(standfirst)
    blocks.extend(format_credit(media) for media in article.media if media.credit)
    blocks.extend(format_bylines(article.bylines))
    blocks.extend(_body(article))
    blocks.extend(_line(format_note(note)) for note in article.notes)
    if article.rights:
        blocks.append(_line(article.rights))
    return "\n\n".join(block for block in blocks if block) + "\n"


_NEVER_CARRIED = (
    "published",
    "modified",
    "language",
    "source",
    "url",
    "id",
    "keywords",
    "subjects",
)


def losses(article: Article, options: WriteOptions = _WRITE_DEFAULTS) -> tuple[str, ...]:
    """Return the JSON pointers of the parts of ``article`` that plain text cannot carry.

    Besides the fields text never holds (dates, language, source, URL, id, keywords, subjects),
    these are the parts that would read back differently: a dateline's year, a figure, a media
    item's URL or caption, a quote the reader would not find or would give another speaker, a
    paragraph that would read as a heading, and so on.

    >>> losses(Article(headline="Talks resume", id="urn:1", keywords=("talks",)))
    ('/id', '/keywords')
    """
    found = [
        f"/{name}"
        for name in _NEVER_CARRIED
        if getattr(article, name) != attrs.fields_dict(Article)[name].default
    ]
    stripped = attrs.evolve(
        article,
        published=None,
        modified=None,
        language=None,
        source=None,
        url=None,
        id=None,
        keywords=(),
        subjects=(),
    )
    try:
        back = read(write(stripped, options).encode("utf-8", "surrogatepass")).article
    except NewsModelError:
        return (*found, "")
    found.extend(differences(stripped, back, ""))
    return tuple(found)


FORMATS_PROVIDED = (
    Format(
        name="text",
        description="plain text: wire stories and copied articles; the written layout reads back",
        extensions=(".txt", ".text"),
        read=read,
        write=write,
        losses=losses,
        media_type="text/plain",
    ),
)
"""The format this module provides. It has no sniffer: plain text is what is left when no other
format recognises a document."""
