"""Read the attribution around one quote: the phrase naming who said it, and what kind it is.

Works on a *masked* paragraph, where the quoted words are blanked out, so that a name or a verb
inside a quote never counts. Three places are tried, in :mod:`newsmodel.extract.speakers`'s order:

* after the closing mark: ``"...," X said`` / ``"...," said X, the minister`` / ``", sagte X`` /
  ``», — сказал он`` / ``", a-t-il ajouté`` / ``"...," according to X`` / ``“, so X.`` (German) /
  ``"..." ― X`` (a signed quote) / ``"..." X said.`` (the comma left out);
* before the opening mark: ``X said: "..."`` / ``X said in a statement, "..."`` / ``X told
  Reuters that "..."`` / ``According to X, "..."`` (and ``Selon``, ``Según``, ``Laut``,
  ``По словам``) / ``..., adding, "..."`` (the sentence's subject);
* a paragraph ending ``X continued:`` introduces the next paragraph's quote;
* a sentence ending ``..., X said.`` right before a quote lends it X when nothing else names a
  speaker.

:func:`~newsmodel.extract._quote_mention.classify` turns the phrase into a
:class:`~newsmodel.extract._quote_mention.Mention` (re-exported here).
"""

# Quotation marks and dashes are this module's subject; word lists are split from text.
# ruff: noqa: RUF001, SIM905

import re

from newsmodel.extract._quote_mention import (
    ABBREV_WORDS,
    ANY_PREPOSITIONS,
    DETERMINERS,
    NAME_RUN,
    PARTICLES,
    Mention,
    classify,
    split_title,
)
from newsmodel.extract._quote_words import (
    ENGLISH_VERBS,
    FUNCTION_WORDS,
    PARTICIPLES,
    PRONOUNS,
    SUBJECT_PRONOUNS,
    UPPER,
    VERB_PATTERN,
    VERBS,
    find_verbs,
)

__all__ = [
    "NAME_RUN",
    "Mention",
    "after",
    "before",
    "classify",
    "previous",
    "sentence_start",
    "signature",
    "split_title",
]

