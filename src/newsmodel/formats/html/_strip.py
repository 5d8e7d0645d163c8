"""Removing what is never body text from a page, before the main content is looked for.

:func:`strip_boilerplate` removes scripts and styles, the boxes round a field the reader types
into (:mod:`._entry_boxes`: a newsletter's sign-up, a search), forms, navigation, asides,
``<noscript>`` and the page's ``<footer>`` (unless one holds most of the page's prose), hidden
elements (``hidden``,
``aria-hidden`` but on a long paragraph, a hiding style or class, a class for text that only
screen readers read; but for a box named as content holding most of the page's prose, the story
a paywall's script shows), ARIA roles of page furniture and dialogs,
and elements whose ``class`` or ``id`` names boilerplate (:mod:`._names`) unless they hold the
page's ``<h1>`` or much prose. :func:`scan` is the one pass over the page's elements that this
and the metadata reader share.
"""

import re

import attrs
from lxml import etree, html

from newsmodel.formats._body_read import BLOCK_ELEMENTS
from newsmodel.formats.html._content import CONTAINER_TAGS, text_length
from newsmodel.formats.html._entry_boxes import entry_boxes
from newsmodel.formats.html._image_object import give_addresses
from newsmodel.formats.html._meta_tags import Mark, is_marked_class
from newsmodel.formats.html._names import (
    COMMENTS_BOX,
    CONTENT,
    NOT_BOILERPLATE,
    label,
    names_boilerplate,
)
from newsmodel.formats.html._names import (
    verdict as name_verdict,
)

__all__ = ["PageScan", "scan", "strip_boilerplate"]

_DROPPED_TAGS = (
    "script",
    "style",
    "template",
    "button",
    "select",
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

_BOILERPLATE_ROLES = frozenset(
    {
        *("navigation", "complementary", "banner", "contentinfo", "menu", "menubar"),
        *("dialog", "alertdialog", "alert"),
    }
)
"""ARIA roles of page furniture: navigation, sidebars, the site's header and footer, menus, and
dialogs (a cookie banner is an ``alertdialog`` or a ``dialog``)."""
_HIDDEN_CLASSES = frozenset(
    {
        *("hidden", "hide", "is-hidden", "d-none", "display-none", "invisible"),
        # text for screen readers only, which the page does not show
        *("sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text"),
        *("screen-reader-only", "screenreader-only", "hidecompletely", "a11y-hidden"),
    }
)
_HIDING_HINTS = ("hid", "none", "invisible", "reader", "sr-")
"""Substrings one of which each class of :data:`_HIDDEN_CLASSES` holds (a test checks it)."""
_KEEP_ALWAYS = frozenset({"html", "body", "article", "main"})
_PHRASING = frozenset({"a", "span", "em", "strong", "b", "i", "font", "abbr", "mark", "u"})
"""Inline elements that may be words of a sentence."""
_CLOSING = "\"'\u201d\u2019\u00bb)]"
"""Marks that may close a quotation or parenthesis round words of a sentence."""
_HIDDEN_BOX = 3  # beside the verdicts of _names: a class that hides the element
_PROSE_KEPT = 600
_LONG_PARAGRAPH = 150
_FORM_TEXT = 200
"""A form with less text than this (a search box, a sign-up form) is not measured against the
page."""
_FURNITURE = ("form", "nav", "aside", "noscript")
"""Elements dropped unless they hold most of the page's prose: a form wrapping the whole page, a
navigation bar left unclosed around the article, the ``<noscript>`` copy of a page its scripts
render."""
_FLAG_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "role", "style", "itemtype"})
_ARIA_BOXES = frozenset(
    {"div", "section", "aside", "nav", "ul", "ol", "header", "footer", "figure"}
)
"""Containers whose ``aria-label`` is read as a name: a box's label for screen readers
("Newsletter promotion", "Cookie notice", "Article comments"). A link's or a button's label
("Read more about the plan") is no box's."""
_ARIA_WORDS = 4
"""An ``aria-label`` of at most this many words is read as a name; a longer one is a title or a
sentence."""
_COMMENT_TYPES = ("schema.org/comment", "schema.org/usercomments")
"""schema.org types of a reader's comment: microdata that names it whatever its class."""


