"""HTML (``html``), both directions: real news pages in, semantic HTML5 out.

Reading takes the bytes of any web page. A document the writer made (it says so in ``<meta
name="generator" content="newsmodel">``) is read exactly from its markup. Any other page goes
through :mod:`newsmodel.formats.html._page`: the encoding, the page's metadata, the main content
found by a general algorithm, and its structure (sections, paragraphs, lists, block quotes,
figures), then the dateline and the quotes with their speakers.

Writing gives a semantic HTML5 document: an ``<article>`` with schema.org ``NewsArticle``
microdata, the headline, standfirst, bylines, ``<time>`` elements, the dateline marked up at the
start of the first paragraph, the body as ``<section>`` elements with ``<q>``, ``<blockquote>``,
``<figure>`` and lists, and the notes; it reads back to the same article.

>>> from newsmodel.model import Article, Paragraph, Section
>>> article = Article(headline="Talks resume", sections=(Section(blocks=(
...     Paragraph(text="The talks resumed on Monday."),)),))
>>> read(write(article).encode()).article == article
True
"""

import datetime
from collections.abc import Iterator

from newsmodel.errors import NewsModelError
from newsmodel.formats import Format, Parsed, ReadOptions, WriteOptions
from newsmodel.formats._body import escape_attribute, escape_text, figure_html, sections_to_html
from newsmodel.formats._compare import differences
from newsmodel.formats.html._page import read_page
from newsmodel.formats.html._semantic import (
    DATELINE_ATTRIBUTES,
    DATELINE_SEPARATOR,
    GENERATOR,
    MARKER,
)
from newsmodel.model import Article, Dateline, Paragraph, Person

__all__ = ["FORMATS_PROVIDED", "losses", "read", "write"]

_READ_DEFAULTS = ReadOptions()
_WRITE_DEFAULTS = WriteOptions()
_SCHEMA = "https://schema.org/"


def read(data: bytes, options: ReadOptions = _READ_DEFAULTS) -> Parsed:
    """Read one article from a web page's bytes.

    Args:
        data: The page's bytes.
        options: The source name, the encoding of an HTTP header (it beats what the page
            declares), and the reference date that gives a dateline's year.

    Returns:
        The article; ``locations`` holds the line of the body's blocks; ``problems`` a
        ``missing-headline`` warning when the page gives no headline and its body's first
        heading or paragraph stands in.

    Raises:
        ParseError: if the page holds no article (no text; no headline and nothing to stand
            in for one).
        ValidationError: if what was read does not make a valid article.
    """
    return read_page(data, options)


def _attribute(name: str, value: str | None) -> str:
    return "" if value is None else f' {name}="{escape_attribute(value)}"'


def _meta(prop: str, value: str | None) -> str:
    return "" if value is None else f'<meta itemprop="{prop}" content="{escape_attribute(value)}"/>'


def _person(person: Person) -> str:
    parts = [
        f'<span itemprop="author" itemscope="" itemtype="{_SCHEMA}Person"'
        f"{_attribute('data-role', person.role)}>"
        f'<span itemprop="name">{escape_text(person.name)}</span>'
    ]
    if person.title is not None:
        parts.append(f', <span itemprop="jobTitle">{escape_text(person.title)}</span>')
    if person.organization is not None:
        parts.append(f', <span itemprop="affiliation">{escape_text(person.organization)}</span>')
    parts.append("</span>")
    return "".join(parts)


def _time(prop: str, label: str, moment: datetime.datetime | None) -> str:
    if moment is None:
        return ""
    stamp = moment.isoformat()
    return f'<p class="{label}"><time itemprop="{prop}" datetime="{stamp}">{stamp}</time></p>'


def _dateline(dateline: Dateline) -> str:
    attributes = "".join(
        _attribute(key, getattr(dateline, field)) for field, key in DATELINE_ATTRIBUTES
    )
    for name in ("year", "month", "day"):
        value = getattr(dateline, name)
        if value is not None:
            attributes += f' data-{name}="{value}"'
    text = escape_text(dateline.text)
    return f'<span class="dateline" itemprop="dateline"{attributes}>{text}</span>'


def _inline_dateline(article: Article) -> bool:
    """Whether the dateline goes at the start of the first paragraph (it is the first block)."""
    return bool(
        article.dateline is not None
        and article.sections
        and article.sections[0].blocks
        and isinstance(article.sections[0].blocks[0], Paragraph)
    )