_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")
_SHORT_WORD = re.compile(rf"(?:^|[\s.])(?:[{UPPER}]|{ABBREV_WORDS})$")
_PARENS = re.compile(r"\s*\([^()]{0,60}\)")
_FRENCH_INVERSION = re.compile(r"(?:a|ont|avait)-t-(il|elle|ils|elles|on)$")
_TRAILING_FILLER = frozenset(
    """also then later has had have would will could once again previously recently further
    simply still and but had also, a ont avait hat hatte ha han earlier today yesterday tonight
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
_STOP_AFTER_VERB = re.compile(
    r"\s(?:on|in|at|to|during|told|who|when|as|after|before|from|while|with|via|last|this|"
    r"yesterday|today|earlier|recently|am|im|lors|à|en|на|в|во|журналистам|durante|"
    r"el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|pasado|próximo))\s"
)
"""Where the speaker phrase after a verb ends: a preposition, a time ("dijo el lunes"), ...
(Spanish "el" alone begins a description: "dijo el portavoz, Juan Pérez".)"""
_ADDRESSEE = re.compile(
    rf"(?:à|ao|a|al|aan|til|till)[ \u00a0]+[{UPPER}][\w\-]*[ \u00a0]+"
    rf"(?=(?:{'|'.join(sorted(DETERMINERS, key=len, reverse=True))})[ \u00a0])"
)
"""Whom a Romance or Nordic verb addresses before its subject: "disse à Lusa o autarca",
"dijo a EFE el alcalde": a preposition, one capitalised word and then an article."""
_SIGNATURE = re.compile(rf"[ \u00a0]*[―—–-]{{1,2}}[ \u00a0]*({NAME_RUN.pattern})[ \u00a0.]*$")
_PARTICIPLE_END = re.compile(r"(?<![\w\-])[a-z]+ing$")
_STRAY_CLOSERS = frozenset("'’\"”»")
_TO_SAY = re.compile(rf"({NAME_RUN.pattern})(?:[ \u00a0]+[a-z]+){{1,4}}[ \u00a0]+to$")
_SO = re.compile(
    rf"[ \u00a0]*,?[ \u00a0]*(?:so|aldus)[ \u00a0]+({NAME_RUN.pattern})[ \u00a0]*(?:[.,;]|$)"
)
"""German "„...“, so Shmueli." and Dutch "„...”, aldus De Jonge.": the name after the word."""
_SO_DESCRIBED = re.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:so|aldus)[ \u00a0]+((?:der|die|das|ein|eine|de|het|een)[ \u00a0]"
    r"[^.,;:!?\n]{1,80}?)[ \u00a0]*(?:[.,;]|$)"
)
"""The same with an article: "„...“, so die Ministerin Anna Weber." or "„...“, so ein Sprecher
der Polizei." (the phrase ends the clause: no verb follows)."""
# "“...” Trump said." / "“...” She added.": an attribution after a quote without the comma.
_BARE_ATTRIBUTION = re.compile(
    rf"[ \u00a0]*((?:{NAME_RUN.pattern})|[Hh]e|[Ss]he)[ \u00a0]+{VERB_PATTERN}[ \u00a0]*[.,;]"
)
# A speaker's name alone before a colon, at the start of a sentence or after a dash.
_LABEL = re.compile(rf"(?:^|[—–-][ \u00a0]*)[ \u00a0]*({NAME_RUN.pattern})$")
_OWN_SUBJECT = re.compile(
    rf"\bwith[ \u00a0]+({NAME_RUN.pattern})[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?$"
)
_ATTRIBUTION_END = frozenset(",!?…—–-:")


def signature(text: str) -> str | None:
    """The name a paragraph signs with when it is nothing else ("- Clinton.", "— Jane Roe"),
    as a fact-check prints the speaker under a quote; None for any other paragraph."""
    found = _SIGNATURE.fullmatch(text)
    return None if found is None else found.group(1)


def sentence_start(text: str, start: int, end: int) -> int:
    """The offset where the last sentence begun in ``text[start:end]`` starts."""
    begin = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.group() == "." and _SHORT_WORD.search(
            text, max(start, match.start() - 5), match.start()
        ):
            continue  # "Mr.", "U.S.", "E." are not sentence ends
        begin = match.end()
    return begin


def _sentence_end(text: str, start: int, end: int) -> int:
    """The offset where the first sentence in ``text[start:end]`` ends."""
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.group() == "." and _SHORT_WORD.search(
            text, max(start, match.start() - 5), match.start()
        ):
            continue
        return match.start()
    return end


def _strip_filler(words: list[str]) -> list[str]:
    """Drop adverbs and auxiliaries at the end of a subject ("Smith also", "he has")."""
    while words and (words[-1].lower() in _TRAILING_FILLER or words[-1].endswith("ly")):
        words.pop()
    return words


_PASSIVE_REPORT = re.compile(
    r"\s+(?:is|was|were|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:quoted|heard|cited|overheard|recorded|filmed|caught|reported)"
    r"(?:\s+on\s+(?:tape|camera|video|film))?(?:\s+as)?\s*$"
)
"""The passive that reports a quote before "saying" ("X is quoted as saying", "X was heard
saying", "X was caught on tape saying"): X is the subject."""


def _subject(prefix: str) -> str:
    """The subject phrase in the text just before a verb."""
    prefix = _PASSIVE_REPORT.sub("", prefix)
    words = _strip_filler(_PARENS.sub("", prefix).split())  # "X, a lawyer, recently said"
    prefix = " ".join(words)
    appositive = prefix.endswith(",")
    prefix = prefix.strip(" ,—–-\u00a0")
    if not prefix:
        return ""
    chunks = prefix.split(",")
    if appositive and len(chunks) > 2 and chunks[0].split()[0].lower() in FUNCTION_WORDS:
        chunks = chunks[1:]  # "In a statement, Jo Roe, a spokesman, said"
    if appositive and len(chunks) == 2 and _described(chunks[0]):
        name = " ".join(chunks[1].split())
        if _looks_like_name(name):
            return f"{name}, {' '.join(chunks[0].split())}"  # "her husband, Tom, said"
    chunk = chunks[0] if appositive and len(chunks) > 1 else chunks[-1]
    if not appositive and len(chunks) > 1 and chunk.strip()[:1].islower():
        # "William O'Connell, president of the league said": the name before the appositive
        named = chunks[-2].split()
        if named and named[-1][:1].isupper() and named[-1].lower() not in FUNCTION_WORDS:
            chunk = chunks[-2]
    words = _strip_filler(chunk.split())
    subject = " ".join(words[-8:])
    if appositive and len(chunks) == 2 and words and words[-1][:1].isupper():
        extra = " ".join(chunks[1].split())
        if 0 < len(extra.split()) <= 8:
            return f"{subject}, {extra}"  # "Anna Berg, chief executive of Acme, said"
    return subject


_DESCRIPTION_START = DETERMINERS | {"his", "her", "their", "its", "our", "my", "your", "one"}


_SEPARATED_PREFIXES = frozenset("mit hinzu an fest zu dar bei ein".split())
"""The prefixes a German verb leaves at the end of its clause ("teilte ... mit")."""


def _described(phrase: str) -> bool:
    """Whether a phrase is a description: a determiner or a possessive and a noun ("the White
    House press secretary", "der Sprecher", "her husband")."""
    words = phrase.split()
    return len(words) > 1 and words[0].lower() in _DESCRIPTION_START


def _looks_like_name(phrase: str) -> bool:
    """Whether a phrase is a short run of capitalised words, particles allowed."""
    words = phrase.split()
    return (
        0 < len(words) <= 4
        and all(word[:1].isupper() or word in PARTICLES for word in words)
        and words[0][:1].isupper()
    )


def _object(text: str) -> str:
    """The speaker phrase after a verb ("said X, the minister, on Monday")."""
    text = _PARENS.sub("", text).strip(" ,—–-\u00a0")
    addressee = _ADDRESSEE.match(text)
    if addressee is not None:
        text = text[addressee.end() :]  # "disse à Lusa o autarca ...": who was told comes first
    stop = _STOP_AFTER_VERB.search(" " + text + " ")
    chunks = text[: stop.start() if stop else len(text)].split(",")
    whole = text.split(",")
    if len(chunks) > 1 and len(whole) > 1:
        chunks[1] = whole[1]  # the appositive keeps its place: "a professor at Lund University"
    words = chunks[0].split()[:12]
    if len(words) > 1 and words[-1].rstrip(".") in _SEPARATED_PREFIXES:
        words.pop()  # German "teilte die Polizei mit", "fügte er hinzu": the verb's prefix
    first = " ".join(words)
    if len(chunks) > 1 and not any(word[:1].isupper() for word in first.split()):
        second = " ".join(chunks[1].split())
        if second and second[:1].isupper() and len(second.split()) <= 4:
            # "a déclaré le président de la commission, Erik Mose", "said a spokesman, Jan
            # Roe": the name, and the description before it as its appositive (the title).
            return f"{second}, {first}"
    if len(chunks) > 1 and _described(first):
        second = " ".join(chunks[1].split())
        if _looks_like_name(second):
            return (
                f"{second}, {first}"  # "said the White House press secretary, Karine Jean-Pierre"
            )
    if len(chunks) > 1 and first[-1:].isalpha() and first.split()[-1][:1].isupper():
        second = " ".join(chunks[1].split())
        if 0 < len(second.split()) <= 12:
            return f"{first}, {second}"  # "Anna Berg, chief executive of Acme": the appositive
    return first


def after(masked: str, close_end: int, limit: int, last_char: str) -> tuple[str, bool] | None:
    """The attribution phrase right after a quote, and whether it follows the verb; or None.

    Args:
        masked: The paragraph with quoted words blanked.
        close_end: Offset just past the quote's closing mark.
        limit: Where the next quote opens (or the paragraph's end).
        last_char: The quote's last character (punctuation inside the marks).
    """
    while close_end < limit and masked[close_end] in _STRAY_CLOSERS:
        close_end += 1  # an inner quote's closer after the outer one: "...,''' said X"
    signed = _SIGNATURE.match(masked, close_end, min(limit, close_end + 80))
    if signed is not None:
        return signed.group(1), True  # "..." ― Jane Roe (a signed quote, as under a letter)
    german = _SO.match(masked, close_end, min(limit, close_end + 80))
    if german is not None and german.group(1).lower() not in FUNCTION_WORDS:
        return german.group(1), True  # „...“, so Shmueli. / „...”, aldus De Jonge.
    described = _SO_DESCRIBED.match(masked, close_end, min(limit, close_end + 100))
    if described is not None:
        return described.group(1), True  # „...“, so die Ministerin Anna Weber.
    head = masked[close_end : min(limit, close_end + 3)].lstrip()
    bare = _BARE_ATTRIBUTION.match(masked, close_end, min(limit, close_end + 60))
    if bare is not None and bare.group(1).lower() not in FUNCTION_WORDS - {"he", "she"}:
        return bare.group(1), False
    if not (
        last_char in _ATTRIBUTION_END or head[:1] in (",", "—", "–", "-") or head[:1].islower()
    ):
        return None
    end = _sentence_end(masked, close_end, min(limit, close_end + 250))
    window = masked[close_end:end]
    verbs = find_verbs(window, first=True)
    if not verbs:
        return None
    match = verbs[0]
    prefix = window[: match.start].strip(" ,—–-\u00a0")
    french = _FRENCH_INVERSION.search(prefix)
    if french:
        return french.group(1), False
    words = _strip_filler(prefix.split())
    if len(words) > (40 if "," in prefix else 12):
        return None
    if not words and match.word in PARTICIPLES:
        return None  # '"...," adding that ...': the speaker is the sentence's subject, before
    if len(words) == 1 and words[0].lower() in _SUBORDINATORS:
        return None  # '"...," when asked ...': no subject here; the attribution is before
    if not words:
        phrase = _number(_object(window[match.end :]), match.word)
        return (phrase, True) if phrase else None
    phrase = _number(_subject(window[: match.start]), match.word)
    return (phrase, False) if phrase else None


_SUBORDINATORS = frozenset(
    "when while after before because since until if though although whether once".split()
)
"""Words opening a clause without a subject after a quote ("when asked whether ...")."""
_TAIL_WORDS = 6
_ADVERBIAL_TAIL_WORDS = 16
_ADVERBIAL = frozenset(
    "in on at during before after to from via through while when last a an".split()
)


def _tail_words(tail: str) -> int:
    """How many words may stand between a speech verb and the quote it introduces: a few, or
    more when they are a phrase of place or time ("said in an op-ed piece before a 2014
    Senate hearing, "...")."""
    words = tail.split()
    if words and words[0].lower() in _ADVERBIAL:
        return _ADVERBIAL_TAIL_WORDS
    return _TAIL_WORDS


def before(masked: str, bound: int, open_start: int) -> tuple[str, bool] | None:
    """The attribution phrase introducing a quote, and whether it leads its sentence; or None.

    Args:
        masked: The paragraph with quoted words blanked.
        bound: Where the text may start (the previous quote's end, or 0).
        open_start: Offset of the quote's opening mark.
    """
    start = sentence_start(masked, bound, open_start)
    clause = masked[start:open_start].rstrip()
    if not clause:
        return None
    introduced = clause[-1] in ",:—–-" or clause.endswith(" that")
    clause = clause.rstrip(" ,:—–-")
    if clause.endswith(" that"):
        clause = clause[:-5]
    verbs = find_verbs(clause)
    if not verbs and masked[start:open_start].rstrip().endswith(":"):
        label = _LABEL.search(clause)
        if (
            label is not None
            and label.group(1).split()[0].lower() not in FUNCTION_WORDS | VERBS
            and not (label.group(1).isupper() and len(label.group(1).split()) > 3)
        ):  # "WALLACE:" in a transcript speaks; a digest heading in capitals does not
            return label.group(1), False  # "Jane Roe: "..."" (a transcript, a digest)
    if not verbs:
        participle = _PARTICIPLE_END.search(clause)
        if participle is None and masked[start:open_start].rstrip().endswith(":"):
            # "Jane Roe has since apologized: "..."": the sentence's subject, if a name.
            words = _after_heading(_main_chunk(clause)).strip(" —–-\u00a0").split()
            if not words or not words[0][:1].isupper() or " ".join(words[:8]).isupper():
                return None  # a heading in capitals is nobody
            return " ".join(words[:8]), True
        if participle is None or not introduced:
            return None
        # "..., asserting, "..."": the quote belongs to the sentence's subject, or to the name
        # right before the participle ("with Jane Roe reportedly yelling: "..."").
        own = _OWN_SUBJECT.search(clause, 0, participle.start())
        if own is not None and own.group(1).split()[0].lower() not in FUNCTION_WORDS:
            return own.group(1), False
        first = _main_chunk(clause[: participle.start()]).split()
        return (" ".join(first[:8]), True) if first else None
    last = verbs[-1]
    tail = clause[last.end :]
    if len(tail.split()) > _tail_words(tail) or (not introduced and tail.strip()):
        return None
    verb = last.word
    head = clause[: last.start]
    phrase = ""
    leading = False
    if verb == "according to":
        phrase = _object(tail)
    elif tail.split()[:1] and tail.split()[0].lower() in SUBJECT_PRONOUNS and len(tail.split()) < 3:
        phrase = tail.split()[0]  # "Später sagte er:", "Dann fügte sie hinzu:": after the verb
    elif verb in PARTICIPLES:
        inners = find_verbs(head)
        if inners:
            inner = inners[-1]
            phrase = _subject(head[: inner.start]) or _object(head[inner.end :])
        else:
            phrase = " ".join(_main_chunk(head).split()[:8])
            leading = True
    elif (infinitive := _TO_SAY.search(head.rstrip())) is not None:
        # "Jane Roe was prompted to say, "..."": the name before the infinitive.
        phrase = infinitive.group(1)
    elif head.rstrip().endswith(" and") and _has_predicate(head):
        # "Jane Roe said she agreed and added, "..."": the subject of the sentence.
        phrase = " ".join(_main_chunk(head).split()[:8])
        leading = True
    elif _inverted(head, tail, verb):
        phrase = _object(tail) or _subject(head)  # "..., erzählt Liat: "...""
    else:
        phrase = _subject(head) or _object(tail)
    phrase = _number(phrase, verb)
    return (phrase, leading) if phrase else None


_ENGLISH_INVERTED = frozenset(
    "said says added adds explained explains continued continues recalled recalls noted".split()
)
"""The English verbs a speaker follows after a comma ("..., said Jo Roe:"); another English verb
has its object there ("..., told Newsweek:", "..., interrupted the candidate:")."""


def _inverted(head: str, tail: str, verb: str) -> bool:
    """Whether a speech verb opens its clause after a comma with the speaker after it ("Die
    Worte haben eine Bedeutung, erzählt Liat:", "..., said Jo Roe:"): the speaker is not the
    name that ends the clause before. Not after a preposition ("wrote of Ms. Roe")."""
    words = tail.split()
    return (
        head.rstrip().endswith(",")
        and bool(words)
        and words[0].lower() not in ANY_PREPOSITIONS
        and (verb not in ENGLISH_VERBS or verb in _ENGLISH_INVERTED)
    )


def previous(masked: str, bound: int, open_start: int) -> tuple[str, bool] | None:
    """The speaker phrase of a sentence ending in a speech verb right before a quote, or None.

    ``"... mechanics" of the plan, Mr. Holtz-Eakin said. "They're more..."``: the second quote
    is Mr. Holtz-Eakin's although the first part, a partial quote, is not a Quote.

    Args:
        masked: The paragraph with quoted words blanked.
        bound: Where the text may start (the previous quote's end, or 0).
        open_start: Offset of the quote's opening mark.
    """
    text = masked[bound:open_start].rstrip()
    if not text.endswith("."):
        return None
    start = sentence_start(text, 0, len(text) - 1)
    sentence = text[start:-1]
    verbs = find_verbs(sentence)
    if not verbs:
        return None
    last = verbs[-1]
    tail = sentence[last.end :]
    if len(tail.split()) > 3 or "," in tail:
        return None
    if _inverted(sentence[: last.start], tail, last.word):
        phrase = _number(_object(tail), last.word)  # "Es kam keine SMS, erzählt sie. „..."
        if phrase:
            return phrase, True
    phrase = _number(_subject(sentence[: last.start]), last.word)
    if phrase:
        return phrase, False
    phrase = _number(_object(tail), last.word)
    return (phrase, True) if phrase else None


_SHE_OR_THEY = frozenset(("sie", "ze", "zij"))
"""German and Dutch pronouns that are "she" beside a verb in the singular and "they" beside
one in the plural."""


def _number(phrase: str, verb: str) -> str:
    """The phrase, with German "sie" and Dutch "ze", "zij" read as "they" beside a verb in the
    plural, which ends in "-en" in both languages ("sagten sie", "zeiden ze")."""
    if phrase.lower() in _SHE_OR_THEY and verb.endswith("en"):
        return "they"
    return phrase


def _has_predicate(text: str) -> bool:
    """Whether words before "and" hold a verb phrase, not just names ("Roe and Berg")."""
    words = text.split()[:-1]
    return len(words) >= 3 and any(word[:1].islower() for word in words)


_HEADING_DASH = re.compile(r"^[^a-z]*[A-Z]{2}[^a-z]*?[ \u00a0]+[—–-][ \u00a0]*(?=\S)")


def _after_heading(text: str) -> str:
    """The text after a heading in capitals and a dash that open it, as a digest prints its
    items ("VOTERS WANT A LEADER - Ann Lee and Bo Kim: "...""): who speaks comes after."""
    found = _HEADING_DASH.match(text.strip())
    return text.strip()[found.end() :] if found else text


def _main_chunk(text: str) -> str:
    """The sentence's main clause before a participle: the first comma-separated chunk that does
    not open with a function word ("On Tuesday, Mr. Roe deflected ... before" -> "Mr. Roe ...")."""
    chunks = text.split(",")
    for chunk in chunks[:-1]:
        words = chunk.split()
        if (
            words
            and (words[0][:1].isupper() or words[0].lower() in PRONOUNS)
            and words[0].lower() not in FUNCTION_WORDS - PRONOUNS
            and not any(char.isdigit() for char in chunk)
        ):
            return chunk
    return chunks[-1]
