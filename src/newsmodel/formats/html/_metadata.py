"""Page metadata for the HTML reader: what a page says about its article outside the body.

:func:`read_metadata` collects candidates from JSON-LD
(:mod:`~newsmodel.formats.html._meta_jsonld`), the markup
(:mod:`~newsmodel.formats.html._meta_tags`: Open Graph, Twitter cards, ``<meta>``, microdata,
hNews, ``<time>``, ``<link rel=canonical>``, ``<html lang>``, byline elements) and
reconciles them:

- **Article node.** Of several JSON-LD article nodes, the one whose headline or URL matches the
  page's title forms or canonical address; news types before ``WebPage``.
- **Headline** (:mod:`~newsmodel.formats.html._meta_title`). A leading or trailing part of a
  title form that names the site (``og:site_name``, the publisher, the domain) is cut; then the
  form most others agree with wins (JSON-LD headline, ``og:title``, ``twitter:title``, microdata,
  ``<h1>`` without its kicker, ``<title>``, in that order on ties).
- **Bylines.** Names that pass :func:`~newsmodel.formats.html._meta_names.is_name` from, in order:
  ``visible_bylines`` from the caller; JSON-LD persons; author meta tags (``author``,
  ``article:author``, ``parsely-author``, ``cXenseParse:author``, ``dc.creator`` ...); microdata;
  a Twitter card's field labelled as the author's (``twitter:label1`` "Written by"); a
  labelled byline element ("By Ann Lee", "Von Bo Kim"); the first element marked as the author
  itself (``rel=author``, ``class=author-name`` ...); any short line starting with a byline label,
  whatever its class, outside comments and related lists. Where the page's author elements show
  every person the metadata names and a few more, they are all authors. A "person" named like the
  site counts as an organisation, and an organisation is the author only when no person is named
  anywhere; a visible credit of single words ("APA", "amw", "red/Agenturen": an agency,
  initials) names no person, and the metadata's organisation wins over it. Junk ("Email the
  author", "3 hours ago", URLs, role words, job titles) is never a name; a digit belongs only
  inside a word that begins with a letter ("BR24 Newsroom").
- **Dates.** The first readable candidate in a fixed order (JSON-LD, ``article:published_time``
  and other meta tags, microdata and hNews, ``<time datetime>``, a date in a script's data, a
  date in the URL, a day written in an element whose class speaks of a date). A published date
  more than two days in the future is skipped; a modified date before the published one is
  dropped. **A date without a zone** takes the offset of the first zoned date on the page, or UTC
  if there is none: the result is never naive.
"""

import contextlib
import datetime
import re
import urllib.parse
from collections.abc import Iterator, Sequence
from typing import Any

import attrs
import lxml.html

from newsmodel._fields import is_language_tag
from newsmodel.extract._quote_words import ORGANIZATION_WORDS, is_person_noun
from newsmodel.extract.bylines import BY_WORDS, parse_byline
from newsmodel.extract.normalize import squash
from newsmodel.extract.notes import AGENCIES
from newsmodel.formats.html._author_links import author_links
from newsmodel.formats.html._meta_dates import find_date, find_date_line, parse_date, with_zone
from newsmodel.formats.html._meta_jsonld import (
    JsonNode,
    article_nodes,
    biographies,
    job_titles,
    people,
    read_blocks,
    resolve,
    strings,
    types,
)
from newsmodel.formats.html._meta_names import (
    author_names,
    has_label,
    is_name,
    same_name,
    uninverted,
)
from newsmodel.formats.html._meta_tags import (
    Mark,
    PageTags,
    attribute_date,
    labelled_lines,
    read_tags,
    script_date,
    tagged,
    title_block_lines,
)
from newsmodel.formats.html._meta_title import headline_and_kicker, is_site, norm, site_names
from newsmodel.model import Media, MediaKind, Person, Subject

__all__ = ["PageMetadata", "read_metadata"]