def _header(article: Article, inline_dateline: bool) -> Iterator[str]:
    yield "<header>"
    if article.kicker is not None:
        yield f'<p class="kicker">{escape_text(article.kicker)}</p>'
    yield f'<h1 itemprop="headline">{escape_text(article.headline)}</h1>'
    if article.subheadline is not None:
        yield f'<p class="standfirst" itemprop="description">{escape_text(article.subheadline)}</p>'
    if article.bylines:
        yield '<p class="byline">By ' + " and ".join(map(_person, article.bylines)) + "</p>"
    yield _time("datePublished", "published", article.published)
    yield _time("dateModified", "modified", article.modified)
    if article.dateline is not None and not inline_dateline:
        yield f"<p>{_dateline(article.dateline)}</p>"
    for media in article.media:
        out: list[str] = []
        figure_html(media, out, css_class="lead")
        yield "".join(out)
    yield "</header>"


def _body(article: Article, inline_dateline: bool) -> str:
    body = sections_to_html(article.sections)
    if inline_dateline and article.dateline is not None:
        # The first block is a paragraph: its <p> is the first one in the markup.
        at = body.index("<p>") + len("<p>")
        separator = article.dateline.separator
        if separator is None:
            separator = DATELINE_SEPARATOR
        body = body[:at] + _dateline(article.dateline) + escape_text(separator) + body[at:]
    return f'<div itemprop="articleBody">{body}</div>'


def _footer(article: Article) -> Iterator[str]:
    yield "<footer>"
    for note in article.notes:
        yield f'<p class="note" data-note="{note.kind.value}">{escape_text(note.text)}</p>'
    if article.rights is not None:
        rights = escape_text(article.rights)
        yield f'<p class="rights"><small itemprop="copyrightNotice">{rights}</small></p>'
    yield _meta("sourceOrganization", article.source)
    if article.url is not None:
        yield f'<link itemprop="url" href="{escape_attribute(article.url)}"/>'
    yield _meta("identifier", article.id)
    for keyword in article.keywords:
        yield _meta("keywords", keyword)
    for subject in article.subjects:
        yield (
            f'<div itemprop="about" itemscope="" itemtype="{_SCHEMA}Thing" hidden="">'
            f"{_meta('identifier', subject.code)}{_meta('name', subject.name)}</div>"
        )
    yield "</footer>"


def write(article: Article, options: WriteOptions = _WRITE_DEFAULTS) -> str:
    """Return the article as a semantic HTML5 document, ending with a newline.

    Args:
        article: The article.
        options: Unused: the HTML layout has no options.
    """
    inline_dateline = _inline_dateline(article)
    head = [
        "<!DOCTYPE html>",
        f"<html{_attribute('lang', article.language)}>",
        "<head>",
        '<meta charset="utf-8"/>',
        f'<meta name="generator" content="{GENERATOR}"/>',
        f"<title>{escape_text(article.headline)}</title>",
    ]
    if article.url is not None:
        head.append(f'<link rel="canonical" href="{escape_attribute(article.url)}"/>')
    head.extend(["</head>", "<body>"])
    parts = [
        *head,
        f'<article {MARKER}="1" itemscope="" itemtype="{_SCHEMA}NewsArticle">',
        *_header(article, inline_dateline),
        _body(article, inline_dateline),
        *_footer(article),
        "</article>",
        "</body>",
        "</html>",
    ]
    return "\n".join(part for part in parts if part) + "\n"


def losses(article: Article, options: WriteOptions = _WRITE_DEFAULTS) -> tuple[str, ...]:
    """Return the JSON pointers of the parts of ``article`` that the HTML document cannot carry.

    The document carries every field; what reads back differently is reported: a quote that
    overlaps the one before it, an empty caption or credit (read back as None), a tab or line
    break inside a paragraph (read as a space).

    >>> from newsmodel.model import Figure, Media, Section
    >>> losses(Article(headline="Talks", sections=(Section(blocks=(
    ...     Figure(media=Media(caption="")),)),)))
    ('/sections/0/blocks/0/media/caption',)
    """
    try:
        back = read(write(article, options).encode("utf-8", "surrogatepass")).article
    except NewsModelError:
        return ("",)
    return tuple(differences(article, back, ""))


def _sniff(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    return start.startswith((b"<!doctype html", b"<html")) or b"<html" in start


FORMATS_PROVIDED = (
    Format(
        name="html",
        description="HTML: real news pages in; semantic HTML5 with schema.org markup out",
        extensions=(".html", ".htm", ".xhtml"),
        read=read,
        write=write,
        losses=losses,
        sniff=_sniff,
        media_type="text/html",
    ),
)
"""The format this module provides."""
