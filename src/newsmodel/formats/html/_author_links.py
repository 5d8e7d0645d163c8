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
from newsmodel.formats.html._meta_tags import in_others_words, is_in_furniture

__all__ = ["author_links"]

_AUTHOR_PATH = re.compile(
    r"/(?:authors?|autor(?:en|in|innen|es|i|e)?|auteurs?|journalist(?:en|er|s)?|"
    r"forfatter(?:e|ne)?|skribent(?:er)?|redakteur(?:e|in)?|columnists?|reporters?|"
    r"profiles?|by)"
    r"/[^/?#]+/?(?:[?#].*)?$",
    re.IGNORECASE,
)
"""An address whose last segment follows an author segment, in the languages read:
"/author/ann-lee", "/autoren/ann-lee,1234", "/auteur/ann-lee/", "/forfatter/ann-lee", and the
segments of staff pages many systems use ("/profile/ann-lee", "/by/ann-lee"; not "/people/",
a magazine section of news about celebrities)."""
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
    grandparent: "By <a>Ann Lee</a> and <a>Bo Kim</a>"), in page order."""
    body = root.find("body")
    if body is None:
        return ()
    found: list[str] = []
    group: set[lxml.html.HtmlElement] = set()
    for link in body.iter("a"):  # faster than an XPath testing each address in C
        href = link.get("href") or ""
        if not _AUTHOR_PATH.search(href):
            continue
        name = _name(link, href)
        if name is None or is_in_furniture(link) or in_others_words(link):
            continue
        near = set(itertools.islice(link.iterancestors(), 2))
        if group and group.isdisjoint(near):
            break  # another byline, further down the page
        group.update(near)
        if name not in found:
            found.append(name)
        if len(found) == _MAX_LINKS:
            break
    return tuple(found)
