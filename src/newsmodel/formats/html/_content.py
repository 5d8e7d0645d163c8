"""Finding the main content of a web page: the element that holds the article's body.

A general algorithm, with no rule for any one site:

1. :func:`strip_boilerplate` removes what is never body text: scripts and styles, forms,
   navigation, asides and ``<noscript>`` (unless one holds most of the page's prose), hidden
   elements (``hidden``, ``aria-hidden`` but on a long paragraph, a hiding style or class),
   ARIA roles of page furniture, and elements whose ``class`` or ``id`` names boilerplate
   (comments, share bars, related links, newsletter boxes, cookie notices, ads, teasers,
   sidebars, footers, author boxes, collapsed boxes, post meta lines) unless they also name content
   ("article", "body", "story"), hold the page's ``<h1>`` or hold much prose. A name for a
   part of the content ("article-social", "story-related-links": its last word, generic ones
   like "wrapper" aside, names boilerplate) is boilerplate. An id made from the text (a
   slug) is not a name.
2. :func:`main_content` scores each paragraph-like element by its length and commas, adds the score
   to its parent and half to its grandparent, weights each candidate by its class and id and by
   ``1 - link density``; the best candidate wins. It is then widened when the body is split:
   to the common ancestor of the containers styled like it, and to an ancestor holding at least
   twice its prose, when that ancestor is worth as much (prose less other text, with a bonus for
   ``itemprop="articleBody"``, body-like class names, ``<article>`` and ``<main>``), and to
   an ancestor that adds only prose before it (an intro in a container of its own).
   A pick that strays from the ``<article>`` holding the page's ``<h1>`` into another article
   (the next story of an endless page, related posts written as articles) is looked for again
   inside the titled one.
3. A pick holding less than half the page's prose (a teaser, a video block) is checked against
   the densest prose container, the whole body being one candidate; the reader also tries the
   JSON-LD ``articleBody`` when the body it read is short.
"""

import re
from collections.abc import Callable

import attrs
from lxml import etree, html

from newsmodel.formats.html._meta_tags import Mark, is_marked_class

__all__ = [
    "Measure",
    "PageScan",
    "found_in",
    "link_density",
    "main_content",
    "measure",
    "scan",
    "strip_boilerplate",
    "text_length",
]

_DROPPED_TAGS = (
    "script",
    "style",
    "template",
    "button",
    "input",
    "select",
    "textarea",
    "svg",
    "canvas",
    "dialog",
    "iframe",
    "object",
    "embed",
    "link",
    "meta",
    "head",
)

_BOILERPLATE = re.compile(
    r"comment|kommentar|komentar|comentar|share|sharing|social|related|newsletter|subscri|cookie|consent|gdpr|advert|"
    r"(?:^|[-_\s])ads?(?:$|[-_\s])|ad-slot|adslot|banner|sponsor|promo|teaser|recommend|"
    r"sidebar|side-bar|widget|footer|masthead|menu|breadcrumb|navigation|(?:^|[-_\s])nav|"
    r"popup|modal|overlay|paywall|outbrain|taboola|most-?read|most-?popular|trending|"
    r"read-?more|more-?stories|further-?reading|signup|sign-up|login|toolbar|"
    r"skip-?link|visually-?hidden|sr-only|tags?(?:$|[-_\s])|rating|"
    r"disqus|jump|next-?article|prev-?article|pagination|pager|"
    r"(?:autho?r|auteur)[-_]?(?:bio|box|info|card|profile|details|description|about)|"
    r"about[-_]?(?:the[-_]?)?(?:autho?r|auteur)|expandable|collaps[ai]ble|"
    r"meta(?:$|[-_\s])",
)
_CONTENT = re.compile(
    r"article|body|content|story|entry|post|text|main|prose|paragraph|caption|figure|"
    r"image|photo|media|blog",
)
_POSITIVE = re.compile(r"article|body|content|story|entry|post-?text|main|prose|text|blog")
_NEGATIVE = re.compile(
    r"comment|share|social|related|sidebar|footer|promo|teaser|widget|nav|menu|ad-|advert|"
    r"recommend|newsletter|popular|trending|meta|byline|author|caption|credit|tag",
)
_BOILERPLATE_ROLES = frozenset(
    {"navigation", "complementary", "banner", "contentinfo", "menu", "menubar", "dialog", "alert"}
)
_PARAGRAPH_TAGS = frozenset({"p", "pre", "td", "blockquote", "li", "h2", "h3"})
_CONTAINER_TAGS = frozenset({"div", "section", "article", "main", "font", "center"})
_MIN_PARAGRAPH = 25
_BLOCK_TAGS = frozenset(
    {
        *_CONTAINER_TAGS,
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
_HIDDEN_CLASSES = frozenset({"hidden", "hide", "is-hidden", "d-none", "display-none", "invisible"})
_KEEP_ALWAYS = frozenset({"html", "body", "article", "main"})
_COMMENTS = re.compile(r"comment|kommentar|komentar|comentar|disqus|cookie|consent|newsletter")
_PROSE_KEPT = 600
_LONG_PARAGRAPH = 150
_LONGEST_ID = 40
_FORM_TEXT = 200
"""A form with less text than this (a search box, a sign-up form) is not measured against the
page."""
_FURNITURE = ("form", "nav", "aside", "noscript")
"""Elements dropped unless they hold most of the page's prose: a form wrapping the whole page, a
navigation bar left unclosed around the article, the ``<noscript>`` copy of a page its scripts
render."""
_FLAG_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "role", "style"})
_WIDEN_LEVELS = 6
_WIDEN_GAIN = 2.0
_SHORT_SHARE = 0.5
"""A pick holding less than this share of the page's prose is checked against other
candidates."""
_LEAD_NOISE = 0.1
"""An ancestor that adds prose before the pick and at most this share of other text (its
captions, labels, links) is taken: the lead paragraphs in a container of their own."""
_TITLED_PROSE = 300
"""The ``<article>`` holding the page's title is preferred to a pick that strays into another
article when it holds at least this many characters of prose."""
_TWINS_GAIN = 1.15
_TWINS_WORTH = 0.6
"""Containers styled alike that hold more of the prose (by this factor) are taken together
even when the furniture between them costs some worth (down to this share)."""


