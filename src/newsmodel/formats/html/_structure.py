"""The structure of a page's main content: sections, paragraphs, lists, block quotes, figures.

The content element found by :mod:`newsmodel.formats.html._content` is tidied in place, then read
by the body walker that the NewsML-G2 and ninjs readers share
(:func:`newsmodel.formats._body_read.read_sections`):

- images get their real address: ``src``, else a lazy ``data-src`` (and its variants), else the
  first candidate of ``srcset`` or of a ``<picture>``'s ``<source>``; a ``<noscript>`` fallback is
  used when the image beside it has none;
- an ``<h1>`` that repeats the headline is not a section heading, nor are headings in the
  content that come before any text (the page's title block);
- link-heavy lists and blocks (related stories, tag lists, "Read more" teasers) are left out
  with the heading or label line right before them, and so are short lines built around a
  ``<time>`` (a live blog entry's time and author), short ``<article>`` elements with a
  link (cards of other stories) and ``<footer>`` elements with little prose.

After the walk, whitespace is collapsed, empty paragraphs and sections that hold nothing are
dropped, a paragraph repeating the headline or standfirst is dropped, a heading repeating the
headline (after its kicker or not) is no section heading, and a block quote whose
text a paragraph already holds (a pull quote) is not kept twice.
"""

# ruff: noqa: RUF001
# (the Cyrillic words here are the ones real pages print)

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from typing import TypeGuard

import attrs
from lxml import etree, html

from newsmodel.extract.credits import parse_credit, split_caption_credit
from newsmodel.extract.normalize import clean
from newsmodel.formats._body_read import figure_media, read_sections
from newsmodel.formats.html._cite import split_cite
from newsmodel.formats.html._content import Measure, measure, text_length
from newsmodel.formats.html._meta_title import norm
from newsmodel.model import Block, BlockQuote, Figure, ListBlock, Media, Paragraph, Section

__all__ = ["content_sections", "fix_images", "lead_media", "squash"]

_LAZY_ATTRIBUTES = (
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-lazy",
    "data-url",
    "data-hi-res-src",
    "data-full-src",
)
_SRCSET_ATTRIBUTES = ("srcset", "data-srcset", "data-lazy-srcset")
_PLACEHOLDER = re.compile(r"^data:|blank|spacer|placeholder|pixel|transparent|1x1", re.IGNORECASE)
_LEAD_LEVELS = 4
_REPEATED_LINE = 200
_LINK_LABEL = 40
_CAPTION_LINE = 300
_CREDIT_LABEL = re.compile(
    r"\b(?:photographs?|photos?|pictures?|images?|imagen|fotos?|bild|credit|crédit|crédito|"
    r"foto\w*)\s*:",
    re.IGNORECASE,
)
_COPYRIGHT_TAIL = re.compile(r"(?:^|(?<=[\s|/–—-]))©\s*(?P<credit>[^©.!?]{2,80})$")
"""A credit after a copyright sign at the end of a short paragraph ("Boats at dawn. | © Tom
Hale/Courier", "© Lars Berg"): the paragraph is a caption printed outside its figure."""
_CAPTION_ENDS = " \t|–—-:;,"
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_CAPTION_SLACK = 20
_CAPTION_CLASS = re.compile(
    r"^(?:\w+[-_]+)*(?:caption|legend|bildunterschrift)(?:[-_]+(?:text|inner|content))?$"
)
_OUTSIDE_LINKS = etree.XPath("descendant::text()[not(ancestor::a)]")
_AD_LABEL = re.compile(
    r"(?:(?:the\s+)?(?:story|article|text|content|report)\s+continues\s+(?:below|after)"
    r"(?:\s+(?:this\s+|the\s+)?(?:advertisement|advert|ad))?|advertisements?|advert|ads?|"
    r"sponsored(?:\s+content)?|paid\s+content|anzeigen?|werbung|weiter\s+nach\s+der\s+anzeige|"
    r"publicidad|publicidade|publicité|pubblicità|reklama|reklame|annonse|annons|advertentie|"
    r"mainos|mainonta|реклама|広告|スポンサーリンク|광고|广告|廣告)",
    re.IGNORECASE,
)
"""The whole text of an ad slot left in the body: "Advertisement", "Anzeige", "Publicidad",
"Story continues below advertisement"."""
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_CARD_TEXT = 400
"""The most characters of text a box announcing another article holds."""
_SHORTEST_TITLE = 12
"""A headline shorter than this (in letters and digits) is not looked for in headings."""
_KICKER_CHARS = 60
"""The most letters and digits a kicker before a repeated title can hold."""
_SHORTEST_REPEATED = 10  # a table's header cells ("Name", "Score") repeat and are kept
_BREAK_CONTAINERS = frozenset({"div", "td", "section", "article", "main", "body", "center", "font"})
_PRUNED_TAGS = frozenset({"ul", "ol", "div", "section", "p", "table", "dl"})
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
_TIME = re.compile(r"\b\d{1,2}:\d\d\b")
_WORD = re.compile(r"[^\W\d_]+")
_STAMP_WORDS = 4
_STAMP_WORD = 12
_STORY_CARD_TEXT = 500
"""The most characters of text an ``<article>`` card of another story inside the content holds."""
_FOOTER_PROSE = 300
_LABEL_ENDS = (":", "|", "»", "›", "→")
_LONGEST_HEADING = 250
"""A heading longer than this is a paragraph set in a heading's type."""
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_LABEL_TAGS = _HEADING_TAGS | {"p", "div", "strong", "b", "span"}
_LABEL_LINE = 60
_STAMP_HOLDERS = frozenset({"p", "div", "header", "footer", "li"})
_STAMP_LINE = 80
"""A block with a ``<time>`` and at most this much text, not ending as a sentence, is a
date or live-blog stamp line, not body text."""
_SENTENCE_ENDS = (".", "!", "?", "\u3002", "\uff01", "\uff1f")


