"""Metadata in a page's markup outside JSON-LD: meta tags, microdata, hNews, ``<time>``, bylines.

:func:`read_tags` gathers, in one pass over the ``<head>`` and a few XPath queries over the body:

- ``<meta>`` values by lower-cased ``name``, ``property`` or ``http-equiv``
  (Open Graph, Twitter cards, Dublin Core, parsely, ``author``, ``date`` ...), in page order;
- ``<link rel=canonical>``, ``<html lang>``, ``<title>`` and the ``<h1>`` texts;
- microdata and hNews values (``itemprop=headline|author|datePublished``, ``class=entry-title``,
  ``vcard``, ``published``);
- ``<time datetime>`` values, the most telling first (``pubdate``, ``itemprop``, in the
  ``<article>``);
- the texts of visible byline elements (``rel=author``, ``class``/``itemprop`` holding
  "author" or "byline"), short ones only, so that author boxes and biographies are left out.
"""

import html
import re
from collections.abc import Iterator, Sequence

import attrs
import lxml.html
from lxml import etree

from newsmodel.extract.bylines import BY_WORDS
from newsmodel.extract.normalize import squash, without_tags
from newsmodel.formats._body_read import BLOCK_ELEMENTS
from newsmodel.formats.html._captions import is_credit_label
from newsmodel.formats.html._meta_names import author_names

__all__ = [
    "HGROUP_PARTS",
    "Mark",
    "PageTags",
    "Tagged",
    "attribute_date",
    "first_headline",
    "in_others_words",
    "is_in_furniture",
    "is_marked_class",
    "labelled_lines",
    "marks",
    "read_tags",
    "script_date",
    "tagged",
    "title_block_lines",
]

_MAX_VALUES = 20
_MAX_TEXT = 2000
_MAX_BYLINES = 80
_MAX_METAS = 2000
_PROPS = frozenset(["headline", "datePublished", "dateModified", "dateCreated", "author"])
_KICKER_CLASS = re.compile(
    "kicker|overline|dachzeile|topline|eyebrow|roofline|supertitle|pretitle|spitzmarke|"
    "antetitulo|antetítulo|surtitre|sur-titre|occhiello|chapeu|chapéu|bovenkop|overrubrik|"
    "vignette|vinjett|stikktittel",
    re.I,
)
"""Class names of a kicker, in the languages read: English, German, Spanish ("antetítulo"),
French ("surtitre"), Italian ("occhiello"), Portuguese ("chapéu"), Dutch ("bovenkop"), Swedish
("överrubrik" written without the umlaut) and Norwegian ("stikktittel")."""
_BYLINE_CLASS = re.compile("uthor|UTHOR|yline|YLINE|vcard|utor")
_DATE_CLASS = re.compile("date|Date|DATE|time|Time|publish|Publish|posted|datum|Datum|fecha")
_ANY_CLASS = re.compile(f"{_BYLINE_CLASS.pattern}|{_DATE_CLASS.pattern}|entry-title|updated")
_MARKED = etree.XPath(
    "//@class|//@itemprop|//@rel|//@*[contains(name(), 'publi') or contains(name(), 'pubdate')]"
)
# Compiled once: an expression given to element.xpath() is compiled again at each call.
_IN_ARTICLE = etree.XPath("ancestor::article|ancestor::header")
_IN_FURNITURE = etree.XPath("ancestor::footer|ancestor::nav|ancestor::aside")
_IN_FOOTER_OR_NAV = etree.XPath("ancestor::footer|ancestor::nav")
_ITEMPROP_NAME = etree.XPath(".//*[contains(@itemprop,'name')][1]")
_MAX_DATES = 10
_MAX_HEADINGS = 40
_MAX_SCRIPT = 1_000_000
_SCRIPT_KEYS = (
    "datePublished",
    "publishedAt",
    "published_at",
    "publishDate",
    "publish_date",
    "firstPublished",
    "first_published_at",
    "pubDate",
    "publishedDate",
    "publicationDate",
    "publication_date",
)
_SCRIPT_DATE = re.compile(rf'\\?"(?:{"|".join(_SCRIPT_KEYS)})\\?"\s*:\s*\\?"([^"\\]{{6,40}})\\?"')
"""A publication date under a JSON key in a script (``"publishedAt": "..."``, escaped or not)."""
_SCRIPT_SET_DATE = re.compile(rf'(?:{"|".join(_SCRIPT_KEYS)})\s*=\s*"([^"\\]{{6,40}})"')
"""A publication date a script's code sets (``ds.datePublished="..."``), when a full stop
comes before the key (:func:`_set_date`): the expression starts at a key's name, not at each
full stop of the code."""
_SKIP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "meta",
        "link",
        "img",
        "svg",
        "button",
        "form",
        "input",
        "select",
        "option",
    ]
)
# A class naming the author itself ("author", "c-byline", "author-name", "article__author-link"),
# not a widget about authors ("followAuthorBtn", "authorslist").
_OTHERS_WORDS = re.compile(
    r"[ck]omm?ent(?!ary)|disqus|(?:^|[-_\s])repl(?:y|ies)|discussion|related|recommend|teaser|"
    r"more-?stories|read-?more|r[eé]action"
)
"""Class or id words of comment sections (in English, French, Spanish, German, Polish ...;
French sites call readers' comments "réactions") and of lists of other articles."""
_STATE = re.compile(
    r"\b(?:has|with|no|show|allow|enable)[-_]?[ck]omm?ents?\b|"
    r"\b[ck]omm?ents?[-_](?:enabled|disabled|open|closed|on|off|allowed|active|count)\b"
)
"""A class that says whether a page takes comments ("comments-enabled", "has-comments") on
the wrapper of the whole article: no comment section."""
_AUTHOR_CLASS = re.compile(r"(?:^|[-_])(?:author|byline|autor)s?(?:[-_]*(?:name|link))?$", re.I)


