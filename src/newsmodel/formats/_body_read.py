"""Reading body markup into sections: HTML, XHTML and NITF, namespaced or not.

One walker serves every vocabulary, since they share most names: ``p``, ``q``, ``ul``/``ol``/``li``
and, for sections and headings, HTML's ``section`` and ``h1``-``h6`` or NITF's ``block`` and
``hl2``; HTML's ``blockquote``/``figure`` or NITF's ``bq``/``media``. Namespaces are ignored.

A heading outside a section starts one; a section's first heading is its heading; a later one
starts a new section. Containers (``div``, ``article``, ``table``, NITF ``body.content``) are
walked; inline markup is flattened to its text; loose text becomes a paragraph. Text is kept
exactly, except that a whitespace run holding a tab, line feed, carriage return or form feed
becomes one space, or nothing at the start or end of a block.
"""

import re
from collections.abc import Iterable

from lxml import etree

from newsmodel.errors import Location
from newsmodel.limits import LimitError
from newsmodel.model import (
    Block,
    BlockQuote,
    Figure,
    ListBlock,
    Media,
    MediaKind,
    Paragraph,
    Person,
    Quote,
    Section,
)

__all__ = [
    "BLOCK_ELEMENTS",
    "CITE_ATTRIBUTES",
    "CREDIT_PROPS",
    "HARD_CHARS",
    "SPEAKER_ATTRIBUTES",
    "figure_media",
    "holds_hard_chars",
    "local_name",
    "plain_text",
    "read_sections",
]

SPEAKER_ATTRIBUTES = (
    ("title", "data-speaker-title"),
    ("organization", "data-speaker-organization"),
    ("role", "data-speaker-role"),
)
"""Person fields and the ``<q>`` attributes that carry them (the name is ``data-speaker``)."""

CITE_ATTRIBUTES = (
    ("title", "data-title"),
    ("organization", "data-organization"),
    ("role", "data-role"),
)
"""Person fields and the ``<cite>`` attributes that carry them (the name is the text)."""

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "hl2"})
_SECTIONS = frozenset({"section", "block"})
_CONTAINERS = frozenset(
    {
        "body", "div", "article", "main", "header", "center", "html", "body.content",
        "table", "tbody", "thead", "tfoot", "tr", "dl", "details", "nitf-table",
    }
)  # fmt: skip
_SKIPPED = frozenset(
    {
        "script", "style", "template", "noscript", "head", "nav", "form", "button", "aside",
        "body.head", "body.end", "note", "fn", "media-metadata", "tobject", "key-list",
        "classifier", "byline", "dateline", "copyrite", "abstract", "datasource",
    }
)  # fmt: skip
_INLINE_SKIPPED = frozenset({"script", "style", "template"})
BLOCK_ELEMENTS = frozenset(
    {
        "div", "p", "li", "section", "article", "header", "footer", "address", "blockquote",
        "figure", "figcaption", "ul", "ol", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3",
        "h4", "h5", "h6", "pre", "hr",
    }
)  # fmt: skip
"""Elements a browser lays out as blocks even inside inline markup (a ``<div>`` in a ``<span>``):
their text is apart from the text around them, never glued to its words."""
_LOOSE_BLOCKS = frozenset({"pre", "address", "dd", "dt", "td", "th", "caption", "summary"})
_HTML_ELEMENTS = frozenset(
    """a abbr acronym address area article aside audio b base bdi bdo big blink blockquote body
    br button canvas caption center cite code col colgroup data datalist dd del details dfn
    dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1
    h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link
    main map mark marquee menu meta meter nav nobr noembed noframes noscript object ol optgroup
    option output p param picture plaintext pre progress q rb rp rt rtc ruby s samp script
    search section select slot small source span strike strong style sub summary sup table
    tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr xmp svg
    math""".split()  # noqa: SIM905 (a word list)
)
"""The elements HTML defines (obsolete ones too). Any other element, a web component
("<paragraph>", "<app-teaser>", "<inline-embed>"), has no layout of its own to go by."""
_EMBED_CLASSES = ("twitter-tweet", "instagram-media", "tiktok-embed", "fb-post", "embed")
_PICTURE_LINK = re.compile(r"\s*pic\.(?:twitter|x)\.com/\S+$")
_EMBED_AUTHOR = 100
_MEDIA_TAGS = {
    "img": MediaKind.IMAGE,
    "picture": MediaKind.IMAGE,
    "video": MediaKind.VIDEO,
    "audio": MediaKind.AUDIO,
    "iframe": MediaKind.EMBED,
    "embed": MediaKind.EMBED,
    "object": MediaKind.EMBED,
}
_NITF_MEDIA_TYPES = {
    "image": MediaKind.IMAGE,
    "photo": MediaKind.IMAGE,
    "video": MediaKind.VIDEO,
    "audio": MediaKind.AUDIO,
}
_CREDIT_CLASSES = frozenset(
    {
        *("credit", "credits", "byline", "photographer", "copyright", "source"),
        # the same in the other languages read: "bildautor", "bildnachweis", "photographe"
        *("bildautor", "bildnachweis", "bildquelle", "fotograf", "fotonachweis", "photographe"),
        *("fotografo", "fotógrafo"),
    }
)
"""The class names of a figure's credit element, alone or closing a compound name."""
CREDIT_PROPS = frozenset({"creditText", "copyrightHolder", "copyrightNotice"})
"""The schema.org properties of a picture's credit (``itemprop="creditText"``)."""
_SPACE_RUN = re.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]")
"""A whole run of HTML whitespace that may hold hard whitespace: each run is matched once, so the
scan is linear (a pattern that must find a tab or line break inside the run would scan a long run
of spaces again from each of its characters). A lone space, the common run, is not matched at all:
it is kept as it is, and skipping it in the expression saves a Python step per word."""
HARD_CHARS = frozenset("\t\n\r\f")
"""The whitespace that the body reader turns, with the run it stands in, into one space."""


