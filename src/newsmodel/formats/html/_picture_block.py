"""A lead picture printed without ``<figure>``: an image and its caption in a plain block.

Many sites set the picture above the story as ``<div><img ...><div>Caption. Photo: X</div>
</div>``, with nothing but class names (which may mean nothing) to say it is a figure.
:func:`picture_block` finds such a block before the body by its shape: one image, then a
caption's worth of text that is not a link.
"""

import re
from collections.abc import Iterable, Iterator

from lxml import etree, html

from newsmodel.extract.credits import is_credit_line, split_caption_credit
from newsmodel.extract.normalize import squash
from newsmodel.formats.html._captions import alt_echo_end, is_credit_label
from newsmodel.formats.html._unspaced import written_unspaced

__all__ = [
    "as_figures",
    "caption_texts",
    "declared_sizes",
    "join_texts",
    "picture_block",
    "same_picture",
]

_CAPTION_MIN = 30
_CAPTION_MAX = 300
"""A caption under a picture holds this many characters of text, from a short sentence to a
few: less is a label or an author's name under a headshot, more is a teaser or the story."""


def _text(element: html.HtmlElement) -> str:
    return squash(element.text_content()).strip()


def _link_text(element: html.HtmlElement) -> int:
    return sum(len(_text(link)) for link in element.iter("a"))


def picture_block(
    container: html.HtmlElement, content: html.HtmlElement
) -> html.HtmlElement | None:
    """The first block of ``container`` before ``content`` (in page order) that is one image
    with a caption after it: the smallest element around an image, holding no other image
    (but its ``<noscript>`` copy), no heading and no part of the content, whose text comes
    after the image, is :data:`_CAPTION_MIN` to :data:`_CAPTION_MAX` characters long and is
    mostly outside links. None when the body comes first."""
    for element in container.iter():
        if element is content:
            return None
        if element.tag != "img":
            continue
        block = _around(element, container, content)
        if block is not None:
            return block
    return None


def _around(
    image: html.HtmlElement, container: html.HtmlElement, content: html.HtmlElement | None
) -> html.HtmlElement | None:
    """The smallest block around ``image``, inside ``container`` and outside ``content``,
    that holds a caption after it (see :func:`picture_block`), or None."""
    if _is_small(image):
        return None
    for block in image.iterancestors():
        if block is container or (
            content is not None and (block is content or content in block.iterancestors())
        ):
            return None
        # Another picture first: in a gallery's box it comes soon, a heading may never.
        if (
            any(other is not image and not _is_fallback(other) for other in block.iter("img"))
            or next(block.iter("h1", "h2", "h3"), None) is not None
        ):
            return None
        text = _block_text(block)  # a caption printed twice in a row counted once
        if not text:
            continue  # the image's own wrappers (a link, a <picture>)
        if "://" in text or (" " not in text and not written_unspaced(text)):
            return None  # an address or a single word: no caption
        before = "".join(_texts_before(block, image)).strip()
        if before or not _CAPTION_MIN <= len(text) <= _CAPTION_MAX:
            return None
        return block if 2 * _link_text(block) < len(text) else None
    return None


def _is_fallback(image: html.HtmlElement) -> bool:
    """Whether an image is inside a ``<noscript>``: the copy of a lazy image that a page shows
    without scripts, the same picture, not another one."""
    return any(ancestor.tag == "noscript" for ancestor in image.iterancestors())


_SMALL = 100
"""An image declared narrower or lower than this many pixels is an icon, an avatar or a
tracking pixel, not a picture of the story."""


def _is_small(image: html.HtmlElement) -> bool:
    """Whether an image's declared width or height is under :data:`_SMALL` pixels."""
    return any(size < _SMALL for size in declared_sizes(image))


def declared_sizes(image: html.HtmlElement) -> list[int]:
    """The width and the height an image declares in pixels ("640", "640px"), those it gives.

    >>> declared_sizes(html.fragment_fromstring('<img src="a.jpg" width="640px" height="auto">'))
    [640]
    """
    sizes = [(image.get(name) or "").strip().removesuffix("px") for name in ("width", "height")]
    return [int(size) for size in sizes if size.isdigit()]


def _texts_before(block: html.HtmlElement, image: html.HtmlElement) -> list[str]:
    """The texts of ``block`` that come before ``image`` in page order."""
    found: list[str] = []
    for node in block.iter():
        if node is image:
            return found
        found.append(node.text or "")
        if node is not block and image not in node.iter():
            found.append(node.tail or "")
    return found