def _is_comment(element: html.HtmlElement) -> bool:
    """Whether an element is a reader's comment by its microdata type
    (``itemtype="https://schema.org/Comment"``), whatever its tag and class."""
    return (element.get("itemtype") or "").lower().rstrip("/ ").endswith(_COMMENT_TYPES)


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


def aria_name(element: html.HtmlElement) -> str:
    """A box's ``aria-label`` as a class name ("newsletter-promotion" for "Newsletter
    promotion"), or "" when the element is no container (:data:`_ARIA_BOXES`), has none, or has
    one longer than :data:`_ARIA_WORDS` words or written as a name already ("widget-anchor":
    a script's hook, not words for a reader).

    Pages whose class names are hashed ("dcr-av5vqf") still label their boxes for screen
    readers, in words, so the label says what :mod:`._names` reads in a class name.

    >>> aria_name(html.fragment_fromstring('<aside aria-label="Newsletter promotion">x</aside>'))
    'newsletter-promotion'
    """
    value = element.get("aria-label")
    if not value or element.tag not in _ARIA_BOXES or "-" in value or "_" in value:
        return ""
    words = value.split()
    return "-".join(words).lower() if len(words) <= _ARIA_WORDS else ""


class _Stripper:
    """Decides, for the elements with a class or id, whether their name marks boilerplate."""

    def __init__(self, root: html.HtmlElement, written: bool = False) -> None:
        self.written = written
        """Whether the page writes its paragraphs without ``<p>`` (:func:`_written_page`)."""
        self.verdicts: dict[tuple[str, str, str], int] = {}
        self.titled: set[html.HtmlElement] = {
            ancestor for heading in root.iter("h1") for ancestor in heading.iterancestors()
        }
        self.dropped: set[html.HtmlElement] = set()
        """The elements removed, with all their descendants."""

    @staticmethod
    def prose(element: html.HtmlElement, written: bool = False) -> int:
        """The length of the text of the paragraphs in ``element`` outside links, counted up to
        :data:`_PROSE_KEPT` (``written``: see :func:`_paragraph_prose`)."""
        return _paragraph_prose(element, _PROSE_KEPT, written)

    def is_boilerplate(self, element: html.HtmlElement) -> bool:
        """Whether ``element`` (not inside one already dropped) is boilerplate by its name."""
        classes = element.get("class") or ""
        aria = aria_name(element)
        key = (classes, element.get("id") or "", aria)
        verdict = self.verdicts.get(key)
        if verdict is None:
            hidden = not _HIDDEN_CLASSES.isdisjoint(classes.lower().split())
            written = f"{label(element, lower=False)} {aria}"
            verdict = self.verdicts[key] = _HIDDEN_BOX if hidden else name_verdict(written)
        if verdict == NOT_BOILERPLATE:
            return False
        tag = element.tag
        if tag in _KEEP_ALWAYS:
            return False
        if verdict == _HIDDEN_BOX:
            return True
        if element.get("itemprop") == "articleBody" or element in self.titled:
            return False  # the article's container (with its title), only named oddly
        if verdict == COMMENTS_BOX:
            return True
        if tag == "img":
            return False  # a picture's own class ("img-share": a share button over it) is no box
        if tag in _PHRASING and _in_sentence(element):
            return False  # words of a sentence (a link that opens a note: class="popup")
        if tag == "p":
            # A paragraph of the story marked for a paywall or a teaser is still the story's.
            return _Stripper.prose(element) < _LONG_PARAGRAPH
        # A wrongly named container of the article itself (a "widget" holding the body) keeps it.
        return _Stripper.prose(element, self.written) < _PROSE_KEPT


