"""Turn an attribution phrase into a :class:`Mention`: a pronoun, a name (with its title and
organisation), or a description ("the minister", "a spokesman").

Also :data:`NAME_RUN`, the runs of capitalised words that names are made of, and
:func:`split_title`, which splits a title off a name ("Foreign Minister Sergei Lavrov").
"""

# Word lists are split from text; typographic apostrophes are part of names.
# ruff: noqa: RUF001, SIM905

import re
from typing import Literal, NamedTuple

from newsmodel.extract._quote_words import (
    ENGLISH_VERBS,
    FUNCTION_WORDS,
    HONORIFICS,
    ORGANIZATION_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    TITLE_WORDS,
    UPPER,
    VERBS,
    is_person_noun,
    word_alternation,
)

__all__ = [
    "ABBREV_WORDS",
    "ANY_PREPOSITIONS",
    "DETERMINERS",
    "NAME_RUN",
    "PARTICLES",
    "Mention",
    "classify",
    "split_title",
]

ABBREV_WORDS = (
    "Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Govs|Gen|Lt|Col|Maj|Brig|Jr|Sr|St|Prof|Rev|Capt|Sgt|Cpl|"
    "Adm|Mme|Hon|Pres|Del|Amb|Supt|Cmdr|Atty|Msgr|Fr|Sra|Dra|Mlle|Hr"
)
# After a word's first capital: initials ("U.S.", "G.K."), or letters and perhaps the dot of an
# abbreviation ("Mr.", "Sen."), checked by one look-behind per length only when a dot follows.
# The regex starts with a character class so that Python's engine skips quickly to a capital.
_BY_LENGTH: dict[int, list[str]] = {}
for _word in ABBREV_WORDS.split("|"):
    _BY_LENGTH.setdefault(len(_word), []).append(_word)
_ABBREV_DOT = "|".join(
    rf"(?<=\b{word_alternation(words)})" for _length, words in sorted(_BY_LENGTH.items())
)
_REST = rf"(?:\.(?:[{UPPER}]\.)*|[\w'’\-]*(?:(?=\.)(?:{_ABBREV_DOT})\.)?)"
_CONNECT = r"(?:of|for|vom|de|van|von|der|den|da|del|della|di|du|la|le|al|bin|ibn|el|dos|das|ter|y)"
NAME_RUN = re.compile(
    rf"[{UPPER}](?<![\w'’].){_REST}(?:[ \u00a0](?:{_CONNECT} ){{0,2}}[{UPPER}]{_REST})*"
    r"(?:[ \u00a0]e\.[ \u00a0]?V\.)?"
)
"""A run of capitalised words, perhaps joined by one or two particles ("Secretary of State John
Kerry", "Ursula von der Leyen"), and the legal form of a German association after them
("Digitale Gesellschaft e.V."), whose capital would otherwise open a run of its own ("V.")."""

_SUFFIXES = frozenset("jr sr ii iii iv".split())
"""Words that end a name after the surname ("Martin Luther King Jr.", "John Smith III")."""
_AMBIGUOUS_TITLES = frozenset(
    """general chief executive head leader officer speaker director manager chair coach deputy
    vice justice counsel delegate premier commander captain major""".split()
)
PARTICLES = frozenset(_CONNECT[3:-1].split("|")) - {"of", "for", "vom"}
"""The lower-case words inside a name ("Pierre de Vos", "Ursula von der Leyen")."""
_OF = ("of", "vom")
"""Words that join a person's name to their organisation's in a name run: "Bronwyn Curtis of
Landell Mills", "Volker Tripp vom Digitale Gesellschaft e.V." (German "vom", of the; "von"
is also a particle of names, "Ursula von der Leyen")."""
_ORGANIZATION_JOINS = frozenset("of and & for de do da du del della des di".split())
"""Lower-case words inside an organisation's name, between capitalised ones."""
_PLACE_BEFORE = re.compile(rf"\s(?:of|from|in)\s+[{UPPER}][\w.'’\-]*$")
_POSSESSIVE_PRONOUNS = frozenset("his her their its".split())
_QUANTIFIERS = frozenset("a an one another two three some several the".split())
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_PREPOSITIONS = frozenset("in at from of for with on by near inside outside".split())
ANY_PREPOSITIONS = _PREPOSITIONS | frozenset(
    """de del della di da du des por para con en par pour avec von vom für mit zu bei per a
    al au aux do dello dei degli delle""".split()
)
"""Prepositions of the languages read: in a description before a name, one shows the name to
belong to a modifier ("the spokesman of the group backed by Iran")."""
_APPOSITIVE_PREPOSITIONS = ANY_PREPOSITIONS | frozenset("van voor bij för på hos ved".split())
"""Prepositions that end the title in an appositive after a name ("woordvoerder van de politie",
"talsperson för polisen")."""
DETERMINERS = frozenset(
    """the a an this that le la les un une el los las uno una il lo gli o os um uma der die das
    ein eine einer einem einen""".split()
)
"""Articles and demonstratives before a description ("the minister", "le président")."""


