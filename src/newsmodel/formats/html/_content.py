"""Finding the main content of a web page: the element that holds the article's body.

A general algorithm, with no rule for any one site:

1. :func:`~newsmodel.formats.html._strip.strip_boilerplate` has removed what is never body
   text (:mod:`._strip`, with the class and id names read by :mod:`._names`).
2. :func:`main_content` scores each paragraph-like element by its length and commas, adds the score
   to its parent and half to its grandparent, weights each candidate by its class and id and by
   ``1 - link density``; the best candidate wins, none inside a box that opens with a heading
   about the authors ("About the author": :func:`_author_boxes`). It is then widened when the
   body is split:
   to the common ancestor of the containers styled like it, and to an ancestor holding at least
   twice its prose, when that ancestor is worth as much (prose less other text, with a bonus for
   ``itemprop="articleBody"``, body-like class names, ``<article>`` and ``<main>``), and to
   an ancestor that adds only prose before it (an intro in a container of its own).
   A pick that strays from the ``<article>`` holding the page's ``<h1>`` into another article
   (the next story of an endless page, related posts written as articles) is looked for again
   inside the titled one; so is a pick holding several stories under ``<h1>`` headings in
   plain containers, inside the first story's.
3. A pick holding less than half the page's prose (a teaser, a video block) is checked against
   the densest prose container, the whole body being one candidate; the reader also tries the
   JSON-LD ``articleBody`` when the body it read is short.
"""

import re
from collections.abc import Callable

import attrs
from lxml import etree, html

from newsmodel.formats.html._author_labels import heads_author_box
from newsmodel.formats.html._names import label as name_label

__all__ = ["CONTAINER_TAGS", "Measure", "main_content", "measure", "text_length"]

_POSITIVE = re.compile(r"article|body|content|story|entry|post-?text|main|prose|text|blog")
_NEGATIVE = re.compile(
    r"comment|share|social|related|sidebar|footer|promo|teaser|widget|nav|menu|ad-|advert|"
    r"recommend|newsletter|popular|trending|meta|byline|author|caption|credit|tag",
)
_PARAGRAPH_TAGS = frozenset({"p", "pre", "td", "blockquote", "li", "h2", "h3"})
CONTAINER_TAGS = frozenset({"div", "section", "article", "main", "font", "center"})
"""Containers: one holding only text and inline elements reads as a paragraph, and text written
straight into one counts as prose (:mod:`._strip` counts it too, on pages without ``<p>``)."""
_MIN_PARAGRAPH = 25
_BLOCK_TAGS = frozenset(
    {
        *CONTAINER_TAGS,
        *_PARAGRAPH_TAGS,
        "ul", "ol", "dl", "table", "tr", "h1", "h4", "h5", "h6", "figure", "img", "header",
        "footer", "hr", "br", "iframe", "video",
    }
)  # fmt: skip
"""Tags that end a paragraph (``<br>`` too: text broken by lines is read by its own rule)."""
_NOISE_WEIGHT = 2.5
_BODY_LABEL = re.compile(
    r"article-?body|story-?body|entry-?content|post-?content|post-?body|article-?content|"
    r"article-?text|story-?content|main-?content|body-?text|rich-?text",
)
_WIDEN_LEVELS = 6
_WIDEN_GAIN = 2.0
_SHORT_SHARE = 0.5
"""A pick holding less than this share of the page's prose is checked against other
candidates."""
_LEAD_NOISE = 0.1
"""An ancestor that adds prose before the pick and at most this share of other text (labels,
links) is taken: the lead paragraphs in a container of their own. The captions of the
pictures there (``<figcaption>``) and the links inside its paragraphs of prose are the
story's and do not count, up to twice this share."""
_QUIET_NOISE = 0.02
"""An ancestor that adds :data:`_LEAD_PROSE` characters of prose or more, before or after the
pick, and at most this share of other text, is the story's container: teasers, an author's
box or comments after a story bring their titles, names and dates with them."""
_CHUNK_NOISE = 0.1
"""A chunk of the story holds at most this share of other text, and of text in links."""
_SLOT_TEXT = 40
_CAPTION_TEXT = 250
"""A block of pictures holds at most this much text for each picture (its caption and
credit), and an ad slot at most :data:`_SLOT_TEXT` characters."""
_LEAD_PROSE = 600
"""An ancestor adding at least this much prose before the pick adds the story's lead, more than
a standfirst: boxes of links between the two (related articles) do not count against it. Less
is a standfirst, which a share bar sets apart from the body."""
_TITLED_STORY = 1000
_TITLED_SHARE = 1.5
"""A pick whose parent holds the page's title and less than this many times its prose is the
story under that title."""
_TITLED_PROSE = 300
"""The ``<article>`` holding the page's title is preferred to a pick that strays into another
article when it holds at least this many characters of prose."""
_BOX_HEADING = 60
"""An author's box's heading is at most this long."""
_TWINS_GAIN = 1.15
_TWINS_WORTH = 0.6
"""Containers styled alike that hold more of the prose (by this factor) are taken together
even when the furniture between them costs some worth (down to this share)."""