@attrs.frozen(kw_only=True)
class PageMetadata:
    """What a page says about its article outside the body; every field optional.

    Attributes:
        headline: The article's title without the site's name.
        subheadline: The standfirst or description.
        kicker: The section or overline.
        bylines: The authors.
        published: When the article was first published; timezone-aware.
        modified: When it was last changed; timezone-aware.
        language: A BCP 47 language tag ("en", "pt-BR").
        source: The publisher or site name.
        url: The canonical address.
        id: An identifier the page gives the article.
        keywords: Free keywords and tags.
        subjects: Coded or named subjects.
        media: The lead image with its caption and credit when given.
        rights: A copyright or licence line.
        bodies: The ``articleBody`` texts of the page's JSON-LD article nodes, in page order:
            the body a page whose scripts render it gives nowhere else.
        biographies: The ``description`` of each author of those nodes: a biography, which
            a box beside or under the story may print too.
    """

    headline: str | None = None
    subheadline: str | None = None
    kicker: str | None = None
    bylines: tuple[Person, ...] = ()
    published: datetime.datetime | None = None
    modified: datetime.datetime | None = None
    language: str | None = None
    source: str | None = None
    url: str | None = None
    id: str | None = None
    keywords: tuple[str, ...] = ()
    subjects: tuple[Subject, ...] = ()
    media: tuple[Media, ...] = ()
    rights: str | None = None
    bodies: tuple[str, ...] = ()
    biographies: tuple[str, ...] = ()


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|\b)")
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.issued",
    "dcterms.created",
    "dc.date.created",
    "parsely-pub-date",
    "sailthru.date",
    "citation_publication_date",
    "article.published",
    "og:published_time",
)
_MODIFIED_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "article.updated",
)
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "dc.creator",
    "dcterms.creator",
    "sailthru.author",
    "cxenseparse:author",
    "byl",
    "citation_author",
)
_FUTURE = datetime.timedelta(days=2)
_PARTICLE_LETTERS = 3


def _pick_node(
    nodes: list[JsonNode], tags: PageTags, index: dict[str, JsonNode]
) -> JsonNode | None:
    if not nodes:
        return None
    titles = {norm(text) for text in [*tags.h1[:1], *tags.meta.get("og:title", [])[:1]]}
    titles |= {norm(tags.title)} if tags.title else set()
    urls = {tags.canonical, *tags.meta.get("og:url", [])[:1]} - {None}

    def score(position: int, node: JsonNode) -> tuple[int, int, int, int]:
        headline = norm(" ".join(strings(node.get("headline"))[:1]))
        matches = bool(headline) and any(
            headline == title or (len(headline) > 10 and headline in title) for title in titles
        )
        own = {
            *strings(node.get("url")),
            *strings(resolve(node.get("mainEntityOfPage"), index), "@id"),
        }
        is_article = bool(types(node) - {"WebPage", "ItemPage", "WebSite"})
        filled = sum(key in node for key in ("headline", "author", "datePublished"))
        return (matches or bool(own & urls), is_article, filled, -position)

    return max(enumerate(nodes), key=lambda pair: score(*pair))[1]


_CARD_AUTHOR_LABELS = frozenset(
    {
        *BY_WORDS,
        *("written by", "author", "verfasst von", "geschrieben von", "autor", "écrit par"),
        *("auteur", "escrito por", "scritto da", "autore", "geschreven door", "skrevet av"),
        *("skrevet af", "skrivet av"),
    }
)
"""Labels of a Twitter card's field that holds the author ("Written by", "Verfasst von", as a
blog system writes them in the site's language)."""
_CARD_FIELDS = 4


def _card_authors(tags: PageTags) -> list[str]:
    """The author a Twitter card's labelled fields name (``twitter:label1`` "Written by",
    ``twitter:data1`` "Ann Lee"), as blog systems add them to every post; empty if none does."""
    for number in range(1, _CARD_FIELDS + 1):
        labels = tags.meta.get(f"twitter:label{number}", [])
        if labels and labels[0].strip().rstrip(":").casefold() in _CARD_AUTHOR_LABELS:
            return tags.meta.get(f"twitter:data{number}", [])
    return []


def _labelled_names(tags: PageTags) -> list[str]:
    """Names in the page's byline elements that carry a label ("By Ann Lee", "Von Bo Kim")."""
    for text in tags.bylines:
        names = author_names(text)
        if names and has_label(text):
            return _unique(names)
    return []