class Mention(NamedTuple):
    """Who a quote's attribution names.

    Attributes:
        kind: "pronoun", "name" or "description".
        text: The pronoun (lower case; "" for a subject left out, "Explicó que ...:"), the name
            without title, or the description (lower case).
        title: For a name, the title before it ("Foreign Minister", "chief executive") or in
            the appositive after it; for a description, the title words it holds ("minister").
        organization: For a name, the organisation of an appositive ("Anna Berg, Acme Corp",
            "Anna Berg, chief executive of Acme").
    """

    kind: Literal["pronoun", "name", "description"]
    text: str
    title: str | None
    organization: str | None = None


def _compound_title(word: str) -> bool:
    """Whether a word is a compound ending in a title ("Kommunikasjonssjef", "FAU-leder",
    "Regierungssprecher"), not a listed person noun ("Reporter" stays in "Reporter Jo Roe")."""
    return word.lower() not in PERSON_NOUNS and is_person_noun(word)


def _two_names(words: list[str]) -> bool:
    """Whether words are a first and a last name: capitalised, not in capitals ("von ACME" is
    an organisation's)."""
    return all(word[:1].isupper() and not word.isupper() for word in words)


def split_title(words: list[str]) -> tuple[str | None, list[str]]:
    """Split a run of capitalised words into a title and a name.

    >>> split_title("Russian Defence Minister Sergei Shoigu".split())
    ('Russian Defence Minister', ['Sergei', 'Shoigu'])
    >>> split_title("Secretary of State John Kerry".split())
    ('Secretary of State', ['John', 'Kerry'])
    >>> split_title("Martin Luther King III".split())
    (None, ['Martin', 'Luther', 'King', 'III'])
    >>> split_title("Kommunikasjonssjef Tone Roe".split())
    ('Kommunikasjonssjef', ['Tone', 'Roe'])
    """
    last = -1
    # The last word is a name ("Mr. King"), and so is the word before a suffix ("King Jr.").
    named = 2 if len(words) > 2 and words[-1].lower().rstrip(".") in _SUFFIXES else 1
    for index, word in enumerate(words[:-named]):
        lowered = word.lower()
        if lowered in HONORIFICS and index:
            continue  # an initial, not "M." for Monsieur: "Steven M. Rosen"
        if lowered in _AMBIGUOUS_TITLES and last < 0 and len(words) - index < 3:
            continue  # "General Motors", "Justice Department": no title before one word
        if lowered in TITLE_WORDS or lowered.rstrip(".") in TITLE_WORDS:
            last = index
    if last < 0 and len(words) == 3 and _compound_title(words[0]) and _two_names(words[1:]):
        last = 0  # "Kommunikasjonssjef Tone Roe": a compound title and two names
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
        elif named and word[:1].islower() and not is_person_noun(word):
            if _particles_before_name(words, index):
                continue  # "Pierre de Vos", "Ursula von der Leyen"
            if _titled_name_follows(words, index):
                continue  # "Acme campaign spokesman Jan Roe"
            if _second_title_follows(words, index):
                return _leading(words[index + 1 :])  # "former Ohio Gov. and party chief Jo Roe"
            return words[:index]
    return words