def holds_hard_chars(text: str) -> bool:
    """Whether ``text`` holds one of :data:`HARD_CHARS`.

    Four substring tests, each a fast scan in C: ``HARD_CHARS.isdisjoint(text)`` gives the same
    answer but steps through the text one character object at a time, some 30 times slower on
    a paragraph.

    >>> holds_hard_chars("one\\ttwo"), holds_hard_chars("one  two")
    (True, False)
    """
    return "\n" in text or "\t" in text or "\r" in text or "\f" in text


_DASHES = " \t\n\r\f\u00a0-\u2013\u2014\u2015~"


def local_name(element: etree._Element) -> str:
    """Return an element's tag without its namespace, lower-cased; "" for comments and PIs."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    name = _LOCAL_NAMES.get(tag)
    if name is None:
        name = _LOCAL_NAMES[tag] = tag.rpartition("}")[2].lower()
    return name


_LOCAL_NAMES: dict[str, str] = {}
"""Local names by tag: documents use few tags, each many times."""


def _tidy(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Turn hard whitespace runs into one space (none at the ends), moving the spans along."""
    if not holds_hard_chars(text):
        return text, spans
    if not spans:
        return _tidy_text(text), spans
    pieces: list[str] = []
    # new_at[i] is the new offset of old offset i.
    new_at: list[int] = []
    length = 0
    position = 0
    for match in _SPACE_RUN.finditer(text):
        if HARD_CHARS.isdisjoint(match.group()):
            continue
        kept = text[position : match.start()]
        new_at.extend(range(length, length + len(kept)))
        pieces.append(kept)
        length += len(kept)
        at_edge = match.start() == 0 or match.end() == len(text)
        replacement = "" if at_edge else " "
        new_at.extend([length] * (match.end() - match.start()))
        pieces.append(replacement)
        length += len(replacement)
        position = match.end()
    kept = text[position:]
    new_at.extend(range(length, length + len(kept)))
    pieces.append(kept)
    length += len(kept)
    new_at.append(length)
    return "".join(pieces), [(new_at[start], new_at[end]) for start, end in spans]


def _tidy_text(text: str) -> str:
    """:func:`_tidy` without spans to move: the text alone."""
    pieces: list[str] = []
    position = 0
    for match in _SPACE_RUN.finditer(text):
        if HARD_CHARS.isdisjoint(match.group()):
            continue
        pieces.append(text[position : match.start()])
        if match.start() and match.end() != len(text):
            pieces.append(" ")
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces)


