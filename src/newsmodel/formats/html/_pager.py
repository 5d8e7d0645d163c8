"""A pager left in the body: the numbered links of a gallery or a split article.

A picture gallery or an article printed over several pages shows links to its pages or
pictures: numbers, arrows and an ellipsis for the numbers left out ("<< < 1 2 3 ... 14 > >>").
With the links' addresses gone, the text reader is left with those signs, on one line or one to
a paragraph, or as a list's items. They are the page's, not the story's. One number alone
stays (a list's number set apart, a count): a pager is three numbers or more, in order.

>>> is_pager("<< < 1 2 3 4 > >>"), is_pager("1 2 … 9 10"), is_pager("3 2 1"), is_pager("7")
(True, True, False, False)
"""

import re
from collections.abc import Iterable, Sequence

from newsmodel.model import Block, ListBlock, Paragraph

__all__ = ["is_pager", "pager_end"]

_ITEM = re.compile(r"\d{1,3}|[<>«»‹›←→]{1,3}|…|\.\.\.")  # noqa: RUF001 (angle quotation marks)
"""One sign of a pager: a page's or a picture's number, an arrow (one to three signs), an
ellipsis where numbers are left out."""
_ELLIPSES = ("…", "...")
_SIGN = 3
"""The longest sign of :data:`_ITEM`."""
_NUMBERS = 3
"""A pager shows at least this many numbers."""
_LINE = 120
"""A pager on one line is at most this long."""


def _is_pager_items(items: Iterable[str]) -> bool:
    """Whether ``items`` are a pager's signs: each a number, an arrow or an ellipsis, at least
    :data:`_NUMBERS` numbers, each one more than the number before it (or more, after an
    ellipsis)."""
    numbers: list[int] = []
    skipped = False
    for item in items:
        if _ITEM.fullmatch(item) is None:
            return False
        if item.isdigit():
            number = int(item)
            if numbers and not (
                number == numbers[-1] + 1 or (skipped and number > numbers[-1] + 1)
            ):
                return False
            numbers.append(number)
            skipped = False
        elif item in _ELLIPSES:
            skipped = True
    return len(numbers) >= _NUMBERS


def is_pager(text: str) -> bool:
    """Whether a paragraph is only a pager (:func:`_is_pager_items` of its words)."""
    return len(text) <= _LINE and _is_pager_items(text.split())


def _signs(block: Block) -> list[str] | None:
    """A block's pager signs when it could be (part of) a pager: a paragraph of one sign or
    a list whose items are one sign each; None for any other block."""
    if isinstance(block, Paragraph) and len(block.text) <= _SIGN and not block.quotes:
        texts: Sequence[str] = [block.text]
    elif isinstance(block, ListBlock):
        texts = block.items
    else:
        return None
    signs = [text.strip() for text in texts]
    return signs if all(_ITEM.fullmatch(sign) for sign in signs) else None


def pager_end(blocks: Sequence[Block], position: int) -> int | None:
    """Where a pager that opens at ``blocks[position]`` ends (the position after it): the
    longest run of paragraphs of one sign each, or lists of such items, that make a pager
    together; None if none opens there."""
    items: list[str] = []
    found = None
    for end in range(position, len(blocks)):
        signs = _signs(blocks[end])
        if signs is None:
            break
        items += signs
        if _is_pager_items(items):
            found = end + 1
    return found
