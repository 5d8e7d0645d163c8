"""Readers' comments known by their lines, whatever the page's names: "Ann says: ...".

A comment thread that no class names (hashed CSS class names, plain ``<div>`` elements) reads as
paragraphs after the story, each comment opening with its author and a verb of saying and a
colon, as blog software prints them: "Verstandsbrunnen sagt: ...", "Milan on September 12,
2018 at 4:47 pm said: ...", or with a line of its own giving its author and how long ago it
was posted: "Jaime hace 2 horas", "gridwatcher · 3 hours ago". :func:`without_thread` cuts
the body where such a thread starts.

A story quotes people as "Ann Lee said: “...”", with quotation marks after the colon: such a
line is never a comment's. A comment's author is a name or a nickname of a few words, not a
pronoun or a phrase opening with an article ("The council said: ...").
"""

# ruff: noqa: RUF001, SIM905
# (the quotation marks of the languages read; word lists are split from text)

import re

import attrs

from newsmodel.formats.html._stamps import AGO, STAMP_LABEL, ends_ago
from newsmodel.model import Block, ListBlock, Paragraph, Section

__all__ = ["opens_with_thread", "without_thread"]

_SAYS = r"(?:says|said|wrote|writes|sagt|schreibt|schrieb|dit|écrit|dice|escribe|escribió|diz|disse|scrive|skriver|schrijft|zegt)"  # noqa: E501
"""The verbs blog software prints after a commenter's name ("Marta says:"), in the languages
read: a closed list, not the attribution verbs of quotes (a story's "Ann Lee warned:" opens no
comment)."""
_WHO = r"(?P<who>[^\s.!?:\"“”„«»‘’'(](?:[^.!?:\"“”„«»]|(?<=\b[A-Z])\.){0,60}?)"
"""A commenter's name: no sentence's end in it, but an initial's full stop ("Marta K.")."""
_WHEN = r"\s+(?:on|am|le|el|il|em|den|op)\s+(?:[^:\"“”„«»]|(?<=\d):(?=\d\d)){4,50}?"
"""A comment's date and time after its author ("on September 12, 2018 at 4:47 pm")."""
_COMMENTER = re.compile(rf"{_WHO}(?:{_WHEN})?\s+{_SAYS}\s*:\s+(?![\"“”„«»‘’'‚‹›])\S", re.IGNORECASE)
"""A comment's opening: its author (no sentence's end in it, but an initial's full stop:
"Marta K."; perhaps with the date and time: "on September 12, 2018 at 4:47 pm"), a verb of
saying and a colon, then not a quotation mark."""
_NOT_NAMES = frozenset(
    "he she they it we i you one er sie es wir ich man il elle ils elles on nous je él ella "
    "ellos ellas yo lui lei loro io ele eles hun han de vi jeg hij zij ze wij ik "
    "the a an der die das ein eine le la les un une el los las lo gli o os as den det".split()
)
"""Pronouns and articles, in the languages read: a story's "She said:" or "The council
said:" opens no comment (a commenter's name or nickname does not start so)."""
_MAX_AUTHOR_WORDS = 6
_MIN_COMMENTS = 2
"""A thread shows at least this many comment openings."""
_MIN_STORY = 3
"""A thread is looked for after this many paragraphs of the story."""
_COUNT_LINE = re.compile(r"\d+\s+\w+(?:\s+\w+)?\W*")
"""A comment counter set above the thread ("12 Ergänzungen", "3 Responses")."""


_AGED_HEADER = re.compile(rf"{_WHO}\s*[·•|–—-]?\s*(?:{AGO.pattern})[\s)\]]*", re.IGNORECASE)
"""A comment's header on a line of its own: its author and how long ago it was posted
("Jaime Hace 2 horas", "gridwatcher · 3 hours ago"); no sentence ("Maria left 3 days
ago.")."""


_HEADER_LINE = 100
"""A comment's header line is at most this long; one that a stamp's label opens ("Updated 2
hours ago", a live report's entry: :data:`~newsmodel.formats.html._stamps.STAMP_LABEL`) is
none."""


def _opens_comment(text: str) -> bool:
    """Whether a paragraph opens as a comment does (:data:`_COMMENTER`), or is a comment's
    header line (:data:`_AGED_HEADER`)."""
    if ":" in text:
        found = _COMMENTER.match(text)
        if found is not None and _is_commenter(found["who"]):
            return True
    if len(text) > _HEADER_LINE or not ends_ago(text):
        return False
    header = _AGED_HEADER.fullmatch(text.strip())
    return (
        header is not None
        and _is_commenter(header["who"])
        and STAMP_LABEL.match(header["who"].lstrip("•·|–—- ")) is None
    )