class _Inline:
    """Collects the text of inline markup, with the spans of its ``<q>`` elements."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.quotes: list[tuple[int, int, Person | None]] = []

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)

    def element(self, element: etree._Element, *, in_quote: bool = False) -> None:
        name = local_name(element)
        if name in _INLINE_SKIPPED:
            pass
        elif name == "br":
            self.add("\n")
        elif name == "q" and not in_quote:
            start = self.length
            self.children(element, in_quote=True)
            self.quotes.append((start, self.length, _quote_speaker(element)))
        elif name in BLOCK_ELEMENTS:
            self.add("\n")  # turned, with the whitespace around it, into one space
            self.children(element, in_quote=in_quote)
            self.add("\n")
        elif name:
            self.children(element, in_quote=in_quote)
        self.add(element.tail)

    def children(self, element: etree._Element, *, in_quote: bool = False) -> None:
        self.add(element.text)
        for child in element:
            self.element(child, in_quote=in_quote)

    def paragraph(self) -> Paragraph:
        raw = "".join(self.parts)
        text, spans = _tidy(raw, [(start, end) for start, end, _ in self.quotes])
        quotes = tuple(
            Quote(text=text[start:end], speaker=speaker, start=start, end=end)
            for (start, end), (_, _, speaker) in zip(spans, self.quotes, strict=True)
        )
        return Paragraph(text=text, quotes=quotes)


def _person(
    name: str | None, element: etree._Element, keys: tuple[tuple[str, str], ...]
) -> Person | None:
    if name is None:
        return None
    fields = {field: element.get(key) for field, key in keys}
    return Person(name=name, **fields)


def _quote_speaker(element: etree._Element) -> Person | None:
    name = element.get("data-speaker")
    if name is None:
        name = element.get("quote-source")  # NITF
    return _person(name, element, SPEAKER_ATTRIBUTES)


def plain_text(element: etree._Element) -> str:
    """Return an element's text, inline markup flattened, hard whitespace collapsed."""
    if not len(element):
        return _tidy(element.text or "", [])[0]
    inline = _Inline()
    inline.children(element)
    return inline.paragraph().text


def _optional(text: str) -> str | None:
    return text or None


def _classes(element: etree._Element) -> list[str]:
    return (element.get("class") or "").split()


def _names_credit(element: etree._Element) -> bool:
    """Whether a class of ``element`` names a credit: one of :data:`_CREDIT_CLASSES`, alone or
    as the last part of a compound name ("photo-credit", "image__copyright", "media_credit");
    or its microdata property does (:data:`CREDIT_PROPS`, ``itemprop="creditText"``)."""
    prop = element.get("itemprop")
    if prop and not CREDIT_PROPS.isdisjoint(prop.split()) and "".join(element.itertext()).strip():
        return True
    for name in _classes(element):
        last = name.lower().replace("_", "-").rsplit("-", 1)[-1]
        if last in _CREDIT_CLASSES:
            return True
    return False


def _find(element: etree._Element, names: Iterable[str]) -> etree._Element | None:
    wanted = set(names)
    for descendant in element.iter():
        if local_name(descendant) in wanted:
            return descendant
    return None


def _media_element(element: etree._Element, kind: MediaKind) -> Media:
    name = local_name(element)
    if name == "picture":
        image = _find(element, ["img"])
        if image is not None:
            element = image
        name = local_name(element)
    url = element.get("src")
    if url is None:
        url = element.get("data-src") or element.get("data")
    if url is None and name in {"video", "audio"}:
        source = _find(element, ["source"])
        url = None if source is None else source.get("src")
    alt = element.get("alt") if name == "img" else element.get("aria-label")
    return Media(kind=kind, url=url, alt=alt)


def figure_media(figure: etree._Element) -> Media:
    """Read the media item of a ``<figure>``."""
    kind = MediaKind.IMAGE
    found: etree._Element | None = None
    for descendant in figure.iter():
        name = local_name(descendant)
        if name in _MEDIA_TAGS:
            found, kind = descendant, _MEDIA_TAGS[name]
            break
    if figure.get("data-kind") == "graphic":
        kind = MediaKind.GRAPHIC
    media = Media(kind=kind) if found is None else _media_element(found, kind)
    caption_element = _find(figure, ["figcaption"])
    caption, credit = (None, None) if caption_element is None else _caption(caption_element)
    if credit is None:
        # A credit outside the caption: <div class="byline">, <span class="credit">; the
        # innermost one, when a caption line named so holds the credit's own element.
        named = [e for e in figure.iter() if e is not caption_element and _names_credit(e)]
        inner = [e for e in named if not any(o is not e and o in named for o in e.iter())]
        if inner:
            credit = _optional(plain_text(inner[0]).strip())
    return Media(kind=media.kind, url=media.url, caption=caption, credit=credit, alt=media.alt)


def _nitf_media(element: etree._Element) -> Media:
    classes = _classes(element)
    if "graphic" in classes:
        kind = MediaKind.GRAPHIC
    else:
        kind = _NITF_MEDIA_TYPES.get((element.get("media-type") or "").lower(), MediaKind.EMBED)
    url: str | None = None
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None
    for child in element:
        name = local_name(child)
        if name == "media-reference" and url is None and alt is None:
            url = child.get("source")
            alt = child.get("alternate-text")
            if credit is None and child.get("source-credit"):
                credit = child.get("source-credit")
        elif name == "media-caption" and caption is None:
            caption = _optional(plain_text(child))
        elif name == "media-producer":
            credit = _optional(plain_text(child))
    return Media(kind=kind, url=url, caption=caption, credit=credit, alt=alt)


