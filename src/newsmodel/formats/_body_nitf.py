"""The article body as NITF 3.6 ``body.content``, both ways.

Each section is a ``<block>``, its heading an ``<hl2>`` first in the block; paragraphs are ``<p>``
with an inline quote as ``<q quote-source="speaker's name">``; a block quote is
``<bq quote-source="name"><block><p>…</p></block><credit>name</credit></bq>``; a figure is
``<media media-type="image|video|audio|other">`` with ``<media-reference source alternate-text>``,
``<media-caption>`` and ``<media-producer>`` (the credit), and ``class="graphic"`` or
``class="embed"`` where the media type alone does not tell; lists are ``<ul>``/``<ol>`` of
``<li>``.

NITF cannot carry a speaker's title, organization or role (only the name), an empty list (``ul``
needs an ``li``), or overlapping quote spans; :func:`nitf_losses` names them.
"""

from collections.abc import Iterable

from lxml import etree

from newsmodel.errors import join_pointer
from newsmodel.formats._body import (
    empty_media_fields,
    escape_attribute,
    escape_text,
    hard_space_fields,
    located_blocks,
    marked_quotes,
)
from newsmodel.formats._body_read import read_sections
from newsmodel.formats._xml import trusted_parser
from newsmodel.model import (
    Block,
    BlockQuote,
    Figure,
    ListBlock,
    Media,
    MediaKind,
    Paragraph,
    Person,
    Section,
)

__all__ = ["NITF_NS", "nitf_losses", "nitf_to_sections", "sections_to_nitf"]

NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"
"""The NITF namespace."""

_MEDIA_TYPES = {
    MediaKind.IMAGE: ("image", ""),
    MediaKind.GRAPHIC: ("image", ' class="graphic"'),
    MediaKind.VIDEO: ("video", ""),
    MediaKind.AUDIO: ("audio", ""),
    MediaKind.EMBED: ("other", ' class="embed"'),
}


def _source(speaker: Person | None) -> str:
    return "" if speaker is None else f' quote-source="{escape_attribute(speaker.name)}"'


def _paragraph(paragraph: Paragraph, out: list[str]) -> None:
    out.append("<p>")
    position = 0
    for quote in paragraph.quotes:
        if quote.start < position:
            continue
        out.append(escape_text(paragraph.text[position : quote.start]))
        source = (
            ""
            if quote.speaker is None
            else f' quote-source="{escape_attribute(quote.speaker.name)}"'
        )
        out.append(f"<q{source}>{escape_text(quote.text)}</q>")
        position = quote.end
    out.append(escape_text(paragraph.text[position:]))
    out.append("</p>")


def _media(media: Media, out: list[str]) -> None:
    media_type, extra = _MEDIA_TYPES[media.kind]
    out.append(f'<media media-type="{media_type}"{extra}><media-reference')
    if media.url is not None:
        out.append(f' source="{escape_attribute(media.url)}"')
    if media.alt is not None:
        out.append(f' alternate-text="{escape_attribute(media.alt)}"')
    out.append("/>")
    if media.caption is not None:
        out.append(f"<media-caption>{escape_text(media.caption)}</media-caption>")
    if media.credit is not None:
        out.append(f"<media-producer>{escape_text(media.credit)}</media-producer>")
    out.append("</media>")


def _block(block: Block, out: list[str]) -> None:
    match block:
        case Paragraph():
            _paragraph(block, out)
        case BlockQuote(text=text, speaker=speaker):
            source = _source(speaker)
            out.append(f"<bq{source}><block>")
            out.extend(f"<p>{escape_text(part)}</p>" for part in text.split("\n\n"))
            out.append("</block>")
            if speaker is not None:
                out.append(f"<credit>{escape_text(speaker.name)}</credit>")
            out.append("</bq>")
        case Figure(media=media):
            _media(media, out)
        case ListBlock(items=items, ordered=ordered):
            if items:
                tag = "ol" if ordered else "ul"
                out.append(f"<{tag}>")
                out.extend(f"<li>{escape_text(item)}</li>" for item in items)
                out.append(f"</{tag}>")


def sections_to_nitf(
    sections: Iterable[Section], *, namespace: str | None = NITF_NS
) -> etree._Element:
    """Return the body as an NITF ``<body.content>`` element, one ``<block>`` per section.

    Args:
        sections: The body.
        namespace: The NITF namespace, or None for NITF without a namespace.

    Raises:
        ValueError: if a text holds a character XML cannot carry.
    """
    out: list[str] = []
    for section in sections:
        out.append("<block>")
        if section.heading is not None:
            out.append(f"<hl2>{escape_text(section.heading)}</hl2>")
        for block in section.blocks:
            _block(block, out)
        out.append("</block>")
    declaration = "" if namespace is None else f' xmlns="{escape_attribute(namespace)}"'
    markup = f"<body.content{declaration}>{''.join(out)}</body.content>"
    try:
        return etree.fromstring(markup.encode("utf-8"), trusted_parser())
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"the body holds a character XML cannot carry: {exc}") from exc


def nitf_to_sections(element: etree._Element) -> tuple[Section, ...]:
    """Read the body from NITF: ``<nitf>``, ``<body>`` or ``<body.content>``, with or without the
    NITF namespace. Several ``body.content`` elements are read in order; ``body.head`` and
    ``body.end`` are left out."""
    return read_sections(element)


def nitf_losses(sections: Iterable[Section], prefix: str = "/sections") -> tuple[str, ...]:
    """Return the pointers of the body's parts that NITF cannot carry.

    Args:
        sections: The body.
        prefix: The pointer of the body in the article.
    """
    sections = tuple(sections)
    lost: list[str] = list(hard_space_fields(sections, prefix))
    for here, block in located_blocks(sections, prefix):
        match block:
            case Paragraph(quotes=quotes):
                for q, quote, overlaps in marked_quotes(quotes):
                    if overlaps:
                        lost.append(f"{here}{join_pointer('quotes', q)}")
                    else:
                        lost.extend(_speaker_losses(quote.speaker, f"{here}/quotes/{q}/speaker"))
            case BlockQuote(speaker=speaker):
                lost.extend(_speaker_losses(speaker, f"{here}/speaker"))
            case ListBlock(items=()):
                lost.append(here)
            case Figure(media=media):
                lost.extend(empty_media_fields(media, here))
            case _:
                pass
    return tuple(lost)


def _speaker_losses(speaker: object, pointer: str) -> list[str]:
    return [
        f"{pointer}/{field}"
        for field in ("title", "organization", "role")
        if getattr(speaker, field, None) is not None
    ]
