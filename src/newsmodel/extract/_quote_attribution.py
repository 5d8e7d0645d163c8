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

A phrase becomes a :class:`Mention`: a pronoun, a name (with the title before it split off), or a
description ("the minister", "a spokesman").
"""

# Quotation marks and dashes are this module's subject; word lists are split from text.
# ruff: noqa: RUF001, SIM905

import re
from typing import Literal, NamedTuple

from newsmodel.extract._quote_words import (
    FUNCTION_WORDS,
    HONORIFICS,
    PARTICIPLES,
    PERSON_NOUNS,
    PRONOUNS,
    TITLE_WORDS,
    UPPER,
    VERB_PATTERN,
    find_verbs,
    word_alternation,
)

__all__ = ["NAME_RUN", "Mention", "after", "before", "classify", "previous", "split_title"]

_ABBREV_WORDS = (
    "Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Govs|Gen|Lt|Col|Maj|Brig|Jr|Sr|St|Prof|Rev|Capt|Sgt|Cpl|"
    "Adm|Mme|Hon|Pres|Del|Amb|Supt|Cmdr|Atty|Msgr|Fr|Sra|Dra|Mlle|Hr"
)
# After a word's first capital: initials ("U.S.", "G.K."), or letters and perhaps the dot of an
# abbreviation ("Mr.", "Sen."), checked by one look-behind per length only when a dot follows.
# The regex starts with a character class so that Python's engine skips quickly to a capital.
_BY_LENGTH: dict[int, list[str]] = {}
for _word in _ABBREV_WORDS.split("|"):
    _BY_LENGTH.setdefault(len(_word), []).append(_word)
_ABBREV_DOT = "|".join(
    rf"(?<=\b{word_alternation(words)})" for _length, words in sorted(_BY_LENGTH.items())
)
_REST = rf"(?:\.(?:[{UPPER}]\.)*|[\w'’\-]*(?:(?=\.)(?:{_ABBREV_DOT})\.)?)"
_CONNECT = r"(?:of|for|de|van|von|der|den|da|del|della|di|du|la|le|al|bin|ibn|el|dos|das|ter|y)"
NAME_RUN = re.compile(
    rf"[{UPPER}](?<![\w'’].){_REST}(?:[ \u00a0](?:{_CONNECT} )?[{UPPER}]{_REST})*"
)
"""A run of capitalised words, perhaps joined by particles ("Secretary of State John Kerry")."""

_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")
_SHORT_WORD = re.compile(rf"(?:^|[\s.])(?:[{UPPER}]|{_ABBREV_WORDS})$")
_PARENS = re.compile(r"\s*\([^()]{0,60}\)")
_FRENCH_INVERSION = re.compile(r"(?:a|ont|avait)-t-(il|elle|ils|elles|on)$")
_TRAILING_FILLER = frozenset(
    """also then later has had have would will could once again previously recently further
    simply still and but had also, a ont avait hat hatte ha han earlier today yesterday tonight
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
_STOP_AFTER_VERB = re.compile(
    r"\s(?:on|in|at|to|during|told|who|when|as|after|before|from|while|with|via|last|this|"
    r"yesterday|today|earlier|recently|am|im|lors|à|en|на|в|во|журналистам|el|durante)\s"
)
_SIGNATURE = re.compile(rf"[ \u00a0]*[―—–-]{{1,2}}[ \u00a0]*({NAME_RUN.pattern})[ \u00a0.]*$")
_PARTICIPLE_END = re.compile(r"(?<![\w\-])[a-z]+ing$")
_DETERMINERS = frozenset("the a an this that le la les el los las der die das".split())
_AMBIGUOUS_TITLES = frozenset(
    """general chief executive head leader officer speaker director manager chair coach deputy
    vice justice counsel delegate premier commander captain major""".split()
)
_SO = re.compile(rf"[ \u00a0]*,?[ \u00a0]*so[ \u00a0]+({NAME_RUN.pattern})[ \u00a0]*(?:[.,;]|$)")
# "“...” Trump said." / "“...” She added.": an attribution after a quote without the comma.
_BARE_ATTRIBUTION = re.compile(
    rf"[ \u00a0]*((?:{NAME_RUN.pattern})|[Hh]e|[Ss]he)[ \u00a0]+{VERB_PATTERN}[ \u00a0]*[.,;]"
)
_PARTICLES = frozenset(_CONNECT[3:-1].split("|")) - {"of", "for"}
# A speaker's name alone before a colon, at the start of a sentence or after a dash.
_LABEL = re.compile(rf"(?:^|[—–-][ \u00a0]*)[ \u00a0]*({NAME_RUN.pattern})$")
_OWN_SUBJECT = re.compile(
    rf"\bwith[ \u00a0]+({NAME_RUN.pattern})[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?$"
)
_PLACE_BEFORE = re.compile(rf"\s(?:of|from|in)\s+[{UPPER}][\w.'’\-]*$")
_POSSESSIVE_PRONOUNS = frozenset("his her their its".split())
_QUANTIFIERS = frozenset("a an one another two three some several the".split())
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_PREPOSITIONS = frozenset("in at from of for with on by near inside outside".split())
_ATTRIBUTION_END = frozenset(",!?…—–-:")


