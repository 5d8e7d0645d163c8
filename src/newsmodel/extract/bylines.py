"""Bylines and credit trailers: who wrote, reported, edited or photographed a story.

Recognised lines::

    By Jane Doe and John Roe                      two authors
    By JANE DOE, Associated Press                 an author and her organisation
    By Norma Cohen and Geert Linnebank, Reuters   two authors of one organisation
    By Ann Lee, Bo Kim and Cy Park                three authors
    Reporting by Ann Lee in Paris; Editing by Bo Kim      an author and an editor
    (Reporting by Ann Lee; Editing by Bo Kim)             the same, in parentheses
    Additional reporting by ... / Writing by ... / Photographs by ... / Translated by ...
    Von Anna Berg und Max Roe / Par Anne Roux, AFP / Por Ana Ruiz y Luis Gil / Di Anna Rossi /
    Av Anna Berg och Erik Lund / Af Mette Hansen / Door Jan de Vries en Sanne Bakker /
    Przez Jan Kowalski            "By" in German, French, Spanish, Portuguese, Italian, Nordic,
                                  Dutch and Polish
    Av Erik Lund/TT / Por Ana Ruiz | EFE / Di Anna Rossi (ANSA)
                                  an agency after a slash, a bar or in parentheses
    Por Ana Lima - Repórter da Agência Brasil
                                  after a spaced dash, with a title before the organisation

Names are kept as printed ("JANE DOE"). :func:`format_bylines` writes persons back in these forms.

>>> for person in parse_byline("By Jane Doe and John Roe, Associated Press"):
...     print(person)
Person(name='Jane Doe', organization='Associated Press', role='author')
Person(name='John Roe', organization='Associated Press', role='author')
"""

# ruff: noqa: RUF001
# (dashes, typographic quotes and Cyrillic letters in this module are the ones real text uses)

import re
from collections.abc import Iterator, Sequence

from newsmodel.extract._quote_mention import ANY_PREPOSITIONS
from newsmodel.extract._quote_words import ORGANIZATION_WORDS, is_person_noun
from newsmodel.model import Person

__all__ = [
    "BY_WORDS",
    "ROLE_LABELS",
    "format_bylines",
    "merge_bylines",
    "parse_byline",
    "parse_credit_trailer",
]

ROLE_LABELS = {
    "author": "By",
    "editor": "Editing by",
    "contributor": "Additional reporting by",
    "photographer": "Photographs by",
    "translator": "Translated by",
}
"""How :func:`format_bylines` introduces each role."""

BY_WORDS = ("by", "von", "par", "por", "di", "av", "af", "door", "przez")
"""The word a byline puts before its author's name, in lower case: "By" in English, German,
French, Spanish and Portuguese, Italian, Swedish and Norwegian, Danish, Dutch and Polish. The
HTML reader's byline rules build their patterns from it."""

_PHOTOS_BY = (
    "fotos von",
    "bilder von",
    "alle fotos von",
    "alle bilder von",
    "photos de",
    "fotos de",
    "foto di",
    "fotos av",
    "bilder av",
    "fotos af",
    "billeder af",
    "foto's door",
)
"""A credit line's label for the article's photographer ("Fotos von Ann Lee", "Photos de Ann
Lee"), in the languages read other than English."""
_LABEL_ROLES = {
    "by": "author",
    "reporting by": "author",
    "writing by": "author",
    "written by": "author",
    "compiled by": "author",
    "editing by": "editor",
    "edited by": "editor",
    # an editor's credit line: "Editor: Bo Kim", "Redaktion: Bo Kim", "Edición: Bo Kim"
    "editor": "editor",
    "redaktion": "editor",
    "edición": "editor",
    "edição": "editor",
    "editado por": "editor",
    "additional reporting by": "contributor",
    "photographs by": "photographer",
    "photography by": "photographer",
    "photos by": "photographer",
    "all photos by": "photographer",
    "pictures by": "photographer",
    # "Photos by" in the other languages read
    **dict.fromkeys(_PHOTOS_BY, "photographer"),
    "translated by": "translator",
    "translation by": "translator",
    # "By" in the other languages read
    **dict.fromkeys(BY_WORDS[1:], "author"),
}
_BARE_AUTHOR_LABELS = tuple(f"{word} " for word in BY_WORDS)
_FOREIGN_LABELS = frozenset([*BY_WORDS[1:], *_PHOTOS_BY])
"""Labels after which each name must have two words or more and a capital: "Di Maria", "Von
der Leyen", "Fotos de Madrid" are no credits."""

