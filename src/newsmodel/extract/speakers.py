"""Find who said each quote, resolved across the article to the fullest name it gives.

:func:`find_speakers` reads the attribution of every quote (after it, before it, or in a paragraph
ending with ``X said:``; see :mod:`newsmodel.extract._quote_attribution`), then resolves each
mention with the people the article names:

* a **name** resolves to the fullest form the article gives of it, with the title printed before
  it anywhere in the article: "Lavrov" or "Mr. Lavrov" is ``Person(name="Sergei Lavrov",
  title="Foreign Minister")`` once the article says "Foreign Minister Sergei Lavrov". When several
  people share the name ("Clinton"), the one mentioned most recently wins;
* a singular personal **pronoun** ("he", "she", "il", "er", "hij", "hun", "он"; German "sie" and
  Dutch "ze", "zij" beside a verb in the singular), or the subject a Spanish, Italian or
  Portuguese sentence leaves out ("Explicó que ...:"), resolves to the person mentioned
  most recently before the quote, passing over acronyms, names ending in an organisation word
  ("OPEC", "Federal Reserve Board") and people whom an honorific or a gendered title shows to be
  of the other gender ("Mrs. Roe" is not "he"; gender is never guessed from a first name);
  "they", "it", "we" and "I" give no speaker;
* a **description** ("the minister", "the Foreign Minister") resolves to the person mentioned most
  recently whose title holds its title words; other descriptions ("a spokesman") give no speaker;
* a quote without attribution takes the speaker of the quote before it in the same paragraph
  (``"Part one," X said. "Part two."``), of the paragraph it continues (a quote over several
  paragraphs), or of ``X said:`` ending the paragraph before; failing those, of the quote after it
  in the same paragraph; a paragraph of quotes alone, with no attribution, takes the speaker of
  the last quote of the paragraph before, or of a ``..., X said.`` ending it (the speaker goes
  on talking).

A pronoun is never a name ("Er fügte hinzu:", "Hun forteller"), nor is a word opening a
sentence whose verb a pronoun follows ("Später sagte er:"), nor a person noun after an article
("Die Sprecherin sagte:", a description).

People count as "mentioned" when a name the article gives for them appears outside quotes. People
are: the ``people`` given (bylines), names printed with a title ("Foreign Minister Sergei
Lavrov"), names after a person noun ("his counterpart Jan Novak"), names that are the subject of
a speech verb ("Lavrov said"), names of two or three words that open a sentence as its subject,
whatever the verb, perhaps with an appositive ("Sabine Roth criticised ...", "Ewa Roe, an
analyst at Acme, said ..."; not an acronym or a name ending in an organisation word), names after
"according to" with their appositive ("according to Jo Roe, an economist at Acme."), and named
speakers. A speaker is a fresh ``Person`` with the name,
title and organisation only: a byline's ``role`` ("author") is not carried over.

The work is bounded on any input: at most 1000 people are kept, and a description looks at the
last 40 people mentioned.
"""

# Quotation marks are this module's subject; word lists are split from text.
# ruff: noqa: RUF001, SIM905

import re
from collections.abc import Sequence
from typing import NamedTuple

from newsmodel.extract._quote_attribution import (
    NAME_RUN,
    Mention,
    after,
    before,
    classify,
    previous,
    sentence_start,
    signature,
)
from newsmodel.extract._quote_attribution import split_title as _split_title
from newsmodel.extract._quote_mention import DETERMINERS
from newsmodel.extract._quote_mention import PARTICLES as _PARTICLES
from newsmodel.extract._quote_words import (
    FUNCTION_WORDS,
    HONORIFICS,
    ORGANIZATION_WORDS,
    PRONOUNS,
    SUBJECT_PRONOUNS,
    TITLE_WORDS,
    VERB_PATTERN,
    find_verbs,
    is_person_noun,
    word_alternation,
)
from newsmodel.model import Person

__all__ = ["QuoteSite", "find_speakers"]

