"""Find the direct quotes in an article's paragraphs, with their speakers.

:func:`attach_quotes` is what the readers call. It works in three steps:

1. :func:`~newsmodel.extract._quote_marks.pair_marks` pairs the quotation marks of each paragraph
   (every style in :mod:`~newsmodel.extract._quote_marks`).
2. A quote that a paragraph opens and does not close is kept only when the next paragraph opens a
   quote at its very start: that is how a quote running over several paragraphs is printed (the
   opening mark repeats, the closing mark is left out). Each paragraph's part is its own
   :class:`~newsmodel.model.Quote`. An unclosed quote followed inside its paragraph by an
   attribution (``"It's gloomy, said David Wyss``) ends before it: the closing mark was left out
   by mistake. Any other unclosed mark is a stray and gives no quote.
3. Only **direct** quotes are kept: a quoted span is direct when it starts a sentence (the start
   of the paragraph, after ``.``, ``?``, ``!``, a colon or another quote; a capital letter before
   the full stop ends a sentence after a lower-case word or before a quote ending in punctuation,
   ``on line B. "We...,"``, and is otherwise an initial), follows a comma or a
   dash and reads as a statement (three words or more, or ending in punctuation), follows a
   speech verb (``said "We...``), or continues a quote from the paragraph before. A few words
   quoted inside a sentence (``called it a "disgrace"``, ``cats are "cuties"``, nicknames), a
   quote the sentence runs on from without attribution (``"...jail time" for crimes``), a
   title in title case (``''Make Your Kid a Millionaire,''``), a piece's title followed by its
   author (``"For the museum, a new director," by the Courier's Jo Roe``) and a few quoted words the
   sentence goes on to describe, with no speech verb (``''Hawaii Five-0,'' the 1960s
   procedural ..., is back``) are partial or scare quotes or names, not
   direct quotes, and give no Quote. (PolNeAR, the evaluation data, keeps these apart too: only
   direct quotes count toward its F1.)

In Swedish, Norwegian, Danish, Finnish, Icelandic, Portuguese, Spanish and Polish
(``language``), a
paragraph opening with a dash or a hyphen is direct speech (``– Vi växer, säger Berg.``, ``—
Perdemos tudo — disse Rita Alves.``, ``—Faltan camas —dijo Marta.``), up to its attribution (a
comma or a dash before the speech verb) or the paragraph's end, and on after a dash closing the
attribution (``—dijo Marta—. Y médicos.``). In any language it is when a speech verb of another
language than English follows the comma or the dash (:func:`dash_speech`).

Speakers come from :mod:`newsmodel.extract.speakers`.
"""

# Quotation marks and dashes are this module's subject.
# ruff: noqa: RUF001, RUF002

import re
from collections.abc import Sequence

from newsmodel.extract._months import month_number
from newsmodel.extract._quote_marks import MarkedSpan, may_quote, pair_marks
from newsmodel.extract._quote_words import (
    ENGLISH_VERBS,
    FUNCTION_WORDS,
    UPPER,
    VERB_PATTERN,
    VERBS,
    find_verbs,
)
from newsmodel.extract.speakers import QuoteSite, find_speakers
from newsmodel.model import Person, Quote

__all__ = ["attach_quotes", "dash_speech", "find_quote_sites"]

_STOPS = frozenset(".!?…:")
_MARK_CHARS = frozenset("\"“”„»«’‘'‹›`」』")
_END_PUNCT = frozenset(".,!?…—–-:;")
_LOWER_NEXT = re.compile(r"[ \u00a0]*[a-zà-ÿа-я]")
_DASHES = frozenset("—–-(")
_TERMINAL = frozenset(".!?…,")
_ABBREVIATION_END = re.compile(r"(?:^|[\s.])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr)\.$")
_MISSING_CLOSE = re.compile(
    rf",[ \u00a0]+(?:{VERB_PATTERN}[ \u00a0]+[{UPPER}]|(?:he|she|[{UPPER}][\w'’\-]+"
    rf"(?:[ \u00a0][{UPPER}][\w'’\-]+){{0,2}})[ \u00a0]+(?:said|says|added|told)(?![\w\-]))"
)
_FEW_WORDS = re.compile(r"(?:[ \u00a0]*[^ \u00a0]+){1,4}")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
# Words that titles print in lower case ("the", "and", "for" ...), English and the other
# languages the verb lists cover.
_TITLE_LOWER = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "into",
        "onto",
        "over",
        "but",
        "nor",
        "yet",
        "von",
        "und",
        "der",
        "die",
        "das",
        "les",
        "des",
        "une",
        "avec",
        "los",
        "las",
        "del",
        "con",
        "por",
        "para",
        "per",
        "con",
        "och",
        "med",
    ]
)