def _is_commenter(who: str) -> bool:
    """Whether the words before a comment's verb can be its author: a name or a nickname of at
    most :data:`_MAX_AUTHOR_WORDS` words, not opening with a pronoun or an article."""
    words = who.split()
    return len(words) <= _MAX_AUTHOR_WORDS and words[0].casefold() not in _NOT_NAMES


def _comments(block: Block) -> int:
    """How many comments open in a block: a paragraph, or the items of a list (a thread set
    as ``<ol>``)."""
    match block:
        case Paragraph(text=text):
            return int(_opens_comment(text))
        case ListBlock(items=items):
            return sum(_opens_comment(item) for item in items)
        case _:
            return 0


def without_thread(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """The sections without a comment thread after the story: from the first paragraph or list
    that opens a comment (:func:`_opens_comment`) when one more opens there or after it, and at
    least :data:`_MIN_STORY` paragraphs come before it, to the end of the body. A comment
    counter right above it ("12 Ergänzungen"), as a short paragraph or as the heading of
    its section, goes too, and so does the whole section when its heading names the comments
    (:data:`_COMMENTS_HEADING`: "Comments", "Comentar"; the rules for commenters under it)."""
    places = [
        (at, number, found)
        for at, section in enumerate(sections)
        for number, block in enumerate(section.blocks)
        if (found := _comments(block))
    ]
    if sum(found for _at, _number, found in places) < _MIN_COMMENTS:
        return sections
    at, number, _found = places[0]
    before = sum(
        isinstance(block, Paragraph) for section in sections[:at] for block in section.blocks
    ) + sum(isinstance(block, Paragraph) for block in sections[at].blocks[:number])
    if before < _MIN_STORY:
        return sections
    blocks = sections[at].blocks[:number]
    if blocks and isinstance(blocks[-1], Paragraph) and _COUNT_LINE.fullmatch(blocks[-1].text):
        blocks = blocks[:-1]
    heading = sections[at].heading
    if not blocks and (heading is None or _COUNT_LINE.fullmatch(heading)):
        return sections[:at]
    if heading is not None and _COMMENTS_HEADING.match(heading):
        return sections[:at]  # "Comentar", its rules for commenters, the thread
    return (*sections[:at], attrs.evolve(sections[at], blocks=blocks))


_COMMENTS_HEADING = re.compile(
    r"\W*(?:\d+\s+)?(?:comments?|kommentare?|kommentieren|leserkommentare|commentaires?|"
    r"commenter|comentar(?:ios?)?|comentários?|comment[io]|commentare|kommentarer?|reacties|"
    r"reageer|(?:leave|add|post|write)\s+a\s+(?:comment|reply)|join\s+the\s+"
    r"(?:conversation|discussion))\b",
    re.IGNORECASE,
)
"""A heading naming the readers' comments under it, in the languages read."""
_IN_TEXT = re.compile(r"(?:^|(?<=[.!?…]\s))" + _COMMENTER.pattern, re.IGNORECASE)
"""A comment's opening at the start of a text or after a sentence's end: comments read as one
paragraph when their boxes are plain ``<div>`` elements."""
_DATED_HEADER = re.compile(rf"{_WHO}{_WHEN}\s+{_SAYS}\s*:", re.IGNORECASE)
"""A comment's header on a line of its own, with its date: "Jo on June 3, 2024 at 4:47 pm
said:" (without the date, "Ann Lee said:" is how a story introduces a quote)."""


def _openings(block: Block) -> int:
    """How many comments open in a block (a paragraph, or a list's items): in a text that
    opens with one, each opening after a sentence's end too (comments read as one paragraph),
    and a header line of its own with its date (:data:`_DATED_HEADER`)."""
    texts = block.items if isinstance(block, ListBlock) else (getattr(block, "text", ""),)
    found = [
        match
        for text in texts
        if ":" in text
        for match in (_IN_TEXT.finditer(text) if _IN_TEXT.match(text) else ())
    ]
    found += [match for text in texts if (match := _DATED_HEADER.fullmatch(text.strip()))]
    return sum(_is_commenter(match["who"]) for match in found)


def opens_with_thread(sections: tuple[Section, ...]) -> bool:
    """Whether a body is a comment thread from its first paragraph: the main content found is
    the readers' comments (an unnamed thread holding more prose than a short story), its first
    block opening a comment and at least :data:`_MIN_COMMENTS` comments opening in all, also
    inside one paragraph (comments in plain ``<div>`` elements read as one)."""
    blocks = [block for section in sections for block in section.blocks]
    return (
        bool(blocks) and _openings(blocks[0]) > 0 and sum(map(_openings, blocks)) >= _MIN_COMMENTS
    )