_SENTENCE_END = frozenset('.!?"”»')
_RECENT_PEOPLE = 40
_MAX_PEOPLE = 1000
_INNER_MARKS = " '’‘\"”“»«›‹"
_RESOLVED_PRONOUNS = frozenset(
    "he she он она il elle er sie él ella lui lei ele ela hij zij ze han hon hun hän".split()
)
"""Pronouns that stand for one person (German "sie", Dutch "ze" and "zij" are "they" beside a
verb in the plural, and then read as "they")."""
_PRONOUN_GENDER = {
    **dict.fromkeys("he он il er él lui ele hij han".split(), "m"),
    **dict.fromkeys("she она elle sie ella lei ela zij ze hon hun".split(), "f"),
}
_GENDERED = {
    **dict.fromkeys(
        """mr sir lord king prince herr m monsieur señor senhor signor congressman councilman
        assemblyman chairman spokesman businessman""".split(),
        "m",
    ),
    **dict.fromkeys(
        """mrs ms miss lady dame queen princess frau mme madame mlle señora sra senhora signora
        congresswoman councilwoman assemblywoman chairwoman spokeswoman businesswoman""".split(),
        "f",
    ),
}
_DETERMINERS = DETERMINERS | {"one", "another"}
"""Words before a description's title words ("the minister"), left out when comparing."""
_INDEFINITE = frozenset(
    "a an one another un une uno una um uma ein eine einer einem einen een en ett".split()
)
"""Articles that bring in someone new: "said a spokesman" after "Tom Hale, a spokesman" is not
taken for Tom Hale (the story would say "Hale" or "the spokesman"), and "another spokesman" never
is."""
_TITLE_FORMS = {
    "sen": "senator",
    "gov": "governor",
    "rep": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "sgt": "sergeant",
    "capt": "captain",
    "cmdr": "commander",
    "adm": "admiral",
    "prof": "professor",
    "dr": "doctor",
    "pres": "president",
    "sec": "secretary",
    "atty": "attorney",
    "supt": "superintendent",
    "amb": "ambassador",
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
}
"""English title abbreviations and synonyms, for telling "the senator" who "Sen. Roe" is."""


def _title_words(text: str) -> set[str]:
    """The words of a title, lower case, without dots, abbreviations and synonyms in their full
    form ("Sen." is "senator", "CEO" is "chief executive")."""
    words: set[str] = set()
    for word in text.lower().split():
        bare = word.rstrip(".")
        words.update(_TITLE_FORMS.get(bare, bare).split())
    return words


_TITLE = re.compile(
    r"(?<![\w.])(?:" + word_alternation(sorted(TITLE_WORDS)) + r")(?![\w])", re.IGNORECASE
)
_VERB_NEXT = re.compile(r"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?" + VERB_PATTERN + r"(?![\w\-])")


class QuoteSite(NamedTuple):
    """Where a direct quote sits in its paragraph.

    Attributes:
        open_start: Offset of the opening mark.
        start: Offset of the first quoted character.
        end: Offset just past the last quoted character.
        close_end: Offset just past the closing mark (the paragraph's length when unclosed).
        closed: False when the quote runs on into the next paragraph.
        continued: True when the quote continues one from the paragraph before.
    """

    open_start: int
    start: int
    end: int
    close_end: int
    closed: bool
    continued: bool


def _key(name: str) -> tuple[str, ...]:
    """The words of a name that identify it, lower case, honorifics and possessives dropped."""
    words = []
    for word in name.split():
        lowered = word.lower()
        if lowered in HONORIFICS:
            continue
        if lowered.endswith(("'s", "’s")):
            lowered = lowered[:-2]
        words.append(lowered)
    return tuple(words)