def _caption(element: etree._Element) -> tuple[str | None, str | None]:
    credit: str | None = None
    inline = _Inline()
    inline.add(element.text)
    for child in element:
        name = local_name(child)
        if credit is None and (
            _names_credit(child) or name == "cite" or (name == "small" and not child.tail)
        ):
            credit = plain_text(child)
            inline.add(child.tail)
        else:
            inline.element(child)
    caption = inline.paragraph().text
    if credit is not None and caption.endswith(" "):
        caption = caption[:-1]
    return _optional(caption), None if credit is None else _optional(credit)


def _embed(element: etree._Element) -> Figure:
    """A social post embedded as a block quote (a tweet, an Instagram or TikTok post): the
    post's address (its ``cite``, Instagram's permalink, a Facebook ``data-href``, or the
    tweet's own status link, else the first link), its text as the caption without a trailing
    picture link ("pic.twitter.com/..."), and the author line after the text ("— Name
    (@handle)") as the credit."""
    hrefs = [a.get("href") or "" for a in element.iter() if local_name(a) == "a"]
    hrefs = [href for href in hrefs if href]
    url = (
        element.get("cite")
        or element.get("data-instgrm-permalink")
        or element.get("data-href")
        or next((href for href in reversed(hrefs) if "/status/" in href), None)
        or (hrefs[0] if hrefs else None)
    )
    first = _find(element, ["p"])
    text = _PICTURE_LINK.sub("", plain_text(element if first is None else first)).strip()
    author = (first.tail or "").strip(" \t\n" + _DASHES) if first is not None else ""
    credit = author if 0 < len(author) <= _EMBED_AUTHOR else None
    return Figure(
        media=Media(kind=MediaKind.EMBED, url=url, caption=_optional(text), credit=credit)
    )


def _blockquote_block(element: etree._Element) -> Block:
    classes = _classes(element)
    if any(name in classes for name in _EMBED_CLASSES):
        return _embed(element)
    paragraphs: list[str] = []
    speaker: Person | None = None
    loose = _Inline()
    for child in element:
        name = local_name(child)
        if name == "block":  # NITF: the quote's paragraphs
            paragraphs.extend(plain_text(p) for p in child.iter() if local_name(p) == "p")
            loose.add(child.tail)
        elif name in {"footer", "cite", "credit"} and speaker is None:
            cite = child if name == "cite" else _find(child, ["cite"])
            named = cite if cite is not None else child
            speaker = _person(plain_text(named), named, CITE_ATTRIBUTES)
            loose.add(child.tail)
        elif name == "p":
            paragraphs.append(plain_text(child))
            loose.add(child.tail)
        else:
            loose.element(child)
    # Loose text: a paragraph written without <p>, or the dash before an attribution.
    loose_text = _tidy("".join([element.text or "", *loose.parts]), [])[0].strip(_DASHES)
    if loose_text:
        paragraphs.append(loose_text)
    if speaker is None and element.get("quote-source") is not None:
        speaker = Person(name=element.get("quote-source", ""))
    return BlockQuote(text="\n\n".join(paragraphs), speaker=speaker)


class _Builder:
    """Gathers blocks into sections while markup is walked."""

    def __init__(self) -> None:
        self.sections: list[Section] = []
        self.heading: str | None = None
        self.blocks: list[Block] = []
        self.open = False
        self.keep_empty = False
        self.loose = _Inline()

    def flush_loose(self) -> None:
        loose = self.loose
        if not loose.parts and not loose.quotes:
            return  # nothing gathered: the collector stays as it is, empty
        self.loose = _Inline()
        if loose.parts:
            paragraph = loose.paragraph()
            if paragraph.text and not paragraph.text.isspace():
                self.add(paragraph)

    def close(self) -> None:
        self.flush_loose()
        if self.open and (self.blocks or self.keep_empty or self.heading is not None):
            self.sections.append(Section(heading=self.heading, blocks=tuple(self.blocks)))
        self.heading, self.blocks, self.open, self.keep_empty = None, [], False, False

    def start(self, heading: str | None, *, explicit: bool = False) -> None:
        self.close()
        self.heading, self.open, self.keep_empty = heading, True, explicit

    def set_heading(self, heading: str) -> None:
        self.flush_loose()
        if self.open and self.heading is None and not self.blocks:
            self.heading = heading
        else:
            self.start(heading)

    def add(self, block: Block) -> None:
        if not self.open:
            self.start(None)
        self.blocks.append(block)