def text_length(element: html.HtmlElement) -> int:
    """The number of characters of text in ``element``, whitespace runs counted as one."""
    return len(" ".join(element.text_content().split()))


@attrs.frozen
class Measure:
    """Text measures of every element of a tree, taken in one bottom-up pass.

    Attributes:
        elements: The elements in document order.
        text: Each element's number of text characters (each text node stripped).
        links: How many of those are inside links.
        commas: The commas in the element's text.
        prose: The characters of prose the element holds: the text outside links of its
            paragraphs that are long enough and not mostly links, and text written straight
            into containers.
        blocks: The elements that hold a block element (a container, a paragraph, a list,
            a heading ...); a container not among them holds only text and inline elements,
            and reads as one paragraph.
        written: The containers among ``blocks`` with at least :data:`_MIN_PARAGRAPH`
            characters of text written straight into them (outside their children, each text
            node stripped).
        captions: The characters of text in the ``<figcaption>`` elements inside each
            element that holds one (the element itself included).
    """

    elements: list[html.HtmlElement]
    text: dict[html.HtmlElement, int]
    links: dict[html.HtmlElement, int]
    commas: dict[html.HtmlElement, int]
    prose: dict[html.HtmlElement, int]
    blocks: set[html.HtmlElement]
    written: set[html.HtmlElement] = attrs.Factory(set)
    captions: dict[html.HtmlElement, int] = attrs.Factory(dict)

    def density(self, element: html.HtmlElement) -> float:
        """The share of the element's text inside links, 0 to 1."""
        total = self.text.get(element, 0)
        return self.links.get(element, 0) / total if total else 0.0


def measure(root: html.HtmlElement) -> Measure:
    """Measure every element under ``root`` (included) in one pass.

    Elements are visited children first (document order reversed); each one adds its figures,
    and its tail text, to its parent's, so that no element's children are walked twice.
    """
    elements = list(root.iter(etree.Element))  # elements only: no comments, no PIs
    text: dict[html.HtmlElement, int] = {}
    links: dict[html.HtmlElement, int] = {}
    commas: dict[html.HtmlElement, int] = {}
    prose: dict[html.HtmlElement, int] = {}
    # What the children gave: own text from their tails, and their figures.
    own_tails: dict[html.HtmlElement, int] = {}
    nested: dict[html.HtmlElement, tuple[int, int, int, int]] = {}
    blocks: set[html.HtmlElement] = set()
    broken: set[html.HtmlElement] = set()  # holding a <br>
    walled: set[html.HtmlElement] = set()  # holding a block other than <br>
    written: set[html.HtmlElement] = set()
    figcaptions: list[html.HtmlElement] = []
    for element in reversed(elements):
        # The common case (no text, no children measured yet) costs no string or tuple.
        own = element.text
        if own:
            own = own.strip()
            own_length = len(own)
            count = own.count(",") + own.count("\u3001") if own_length else 0
        else:
            own_length = count = 0
        tails = own_tails.get(element)
        if tails:
            own_length += tails
        inner = nested.get(element)
        if inner is None:
            total, linked, good = own_length, 0, 0
        else:
            inner_text, linked, inner_commas, good = inner
            total = own_length + inner_text
            count += inner_commas
        tag = element.tag
        if tag == "a":
            linked = total
        elif tag == "figcaption":
            figcaptions.append(element)
        if tag in _PARAGRAPH_TAGS or (tag in CONTAINER_TAGS and element not in blocks):
            good = total - linked if total >= _MIN_PARAGRAPH and linked <= total / 2 else 0
        elif tag in CONTAINER_TAGS:
            # The prose of the children, and the text written straight in: with the text of
            # its inline elements when only <br>s break it (paragraphs in <span>s set apart
            # with <br>), not beside a picture or a box (a caption in a <span>).
            loose = total - linked if element in broken and element not in walled else own_length
            if loose >= _MIN_PARAGRAPH:
                good += loose
                written.add(element)
        text[element] = total
        links[element] = linked
        commas[element] = count
        prose[element] = good
        parent = element.getparent()
        if parent is not None:
            if tag in _BLOCK_TAGS:
                blocks.add(parent)
                (broken if tag == "br" else walled).add(parent)
            tail = element.tail
            if tail:
                tail = tail.strip()
                if tail:
                    own_tails[parent] = own_tails.get(parent, 0) + len(tail)
                    count += tail.count(",") + tail.count("\u3001")
            before = nested.get(parent)
            if before is None:
                nested[parent] = (total, linked, count, good)
            else:
                a, b, c, d = before
                nested[parent] = (a + total, b + linked, c + count, d + good)
    captions: dict[html.HtmlElement, int] = {}
    for caption in figcaptions:
        length = text[caption]
        for holder in (caption, *caption.iterancestors()):
            captions[holder] = captions.get(holder, 0) + length
    return Measure(elements, text, links, commas, prose, blocks, written, captions)