def _in_sentence(element: html.HtmlElement) -> bool:
    """Whether an inline element is words of a sentence, by the text round it: what follows
    goes on with a lower-case word, a comma or a semicolon ("am a <a class="popup">rather
    elderly</a> man"); or it ends the sentence, or goes on with a colon or with a capital (a
    German noun), after a word ("an <a class="tag">easy</a> life.", "von <a
    class="tag">Beringer</a> Rosé"). A quotation mark closing round the words is passed over.
    A button or label between sentences or after the words it serves is none ("... a fire.
    <span class="ad">Advertisement</span> The ...", "Lee <a class="share">Share</a>")."""
    after = (element.tail or "").lstrip().lstrip(_CLOSING).lstrip()
    if not after:
        return False
    first = after[0]
    if first in ",;" or first.islower():
        return True
    before, parent = element.getprevious(), element.getparent()
    if before is not None:
        lead = (before.tail or "").rstrip()
    elif parent is not None:
        lead = (parent.text or "").rstrip()
    else:
        return False  # out of the page already
    last = lead[-1:]
    if first in ".!?:":
        return last.isalpha()
    return first.isupper() and last.islower()


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
    give_addresses(found.flagged)  # from the <meta> elements stripped next
    etree.strip_elements(root, *_DROPPED_TAGS, with_tail=False)
    fields = list(root.iter("input", "textarea"))
    for box in entry_boxes(fields):
        _drop(box)
    for field in fields:
        field.drop_tree()  # its tail stays
    written = _written_page(root)
    _drop_furniture(root, written)
    flagged, named = found.flagged, found.named
    for element in flagged:
        if _is_comment(element) or (
            element.tag not in _KEEP_ALWAYS
            and _is_hidden(element)
            and not _is_hidden_story(element, root, written)
        ):
            _drop(element)
    if not by_name:
        return
    stripper = _Stripper(root, written)
    for element in named:
        if element not in stripper.dropped and stripper.is_boilerplate(element):
            stripper.dropped.update(element.iter())  # its elements are gone with it
            _drop(element)


@attrs.frozen
class PageScan:
    """What one pass over a page's elements found, in page order.

    Attributes:
        flagged: The elements with an attribute that may hide them or give them a role or a
            microdata type.
        named: The elements whose class, id or box label (:func:`aria_name`) may name
            boilerplate.
        marks: The class, itemprop and rel attributes the metadata reader reads, and the
            attributes that name a publication (``data-publicationdate``), as
            ``("published", value, element)`` (:func:`newsmodel.formats.html._meta_tags.marks`).
        elements: Every element of the page. Held while the page is read, so that the later
            walks of the tree find the elements' Python objects made: lxml makes an element's
            object when a walk reaches it and frees it when nothing holds it.
    """

    flagged: list[html.HtmlElement]
    named: list[html.HtmlElement]
    marks: list[Mark]
    elements: list[html.HtmlElement]


_Plan = tuple[bool, bool, bool, bool, bool, bool, tuple[str, ...], tuple[str, ...]]
"""What to read of an element with a given list of attribute names: whether it is flagged,
whether it has a class, an id, an itemprop, a rel and an aria-label, its attributes that
name a publication and its test or component names (:data:`_TEST_NAMES`)."""
_TEST_NAMES = frozenset(
    {"data-testid", "data-test-id", "data-qa", "data-cy", "data-component", "data-module"}
)
"""Attributes that name an element for a site's tests or components (``data-testid=
"related-stories"``): names like a class, kept when a build tool turns the classes into hashes
("sc-1x2y3z"). :func:`scan` adds their values to the element's class."""


def _plan(keys: list[str]) -> _Plan:
    present = set(keys)
    tested = tuple(key for key in keys if key in _TEST_NAMES)
    return (
        not _FLAG_ATTRIBUTES.isdisjoint(present),
        "class" in present or bool(tested),
        "id" in present,
        "itemprop" in present,
        "rel" in present,
        "aria-label" in present,
        tuple(key for key in keys if "publi" in key or "pubdate" in key),
        tested,
    )


def _names_box(value: str) -> bool:
    """Whether a class or id value names boilerplate or a hiding class."""
    lowered = value.lower()
    if names_boilerplate(lowered):
        return True
    for hint in _HIDING_HINTS:  # every hiding class holds one: most values skip the split
        if hint in lowered:
            return not _HIDDEN_CLASSES.isdisjoint(lowered.split())
    return False


