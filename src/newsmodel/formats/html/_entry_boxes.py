"""Boxes built round a field the reader fills in: a newsletter's sign-up ("Get our morning
briefing", a blurb, an e-mail field, a button, the fine print), a search, a login, a poll.
Wherever such a box stands, in the story's own container too, and whatever its class names
(hashed, or words no list holds), its text is the site's, never the story's. (A comment form
is left to the rules that know a comment thread by it.)

Used by :mod:`newsmodel.formats.html._strip`, before the fields themselves are removed.
"""

from collections.abc import Iterable
from itertools import islice

from lxml import html

__all__ = ["entry_boxes"]

_ENTRY_TYPES = frozenset({"", "text", "email", "search", "tel", "url", "password"})
"""The ``type`` of an ``<input>`` the reader types words into (none given is "text"). A check
box is not one: a recipe's ingredients carry them, to be ticked off."""
_CHOICE = "radio"
"""A radio button is a field the reader fills in inside a ``<form>`` (a poll's answers, a
"Was this helpful?" box); outside one it is a slider's or a tab's switch (a gallery built
without scripts), no widget of its own."""
_ENTRY_BOX_TEXT = 400
"""A box round an entry field holds at most this many characters of text: a heading, a blurb
or two, the field's label and the fine print. A story's container holds more."""
_NEVER_BOX = frozenset({"html", "body", "article", "main"})
"""Elements that are the page or its story, never a widget's box."""
_BOX_LINKS = 2
"""A box round an entry field holds at most this many links (the terms, the privacy policy):
one with more is a bar of the page that the field sits in among other things (share buttons,
the author's box, a menu)."""
_BOX_PARAGRAPHS = 3
"""A box round an entry field holds at most this many paragraphs (a blurb, the fine print): one
with more holds a story, if a short one."""
_HELD_BY_STORY = ("h1", "time")
"""An element holding one of these holds the story's title or its date stamp (a byline's
line, with a field to send the story by e-mail beside it): not a widget's box."""


def entry_boxes(fields: Iterable[html.HtmlElement]) -> list[html.HtmlElement]:
    """The boxes round the entry fields (:func:`_is_entry`) among a page's ``fields`` (its
    ``<input>`` and ``<textarea>`` elements), in page order: for each, the widest ancestor
    that holds at most :data:`_BOX_LINKS` links, :data:`_BOX_PARAGRAPHS` paragraphs and
    :data:`_ENTRY_BOX_TEXT` characters of text, no ``<h1>`` or ``<time>``
    (:data:`_HELD_BY_STORY`), and is no ``<article>``, ``<main>`` or the page's body. A field
    with no such ancestor (one beside the title) has no box.

    Call it when the page's scripts and styles are out (their code is no text a reader sees).
    """
    boxes: list[html.HtmlElement] = []
    taken: set[html.HtmlElement] = set()
    for field in filter(_is_entry, fields):
        box = None
        for ancestor in field.iterancestors():
            if ancestor in taken:
                box = None  # inside a box found already
                break
            if (
                ancestor.tag in _NEVER_BOX
                or _more_than(ancestor, "a", _BOX_LINKS)
                or _more_than(ancestor, "p", _BOX_PARAGRAPHS)
                or next(ancestor.iter(*_HELD_BY_STORY), None) is not None
                or not _short(ancestor)
            ):
                break  # the cheap tests first: most ancestors fail one
            box = ancestor
        if box is not None:
            taken.add(box)
            boxes.append(box)
    return boxes


def _is_entry(field: html.HtmlElement) -> bool:
    """Whether a field is an ``<input>`` the reader fills in: one typed into
    (:data:`_ENTRY_TYPES`) or a radio button in a form (:data:`_CHOICE`); not read-only or
    disabled (a link or a video's embed code to copy), and outside a form with a
    ``<textarea>`` (a comment form, which the comment rules know a thread by)."""
    if field.tag != "input" or field.get("readonly") is not None:
        return False
    if field.get("disabled") is not None:
        return False
    kind = (field.get("type") or "").strip().lower()
    if kind not in _ENTRY_TYPES and kind != _CHOICE:
        return False
    form = next(field.iterancestors("form"), None)
    if form is None:
        return kind != _CHOICE
    return next(form.iter("textarea"), None) is None


def _short(element: html.HtmlElement) -> bool:
    """Whether an element holds at most :data:`_ENTRY_BOX_TEXT` characters of text (each
    text node stripped), counted no further than that."""
    total = 0
    for text in element.itertext():
        total += len(text.strip())
        if total > _ENTRY_BOX_TEXT:
            return False
    return True


def _more_than(element: html.HtmlElement, tag: str, most: int) -> bool:
    """Whether an element holds more than ``most`` elements of ``tag``."""
    return next(islice(element.iter(tag), most, None), None) is not None