def _class_weight(element: html.HtmlElement) -> float:
    label = name_label(element)
    weight = 0.0
    if _POSITIVE.search(label):
        weight += 25
    if _NEGATIVE.search(label):
        weight -= 25
    if element.get("itemprop") == "articleBody":
        weight += 50
    if element.tag in ("article", "main"):
        weight += 20
    return weight


def _own_text(element: html.HtmlElement) -> str:
    """The text written straight into ``element``, whitespace squashed: outside its children,
    or all of it when no block but ``<br>`` breaks it (:func:`measure`)."""
    if all(child.tag not in _BLOCK_TAGS or child.tag == "br" for child in element):
        return " ".join(element.text_content().split())
    parts = [element.text or ""]
    parts.extend(child.tail or "" for child in element)
    return " ".join(" ".join(parts).split())


def main_content(root: html.HtmlElement, headline: str | None = None) -> html.HtmlElement:
    """Return the element that holds the page's main content (``<body>`` when nothing wins).

    Each paragraph-like element scores by its length and commas; its parent gets the score and
    its grandparent half. A candidate's score is weighted by its class, id and tag and by
    ``1 - link density``, and the best one wins. Then the winner is widened: of it and its
    nearest ancestors, the one holding the most prose (paragraph text outside links) less
    :data:`_NOISE_WEIGHT` times the other text it holds is taken, so that a body split among
    sibling containers is kept whole while a page's sidebars and teasers are not.

    Args:
        root: The page, with boilerplate already stripped.
        headline: The article's headline, when known: the ``<h1>`` that prints it heads the
            story among others (:func:`_titled_unit`).
    """
    body = root.find("body")
    fallback = root if body is None else body
    sizes = measure(fallback)
    scores: dict[html.HtmlElement, float] = {}
    for paragraph in sizes.elements:
        tag = paragraph.tag
        if tag in _PARAGRAPH_TAGS:
            length = sizes.text[paragraph]
            commas = sizes.commas[paragraph]
            if tag == "li" and sizes.links[paragraph]:
                continue
            parent = paragraph.getparent()
        elif tag in CONTAINER_TAGS and paragraph not in sizes.blocks:
            length, commas = sizes.text[paragraph], sizes.commas[paragraph]
            if sizes.links[paragraph] > length / 2:
                continue  # a link in a box, not a paragraph
            parent = paragraph.getparent()
        elif paragraph in sizes.written:  # measured: the tree holds no comments, no PIs
            own = _own_text(paragraph)  # text written straight into a container
            length, commas = len(own), own.count(",") + own.count("\u3001")
            parent = paragraph
        else:
            continue
        if length < _MIN_PARAGRAPH or parent is None:
            continue
        if parent is not paragraph:
            parent = _past_wrappers(paragraph, parent, sizes)
        score = 1.0 + commas + min(length / 100, 3.0)
        for level, ancestor in enumerate((parent, parent.getparent())):
            if ancestor is None:
                break
            if ancestor not in scores:
                scores[ancestor] = _class_weight(ancestor)
            scores[ancestor] += score / (1 + level)
    if not scores:
        return fallback
    boxes = _author_boxes(fallback, sizes)
    kept = {element: score for element, score in scores.items() if element not in boxes}
    if boxes and any(element is not fallback for element in kept):
        scores = kept
    else:
        boxes = set()  # the page is an author's box (a profile), read as it is
    best = max(scores, key=lambda e: scores[e] * (1.0 - sizes.density(e)))

    def worth(element: html.HtmlElement) -> float:
        return float("-inf") if element in boxes else _worth(element, sizes)

    chosen = _cross_check(_widen(best, sizes, worth), fallback, sizes, worth)
    titled = _titled_article(fallback, sizes, chosen)
    if titled is None:
        titled = _titled_unit(sizes, chosen, headline)
    if titled is None:
        return chosen
    within = set(titled.iter())
    local = max(
        (element for element in scores if element in within),
        key=lambda e: scores[e] * (1.0 - sizes.density(e)),
        default=titled,
    )
    return _widen(local, sizes, worth, stop=titled)