def _line_names(texts: Sequence[str], sites: list[str]) -> list[str]:
    """The names of the first line that starts with a byline label and names someone: all of
    them when the line reads as a byline ("Von Dr. Max Kolter", "By Ann Lee and Bo Kim"),
    else the one before the first comma ("By Ed Roe, in Politics, World")."""
    for text in texts:
        text = text.split(" · ")[0].split(" | ")[0]
        people = parse_byline(text)
        names = [person.name for person in people] if people is not None else []
        if people is None and has_label(text):
            names = author_names(text.split(",")[0])
        names = [name for name in names if _capitalised(name) and not is_site(name, sites)]
        if names and not text.endswith(":"):  # "By the numbers:" leads into a list
            return _unique(names)
    return []


def _capitalised(name: str) -> bool:
    """Whether a name passes :func:`is_name` and its words, but short particles ("von", "de",
    "bin"), begin with a capital: "Ana de la Cruz", not "Mob mit Macheten ermordet"."""
    return is_name(name) and all(
        not word[:1].islower() for word in name.split() if len(word) > _PARTICLE_LETTERS
    )


def _shown_names(tags: PageTags, sites: list[str]) -> list[str]:
    """The names in the first element marked as the author that holds any."""
    for text in tags.authors:
        names = [name for name in author_names(text) if not is_site(name, sites)]
        if names and not any(_title_glued(name) for name in names):
            return _unique(names)
    return []


_GLUED_WORDS = 3


def _title_glued(name: str) -> bool:
    """Whether a name read from an author element ends with a job title in lower case that
    the page printed apart ("Thabo Mokone Parliamentary editor"): three words or more, the
    first capitalised and the last not. A user name in lower case ("eseppelt") is a name."""
    words = name.split()
    return len(words) >= _GLUED_WORDS and words[0][:1].isupper() and words[-1][:1].islower()


def _with_coauthors(persons: list[str], tags: PageTags) -> list[str]:
    """The persons, or the page's author elements when they show them all and a few more.

    Metadata often names only the first of several authors the page shows.
    """
    shown = _unique([text for text in tags.authors if author_names(text) == [text]])
    # "Ann Lee Bo Kim", the text of an element holding two name elements, is not a third name;
    # one word the metadata does not name ("Washington" beside "Reuters") is a place or a desk
    shown = [
        name
        for name in shown
        if sum(other in name for other in shown) == 1
        and (" " in name or any(same_name(name, person) for person in persons))
    ]
    if not len(persons) < len(shown) <= 2 * len(persons) + 1:
        return persons
    if all(any(same_name(name, other) for other in shown) for name in persons):
        return shown
    return persons


def _unique(names: list[str]) -> list[str]:
    found: list[str] = []
    for name in names:
        if not any(same_name(name, seen) for seen in found):
            found.append(name)
    return found


def _bylines(
    root: lxml.html.HtmlElement,
    tags: PageTags,
    node: JsonNode | None,
    index: dict[str, JsonNode],
    visible: Sequence[Person],
    sites: list[str],
) -> tuple[Person, ...]:
    shown = tuple(person for person in visible if is_name(person.name))
    if shown:
        return shown
    persons: list[str] = []
    organizations: list[str] = []

    def add(value: str, is_person: bool = True) -> None:
        names = author_names(uninverted(value))  # "Harm, Robert": one name, Robert Harm
        if len(names) > 1 and is_site(value, sites):
            organizations.append(value)  # the site's name, "Mac & i", is not two names
            return
        for name in names:  # an "author" named like the site is the site
            (persons if is_person and not is_site(name, sites) else organizations).append(name)

    if node is not None:
        for name, is_person in people(node.get("author") or node.get("creator"), index):
            add(name, is_person)
    for values in [tags.meta.get(key, []) for key in _AUTHOR_KEYS] + [
        tags.microdata.get("author", []),
        _card_authors(tags),
    ]:
        if persons:
            break
        for value in values:
            add(value)
    names = _with_coauthors(_unique(persons), tags) if persons else []
    if not names:
        names = _labelled_names(tags) or _shown_names(tags, sites)
        names = names or _line_names(labelled_lines(root), sites)
        names = names or [name for name in author_links(root) if not is_site(name, sites)]
        if organizations and all(" " not in name for name in names):
            names = []  # "APA", "amw", "red": a credit naming no one loses to the metadata's
        names = names or _unique(organizations)
    titles = {} if node is None else job_titles(node.get("author"), index)

    def title(name: str) -> str | None:
        found = next((value for key, value in titles.items() if same_name(key, name)), None)
        return found or _shown_title(name, tags.bylines)

    return tuple(
        Person(
            name=name,
            title=title(name),
            organization=_shown_organization(name, tags.bylines),
            role="author",
        )
        for name in names[:20]
    )