def _label(element: html.HtmlElement, lower: bool = True) -> str:
    """The element's class and id, lower-cased unless ``lower`` is false (the patterns here
    are lower case: matching without IGNORECASE is several times faster)."""
    identifier = element.get("id") or ""
    if len(identifier) > _LONGEST_ID or identifier.count("-") + identifier.count("_") > 3:
        identifier = ""  # a slug made from the text ("mayor-promoted-a-plan-1"), not a name
    label = f"{element.get('class') or ''} {identifier}"
    return label.lower() if lower else label


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression's source.

    >>> _branches(r"ab|c(?:d|e)|[|]f")
    ['ab', 'c(?:d|e)', '[|]f']
    """
    found: list[str] = []
    depth, start, position, in_class = 0, 0, 0, False
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(pattern[start:position])
            start = position + 1
        position += 1
    found.append(pattern[start:])
    return found


def found_in(pattern: "re.Pattern[str]") -> Callable[[str], bool]:
    """A test equal to ``pattern.search(text) is not None``, several times faster for a long
    alternation of words such as the class-name patterns here.

    The engine tries every alternative at every place of the text; here the alternatives that
    start with a letter are grouped by that letter (``c(?:omment|ookie)``), so that it tries only
    the few that can match there, and the others (``(?:^|-)ads?``) are searched for apart.

    >>> test = found_in(re.compile(r"comment|cookie|(?:^|-)ads?$"))
    >>> [test(text) for text in ("no-cookies", "top-ad", "adverb", "")]
    [True, True, False, False]
    """
    grouped: dict[str, list[str]] = {}
    others: list[str] = []
    for branch in _branches(pattern.pattern):
        if len(branch) > 1 and branch[0].isalnum() and branch[1] not in "?*+{":
            grouped.setdefault(branch[0], []).append(branch[1:])
        else:
            others.append(branch)
    if not grouped:
        return lambda text: pattern.search(text) is not None
    words = re.compile(
        "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in grouped.items()),
        pattern.flags,
    )
    if not others:
        return lambda text: words.search(text) is not None
    rest = re.compile("|".join(others), pattern.flags)
    needed = {_required_word(branch) for branch in others}
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or min(map(len, needed)) < 2:
        return lambda text: words.search(text) is not None or rest.search(text) is not None
    # The others match only where one of their own words is: most texts hold none.
    return lambda text: (
        words.search(text) is not None
        or (any(word in text for word in needed) and rest.search(text) is not None)
    )


_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")


def _required_word(branch: str) -> str:
    r"""The longest run of plain characters that every match of ``branch`` holds ("" if none):
    characters outside groups and classes, none of them optional or repeated.

    >>> [_required_word(branch) for branch in (r"(?:^|[-_\s])ads?(?:$|\s)", r"x\d+", "a?")]
    ['ad', 'x', '']
    """
    best, run, depth, in_class, position = "", "", 0, False, 0
    while position < len(branch):
        char = branch[position]
        quantified = branch[position + 1 : position + 2] in ("?", "*", "+", "{")
        if char == "\\":
            position += 1  # an escape: the next character is not plain either
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0 and char in _PLAIN and not quantified:
            run += char
            position += 1
            continue
        best, run = max(best, run, key=len), ""
        position += 1
    return max(best, run, key=len)


_names_boilerplate = found_in(_BOILERPLATE)
_names_comments = found_in(_COMMENTS)
_names_content = found_in(_CONTENT)


_NOT_BOILERPLATE, _COMMENTS_BOX, _BOILERPLATE_NAME, _HIDDEN_BOX = 0, 1, 2, 3


def _verdict(written: str) -> int:
    """What a class-and-id label (as written) says: nothing, a comments box, or boilerplate
    by name."""
    label = written.lower()
    if not label.strip() or not _names_boilerplate(label):
        return _NOT_BOILERPLATE
    if _names_comments(label):
        return _COMMENTS_BOX
    if _names_content(label) and not _names_part_of_content(written):
        return _NOT_BOILERPLATE
    return _BOILERPLATE_NAME


_NAME_PARTS = re.compile(r"[-_]+|(?<=[a-z])(?=[A-Z])")
_GENERIC_PARTS = re.compile(
    r"^(?:wrap(?:per)?|container|holder|box|inner|outer|block|section|area|list|items?|"
    r"module|component|panel|bar|links?|buttons?|icons?|\d*)$"
)


def _names_part_of_content(label: str) -> bool:
    """Whether a label (as written) names a part of the content that is boilerplate
    ("article-social", "story-related-links", "PostMeta"): a name whose last word (words
    split at dashes, underscores and camel case), generic words such as "wrapper" or "list"
    aside, names boilerplate, and no name whose last word names content."""
    boilerplate = False
    for name in label.split():
        words = [word.lower() for word in _NAME_PARTS.split(name) if word]
        while words and _GENERIC_PARTS.match(words[-1]):
            words.pop()
        if not words:
            continue
        head = words[-1]
        if _names_content(head):
            return False
        if _names_boilerplate(head):
            boilerplate = True
    return boilerplate


def _is_hidden(element: html.HtmlElement) -> bool:
    """Whether an element is hidden from readers or is page furniture by its ARIA role.

    A long paragraph hidden from screen readers only (``aria-hidden``) is not: that is how
    a metered paywall marks the story's paragraphs it will cover, while they are there."""
    if element.get("hidden") is not None:
        return True
    if element.get("aria-hidden") == "true" and (
        element.tag != "p" or _Stripper.prose(element) < _LONG_PARAGRAPH
    ):
        return True
    if (element.get("role") or "").lower() in _BOILERPLATE_ROLES:
        return True
    style = (element.get("style") or "").lower().replace(" ", "")
    return "display:none" in style or "visibility:hidden" in style


