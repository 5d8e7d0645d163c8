"""The box about the article's author, found by the biography the page's metadata gives.

Many pages print beside or under the story a box about its author ("Meg James is a corporate
media reporter ...", "Ich bin Jessie, 32 Jahre jung ..."): not the story. Its class names
usually say so ("author-bio") and :mod:`._strip` drops it by them; on a page whose names say
nothing (CSS modules print hashes) it stays, and a long biography can even outweigh a short
story in the main-content pick. Where the page's JSON-LD gives the author's ``description`` (as
SEO plugins write it), the same text printed on the page marks the box:
:func:`drop_biographies` removes the element that prints the biography's opening, widened to
the box around it while the box adds only a few words of its own (the author's name, "Follow me
on ...", links to the author's pages).
"""

import re
from collections.abc import Iterable

from lxml import etree, html

__all__ = ["drop_biographies"]

_SHORTEST = 60
"""A shorter description may be a job title, which a byline prints too ("Senior editor")."""
_OPENING = 80
"""The characters of the biography looked for on the page."""
_EXTRA_WORDS = 40
"""The words of its own (not in the biography) that the box around a biography may hold."""
_STORY_LEFT = 400
"""The characters of paragraphs the page must hold outside the boxes for them to go: a page
that is only the biography (an author's profile) keeps it."""
_PROBES = 20
"""The text nodes holding the biography's longest opening word that are looked at: the cost
stays linear in the page, whatever its nesting."""
_WORDS = re.compile(r"\w+")
_HOLDING = etree.XPath(
    "//body//text()[contains(., $word)][not(ancestor::script or ancestor::style"
    " or ancestor::template)]"
)
"""The text nodes of the page's body that hold ``$word``, found in C; not a script's (the
JSON-LD itself may sit in the body)."""


def drop_biographies(root: html.HtmlElement, biographies: Iterable[str]) -> list[str]:
    """Remove from ``root`` (in place) the boxes that print one of the author ``biographies``
    (whitespace squashed), with the tail text of each kept in place, and return the biographies
    so found (for the article's notes, where a biography closing the story goes too).

    A box that holds the page's ``<h1>`` or more than a few words besides the biography (a
    story that ends with its author's biography) stays, and so do all of them when the page
    holds little else (a profile page: the biography is its story)."""
    long_enough = [biography for biography in biographies if len(biography) >= _SHORTEST]
    if not long_enough:
        return []  # most pages: no walk of the tree at all
    heading = root.find(".//h1")
    titled = set() if heading is None else {heading, *heading.iterancestors()}
    boxes: dict[html.HtmlElement, str] = {}
    for biography in long_enough:
        words = set(_WORDS.findall(biography.casefold()))
        for element in _printing(root, biography, words):
            if element in titled:
                continue
            boxes.setdefault(_box(element, words, titled), biography)
    outermost = [box for box in boxes if not any(a in boxes for a in box.iterancestors())]
    if not outermost or not _prose_besides(root, outermost):
        return []
    for box in outermost:
        box.drop_tree()
    return list(dict.fromkeys(boxes[box] for box in outermost))


def _printing(root: html.HtmlElement, biography: str, words: set[str]) -> list[html.HtmlElement]:
    """The innermost elements that print the opening of ``biography``, each holding at most
    :data:`_EXTRA_WORDS` words besides (not a story's container that ends with it).

    The page's text nodes holding the opening's longest word are found first; from each, the
    elements around it are climbed while they stay that small."""
    opening = biography[:_OPENING]
    probe = max(_WORDS.findall(opening), key=len, default="")
    found: dict[html.HtmlElement, None] = {}
    if len(probe) < 4:
        return []
    texts = _HOLDING(root, word=probe)
    for text in texts[:_PROBES] if isinstance(texts, list) else ():
        owner = text.getparent()  # an lxml "smart" string knows its element
        if owner is None or not isinstance(owner.tag, str):
            continue
        node = owner.getparent() if text.is_tail else owner
        while node is not None and node.tag not in ("body", "html"):
            text = node.text_content()
            if _extra(text, words) > _EXTRA_WORDS:
                break
            if opening in " ".join(text.split()):
                found[node] = None
                break
            node = node.getparent()
    return list(found)


def _prose_besides(root: html.HtmlElement, boxes: list[html.HtmlElement]) -> bool:
    """Whether ``root`` holds :data:`_STORY_LEFT` characters of paragraphs outside ``boxes``
    (counted until there are enough)."""
    inside = {paragraph for box in boxes for paragraph in box.iter("p")}
    total = 0
    for paragraph in root.iter("p"):
        if paragraph not in inside:
            total += len(" ".join(paragraph.text_content().split()))
            if total >= _STORY_LEFT:
                return True
    return False


def _box(
    element: html.HtmlElement, words: set[str], titled: set[html.HtmlElement]
) -> html.HtmlElement:
    """The outermost ancestor of ``element`` (itself at least) below ``<body>`` that adds at
    most :data:`_EXTRA_WORDS` words to the biography and does not hold the page's title."""
    current = element
    for parent in element.iterancestors():
        if parent.tag in ("body", "html") or parent in titled:
            break
        if _extra(parent.text_content(), words) > _EXTRA_WORDS:
            break
        current = parent
    return current


def _extra(text: str, words: set[str]) -> int:
    """How many words of ``text`` are not among ``words``."""
    count = 0
    for word in _WORDS.findall(text.casefold()):
        if word not in words:
            count += 1
            if count > _EXTRA_WORDS:
                break
    return count
