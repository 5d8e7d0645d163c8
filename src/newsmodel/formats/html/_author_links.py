"""Links to an author's page: the byline when nothing else on the page names the author.

Most publishing systems link a byline's name to the author's page, at an address with a
segment that says so in the site's language: ``/author/ann-lee``, ``/autoren/ann-lee``,
``/auteur/ann-lee``, ``/forfatter/ann-lee``. That address is a cue no class name hides:
:func:`author_links` reads the names of such links, for the metadata reader to take when the
page gives no author in its metadata, its byline elements or a labelled line ("By ...").
"""

import itertools
import re
import unicodedata

import lxml.html

from newsmodel.extract.bylines import BY_WORDS
from newsmodel.extract.normalize import squash
from newsmodel.formats.html._meta_names import author_names, once
from newsmodel.formats.html._meta_tags import first_headline, in_others_words, is_in_furniture

__all__ = ["author_links"]

_AUTHOR_PATH = re.compile(
    r"/(?:authors?|autor(?:en|in|innen|es|i|e)?|auteurs?|journalist(?:en|er|s)?|"
    r"forfatter(?:e|ne)?|skribent(?:er)?|redakteur(?:e|in)?|columnists?|reporters?|"
    r"writers?|contributors?|profiles?|by)"
    r"/[^/?#]+/?(?:[?#].*)?$",
    re.IGNORECASE,
)
"""An address whose last segment follows an author segment, in the languages read:
"/author/ann-lee", "/autoren/ann-lee,1234", "/auteur/ann-lee/", "/forfatter/ann-lee",
"/writer/ann_lee", and the segments of staff pages many systems use ("/profile/ann-lee",
"/by/ann-lee"; "/people/" and "/team/" only as :data:`_STAFF_PATH` says)."""
_STAFF_PATH = re.compile(r"/(?:people|team)/[^/?#]+/?(?:[?#].*)?$", re.IGNORECASE)
"""An address of a staff page as many systems write it ("/people/ann-lee", "/team/ann-lee"),
which a magazine's section on celebrities or a sports team's page may write too: a link
there is a byline's only when its last segment is the linked name and nothing else and the
link stands in a short line of its own (:func:`_staff_name`)."""
_STAFF_LINE = 160
"""The longest text of the element around a staff page's link in a byline: more is a
paragraph of the story naming someone."""
_NAME_WORDS = (2, 5)
"""A linked name has this many words, first and last included."""
_PARTICLE = 2
"""A word of a name this short ("de", "van") is not looked for in the address."""
_MAX_LINKS = 10


_LABEL_BEFORE = re.compile(
    rf"^(?:\S+\s+){{2,}}?(?:{'|'.join((*BY_WORDS, 'de'))})\s+", re.IGNORECASE
)
"""What a link to an author's page may print before the name, two words or more and a
preposition ("All articles by ", "Alle Artikel von "): tried when the whole text is no name
(as "Ursula von der Leyen" is one). The byline words (:data:`BY_WORDS`) and "de" ("Artículos
de ", "Articles de ")."""
_COPYRIGHT = re.compile(r"^(?:©|\(c\))\s*", re.IGNORECASE)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _plain(text: str) -> str:
    """Lower case without accents: "Führes" is "fuhres"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _in_address(word: str, address: str) -> bool:
    """Whether a word of a name is in an address's last segment, accents aside or written
    out as German does ("Führes" in "kathrin-fuehres")."""
    lowered = word.casefold()
    return _plain(word) in address or lowered.translate(_UMLAUTS) in address


def _name(link: lxml.html.HtmlElement, href: str) -> str | None:
    """The name a link to an author's page prints, when the page's address holds a word of
    it (an address names its author: "/autor/kathrin-fuehres", "/author/kbierling"; a
    link labelled "All posts" or "Zur Artikelübersicht" names nobody): its text, or what
    follows a label ("All articles by Ann Lee"), without a copyright sign, a name printed
    twice or a job title after a comma. Of the two, the one whose every word is in the
    address wins."""
    address = _plain(href.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1])
    text = _COPYRIGHT.sub("", squash(link.text_content()))
    whole = _one_name(text)
    after = _one_name(_LABEL_BEFORE.sub("", text, count=1))
    if after is not None and not after[:1].isupper():
        after = None  # "Ana Luisa de la Cruz" is a name, "la Cruz" is not
    # Every word in the address ("ann-lee"), the whole text first; else one word ("alee"),
    # what follows a label first.
    for wanted, names in ((all, (whole, after)), (any, (after, whole))):
        for name in names:
            words = [] if name is None else [w for w in name.split() if len(w) > _PARTICLE]
            if name is not None and words and wanted(_in_address(w, address) for w in words):
                return name
    return None


def _staff_name(link: lxml.html.HtmlElement, href: str) -> str | None:
    """The name a link to a staff page prints (:data:`_STAFF_PATH`): its whole text, when
    the address's last segment is that name's words and nothing else ("/people/ann-lee" for
    "Ann Lee") and the element around the link holds a short line (:data:`_STAFF_LINE`), not
    a paragraph naming a celebrity or a team."""
    address = _plain(href.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1])
    name = _one_name(_COPYRIGHT.sub("", squash(link.text_content())))
    if name is None or _SLUG_PARTS.split(address) != [_plain(w) for w in _WORD.findall(name)]:
        return None
    parent = link.getparent()
    if parent is None or len(squash(parent.text_content())) > _STAFF_LINE or _in_prose(link):
        return None
    return None if _in_people_list(link) else name


_PEOPLE_LIST = 3
"""A list whose items link this many staff pages or more is a list of people (the tags of a
story about them, a cast), not a byline."""


def _in_people_list(link: lxml.html.HtmlElement) -> bool:
    """Whether a link stands in an item of a list whose items link :data:`_PEOPLE_LIST` staff
    pages or more ("/people/ann-lee", "/people/bo-kim", ...): the people a story is about,
    tagged, not its authors."""
    item = next((a for a in itertools.islice(link.iterancestors(), 3) if a.tag == "li"), None)
    listing = None if item is None else item.getparent()
    if listing is None:
        return False
    linked = sum(
        1
        for entry in listing
        if any(_STAFF_PATH.search(a.get("href") or "") for a in entry.iter("a"))
    )
    return linked >= _PEOPLE_LIST


_JOINING = frozenset({*BY_WORDS, "and", "und", "et", "y", "e", "og", "och", "en"})
"""Words that may stand before a byline's name in lower case: its label, or "and"."""


