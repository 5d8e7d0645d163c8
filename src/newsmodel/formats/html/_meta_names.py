"""Author names as pages give them, cleaned, split and checked.

A page's author fields hold more than names: "By Jane Doe and John Roe", "Von Anna Berg",
a profile URL, "Email the author", "3 hours ago", "Staff". :func:`author_names` keeps the names.
Strings with a byline label go through :func:`newsmodel.extract.bylines.parse_byline`; the rest
are split on commas, semicolons and the word "and" in several languages, then each part is
checked by general rules: no number (a digit only inside a word that begins with a letter,
"BR24"), no URL or e-mail address, at most six words, and not made of
role and interface words only ("staff", "editor", "follow", "email").

>>> author_names("By Jane Doe and John Roe")
['Jane Doe', 'John Roe']
>>> author_names("Email the author")
[]
"""

# ruff: noqa: RUF001
# (the dashes and quotes here are the ones pages use)

import re

from newsmodel.extract._months import month_number
from newsmodel.extract._quote_words import ORGANIZATION_WORDS, is_person_noun
from newsmodel.extract.bylines import parse_byline
from newsmodel.extract.notes import AGENCIES

__all__ = [
    "author_names",
    "has_label",
    "is_name",
    "is_role_byline",
    "once",
    "same_name",
    "uninverted",
]

# "By", "Von", "Por", "Par", "Di", "Door", "Av", "Af", "Przez", "Od", "Tekst:", "Text:" ...
# Particles that also begin names ("Di Maria", "Da Silva") are labels only in lower case.
_LABEL = re.compile(
    r"^(?:(?i:(?:written|posted|reported|published)\s+by|by|von|vom|por|par|przez|"
    r"text(?:e|o)?|tekst|autor(?:in|a|e)?|author|auteur|reportage|door)|di|da|av|af)\b\s*:?\s*"
)
_SPLIT = re.compile(
    r"\s*(?:,\s*(?:and|&)\s|[,;/|·•]|\s(?:and|und|y|e|et|og|och|en|i|és|ve|и|та|a|u)\s|\s&\s|、|，)\s*",
    re.IGNORECASE,
)
_TITLE_SEPARATOR = re.compile(r"([,|])")
_DASH_TAIL = re.compile(r"\s[-–—]\s.*$")
"""What a byline prints after a spaced dash and a name: the reporter's city or desk. (After one
word, "GESE - María Reina", the name comes after the dash.)"""
_JUNK_WORDS = frozenset(
    [
        "abonnieren",
        "about",
        "admin",
        "administrator",
        "all",
        "alle",
        "anonymous",
        "anonym",
        "anonyme",
        "anonimo",
        "anónimo",
        "anónima",
        "anônimo",
        "anonymt",
        "anoniem",
        "article",
        "articles",
        "artikel",
        "author",
        "authors",
        "autor",
        "autoren",
        "bio",
        "by",
        "comment",
        "comments",
        "compartir",
        "condividi",
        "contact",
        "contributor",
        "contributors",
        "correspondent",
        "del",
        "delen",
        "delete",
        "desk",
        "e-mail",
        "edit",
        "editor",
        "editorial",
        "editors",
        "email",
        "folgen",
        "follow",
        "følg",
        "gefolgt",
        "guest",
        "home",
        "image",
        "images",
        "kontakt",
        "login",
        "mail",
        "mehr",
        "more",
        "move",
        "name",
        "news",
        "newsletter",
        "nombre",
        "none",
        "null",
        "partager",
        "photo",
        "photographer",
        "photos",
        "post",
        "posted",
        "posts",
        "profile",
        "published",
        "read",
        "reply",
        "reporter",
        "reporters",
        "see",
        "segui",
        "seguir",
        "send",
        "share",
        "social",
        "staff",
        "suivre",
        "team",
        "teilen",
        "twitter",
        "undefined",
        "unknown",
        "unbekannt",
        "desconocido",
        "inconnu",
        "sconosciuto",
        "updated",
        "view",
        "volg",
        "web",
        "website",
        "writer",
        "writers",
    ]
)
_FILLERS = frozenset(
    [
        "a",
        "al",
        "all",
        "an",
        "at",
        "by",
        "for",
        "from",
        "her",
        "his",
        "in",
        "me",
        "of",
        "on",
        "our",
        "the",
        "this",
        "to",
        "us",
    ]
)
# The last word of a job title ("Senior Political Correspondent", "Leitender Redakteur").
_ROLES = frozenset(
    [
        "reporter",
        "staff",
        "editor",
        "correspondent",
        "writer",
        "journalist",
        "columnist",
        "producer",
        "contributor",
        "photographer",
        "analyst",
        "redakteur",
        "redakteurin",
        "korrespondent",
        "korrespondentin",
        "journalistin",
        "autorin",
        "periodista",
        "redactor",
        "redactora",
        "corresponsal",
        "giornalista",
        "inviato",
        "inviata",
        "journaliste",
        "rédacteur",
        "rédactrice",
        "correspondant",
        "correspondante",
    ]
)
_VERBS = frozenset(
    [
        "click",
        "contact",
        "email",
        "e-mail",
        "follow",
        "mail",
        "more",
        "posted",
        "published",
        "read",
        "see",
        "send",
        "share",
        "subscribe",
        "updated",
        "view",
        "visit",
        "write",
    ]
)
# Where a byline's date begins: "By Ann Lee Monday, November 18, 2019", "Bo Kim Published 11:11".
_DATE_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
        "published",
        "updated",
        "posted",
        "veröffentlicht",
        "aktualisiert",
        "publicado",
        "actualizado",
        "publié",
        "pubblicato",
        "aggiornato",
    ]
)
_URLISH = re.compile(r"https?:|www\.|@|\.(?:com|org|net|html?)\b|/", re.IGNORECASE)
_MAX_WORDS, _MAX_CHARS = 6, 70
_NICKNAME = re.compile(r'(?<=\w )(?:"[A-ZÀ-ÖØ-Þ][^"]*"|“[A-ZÀ-ÖØ-Þ][^"“”]*”)(?= [A-ZÀ-ÖØ-Þ])')
"""A nickname in quotation marks, capitalised, between a first name and a capitalised surname
('Amanda "Tania Mae" Tan'): a quotation mark elsewhere in a name is markup or a sentence's."""