_AFTER_NAME = re.compile(r"\s*[,|–—]\s*(?P<title>[^,|;:()]{3,60}?)\s*$")  # noqa: RUF001


_ORGANIZATION_WORDS = 5
_SPECIAL_TO = re.compile(r"^special\s+to\s+", re.IGNORECASE)
_JOINERS = frozenset({"and", "&", "und", "et", "y", "e", "og", "och", "en", "-", "–", "—"})  # noqa: RUF001


def _shown_organization(name: str, lines: Sequence[str]) -> str | None:
    """The organisation a visible byline line prints after the author's name ("Ann Lee,
    Associated Press", "Ann Lee | Reuters"): a name ending in an organisation word, an
    agency's name, or an acronym in capitals. A place ("Ann Lee, Paris") is none."""
    for shown in _after_name(name, lines):
        part = _SPECIAL_TO.sub("", shown)  # "Special to the Courier"
        words = part.split()
        joined = not _JOINERS.isdisjoint(map(str.lower, words))
        if not words or len(words) > _ORGANIZATION_WORDS or joined:
            continue  # more names after the first ("Ann Lee, Tom Hale and Joe Roe, AP")
        if (
            words[-1].lower() in ORGANIZATION_WORDS
            or part.lower() in AGENCIES
            or (len(words) == 1 and part.isupper() and 2 <= len(part) <= 6)
        ) and not is_person_noun(words[-1]):
            return part
    return None


def _shown_title(name: str, lines: Sequence[str]) -> str | None:
    """The job title a visible byline line prints after the author's name ("Iain Fraser,
    Business Editor", "By Ann Lee | Education reporter"), when its last word is a person noun
    (:func:`~newsmodel.extract._quote_words.is_person_noun`); an organisation ("Ann Lee,
    Reuters") or a date is no title."""
    return next(
        (shown for shown in _after_name(name, lines) if is_person_noun(shown.split()[-1])), None
    )


def _after_name(name: str, lines: Sequence[str]) -> Iterator[str]:
    """What each byline line holding ``name`` prints after it and a comma, bar or dash, when
    that is a short part of its own (:data:`_AFTER_NAME`)."""
    for line in lines:
        at = line.find(name)
        if at < 0:
            continue
        match = _AFTER_NAME.fullmatch(line, at + len(name))
        if match is not None:
            yield match["title"]


def _dates(
    root: lxml.html.HtmlElement,
    tags: PageTags,
    node: JsonNode | None,
    url: str | None,
    reference: datetime.date | None,
    scripts: list[lxml.html.HtmlElement] | None = None,
) -> tuple[datetime.datetime | None, datetime.datetime | None]:
    published_texts: list[str] = []
    modified_texts: list[str] = []
    if node is not None:
        published_texts += strings(node.get("datePublished"))[:1]
        modified_texts += strings(node.get("dateModified"))[:1]
    published_texts += [v for key in _PUBLISHED_KEYS for v in tags.meta.get(key, [])[:1]]
    modified_texts += [v for key in _MODIFIED_KEYS for v in tags.meta.get(key, [])[:1]]
    published_texts += tags.microdata.get("datePublished", [])[:2]
    modified_texts += tags.microdata.get("dateModified", [])[:2]
    if node is not None:
        published_texts += strings(node.get("dateCreated"))[:1]
        published_texts += strings(node.get("coverageStartTime"))[:1]  # a live blog
    published_texts += list(tags.times[:3])
    published = [d for d in (parse_date(text) for text in published_texts) if d is not None]
    if not published:
        found = script_date(root, scripts) or attribute_date(tags.published)
        published += [d for d in (parse_date(found or ""),) if d is not None]
    modified = [d for d in (parse_date(text) for text in modified_texts) if d is not None]
    match = _URL_DATE.search(url or "")
    if match:
        year, month, day = (int(part) for part in match.groups())
        published.append(datetime.datetime(year, month, day))  # noqa: DTZ001 (floats, see above)
    if not published:
        published += [d for d in map(find_date, tags.dates[:3]) if d is not None][:1]
    if not published:
        lines = title_block_lines(root)
        published += [d for d in map(find_date_line, lines) if d is not None][:1]
    zone = next((d.tzinfo for d in published + modified if d.tzinfo is not None), None)
    limit = _now(reference) + _FUTURE
    first = next((with_zone(d, zone) for d in published if with_zone(d, zone) <= limit), None)
    last = next((with_zone(d, zone) for d in modified), None)
    if first is not None and last is not None and last < first:
        last = None
    return first, last


