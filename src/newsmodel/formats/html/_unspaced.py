"""Words in the scripts written without spaces between them (Chinese, Japanese, Thai ...).

Rules that tell a single word ("Home", a topic's name) from a phrase count words by the spaces
between them; a sentence in Chinese has none, and would read as one word. :func:`word_count`
counts the words of such a run by its characters.
"""

import re

__all__ = ["UNSPACED", "word_count", "written_unspaced"]

UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
"""A letter of a script written without spaces between words: Thai and Lao, Myanmar, Khmer,
the CJK radicals, kana and ideographs, and the full-width forms."""

_CHARACTERS_PER_WORD = 2
"""A word of those scripts is one to four characters long, most often two."""


def written_unspaced(text: str) -> bool:
    """Whether a text is in a script written without spaces between words (Chinese,
    Japanese, Thai): a caption there is one run of characters.

    >>> written_unspaced("記者会見を開いた"), written_unspaced("Photograph")
    (True, False)
    """
    return UNSPACED.search(text) is not None


def word_count(text: str) -> int:
    """How many words a text holds: its runs between spaces, a run in a script written
    without spaces counting a word for every :data:`_CHARACTERS_PER_WORD` of its letters
    there (rounded up).

    >>> word_count("Fire destroys barn"), word_count("首页"), word_count("梁振英就住宅违建事件道歉")
    (3, 1, 6)
    """
    count = 0
    for run in text.split():
        letters = len(UNSPACED.findall(run))
        count += -(-letters // _CHARACTERS_PER_WORD) if letters else 1
    return count