def is_name(text: str) -> bool:
    """Whether ``text`` can be a person's or an organisation's name, by general rules.

    >>> is_name("Anna Giulia Fink"), is_name("3 hours ago"), is_name("Staff")
    (True, False, False)
    >>> is_name('Amanda "Tania Mae" Tan'), is_name('He said "no"')
    (True, False)
    """
    words = text.split()
    if not words or len(words) > _MAX_WORDS or len(text) > _MAX_CHARS:
        return False
    if _URLISH.search(text) or any(char in '{}()[]<>=;"' for char in _NICKNAME.sub(" ", text)):
        return False
    if any(not word[0].isalpha() and any(c.isdigit() for c in word) for word in words):
        return False  # "3 hours ago", "12.05.2024"; a digit inside a word is a name's ("BR24")
    if not any(char.isalpha() for char in text) or any(char in text for char in ":!?"):
        return False
    lowered = [word.strip(".,:;()[]'\"").lower() for word in words]
    if lowered[0] in _VERBS and len(words) > 1:
        return False
    return not all(word in _JUNK_WORDS or word in _FILLERS or not word for word in lowered)


def _clean(text: str) -> str:
    text = " ".join(text.replace("\u00a0", " ").split())
    text = text.strip(" \t-–—|:,;·•*")
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    return text