def _stem(address: str) -> str:
    """The file name of a picture's address, without its query and extension, in lower case."""
    name = address.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0].lower()


def same_picture(address: str, other: str) -> bool:
    """Whether two addresses show the same picture: one's file name holds the other's, sizes
    and query aside ("fire-740x425.jpg?w=1" and "fire.jpg")."""
    one, two = _stem(address), _stem(other)
    return bool(one) and bool(two) and (one in two or two in one)


_COUNTER = re.compile(r"^\d{1,3}\s*(?:/|of|von|de|di|av|van|z)\s*\d{1,3}\s+")
"""A gallery's counter opening a caption ("1 of 8", "3 / 12", "2 von 5")."""
_BLOCK_TAGS = frozenset({"div", "section", "span"})
"""What a picture block is written in: never a paragraph or a list item of the story."""


def _in_gallery(block: html.HtmlElement, lists: dict[html.HtmlElement, bool]) -> bool:
    """Whether a block is an item of a list of pictures (a gallery written as ``<ul>``):
    every item of its list holds an image. Each list is looked at once (``lists`` holds the
    verdicts): a gallery of a thousand pictures costs a thousand looks, not a million."""
    parent = block.getparent()
    if block.tag != "li" or parent is None or parent.tag not in ("ul", "ol"):
        return False
    verdict = lists.get(parent)
    if verdict is None:
        verdict = lists[parent] = all(
            item.tag in ("li", "figure") and item.find(".//img") is not None for item in parent
        )
    return verdict


def _holds_structure(block: html.HtmlElement) -> bool:
    """Whether a block holds a list or a table: the story's, beside an icon."""
    return next(block.iter("ul", "ol", "table"), None) is not None


_SPACED_BRACKET = re.compile(r"(?<=[(\[]) | (?=[)\]])")


def _block_text(block: html.HtmlElement) -> str:
    """The block's texts joined with spaces, each element's apart (a caption and a credit in
    two touching ``<span>`` elements are laid out apart), but none inside brackets ("Titan.
    (<a>NASA/JPL</a>)" is "Titan. (NASA/JPL)").

    >>> _block_text(html.fragment_fromstring(
    ...     "<span><span>Titan.</span><span>Quelle: dpa</span> (<a>NASA</a>)</span>"))
    'Titan. Quelle: dpa (NASA)'

    A text printed twice in a row (a caption in full and cut short, one of them shown) is
    taken once.
    """
    parts: list[str] = []
    for text in caption_texts(block):
        part = text.strip()
        if part and (not parts or part != parts[-1]):  # a caption printed twice, full and cut
            parts.append(part)
    return _SPACED_BRACKET.sub("", join_texts(parts))


_ATTACHED_AFTER = (",", ".", ";", ":", "!", "?", ")", "]", "/")
"""A text opening with one of these follows the text before it without a space."""
_ATTACHED_BEFORE = ("/", "(", "[")
"""A text ending with one of these is followed without a space."""


def join_texts(parts: Iterable[str]) -> str:
    """The texts of a picture's elements joined as a reader sees them: with a space between
    two elements' texts (a caption and a credit in touching ``<span>`` elements are laid out
    apart), but none before a comma, a full stop or a slash, and none after a slash or an
    opening bracket ("<a>Ann Lee</a>/<a>dpa</a>" is "Ann Lee/dpa").

    >>> join_texts(["Harvest in Tokaj.", "Ann Lee", "/", "dpa", ",", "Tom Hale"])
    'Harvest in Tokaj. Ann Lee/dpa, Tom Hale'
    """
    joined = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if (
            joined
            and not part.startswith(_ATTACHED_AFTER)
            and not joined.endswith(_ATTACHED_BEFORE)
        ):
            joined += " "
        joined += part
    return joined


def caption_texts(block: html.HtmlElement) -> Iterator[str]:
    """The texts of a picture's block in page order, as ``itertext()`` gives them, but none of
    a list of links inside it (:func:`_is_link_list`): the tags or sections a site prints
    under a caption ("<a>Wine</a> <a>Producers</a>") are no credit.

    >>> list(caption_texts(html.fragment_fromstring(
    ...     "<div><img src='a.jpg'><p>Harvest in Tokaj.</p><p><a>Wine</a> <a>Tokaj</a></p></div>"
    ... )))
    ['Harvest in Tokaj.']
    """
    if block.text:
        yield block.text
    for child in block:
        if isinstance(child.tag, str) and not _is_link_list(child):
            yield from caption_texts(child)
        if child.tail:
            yield child.tail