def squash(text: str) -> str:
    """Drop invisible characters (zero-width spaces, soft hyphens, a stray byte-order mark),
    collapse whitespace runs to one space and strip the ends."""
    return " ".join(clean(text).split())  # split() breaks at exactly what \\s matches


def _first_candidate(srcset: str) -> str | None:
    first = srcset.split(",")[0].split()
    return first[0] if first else None


def _image_url(image: html.HtmlElement) -> str | None:
    source = image.get("src")
    if source and not _PLACEHOLDER.search(source):
        return source
    for attribute in _LAZY_ATTRIBUTES:
        value = image.get(attribute)
        if value and not value.startswith("data:"):
            return value
    for attribute in _SRCSET_ATTRIBUTES:
        value = image.get(attribute)
        if value:
            return _first_candidate(value)
    # lxml's parser does not know <source> is void: the <img> may sit inside it.
    picture = next((a for a in image.iterancestors() if a.tag == "picture"), None)
    if picture is not None:
        for source_element in picture.iter("source"):
            for attribute in _SRCSET_ATTRIBUTES:
                value = source_element.get(attribute)
                if value:
                    return _first_candidate(value)
    return None


def _loose_captions(content: html.HtmlElement) -> None:
    """Make a caption written outside a ``<figure>`` (``<p class="caption">`` beside an image)
    the caption of a figure, in place: the wrapper holding only its image and it becomes the
    figure; any other such caption is dropped. Either way it is not read as a paragraph. A
    ``<figcaption>`` outside a ``<figure>`` is such a caption too."""
    for element in list(content.iter("p", "div", "span", "figcaption")):
        if element.tag != "figcaption":
            classes = (element.get("class") or "").lower().split()
            if not any(_CAPTION_CLASS.search(name) for name in classes):
                continue
        elif any(a.tag == "figure" for a in element.iterancestors()):
            continue
        parent = element.getparent()
        if (
            parent is None
            or parent is content
            or element.find(".//img") is not None  # a figure's wrapper ("wp-caption")
            or any(a.tag in ("figure", "figcaption") for a in element.iterancestors())
        ):
            continue
        if (
            parent.find(".//img") is not None
            and all(a.tag != "figure" for a in parent.iterancestors())
            and text_length(parent) <= text_length(element) + _CAPTION_SLACK
        ):
            element.tag = "figcaption"
            parent.tag = "figure"
        else:
            element.drop_tree()