def _is_title(content: str) -> bool:
    """Whether quoted words look like a title ("Make Your Kid a Millionaire", "Legend in the
    Coal Fields."): every word of three letters or more capitalised but the short function
    words that titles print in lower case."""
    words = content.split()
    if not 3 <= len(words) <= 10 or ". " in content:
        return False
    long = [
        word
        for word in words
        if sum(char.isalpha() for char in word) >= 3 and word.lower() not in _TITLE_LOWER
    ]
    return len(long) >= 3 and all(word[0].isupper() for word in long)


def _not_speech(content: str) -> bool:
    """Whether quoted words are no speech: a stage direction in parentheses or brackets
    ("(CROSSTALK.)"), or one word ending in a colon (a label: "Related:")."""
    stripped = content.strip()
    if stripped[:1] in "([" and stripped.rstrip(".")[-1:] in ")]":
        return True
    return " " not in stripped and stripped.endswith(":")


def _runs_on(text: str, span: MarkedSpan) -> bool:
    """Whether the sentence runs on after the quote with no attribution ("..." to drive up)."""
    if not span.closed or text[span.end - 1] in _END_PUNCT:
        return False
    if _LOWER_NEXT.match(text, span.close_end) is None:
        return False
    # An attribution comes within a few words ("..." reply Burton and Nick); a sentence that
    # runs on does not ("...jail time" for criminal behavior, she said).
    near = _FEW_WORDS.match(text, span.close_end)
    end = near.end() if near else span.close_end
    return not find_verbs(text, span.close_end, end, first=True)


_APPOSITION = re.compile(r"[ \u00a0]+(?:an?|the|whose|which|who)[ \u00a0]")
_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"”’»]|$)")
_TITLE_WORDS = 5
"""A quoted name is a few words (a show's, a book's title)."""


def _named_in_apposition(text: str, span: MarkedSpan) -> bool:
    """Whether a few quoted words before a comma are a name that the sentence goes on to
    describe, with no speech verb in the sentence ("''Hawaii Five-0,'' the 1960s procedural
    that CBS revived in 2010, is back"): a title, not a quote. "''We won,'' the coach said"
    has its verb."""
    content = text[span.start : span.end].rstrip()
    if not content.endswith(",") or len(content.split()) > _TITLE_WORDS:
        return False
    if _APPOSITION.match(text, span.close_end) is None:
        return False
    stop = _SENTENCE_END.search(text, span.close_end)
    end = stop.start() if stop else len(text)
    return not find_verbs(text, span.close_end, end, first=True)


_BY_AUTHOR = re.compile(rf",?[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?(?P<word>[{UPPER}][\w'’.\-]*)")


def _by_author(text: str, span: MarkedSpan) -> bool:
    """Whether quoted words are followed by "by" and a name ("''Ports and Me,'' by Ann Lee",
    ""For the museum, a new director," by the Courier's Jo Roe"): the title of a piece and
    its author, not speech. "by Monday", "by March" give a time."""
    if not span.closed:
        return False
    found = _BY_AUTHOR.match(text, span.close_end)
    if found is None:
        return False
    word = found["word"].rstrip(".").lower()
    return word not in FUNCTION_WORDS and month_number(word) is None  # weekdays among them


def _letter_ends_sentence(text: str, dot: int, content: str) -> bool:
    """Whether a lone capital letter and the dot at ``dot`` end a sentence ("on line B.
    "We..."") rather than make an initial ("Robert C. "Bobby" Scott"): the word before the
    letter is in lower case, or the quote after it ends in punctuation, as a sentence does and
    a nickname does not."""
    if not text[dot - 1 : dot].isupper() or text[dot - 2 : dot - 1].isalpha():
        return False  # "Mr.", "Dr.", "U.S.": an abbreviation, whatever follows
    words = text[max(0, dot - 40) : dot - 1].split()
    lower = bool(words) and words[-1][:1].islower()
    return lower or content.rstrip()[-1:] in _TERMINAL


