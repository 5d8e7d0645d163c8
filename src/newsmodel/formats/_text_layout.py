"""Plain text cut into units: the paragraphs and one-line items a story is made of.

Three layouts are read, and mixtures of them:

* blank-line paragraphs, each on one long line (copied web pages, the BBC corpus);
* hard-wrapped text (lines of at most about 100 characters), where the lines of a paragraph are
  joined. A paragraph ends at a blank line, at an indented line when the text indents its
  paragraphs (Reuters: four spaces, continuation lines flush left), at a line much shorter than the
  wrapping width, or before a Markdown heading, list item or block quote;
* one-line paragraphs separated by single line breaks.

The first block (up to the first blank line) is never joined: it holds the headline, and perhaps a
kicker above it. Inside a unit, runs of whitespace become one space.
"""

# ruff: noqa: RUF001
# (dashes, typographic quotes and Cyrillic letters in this module are the ones real text uses)

import re
from typing import NamedTuple

__all__ = ["MARKUP_START", "Unit", "is_navigation", "split_units"]

MARKUP_START = re.compile(r"^(?:#{1,6}\s|>\s?|[-*•‣▪]\s+\S|\d{1,3}[.)]\s+\S|[a-z][)]\s+\S)")
"""A line that starts a heading, block quote or list item in any layout."""

_NAVIGATION_WORDS = frozenset(
    [
        "all",
        "news",
        "home",
        "menu",
        "search",
        "latest",
        "top",
        "stories",
        "story",
        "back",
        "to",
        "main",
        "page",
        "sections",
        "section",
        "more",
        "world",
        "politics",
        "business",
        "economy",
        "sport",
        "sports",
        "culture",
        "opinion",
        "science",
        "tech",
        "technology",
        "health",
        "video",
        "videos",
        "photo",
        "photos",
        "live",
        "breaking",
        "skip",
        "content",
        "navigation",
        "main",
        "share",
        "subscribe",
        "sign",
        "in",
        "log",
        "login",
        "up",
        "newsletter",
        "newsletters",
        "previous",
        "next",
        "articles",
        "article",
        "topics",
        "the",
        "and",
    ]
)
_BREADCRUMB = re.compile(r"\s(?:>|»|›|\|)\s")
_WORD_CHARS = re.compile(r"[\W_]+")


class Unit(NamedTuple):
    """A paragraph or one-line item of a plain-text story.

    Attributes:
        text: The unit's text on one line, whitespace runs made single spaces.
        line: The 1-based line it starts on.
        column: The 1-based column of its first character.
        gap: Whether a blank line (or the start of the text) comes before it.
    """

    text: str
    line: int
    column: int
    gap: bool


def is_navigation(text: str) -> bool:
    """Whether a line is site navigation ("All news", "Home > World > Europe"), not content.

    >>> is_navigation("All news"), is_navigation("Home | World | Europe"), is_navigation("Talks")
    (True, True, False)
    """
    parts = _BREADCRUMB.split(text)
    if len(parts) >= 3 and all(len(part.split()) <= 4 for part in parts):
        return True
    words = [word for word in _WORD_CHARS.split(text.lower()) if word]
    return 0 < len(words) <= 5 and all(word in _NAVIGATION_WORDS for word in words)


_BLOCK = re.compile(r"^[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", re.MULTILINE)
"""A block of lines that are not blank. It starts at a line start only, so a long blank line is
scanned once, not once from each of its characters."""
_INDENTED_THEN_FLUSH = re.compile(r"^[ \t]{2,}\S[^\n]*\n\S", re.MULTILINE)
_PARAGRAPH_START = re.compile(r"\n(?=[ \t]|#{1,6}\s|>|[-*•‣▪]\s|\d{1,3}[.)]\s)")
_WRAP_HYPHEN = re.compile(r"([^\W\d_]-)\n(?=[^\W\d_])")


def _unit(piece: str, line: int, gap: bool) -> Unit:
    content = piece.lstrip()
    column = len(piece) - len(content) + 1
    if "-\n" in content:
        content = _WRAP_HYPHEN.sub(r"\1", content)
    joined = content.replace("\n", " ")
    if "  " in joined or not joined.isascii() or joined[-1:] == " ":
        joined = " ".join(joined.split())  # every run of (Unicode) whitespace: one space
    return Unit(joined, line, column, gap)


def _join_by_length(block: str, line: int, join_from: float, units: list[Unit]) -> None:
    """Join the lines of a hard-wrapped block whose paragraphs are not marked by indents."""
    lines = block.split("\n")
    parts = [lines[0]]
    start = line
    for number, current in enumerate(lines[1:], start=line + 1):
        previous = parts[-1]
        if (
            len(previous) >= join_from
            and MARKUP_START.match(current.lstrip()) is None
            and MARKUP_START.match(previous.lstrip()) is None
        ):
            parts.append(current)
            continue
        units.append(_unit("\n".join(parts), start, start == line))
        parts, start = [current], number
    units.append(_unit("\n".join(parts), start, start == line))


def split_units(text: str) -> list[Unit]:
    """Cut cleaned text (``\\n`` line ends only) into units.

    >>> [unit.text for unit in split_units("TITLE\\n\\n    A wrapped line that goes on and on\\n"
    ...     "and on.\\n    Next.\\n")]
    ['TITLE', 'A wrapped line that goes on and on and on.', 'Next.']
    """
    width = max(map(len, text.split("\n")))
    wrapped = width <= 100
    indented = wrapped and _INDENTED_THEN_FLUSH.search(text) is not None
    join_from = max(0.6 * width, 20)
    units: list[Unit] = []
    line = 1
    position = 0
    for number, match in enumerate(_BLOCK.finditer(text)):
        line += text.count("\n", position, match.start())
        position = match.start()
        block = match.group()
        if number == 0 or not wrapped or "\n" not in block:
            for offset, piece in enumerate(block.split("\n")):
                units.append(_unit(piece, line + offset, offset == 0))
        elif indented:
            offset = 0
            for piece in _PARAGRAPH_START.split(block):
                units.append(_unit(piece, line + offset, offset == 0))
                offset += piece.count("\n") + 1
        else:
            _join_by_length(block, line, join_from, units)
    return [unit for unit in units if unit.text]