def _past_wrappers(
    paragraph: html.HtmlElement, parent: html.HtmlElement, sizes: Measure
) -> html.HtmlElement:
    """The first ancestor of a paragraph from ``parent`` up that is more than a wrapper of it: a
    wrapper holds the paragraph alone (one child, the same text) and no name or tag that
    weighs (:func:`_class_weight`). Pages built of components wrap each paragraph in a box or
    two of its own (``<div><div><p>``): the score goes to the container of the story's
    paragraphs, not to each paragraph's boxes."""
    length = sizes.text[paragraph]
    while (
        len(parent) == 1
        and sizes.text.get(parent) == length
        and parent.tag not in ("body", "html")
        and not _class_weight(parent)
    ):
        above = parent.getparent()
        if above is None:
            break
        parent = above
    return parent


def _author_boxes(body: html.HtmlElement, sizes: Measure) -> set[html.HtmlElement]:
    """The elements of the boxes about the article's authors that open with a heading saying
    so ("About the author", "Autor:innen": :func:`~._author_labels.heads_author_box`), whatever
    their class names: a long biography may outweigh a short story. A box is the heading's
    parent, when nothing with text comes before the heading in it and it holds no ``<h1>``
    (the article itself)."""
    boxes: set[html.HtmlElement] = set()
    for heading in body.iter("h2", "h3", "h4", "h5"):
        length = sizes.text.get(heading, 0)
        if not length or length > _BOX_HEADING or not heads_author_box(heading.text_content()):
            continue
        box = heading.getparent()
        if box is None or box is body or (box.text and not box.text.isspace()):
            continue
        if any(sizes.text.get(sibling, 0) for sibling in heading.itersiblings(preceding=True)):
            continue
        if next(box.iter("h1"), None) is not None:
            continue
        above = box.getparent()
        while (
            above is not None and above is not body and sizes.text.get(above) == sizes.text.get(box)
        ):
            box, above = above, above.getparent()
        boxes.update(box.iter())
    return boxes


def _titled_article(
    body: html.HtmlElement, sizes: Measure, chosen: html.HtmlElement
) -> html.HtmlElement | None:
    """The first ``<article>`` holding an ``<h1>`` (a site's logo may be the page's first
    ``<h1>``), when the pick strays from it: into another article (the next story of an endless
    page, a list of related posts written as ``<article>`` elements) or out of it altogether
    (the readers' comments under a short post, whatever their names). None when the pick is
    inside that article or holds it, or when the titled article holds little prose (its body
    sits outside)."""
    titled = next(
        (a for h in body.iter("h1") for a in h.iterancestors() if a.tag == "article"), None
    )
    if titled is None or sizes.prose.get(titled, 0) < _TITLED_PROSE:
        return None
    above_chosen = set(chosen.iterancestors())
    if titled is chosen or titled in above_chosen:
        return None
    above_titled = set(titled.iterancestors())
    if chosen not in above_titled:
        return titled  # the pick lies outside the titled article
    for article in body.iter("article"):
        if article is titled or article in above_titled or sizes.prose[article] < _MIN_PARAGRAPH:
            continue
        above = set(article.iterancestors())
        if titled in above:
            continue  # an article nested in the titled one (an embedded post) is its own
        if article in above_chosen or chosen in above or article is chosen:
            return titled
    return None