class _Stripper:
    """Decides, for the elements with a class or id, whether their name marks boilerplate."""

    def __init__(self, root: html.HtmlElement) -> None:
        self.verdicts: dict[tuple[str, str], int] = {}
        self.titled: set[html.HtmlElement] = {
            ancestor for heading in root.iter("h1") for ancestor in heading.iterancestors()
        }
        self.dropped: set[html.HtmlElement] = set()
        """The elements removed, with all their descendants."""

    @staticmethod
    def prose(element: html.HtmlElement) -> int:
        """The length of the text of the paragraphs in ``element`` outside links, counted up to
        :data:`_PROSE_KEPT`."""
        total = 0
        for paragraph in element.iter("p"):
            total += text_length(paragraph) - sum(text_length(a) for a in paragraph.iter("a"))
            if total >= _PROSE_KEPT:
                break
        return total

    def is_boilerplate(self, element: html.HtmlElement) -> bool:
        classes = element.get("class") or ""
        key = (classes, element.get("id") or "")
        verdict = self.verdicts.get(key)
        if verdict is None:
            hidden = not _HIDDEN_CLASSES.isdisjoint(classes.lower().split())
            written = _label(element, lower=False)
            verdict = self.verdicts[key] = _HIDDEN_BOX if hidden else _verdict(written)
        if verdict == _NOT_BOILERPLATE:
            return False
        tag = element.tag
        if tag in _KEEP_ALWAYS:
            return False
        if element in self.dropped:
            return False  # already gone with its ancestor
        if verdict == _HIDDEN_BOX:
            return True
        if element.get("itemprop") == "articleBody" or element in self.titled:
            return False  # the article's container (with its title), only named oddly
        if verdict == _COMMENTS_BOX:
            return True
        if tag == "p":
            # A paragraph of the story marked for a paywall or a teaser is still the story's.
            return _Stripper.prose(element) < _LONG_PARAGRAPH
        # A wrongly named container of the article itself (a "widget" holding the body) keeps it.
        return _Stripper.prose(element) < _PROSE_KEPT