def _walk(element: etree._Element, builder: _Builder) -> None:
    builder.loose.add(element.text)
    for child in element:
        name = local_name(child)
        if not name or name in _SKIPPED:
            pass
        elif name in _SECTIONS:
            builder.start(None, explicit=True)
            _walk(child, builder)
            builder.close()
        elif name in _HEADINGS:
            builder.set_heading(plain_text(child))
        elif name in _LOOSE_BLOCKS and name != "pre" and _holds_blocks(child):
            builder.flush_loose()  # a layout table's cell holding the story's paragraphs
            _walk(child, builder)
            builder.flush_loose()
        elif name == "p" or name in _LOOSE_BLOCKS:
            builder.flush_loose()
            if len(child):
                inline = _Inline()
                inline.children(child)
                builder.add(inline.paragraph())
            else:
                builder.add(Paragraph(text=_tidy(child.text or "", [])[0]))
        elif name in {"blockquote", "bq"}:
            builder.flush_loose()
            builder.add(_blockquote_block(child))
        elif name == "figure":
            builder.flush_loose()
            builder.add(Figure(media=figure_media(child)))
        elif name == "media":
            builder.flush_loose()
            builder.add(Figure(media=_nitf_media(child)))
        elif name in _MEDIA_TAGS:
            builder.flush_loose()
            builder.add(Figure(media=_media_element(child, _MEDIA_TAGS[name])))
        elif name in {"ul", "ol"}:
            builder.flush_loose()
            items = tuple(plain_text(item) for item in child if local_name(item) == "li")
            builder.add(ListBlock(items=items, ordered=name == "ol"))
        elif name in _CONTAINERS:
            builder.flush_loose()
            _walk(child, builder)
            builder.flush_loose()
        elif name == "hr":
            builder.flush_loose()
        elif (linked := _linked_media(child)) is not None:
            builder.flush_loose()  # "<a href=big.jpg><img></a>": a picture in a link, no text
            builder.add(Figure(media=linked))
        elif name not in _HTML_ELEMENTS and _holds_blocks(child):
            # An element HTML does not know (a web component: "<paragraph>", "<app-teaser>")
            # holding paragraphs: a container, as a browser lays the paragraphs out as blocks
            # (HTML's own inline elements holding a block are read as one line, as before).
            builder.flush_loose()
            _walk(child, builder)
            builder.flush_loose()
        else:  # inline markup
            builder.loose.element(child)
            continue
        builder.loose.add(child.tail)


def _holds_blocks(element: etree._Element) -> bool:
    """Whether an element holds a block element (:data:`BLOCK_ELEMENTS`) at any depth."""
    return any(local_name(descendant) in BLOCK_ELEMENTS for descendant in element.iterdescendants())


_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|tiff?)(?:[?#]|$)", re.IGNORECASE)


def _linked_media(element: etree._Element) -> Media | None:
    """The picture of a link to an image file that holds it and no text: an image wrapped in a
    link to its larger version, as blogs and CMSs write it. None for any other inline markup
    (a logo linking home, an ad, a teaser's picture linking to another article)."""
    if not len(element) or (element.text and not element.text.isspace()):
        return None
    if local_name(element) != "a" or not _IMAGE_FILE.search(element.get("href") or ""):
        return None
    found: tuple[etree._Element, MediaKind] | None = None
    for descendant in element.iterdescendants():
        name = local_name(descendant)
        if name in _MEDIA_TAGS and found is None:
            found = descendant, _MEDIA_TAGS[name]
        if (descendant.text and not descendant.text.isspace()) or (
            descendant.tail and not descendant.tail.isspace()
        ):
            return None  # text inside: a link with an icon, not a picture
    return None if found is None else _media_element(*found)


def read_sections(element: etree._Element) -> tuple[Section, ...]:
    """Read the body from an element holding body markup: XHTML ``<html>`` or ``<body>``, NITF
    ``<body.content>``, or any container. Namespaces are ignored.

    Raises:
        LimitError: a ParseError, if the markup is nested too deeply to walk (code ``too-deep``).
    """
    if local_name(element) == "html":
        body = next((child for child in element if local_name(child) == "body"), None)
        if body is not None:
            element = body
    builder = _Builder()
    try:
        _walk(element, builder)
    except RecursionError as exc:
        raise LimitError(
            "the body markup is nested too deeply to read", Location(), code="too-deep"
        ) from exc
    builder.close()
    return tuple(builder.sections)