def _titled_unit(
    sizes: Measure, chosen: html.HtmlElement, headline: str | None
) -> html.HtmlElement | None:
    """Within a pick that holds two ``<h1>`` with text or more, the first printing the
    headline and the others not (an endless page's next stories in plain ``<div>`` elements,
    where :func:`_titled_article` finds no ``<article>``), the largest element holding the
    first of them and no other, when it and the rest of the pick each hold
    :data:`_TITLED_PROSE` characters of prose or more. None otherwise: a page that sets its
    sections' headings in ``<h1>``, a headline printed twice, a logo's ``<h1>``."""
    if not headline:
        return None
    headings = [heading for heading in chosen.iter("h1") if sizes.text.get(heading)]
    if len(headings) < 2:
        return None
    printed = [_prints(heading, headline) for heading in headings]
    if not printed[0] or any(printed[1:]):
        return None
    others = {above for heading in headings[1:] for above in heading.iterancestors()}
    unit = None
    for above in headings[0].iterancestors():
        if above is chosen or above in others:
            break
        unit = above
    if unit is None:
        return None
    mine = sizes.prose.get(unit, 0)
    if mine < _TITLED_PROSE or sizes.prose.get(chosen, 0) - mine < _TITLED_PROSE:
        return None
    return unit


def _prints(heading: html.HtmlElement, headline: str) -> bool:
    """Whether a heading prints the headline (or the headline holds the heading's words, a
    site's name cut off, or the heading the headline's, a kicker before it)."""
    text = " ".join(heading.text_content().split()).casefold()
    title = " ".join(headline.split()).casefold()
    return bool(text) and (text in title or title in text)


def _cross_check(
    chosen: html.HtmlElement,
    body: html.HtmlElement,
    sizes: Measure,
    worth: Callable[[html.HtmlElement], float],
) -> html.HtmlElement:
    """Check a pick that holds little of the page's prose (a teaser, a video block, a sidebar
    box) against the page's densest prose container, the element worth most by the measure
    of :func:`_widen` (the whole body being one candidate): that one is taken when it holds
    at least :data:`_WIDEN_GAIN` times the pick's prose."""
    mine = sizes.prose.get(chosen, 0)
    if mine >= _SHORT_SHARE * sizes.prose.get(body, 0) or _under_title(chosen, body, sizes):
        return chosen
    densest = max(sizes.elements, key=worth)
    if sizes.prose[densest] >= _WIDEN_GAIN * mine and worth(densest) > worth(chosen):
        return densest
    return chosen


def _under_title(chosen: html.HtmlElement, body: html.HtmlElement, sizes: Measure) -> bool:
    """Whether the pick is the story under the page's title: it holds at least
    :data:`_TITLED_STORY` characters of prose (a teaser holds less), and the first ``<h1>``
    with text is in it, or in its parent (not the page's body) whose prose is mostly the
    pick's. A page's other prose (a long footer, a sidebar) then does not outweigh it."""
    heading = next((h for h in body.iter("h1") if sizes.text.get(h)), None)  # not a logo's
    if heading is None or sizes.prose.get(chosen, 0) < _TITLED_STORY:
        return False
    if chosen in heading.iterancestors():
        return True
    parent = chosen.getparent()
    return (
        parent is not None
        and parent is not body
        and parent in heading.iterancestors()
        and sizes.prose.get(parent, 0) < _TITLED_SHARE * sizes.prose.get(chosen, 0)
    )


def _first_class(element: html.HtmlElement) -> str | None:
    classes = (element.get("class") or "").split()
    return classes[0] if classes else None


