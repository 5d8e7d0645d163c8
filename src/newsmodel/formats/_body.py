"""The article body as HTML5 or XHTML markup, both ways.

The model's body (sections of paragraphs with inline quotes, block quotes, figures and lists) is
written as this markup, which reads back to the same sections::

    <section>                                  the lead section: no heading
      <p>He said <q data-speaker="Ann Lee" data-speaker-title="Mayor">no</q>.</p>
    </section>
    <section><h2>Heading</h2>
      <blockquote><p>text</p><p>second paragraph</p>
        <footer><cite data-title="Mayor">Ann Lee</cite></footer></blockquote>
      <figure><img src="a.jpg" alt="alt"/>
        <figcaption>caption <small class="credit">credit</small></figcaption></figure>
      <ul><li>item</li></ul>
    </section>

(written without the indentation). A quote's speaker rides on ``<q>`` as ``data-speaker``,
``data-speaker-title``, ``data-speaker-organization`` and ``data-speaker-role``; a block quote's on
``<cite>`` as its text and ``data-title``, ``data-organization``, ``data-role``. Videos, audio and
embeds are ``<video src>``, ``<audio src>`` and ``<iframe src>`` (their alt text in ``aria-label``);
a graphic is an ``<img>`` in ``<figure data-kind="graphic">``. A block quote's paragraphs are its
text split at blank lines. Void elements are self-closed (``<img/>``), so the same text is HTML5
and well-formed XML.

Reading takes this markup and reasonable foreign article bodies: headings outside sections start a
section, ``<div>``/``<article>`` and similar containers are walked, inline markup is flattened to
its text, loose text becomes a paragraph, ``blockquote.twitter-tweet`` and similar embeds become
embed figures. Text is kept exactly, except that a whitespace run holding a tab, line feed,
carriage return or form feed becomes one space (or nothing at the start or end of a block): the
model's text has no hard wraps, and foreign markup is indented. An empty caption or credit reads
back as None.
"""

import re
from collections.abc import Iterable, Iterator

from lxml import etree

from newsmodel import limits
from newsmodel.errors import join_pointer
from newsmodel.formats._body_read import (
    CITE_ATTRIBUTES,
    SPEAKER_ATTRIBUTES,
    holds_hard_chars,
    local_name,
    read_sections,
)
from newsmodel.formats._xml import trusted_parser, xml_parser
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
    "XHTML_NS",
    "body_losses",
    "empty_media_fields",
    "escape_attribute",
    "escape_text",
    "figure_html",
    "first_paragraph",
    "hard_space_fields",
    "hard_space_media",
    "has_hard_space",
    "html_to_sections",
    "local_name",
    "located_blocks",
    "marked_quotes",
    "sections_to_html",
    "sections_to_xhtml",
    "urlless_media_losses",
    "xhtml_to_sections",
]

XHTML_NS = "http://www.w3.org/1999/xhtml"
"""The XHTML namespace."""

_KIND_TAGS = {
    MediaKind.IMAGE: "img",
    MediaKind.GRAPHIC: "img",
    MediaKind.VIDEO: "video",
    MediaKind.AUDIO: "audio",
    MediaKind.EMBED: "iframe",
}


# ---------------------------------------------------------------------------------------------
# Writing