class Mention(NamedTuple):
    """Who a quote's attribution names.

    Attributes:
        kind: "pronoun", "name" or "description".
        text: The pronoun (lower case), the name without title, or the description (lower case).
        title: For a name, the title before it ("Foreign Minister", "chief executive") or in
            the appositive after it; for a description, the title words it holds ("minister").
        organization: For a name, the organisation of an appositive ("Anna Berg, Acme Corp",
            "Anna Berg, chief executive of Acme").
    """

    kind: Literal["pronoun", "name", "description"]
    text: str
    title: str | None
    organization: str | None = None


def _sentence_start(text: str, start: int, end: int) -> int:
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


def _subject(prefix: str) -> str:
    """The subject phrase in the text just before a verb."""
    words = _strip_filler(_PARENS.sub("", prefix).split())  # "X, a lawyer, recently said"
    prefix = " ".join(words)
    appositive = prefix.endswith(",")
    prefix = prefix.strip(" ,—–-\u00a0")
    if not prefix:
        return ""
    chunks = prefix.split(",")
    if appositive and len(chunks) > 2 and chunks[0].split()[0].lower() in FUNCTION_WORDS:
        chunks = chunks[1:]  # "In a statement, Jo Roe, a spokesman, said"
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


def _object(text: str) -> str:
    """The speaker phrase after a verb ("said X, the minister, on Monday")."""
    text = _PARENS.sub("", text).strip(" ,—–-\u00a0")
    stop = _STOP_AFTER_VERB.search(" " + text + " ")
    chunks = text[: stop.start() if stop else len(text)].split(",")
    whole = text.split(",")
    if len(chunks) > 1 and len(whole) > 1:
        chunks[1] = whole[1]  # the appositive keeps its place: "a professor at Lund University"
    first = " ".join(chunks[0].split()[:8])
    if len(chunks) > 1 and not any(word[:1].isupper() for word in first.split()):
        second = " ".join(chunks[1].split())
        if second and second[:1].isupper() and len(second.split()) <= 4:
            return second  # "a déclaré le président de la commission, Erik Mose"
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
    signed = _SIGNATURE.match(masked, close_end, min(limit, close_end + 80))
    if signed is not None:
        return signed.group(1), True  # "..." ― Jane Roe (a signed quote, as under a letter)
    german = _SO.match(masked, close_end, min(limit, close_end + 80))
    if german is not None and german.group(1).lower() not in FUNCTION_WORDS:
        return german.group(1), True  # „...“, so Shmueli.
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
    if not words:
        phrase = _object(window[match.end :])
        return (phrase, True) if phrase else None
    phrase = _subject(window[: match.start])
    return (phrase, False) if phrase else None


def before(masked: str, bound: int, open_start: int) -> tuple[str, bool] | None:
    """The attribution phrase introducing a quote, and whether it leads its sentence; or None.

    Args:
        masked: The paragraph with quoted words blanked.
        bound: Where the text may start (the previous quote's end, or 0).
        open_start: Offset of the quote's opening mark.
    """
    start = _sentence_start(masked, bound, open_start)
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
            and label.group(1).split()[0].lower() not in FUNCTION_WORDS
            and not (label.group(1).isupper() and len(label.group(1).split()) > 3)
        ):  # "WALLACE:" in a transcript speaks; a digest heading in capitals does not
            return label.group(1), False  # "Jane Roe: "..."" (a transcript, a digest)
    if not verbs:
        participle = _PARTICIPLE_END.search(clause)
        if participle is None and masked[start:open_start].rstrip().endswith(":"):
            # "Jane Roe has since apologized: "..."": the sentence's subject, if a name.
            words = _main_chunk(clause).strip(" —–-\u00a0").split()
            if not words or not words[0][:1].isupper() or " ".join(words).isupper():
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
    if len(tail.split()) > 6 or (not introduced and tail.strip()):
        return None
    verb = last.word
    head = clause[: last.start]
    phrase = ""
    leading = False
    if verb == "according to":
        phrase = _object(tail)
    elif verb in PARTICIPLES:
        inners = find_verbs(head)
        if inners:
            inner = inners[-1]
            phrase = _subject(head[: inner.start]) or _object(head[inner.end :])
        else:
            phrase = " ".join(_main_chunk(head).split()[:8])
            leading = True
    elif head.rstrip().endswith(" and") and _has_predicate(head):
        # "Jane Roe said she agreed and added, "..."": the subject of the sentence.
        phrase = " ".join(_main_chunk(head).split()[:8])
        leading = True
    else:
        phrase = _subject(head) or _object(tail)
    return (phrase, leading) if phrase else None


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
    start = _sentence_start(text, 0, len(text) - 1)
    sentence = text[start:-1]
    verbs = find_verbs(sentence)
    if not verbs:
        return None
    last = verbs[-1]
    tail = sentence[last.end :]
    if len(tail.split()) > 3 or "," in tail:
        return None
    phrase = _subject(sentence[: last.start])
    if phrase:
        return phrase, False
    phrase = _object(tail)
    return (phrase, True) if phrase else None