def _widen(
    best: html.HtmlElement,
    sizes: Measure,
    worth: Callable[[html.HtmlElement], float],
    stop: html.HtmlElement | None = None,
) -> html.HtmlElement:
    """Take the body whole when it is split among several containers.

    First, among containers styled like the best one (same tag and first class), their common
    ancestor, or failing it the nearest that holds another chunk of the story styled alike
    (:func:`_twins_ancestor`), is taken if it is worth at least as much as the best alone, or
    if it holds :data:`_TWINS_GAIN` times the prose and, boxes of links between the containers
    aside, is worth :data:`_TWINS_WORTH` of it. Then, of the nearest
    ancestors, one that holds at least :data:`_WIDEN_GAIN` times the prose and is worth at least
    as much is taken (a body cut into slides or chunks), and so is one whose only addition is
    prose before the pick, with next to no other text (an intro or standfirst in a container
    of its own above the body): what follows the body in an ancestor (an author's box, teasers)
    is never taken in that way. Before that, the pick's parent is taken when the story goes
    on in a later sibling past pictures and ad slots (:func:`_continues`). With ``stop``,
    nothing outside that element is taken."""
    chosen = best
    label = _first_class(best)
    within = None if stop is None else set(stop.iter())
    if label is not None:
        twins = [
            element
            for element in sizes.elements
            if element.tag == best.tag
            and _first_class(element) == label
            and sizes.prose[element] >= _MIN_PARAGRAPH
        ]
        if within is not None:
            twins = [twin for twin in twins if twin in within]
        if len(twins) > 1:
            chosen = _twins_ancestor(best, twins, sizes, worth)
    parent = chosen.getparent()
    if (
        parent is not None
        and parent.tag not in ("html", "body")
        and chosen is not stop
        and _continues(chosen, sizes)
    ):
        chosen = parent
    current = chosen
    after = 0
    for _ in range(_WIDEN_LEVELS):
        if current is stop:
            break
        parent = current.getparent()
        if parent is None or parent.tag in ("html", "body"):
            break
        after += sum(sizes.prose.get(sibling, 0) for sibling in current.itersiblings())
        below, current = current, parent
        gained = sizes.prose[current] - sizes.prose[chosen]
        noise = sizes.text[current] - sizes.text[chosen] - gained
        # A list is no story alone: prose after it in its container is the story's too; so
        # is the prose round a pick in a container holding next to nothing else (a body cut
        # into sections of a <main>, the first a few paragraphs long).
        onward = (
            not after
            or chosen.tag in ("ul", "ol")
            or (gained >= _LEAD_PROSE and noise <= _QUIET_NOISE * gained)
        )
        if gained >= _LEAD_PROSE and onward:
            noise -= _link_boxes(current, below, sizes)
        lead = gained > 0 and onward and noise <= _LEAD_NOISE * gained
        if gained > 0 and onward and not lead and noise <= 2 * _LEAD_NOISE * gained:
            # The lead picture's caption is the story's, not other text (looked at only here:
            # a walk of the ancestor).
            noise -= sizes.captions.get(current, 0) - sizes.captions.get(chosen, 0)
            noise -= _prose_links(current, sizes) - _prose_links(chosen, sizes)
            lead = noise <= _LEAD_NOISE * gained
        held = worth(chosen)
        if (lead and worth(current) >= held) or (
            sizes.prose[current] >= _WIDEN_GAIN * sizes.prose[chosen]
            and _worth_past_link_boxes(current, sizes, worth) >= held
        ):
            chosen, after = current, 0
    return chosen


def _worth_past_link_boxes(
    element: html.HtmlElement, sizes: Measure, worth: Callable[[html.HtmlElement], float]
) -> float:
    """What an ancestor holding twice the pick's prose or more is worth as the content, its
    children that hold no prose and mostly links not counted against it (boxes of teaser
    links, pruned from the content afterwards: :func:`_worth` without ``link_boxes``); what
    ``worth`` says when that is nothing (an author's box)."""
    said = worth(element)
    return said if said == float("-inf") else _worth(element, sizes, link_boxes=False)


def _link_boxes(element: html.HtmlElement, but: html.HtmlElement, sizes: Measure) -> int:
    """The text of the children of ``element`` (``but`` aside) that hold no prose and mostly
    links: boxes of teaser links set between a story's lead and the rest of its body, which
    are pruned from the content afterwards."""
    return sum(
        sizes.text.get(child, 0)
        for child in element
        if child is not but
        and not sizes.prose.get(child, 0)
        and sizes.links.get(child, 0) * 2 >= sizes.text.get(child, 0)
    )


def _twins_ancestor(
    best: html.HtmlElement,
    twins: list[html.HtmlElement],
    sizes: Measure,
    worth: Callable[[html.HtmlElement], float],
) -> html.HtmlElement:
    """The container of ``best`` and its ``twins`` (containers styled like it) to take for a
    body split among them (see :func:`_widen`), or ``best`` when none is worth it.

    The common ancestor of all the twins is tried first. When a twin far off (a sidebar's
    note styled like the body) makes that one the whole page, the nearest ancestor of
    ``best`` that holds another twin of story text (:func:`_is_prose_chunk`) is tried: the
    body's other chunks."""
    common = _common_ancestor(twins)
    holding: set[html.HtmlElement] = set()
    for twin in twins:
        if twin is not best and _is_prose_chunk(twin, sizes):
            holding.update(twin.iterancestors())
    near = next((above for above in best.iterancestors() if above in holding), None)
    for ancestor in (common, near):
        if ancestor is None or ancestor.tag in ("html", "body"):
            continue
        if worth(ancestor) >= worth(best) or (
            sizes.prose[ancestor] >= _TWINS_GAIN * sizes.prose[best]
            and _worth(ancestor, sizes, link_boxes=False) >= _TWINS_WORTH * worth(best)
        ):
            return ancestor
    return best