def scan(root: html.HtmlElement) -> PageScan:
    """Walk the page's elements once, testing each distinct class or id value once (an
    element's test or component names, :data:`_TEST_NAMES`, are added to its class first).

    Elements are told apart by their list of attribute names first (a page repeats a few
    dozen such lists), so that an element is asked only for the attributes it has."""
    plans: dict[tuple[str, ...], _Plan] = {}
    class_verdicts: dict[str, tuple[bool, bool]] = {}  # a class value: (a mark?, names a box?)
    id_verdicts: dict[str, bool] = {}
    aria_verdicts: dict[str, bool] = {}
    flagged: list[html.HtmlElement] = []
    named: list[html.HtmlElement] = []
    marks: list[Mark] = []
    elements: list[html.HtmlElement] = list(root.iter(etree.Element))
    for element in elements:
        keys = element.keys()
        if not keys:
            continue
        signature = tuple(keys)
        plan = plans.get(signature)
        if plan is None:
            plan = plans[signature] = _plan(keys)
        is_flagged, has_class, has_id, has_itemprop, has_rel, has_aria, published, tested = plan
        if is_flagged:
            flagged.append(element)
        boxed = False
        if has_class:
            classes = element.get("class") or ""
            if tested:  # names like a class: every later rule reads them so
                names = " ".join(element.get(name) or "" for name in tested)
                classes = f"{classes} {names}".strip()
                element.set("class", classes)
            verdicts = class_verdicts.get(classes)
            if verdicts is None:
                verdicts = class_verdicts[classes] = (
                    bool(classes) and is_marked_class(classes),
                    bool(classes) and _names_box(classes),
                )
            if verdicts[0]:
                marks.append(("class", classes, element))
            boxed = verdicts[1]
        if has_itemprop:
            marks.append(("itemprop", element.get("itemprop") or "", element))
        if has_rel:
            marks.append(("rel", element.get("rel") or "", element))
        for name in published:  # "data-publicationdate", "data-pubdate"
            marks.append(("published", element.get(name) or "", element))
        if has_id and not boxed:
            identifier = element.get("id")
            if identifier:
                found = id_verdicts.get(identifier)
                if found is None:
                    found = id_verdicts[identifier] = _names_box(identifier)
                boxed = found
        if has_aria and not boxed:
            aria = aria_name(element)
            if aria:
                found = aria_verdicts.get(aria)
                if found is None:
                    found = aria_verdicts[aria] = _names_box(aria)
                boxed = found
        if boxed:
            named.append(element)
    return PageScan(flagged, named, marks, elements)


def _is_hidden_story(element: html.HtmlElement, root: html.HtmlElement, written: bool) -> bool:
    """Whether a hidden element is the story that a paywall's script shows to subscribers: its
    class or id names content (``id="articleBody"``, :data:`~newsmodel.formats.html._names.
    CONTENT`) or, whatever its name, its text tells the headline's words
    (:func:`_tells_headline`); none names boilerplate; and it holds half the page's paragraph
    prose or more (and at least :data:`_PROSE_KEPT` characters). A hidden box of the site (a
    modal's terms, a collapsed menu, another page's text) is neither."""
    if _Stripper.prose(element, written) < _PROSE_KEPT:
        return False
    name = label(element)
    if names_boilerplate(name):
        return False
    if not CONTENT.search(name) and not _tells_headline(element, root):
        return False
    held = _paragraph_prose(element, written=written)
    return 2 * held >= _paragraph_prose(root, 2 * held + 1, written)


_HEADLINE_WORD = re.compile(r"[^\W\d_]{4,}")
"""A word of the headline long enough to be told: four letters or more."""
_STEM = 5
"""Two words alike in their first this many letters count as one ("rejects", "rejecting")."""


def _tells_headline(element: html.HtmlElement, root: html.HtmlElement) -> bool:
    """Whether an element's text holds half the long words of the page's first ``<h1>`` with
    words (not a logo's) or more (:data:`_HEADLINE_WORD`, alike by :data:`_STEM`): the story
    the headline announces, not another page's text the site keeps hidden."""
    wanted = next(filter(None, (_stems(h.text_content()) for h in root.iter("h1"))), set())
    return bool(wanted) and 2 * len(wanted & _stems(element.text_content())) >= len(wanted)


def _stems(text: str) -> set[str]:
    return {word.casefold()[:_STEM] for word in _HEADLINE_WORD.findall(text)}