def fix_images(content: html.HtmlElement) -> None:
    """Give each image its real address and unwrap needed ``<noscript>`` fallbacks, in place."""
    for noscript in list(content.iter("noscript")):
        parent = noscript.getparent()
        if parent is None:
            continue
        images = [
            image
            for image in parent.iter("img")
            if not any(a is noscript for a in image.iterancestors())
        ]
        if any(_image_url(image) for image in images):
            noscript.drop_tree()
        else:
            for image in images:
                image.drop_tree()
            noscript.drop_tag()
    for image in content.iter("img"):
        url = _image_url(image)
        if url is None:
            image.attrib.pop("src", None)
        else:
            image.set("src", url)


def _prune(content: html.HtmlElement, headline: str | None) -> None:
    """Remove headings of the title block, link-heavy blocks and stamp lines, in place."""
    # The page's <h1> is its title, whether or not it repeats the headline word for word.
    for heading in list(content.iter("h1")):
        heading.drop_tree()
    sizes = measure(content)
    doomed: list[html.HtmlElement] = _teaser_cards(content, sizes)
    for element in sizes.elements:
        tag = element.tag
        length = sizes.text[element]
        if not length or tag not in _PRUNED_TAGS:
            continue
        density = sizes.density(element)
        if tag in ("ul", "ol", "dl"):
            if density > 0.5:
                doomed.append(element)
        elif tag == "p":
            if (density > 0.8 and length < 120) or (
                density > 0.5 and length < 200 and _is_link_line(element)
            ):
                doomed.append(element)
        elif density > 0.6 and length < 1000:
            doomed.append(element)
    doomed.extend(_story_cards(content, sizes))
    doomed.extend(_footers(content, sizes))
    doomed.extend([label for label in map(_label_before, doomed) if label is not None])
    doomed.extend(_stamp_lines(content, sizes))
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _teaser_cards(content: html.HtmlElement, sizes: Measure) -> list[html.HtmlElement]:
    """The boxes in the content that announce another article: a small element holding one
    heading and little text, where the heading is a link's title (inside a link, or most of
    its text a link) to the address another link of the box (its picture, "Read more") goes
    to, or where a link without text lies over the box (a card whose whole area is a link).
    The heading of such a box is not a section of the article."""
    cards: list[html.HtmlElement] = []
    for heading in content.iter(*_CARD_HEADINGS):
        card = None
        for ancestor in heading.iterancestors():
            if ancestor is content or sizes.text.get(ancestor, 0) > _CARD_TEXT:
                break
            if sum(1 for _ in ancestor.iter(*_CARD_HEADINGS)) > 1:
                break
            card = ancestor
        if card is None or any(card is done or done in card.iterancestors() for done in cards):
            continue
        targets = [link.get("href") for link in card.iter("a") if link.get("href")]
        titled = [a.get("href") for a in heading.iterancestors() if a.tag == "a"] + [
            link.get("href")
            for link in heading.iter("a")
            if 2 * sizes.text.get(link, 0) >= sizes.text.get(heading, 0) > 0
        ]
        # the heading links where another link of the box (its picture, "Read more") goes
        twice = any(href and targets.count(href) > 1 for href in titled)
        overlay = any(
            link.get("href") and not sizes.text.get(link, 0) and not len(link)
            for link in card.iter("a")
        )
        if twice or overlay:
            cards.append(card)
    return cards


def _story_cards(content: html.HtmlElement, sizes: Measure) -> list[html.HtmlElement]:
    """The short ``<article>`` elements inside the content that link elsewhere: cards of
    other stories set among the paragraphs (an article inside an article is another one)."""
    return [
        card
        for card in content.iter("article")
        if card is not content
        and sizes.text.get(card, 0) <= _STORY_CARD_TEXT
        and card.find(".//a[@href]") is not None
    ]


