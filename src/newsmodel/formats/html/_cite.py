"""A quotation's attribution as a page prints it in ``<cite>``: a name, a job title, an
organisation.

``<cite>Jess Ralston, Energy and Climate Intelligence Unit</cite>`` names the speaker and the
organisation; ``<cite>Ann Lee, chief executive of Acme</cite>`` the speaker, her title and her
organisation; ``<cite>Ann Lee, mayor</cite>`` the speaker and her title.
"""

# ruff: noqa: RUF001
# (the typographic apostrophe and dashes here are the ones real pages print)

import re

from newsmodel.formats.html._meta_names import is_name
from newsmodel.model import Person

__all__ = ["split_cite"]

_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|de|da|van|von|der|den|del|di|du|la|le|bin|al)$"
)
_BY_WORKPLACE = re.compile(
    r"^(?P<title>.+?)\s+(?:at|of|for|with|bei|von|der|de|du|del)\s+(?:the\s+)?(?P<org>[A-Z0-9].*)$"
)
_TITLE_WORDS = re.compile(
    r"\b(?:president|vice|director|chief|head|minister|secretary|chair\w*|professor|lecturer|"
    r"spokes\w+|ceo|cfo|coo|founder|editor|leader|manager|analyst|economist|researcher|"
    r"scientist|fellow|member|senator|governor|mayor|officer|adviser|advisor|partner|"
    r"commissioner|chancellor|dean|coordinator|campaigner|lawyer|attorney|executive)\b",
    re.IGNORECASE,
)
_PARENTHESISED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<rest>[^()]+)\)$")


def _is_person_name(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 5
        and all(_NAME_WORD.match(word) for word in words)
        and words[0][0].isupper()
        and words[-1][0].isupper()
        and is_name(text)
    )


def split_cite(person: Person) -> Person:
    """Split an attribution's ``name`` ("Name, Organisation") into name, title and
    organisation; the person is returned unchanged when it already has a title or an
    organisation, or when its name does not start with a person's name and a comma.

    >>> split_cite(Person(name="Jess Ralston, Energy and Climate Intelligence Unit"))
    Person(name='Jess Ralston', organization='Energy and Climate Intelligence Unit')
    >>> split_cite(Person(name="Ann Lee, chief executive of Acme Ltd"))
    Person(name='Ann Lee', title='chief executive', organization='Acme Ltd')
    """
    if person.title is not None or person.organization is not None:
        return person
    text = " ".join(person.name.split()).strip(" —–-")
    bracketed = _PARENTHESISED.match(text)
    if bracketed is not None and _is_person_name(bracketed["name"]):
        name, parts = bracketed["name"], [bracketed["rest"].strip()]
    else:
        name, _, rest = text.partition(", ")
        parts = [part.strip() for part in rest.split(", ") if part.strip()]
        if not parts or not _is_person_name(name):
            return person
    if len(parts) >= 2:
        title, organization = ", ".join(parts[:-1]), parts[-1]
    else:
        workplace = _BY_WORKPLACE.match(parts[0])
        if parts[0].replace(" ", "").isdigit():
            return person  # a year, not an organisation
        if workplace is not None and (
            not parts[0][0].isupper() or _TITLE_WORDS.search(workplace["title"])
        ):
            title, organization = workplace["title"], workplace["org"]
        elif parts[0][0].isupper() or parts[0][0].isdigit():
            title, organization = None, parts[0]
        else:
            title, organization = parts[0], None
    return Person(name=name, title=title, organization=organization, role=person.role)