def _language(tags: PageTags, node: JsonNode | None) -> str | None:
    values = [tags.lang or ""]
    if node is not None:
        values += strings(node.get("inLanguage"), "name", "alternateName")[:1]
    for key in ("og:locale", "content-language", "language", "dc.language"):
        values += tags.meta.get(key, [])[:1]
    for value in values:
        value = value.strip().replace("_", "-").split(",")[0].strip()
        # a tag as validation checks it, of a two- or three-letter language: a charset
        # ("utf-8") or a language's name ("English") written in its place is none
        primary = value.split("-", 1)[0]
        if is_language_tag(value) and len(primary) <= 3 and value.lower() not in ("und", "xx"):
            return value
    return None


def _app_names(tags: PageTags, node: JsonNode | None) -> list[str]:
    """The page's ``application-name`` values that are not its title (some templates fill it
    with the article's title): a site's name, perhaps."""
    titles = [*tags.meta.get("og:title", []), *tags.h1, tags.title or ""]
    if node is not None:
        titles += strings(node.get("headline"))
    known = {squash(title).casefold() for title in titles}
    return [name for name in tags.meta.get("application-name", []) if name.casefold() not in known]


def _first(*groups: list[str]) -> str | None:
    for group in groups:
        for value in group:
            if value and len(value) <= 2000:
                return value
    return None


def _media(
    tags: PageTags, node: JsonNode | None, index: dict[str, JsonNode], base: str | None
) -> tuple[Media, ...]:
    images: list[Any] = []
    if node is not None:
        value = node.get("image")
        images = [resolve(item, index) for item in (value if isinstance(value, list) else [value])]
    url = _first(tags.meta.get("og:image", []), tags.meta.get("og:image:url", []))
    url = url or _first(tags.meta.get("twitter:image", []), tags.meta.get("twitter:image:src", []))
    caption = credit = None
    for image in images[:10]:
        if isinstance(image, dict):
            own = _first(strings(image.get("url")), strings(image.get("contentUrl")))
            if url is None or own == url or len(images) == 1:
                url = url or own
                caption = _first(strings(image.get("caption")), strings(image.get("description")))
                credit = _first(
                    strings(image.get("creditText")),
                    strings(image.get("copyrightHolder"), "name"),
                    strings(image.get("author"), "name"),
                )
                break
        elif isinstance(image, str) and url is None:
            url = image
    if not url or not url.startswith(("http://", "https://", "//", "/")):
        return ()
    if base and url.startswith("/"):
        # relative to the page's address; one with a stray bracket ("http://[a/") leaves it
        with contextlib.suppress(ValueError):
            url = urllib.parse.urljoin(base, url)
    alt = _first(tags.meta.get("og:image:alt", []), tags.meta.get("twitter:image:alt", []))
    return (Media(kind=MediaKind.IMAGE, url=url, caption=caption, credit=credit, alt=alt),)


_LIST_COMMA = re.compile(r",(?=\S)")
"""A comma with no space after it: a list's, not a phrase's."""


def _keywords(tags: PageTags, node: JsonNode | None) -> tuple[str, ...]:
    values: list[str] = []
    if node is not None:
        for value in strings(node.get("keywords"), "name"):
            values.extend(value.split(","))
    for value in tags.meta.get("article:tag", []):
        # one tag each, but some pages write the list in one, without spaces ("Hong
        # Kong,Protest,China"); a comma and a space may be a tag's own ("Washington, D.C.",
        # "Business, Finance, & Economics")
        values.extend(value.split(",") if _LIST_COMMA.search(value) else [value])
    for key in ("news_keywords", "keywords", "parsely-tags"):
        for value in tags.meta.get(key, [])[:1]:
            values.extend(value.split(","))
    found: dict[str, str] = {}
    for value in values:
        value = " ".join(value.split())
        if 0 < len(value) <= 100:
            found.setdefault(value.casefold(), value)
    return tuple(found.values())[:50]