def split_title(words: list[str]) -> tuple[str | None, list[str]]:
    """Split a run of capitalised words into a title and a name.

    >>> split_title("Russian Defence Minister Sergei Shoigu".split())
    ('Russian Defence Minister', ['Sergei', 'Shoigu'])
    >>> split_title("Secretary of State John Kerry".split())
    ('Secretary of State', ['John', 'Kerry'])
    """
    last = -1
    for index, word in enumerate(words[:-1]):  # the last word is a name ("Mr. King")
        lowered = word.lower()
        if lowered in HONORIFICS and index:
            continue  # an initial, not "M." for Monsieur: "Steven M. Rosen"
        if lowered in _AMBIGUOUS_TITLES and last < 0 and len(words) - index < 3:
            continue  # "General Motors", "Justice Department": no title before one word
        if lowered in TITLE_WORDS or lowered.rstrip(".") in TITLE_WORDS:
            last = index
    if last < 0:
        return None, words
    while last + 2 < len(words) and words[last + 1] in ("of", "for"):
        last += 2
    title = [word for word in words[: last + 1] if word.lower() not in HONORIFICS]
    return (" ".join(title) or None), words[last + 1 :]


def _leading(words: list[str]) -> list[str]:
    """The words naming a sentence's subject: up to the first lower-case word after a name
    ("Mr. Trump hardly clarified" is "Mr. Trump"; "MSNBC host Chris Matthews" stays whole)."""
    if words[0].lower() in _QUANTIFIERS:
        return words  # "one former General Motors executive" describes someone
    named = False
    for index, word in enumerate(words):
        if word[:1].isupper():
            named = True
        elif named and word[:1].islower() and word.lower() not in PERSON_NOUNS:
            following = words[index + 1 : index + 2]
            if word in _PARTICLES and following and following[0][:1].isupper():
                continue  # "Pierre de Vos"
            if _titled_name_follows(words, index):
                continue  # "Acme campaign spokesman Jan Roe"
            return words[:index]
    return words


def _titled_name_follows(words: list[str], index: int) -> bool:
    """Whether lower-case words from ``index`` end in a person noun before a capitalised name."""
    for at in range(index, min(len(words) - 1, index + 4)):
        word = words[at]
        if not word[:1].islower():
            return False
        if word.lower() in PERSON_NOUNS and words[at + 1][:1].isupper():
            return True
    return False


def _has_predicate(text: str) -> bool:
    """Whether words before "and" hold a verb phrase, not just names ("Roe and Berg")."""
    words = text.split()[:-1]
    return len(words) >= 3 and any(word[:1].islower() for word in words)


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


def _lower_title(words: list[str]) -> str:
    """The title printed in lower case before a name: the words back to a determiner or a
    capitalised word that is not part of it ("the company's chief executive" -> "chief
    executive"; "Acme chief executive" -> "Acme chief executive")."""
    taken: list[str] = []
    for word in reversed(words):
        lowered = word.lower()
        if lowered in _DETERMINERS or lowered in FUNCTION_WORDS or word.endswith(_POSSESSIVE):
            break
        taken.insert(0, word)
        if len(taken) == 4:
            break
    return " ".join(taken)