_LABELS = "|".join(sorted((re.escape(label) for label in _LABEL_ROLES), key=len, reverse=True))
_SEGMENT = re.compile(
    rf"^[-–—\s]*(?P<label>{_LABELS})\s*:?\s+(?P<names>\S.*?)(?:\s+[-–—]+)?$", re.IGNORECASE
)
"""A byline's or credit line's segment: its label and names, perhaps between dashes ("–
Fotos von Ann Lee –")."""
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "del",
        "della",
        "der",
        "den",
        "di",
        "van",
        "von",
        "ter",
        "ten",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "e",
        "st.",
        "mc",
        "zu",
        "af",
    ]
)
_ORG_SUFFIX = re.compile(
    r"(?:\s*(?P<separator>[/|])\s*|\s+[-–—]\s+)(?P<org>[^\W\d_][^/|()\d]*?)\s*$|"
    r"\s*\((?P<paren>[^()\d]+)\)\s*$|"
    r"\s+(?:for|For|FOR)\s+(?:the\s+|The\s+)?(?P<for>[^\W\d_][^/|(),\d]*?)\s*$"
)
_LOCATION = re.compile(r"\s+in\s+[^\W\d_][\w .'-]*$")
# "and" in English, German, French, Spanish, Italian and Portuguese, Swedish, Danish/Norwegian.
_SPLIT_AND = re.compile(r"\s+(?:and|&|und|et|y|e|och|og|en)\s+")
_SERIAL_AND = re.compile(r"^(?:and|&)\s+")
"""The "and" after a serial comma, opening the last name of a list ("Ann Lee, Bo Kim, and Cy
Park"): English writes it so; the other languages read put no comma before their "and"."""


def _is_name(text: str, lenient: bool) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 60:
        return False
    lower = 0
    for word in words:
        if any(char.isdigit() for char in word) or word[-1] in ":;!?":
            return False
        particle = word.lower() in _PARTICLES or word[0] in "'’" or word[1:2] in ("'", "’")
        if not word[0].isupper() and not particle:
            lower += 1
    if lower == 0:
        return True
    # "By keith grant, Reuters": lower-case names only where asked, and only two to four words.
    return lenient and lower == len(words) and 2 <= len(words) <= 4


def _agency_suffix(text: str) -> tuple[str, str | None, str | None]:
    """Split off an organisation that follows the names after a slash, a bar, a spaced dash, in
    parentheses or after "for" (``Erik Lund/TT``, ``Ana Ruiz | EFE``, ``Anna Rossi (ANSA)``,
    ``Ana Lima - Repórter da Agência Brasil``, ``Ann Lee for the Courier``, ``ANN LEE FOR
    MAILONLINE``): the names, the title and the organisation."""
    suffix = _ORG_SUFFIX.search(text)
    if suffix is None or (suffix["for"] and "," in text[: suffix.start()]):
        return text, None, None  # "Ann Lee, Staff Writer for the Courier": a job title's "for"
    organization = " ".join((suffix["org"] or suffix["paren"] or suffix["for"]).split())
    if not organization[:1].isupper() or len(organization.split()) > 6:
        return text, None, None
    if suffix["separator"] == "/" and _second_person(organization):
        return text, None, None  # "Por Laura Roe / Javier Lund": two authors
    title = None
    words = organization.split()
    if len(words) > 2 and is_person_noun(words[0]) and words[1].lower() in ANY_PREPOSITIONS:
        title, organization = words[0], " ".join(words[2:])  # "Repórter da Agência Brasil"
    return text[: suffix.start()], title, organization


def _second_person(part: str) -> bool:
    """Whether the part after a slash names a person, not an agency: two or three capitalised
    words, none in capitals ("TT", "EFE") and the last no organisation word."""
    words = part.split()
    return (
        2 <= len(words) <= 3
        and all(word[:1].isupper() and not word.isupper() for word in words)
        and words[-1].lower() not in ORGANIZATION_WORDS
    )


