"""Pictures marked up as schema.org ``ImageObject`` microdata, read as figures whatever their
tags.

A page may write a picture as ``<div itemscope itemtype="https://schema.org/ImageObject">``
holding the image (its address perhaps only in ``<meta itemprop="contentUrl">``, the ``<img>``
a lazy placeholder), its caption and its credit (``itemprop="creditText"``). The microdata
says what the tags and class names may not: :func:`image_objects` makes such an element a
``<figure>``, its caption a ``<figcaption>`` and gives the image its address, so that the body
reader reads one figure with its caption and credit rather than a paragraph of caption text.

Used by :func:`newsmodel.formats.html._structure.content_sections`.
"""

import re

from lxml import etree, html

from newsmodel.formats._body_read import CREDIT_PROPS

__all__ = ["PLACEHOLDER", "give_addresses", "image_objects"]
PLACEHOLDER = re.compile(r"^data:|blank|spacer|placeholder|pixel|transparent|1x1", re.IGNORECASE)
"""A placeholder's address in an image's ``src`` (a data URI, "blank.gif", "spacer.png",
"1x1.png"): a lazy image's, whose real address is in another attribute."""
_CAPTION_PROPS = frozenset({"caption", "description"})
_ADDRESS_PROPS = ("contentUrl", "url")
_IMAGE_OBJECTS = etree.XPath(".//*[contains(@itemtype, 'ImageObject')]")


def give_addresses(elements: list[html.HtmlElement]) -> None:
    """Give the image of each ``ImageObject`` among ``elements`` (those a page scan found with
    an ``itemtype``) the address its ``contentUrl`` declares, in place, when the ``<img>`` has
    none or a placeholder's (a lazy image). One without an ``<img>`` (a publisher's logo
    declared in ``<meta>`` elements) gets none. Run before the page's ``<meta>`` elements are
    stripped."""
    for element in elements:
        if "ImageObject" not in (element.get("itemtype") or ""):
            continue
        address = _address(element)
        if address is None:
            continue
        image = element.find(".//img")
        if image is not None and _placeholder(image.get("src")):
            image.set("src", address)


def image_objects(content: html.HtmlElement) -> None:
    """Make each ``ImageObject`` inside ``content`` that holds an image a figure, in place (see
    the module's description; :func:`give_addresses` has given its image an address).

    An element inside a ``<figure>``, or holding one, is left alone, and so is one whose text
    has no caption's element: its words are left to the other rules. The caption's element
    holds the element marked ``itemprop="caption"`` (or ``"description"``): the largest that
    holds no picture (a caption line and its credit beside it); without one, it is the element
    round the credit (:data:`~newsmodel.formats._body_read.CREDIT_PROPS`) that holds text of
    its own too. A figure that has a ``<figcaption>`` keeps it."""
    for element in _IMAGE_OBJECTS(content):
        assert isinstance(element, html.HtmlElement)  # an element XPath gives elements
        if element.find(".//img") is None:
            continue
        inside = any(ancestor.tag == "figure" for ancestor in element.iterancestors())
        if inside or (element.tag != "figure" and element.find(".//figure") is not None):
            continue
        captioned = element.find(".//figcaption") is not None
        caption = None if captioned else _caption(element)
        if caption is None and not captioned and "".join(element.itertext()).strip():
            continue
        element.tag = "figure"
        if caption is not None:
            caption.tag = "figcaption"


def _address(element: html.HtmlElement) -> str | None:
    for descendant in element.iter("meta", "link"):
        if descendant.get("itemprop") in _ADDRESS_PROPS:
            value = descendant.get("content") or descendant.get("href")
            if value and not _placeholder(value):
                return value
    return None


def _placeholder(address: str | None) -> bool:
    return not address or PLACEHOLDER.search(address) is not None


def _caption(figure: html.HtmlElement) -> html.HtmlElement | None:
    """The caption's element of an ``ImageObject`` (see :func:`image_objects`), or None."""
    credit = None
    for descendant in figure.iter(etree.Element):
        if descendant.tag == "meta":
            continue
        props = set((descendant.get("itemprop") or "").split())
        if not props.isdisjoint(_CAPTION_PROPS):
            return _widest(descendant, figure)
        if credit is None and not props.isdisjoint(CREDIT_PROPS):
            credit = descendant
    if credit is None:
        return None
    words = "".join(credit.itertext()).strip()
    for ancestor in credit.iterancestors():
        if ancestor is figure:
            return None
        if "".join(ancestor.itertext()).strip() != words:
            return None if ancestor.find(".//img") is not None else ancestor
    return None


def _widest(caption: html.HtmlElement, figure: html.HtmlElement) -> html.HtmlElement | None:
    """The largest element below ``figure`` round ``caption`` that holds no picture; None when
    the caption holds one itself."""
    if caption.find(".//img") is not None:
        return None
    widest = caption
    for ancestor in caption.iterancestors():
        if ancestor is figure or ancestor.find(".//img") is not None:
            break
        widest = ancestor
    return widest
