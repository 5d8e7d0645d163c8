"""Pair quotation marks inside one paragraph: the spans between an opening and a closing mark.

This module knows only about marks, not about speakers or whether a span is a direct quote. It
walks the marks of a paragraph once, left to right (a regex finds them, so long paragraphs without
marks cost one scan), and pairs them by family:


* ``"`` closes with ``"`` or ``”`` (typewriter quotes, mixed typography);
* ``“`` closes with ``”`` or ``"`` (English);
* ``„`` closes with ``“``, ``”`` or ``"`` (German, Polish: German's closing ``“`` is the
  English opener);
* ``”`` closes with ``”`` (Swedish, Finnish);
* ``«`` closes with ``»`` (French, with inner spaces; Russian; Spanish), and ``»`` with ``«``
  (German books, Austrian papers); the same for ``‹ ›``;
* ``''`` (the New York Times plain feed) and two backticks (AP ANPA wire, PTB-tokenised text) close
  with ``''`` or ``"``;
* ``「`` closes with ``」``, ``『`` with ``』`` (CJK);
* ``‘`` and ``'`` close with ``’`` or ``'`` after punctuation or before it (``‘Woedend’, zegt
  ...``), and only in paragraphs without double marks (apostrophes look the same).

A quote of another style inside an open one (``"Say “no” twice"``, ``« il a dit « non » »``) is
nested: its marks are skipped, and only the outermost span is returned.

Whether a mark opens or closes is decided from the marks' family and, for marks that can do both,
from flanking: a mark glued to the following word and not to the preceding one opens
(``said "Yes``), one glued to the preceding word or punctuation and not to the following one closes
(``Yes," he``). A quote still open at the end of the paragraph is returned as open (the paragraph's
part of a quote that runs over several paragraphs); the caller decides what to do with it.
"""

# Quotation marks and look-alike characters are this module's subject.
# ruff: noqa: RUF001, RUF002

import re
from typing import NamedTuple

__all__ = ["MarkedSpan", "may_quote", "pair_marks"]

_DOUBLE = re.compile(r"``|''|[\"“”„‟«»‹›「」『』]")
_ANY = re.compile(r"``|''|[\"“”„‟«»‹›「」『』‘’‚']")
# Quick tests that a paragraph may hold a quote. Character classes first: Python's regex engine
# scans for a class much faster than for an alternation.
_DOUBLE_START = re.compile('["“”„‟«»‹›「」『』`]')
_SINGLE_START = re.compile(r"[‘'‚](?<=[\s(\[{<—–\-/].)")
_SPACE = frozenset(" \t\n\r\u00a0\u202f\u2009\u2007\u200a\u3000")
_OPEN_PUNCT = frozenset("([{<—–-/")
# Punctuation that may sit right before a closing single quote: 'We are ready,' he said.
_SINGLE_CLOSE_AFTER = frozenset(".,!?…;:—–-")

# Closers accepted for each opener, whatever their flanking.
_CLOSERS: dict[str, frozenset[str]] = {
    '"': frozenset({'"', "”", "''"}),
    "“": frozenset({"”", '"'}),
    "‟": frozenset({"”", '"'}),
    "„": frozenset({"“", "”", '"'}),
    "”": frozenset({"”"}),
    "«": frozenset({"»"}),
    "»": frozenset({"«"}),
    "‹": frozenset({"›"}),
    "›": frozenset({"‹"}),
    "''": frozenset({"''", '"', "”"}),
    "``": frozenset({"''", '"', "”"}),
    "「": frozenset({"」"}),
    "『": frozenset({"』"}),
    "‘": frozenset({"’", "'"}),
    "'": frozenset({"'", "’"}),
    "‚": frozenset({"‘", "’"}),
}
# Closers accepted only when glued to the preceding text and not to the following (a mixed-style
# close such as ``“Yes.“``), so that a nested English opener is not taken for a closer.
_FLANK_CLOSERS: dict[str, frozenset[str]] = {
    '"': frozenset({"“"}),
    "“": frozenset({"“"}),
}
# Marks that open whenever no quote is open, whatever their flanking.
_ALWAYS_OPEN = frozenset({"„", "‟", "«", "‹", "``", "「", "『"})
# Marks that open when no quote is open and they are left-flanking (glued to the following word).
_FLANK_OPEN = frozenset({'"', "“", "”", "»", "›", "''"})
_SINGLES = frozenset({"‘", "'", "‚", "’"})


class MarkedSpan(NamedTuple):
    """A span between an opening and (perhaps) a closing quotation mark.

    Attributes:
        open_start: Offset of the opening mark.
        start: Offset of the first quoted character (after the mark and any inner space).
        end: Offset just past the last quoted character (before any inner space and the mark).
        close_end: Offset just past the closing mark; the paragraph's length when unclosed.
        opener: The opening mark.
        closed: False when the paragraph ends before the closing mark.
    """

    open_start: int
    start: int
    end: int
    close_end: int
    opener: str
    closed: bool


