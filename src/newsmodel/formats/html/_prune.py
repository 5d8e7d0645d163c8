"""Pruning a page's main content before it is read: what sits among the paragraphs and is not
the article's.

:func:`prune` removes, in place, the title block's ``<h1>``, link-heavy lists and blocks (related
stories, tag lists, "Read more" lines) with the heading or label line right before them, boxes
announcing another article (teaser cards, short ``<article>`` cards), boxes ending in a call to
action (:mod:`._call_boxes`: "Subscribe now"), an article's own
``<footer>`` with little prose, and short lines built around a ``<time>`` (a live blog entry's
time and author).
"""

# ruff: noqa: RUF001
# (the arrows and guillemets of label lines are the ones real pages print)

import itertools

from lxml import etree, html

from newsmodel.extract.normalize import squash
from newsmodel.formats.html._call_boxes import call_boxes
from newsmodel.formats.html._content import Measure, measure

__all__ = ["SENTENCE_ENDS", "STAMP_LINE", "prune"]

_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_LABEL_TAGS = _HEADING_TAGS | {"p", "div", "strong", "b", "span"}
_LABEL_LINE = 60
_LABEL_ENDS = (":", "|", "»", "›", "→")
_LINK_LABEL = 40
_OUTSIDE_LINKS = etree.XPath("descendant::text()[not(ancestor::a)]")
_PRUNED_TAGS = frozenset({"ul", "ol", "div", "section", "p", "table", "dl"})
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_TITLE_TAGS = frozenset({"h1", *_CARD_HEADINGS})
_CARD_TEXT = 400
"""The most characters of text a box announcing another article holds."""
_STORY_CARD_TEXT = 500
"""The most characters of text an ``<article>`` card of another story inside the content holds."""
_FOOTER_PROSE = 300
_STAMP_HOLDERS = frozenset({"p", "div", "header", "footer", "li"})
STAMP_LINE = 80
"""A block with a ``<time>`` and at most this much text, not ending as a sentence, is a
date or live-blog stamp line, not body text."""
SENTENCE_ENDS = (".", "!", "?", "\u3002", "\uff01", "\uff1f")
"""What a line that ends as a sentence ends with."""


def prune(content: html.HtmlElement, headline: str | None) -> None:
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
    doomed.extend(call_boxes(content, sizes))
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
    taken: set[html.HtmlElement] = set()  # the same, looked up in one step
    for heading in content.iter(*_CARD_HEADINGS):
        card = None
        for ancestor in heading.iterancestors():
            if ancestor is content or sizes.text.get(ancestor, 0) > _CARD_TEXT:
                break
            if sum(1 for _ in ancestor.iter(*_CARD_HEADINGS)) > 1:
                break
            card = ancestor
        if card is None or card in taken or any(a in taken for a in card.iterancestors()):
            continue  # a card found already, or inside one
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
            taken.add(card)
    return cards


def _story_cards(content: html.HtmlElement, sizes: Measure) -> list[html.HtmlElement]:
    """The short ``<article>`` elements inside the content that link elsewhere: cards of
    other stories set among the paragraphs (an article inside an article is another one).

    A card's link is its title (a heading in or around a link), most of its text, or a link
    without text over its picture or its whole area; an entry of a live report with a link in
    its text ("Here is how aerial firefighting works") is none, and stays."""
    return [
        card
        for card in content.iter("article")
        if card is not content
        and sizes.text.get(card, 0) <= _STORY_CARD_TEXT
        and card.find(".//a[@href]") is not None
        and _links_elsewhere(card, sizes)
    ]


def _links_elsewhere(card: html.HtmlElement, sizes: Measure) -> bool:
    """Whether a short box's links make it a card of another story (see :func:`_story_cards`)."""
    text = sizes.text.get(card, 0)
    if 2 * sizes.links.get(card, 0) >= text:
        return True
    for link in card.iter("a"):
        if link.get("href") and not sizes.text.get(link, 0):
            return True  # a link over the card's picture or its whole area
        if any(heading.tag in _TITLE_TAGS for heading in link.iterancestors()):
            return True
        if next(link.iter(*_TITLE_TAGS), None) is not None:
            return True
    return False


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
        if length <= STAMP_LINE and not squash(line.text_content()).endswith(SENTENCE_ENDS):
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