def _in_prose(link: lxml.html.HtmlElement) -> bool:
    """Whether a link stands in a sentence: a word in lower case goes on after it ("Ann Lee
    opened ..."), or comes right before it ("The singer Ann Lee"), other than a byline label
    or "and" ("by Ann Lee and Bo Kim")."""
    after = (link.tail or "").split()
    if after and after[0][:1].islower() and after[0] not in _JOINING:
        return True
    previous = link.getprevious()
    parent = link.getparent()
    before = previous.tail if previous is not None else parent.text if parent is not None else ""
    words = (before or "").split()
    return bool(words) and words[-1].islower() and words[-1].strip(":") not in _JOINING


_SLUG_PARTS = re.compile(r"[-_+.]+")
_WORD = re.compile(r"[^\W_]+")


def _one_name(text: str) -> str | None:
    """The one name of two to five words ``text`` gives (:func:`author_names`, a name
    printed twice taken once), its last word not in lower case, or None."""
    names = author_names(once(text))
    if len(names) != 1:
        return None
    low, high = _NAME_WORDS
    count = len(names[0].split())
    if not low <= count <= high or any(char.isdigit() for char in names[0]):
        return None
    if names[0].split()[-1][:1].islower():
        return (
            None  # "Editorial policies" ("/authors/editorial_policies"): a surname is capitalised
        )
    return names[0]


def author_links(root: lxml.html.HtmlElement) -> tuple[str, ...]:
    """The names linked to author pages (:data:`_AUTHOR_PATH`) in the first byline that has
    them: the first such link in the body outside footers, navigation, asides, comments,
    lists of other articles and figures, and the links beside it (under the same parent or
    grandparent: "By <a>Ann Lee</a> and <a>Bo Kim</a>"), in page order. A byline after the
    page's first ``<h1>`` with text comes first: a story's byline follows its headline, and
    one above it may be a teaser's in a list nothing marks as such."""
    body = root.find("body")
    if body is None:
        return ()
    heading = first_headline(body)
    above: list[str] = []  # the first byline before the headline
    found: list[str] = []
    group: set[lxml.html.HtmlElement] = set()
    closed = False  # the byline being read has ended
    after = heading is None  # past the headline
    for link in body.iter("a", "h1"):  # faster than an XPath testing each address in C
        if link is heading:
            above, found, group, closed, after = found, [], set(), False, True
            continue
        if closed and after:
            break
        if closed or link.tag != "a":
            continue
        href = link.get("href") or ""
        if _AUTHOR_PATH.search(href):
            name = _name(link, href)
        elif _STAFF_PATH.search(href):
            name = _staff_name(link, href)
        else:
            continue
        if name is None or is_in_furniture(link) or in_others_words(link):
            continue
        near = set(itertools.islice(link.iterancestors(), 2))
        if group and group.isdisjoint(near):
            closed = True  # another byline, further down the page
        else:
            group.update(near)
            if name not in found:
                found.append(name)
            closed = len(found) == _MAX_LINKS
    return tuple(found or above)