def _subjects(tags: PageTags, node: JsonNode | None) -> tuple[Subject, ...]:
    names = strings(node.get("articleSection"), "name") if node is not None else []
    names += tags.meta.get("article:section", []) + tags.meta.get("parsely-section", [])
    found: dict[str, str] = {}
    for name in names:
        if 0 < len(name) <= 100:
            found.setdefault(name.casefold(), name)
    return tuple(Subject(name=name) for name in found.values())[:20]


def _rights(tags: PageTags, node: JsonNode | None, index: dict[str, JsonNode]) -> str | None:
    if node is not None:
        notice = _first(strings(node.get("copyrightNotice")))
        if notice:
            return notice
        holder = _first(strings(resolve(node.get("copyrightHolder"), index), "name"))
        if holder:
            year = _first(strings(node.get("copyrightYear")))
            return f"© {year} {holder}" if year else f"© {holder}"
    return _first(tags.meta.get("copyright", []), tags.meta.get("dc.rights", []))


def _now(reference: datetime.date | None) -> datetime.datetime:
    """The moment dates are judged against: the end of the reference day when one is given
    (so that reading is reproducible), else the clock."""
    if reference is None:
        return datetime.datetime.now(datetime.UTC)
    return datetime.datetime.combine(reference, datetime.time.max, datetime.UTC)


def _read(
    root: lxml.html.HtmlElement,
    visible: Sequence[Person],
    reference: datetime.date | None,
    found_marks: list[Mark] | None,
) -> PageMetadata:
    elements = tagged(root)  # one walk of the tree for the elements read by their tag
    tags = read_tags(root, found_marks, elements)
    scripts = elements["script"]
    nodes, index = article_nodes(read_blocks(root, scripts))
    node = _pick_node(nodes, tags, index)
    sites = site_names(tags, node, index)
    url = _first(
        [tags.canonical or ""],
        tags.meta.get("og:url", []),
        strings(node.get("url")) if node is not None else [],
    )
    published, modified = _dates(root, tags, node, url, reference, scripts)
    source = _first(
        tags.meta.get("og:site_name", []),
        strings(resolve(node.get("publisher"), index), "name") if node is not None else [],
        _app_names(tags, node),
    )
    description = _first(
        tags.meta.get("og:description", []),
        strings(node.get("description")) if node is not None else [],
        tags.meta.get("description", []),
        tags.meta.get("twitter:description", []),
    )
    identifier = _first(strings(node.get("identifier"), "value")) if node is not None else None
    headline, kicker = headline_and_kicker(tags, node, sites)
    return PageMetadata(
        headline=headline,
        kicker=kicker,
        subheadline=description,
        bylines=_bylines(root, tags, node, index, visible, sites),
        published=published,
        modified=modified,
        language=_language(tags, node),
        source=source,
        url=url,
        id=identifier,
        keywords=_keywords(tags, node),
        subjects=_subjects(tags, node),
        media=_media(tags, node, index, url),
        rights=_rights(tags, node, index),
        bodies=tuple(
            body for body in (node.get("articleBody") for node in nodes) if isinstance(body, str)
        ),
        biographies=tuple(
            dict.fromkeys(text for node in nodes for text in biographies(node.get("author"), index))
        ),
    )


def read_metadata(
    root: lxml.html.HtmlElement,
    *,
    visible_bylines: Sequence[Person] = (),
    reference: datetime.date | None = None,
    found_marks: list[Mark] | None = None,
) -> PageMetadata:
    """Read the page's metadata and reconcile it with the visible page.

    Args:
        root: The parsed page.
        visible_bylines: Bylines the caller found in the visible article; they beat every other
            source of authors.
        reference: The day the page was fetched (``ReadOptions.reference_date``): a date more
            than a day after it is not the publication date. Without it, the clock decides.
        found_marks: The page's class, itemprop and rel attributes
            (:func:`newsmodel.formats.html._meta_tags.marks`), when the caller gathered them in
            its own pass over the tree.

    Returns:
        The reconciled metadata; fields the page does not give are left empty.
    """
    return _read(root, visible_bylines, reference, found_marks)