def _is_direct(text: str, span: MarkedSpan, bound: int) -> bool:
    """Whether a quoted span reads as a direct quote rather than a partial or scare quote.

    ``bound`` is where the text before the quote may start (the previous quote's end).
    """
    content = text[span.start : span.end]
    if (
        _is_title(content)
        or _runs_on(text, span)
        or _not_speech(content)
        or _named_in_apposition(text, span)
        or _by_author(text, span)
    ):
        return False
    index = span.open_start - 1
    while index >= 0 and (text[index].isspace() or text[index] in _MARK_CHARS):
        index -= 1  # a quote right after another is judged by the punctuation before both
    if index < 0:
        return True
    before = text[index]
    if (
        before == "."
        and _ABBREVIATION_END.search(text, max(0, index - 5), index + 1)
        and not _letter_ends_sentence(text, index, content)
    ):
        before = "a"  # "Rep. Robert C. "Bobby" Scott": an initial, not a sentence end
    if before in _STOPS:
        return True
    words = content.count(" ") + 1
    if before in ",;":
        if words < 3 and content[-1] not in _TERMINAL:
            return False
        # "..., she said, "and more."" is direct; "officers who, "in fits and starts"" is not,
        # nor a title in apposition ("his new book, "Ports and Me," is out").
        return bool(find_verbs(text, bound, index, first=True)) or (
            (content[0].isupper() or content[-1] in _TERMINAL)
            and bool(find_verbs(text, span.close_end, span.close_end + 40, first=True))
        )
    if before in _DASHES:
        return words >= 3 and content[0].isupper()
    if not content[0].isupper():
        return False
    word = _LAST_WORD.search(text, max(0, index - 30), index + 1)
    return word is not None and word.group().lower() in VERBS


_DASH_FIRST = frozenset("–—-")
_DASH_LANGUAGES = ("sv", "no", "nb", "nn", "da", "fi", "is", "pt", "es", "pl")
_DASH_OPEN = re.compile(rf"(?:[–—](?:[ \u00a0]+|(?=[¿¡{UPPER}]))|-[ \u00a0]+)(?=\S)")
_DASH_ATTRIBUTION = re.compile(rf"(?:,|[ \u00a0]+[–—])[ \u00a0]*(?P<verb>{VERB_PATTERN})(?![\w\-])")
_DASH_RESUMED = re.compile(r"[–—][.,;:]?[ \u00a0]+(?=\S)")


def _dash_language(language: str | None) -> bool:
    """Whether the language prints direct speech as a paragraph opening with a dash."""
    return language is not None and language.lower().split("-")[0] in _DASH_LANGUAGES


def dash_speech(text: str, language: str | None = None) -> bool:
    """Whether a paragraph opening with a dash or a hyphen is direct speech: in a language that
    prints speech so (``language``), or, in any language, when a speech verb of a language
    other than English follows a comma or a dash after the words (``- Det er godt, siger
    Berg.``).

    >>> dash_speech("- Det er godt, siger Berg."), dash_speech("- Mehr Geld für Schulen")
    (True, False)
    """
    opened = _DASH_OPEN.match(text)
    if opened is None:
        return False
    if _dash_language(language):
        return True
    said = _DASH_ATTRIBUTION.search(text, opened.end())
    return said is not None and said["verb"] not in ENGLISH_VERBS


def _dash_span(text: str, language: str | None) -> list[MarkedSpan] | None:
    """The direct speech of a paragraph opening with a dash (``– Vi växer, säger Berg.``,
    ``—Necesitamos más —dijo Marta.``), up to its attribution or the paragraph's end, and its
    part after the attribution that a dash closes (``—dijo Marta—. Y más.``); None when the
    paragraph opens otherwise or is no speech (:func:`dash_speech`)."""
    opened = _DASH_OPEN.match(text)
    if opened is None or not dash_speech(text, language):
        return None
    said = _DASH_ATTRIBUTION.search(text, opened.end())
    end = said.start() if said else len(text.rstrip())
    if end <= opened.end():
        return None
    spans = [
        MarkedSpan(
            open_start=0, start=opened.end(), end=end, close_end=end, opener="–", closed=True
        )
    ]
    resumed = _DASH_RESUMED.search(text, said.end()) if said else None
    if resumed is not None:
        rest = len(text.rstrip())
        spans.append(
            MarkedSpan(
                open_start=resumed.end(),
                start=resumed.end(),
                end=rest,
                close_end=rest,
                opener="–",
                closed=True,
            )
        )
    return spans