_WRITTEN_IN = (*sorted(CONTAINER_TAGS), "td")
"""Containers that pages without ``<p>`` write their paragraphs straight into: one ``<div>`` per
paragraph, or the text of a whole story set apart with ``<br>``."""
_WRITTEN_PARAGRAPH = 80
"""Text written straight into a container (outside its children) counts as a paragraph's when it
is at least this long: a sentence, not a label ("Menu", "© 2024 The Site")."""


def _paragraph_prose(
    element: html.HtmlElement, limit: float = float("inf"), written: bool = False
) -> int:
    """The length of the text of the paragraphs in ``element`` outside links, counted up to
    ``limit``: of its ``<p>`` elements and, if ``written`` (a page written without ``<p>``:
    :func:`_written_page`), of text written straight into a container that opens with text
    (outside its children, :data:`_WRITTEN_PARAGRAPH` characters or more)."""
    total = 0
    for block in element.iter("p", *_WRITTEN_IN) if written else element.iter("p"):
        if block.tag == "p":
            total += text_length(block) - sum(text_length(a) for a in block.iter("a"))
        else:
            total += _written_length(block)
        if total >= limit:
            break
    return total


def _written_length(container: html.HtmlElement) -> int:
    """The length of the text written straight into a container that opens with text (outside
    its children), when it is :data:`_WRITTEN_PARAGRAPH` characters or more; else 0."""
    text = container.text
    if not text or text.isspace():
        return 0  # the common case, a box: its children's tails are not looked at
    length = len(text.strip())
    for child in container:
        tail = child.tail
        if tail:
            length += len(tail.strip())
    return length if length >= _WRITTEN_PARAGRAPH else 0


def _written_page(root: html.HtmlElement) -> bool:
    """Whether a page writes its paragraphs without ``<p>``: more of its text is written
    straight into containers (:func:`_written_length`) than printed in ``<p>`` elements. Only
    then is that text counted as prose: on a page of ``<p>`` paragraphs, text written into a
    ``<div>`` is mostly the site's (a consent dialog's)."""
    in_paragraphs = written = 0
    for block in root.iter("p", *_WRITTEN_IN):
        if block.tag == "p":
            in_paragraphs += len(block.text_content())  # links and spaces too: no matter here
        else:
            written += _written_length(block)
    return written > in_paragraphs


def _drop_furniture(root: html.HtmlElement, written: bool) -> None:
    """Drop forms, navigation, asides, ``<noscript>`` (unless it holds an image: the fallback
    of a lazy image) and the page's ``<footer>`` (:func:`_is_page_footer`; an article's stays
    for the rules after this), except one that holds half the page's paragraph prose or
    more (paragraphs written without ``<p>`` counted too)."""
    page_text: int | None = None
    for element in list(root.iter(*_FURNITURE, "footer")):
        if element.getparent() is None or (
            element.tag == "noscript" and element.find(".//img") is not None
        ):
            continue
        if element.tag == "footer" and not _is_page_footer(element):
            continue
        if _Stripper.prose(element, written) >= _PROSE_KEPT:
            held = _paragraph_prose(element, written=written)
            if 2 * held >= _paragraph_prose(root, 2 * held + 1, written):
                continue
        if element.tag == "form":
            held = text_length(element)
            if held >= _FORM_TEXT:
                page_text = text_length(root) if page_text is None else page_text
                if 2 * held >= page_text:
                    continue  # a form around the whole page (a recipe, a list: little prose)
        _drop(element)


def _is_page_footer(footer: html.HtmlElement) -> bool:
    """Whether a ``<footer>`` is the page's, not an article's: no ``<article>`` or ``<main>``
    holds it, and it holds no ``<h1>``."""
    return not any(a.tag in ("article", "main") for a in footer.iterancestors()) and (
        next(footer.iter("h1"), None) is None
    )


def _drop(element: html.HtmlElement) -> None:
    """Remove an element, keeping its tail text in place, apart from the text before it when
    the element is laid out as a block (a hidden ``<div>`` between two words)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tag in BLOCK_ELEMENTS:
        element.tail = "\n" + (element.tail or "")
    element.drop_tree()