def _footers(content: html.HtmlElement, sizes: Measure) -> list[html.HtmlElement]:
    """The ``<footer>`` elements inside the content that hold little prose (an article's
    footer: its tags, sharing and "more on this" links), but those of quotes and figures."""
    return [
        footer
        for footer in content.iter("footer")
        if footer is not content
        and sizes.prose.get(footer, 0) < _FOOTER_PROSE
        and not any(a.tag in ("blockquote", "figure") for a in footer.iterancestors())
    ]


def _label_before(element: html.HtmlElement) -> html.HtmlElement | None:
    """The heading or label line ("More on this:", "Auch interessant") right before a block
    of links that goes: the title of that box, which goes with it (a label before a single
    link, "Download the report:", is the story's)."""
    if sum(1 for _ in itertools.islice(element.iter("a"), 2)) < 2:
        return None
    label = element.getprevious()
    if label is None or label.tag not in _LABEL_TAGS or (element.text or "").strip():
        return None
    if (label.tail or "").strip() or label.find(".//a") is not None:
        return None
    text = squash(label.text_content())
    if not text or len(text) > _LABEL_LINE:
        return None
    return label if label.tag in _HEADING_TAGS or text.endswith(":") else None


def _stamp_lines(content: html.HtmlElement, sizes: Measure) -> list[html.HtmlElement]:
    """The short lines built around a ``<time>`` element that are not sentences: a live
    blog entry's time and author ("19:39 Ann Lee"), "Updated 12 May 2024"."""
    found: list[html.HtmlElement] = []
    for stamp in content.iter("time"):
        line = next((a for a in stamp.iterancestors() if a.tag in _STAMP_HOLDERS), None)
        if line is None or line is content:
            continue
        length = sizes.text.get(line, 0)
        if length <= _STAMP_LINE and not squash(line.text_content()).endswith(_SENTENCE_ENDS):
            found.append(line)
    return found


def _is_link_line(paragraph: html.HtmlElement) -> bool:
    """Whether a paragraph is a label and a link to another article ("Read more: ...",
    "Lesen Sie auch: ...", "Lea también: ...", "READ MORE | ...", "Mehr zum Thema » ..."):
    its text outside links ends with a colon, a bar or an arrow."""
    outside = _OUTSIDE_LINKS(paragraph)
    assert isinstance(outside, list)  # a text-node XPath gives a list
    label = squash(" ".join(str(text) for text in outside)).rstrip(" .")
    return len(label) <= _LINK_LABEL and label.endswith(_LABEL_ENDS)


def _split_at_double_breaks(content: html.HtmlElement) -> None:
    """Make two or more ``<br>`` in a row, in text written straight into a container, a
    paragraph break (an ``<hr>``, which ends a loose paragraph)."""
    for br in list(content.iter("br")):
        parent = br.getparent()
        following = br.getnext()
        if (
            parent is None
            or parent.tag not in _BREAK_CONTAINERS
            or following is None
            or following.tag != "br"
            or (br.tail or "").strip()
        ):
            continue
        br.tag = "hr"


def _clean_block(block: Block) -> Block | None:
    match block:
        case Paragraph(text=text, quotes=quotes):
            if quotes:
                return block if text.strip() else None
            squashed = squash(text)
            if not squashed:
                return None
            return block if squashed == text else Paragraph(text=squashed)
        case BlockQuote(text=text, speaker=speaker):
            parts = [squash(part) for part in text.split("\n\n")]
            joined = "\n\n".join(part for part in parts if part)
            if speaker is not None:
                speaker = split_cite(speaker)
            return BlockQuote(text=joined, speaker=speaker) if joined else None
        case ListBlock(items=items, ordered=ordered):
            kept = tuple(item for item in map(squash, items) if item)
            return ListBlock(items=kept, ordered=ordered) if kept else None
        case Figure():
            media = _clean_media(block.media)
            if media.url is None and media.caption is None:
                return None
            return Figure(media=media)
    return None  # pragma: no cover - the cases cover Block