_LINK_LABEL_WORDS = 3
"""A label over a list of links is at most this many words ("Schlagwörter", "Mehr zum Thema")."""
_BETWEEN_LINKS = " \t\n\r,|·•"
"""What a list of links prints between its links."""


def _is_link_list(element: html.HtmlElement) -> bool:
    """Whether an element holds two links or more and no text outside them but what separates
    them and a short label before them ("Tags", "Schlagwörter": up to
    :data:`_LINK_LABEL_WORDS` words, the last capitalised, no credit label): tags, sections or
    share links, not a credit ("Photo: <a>Ann Lee</a>", "<a>Ann Lee</a>/<a>dpa</a>",
    "Photos by <a>Ann Lee</a>, <a>Tom Hale</a>")."""
    if element.tag == "a" or len(element.findall(".//a")) < 2:
        return False
    parts = list(_outside_links(element))
    first = parts.index(None)
    if "".join(part for part in parts[first:] if part).strip(_BETWEEN_LINKS):
        return False
    label = "".join(part for part in parts[:first] if part).strip()
    words = label.split()
    return not words or (
        len(words) <= _LINK_LABEL_WORDS and words[-1][0].isupper() and not is_credit_label(label)
    )


def _outside_links(element: html.HtmlElement) -> Iterator[str | None]:
    """The texts of an element outside its links, with None where each link stands."""
    if element.text:
        yield element.text
    for child in element:
        if child.tag == "a":
            yield None
        elif isinstance(child.tag, str):
            yield from _outside_links(child)
        if child.tail:
            yield child.tail


def _credit_last(block: html.HtmlElement, caption: str) -> str:
    """A block's text with a credit printed before the caption moved to its end, where
    captions carry it ("Moa Karlberg/imagebank.sweden.se Das Wasser kocht man ab." is "Das
    Wasser kocht man ab. Moa Karlberg/imagebank.sweden.se"): the block's first text, when it
    is a credit alone (:func:`~newsmodel.extract.credits.is_credit_line`) and a sentence
    follows it."""
    first = next((text.strip() for text in block.itertext() if text.strip()), "")
    if not first or not caption.startswith(first) or not is_credit_line(first):
        return caption
    rest = caption[len(first) :].strip()
    return f"{rest} {first}" if rest.endswith((".", "!", "?")) else caption


def as_figures(content: html.HtmlElement) -> None:
    """Turn each block of one image and its caption inside the body (see
    :func:`picture_block`; a lazy image's ``<noscript>`` copy beside it is the same picture),
    written in ``<div>``, ``<section>`` or ``<span>`` without a list
    or a table, whose text ends with a credit ("... (Screenshot: VeriFact)", "... Image
    source, Getty Images") or opens with the image's alt text
    (:func:`~newsmodel.formats.html._captions.alt_echo_end`), into a
    ``<figure>`` whose ``<figcaption>`` holds the block's texts joined with spaces, in place.
    Without either, an image beside a short text inside the body is as often an author's box
    or a promotion as a picture of the story. Images already in a ``<figure>`` are left as
    they are."""
    galleries: dict[html.HtmlElement, None] = {}  # in page order, each once
    lists: dict[html.HtmlElement, bool] = {}
    for image in list(content.iter("img")):
        if any(ancestor.tag == "figure" for ancestor in image.iterancestors()):
            continue
        block = _around(image, content, None)
        if block is None or _holds_structure(block):
            continue
        if block.tag not in _BLOCK_TAGS and not _in_gallery(block, lists):
            continue
        caption = _block_text(block)
        caption = _COUNTER.sub("", caption)  # "1 of 8 Lanterns at dusk": a gallery's counter
        caption = _credit_last(block, caption)
        if (
            split_caption_credit(caption)[1] is None
            and alt_echo_end(image.get("alt"), caption, longest=None) is None
        ):
            continue  # inside the body, a credit or the alt text tells a caption from a box's
        keep = next(child for child in block if image is child or image in child.iter())
        for child in list(block):
            if child is not keep:
                block.remove(child)
        for element in keep.iter():
            if element is not image:
                element.text = None
            if element is not keep:
                element.tail = None
        block.text = None
        keep.tail = None
        etree.SubElement(block, "figcaption").text = caption
        gallery = block.getparent()
        if block.tag == "li" and gallery is not None:
            galleries[gallery] = None
        block.tag = "figure"
    for gallery in galleries:
        if all(item.tag == "figure" for item in gallery):
            gallery.tag = "div"  # a list of pictures, each a figure now