def _appositive(text: str) -> tuple[str | None, str | None]:
    """The title and organisation in an appositive after a name ("chief executive of Acme
    Corp", "Acme Corp", "a professor at Yale")."""
    if text.rstrip(" ,").endswith(".") and len(text.split()) <= 2:
        return None, None  # "Calif.", "N.H.": a place
    words = text.strip(" ,.").split()
    while words and words[0].lower() in _QUANTIFIERS:
        words.pop(0)
    if not words:
        return None, None
    if all(word[:1].isupper() or word.lower() in ("of", "and", "&", "for") for word in words):
        if words[-1].lower() in PRONOUNS or words[0].lower() in FUNCTION_WORDS:
            return None, None
        return None, " ".join(words)  # "Anna Berg, Acme Corp"
    cut = next((i for i, word in enumerate(words) if word in _PREPOSITIONS), len(words))
    head = words[:cut]
    if not head or head[-1].lower().rstrip(".") not in PERSON_NOUNS:
        return None, None
    tail = [word for word in words[cut + 1 :] if word.lower() != "the"]
    named = []
    for word in tail:
        if not word[:1].isupper():
            break
        named.append(word)
    return " ".join(head), (" ".join(named) or None)


def classify(phrase: str, *, leading: bool = False) -> Mention | None:
    """Turn an attribution phrase into a mention.

    Args:
        phrase: The words naming the speaker.
        leading: Take the mention at the start of the phrase (a sentence's subject) rather than
            the end.

    >>> classify("Foreign Minister Sergei Lavrov")
    Mention(kind='name', text='Sergei Lavrov', title='Foreign Minister', organization=None)
    >>> classify("the minister")
    Mention(kind='description', text='the minister', title='minister', organization=None)
    >>> classify("chief executive Piotr Nowak")
    Mention(kind='name', text='Piotr Nowak', title='chief executive', organization=None)
    >>> classify("Anna Berg, a professor at Acme University")
    Mention(kind='name', text='Anna Berg', title='professor', organization='Acme University')
    """
    phrase, _comma, appositive = phrase.replace("\u00a0", " ").partition(", ")
    words = phrase.split()
    if not words:
        return None
    if words[0].lower() in PRONOUNS and (leading or len(words) <= 3):
        if not (words[0].lower() in _POSSESSIVE_PRONOUNS and len(words) > 1):
            return Mention("pronoun", words[0].lower(), None)
        words = words[1:]  # "his campaign manager Jo Roe"
    if words[-1].lower() in PRONOUNS and len(words) <= 2:
        return Mention("pronoun", words[-1].lower(), None)
    if leading:
        words = _leading(words)
    else:
        # "a spokesman at Airbus headquarters in Toulouse": the subject is what comes before
        # the first preposition, when a preposition leads to the last name.
        cut = next((i for i, word in enumerate(words) if word in _PREPOSITIONS), None)
        if cut and words[-1][:1].isupper():
            last = list(NAME_RUN.finditer(" ".join(words)))[-1:]
            if last and len(" ".join(words[: cut + 1])) <= last[0].start():
                words = words[:cut]
    text = " ".join(words)
    runs = list(NAME_RUN.finditer(text))
    run = None
    if runs and runs[-1].end() >= len(text.rstrip(".,")):
        run = runs[-1].group()
    if run is not None:
        tokens = run.split()
        while tokens and tokens[0].lower() in FUNCTION_WORDS:
            tokens.pop(0)
        if tokens and (tokens[-1].endswith(("'s", "’s"))):
            tokens = []  # a possessive: "Obama's former strategist" is a description
        owner = max(
            (i for i, token in enumerate(tokens) if token.endswith(_POSSESSIVE)), default=-1
        )
        tokens = tokens[owner + 1 :]  # "Bethlehem Steel's Wendt" is Wendt
        if "of" in tokens:
            at = tokens.index("of")
            if not any(token.lower().rstrip(".") in TITLE_WORDS for token in tokens[:at]):
                tokens = tokens[:at]  # "Bronwyn Curtis of Landell Mills", not "Secretary of State"
        title, name = split_title(tokens)
        before = text[: text.rindex(run)].split()
        definite = bool(before) and before[-1].lower() in _DETERMINERS
        if title is None and before and before[-1].lower() in PERSON_NOUNS:
            title = _lower_title(before)  # "chief executive Piotr Nowak"
            definite = False
        # "the Wisconsin Democrat" describes; "the Rev. Peter Wherry" names, after a title.
        if name and not (definite and title is None):
            place = _PLACE_BEFORE.search(phrase) is not None  # "Jo Roe of Derry, N.H."
            extra_title, organization = (None, None) if place else _appositive(appositive)
            return Mention("name", " ".join(name), title or extra_title, organization)
    lowered = text.lower()
    titles = [word.rstrip(".") for word in lowered.split() if word in TITLE_WORDS]
    return Mention("description", lowered, " ".join(titles) or None)