def _flanking(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Return (left, right) flanking for the mark ``text[start:end]``."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    after_space = after in _SPACE
    before_space = before in _SPACE
    left = not after_space and (before_space or before in _OPEN_PUNCT)
    right = not before_space and (after_space or not after.isalnum())
    return left, right


def _span(
    text: str,
    open_start: int,
    open_end: int,
    close_start: int,
    close_end: int,
    opener: str,
    closed: bool,
) -> MarkedSpan | None:
    """Build a span, trimming inner whitespace; None when nothing is quoted."""
    start, end = open_end, close_start
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    if start == end:
        return None
    return MarkedSpan(open_start, start, end, close_end, opener, closed)


def may_quote(text: str) -> bool:
    """Whether ``text`` has a mark that could open a quote (a quick test, no pairing).

    >>> may_quote("The company's rivals' shares fell."), may_quote("He said 'yes,' then left.")
    (False, True)
    """
    return (
        _DOUBLE_START.search(text) is not None
        or "''" in text
        or text[:1] in ("‘", "'", "‚")
        or _SINGLE_START.search(text) is not None
    )


def _punctuation_after(text: str, end: int) -> bool:
    """Whether a single closing mark is followed by punctuation and a space or the end, as
    Dutch and British closers are ("‘Ondernemers zijn woedend’, zegt ..."); not for the
    German ``‚...‘``, which sets titles so (``‚The Bridge‘, das Album``)."""
    return text[end : end + 1] in (",", ".", ";", ":", "!", "?") and text[end + 1 : end + 2] in (
        "",
        " ",
        "\u00a0",
    )


def pair_marks(text: str, *, german: bool = False) -> list[MarkedSpan]:
    """Return the outermost quoted spans of one paragraph, in order, never overlapping.

    Args:
        text: One paragraph.
        german: True for German text, where ``“`` only ever closes (``„...“``).

    Returns:
        The spans; the last one may be unclosed (``closed`` False), running to the end of the text.

    >>> [(s.start, s.end, s.closed) for s in pair_marks('“Yes,” he said. "No')]
    [(1, 5, True), (17, 19, False)]
    """
    doubles = _DOUBLE_START.search(text) is not None or "''" in text
    if not (doubles or text[:1] in ("‘", "'", "‚") or _SINGLE_START.search(text)):
        return []  # the same test as may_quote, keeping what it learns
    pattern = _DOUBLE if doubles else _ANY
    spans: list[MarkedSpan] = []
    opener: str | None = None
    open_start = open_end = 0
    inner: str | None = None
    for match in pattern.finditer(text):
        mark = match.group()
        mstart, mend = match.span()
        if opener is None:
            if german and mark == "“":
                continue
            left, right = _flanking(text, mstart, mend)
            if mark in _ALWAYS_OPEN or (mark in _FLANK_OPEN and left and not right):
                pass
            elif mark in _FLANK_OPEN and left == right and mark in ('"', "“", "''"):
                # Both or neither flanking (``("`` or a lone `` " ``): open; pairing decides.
                if not left and (mend >= len(text) or text[mend] in _SPACE):
                    continue
            elif mark in _SINGLES and mark != "’" and left and not right:
                if mend >= len(text) or not text[mend].isalnum():
                    continue
            else:
                continue
            opener, open_start, open_end, inner = mark, mstart, mend, None
            continue
        if opener in _SINGLES:
            if mark not in _CLOSERS[opener] or (
                (
                    text[mstart - 1] not in _SINGLE_CLOSE_AFTER
                    and (opener == "‚" or not _punctuation_after(text, mend))
                )
                or (mend < len(text) and text[mend].isalnum())
            ):
                continue  # an apostrophe: don't, horses' carrots
        else:
            left, right = _flanking(text, mstart, mend)
            if inner is not None:
                # Inside a nested quote only its closer counts: "Say “no” twice."
                if mark in _CLOSERS[inner] and not (left and not right):
                    inner = None
                continue
            elif (mark in _ALWAYS_OPEN and mark not in _CLOSERS[opener]) or (
                left
                and not right
                and mark in _FLANK_OPEN
                and (mark not in _CLOSERS[opener] or mark in ('"', "''", "“"))
            ):
                inner = mark  # a nested opener: “ inside "...", « inside «...»
                continue
            closes = mark in _CLOSERS[opener] or (
                mark in _FLANK_CLOSERS.get(opener, ()) and right and not left
            )
            if not closes:
                continue
        span = _span(text, open_start, open_end, mstart, mend, opener, True)
        if span is not None:
            spans.append(span)
        opener = None
    if opener is not None:
        span = _span(text, open_start, open_end, len(text), len(text), opener, False)
        if span is not None:
            spans.append(span)
    return spans