class _People:
    """The people an article names, each under the fullest name it gives, and who came last."""

    def __init__(self) -> None:
        self.names: list[tuple[str, ...]] = []
        self.persons: list[Person] = []
        self.by_last: dict[str, list[int]] = {}
        self.recent: dict[int, int] = {}
        self.clock = 0
        self.cache: dict[str, list[int]] = {}
        self.order: list[int] = []  # who was mentioned, in order (for descriptions)
        self.gender: dict[int, str] = {}  # "m" or "f", from "Mr."/"Mrs." and gendered titles

    def _candidates(self, key: tuple[str, ...]) -> list[int]:
        """People whose name holds every word of ``key`` and ends like it."""
        if not key:
            return []
        return [
            index for index in self.by_last.get(key[-1], ()) if set(key) <= set(self.names[index])
        ]

    def add(self, name: str, title: str | None, organization: str | None = None) -> None:
        """Register a name; a fuller form of a known name replaces it."""
        key = _key(name)
        if not key:
            return
        self.cache.clear()
        known = self._candidates(key)
        if len(known) > 1:
            return
        if known:
            index = known[0]
            old = self.persons[index]
            fuller = bool(title and old.title and title.lower().endswith(old.title.lower()))
            self.persons[index] = Person(
                name=old.name,
                title=title if fuller else old.title or title,  # "Acme chief executive"
                organization=old.organization or organization,
            )
            return
        for index in self.by_last.get(key[-1], ()):
            if set(self.names[index]) <= set(key):  # a fuller form of a known name
                old = self.persons[index]
                self.names[index] = key
                self.persons[index] = Person(
                    name=" ".join(name.split()),
                    title=title or old.title,
                    organization=old.organization or organization,
                )
                return
        if len(self.persons) >= _MAX_PEOPLE:
            return  # a pathological input: keep the work bounded
        self.by_last.setdefault(key[-1], []).append(len(self.persons))
        self.names.append(key)
        self.persons.append(
            Person(name=" ".join(name.split()), title=title, organization=organization)
        )

    def lookup(self, name: str) -> int | None:
        """The person a name means: the most recently mentioned of those it fits."""
        found = self.cache.get(name)
        if found is None:
            found = self.cache[name] = self._candidates(_key(name))
        if not found:
            return None
        return max(found, key=lambda index: (self.recent.get(index, -1), len(self.names[index])))

    def touch(self, index: int) -> None:
        """Record that a person was just mentioned."""
        self.clock += 1
        self.recent[index] = self.clock
        if not self.order or self.order[-1] != index:
            self.order.append(index)

    def last_person(self, pronoun: str = "") -> int | None:
        """The person mentioned most recently, passing over organisations ("OPEC", "Reuters",
        "Federal Reserve Board") and people the article shows to be of the other gender ("Mrs.
        Roe" for "he"), for a pronoun."""
        wanted = _PRONOUN_GENDER.get(pronoun)
        seen: set[int] = set()
        for index in reversed(self.order):
            if index in seen:
                continue
            seen.add(index)
            if len(seen) > _RECENT_PEOPLE:
                break
            words = self.persons[index].name.split()
            if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
                continue  # an acronym
            if words[-1].lower() in ORGANIZATION_WORDS:
                continue
            if wanted is not None and self.gender.get(index, wanted) != wanted:
                continue
            return index
        return None

    def by_title(self, words: str, description: str) -> int | None:
        """The most recently mentioned person whose title fits a description.

        Only the last few dozen people mentioned are considered: "the minister" is someone the
        reader has just met (and the search stays short on any input).
        """
        wanted = _title_words(words)
        described = _title_words(" ".join(w for w in description.split() if w not in _DETERMINERS))
        seen: set[int] = set()
        for index in reversed(self.order):
            if index in seen:
                continue
            seen.add(index)
            if len(seen) > _RECENT_PEOPLE:
                break
            title = self.persons[index].title
            if title is None:
                continue
            words_of_title = _title_words(title)
            if wanted <= words_of_title and (described <= words_of_title or described == wanted):
                return index
        return None


