"""Boxes in a story's content that end in a call to action: a title line, a line or two of
pitch, and one short link ("Subscribe for $1 a week" / "Unlimited access. Cancel anytime." /
"Subscribe now"; "Newsletter" / "Die wichtigsten Nachrichten ..." / "Anmelden"; an appeal for
donations ending "Become a member"). Whatever the box's class names and the pitch's words, it
is the site's, not the story's.

Used by :mod:`newsmodel.formats.html._prune`.
"""

from lxml import html

from newsmodel.formats.html._content import Measure

__all__ = ["call_boxes"]

_BOX_TAGS = frozenset({"div", "section", "aside"})
_CALL_BOX_TEXT = 400
"""A box ending in a call to action holds at most this many characters of text."""
_CALL_WORDS = 3
"""The link a box ends with is a call to action of at most this many words ("Subscribe
now", "Jetzt testen", "Hágase miembro ahora")."""
_TITLE_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_BOLD_TAGS = frozenset({"strong", "b"})


def call_boxes(content: html.HtmlElement, sizes: Measure) -> list[html.HtmlElement]:
    """The boxes inside ``content`` (``<div>``, ``<section>``, ``<aside>``) of at most
    :data:`_CALL_BOX_TEXT` characters of text and two children or more, whose first child
    is a title line (a heading, or a line all in bold) and whose last child is a link of one to
    :data:`_CALL_WORDS` words, alone in its line with nothing after it: when the content
    holds one such box (nested ones counted once). A site sets its call among a story once;
    a content of several is built of them (a product's page, "Themes" / "Make it your own."
    / "Try it now", or a shopping guide's products, each ending "$129 at Shop"), and they
    stay."""
    found: list[html.HtmlElement] = []
    for box in content.iter(*_BOX_TAGS):
        if box is content or not 0 < sizes.text.get(box, 0) <= _CALL_BOX_TEXT:
            continue
        children = [child for child in box if isinstance(child.tag, str)]
        if len(children) < 2 or (box.text or "").strip():
            continue
        if _is_title_line(children[0]) and _is_call(children[-1]):
            found.append(box)
    outermost = [box for box in found if not any(a in found for a in box.iterancestors())]
    return outermost if len(outermost) == 1 else []


def _is_title_line(element: html.HtmlElement) -> bool:
    """Whether an element is a heading, or a line whose words are all in one bold element."""
    if element.tag in _TITLE_TAGS:
        return True
    if element.tag in _BOLD_TAGS:
        return True
    return (
        len(element) == 1
        and element[0].tag in _BOLD_TAGS
        and not (element.text or "").strip()
        and not (element[0].tail or "").strip()
    )


def _is_call(element: html.HtmlElement) -> bool:
    """Whether an element is a link of one to :data:`_CALL_WORDS` words (or a line holding
    only such a link) with no text after it in its box."""
    if (element.tail or "").strip():
        return False
    link = element
    if element.tag != "a":
        if len(element) != 1 or (element.text or "").strip() or (element[0].tail or "").strip():
            return False
        link = element[0]
    if link.tag != "a" or not link.get("href"):
        return False
    return 0 < len(link.text_content().split()) <= _CALL_WORDS