def _second_title_follows(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is "and" joining a title ("Gov.") to a second one that ends
    in a name: "former Ohio Gov. and party Chairman Jo Roe" names Jo Roe, with the second
    title."""
    return (
        words[index] == "and"
        and index > 0
        and words[index - 1].lower().rstrip(".,") in TITLE_WORDS
        and any(word[:1].isupper() for word in words[index + 1 :])
    )


def _particles_before_name(words: list[str], index: int) -> bool:
    """Whether the words from ``index`` are one to three particles of a name followed by a
    capitalised word ("de Vos", "von der Leyen", "van den Berg")."""
    for at in range(index, min(len(words) - 1, index + 3)):
        if words[at] not in PARTICLES:
            return False
        if words[at + 1][:1].isupper():
            return True
    return False


def _titled_name_follows(words: list[str], index: int) -> bool:
    """Whether lower-case words from ``index`` end in a person noun before a capitalised name."""
    for at in range(index, min(len(words) - 1, index + 4)):
        word = words[at]
        if not word[:1].islower():
            return False
        if is_person_noun(word) and words[at + 1][:1].isupper():
            return True
    return False


def _article_before_adjectives(words: list[str]) -> bool:
    """Whether ``words`` end with an article and lower-case words after it (adjectives, "15-
    malige"): before one capitalised word, that makes a noun ("so die vielseitige Buchautorin",
    "the former Democrat"), not a name."""
    for word in reversed(words):
        if word.lower() in DETERMINERS:
            return True
        if not (word[:1].islower() or word[:1].isdigit()):
            return False
    return False


_DUTCH_ARTICLES = frozenset(("de", "het", "een"))


def _lower_title(words: list[str]) -> str:
    """The title printed in lower case before a name: the words back to a determiner or a
    capitalised word that is not part of it ("the company's chief executive" -> "chief
    executive"; "Acme chief executive" -> "Acme chief executive")."""
    taken: list[str] = []
    for word in reversed(words):
        lowered = word.lower()
        if lowered in DETERMINERS or lowered in FUNCTION_WORDS or word.endswith(_POSSESSIVE):
            break
        taken.insert(0, word)
        if len(taken) == 4:
            break
    while len(taken) > 1 and taken[0].lower() in _DUTCH_ARTICLES:
        taken.pop(0)  # "de burgemeester": Dutch "de" is an article here, not a name's particle
    if taken:
        taken[0] = _unelided(taken[0])  # "l'assessore regionale": "assessore regionale"
    return " ".join(taken)


def _noun_and_adjective(words: list[str]) -> bool:
    """Whether the words before a name end with a person noun and a lower-case adjective after
    it, as Romance languages place it ("l'assessora regionale Irene Roe", "le ministre
    français Jean Roe")."""
    if len(words) < 2 or not is_person_noun(_unelided(words[-2])):
        return False
    last = words[-1]
    return (
        last.islower()
        and last.isalpha()
        and last not in ANY_PREPOSITIONS
        and last not in FUNCTION_WORDS
        and last not in DETERMINERS
    )


_ELIDED = re.compile(r"^(?:l|d|dell|all|dall|nell|sull|un|qu)['’](?=\w)", re.IGNORECASE)
"""An elided article or preposition glued to a French or Italian word ("l'assessore",
"d'Orléans")."""


def _unelided(word: str) -> str:
    """``word`` without an elided article before it.

    >>> _unelided("l'assessore"), _unelided("L'adjointe"), _unelided("O'Brien")
    ('assessore', 'adjointe', "O'Brien")
    """
    return _ELIDED.sub("", word, count=1)


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
    # The title ends at a preposition ("a professor at Yale", "portavoz de la policía") or at
    # the article of a genitive ("Sprecher der Polizei").
    cut = next(
        (
            i
            for i, word in enumerate(words)
            if i and (word in _APPOSITIVE_PREPOSITIONS or word in DETERMINERS)
        ),
        len(words),
    )
    head = words[:cut]
    if not head or not (is_person_noun(head[-1].rstrip(".")) or _noun_and_adjective(head)):
        return None, None  # a title ends with its noun, or its noun and an adjective after it
    tail = [word for word in words[cut + 1 :] if word.lower() not in DETERMINERS]
    named: list[str] = []
    for at, word in enumerate(tail):
        if not word[:1].isupper():
            following = "".join(tail[at + 1 : at + 2])
            if named and word.lower() in _ORGANIZATION_JOINS and following[:1].isupper():
                named.append(word)  # "the National Institute of Allergy and Infectious Diseases"
                continue
            break
        named.append(word)
    if named and named[0].lower() in TITLE_WORDS:
        named = []  # "a spokesman for Mr. Roe": a person, not an organisation
    while len(head) > 1 and (
        head[0].lower() in DETERMINERS
        or head[0].lower() in _POSSESSIVE_PRONOUNS
        or (head[0].endswith(_POSSESSIVE) and head[0][:1].islower())
    ):
        # "el portavoz", "her husband", "the company's chief executive" ("Disney's chairman"
        # keeps its owner)
        head = head[1:]
    return " ".join(head), (" ".join(named) or None)


_ARTICLES_IN_RUNS = frozenset(("der", "den", "dem", "des"))
"""German articles that a name run takes for particles ("von der Leyen")."""
_BEFORE_ARTICLE_PARTICLES = frozenset(("von", "van", "vom", "zu", "ter", "de"))


def _before_article(tokens: list[str]) -> list[str]:
    """A run cut before a German article that follows no particle: "Weber der Deutschen
    Presse-Agentur" (told the dpa) is Weber; "Ursula von der Leyen" stays whole."""
    for at in range(1, len(tokens)):
        if (
            tokens[at] in _ARTICLES_IN_RUNS
            and tokens[at - 1].lower() not in _BEFORE_ARTICLE_PARTICLES
        ):
            return tokens[:at]
    return tokens


def _person_words(name: list[str]) -> list[str]:
    """The last two words of a name with the particles between them ("Giorgia Meloni",
    "Ursula von der Leyen")."""
    at = len(name) - 1
    while at > 0 and name[at - 1] in PARTICLES:
        at -= 1
    return name[max(at - 1, 0) :]


def _title_of(before: list[str], name: list[str]) -> tuple[str, list[str]] | None:
    """A lower-case title, a preposition and an organisation before a person's name ("il
    presidente del Consiglio Giorgia Meloni", "the president of the Commission Ursula von der
    Leyen"): the title with its organisation, and the name. None unless the run holds more
    words than a first and last name."""
    person = _person_words(name)
    if len(person) == len(name) or not before:
        return None
    words = before[:]
    while words and words[-1].lower() in DETERMINERS:
        words.pop()  # "of the"
    if len(words) < 2 or words[-1].lower() not in ANY_PREPOSITIONS:
        return None
    noun = words[-2]
    if not noun.islower() or noun not in PERSON_NOUNS:
        return None
    start = len(words) - 2
    organization = name[: len(name) - len(person)]
    if organization[-1] in PARTICLES:
        return None  # "Segurança Pública de Ponta Porã": one name, no person in it
    return " ".join([*before[start:], *organization]), person


def _modifier_name(before: list[str]) -> bool:
    """Whether the words before a phrase's last name make it a description whose noun a
    preposition follows ("a spokesman for the group backed by Iran", "el jefe de Gobierno"):
    the name is then a modifier's, not the speaker's. The noun is one or two words after the
    determiner ("The ad uses footage of Hillary Clinton" is a clause, not a description)."""
    if len(before) < 3 or before[0].lower() not in DETERMINERS:
        return False
    return any(word.lower() in ANY_PREPOSITIONS for word in before[2:4])


def _organization(words: list[str]) -> bool:
    """Whether a name is an organisation's: it ends in an organisation word ("Global Times",
    "European Commission") or is an acronym ("ACU"), and no particle joins it to something else
    ("Konzernchef von ACME" is a person of the organisation)."""
    if not all(word[:1].isupper() for word in words):
        return False
    last = words[-1]
    if last.lower() in TITLE_WORDS:
        return False  # "the CEO" is a person
    acronym = len(last) > 1 and last.isupper() and last.isalpha()
    return acronym or last.lower() in ORGANIZATION_WORDS


def _verb_first(words: list[str]) -> bool:
    """Whether a sentence opens with a speech verb and no name after it, as Spanish, Italian
    and Portuguese leave out a subject the reader knows ("Explicó que ...", "Disse que ...").
    English never leaves its subject out ("Asked about it, ..." is no speech verb's subject)."""
    first = words[0].lower()
    return (
        words[0][:1].isupper()
        and first in VERBS
        and first not in ENGLISH_VERBS
        and not "".join(words[1:2])[:1].isupper()
    )


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
    if words[0] == "il" and len(words) > 1:
        words = words[1:]  # Italian's article ("il presidente"), not French "il" (he)
    if leading and _verb_first(words):
        return Mention("pronoun", "", None)  # "Explicó que ...:": the subject is left out
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
        article = False
        while tokens and tokens[0].lower() in FUNCTION_WORDS:
            article = tokens.pop(0).lower() in DETERMINERS or article
        # "Die Sprecherin", "The Senator": an article opening the sentence and a person noun
        # describe someone ("The Blaze" names a paper).
        article = article and len(tokens) == 1 and is_person_noun(tokens[0])
        if tokens and (tokens[-1].endswith(("'s", "’s"))):
            tokens = []  # a possessive: "Obama's former strategist" is a description
        owner = max(
            (i for i, token in enumerate(tokens) if token.endswith(_POSSESSIVE)), default=-1
        )
        tokens = tokens[owner + 1 :]  # "Bethlehem Steel's Wendt" is Wendt
        tokens = _before_article(tokens)
        joiner = next((token for token in tokens if token in _OF), None)
        if joiner is not None:
            at = tokens.index(joiner)
            if not any(token.lower().rstrip(".") in TITLE_WORDS for token in tokens[:at]):
                tokens = tokens[:at]  # "Bronwyn Curtis of Landell Mills", not "Secretary of State"
        title, name = split_title(tokens)
        before = text[: text.rindex(run)].split()
        definite = article or (bool(before) and before[-1].lower() in DETERMINERS)
        if not definite and len(tokens) == 1:
            definite = _article_before_adjectives(before)  # "die vielseitige Buchautorin"
        of_title = _title_of(before, name) if title is None else None
        if of_title is not None:
            title, name = of_title  # "il presidente del Consiglio Giorgia Meloni"
            definite = False
        elif _modifier_name(before):
            name = []  # "a spokesman for the group backed by Iran" describes the speaker
        if title is None and before and is_person_noun(_unelided(before[-1])):
            title = _lower_title(before)  # "chief executive Piotr Nowak"
            definite = False
        elif title is None and before and _noun_and_adjective(before):
            title = f"{_unelided(before[-2])} {before[-1]}"  # "l'assessora regionale Irene Roe"
            definite = False
        # "the Wisconsin Democrat" describes; "the Rev. Peter Wherry" names, after a title, and
        # "the Global Times" or "the ACU" name an organisation.
        if name and not (definite and title is None and not _organization(name)):
            place = _PLACE_BEFORE.search(phrase) is not None  # "Jo Roe of Derry, N.H."
            extra_title, organization = (None, None) if place else _appositive(appositive)
            return Mention("name", " ".join(name), title or extra_title, organization)
    lowered = text.lower()
    titles = [word.rstrip(".") for word in lowered.split() if word in TITLE_WORDS]
    return Mention("description", lowered, " ".join(titles) or None)