def _mask(text: str, sites: Sequence[QuoteSite]) -> str:
    """The paragraph with its quoted words blanked (same length, marks kept)."""
    if not sites:
        return text
    parts = []
    at = 0
    for site in sites:
        parts.append(text[at : site.start])
        parts.append(" " * (site.end - site.start))
        at = site.end
    parts.append(text[at:])
    return "".join(parts)


def _mention(phrase: str, leading: bool, nouns_capitalised: bool) -> Mention | None:
    """The mention an attribution phrase makes (:func:`classify`). In a language that
    capitalises nouns, an article before a capitalised title and a first and last name ("der
    Jurist Thomas Schulte") names that person, as "the lawyer John Smith" does in English."""
    mention = classify(phrase, leading=leading)
    if not nouns_capitalised or mention is None or mention.kind != "description":
        return mention
    words = phrase.split()
    if len(words) < 4 or words[0].lower() not in _ARTICLES:
        return mention
    named = classify(" ".join(words[1:]), leading=leading)
    if named is None or named.kind != "name" or len(named.text.split()) < 3:
        return mention
    if named.text.split()[-1].isupper():
        return mention  # "der Konzernchef von FACC": an organisation's acronym ends it
    return named  # the title is split off the name by _titled


def _mentions(
    text: str, masked: str, sites: Sequence[QuoteSite], nouns_capitalised: bool = False
) -> list[Mention | None]:
    """The attribution mention of each quote in a paragraph."""
    found: list[Mention | None] = []
    for number, site in enumerate(sites):
        limit = sites[number + 1].open_start if number + 1 < len(sites) else len(masked)
        bound = sites[number - 1].close_end if number else 0
        phrase = None
        if site.closed:
            last = text[site.start : site.end].rstrip(_INNER_MARKS)[-1:]
            phrase = after(masked, site.close_end, limit, last)
        if phrase is None:
            phrase = before(masked, bound, site.open_start)
        if phrase is None and not number:
            phrase = previous(masked, bound, site.open_start)
        found.append(None if phrase is None else _mention(*phrase, nouns_capitalised))
    return found


_Found = tuple[int, int, str]
"""A run of capitalised words outside quotes: start, end, text."""


def _runs(masked: str) -> list[_Found]:
    """The runs of capitalised words in a masked paragraph."""
    runs = []
    at = 0
    for found in NAME_RUN.findall(masked):  # findall and find: twice as fast as finditer
        start = masked.find(found, at)
        at = start + len(found)
        runs.append((start, at, found))
    return runs


_NOT_NAMES = FUNCTION_WORDS | PRONOUNS
"""Capitalised words that never name anyone: function words and pronouns ("Er", "Hij", "Hun")."""


def _name_of(found: str) -> tuple[str | None, str]:
    """Split a run into its title and its name ("" when it names nobody: a pronoun, or a person
    noun after an article, "Die Sprecherin")."""
    if " " not in found:
        return None, ("" if found.lower() in _NOT_NAMES else found)
    words = found.split()
    article = False
    while words and words[0].lower() in FUNCTION_WORDS:
        article = words.pop(0).lower() in DETERMINERS or article
    if article and len(words) == 1 and is_person_noun(words[0]):
        return None, ""
    title, name = _split_title(words)
    return title, " ".join(name)


def _noun_title(text: str, start: int) -> str | None:
    """The lower-case title words right before a name at ``start`` ("chief executive Jo
    Roe" -> "chief executive"), or None."""
    words = text[max(0, start - 60) : start].split()
    taken: list[str] = []
    for word in reversed(words):
        if not word.islower() or not is_person_noun(word) or len(taken) == 3:
            break
        taken.insert(0, word)
    return " ".join(taken) or None


_APPOSITIVE_WORDS = 4
_APPOSITIVE_TITLES = TITLE_WORDS - HONORIFICS - {"lady", "lord", "dame", "sir", "king", "queen"}
"""Job titles that an appositive name after a comma can follow ("its general secretary, Paul
Mercier"); ranks of address and nobility ("the first lady, ...") say less of who is meant."""