def _before_date(text: str) -> str:
    """The text before the first word holding a digit or naming a weekday, or a month before
    a number ("Ann Lee, November 15, 2019"), after the first word, without the lower-case words
    leading into the date ("on", "am", "le": :data:`_DATE_LEAD`)."""
    words = text.split(" ")
    for position, word in enumerate(words[1:], start=1):
        bare = word.strip(",.;:()[]|·•-").lower()
        dated = bare in _DATE_WORDS or any(char.isdigit() for char in word)
        if (
            not dated
            and position + 1 < len(words)
            and any(c.isdigit() for c in words[position + 1])
        ):
            dated = month_number(bare) is not None
        if dated:
            before = " ".join(words[:position]).rstrip(" ,;|·•-–—")
            return _DATE_LEAD.sub("", before) or before
    return text


_DATE_LEAD = re.compile(r"(?:\s+(?:on|at|am|um|vom|le|el|il|del|em|op|på|den))+$")
"""The lower-case words that lead into a date or a time after a name ("Ann Lee on Jul 4",
"Ann Lee am 3. Mai", "Ann Lee le 3 mai"), in the languages read: not part of the name."""


def author_names(text: str) -> list[str]:
    """The names in an author string; empty if it holds none.

    Args:
        text: A meta tag's value, a JSON-LD string or a byline element's text.

    Returns:
        The names in order, without labels, duplicates or junk.
    """
    text = _clean(text)
    if not text or len(text) > 300 or (_URLISH.match(text) and " " not in text):
        return []
    dated = _before_date(text)
    if dated != text and "|" in dated and len(dated.split("|")[0].split()) >= 2:
        # "Ann Lee | Palma de Mallorca | 08/01/2014": between the name and the date, the place
        dated = dated.split("|")[0]
    text = dated
    tail = _DASH_TAIL.search(text)
    if tail is not None and len(text[: tail.start()].split()) >= 2:
        text = text[: tail.start()]  # "Ana Souza — Campinas": a place or a desk after a dash
    # "Jane Doe, Health and Science Correspondent": a job title after a comma or a bar goes
    # whole, before its "and" can split it into a second name.
    first, *others = _TITLE_SEPARATOR.split(text)
    text = first + "".join(
        separator + chunk
        for separator, chunk in zip(others[::2], others[1::2], strict=True)
        if not _is_role_title(chunk)
    )
    people = parse_byline(text, lenient=True)
    if people is not None:
        parts = [person.name for person in people]
    else:
        text = _LABEL.sub("", text, count=1)
        if ":" in text:  # "Image: Getty Images", "Updated: 14:00"
            return []
        parts = _SPLIT.split(text)
    names: list[str] = []
    for part in parts:
        name = once(_without_agency(_clean(_LABEL.sub("", _clean(part), count=1))))
        if is_name(name) and not any(same_name(name, seen) for seen in names):
            names.append(name)
    if len(names) > 1:  # "Ann Lee, Senior Reporter": the job title is not a second author
        names = [name for name in names if name.split()[-1].lower() not in _ROLES] or names
    if len(names) > 1 and (len(names[0].split()) > 1 or names[0].lower() in AGENCIES):
        # "Ann Lee, Washington", "Reuters, Washington": one word after a full name or an agency
        # is a place or a desk, not a second author
        names = [names[0], *(name for name in names[1:] if len(name.split()) > 1)]
    return names


_WITH = frozenset(("with", "mit", "avec", "con", "com", "med"))
""""With" in the languages read, between a reporter's name and an agency ("Ann Lee mit AP")."""


def _without_agency(name: str) -> str:
    """A name without the agency a reporter wrote with after it: "Diana Resnik mit AP" is
    "Diana Resnik" ("with", "avec", "con" ... and an agency of :data:`AGENCIES`)."""
    words = name.split()
    if len(words) > 2 and words[-2].lower() in _WITH and words[-1].lower() in AGENCIES:
        return " ".join(words[:-2])
    return name