def strip_boilerplate(
    root: html.HtmlElement, *, by_name: bool = True, scanned: "PageScan | None" = None
) -> None:
    """Remove from ``root`` (in place) the elements that never hold body text.

    ``<noscript>`` elements are kept when they hold an image (the fallback of a lazy image).

    Args:
        root: The page.
        by_name: Whether to remove the elements whose class or id names boilerplate too (a
            page whose article sits in a box named like comments, a live blog's "comments",
            is read again without this rule rather than left empty).
        scanned: The page's :func:`scan`, taken before anything was removed, when the caller
            has it (the metadata reader takes its attributes from the same pass).
    """
    found = scan(root) if scanned is None else scanned
    etree.strip_elements(root, *_DROPPED_TAGS, with_tail=False)
    _drop_furniture(root)
    flagged, named = found.flagged, found.named
    for element in flagged:
        if element.tag not in _KEEP_ALWAYS and _is_hidden(element):
            _drop(element)
    if not by_name:
        return
    stripper = _Stripper(root)
    for element in named:
        if stripper.is_boilerplate(element):
            stripper.dropped.update(element.iter())  # its elements are gone with it
            _drop(element)


@attrs.frozen
class PageScan:
    """What one pass over a page's elements found, in page order.

    Attributes:
        flagged: The elements with an attribute that may hide them or give them a role.
        named: The elements whose class or id may name boilerplate.
        marks: The class, itemprop and rel attributes the metadata reader reads
            (:func:`newsmodel.formats.html._meta_tags.marks`).
    """

    flagged: list[html.HtmlElement]
    named: list[html.HtmlElement]
    marks: list[Mark]


def scan(root: html.HtmlElement) -> PageScan:
    """Walk the page's elements once, testing each distinct class or id value once."""
    boilerplate: dict[str, bool] = {}
    meta: dict[str, bool] = {}
    flagged: list[html.HtmlElement] = []
    named: list[html.HtmlElement] = []
    marks: list[Mark] = []
    for element in root.iter(etree.Element):
        keys = element.keys()
        if not keys:
            continue
        if not _FLAG_ATTRIBUTES.isdisjoint(keys):
            flagged.append(element)
        classes = element.get("class")
        if classes:
            wanted = meta.get(classes)
            if wanted is None:
                wanted = meta[classes] = is_marked_class(classes)
            if wanted:
                marks.append(("class", classes, element))
        for key in ("itemprop", "rel"):
            value = element.get(key)
            if value is not None:
                marks.append((key, value, element))
        for value in (classes, element.get("id")):
            if not value:
                continue
            found = boilerplate.get(value)
            if found is None:
                lowered = value.lower()
                found = boilerplate[value] = _names_boilerplate(lowered) or not (
                    _HIDDEN_CLASSES.isdisjoint(lowered.split())
                )
            if found:
                named.append(element)
                break
    return PageScan(flagged, named, marks)


def _paragraph_prose(element: html.HtmlElement, limit: float = float("inf")) -> int:
    """The length of the text of the paragraphs in ``element`` outside links, counted up to
    ``limit``."""
    total = 0
    for paragraph in element.iter("p"):
        total += text_length(paragraph) - sum(text_length(a) for a in paragraph.iter("a"))
        if total >= limit:
            break
    return total