@attrs.frozen(kw_only=True)
class PageTags:
    """What the markup says, before reconciliation.

    Attributes:
        meta: ``<meta>`` contents by lower-cased key, in page order.
        canonical: The ``<link rel=canonical>`` address.
        lang: The ``<html lang>`` value.
        title: The ``<title>`` text.
        h1: The ``<h1>`` texts in page order, without a kicker inside them.
        kicker: The kicker (overline) inside the first ``<h1>`` or just before it.
        heading_kickers: For the first ``<h2>`` and ``<h3>`` elements holding a kicker
            element, their text without it and the kicker: where the ``<h1>`` sits in the
            navigation, the article's title is such a heading.
        headings: The texts of the first ``<h2>`` and ``<h3>`` elements (up to
            :data:`_MAX_HEADINGS` of them), in page order: a title form printed as one of them
            is shown on the page.
        microdata: Microdata and hNews values by property (``headline``, ``author``,
            ``datePublished``, ``dateModified``).
        times: ``<time datetime>`` values, the most telling first.
        bylines: Texts of visible byline elements, in page order.
        dates: Short texts of elements whose class speaks of a date ("article-date",
            "posted-on"), in page order.
        authors: Texts of the byline elements that name the author itself (``rel=author``,
            ``itemprop=author``, a class such as ``author-name``), in page order.
        published: Values of the attributes whose name speaks of a publication
            (``data-publicationdate``, ``data-published-at``, ``data-pubdate``), in page order.
    """

    meta: dict[str, list[str]]
    canonical: str | None = None
    lang: str | None = None
    title: str | None = None
    h1: tuple[str, ...] = ()
    kicker: str | None = None
    heading_kickers: tuple[tuple[str, str], ...] = ()
    headings: tuple[str, ...] = ()
    microdata: dict[str, list[str]] = attrs.Factory(dict)
    times: tuple[str, ...] = ()
    bylines: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    published: tuple[str, ...] = ()


def _squash(text: str | None) -> str:
    """The text cut to :data:`_MAX_TEXT` characters, squashed: whitespace runs as one space,
    invisible characters (soft hyphens, zero-width spaces) dropped."""
    squashed = " ".join((text or "")[:_MAX_TEXT].split())
    # a text with no invisible character (most) is printable: no further cleaning
    return squashed if squashed.isprintable() else squash(squashed)


def _text(element: lxml.html.HtmlElement) -> str:
    try:
        return _squash(element.text_content())
    except ValueError:  # text_content() of a broken element
        return ""