def once(name: str) -> str:
    """A name printed twice taken once: "Martin Gramnæs Martin Gramnæs" (a byline printing the
    name for screen readers, then its first and last name apart) is "Martin Gramnæs".

    >>> once("Ann Lee Ann Lee"), once("Ann Ann")
    ('Ann Lee', 'Ann Ann')
    """
    words = name.split()
    half = len(words) // 2
    if half > 1 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


def _is_role_title(chunk: str) -> bool:
    """Whether a comma-separated part of a byline after its first is a job title: its last
    word is a role ("Correspondent", "Writers")."""
    words = chunk.split()
    last = words[-1].strip(".").lower() if words else ""
    return last in _ROLES or last.removesuffix("s") in _ROLES


def has_label(text: str) -> bool:
    """Whether ``text`` starts with a byline label ("By", "Von", "Por", "Text:" ...).

    >>> has_label("Von Anna Berg"), has_label("Anna Berg")
    (True, False)
    """
    return _LABEL.match(_clean(text)) is not None and len(text.split()) > 1


_ROLE_BYLINE_WORDS = 4


def is_role_byline(text: str) -> bool:
    """Whether ``text`` is a byline label and role words only, naming nobody ("By Staff
    Writer", "By Our Correspondent"): a byline line, not the story's.

    >>> is_role_byline("By Staff Writer"), is_role_byline("By Ann Lee"), is_role_byline("Staff")
    (True, False, False)
    """
    clean = _clean(text)
    label = _LABEL.match(clean)
    if label is None:
        return False
    rest = [word.strip(".,:;()[]'\"").lower() for word in clean[label.end() :].split()]
    return 0 < len(rest) <= _ROLE_BYLINE_WORDS and all(
        word in _JUNK_WORDS or word in _FILLERS for word in rest
    )


def same_name(first: str, second: str) -> bool:
    """Whether two strings name the same author, ignoring case, spacing and accents' absence.

    >>> same_name("JANE DOE", "Jane  Doe")
    True
    """
    return first.casefold().split() == second.casefold().split()


_GIVEN = r"[^\W\d_](?:[\w'’-]+|\.(?:[^\W\d_]\.)*)"
"""A given name or an initial ("Robert", "F.", "J.R.")."""
_INVERTED = re.compile(
    r"(?P<surname>[^\W\d_][\w'’-]*)\s*,\s*"
    rf"(?P<given>{_GIVEN}(?:\s+{_GIVEN}){{0,2}}?)"
    r"(?P<particles>(?:\s+[^\W\d_A-Z]{1,3}){0,2})"
)
"""A name written surname first, as library catalogues and Dublin Core write it: "Kooman,
F.", "Harm, Robert", "Jong, Michiel de" (a particle after the given names)."""


def uninverted(value: str) -> str:
    """A metadata author written surname first ("Harm, Robert", "Kooman, F.", "Jong, Michiel
    de") in reading order ("Robert Harm", "F. Kooman", "Michiel de Jong"); any other value as
    it is. The surname is one capitalised word and the given names one to three capitalised
    words or initials; a value whose part after the comma is an agency, an organisation or a
    job ("Lee, Reuters", "Lee, Editor") is two parts, not one name.

    >>> [uninverted(v) for v in ("Harm, Robert", "Jong, Michiel de", "Ann Lee, Bo Kim")]
    ['Robert Harm', 'Michiel de Jong', 'Ann Lee, Bo Kim']
    """
    match = _INVERTED.fullmatch(value.strip())
    if match is None:
        return value
    given = match["given"].strip()
    words = given.split()
    if not all(word[0].isupper() for word in words) or not match["surname"][0].isupper():
        return value
    if given.lower() in AGENCIES or (given.isupper() and "." not in given):
        return value  # "Lee, AP", "Lee, REUTERS"
    last = words[-1].lower()
    if last in ORGANIZATION_WORDS or is_person_noun(last):
        return value  # "Lee, Courier News", "Lee, Editor"
    return f"{given}{match['particles']} {match['surname']}"