def _names(text: str, lenient: bool) -> tuple[list[str], str | None, str | None] | None:
    """Split ``A, B and C, Org`` (or ``A/Org``, ``A | Org``, ``A (Org)``) into names, a title
    and an organisation."""
    text, title, organization = _agency_suffix(text.rstrip(" ="))
    parts = [part.strip() for part in text.split(",")]
    if any(not part for part in parts):
        return None
    # "Ann Lee, Bo Kim, and Cy Park": the part after a serial comma is a name, not the
    # organisation.
    serial = len(parts) > 1 and _SERIAL_AND.match(parts[-1]) is not None
    parts[1:] = [_SERIAL_AND.sub("", part, count=1) for part in parts[1:]]
    if organization is None and len(parts) > 1 and not serial and not _SPLIT_AND.search(parts[-1]):
        organization = parts.pop()
    names: list[str] = []
    for part in parts:
        names.extend(_SPLIT_AND.split(part))
    names = [_LOCATION.sub("", name).strip() for name in names]
    # Lower-case names only with an organisation: "By keith grant, Reuters", not "By noon they".
    lenient = lenient and organization is not None and organization[:1].isupper()
    if not names or not all(_is_name(name, lenient) for name in names):
        return None
    if organization is not None and (len(organization) > 50 or organization[-1] in ".:;!?"):
        return None
    return names, title, organization


def parse_byline(line: str, *, lenient: bool = False) -> tuple[Person, ...] | None:
    """Read a byline or credit line into persons with roles.

    Args:
        line: One line of text.
        lenient: Accept names in lower case when an organisation follows them ("By keith
            grant, Reuters"); for lines in a story's header, where a sentence is unlikely.

    Returns:
        The persons in order, or None if the line is not a byline.
    """
    if len(line) > 200 or (line[-1:] in (".", "!", "?") and len(line.split()[-1]) > 4):
        return None
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1]  # "(Reporting by Ann Lee; Editing by Bo Kim)"
    people: list[Person] = []
    for segment in line.split(";"):
        match = _SEGMENT.match(segment.strip())
        if match is None:
            return None
        found = _names(match["names"], lenient)
        if found is None:
            return None
        names, title, organization = found
        label = " ".join(match["label"].lower().split())
        if label in _FOREIGN_LABELS and not all(
            len(name.split()) >= 2 and name[:1].isupper() for name in names
        ):
            return None  # "Di Maria", "Von der Leyen": a surname, not "By" and a name
        role = _LABEL_ROLES[label]
        people.extend(
            Person(name=name, title=title, organization=organization, role=role) for name in names
        )
    return tuple(people) or None


def parse_credit_trailer(line: str) -> tuple[Person, ...] | None:
    """Read a trailer such as ``Reporting by Ann Lee; Editing by Bo Kim``; None if it is not one.

    Unlike :func:`parse_byline`, a plain ``By ...`` (or ``Von``, ``Par``, ``Por``, ``Di``,
    ``Av``, ``Af``, ``Door``, ``Przez``) is not accepted: in a story's body it is more likely
    the start of a sentence.
    """
    if line[:6].lower().startswith(_BARE_AUTHOR_LABELS):
        return None
    return parse_byline(line)


def merge_bylines(known: Sequence[Person], found: Sequence[Person]) -> list[Person]:
    """Add the persons of one more line, ``found``, to ``known``, leaving out a person already
    there under the same name and role (the author of the byline who is the reporter of the
    trailer), keeping the order. Persons within one line are kept as printed.

    >>> by = [Person(name="Ann Lee", role="author")]
    >>> trailer = [Person(name="Ann Lee", role="author"), Person(name="Bo Kim", role="editor")]
    >>> [person.name for person in merge_bylines(by, trailer)]
    ['Ann Lee', 'Bo Kim']
    """
    merged = list(known)
    keys = [(" ".join(other.name.lower().split()), other.role) for other in known]
    for person in found:
        key = (" ".join(person.name.lower().split()), person.role)
        same = keys.index(key) if key in keys else None
        if same is None:
            merged.append(person)
        elif merged[same].organization is None and person.organization is not None:
            merged[same] = Person(
                name=merged[same].name,
                title=merged[same].title,
                organization=person.organization,
                role=merged[same].role,
            )
    return merged


def _runs(people: Sequence[Person]) -> Iterator[list[Person]]:
    run: list[Person] = []
    for person in people:
        if run and (person.role, person.organization) != (run[0].role, run[0].organization):
            yield run
            run = []
        run.append(person)
    if run:
        yield run


def format_bylines(people: Sequence[Person]) -> list[str]:
    """Return the lines that print ``people``: one line per run of the same role and organisation.

    >>> ann, bo = Person(name="Ann Lee", role="author"), Person(name="Bo Kim", role="editor")
    >>> format_bylines([ann, bo])
    ['By Ann Lee', 'Editing by Bo Kim']
    """
    lines = []
    for run in _runs(people):
        names = [person.name for person in run]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        label = ROLE_LABELS.get(run[0].role or "author", "By")
        organization = f", {run[0].organization}" if run[0].organization else ""
        lines.append(f"{label} {joined}{organization}")
    return lines
