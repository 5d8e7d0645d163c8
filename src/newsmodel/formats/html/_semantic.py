"""Reading the semantic HTML5 that newsmodel writes, exactly, without heuristics.

The ``html`` writer marks its documents with ``<meta name="generator" content="newsmodel">`` and
an ``<article data-newsmodel>`` element carrying schema.org ``NewsArticle`` microdata. Every field
of the article is in that markup (see ``docs/formats/html.md``), so such a document reads back to
the article it was written from; this module does that reading. Pages from elsewhere go through
the main-content heuristics instead.
"""

import datetime

from lxml import html

from newsmodel.errors import Location, ParseError
from newsmodel.formats._body_read import figure_media, read_sections
from newsmodel.formats._date_parts import date_part
from newsmodel.model import (
    Article,
    Dateline,
    Media,
    Note,
    NoteKind,
    Person,
    Subject,
)

__all__ = [
    "DATELINE_ATTRIBUTES",
    "DATELINE_SEPARATOR",
    "GENERATOR",
    "MARKER",
    "read_semantic",
]

GENERATOR = "newsmodel"
"""The ``<meta name="generator">`` content of documents the writer made."""

MARKER = "data-newsmodel"
"""The attribute on the ``<article>`` element of documents the writer made."""

DATELINE_SEPARATOR = " \u2014 "
"""What stands between a dateline and its paragraph's text when the dateline's ``separator`` is
None; otherwise that separator does, and ``data-separator`` holds it."""

DATELINE_ATTRIBUTES = (
    ("place", "data-place"),
    ("region", "data-region"),
    ("country", "data-country"),
    ("source", "data-source"),
    ("separator", "data-separator"),
)
"""Dateline fields and the attributes of ``<span class="dateline">`` that carry them; the date's
parts are ``data-year``, ``data-month`` and ``data-day``."""


def _is_own(root: html.HtmlElement) -> html.HtmlElement | None:
    """The article element of a document newsmodel wrote, or None."""
    generator = root.find("head/meta[@name='generator']")
    if generator is None or generator.get("content") != GENERATOR:
        return None
    return root.find(f".//article[@{MARKER}]")


def _text(element: html.HtmlElement) -> str:
    return element.text_content()


def _prop(scope: html.HtmlElement, name: str) -> list[html.HtmlElement]:
    """The elements with ``itemprop=name`` in ``scope``, not inside a nested item."""
    found: list[html.HtmlElement] = []
    # A stack with the next element at its end, children pushed in reverse: document order, and
    # each step takes constant time (a list used as a queue from the front is quadratic).
    stack = list(reversed(scope))
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str):
            continue
        if element.get("itemprop") == name:
            found.append(element)
        if element.get("itemscope") is None:
            stack.extend(reversed(element))
    return found


def _one(scope: html.HtmlElement, name: str) -> html.HtmlElement | None:
    found = _prop(scope, name)
    return found[0] if found else None


def _value(element: html.HtmlElement | None) -> str | None:
    """An item property's value: ``content``, ``href`` or ``datetime`` if present, else text."""
    if element is None:
        return None
    for attribute in ("content", "href", "datetime"):
        value = element.get(attribute)
        if value is not None:
            return value
    return _text(element)


def _person(element: html.HtmlElement) -> Person:
    return Person(
        name=_value(_one(element, "name")) or "",
        title=_value(_one(element, "jobTitle")),
        organization=_value(_one(element, "affiliation")),
        role=element.get("data-role"),
    )


def _datetime(element: html.HtmlElement | None, source: str | None) -> datetime.datetime | None:
    value = _value(element)
    if value is None:
        return None
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError as exc:
        raise ParseError(
            f"the date {value!r} is not an ISO 8601 date and time",
            Location(source=source, line=element.sourceline if element is not None else None),
            "invalid-date",
        ) from exc
    if moment.utcoffset() is None:
        raise ParseError(
            f"the date {value!r} has no UTC offset",
            Location(source=source, line=element.sourceline if element is not None else None),
            "invalid-date",
        )
    return moment


def _dateline(article: html.HtmlElement) -> Dateline | None:
    found = article.find(".//span[@itemprop='dateline']")
    if found is None:
        return None
    fields = {field: found.get(key) for field, key in DATELINE_ATTRIBUTES}
    dateline = Dateline(
        text=_text(found),
        place=fields["place"],
        region=fields["region"],
        country=fields["country"],
        source=fields["source"],
        separator=fields["separator"],
        year=date_part(found.get("data-year")),
        month=date_part(found.get("data-month")),
        day=date_part(found.get("data-day")),
    )
    parent = found.getparent()
    # An inline dateline: take it and its separator out of the paragraph.
    if parent is not None and parent.tag == "p" and parent.getparent() is not None:
        tail = found.tail or ""
        separator = DATELINE_SEPARATOR if dateline.separator is None else dateline.separator
        if tail.startswith(separator):
            tail = tail[len(separator) :]
        parent.text = (parent.text or "") + tail
        parent.remove(found)
    return dateline


def _notes(article: html.HtmlElement) -> tuple[Note, ...]:
    notes: list[Note] = []
    for element in article.iterfind(".//p[@data-note]"):
        try:
            kind = NoteKind(element.get("data-note", ""))
        except ValueError:
            kind = NoteKind.OTHER
        notes.append(Note(kind=kind, text=_text(element)))
    return tuple(notes)


def _subjects(article: html.HtmlElement) -> tuple[Subject, ...]:
    return tuple(
        Subject(code=_value(_one(item, "identifier")), name=_value(_one(item, "name")))
        for item in _prop(article, "about")
    )


def _media(article: html.HtmlElement) -> tuple[Media, ...]:
    header = article.find("header")
    if header is None:
        return ()
    return tuple(figure_media(figure) for figure in header.iterfind("figure"))


def read_semantic(root: html.HtmlElement, source: str | None = None) -> Article | None:
    """Read a document the ``html`` writer made; None if ``root`` is not one.

    The tree is changed (an inline dateline is taken out of its paragraph).

    Args:
        root: The parsed document.
        source: The file name, for locations in errors.

    Raises:
        ParseError: if a date in the markup is not an aware ISO 8601 date and time.
    """
    article = _is_own(root)
    if article is None:
        return None
    headline = _one(article, "headline")
    subheadline = _one(article, "description")
    kicker = article.find("header/p[@class='kicker']")
    rights = _one(article, "copyrightNotice")
    dateline = _dateline(article)
    body = _one(article, "articleBody")
    return Article(
        headline="" if headline is None else _text(headline),
        subheadline=None if subheadline is None else _text(subheadline),
        kicker=None if kicker is None else _text(kicker),
        bylines=tuple(_person(element) for element in _prop(article, "author")),
        dateline=dateline,
        published=_datetime(_one(article, "datePublished"), source),
        modified=_datetime(_one(article, "dateModified"), source),
        language=root.get("lang"),
        source=_value(_one(article, "sourceOrganization")),
        url=_value(_one(article, "url")),
        id=_value(_one(article, "identifier")),
        sections=() if body is None else read_sections(body),
        media=_media(article),
        keywords=tuple(_value(element) or "" for element in _prop(article, "keywords")),
        subjects=_subjects(article),
        notes=_notes(article),
        rights=None if rights is None else _text(rights),
    )
