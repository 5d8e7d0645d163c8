"""A quotation's attribution as a page prints it in ``<cite>``: a name, a job title, an
organisation.

``<cite>Jess Ralston, Energy and Climate Intelligence Unit</cite>`` names the speaker and the
organisation; ``<cite>Ann Lee, chief executive of Acme</cite>`` the speaker, her title and her
organisation; ``<cite>Ann Lee, mayor</cite>`` the speaker and her title.
"""

# ruff: noqa: RUF001
# (the typographic apostrophe and dashes here are the ones real pages print)

import re

from lxml import html

from newsmodel.extract.normalize import squash
from newsmodel.formats.html._meta_names import is_name
from newsmodel.model import Person

__all__ = ["cites_into_quotes", "split_cite"]

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


_CITE_LINES = frozenset({"div", "p", "span", "br"})


def cites_into_quotes(content: html.HtmlElement) -> None:
    """Move a ``<cite>`` printed right after a ``<blockquote>`` (nothing but space between)
    into it, in place: the quotation's attribution, which the body reader reads inside a
    block quote. The lines of the attribution, a name and a title in elements of their own,
    are joined by commas, as one line prints them ("Ann Lee, Director at Acme").

    >>> page = html.fragment_fromstring(
    ...     "<div><blockquote>The sea gives.</blockquote> <cite><div>Ann Lee</div>"
    ...     "<div>Director at Acme</div></cite></div>")
    >>> cites_into_quotes(page)
    >>> html.tostring(page, encoding=str)
    '<div><blockquote>The sea gives.<cite>Ann Lee, Director at Acme</cite></blockquote> </div>'

    Text between the lines is kept: "<cite><span>Ann Lee</span>, head of<br>Acme</cite>" reads
    "Ann Lee, head of, Acme".
    """
    for quote in list(content.iter("blockquote")):
        cite = quote.getnext()
        if cite is None or cite.tag != "cite" or (quote.tail or "").strip():
            continue
        if len(cite) and all(child.tag in _CITE_LINES for child in cite):
            lines = [cite.text or ""]
            for child in cite:  # each line, and the text after it
                lines.extend((child.text_content(), child.tail or ""))
            for child in list(cite):
                cite.remove(child)
            squashed = (squash(line).strip(" ,") for line in lines)
            cite.text = ", ".join(line for line in squashed if line)
        space, tail = quote.tail, cite.tail
        quote.append(cite)  # moves it, with its tail: the text after it stays after the quote
        cite.tail = None
        quote.tail = (space or "") + (tail or "") or None