def _clean_media(media: Media) -> Media:
    """Squash a media item's texts, take label words off its credit ("Photo: Ann Lee") and
    split a credit printed at the end of the caption ("... Photograph: Tom Hale/Courier")."""
    caption = None if media.caption is None else squash(media.caption) or None
    credit = None if media.credit is None else squash(media.credit) or None
    if caption is not None and credit is None:
        rest, credit = split_caption_credit(caption)
        caption = rest or None
    if credit is not None:
        parsed = parse_credit(credit)
        if parsed is not None and parsed.credit:
            credit = parsed.credit
    return attrs.evolve(media, caption=caption, credit=credit)


def lead_media(content: html.HtmlElement) -> Media | None:
    """The lead figure of the article when it stands before the body, outside the content
    element, in the same ``<article>`` or ``<main>`` (it is changed in place)."""
    container = None
    for level, ancestor in enumerate(content.iterancestors()):
        if level >= _LEAD_LEVELS or ancestor.tag in ("body", "html"):
            break
        if ancestor.tag in ("article", "main"):
            container = ancestor
            break
    if container is None:
        return None
    for figure in container.iter("figure"):
        if figure is content or any(a is content for a in figure.iterancestors()):
            return None  # the body's own figures come next: no lead figure before them
        if any(content is d for d in figure.iter()):
            continue
        fix_images(figure)
        media = _clean_media(figure_media(figure))
        if media.url is not None:
            return media
    return None


def _is_placeholder(text: str) -> bool:
    """Whether a paragraph is only an ad slot's label ("Advertisement", "- Anzeige -")."""
    return len(text) < 60 and _AD_LABEL.fullmatch(text.strip(" -–—·:|()[]*")) is not None


def _is_stamp(text: str) -> bool:
    """Whether a paragraph is only a date, or a time and a year, with at most a few short words
    ("Freitag, 28.04.2023, 19:25", "12.12.2025, 05:07 Uhr", "Published 2:16 AM EST Nov 20,
    2019"), or only times ("00:00 / 03:15"): a time stamp or a player's clock, not body text.
    A time with words and no date ("4:14 p.m.", a live report's entry) is body text."""
    if len(text) > _STAMP_LINE:
        return False
    words = _WORD.findall(text)
    if len(words) > _STAMP_WORDS or any(len(word) > _STAMP_WORD for word in words):
        return False
    if _NUMERIC_DATE.search(text):
        return True
    return _TIME.search(text) is not None and (not words or _YEAR.search(text) is not None)


def _as_caption(paragraph: Paragraph) -> Media | None:
    """A short paragraph ending with a labelled credit ("... Foto: Privat", "... (Image: Getty
    Images)") or a copyright credit ("... | © Lars Berg") is a caption printed outside its
    figure: its caption and credit."""
    text = paragraph.text
    if paragraph.quotes or len(text) > _CAPTION_LINE:
        return None
    notice = _COPYRIGHT_TAIL.search(text)
    if notice is not None:
        caption = text[: notice.start()].rstrip(_CAPTION_ENDS)
        return Media(caption=caption or None, credit=notice["credit"].strip())
    if not _CREDIT_LABEL.search(text[-100:]):
        return None
    caption, credit = split_caption_credit(text)
    if credit is None:
        return None
    return Media(caption=caption or None, credit=credit)


def _place_caption(blocks: list[Block], text: str, caption: Media) -> bool:
    """Put a caption printed as a paragraph (``text``) into the figure before it, or into a
    figure of its own, in place; False when the paragraph stays a paragraph.

    A copyright line alone ("© Lars Berg") is the credit of an uncaptioned figure before it;
    elsewhere, one with a year ("© 2024 Courier Ltd") is the page's rights notice, not body
    text, one naming a photographer and agency ("© Lars Berg/Courier") a figure's credit,
    and another the story's own attribution ("© Reuters"), which stays."""
    before = blocks[-1] if blocks else None
    if _uncaptioned(before):
        media = attrs.evolve(before.media, caption=caption.caption, credit=caption.credit)
        blocks[-1] = Figure(media=media)
        return True
    if caption.caption is None and text.startswith("©"):
        if _YEAR.search(text) is not None:
            return True
        if "/" not in text:
            return False
    blocks.append(Figure(media=caption))
    return True