def _drop_furniture(root: html.HtmlElement) -> None:
    """Drop forms, navigation, asides and ``<noscript>`` (unless it holds an image: the fallback
    of a lazy image), except one that holds half the page's paragraph prose or more."""
    page_text: int | None = None
    for element in list(root.iter(*_FURNITURE)):
        if element.getparent() is None or (
            element.tag == "noscript" and element.find(".//img") is not None
        ):
            continue
        if _Stripper.prose(element) >= _PROSE_KEPT:
            held = _paragraph_prose(element)
            if 2 * held >= _paragraph_prose(root, 2 * held + 1):
                continue
        if element.tag == "form":
            held = text_length(element)
            if held >= _FORM_TEXT:
                page_text = text_length(root) if page_text is None else page_text
                if 2 * held >= page_text:
                    continue  # a form around the whole page (a recipe, a list: little prose)
        _drop(element)


def _drop(element: html.HtmlElement) -> None:
    """Remove an element, keeping its tail text in place."""
    parent = element.getparent()
    if parent is None:
        return
    element.drop_tree()


def text_length(element: html.HtmlElement) -> int:
    """The number of characters of text in ``element``, whitespace runs counted as one."""
    return len(" ".join(element.text_content().split()))


def link_density(element: html.HtmlElement) -> float:
    """The share of ``element``'s text that is inside links, 0 to 1."""
    total = text_length(element)
    if not total:
        return 0.0
    linked = sum(text_length(link) for link in element.iter("a"))
    return min(1.0, linked / total)


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
    """

    elements: list[html.HtmlElement]
    text: dict[html.HtmlElement, int]
    links: dict[html.HtmlElement, int]
    commas: dict[html.HtmlElement, int]
    prose: dict[html.HtmlElement, int]
    blocks: set[html.HtmlElement]

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
        if tag in _PARAGRAPH_TAGS or (tag in _CONTAINER_TAGS and element not in blocks):
            good = total - linked if total >= _MIN_PARAGRAPH and linked <= total / 2 else 0
        elif own_length >= _MIN_PARAGRAPH and tag in _CONTAINER_TAGS:
            good += own_length  # the prose of the children, and the text written straight in
        text[element] = total
        links[element] = linked
        commas[element] = count
        prose[element] = good
        parent = element.getparent()
        if parent is not None:
            if tag in _BLOCK_TAGS:
                blocks.add(parent)
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
    return Measure(elements, text, links, commas, prose, blocks)


def _class_weight(element: html.HtmlElement) -> float:
    label = _label(element)
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
    """The text directly inside ``element``, not inside its children, whitespace squashed."""
    parts = [element.text or ""]
    parts.extend(child.tail or "" for child in element)
    return " ".join(" ".join(parts).split())


def _own_text_length(element: html.HtmlElement) -> int:
    """The length of the text directly inside ``element``, not inside its children."""
    total = len((element.text or "").strip())
    for child in element:
        total += len((child.tail or "").strip())
    return total


def main_content(root: html.HtmlElement) -> html.HtmlElement:
    """Return the element that holds the page's main content (``<body>`` when nothing wins).

    Each paragraph-like element scores by its length and commas; its parent gets the score and
    its grandparent half. A candidate's score is weighted by its class, id and tag and by
    ``1 - link density``, and the best one wins. Then the winner is widened: of it and its
    nearest ancestors, the one holding the most prose (paragraph text outside links) less
    :data:`_NOISE_WEIGHT` times the other text it holds is taken, so that a body split among
    sibling containers is kept whole while a page's sidebars and teasers are not.

    Args:
        root: The page, with boilerplate already stripped.
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
        elif tag in _CONTAINER_TAGS and paragraph not in sizes.blocks:
            length, commas = sizes.text[paragraph], sizes.commas[paragraph]
            if sizes.links[paragraph] > length / 2:
                continue  # a link in a box, not a paragraph
            parent = paragraph.getparent()
        elif tag in _CONTAINER_TAGS and _own_text_length(paragraph) >= _MIN_PARAGRAPH:
            own = _own_text(paragraph)  # text written straight into a container
            length, commas = len(own), own.count(",") + own.count("\u3001")
            parent = paragraph
        else:
            continue
        if length < _MIN_PARAGRAPH or parent is None:
            continue
        score = 1.0 + commas + min(length / 100, 3.0)
        for level, ancestor in enumerate((parent, parent.getparent())):
            if ancestor is None:
                break
            if ancestor not in scores:
                scores[ancestor] = _class_weight(ancestor)
            scores[ancestor] += score / (1 + level)
    if not scores:
        return fallback
    best = max(scores, key=lambda e: scores[e] * (1.0 - sizes.density(e)))

    def worth(element: html.HtmlElement) -> float:
        good = sizes.prose.get(element, 0)
        noise = sizes.text.get(element, 0) - good
        return (good - _NOISE_WEIGHT * noise) * _semantic_weight(element)

    chosen = _cross_check(_widen(best, sizes, worth), fallback, sizes, worth)
    titled = _titled_article(fallback, sizes, chosen)
    if titled is None:
        return chosen
    within = set(titled.iter())
    local = max(
        (element for element in scores if element in within),
        key=lambda e: scores[e] * (1.0 - sizes.density(e)),
        default=titled,
    )
    return _widen(local, sizes, worth, stop=titled)


