"""A lead picture printed without ``<figure>``: an image and its caption in a plain block.

Many sites set the picture above the story as ``<div><img ...><div>Caption. Photo: X</div>
</div>``, with nothing but class names (which may mean nothing) to say it is a figure.
:func:`picture_block` finds such a block before the body by its shape: one image, then a
caption's worth of text that is not a link.
"""

from lxml import html

from newsmodel.extract.normalize import squash

__all__ = ["picture_block", "same_picture"]

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
    with a caption after it: the smallest element around an image, holding no other image,
    no heading and no part of the content, whose text comes after the image, is
    :data:`_CAPTION_MIN` to :data:`_CAPTION_MAX` characters long and is mostly outside links.
    None when the body comes first."""
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
    image: html.HtmlElement, container: html.HtmlElement, content: html.HtmlElement
) -> html.HtmlElement | None:
    """The smallest block around ``image`` that holds a caption after it (see
    :func:`picture_block`), or None."""
    for block in image.iterancestors():
        if block is container or block is content or content in block.iterancestors():
            return None
        if any(True for _ in block.iter("h1", "h2", "h3")) or any(
            other is not image for other in block.iter("img")
        ):
            return None
        text = _text(block)
        if not text:
            continue  # the image's own wrappers (a link, a <picture>)
        if "://" in text or " " not in text:
            return None  # an address or a single word: no caption
        before = "".join(_texts_before(block, image)).strip()
        if before or not _CAPTION_MIN <= len(text) <= _CAPTION_MAX:
            return None
        return block if 2 * _link_text(block) < len(text) else None
    return None


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