def first_headline(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The page's first ``<h1>`` with text, passing over a logo's empty one: where the story's
    title block starts."""
    return next((heading for heading in root.iter("h1") if _text(heading)), None)


def _short_text(
    element: lxml.html.HtmlElement, limit: int, breaks: str | None = None
) -> str | None:
    """The element's text with a space between its elements' texts ("By<b>Ann</b>" -> "By Ann"),
    and ``breaks`` for each line break and block when given ("By Ann Lee<br>Staff Writer" -> "By
    Ann Lee, Staff Writer" with ", ": the name and the job title apart, as a byline writes them
    on one line).

    None when it is longer than ``limit`` characters, which is found without reading the rest.
    """
    parts: list[str] = []
    size = 0
    for text in element.itertext() if breaks is None else _texts(element, breaks):
        size += len(text)
        if size > 4 * limit:
            return None
        parts.append(text)
    squashed = _squash(" ".join(parts))
    if breaks is not None:  # one break between two texts, none at the ends
        squashed = _BREAKS.sub(breaks.strip() + " ", squashed).strip(" " + breaks)
    return squashed if len(squashed) <= limit else None


_BREAKS = re.compile(r"(?:\s*,)+(?:\s+|$)|\s*,$")


_LABEL_END = re.compile(rf"(?:^|\s)(?:{'|'.join(BY_WORDS)})\s*:?$|:$", re.IGNORECASE)
"""A text ending with a byline label ("By", "Veröffentlicht von", "Text:"): the name after
it goes on the same line."""


def _texts(element: lxml.html.HtmlElement, breaks: str) -> Iterator[str]:
    """The element's texts in order, as ``itertext`` gives them, with ``breaks`` for each
    ``<br>`` and around each block element (a name and a job title in two ``<div>``) or element
    marked as a job title (:func:`_names_job_title`), and
    between two elements whose texts touch, the second opening with a capital
    ("<a>Ann Lee</a><span>Staff Writer</span>": the page lays them out apart, or it would
    print "Ann LeeStaff Writer"); and " and " between two links with only a space between
    them, the second opening with a capital ("<a>Ann Lee</a> <a>Bo Kim</a>": two names, the
    page's style prints what parts them; a comma would read as "Name, Organisation")."""
    if element.text:
        yield element.text
    glued = False  # the last child's text ends the line with no space after it
    linked = False  # the last child is a link, only a space after it
    for child in element:
        if child.tag == "br":
            yield breaks
            glued = linked = False
        elif isinstance(child.tag, str):
            block = child.tag in BLOCK_ELEMENTS or _names_job_title(child)
            pieces = _texts(child, breaks)  # read lazily: the caller may stop early
            last = next(pieces, "")
            link = _is_link(child)
            if block or (glued and last[:1].isupper()):
                yield breaks
            elif linked and link and last[:1].isupper():
                yield " and "  # two names: the page's style prints what parts them
            if last:
                yield last
            for last in pieces:  # the last piece is wanted after the loop
                yield last
            if block:
                yield breaks
            glued = (
                bool(last)
                and not last[-1:].isspace()
                and not child.tail
                and _LABEL_END.search(last) is None  # "<b>By</b><a>Ann Lee</a>"
            )
            linked = link and bool(last.strip()) and not (child.tail or "").strip()
        if child.tail:
            yield child.tail
            glued = False


_JOB_TITLE_CLASS = re.compile(
    r"title|jobtitle|job-title|position|(?:^|[-_\s])role(?:$|[-_\s])", re.I
)
"""A class naming an element of a byline as the author's job title ("blogtitle",
"author__title", "byline-role")."""


def _names_job_title(element: lxml.html.HtmlElement) -> bool:
    """Whether a byline's element is marked as the author's job title, by its class
    (:data:`_JOB_TITLE_CLASS`) or its microdata (``itemprop="jobTitle"``): set apart from the
    name like a block ("<b>Ann Lee</b> <span class="blogtitle">Senior Correspondent</span>")."""
    return (element.get("itemprop") or "").lower() == "jobtitle" or bool(
        _JOB_TITLE_CLASS.search(element.get("class") or "")
    )


def _is_link(element: lxml.html.HtmlElement) -> bool:
    """Whether an element is a link, or wraps one link and nothing else ("<span><a>Ann
    Lee</a></span>")."""
    while element.tag != "a":
        if len(element) != 1 or (element.text or "").strip() or (element[0].tail or "").strip():
            return False
        element = element[0]
    return True


def _tag(element: lxml.html.HtmlElement) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _add(store: dict[str, list[str]], key: str, value: str) -> None:
    values = store.setdefault(key, [])
    if value and len(values) < _MAX_VALUES and value not in values:
        values.append(value)


Tagged = dict[str, list[lxml.html.HtmlElement]]
"""The page's ``<title>``, ``<meta>``, ``<link>``, ``<time>``, ``<script>``, ``<h1>`` and
``<h2>``/``<h3>`` elements (one list for both, under ``"h2"``), each list in page order: see
:func:`tagged`."""
_TAGGED = ("title", "meta", "link", "time", "script", "h1", "h2", "h3")


def tagged(root: lxml.html.HtmlElement) -> Tagged:
    """The elements :func:`read_tags` and the JSON-LD reader look at, by tag, in page order.

    One walk of the tree (in C, with lxml's tag filter) finds them all: a walk costs about the
    same whatever the number of tags it looks for, and the metadata reader would otherwise
    walk the whole page once for each of them (even a loop that stops at the first match: lxml's
    iterator looks one match ahead).
    """
    found: Tagged = {tag: [] for tag in _TAGGED}
    found["h3"] = found["h2"]  # the headings below the title, in page order, together
    for element in root.iter(*_TAGGED):
        found[element.tag].append(element)  # type: ignore[index]  # a tag asked for: a str
    del found["h3"]
    return found


_PLACEHOLDERS = frozenset({"null", "undefined", "none", "nan"})
"""A meta tag's value that a page template printed for a missing one (``content="null"``): no
value."""


def _metas(elements: list[lxml.html.HtmlElement]) -> dict[str, list[str]]:
    meta: dict[str, list[str]] = {}
    for count, element in enumerate(elements):
        if count == _MAX_METAS:
            break
        content = _squash(element.get("content"))
        if "&" in content:  # escaped twice at the source: "Fish &amp;amp; chips"
            content = html.unescape(content)
        if "<" in content:  # markup pasted into a value: "<p>Vom Industrieunternehmen ...</p>"
            content = without_tags(content)
        if not content or content.lower() in _PLACEHOLDERS:
            continue
        for attribute in ("property", "name", "http-equiv"):
            key = (element.get(attribute) or "").strip().lower()
            if key and len(key) < 60:
                _add(meta, key, content)
    return meta


def _canonical(links: list[lxml.html.HtmlElement]) -> str | None:
    for link in links:
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href.startswith(("http://", "https://")):
            return href
    return None


def _value(element: lxml.html.HtmlElement) -> str:
    for attribute in ("content", "datetime", "title" if _tag(element) == "abbr" else ""):
        value = _squash(element.get(attribute)) if attribute else ""
        if value:
            return value
    return _text(element)


def _times(times: list[lxml.html.HtmlElement]) -> tuple[str, ...]:
    ranked: list[tuple[int, int, str]] = []
    found = [element for element in times if element.get("datetime") is not None]
    for position, element in enumerate(found[:100]):
        value = _squash(element.get("datetime"))
        if not value:
            continue
        rank = 3
        if element.get("pubdate") is not None or "datePublished" in (element.get("itemprop") or ""):
            rank = 0
        elif _IN_ARTICLE(element):
            rank = 1
        elif _IN_FURNITURE(element):
            rank = 4
        ranked.append((rank, position, value))
    return tuple(value for _, _, value in sorted(ranked))


def _microdata(element: lxml.html.HtmlElement, itemprop: str, found: dict[str, list[str]]) -> None:
    for prop in itemprop.split():
        if prop not in _PROPS or len(found.setdefault(prop, [])) >= 3:
            continue  # a few values are enough, and each may cost a subtree's text
        if prop != "author":
            _add(found, prop, _value(element))
        elif _tag(element) != "meta":
            names = _ITEMPROP_NAME(element)
            _add(found, "author", _value(names[0]) if names else _short_text(element, 200) or "")


def _hnews(
    element: lxml.html.HtmlElement,
    classes: list[str],
    found: dict[str, list[str]],
    entries: list[str],
) -> None:
    """Read an element's hNews classes: an ``<h1>`` titled ``entry-title`` is the headline;
    another such title goes to ``entries``, where one is the page's headline and two
    different ones or more mark a list of entries, none of them the page's title (a city's
    portal listing its photo feed, an archive page, a sidebar of recent posts);
    ``published`` and ``updated`` give the dates."""
    if "entry-title" in classes:
        title = _text(element)
        if _tag(element) == "h1":
            _add(found, "headline", title)
        elif title and title not in entries and len(entries) < _MAX_VALUES:
            entries.append(title)
    if "published" in classes:
        _add(found, "datePublished", _value(element))
    if "updated" in classes:
        _add(found, "dateModified", _value(element))


def _is_kicker(element: lxml.html.HtmlElement) -> bool:
    return _KICKER_CLASS.search(element.get("class") or "") is not None


_SEPARATORS = frozenset({"-", "–", "—", ":", "|", "·", "•", "/"})  # noqa: RUF001
_KICKER_WORDS = 6


def _set_apart(heading: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """A kicker in its own element and the separator after it in an element of its own
    ("<h1><span>Budget</span><span> - </span><span>Tax office hires 500</span></h1>"), as a
    page styles them apart, whatever their classes: those two elements, or none."""
    if (heading.text or "").strip() or len(heading) < 3:
        return []
    first, separator = heading[0], heading[1]
    if not (_tag(first) and _tag(separator)) or (first.tail or "").strip():
        return []
    if (separator.tail or "").strip() or _text(separator) not in _SEPARATORS:
        return []
    kicker = _text(first)
    return [first, separator] if kicker and len(kicker.split()) <= _KICKER_WORDS else []


HGROUP_PARTS = frozenset({"h2", "h3", "h4", "h5", "h6", "p"})
"""What an ``<hgroup>`` holds besides its ``<h1>``: before it a kicker, after it a subtitle."""


def _heading(heading: lxml.html.HtmlElement) -> tuple[str, str | None]:
    """The first ``<h1>``'s text without its kicker, and the kicker inside or before it: an
    element named as a kicker, one set apart before a separator (:func:`_set_apart`), or a
    heading before it in its ``<hgroup>``."""
    before = heading.getprevious()
    group = heading.getparent()
    kicker = None
    if before is not None and _tag(before):
        grouped = group is not None and _tag(group) == "hgroup" and _tag(before) in HGROUP_PARTS
        kicker = _text(before) if grouped or _is_kicker(before) else None
    apart = (
        [] if any(_tag(child) and _is_kicker(child) for child in heading) else _set_apart(heading)
    )
    if apart:
        kicker = _text(apart[0])
    parts = [heading.text or ""]
    for child in heading:
        if not _tag(child) or child in apart:  # a comment or processing instruction: its tail
            pass
        elif _is_kicker(child):
            kicker = _text(child)
        elif child.get("aria-hidden") != "true" and _tag(child) not in _SKIP:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    text = _squash("".join(parts)) if len(heading) else _text(heading)
    return text, (kicker or None) if kicker and len(kicker) <= 100 else None


def _heading_kickers(headings: list[lxml.html.HtmlElement]) -> tuple[tuple[str, str], ...]:
    """The text and kicker of the first few ``<h2>`` and ``<h3>`` (``headings``, in page order)
    that hold a kicker element."""
    found: list[tuple[str, str]] = []
    for count, heading in enumerate(headings):
        if count == _MAX_HEADINGS or len(found) == _MAX_VALUES:
            break
        if any(_tag(child) and _is_kicker(child) for child in heading):
            text, kicker = _heading(heading)
            if text and kicker:
                found.append((text, kicker))
    return tuple(found)


Mark = tuple[str, str, "lxml.html.HtmlElement | None"]
"""An attribute that can matter to the metadata: its name (``class``, ``itemprop`` or ``rel``),
its value and its element (None: the value's parent, for values found by XPath)."""


def marks(root: lxml.html.HtmlElement) -> list[Mark]:
    """The attributes :func:`read_tags` reads, in page order, found by libxml2.

    A caller that walks the tree anyway can gather them itself (see :func:`is_marked_class`)."""
    values = _MARKED(root)
    assert isinstance(values, list)  # an attribute XPath gives a list
    return [(value.attrname, value, None) for value in values]


def is_marked_class(value: str) -> bool:
    """Whether a class value can name a byline, a date or an hNews field."""
    return _ANY_CLASS.search(value) is not None


def _scan(
    root: lxml.html.HtmlElement, found_marks: list[Mark] | None = None
) -> tuple[dict[str, list[str]], list[str], list[str], list[str], list[str]]:
    """One pass over the class, itemprop and rel attributes and those naming a publication:
    microdata, hNews, bylines, dates.

    The attributes come as plain strings, in page order; an element object (costly with
    lxml.html) is made only for the few whose value can matter.
    """
    found: dict[str, list[str]] = {}
    dates: list[str] = []
    published: list[str] = []
    marked: dict[lxml.html.HtmlElement, bool] = {}  # byline elements, in page order: strong?
    itemprops = 0
    entries: list[str] = []  # hNews titles that are no <h1>: one is the headline, more a list
    classes: dict[str, bool] = {}  # whether a class value can matter, tested once a value
    for name, value, owner in marks(root) if found_marks is None else found_marks:
        if name == "class":
            matters = classes.get(value)
            if matters is None:
                matters = classes[value] = _ANY_CLASS.search(value) is not None
            if not matters:
                continue
            element = owner if owner is not None else value.getparent()  # type: ignore[attr-defined]
            if "entry-title" in value or "published" in value or "updated" in value:
                _hnews(element, value.split(), found, entries)
            if len(dates) < _MAX_DATES and _DATE_CLASS.search(value) and _tag(element) not in _SKIP:
                _add_date(element, dates)
            if _BYLINE_CLASS.search(value):
                strong = any(_AUTHOR_CLASS.search(token) for token in value.split())
                marked[element] = marked.get(element, False) or strong
        elif name == "itemprop":
            element = owner if owner is not None else value.getparent()  # type: ignore[attr-defined]
            if itemprops < 200:
                itemprops += 1
                _microdata(element, value, found)
            if "author" in value.split():
                marked[element] = True
        elif name == "rel":
            if "author" in value.lower().split():
                marked[owner if owner is not None else value.getparent()] = True  # type: ignore[attr-defined]
        elif len(published) < _MAX_DATES:  # an attribute naming a publication
            published.append(str(value))
    if len(entries) == 1:  # several: a list of entries (an archive, a feed, a sidebar)
        _add(found, "headline", entries[0])
    texts, authors = _byline_texts(marked)
    return found, texts, authors, dates, published


def _byline_texts(marked: dict[lxml.html.HtmlElement, bool]) -> tuple[list[str], list[str]]:
    """The short texts of byline elements outside footers and navigation, and the strong ones:
    those up to the first that names someone and those near that one (:func:`_near`), the
    names of one byline, not a teaser's byline further down the page."""
    texts: list[str] = []
    authors: list[str] = []
    first: lxml.html.HtmlElement | None = None
    for count, (element, strong) in enumerate(marked.items()):
        if count == _MAX_BYLINES:
            break
        if _tag(element) in _SKIP:
            continue
        text = _short_text(element, 200, breaks=", ")
        if text is None or len(text) < 2 or text in texts:
            continue
        if not _IN_FOOTER_OR_NAV(element) and not in_others_words(element):
            texts.append(text)
            if strong and (first is None or _near(first, element)):
                authors.append(text)
                if first is None and author_names(text):
                    first = element  # the byline: its names, and those near them
    return texts, authors


_BYLINE_BLOCK = 400
"""A byline's block, its names and their labels, dates and titles, holds at most this much
text."""


def _near(first: lxml.html.HtmlElement, other: lxml.html.HtmlElement) -> bool:
    """Whether two author elements stand in one byline: the smallest element holding both
    holds at most :data:`_BYLINE_BLOCK` characters of text (a story's byline and a teaser's
    further down share only the page)."""
    above = set(first.iterancestors())
    above.add(first)
    common = next((e for e in (other, *other.iterancestors()) if e in above), None)
    return common is not None and _short_text(common, _BYLINE_BLOCK) is not None


def is_in_furniture(element: lxml.html.HtmlElement) -> bool:
    """Whether an element sits in a footer, a navigation bar or an aside."""
    return bool(_IN_FURNITURE(element))


def in_others_words(element: lxml.html.HtmlElement) -> bool:
    """Whether a byline element sits in the readers' comments, in a list of other articles, in
    a figure or in a block quote, or right after a picture's credit label ("<strong>Foto:
    </strong><p class="autor">Ann Lee</p>"): its names are commenters', other authors',
    photographers' or those of an embedded post ("Posted by <a>...</a> on ..." in a quoted
    social post), not the article's. A class saying whether the page takes comments
    ("comments-enabled" on the article's wrapper) names no comment section."""
    if _after_credit_label(element):
        return True
    for ancestor in element.iterancestors():
        if ancestor.tag in ("figure", "figcaption", "blockquote"):
            return True
        label = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}".lower()
        found = _OTHERS_WORDS.search(label)
        if found and (
            not found.group().startswith(("com", "kom"))
            or _OTHERS_WORDS.search(_STATE.sub(" ", label))
        ):
            return True
    return False


_LABEL_CHARS = 30
"""A picture's credit label before a name ("Foto:", "Bildnachweis:") is at most this long."""


def _after_credit_label(element: lxml.html.HtmlElement) -> bool:
    """Whether the text right before an element (its previous sibling's, or its parent's
    opening text) is only a picture's credit label ("Foto:", "Photo:", "Credit:")."""
    before = element.getprevious()
    if before is not None:
        words = before.text_content() if isinstance(before.tag, str) else ""  # not a comment's
        lead = f"{words}{before.tail or ''}" if before.tag != "br" else ""
    else:
        parent = element.getparent()
        lead = (parent.text or "") if parent is not None else ""
    lead = lead.strip()
    return 0 < len(lead) <= _LABEL_CHARS and is_credit_label(lead)


def _add_date(element: lxml.html.HtmlElement, dates: list[str]) -> None:
    text = _short_text(element, 80)
    if not text or text in dates or not any(char.isdigit() for char in text):
        return
    if not _IN_FURNITURE(element):
        dates.append(text)


_LINE_LABEL = re.compile(
    "^(?:{})(?:\\s|:|$)".format("|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in BY_WORDS))
)
"""A line opening with a byline label, capitalised or not ("By", "von"), not in capitals."""


def _initials(words: "frozenset[str] | tuple[str, ...]") -> frozenset[str]:
    """The letters the words start with, in lower and upper case: a cheap test first."""
    return frozenset(w[0] for w in words) | frozenset(w[0].upper() for w in words)


_LABEL_INITIALS = _initials(BY_WORDS)
"""The letters a byline label (:data:`_LINE_LABEL`) can start with: a cheap test first."""
_LABELLED_TAGS = (
    "p",
    "div",
    "span",
    "li",
    "address",
    "small",
    "em",
    "strong",
    "b",
    "i",
    "font",
    "td",
    "dd",
    "cite",
    "h3",
    "h4",
    "h5",
    "h6",
)
_MAX_LABELLED = 10
_LABELLED_LINE = 160


def _first_text(element: lxml.html.HtmlElement) -> str | None:
    """The element's first text node: its text, or else the first tail of a child."""
    text = element.text
    if text is not None:
        return text
    for child in element:  # a loop, not a generator: this runs for most elements of the body
        tail = child.tail
        if tail is not None:
            return tail
    return None


_POST_WORDS = frozenset(
    {
        "article", "post", "posted", "story", "blog", "written", "guest",
        "artikel", "beitrag", "blogbeitrag", "gastbeitrag", "geschrieben", "verfasst",
        "écrit", "rédigé", "publié", "billet",
        "artículo", "escrito", "publicado", "nota",
        "articolo", "scritto", "pubblicato",
        "artigo",
    }
)  # fmt: skip
"""Words that say a post or an article was written, in the languages read: the words a byline
may print before its label ("Article by", "Blog Beitrag von", "Escrito por")."""
_LEAD_LABEL = re.compile(
    rf"^(?P<lead>(?:[^\W\d_]+\s+){{1,2}})(?:{'|'.join(BY_WORDS)})(?:\s|$)", re.IGNORECASE
)
"""One or two words and a byline label opening a line: tested against :data:`_POST_WORDS`."""
_POST_INITIALS = _initials(_POST_WORDS)


def _lead_words(text: str) -> int:
    """The length of the words that say an article was written before a byline label at the
    start of ``text`` ("Article " of "Article by Ann Lee"), or 0."""
    match = _LEAD_LABEL.match(text)
    if match is None or any(word.lower() not in _POST_WORDS for word in match["lead"].split()):
        return 0
    return match.end("lead")


_LABEL_WORDS = 3
"""The most words of a label alone in its element ("By", "Article by", "Blog Beitrag von")."""


def _with_name_after(element: lxml.html.HtmlElement, label: str) -> str:
    """The text of a label's parent when the label stands alone in its element and its parent
    begins with it ("<span>Article by</span><br><span>Ann Lee</span>": "Article by Ann Lee"),
    else the label. The lines after the name are parted by commas, as a byline prints them on
    one line ("By Ann Lee, Staff Writer")."""
    parent = element.getparent()
    if parent is None or parent.tag == "body":
        return label
    wider = _short_text(parent, _LABELLED_LINE, breaks=", ")  # "By Ann Lee, Staff Writer"
    if wider is None or not wider.startswith(label):
        return label
    return f"{label} {wider[len(label) :].lstrip(', ')}".strip()


def labelled_lines(root: lxml.html.HtmlElement) -> tuple[str, ...]:
    """Short texts of elements whose own text starts with a byline label ("By", "Von", "Por"
    ...), perhaps after one or two words saying an article was written ("Article by", "Blog
    Beitrag von", "Escrito por": those words left out), whatever their class, outside footers,
    navigation, comments, related lists and figures; in page order. A label alone in its element
    is read with the rest of its parent, the name on the next line or in the next element.

    Reading them costs a walk over the page's body, so the caller asks only when the
    metadata names no person. The lines after the page's first ``<h1>`` with text come first:
    a story's byline follows its headline, and a line above it ("Von Iron Man zu Doctor Doom",
    a teaser's kicker) is another's.
    """
    body = root.find("body")
    if body is None:
        return ()
    found: list[str] = []
    above: list[str] = []  # before the first <h1> with text
    heading = first_headline(body)
    for element in body.iter(*_LABELLED_TAGS, "h1"):
        if element.tag == "h1":  # looked at only to know which lines stand above it
            if element is heading:
                found, above, heading = [], found, None
            continue
        first = _first_text(element)
        if first is None:
            continue
        initial = first.lstrip()[:1]
        if initial not in _LABEL_INITIALS and initial not in _POST_INITIALS:
            continue  # most texts: a cheap test first
        squashed = " ".join(first.split())
        lead = 0
        if initial not in _LABEL_INITIALS or not _LINE_LABEL.match(squashed):
            if initial not in _POST_INITIALS or len(first) > _LABELLED_LINE:
                continue
            lead = _lead_words(squashed)
            if not lead:
                continue
        text = _short_text(element, _LABELLED_LINE)
        if text and len(text.split()) <= _LABEL_WORDS and _LABEL_END.search(text):
            text = _with_name_after(element, text)
        if text and lead:
            text = text[_lead_words(text) :]  # "Article by Ann Lee": "by Ann Lee"
        if not text or text in found or text in above:
            continue
        if _IN_FURNITURE(element):
            continue
        if len(found) == _MAX_LABELLED:
            if heading is None:
                break
            continue  # enough above the headline: the lines after it are still looked for
        if not in_others_words(element):
            found.append(text)
    return (*found, *above) if heading is None else tuple(found)


def _set_date(text: str) -> str | None:
    """The first date a script's code sets as a property (:data:`_SCRIPT_SET_DATE`)."""
    for match in _SCRIPT_SET_DATE.finditer(text):
        if text[match.start() - 1 : match.start()] == ".":
            return match[1]
    return None


def script_date(
    root: lxml.html.HtmlElement, scripts: list[lxml.html.HtmlElement] | None = None
) -> str | None:
    """The first publication date in the page's scripts other than JSON-LD, if any.

    Pages built by JavaScript frameworks carry their data in scripts (``"publishedAt": "..."``).
    Reading every script costs, so the caller asks only when no other date was found.
    ``scripts`` are the page's ``<script>`` elements when the caller has them (:func:`tagged`).
    """
    for script in root.iter("script") if scripts is None else scripts:
        if "ld+json" in (script.get("type") or ""):
            continue  # read as JSON-LD
        text = (script.text or "")[:_MAX_SCRIPT]
        if not any(key in text for key in _SCRIPT_KEYS):  # far cheaper than the expression
            continue
        match = _SCRIPT_DATE.search(text)
        if match:
            return match[1]
        found = _set_date(text)
        if found is not None:
            return found
    return None


def attribute_date(values: Sequence[str]) -> str | None:
    """The first of the values of attributes naming a publication (:attr:`PageTags.published`)
    that holds a date with its year ("2024-04-15T13:38:00+02:00"), if any."""
    for value in values:
        text = value.strip()
        if 6 <= len(text) <= 40 and _YEAR.search(text):
            return text
    return None


_YEAR = re.compile(r"(?:19|20)\d\d")
"""A year anywhere in an attribute's value, compact dates too ("20240415T1338"): looser than
the year :mod:`._meta_dates` looks for in visible text, which stands apart from other digits."""
_AFTER_TITLE = etree.XPath("following::*[position() <= 40]")
"""The elements that follow a heading in page order, the title block's among them."""
_TITLE_BLOCK_LINE = 80


def title_block_lines(root: lxml.html.HtmlElement) -> tuple[str, ...]:
    """The short texts (up to :data:`_TITLE_BLOCK_LINE` characters) of the 40 elements after
    the page's first ``<h1>`` with text, in page order: where a page prints its date under the
    title whatever the date element's name ("2025年1月13日 20時01分" in ``<span
    class="data">``). The caller asks only when nothing else gave a date."""
    heading = first_headline(root)
    if heading is None:
        return ()
    elements = _AFTER_TITLE(heading)
    assert isinstance(elements, list)  # an element XPath gives a list
    lines: list[str] = []
    for element in elements:
        if _tag(element) in _SKIP:
            continue
        text = _short_text(element, _TITLE_BLOCK_LINE)
        if text and text not in lines:
            lines.append(text)
    return tuple(lines)


def read_tags(
    root: lxml.html.HtmlElement,
    found_marks: list[Mark] | None = None,
    elements: Tagged | None = None,
) -> PageTags:
    """Gather the page's metadata markup.

    Args:
        root: The parsed page.
        found_marks: The page's class, itemprop and rel attributes (:func:`marks`), when the
            caller gathered them in its own pass over the tree.
        elements: The page's elements by tag (:func:`tagged`), when the caller has them.

    Returns:
        The values found, unreconciled.
    """
    if elements is None:
        elements = tagged(root)
    titles = elements["title"]
    title = titles[0] if titles else None
    microdata, bylines, authors, dates, published = _scan(root, found_marks)
    headings: list[str] = []
    kicker = None
    for position, heading in enumerate(elements["h1"]):
        text, found = _heading(heading) if position == 0 else (_text(heading), None)
        kicker = kicker or found
        if text:
            headings.append(text)
        if len(headings) == 5:
            break
    return PageTags(
        heading_kickers=_heading_kickers(elements["h2"]),
        headings=tuple(
            text for text in map(_text, elements["h2"][:_MAX_HEADINGS]) if 0 < len(text) <= 500
        ),
        meta=_metas(elements["meta"]),
        canonical=_canonical(elements["link"]),
        lang=_squash(root.get("lang") or root.get("xml:lang")) or None,
        title=_text(title) if title is not None else None,
        h1=tuple(headings),
        kicker=kicker,
        microdata=microdata,
        times=_times(elements["time"]),
        bylines=tuple(bylines),
        authors=tuple(authors),
        dates=tuple(dates),
        published=tuple(published),
    )