def escape_text(value: str) -> str:
    """Escape text for markup: ``&``, ``<`` and ``>``."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attribute(value: str) -> str:
    """Escape text for a double-quoted attribute value."""
    return escape_text(value).replace('"', "&quot;")


def _person_attributes(
    person: Person, name_key: str | None, keys: tuple[tuple[str, str], ...]
) -> str:
    parts = [f' {name_key}="{escape_attribute(person.name)}"'] if name_key else []
    for field, key in keys:
        value = getattr(person, field)
        if value is not None:
            parts.append(f' {key}="{escape_attribute(value)}"')
    return "".join(parts)


def _paragraph(paragraph: Paragraph, out: list[str]) -> None:
    out.append("<p>")
    text = paragraph.text
    position = 0
    for quote in paragraph.quotes:
        if quote.start < position:  # an overlapping span cannot nest in markup: keep the text
            continue
        out.append(escape_text(text[position : quote.start]))
        attributes = (
            ""
            if quote.speaker is None
            else _person_attributes(quote.speaker, "data-speaker", SPEAKER_ATTRIBUTES)
        )
        out.append(f"<q{attributes}>{escape_text(quote.text)}</q>")
        position = quote.end
    out.append(escape_text(text[position:]))
    out.append("</p>")


def _blockquote(block: BlockQuote, out: list[str]) -> None:
    out.append("<blockquote>")
    out.extend(f"<p>{escape_text(part)}</p>" for part in block.text.split("\n\n"))
    if block.speaker is not None:
        attributes = _person_attributes(block.speaker, None, CITE_ATTRIBUTES)
        out.append(f"<footer><cite{attributes}>{escape_text(block.speaker.name)}</cite></footer>")
    out.append("</blockquote>")


def figure_html(media: Media, out: list[str], css_class: str | None = None) -> None:
    """Append a ``<figure>`` for ``media`` to ``out``, with ``class`` if given."""
    kind = ' data-kind="graphic"' if media.kind is MediaKind.GRAPHIC else ""
    class_ = "" if css_class is None else f' class="{escape_attribute(css_class)}"'
    out.append(f"<figure{class_}{kind}>")
    # Without a URL there is nothing to show: no <img> without src (which HTML requires), only
    # the caption; urlless_media_losses names what is then lost.
    if media.url is not None:
        tag = _KIND_TAGS[media.kind]
        source = f' src="{escape_attribute(media.url)}"'
        if tag == "img":
            alt = "" if media.alt is None else f' alt="{escape_attribute(media.alt)}"'
            out.append(f"<img{source}{alt}/>")
        else:
            label = "" if media.alt is None else f' aria-label="{escape_attribute(media.alt)}"'
            out.append(f"<{tag}{source}{label}></{tag}>")
    if media.caption is not None or media.credit is not None:
        out.append("<figcaption>")
        if media.caption is not None:
            out.append(escape_text(media.caption))
        if media.credit is not None:
            # The space separates the two on screen; the reader takes exactly one off.
            out.append(f' <small class="credit">{escape_text(media.credit)}</small>')
        out.append("</figcaption>")
    out.append("</figure>")


def _block(block: Block, out: list[str]) -> None:
    match block:
        case Paragraph():
            _paragraph(block, out)
        case BlockQuote():
            _blockquote(block, out)
        case Figure(media=media):
            figure_html(media, out)
        case ListBlock(items=items, ordered=ordered):
            tag = "ol" if ordered else "ul"
            out.append(f"<{tag}>")
            out.extend(f"<li>{escape_text(item)}</li>" for item in items)
            out.append(f"</{tag}>")


def sections_to_html(sections: Iterable[Section]) -> str:
    """Return the body as an HTML5 fragment, one ``<section>`` per section, on one line.

    Void elements are self-closed, so the fragment is also well-formed XML.

    >>> sections_to_html([Section(heading="Why", blocks=(Paragraph(text="Because & so."),))])
    '<section><h2>Why</h2><p>Because &amp; so.</p></section>'
    """
    out: list[str] = []
    for section in sections:
        out.append("<section>")
        if section.heading is not None:
            out.append(f"<h2>{escape_text(section.heading)}</h2>")
        for block in section.blocks:
            _block(block, out)
        out.append("</section>")
    return "".join(out)


def sections_to_xhtml(sections: Iterable[Section], *, tag: str = "body") -> etree._Element:
    """Return the body as an XHTML element (``<body>`` by default) holding one ``<section>`` per
    section, for a NewsML-G2 ``inlineXML`` or any XHTML document.

    Args:
        sections: The body.
        tag: The local name of the returned element.

    Raises:
        ValueError: if a text holds a character XML cannot carry (U+FFFE, a control character);
            writers check for these first and raise their own error.
    """
    markup = f'<{tag} xmlns="{XHTML_NS}">{sections_to_html(sections)}</{tag}>'
    try:
        return etree.fromstring(markup.encode("utf-8"), trusted_parser())
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"the body holds a character XML cannot carry: {exc}") from exc


def xhtml_to_sections(element: etree._Element) -> tuple[Section, ...]:
    """Read the body from an XHTML (or HTML) element: ``<html>``, ``<body>`` or any container.

    Namespaces are ignored, so XHTML without its namespace reads too.
    """
    return read_sections(element)


_DOCTYPE = re.compile(r"<!DOCTYPE[^<>\[]*(?:\[[^\[\]]*\][^<>\[]*)?>", re.IGNORECASE)
"""A document type declaration, with its internal subset (``[<!ENTITY ...>]``) if any. A body
fragment has no use for one, and the HTML parser, which knows no internal subset, would end it at
the first ``>`` and leave the rest as text. No part of the pattern scans past a bracket or angle
bracket, so an unclosed declaration costs a scan to the next one, not to the end."""


def _parse_fragment(html: str) -> etree._Element:
    if "<!" in html:
        html = _DOCTYPE.sub("", html)
    data = f"<div>{html}</div>".encode("utf-8", "surrogatepass")
    try:
        return etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError:
        pass
    # huge_tree: without it libxml2 silently drops a text node over 10 MB; the HTML parser
    # expands no entities, and the walk of the tree refuses nesting it cannot follow.
    parser = etree.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        recover=True,
        huge_tree=True,
    )
    root = etree.fromstring(data, parser)
    limits.check_parser_log(parser.error_log)
    if root is None:  # pragma: no cover - libxml2 returns a tree for any non-empty input
        return etree.Element("div")
    body = next(root.iter("body"), None)
    return root if body is None else body


def html_to_sections(html: str) -> tuple[Section, ...]:
    """Read the body from an HTML fragment: :func:`sections_to_html` output, or a foreign body.

    >>> html_to_sections('<p>One.</p><h2>Two</h2><p>Three <q data-speaker="Ann">yes</q>.</p>')[1]
    Section(heading='Two', blocks=(Paragraph(text='Three yes.', quotes=(Quote(text='yes', \
speaker=Person(name='Ann'), start=6, end=9),)),))
    """
    if not html.strip():
        return ()
    return xhtml_to_sections(_parse_fragment(html))


def located_blocks(sections: Iterable[Section], prefix: str) -> Iterator[tuple[str, Block]]:
    """Yield each block of the body with its JSON pointer, in reading order."""
    for s, section in enumerate(sections):
        for b, block in enumerate(section.blocks):
            yield f"{prefix}{join_pointer(s, 'blocks', b)}", block


def marked_quotes(quotes: Iterable[Quote]) -> Iterator[tuple[int, Quote, bool]]:
    """Yield ``(index, quote, overlaps)`` for a paragraph's quotes: whether each starts before
    the last quote that markup could carry ends, so that markup cannot nest it."""
    end = 0
    for index, quote in enumerate(quotes):
        overlaps = quote.start < end
        if not overlaps:
            end = quote.end
        yield index, quote, overlaps


def empty_media_fields(media: Media, pointer: str) -> Iterator[str]:
    """Yield the pointers of an empty caption or credit, which markup reads back as None."""
    for name in ("caption", "credit"):
        if getattr(media, name) == "":
            yield f"{pointer}/media/{name}"


def urlless_media_losses(media: Media, pointer: str) -> Iterator[str]:
    """Yield the pointers of what :func:`figure_html` cannot write for a media item without a
    URL, which it writes without a media element: its ``alt``, and a kind that ``data-kind``
    does not carry (anything but an image or a graphic).

    Args:
        media: The media item.
        pointer: The media item's pointer (``/media/0``, ``/sections/0/blocks/2/media``).
    """
    if media.url is not None:
        return
    if media.kind not in (MediaKind.IMAGE, MediaKind.GRAPHIC):
        yield f"{pointer}/kind"
    if media.alt is not None:
        yield f"{pointer}/alt"


def has_hard_space(text: str | None) -> bool:
    """Whether the body reader would read ``text`` back changed: it makes each whitespace run
    holding a tab or line break one space (none at the ends of a block).

    >>> has_hard_space("one\\ttwo"), has_hard_space("one  two")
    (True, False)
    """
    return text is not None and holds_hard_chars(text)


def hard_space_fields(sections: Iterable[Section], prefix: str = "/sections") -> Iterator[str]:
    """Yield the pointers of the body's texts that hold a tab or line break, which the body
    reader reads back as a space: headings, paragraphs, block quotes, list items, and the
    caption, credit and alternative text of figures."""
    for s, section in enumerate(sections):
        if has_hard_space(section.heading):
            yield f"{prefix}{join_pointer(s, 'heading')}"
    for here, block in located_blocks(sections, prefix):
        match block:
            case Paragraph(text=text) | BlockQuote(text=text) if has_hard_space(text):
                yield f"{here}/text"
            case ListBlock(items=items):
                yield from (
                    f"{here}/items/{i}" for i, item in enumerate(items) if has_hard_space(item)
                )
            case Figure(media=media):
                yield from hard_space_media(media, f"{here}/media")
            case _:
                pass


def hard_space_media(media: Media, pointer: str) -> Iterator[str]:
    """Yield the pointers of a media item's caption, credit and alternative text that hold a tab
    or line break."""
    for name in ("caption", "credit", "alt"):
        if has_hard_space(getattr(media, name)):
            yield f"{pointer}/{name}"


def body_losses(sections: Iterable[Section], prefix: str = "/sections") -> tuple[str, ...]:
    """Return the pointers of the body's parts that the HTML markup cannot carry: a text with a
    tab or line break (read back as a space), a quote that overlaps the one before it, an empty
    caption or credit (read back as None), and the alt text and kind of a media item without a
    URL (see :func:`urlless_media_losses`).

    Args:
        sections: The body.
        prefix: The pointer of the body in the article.
    """
    sections = tuple(sections)
    lost: list[str] = list(hard_space_fields(sections, prefix))
    for here, block in located_blocks(sections, prefix):
        match block:
            case Paragraph(quotes=quotes):
                lost.extend(
                    f"{here}/quotes/{q}"
                    for q, _quote, overlaps in marked_quotes(quotes)
                    if overlaps
                )
            case Figure(media=media):
                lost.extend(urlless_media_losses(media, f"{here}/media"))
                lost.extend(empty_media_fields(media, here))
            case _:
                pass
    return tuple(lost)


def first_paragraph(sections: Iterable[Section]) -> str | None:
    """The text of the body's first paragraph (what stands in for a missing headline), or
    None when the body holds none."""
    for section in sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                return block.text
    return None