def _common_ancestor(elements: list[html.HtmlElement]) -> html.HtmlElement | None:
    paths = [[element, *element.iterancestors()][::-1] for element in elements]
    common: html.HtmlElement | None = None
    for level in zip(*paths, strict=False):
        if all(node is level[0] for node in level):
            common = level[0]
        else:
            break
    return common


def _prose_links(element: html.HtmlElement, sizes: Measure) -> int:
    """The characters of text in links inside the paragraphs of ``element`` that read as
    prose: a story's own links, not other text beside it."""
    return sum(
        sizes.links.get(paragraph, 0)
        for paragraph in element.iter(*_PARAGRAPH_TAGS)
        if sizes.prose.get(paragraph)
    )


def _is_prose_chunk(element: html.HtmlElement, sizes: Measure) -> bool:
    """Whether an element holds story text and nothing else: a paragraph's worth of prose or
    more, next to no other text, next to no links."""
    text = sizes.text.get(element, 0)
    prose = sizes.prose.get(element, 0)
    return (
        prose >= 2 * _MIN_PARAGRAPH
        and text - prose <= _CHUNK_NOISE * text
        and sizes.links.get(element, 0) <= _CHUNK_NOISE * text
    )


def _is_media_block(element: html.HtmlElement, sizes: Measure) -> bool:
    """Whether an element is pictures with their captions (a gallery, a figure), or an empty
    slot: little text for each picture it holds."""
    pictures = sum(1 for _ in element.iter("img", "picture", "video", "iframe"))
    return sizes.text.get(element, 0) <= _SLOT_TEXT + _CAPTION_TEXT * pictures


def _continues(chosen: html.HtmlElement, sizes: Measure) -> bool:
    """Whether the story goes on after the pick in a later sibling: past pictures, galleries
    and ad slots only, a sibling that holds story text and nothing else, in paragraphs that
    share a class with the pick's (a body cut in two by a gallery or an ad). Paragraphs
    without a class share none: an author's or a newsletter's box after a story in plain
    paragraphs is not its continuation."""
    styles = {paragraph.get("class") for paragraph in chosen.iter("p")} - {None, ""}
    for sibling in chosen.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if _is_prose_chunk(sibling, sizes):
            return not styles.isdisjoint(paragraph.get("class") for paragraph in sibling.iter("p"))
        if not _is_media_block(sibling, sizes):
            return False
    return False


def _worth(element: html.HtmlElement, sizes: Measure, link_boxes: bool = True) -> float:
    """What ``element`` is worth as the content: its prose less :data:`_NOISE_WEIGHT` times its
    other text (its pictures' captions are the story's, not noise: a how-to's steps each
    under a captioned picture), weighted by its name and tag. Without ``link_boxes``, a
    child holding no prose and mostly links (a "Read more" box of teasers set between the
    chunks of a body) is not counted as noise: link-heavy blocks are pruned from the content
    afterwards."""
    good = sizes.prose.get(element, 0)
    noise = sizes.text.get(element, 0) - good - sizes.captions.get(element, 0)
    if not link_boxes:
        noise -= sum(
            sizes.text.get(child, 0)
            for child in element
            if not sizes.prose.get(child, 0)
            and sizes.links.get(child, 0) * 2 >= sizes.text.get(child, 0)
        )
    return (good - _NOISE_WEIGHT * noise) * _semantic_weight(element)


def _semantic_weight(element: html.HtmlElement) -> float:
    if element.get("itemprop") == "articleBody":
        return 1.5
    label = name_label(element)
    if _BODY_LABEL.search(label):
        return 1.2
    if element.tag in ("article", "main"):
        return 1.1
    if _NEGATIVE.search(label) and not _POSITIVE.search(label):
        return 0.7
    return 1.0