def _uncaptioned(block: Block | None) -> TypeGuard[Figure]:
    """Whether a block is a figure with neither caption nor credit."""
    return isinstance(block, Figure) and block.media.caption is None and block.media.credit is None


def _repeats_title(heading: str, titles: list[str]) -> bool:
    """Whether a heading is the article's title, alone or after its kicker: "Tram line opens"
    or "Transport:Tram line opens" for the headline "Tram line opens" (compared by
    :func:`~newsmodel.formats.html._meta_title.norm`, since a kicker and a title printed in two
    elements often lose the space between them)."""
    text = norm(heading)
    return any(
        text == title or (text.endswith(title) and len(text) - len(title) <= _KICKER_CHARS)
        for title in titles
    )


def _tidy_sections(
    sections: Iterable[Section], skip: Iterable[str | None], titles: Iterable[str | None] = ()
) -> list[Section]:
    """Clean the blocks, drop paragraphs repeating ``skip``, short paragraphs printed more than
    once (a button's label, a repeated teaser) and pull quotes repeating the body, take headings
    repeating ``titles`` for no heading and a heading longer than a title for a paragraph,
    merge a section without a heading into the one before, drop sections left empty."""
    skipped = {squash(text).casefold() for text in skip if text}
    repeated = [norm(text) for text in skip if text and len(norm(text)) >= _SHORTEST_TITLE]
    standfirsts = {squash(text).casefold() for text in titles if text}
    merged: list[tuple[str | None, list[Block]]] = []
    texts: list[str] = []
    for section in sections:
        heading = None if section.heading is None else squash(section.heading) or None
        section_blocks: tuple[Block, ...] = section.blocks
        if heading is not None and _repeats_title(heading, repeated):
            heading = None  # the page's title block again, kicker and all: not a section
        elif heading is not None and heading.casefold() in standfirsts:
            heading = None  # the standfirst printed above the body, not a heading
        elif heading is not None and len(heading) > _LONGEST_HEADING:
            # A paragraph set in a heading's type (an intro), not a heading.
            section_blocks = (Paragraph(text=heading), *section_blocks)
            heading = None
        if heading is not None or not merged:
            merged.append((heading, []))
        blocks = merged[-1][1]
        for block in section_blocks:
            cleaned = _clean_block(block)
            if cleaned is None:
                continue
            if isinstance(cleaned, Paragraph):
                if (
                    cleaned.text.casefold() in skipped
                    or _is_placeholder(cleaned.text)
                    or _is_stamp(cleaned.text)
                ):
                    continue
                caption = _as_caption(cleaned)
                if caption is not None and _place_caption(blocks, cleaned.text, caption):
                    continue
                texts.append(cleaned.text)
            blocks.append(cleaned)
    body = "\n".join(texts)
    counts = Counter(texts)
    result: list[Section] = []
    for heading, blocks in merged:
        kept = tuple(
            block
            for block in blocks
            if not (isinstance(block, BlockQuote) and len(block.text) > 20 and block.text in body)
            and not (
                isinstance(block, Paragraph)
                and counts[block.text] > 1
                and _SHORTEST_REPEATED <= len(block.text) < _REPEATED_LINE
            )
        )
        if kept:
            result.append(Section(heading=heading, blocks=kept))
    return result


def content_sections(
    content: html.HtmlElement,
    *,
    headline: str | None,
    subheadline: str | None = None,
    description: str | None = None,
) -> tuple[Section, ...]:
    """Read the sections of a page's main content element (which is changed in place).

    Args:
        content: The main content element, boilerplate already stripped.
        headline: The article's headline, which a heading or paragraph may repeat.
        subheadline: The standfirst, which a paragraph may repeat.
        description: The page's description, which a heading may repeat (a standfirst set
            as a heading is not a section heading; a paragraph repeating it is kept, since a
            description is often the lead paragraph cut short).
    """
    _loose_captions(content)
    fix_images(content)
    _split_at_double_breaks(content)
    _prune(content, headline)
    etree.strip_tags(content, "noscript")
    sections = read_sections(content)
    return tuple(_tidy_sections(sections, (headline, subheadline), (description,)))