def _appositive(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start`` follows a comma after a job title among the few words
    before it: an appositive naming who holds the title ("the junior minister, Marc Lefort",
    "le ministre délégué aux Transports, Marc Lefort", "its general secretary, Paul Mercier").
    The name closes the appositive (a comma or a full stop after it). Relatives ("his wife,
    ...") and other person nouns do not count: a relative often shares the surname of someone
    the story quotes."""
    before = text[max(0, start - 60) : start].rstrip()
    if not before.endswith(",") or text[end : end + 1] not in ("", ",", ".", ";"):
        return False  # the name must close the appositive
    words = before[:-1].split()[-_APPOSITIVE_WORDS:]
    return any(word.islower() and word in _APPOSITIVE_TITLES for word in words)


_LOWER_WORD = re.compile(r"(?<![\w-])[a-zà-ÿæøåß]+(?![\w-])")
_LOWER_WORD_NEXT = re.compile(r"[ \u00a0]+[a-zà-ÿ]")
_APPOSITIVE_NEXT = re.compile(r",[ \u00a0]+([^,.;:!?()]{3,80}),[ \u00a0]+[a-zà-ÿ]")
_APPOSITIVE_ENDING = re.compile(r",[ \u00a0]+([^,.;:!?()]{3,80})(?:[,.;]|$)")


def _subject_named(text: str, start: int, end: int, found: str) -> Mention | None:
    """The person a run of two or three capitalised words names when it is a sentence's
    subject, a lower-case word (its verb) after it or after an appositive set off by commas
    ("Jo Roe criticised ...", "Jo Roe, an analyst at Acme, said ..."), or the name after
    "according to" and the like (with its appositive: "according to Jo Roe, an economist at
    Acme."); None for other runs, and for runs that read as an organisation or a place: an
    acronym, an organisation word at the end, a function word first."""
    words = found.split()
    if (
        len(words) > 3
        or words[0].lower() in FUNCTION_WORDS
        or words[-1].lower() in ORGANIZATION_WORDS
        or any(len(word) > 1 and word.isupper() for word in words)
    ):
        return None
    if start >= 2 and text[start - 2] not in _SENTENCE_END:
        verbs = find_verbs(text, max(0, start - 14), start)
        if not verbs or verbs[-1].word != "according to" or text[verbs[-1].end : start].strip():
            return None
        appositive = _APPOSITIVE_ENDING.match(text, end)
    elif _LOWER_WORD_NEXT.match(text, end):
        appositive = None
    else:
        appositive = _APPOSITIVE_NEXT.match(text, end)
        if appositive is None:
            return None
    phrase = found if appositive is None else f"{found}, {appositive.group(1)}"
    mention = classify(phrase)
    return mention if mention is not None and mention.kind == "name" else None


def _register(people: _People, masked: Sequence[str], runs: Sequence[Sequence[_Found]]) -> None:
    """Register the people named with a title, after a person noun ("counterpart Jan Novak"),
    or as the subject of a speech verb ("Lavrov said")."""
    subjects: list[str] = []
    # The words the article writes in lower case: one of them opening a sentence is a common
    # word ("Obwohl", "Pour", "Ifølge"), not the first word of a name. Gathered when first
    # needed: most runs are settled before.
    common: set[str] | None = None
    openers: list[str] = []  # plural-looking one-word subjects opening a sentence: "Dealers said"
    inside: set[str] = set()  # one-word runs seen inside a sentence
    for text, here in zip(masked, runs, strict=True):
        for start, end, found in here:
            if " " not in found:  # one word, most runs: only a speech verb after it counts
                opens = start < 2 or text[start - 2] in _SENTENCE_END
                if not opens:
                    inside.add(found)
                verb = _VERB_NEXT.match(text, end) if text[end + 1 : end + 2].islower() else None
                if (
                    verb is not None
                    and found.lower() not in _NOT_NAMES
                    and not _pronoun_after(text, verb.end())
                ):
                    (openers if opens and found[-1] == "s" else subjects).append(found)
                continue
            titled = _TITLE.search(found) is not None
            spoke = text[end + 1 : end + 2].islower() and _VERB_NEXT.match(text, end) is not None
            before = text[max(0, start - 20) : start].rstrip()
            noun = is_person_noun(before[before.rfind(" ") + 1 :]) or _appositive(text, start, end)
            subject = None
            if not (titled or noun):
                if common is None:
                    common = {word for line in masked for word in _LOWER_WORD.findall(line)}
                if found.split()[0].lower() not in common:
                    subject = _subject_named(text, start, end, found)
            if subject is not None and (subject.title or subject.organization or not spoke):
                people.add(subject.text, subject.title, subject.organization)
                continue  # "Jo Roe criticised ...", "according to Jo Roe, an economist at ..."
            if not (titled or spoke or noun):
                continue  # most runs: places, organisations, headlines
            title, name = _name_of(found)
            if not name:
                continue
            if title is not None and name.split()[0].lower() not in FUNCTION_WORDS:
                people.add(name, title)
            elif spoke:
                subjects.append(name)
            elif noun and " " in name:
                people.add(name, _noun_title(text, start))  # "chief executive Jo Roe"
    # A capitalised plural seen only at sentence starts is a common noun ("Analysts said").
    subjects.extend(name for name in openers if name in inside)
    for name in sorted(subjects, key=lambda name: -len(name.split())):
        people.add(name, None)


_WORD_AFTER = re.compile(r"[ \u00a0]+(\w+)")


def _pronoun_after(text: str, end: int) -> bool:
    """Whether a subject pronoun follows a verb ending at ``end`` ("Später sagte er"): the
    capitalised word before the verb is not its subject."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word.group(1) in SUBJECT_PRONOUNS


def _resolve(people: _People, mention: Mention | None) -> Person | None:
    """The person a mention stands for, given who was mentioned last."""
    if mention is None:
        return None
    if mention.kind == "pronoun":
        if mention.text and mention.text not in _RESOLVED_PRONOUNS:
            return None
        index = people.last_person(mention.text)
        return None if index is None else people.persons[index]
    if mention.kind == "description":
        if mention.title is None or mention.text.split(" ", 1)[0] in _INDEFINITE:
            return None  # "a spokesman", "another official": someone the story has not named
        index = people.by_title(mention.title, mention.text)
        if index is None:
            return None
        people.touch(index)
        return people.persons[index]
    index = people.lookup(mention.text)
    if index is None or mention.title or mention.organization:
        people.add(mention.text, mention.title, mention.organization)
        index = people.lookup(mention.text)
        if index is None:  # an ambiguous short name
            return Person(name=mention.text, title=mention.title, organization=mention.organization)
    people.touch(index)
    return people.persons[index]


def _touch(people: _People, runs: Sequence[_Found], first: int, end: int) -> int:
    """Record the people named by the runs from ``runs[first]`` up to offset ``end``, in order.

    Returns:
        The index of the first run not read.
    """
    known = people.by_last
    for number in range(first, len(runs)):
        run_start, _run_end, found = runs[number]
        if run_start >= end:
            return number
        last = found[found.rfind(" ") + 1 :].lower()
        if last not in known and (last[-2:] not in ("'s", "’s") or last[:-2] not in known):
            continue  # nobody known by that name: the quick way out for most runs
        index = people.lookup(_name_of(found)[1])
        if index is not None:
            people.touch(index)
            gender = _gender_of(found)
            if gender is not None:
                people.gender[index] = gender
    return len(runs)


def _gender_of(run: str) -> str | None:
    """The gender a run of words shows by its honorific or title ("Mrs. Roe", "Congressman
    Roe"), or None."""
    for word in run.split()[:-1]:
        gender = _GENDERED.get(word.lower().rstrip("."))
        if gender is not None:
            return gender
    return None


def _quotes_follow(masked: Sequence[str], sites: Sequence[Sequence[QuoteSite]], index: int) -> bool:
    """Whether paragraph ``index`` exists and holds quotes alone."""
    return index < len(masked) and bool(sites[index]) and _quotes_only(masked[index], sites[index])


def _quotes_only(masked: str, sites: Sequence[QuoteSite]) -> bool:
    """Whether a paragraph holds quotes and nothing but its quotes (and punctuation between
    them)."""
    if not sites or masked[: sites[0].open_start].strip():
        return False
    rest = masked[sites[0].open_start :]
    return not any(char.isalpha() for char in rest.replace(" ", ""))


# Articles that open a noun phrase, never a name, in the languages the verb lists cover ("Le"
# and "La" are left out: "Le Pen" is a name).
_ARTICLES = frozenset(
    "the a an der die das den dem ein eine einer los las gli une una uno ett det".split()
)


_VERB_SECOND = frozenset("de nl sv no nb nn da is".split())
_NAME_AFTER = re.compile(rf"[ \u00a0]+({NAME_RUN.pattern})")


# Languages that capitalise every noun, so that a title before a name is capitalised too
# ("Walliser Staatsrat Mathias Reynard").
_NOUNS_CAPITALISED = frozenset(("de", "lb"))


def _titled(person: Person) -> Person:
    """In a language that capitalises nouns, the person with the words before a first and last
    name as its title ("Bundespräsident Frank-Walter Steinmeier" is Frank-Walter Steinmeier,
    title "Bundespräsident"); an honorific ("Dr.") and a surname's particles ("Ursula von der
    Leyen") stay in the name. A person that has a title, or a name of two words, is unchanged.
    """
    words = person.name.split()
    if person.title is not None or len(words) < 3:
        return person
    start = len(words) - 2
    while start > 0 and (
        words[start].lower() in _PARTICLES or words[start - 1].lower() in _PARTICLES
    ):
        start -= 1  # "von der Leyen": the particles and the first name belong to the name
    while start > 0 and words[start - 1].lower() in HONORIFICS:
        start -= 1
    title = " ".join(word for word in words[:start] if word.lower() not in FUNCTION_WORDS)
    if not title:
        return person
    return Person(name=" ".join(words[start:]), title=title, organization=person.organization)


def _introducer(known: _People, text: str, start: int, *, verb_second: bool) -> Person | None:
    """The person a paragraph ending in a colon introduces ("X said:", "X has apologized:").

    Without a speech verb in its last sentence, the subject must read as a person: a name of two
    words or more, or one the article has already given, never a noun after an article ("Der
    Text endet so:") or a lone capitalised word opening the sentence ("Take this passage:").
    """
    end = len(text.rstrip())
    introduced = before(text, start, end)
    if introduced is None:
        return None
    mention = classify(introduced[0], leading=introduced[1])
    if mention is not None and mention.kind == "name" and not mention.title:
        first = mention.text.split()[0].lower()
        verbs = find_verbs(text, sentence_start(text, start, end), end)
        lone = " " not in mention.text and known.lookup(mention.text) is None
        if verb_second and " " not in mention.text and verbs:
            # "Wörtlich meinte Steger:": in a language that puts the verb second, an adverb
            # may open the sentence and the subject follow the verb; taken when the article
            # names that person elsewhere.
            inverted = _NAME_AFTER.match(text, verbs[-1].end, end)
            if inverted is not None and known.lookup(inverted.group(1)) is not None:
                return _resolve(known, classify(inverted.group(1)))
        if first in _ARTICLES or (lone and not verbs):
            return None
    return _resolve(known, mention)


def find_speakers(
    paragraphs: Sequence[str],
    sites: Sequence[Sequence[QuoteSite]],
    *,
    language: str | None = None,
    people: Sequence[Person] = (),
) -> list[list[Person | None]]:
    """Find the speaker of every quote site.

    Args:
        paragraphs: The paragraphs' texts, in reading order.
        sites: For each paragraph, its direct quotes.
        language: The article's language, if known. The verb lists cover every language at
            once; a language that puts the verb second (German, Dutch, the Nordic languages)
            also lets a sentence introducing a quote name its subject after the verb.
        people: Persons already known (bylines), names to resolve against.

    Returns:
        For each paragraph, the speaker of each of its quotes (None when unknown).
    """
    base = None if language is None else language.lower().split("-")[0]
    verb_second = base in _VERB_SECOND
    nouns_capitalised = base in _NOUNS_CAPITALISED
    # Names after the last quote cannot be its speaker's (but for a signature line right
    # after it): don't read them.
    last = min(max(index for index, here in enumerate(sites) if here) + 1, len(paragraphs) - 1)
    masked = [_mask(paragraphs[index], sites[index]) for index in range(last + 1)]
    runs = [_runs(text) for text in masked]
    known = _People()
    for person in people:
        known.add(person.name, person.title, person.organization)
    _register(known, masked, runs)
    result: list[list[Person | None]] = []
    carried: Person | None = None  # the speaker of a quote running on, or of "X said:"
    lent: Person | None = None  # the speaker of the last quote of the paragraph before
    for number, (original, text, here, named) in enumerate(
        zip(paragraphs, masked, sites, runs, strict=False)
    ):
        if not here:  # no quote: only who is named, and a closing "X said:", matter
            _touch(known, named, 0, len(text))
            signed = signature(text) if number else None
            if signed is not None and _quotes_only(masked[number - 1], sites[number - 1]):
                # '"..."' then a paragraph '- Jane Roe.': the quotes above are hers
                signer = _resolve(known, classify(signed))
                result[-1] = [speaker or signer for speaker in result[-1]]
            carried = lent = None
            if text.rstrip().endswith(":"):
                carried = _introducer(known, text, 0, verb_second=verb_second)
            elif text.rstrip().endswith(".") and _quotes_follow(masked, sites, number + 1):
                ended = previous(text, 0, len(text.rstrip()))  # "..., X said."
                if ended is not None:
                    lent = _resolve(known, classify(ended[0], leading=ended[1]))
            result.append([])
            continue
        mentions = _mentions(original, text, here, nouns_capitalised)
        speakers: list[Person | None] = []
        read = 0  # runs of this paragraph already read
        for site, mention in zip(here, mentions, strict=True):
            read = _touch(known, named, read, site.open_start)
            speaker = _resolve(known, mention)
            if speaker is None and site.continued:
                speaker = carried  # a quote running on from the paragraph before
            if speaker is None and speakers:
                speaker = speakers[-1]  # "Part one," X said. "Part two."
            if speaker is None and not speakers and not text[: site.open_start].strip():
                speaker = carried  # after "X said:" ending the paragraph before
            speakers.append(speaker)
        for number in range(len(speakers) - 2, -1, -1):
            if speakers[number] is None:
                speakers[number] = speakers[number + 1]  # "Part one." "Part two," X said.
        if speakers[0] is None and _quotes_only(text, here):
            # A paragraph of quotes alone goes on from the speaker of the paragraph before.
            speakers = [speaker or lent for speaker in speakers]
        _touch(known, named, read, len(text))
        lent = speakers[-1]
        carried = None
        if not here[-1].closed:
            carried = speakers[-1]
        elif text.rstrip().endswith(":"):
            carried = _introducer(known, text, here[-1].close_end, verb_second=verb_second)
        result.append(speakers)
    result.extend([] for _ in range(len(paragraphs) - len(result)))
    if nouns_capitalised:
        split = {id(person): _titled(person) for here in result for person in here if person}
        return [[split[id(person)] if person else None for person in here] for here in result]
    return result