def _starts_with_quote(text: str, spans: list[MarkedSpan]) -> bool:
    """Whether the paragraph's first quote opens at its very start."""
    return bool(spans) and not text[: spans[0].open_start].strip()


def find_quote_sites(
    paragraphs: Sequence[str], *, language: str | None = None
) -> list[list[QuoteSite]]:
    """Return the direct quotes of each paragraph as sites (span and marks), without speakers.

    Args:
        paragraphs: The paragraphs' texts in reading order.
        language: The article's BCP 47 language, if known.

    Returns:
        For each paragraph, its direct quotes in order.

    >>> [[(s.start, s.end) for s in p] for p in find_quote_sites(['"Yes," he said.', 'a "cutie"'])]
    [[(1, 5)], []]
    """
    dashes = any(text[:1] in _DASH_FIRST for text in paragraphs)
    if not may_quote("\n".join(paragraphs)) and not dashes:
        return [[] for _ in paragraphs]  # most articles: one quick look at the whole text
    german = language is not None and language.lower().startswith("de")
    spans = [pair_marks(text, german=german) for text in paragraphs]
    if dashes:
        spans = [
            (_dash_span(text, language) if text[:1] in _DASH_FIRST else None) or found
            for text, found in zip(paragraphs, spans, strict=True)
        ]
    sites: list[list[QuoteSite]] = []
    continued = False
    for index, (text, found) in enumerate(zip(paragraphs, spans, strict=True)):
        here: list[QuoteSite] = []
        for number, span in enumerate(found):
            carried = continued and number == 0 and _starts_with_quote(text, found)
            if not span.closed:
                following = spans[index + 1] if index + 1 < len(spans) else []
                if not (
                    index + 1 < len(paragraphs)
                    and _starts_with_quote(paragraphs[index + 1], following)
                ):
                    # A closing mark left out by mistake: "It's gloomy, said David Wyss.
                    cut = _MISSING_CLOSE.search(text, span.start, span.end)
                    if cut is None:
                        continue
                    span = span._replace(end=cut.start() + 1, close_end=cut.start() + 1)
                    span = span._replace(closed=True)
            bound = found[number - 1].close_end if number else 0
            if carried or _is_direct(text, span, bound):
                here.append(
                    QuoteSite(
                        open_start=span.open_start,
                        start=span.start,
                        end=span.end,
                        close_end=span.close_end,
                        closed=span.closed,
                        continued=carried,
                    )
                )
        continued = bool(here) and not here[-1].closed
        sites.append(here)
    return sites


def attach_quotes(
    paragraphs: Sequence[str],
    *,
    language: str | None = None,
    people: Sequence[Person] = (),
) -> list[tuple[Quote, ...]]:
    """For each paragraph text (in reading order, whole article), the direct quotes it holds,
    with speakers resolved across the article to the fullest name given.

    Args:
        paragraphs: The texts of the article's paragraphs, in reading order.
        language: The article's BCP 47 language, if known ("de" makes ``“`` a closing mark only).
        people: Persons already known (bylines): not speakers by default, but names that a speaker
            mention may resolve to.

    Returns:
        One tuple of :class:`~newsmodel.model.Quote` per paragraph, in order of start, never
        overlapping; ``paragraph[q.start:q.end] == q.text``.

    >>> attach_quotes(['Foreign Minister Sergei Lavrov spoke.', '"We are ready," the minister said.'])
    [(), (Quote(text='We are ready,', speaker=Person(name='Sergei Lavrov', title='Foreign Minister'), start=1, end=14),)]
    """  # noqa: E501  (a doctest's output is one line)
    sites = find_quote_sites(paragraphs, language=language)
    if not any(sites):
        return [() for _ in paragraphs]
    speakers = find_speakers(paragraphs, sites, language=language, people=people)
    return [
        tuple(
            Quote(text=text[site.start : site.end], speaker=speaker, start=site.start, end=site.end)
            for site, speaker in zip(here, who, strict=True)
        )
        for text, here, who in zip(paragraphs, sites, speakers, strict=True)
    ]
