"""The article's derived views: the tuple its blocks and paragraphs come in, and word counting."""

import re
import unicodedata
import warnings
from collections.abc import Iterator
from typing import TypeVar

__all__ = ["Views", "count_words"]

_V = TypeVar("_V")

# Words joined by apostrophes, hyphens and dots ("don't", "well-known", "U.S."), and numbers by
# thousands separators ("1,200").
_WORD = re.compile(r"\w+(?:(?:['\u2019\-.]|(?<=\d),(?=\d))\w+)*")
_JOINERS = frozenset("'\u2019-.")


def _is_mark(char: str) -> bool:
    """Whether ``char`` is a combining mark, which ``\\w`` does not match."""
    return unicodedata.category(char).startswith("M")


def count_words(text: str) -> int:
    """Count the words of ``text``.

    A word is a run of letters, digits and combining marks, which apostrophes, hyphens and dots
    may join ("don't", "well-known", "U.S."), as thousands separators join numbers ("1,200").
    ``\\w`` misses combining marks (Devanagari vowel signs, Arabic harakat), so a run of ``\\w``
    that follows a mark continues the same word.
    """
    count = 0
    for match in _WORD.finditer(text):
        start = match.start()
        if start and (
            _is_mark(text[start - 1])
            or (start > 1 and text[start - 1] in _JOINERS and _is_mark(text[start - 2]))
        ):
            continue
        count += 1
    return count


class Views(tuple[_V, ...]):
    """A tuple of the article's blocks or paragraphs, as :attr:`Article.blocks` and
    :attr:`Article.paragraphs` return them.

    It is a plain tuple, except that calling it, the spelling of releases before 0.2
    (``article.blocks()``), returns an iterator over it with a :class:`DeprecationWarning`.
    """

    __slots__ = ()

    def __call__(self) -> Iterator[_V]:
        """Return an iterator over the views; deprecated, use the property itself."""
        warnings.warn(
            "calling Article.blocks() or Article.paragraphs() is deprecated since 0.2: "
            "they are properties that return tuples, like Article.quotes",
            DeprecationWarning,
            stacklevel=2,
        )
        return iter(self)