def _titled_article(
    body: html.HtmlElement, sizes: Measure, chosen: html.HtmlElement
) -> html.HtmlElement | None:
    """The ``<article>`` holding the page's first ``<h1>``, when the pick strays from it into
    another article: the next story of an endless page, a list of related posts written as
    ``<article>`` elements. None when the pick is inside that article, when it overlaps no
    other article, or when the titled article holds little prose (its body sits outside)."""
    heading = next(body.iter("h1"), None)
    if heading is None:
        return None
    titled = next((a for a in heading.iterancestors() if a.tag == "article"), None)
    if titled is None or sizes.prose.get(titled, 0) < _TITLED_PROSE:
        return None
    above_chosen = set(chosen.iterancestors())
    if titled is chosen or titled in above_chosen:
        return None
    above_titled = set(titled.iterancestors())
    for article in body.iter("article"):
        if article is titled or article in above_titled or sizes.prose[article] < _MIN_PARAGRAPH:
            continue
        above = set(article.iterancestors())
        if titled in above:
            continue  # an article nested in the titled one (an embedded post) is its own
        if article in above_chosen or chosen in above or article is chosen:
            return titled
    return None


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
    if mine >= _SHORT_SHARE * sizes.prose.get(body, 0):
        return chosen
    densest = max(sizes.elements, key=worth)
    if sizes.prose[densest] >= _WIDEN_GAIN * mine and worth(densest) > worth(chosen):
        return densest
    return chosen


def _common_ancestor(elements: list[html.HtmlElement]) -> html.HtmlElement | None:
    paths = [[element, *element.iterancestors()][::-1] for element in elements]
    common: html.HtmlElement | None = None
    for level in zip(*paths, strict=False):
        if all(node is level[0] for node in level):
            common = level[0]
        else:
            break
    return common


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
    ancestor is taken if it is worth at least as much as the best alone. Then, of the nearest
    ancestors, one that holds at least :data:`_WIDEN_GAIN` times the prose and is worth at least
    as much is taken (a body cut into slides or chunks), and so is one whose only addition is
    prose before the pick, with next to no other text (an intro or standfirst in a container
    of its own above the body): what follows the body in an ancestor (an author's box, teasers)
    is never taken in that way. With ``stop``, nothing outside that element is taken."""
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
        common = _common_ancestor(twins) if len(twins) > 1 else None
        if (
            common is not None
            and common.tag not in ("html", "body")
            and (
                worth(common) >= worth(best)
                or (
                    sizes.prose[common] >= _TWINS_GAIN * sizes.prose[best]
                    and worth(common) >= _TWINS_WORTH * worth(best)
                )
            )
        ):
            chosen = common
    current = chosen
    after = 0
    for _ in range(_WIDEN_LEVELS):
        if current is stop:
            break
        parent = current.getparent()
        if parent is None or parent.tag in ("html", "body"):
            break
        after += sum(sizes.prose.get(sibling, 0) for sibling in current.itersiblings())
        current = parent
        gained = sizes.prose[current] - sizes.prose[chosen]
        noise = sizes.text[current] - sizes.text[chosen] - gained
        lead = gained > 0 and not after and noise <= _LEAD_NOISE * gained
        if (lead or sizes.prose[current] >= _WIDEN_GAIN * sizes.prose[chosen]) and worth(
            current
        ) >= worth(chosen):
            chosen, after = current, 0
    return chosen


def _semantic_weight(element: html.HtmlElement) -> float:
    if element.get("itemprop") == "articleBody":
        return 1.5
    label = _label(element)
    if _BODY_LABEL.search(label):
        return 1.2
    if element.tag in ("article", "main"):
        return 1.1
    if _NEGATIVE.search(label) and not _POSITIVE.search(label):
        return 0.7
    return 1.0
