"""The headline among a page's title forms, without the site's name.

The title forms are the JSON-LD headline, ``og:title``, ``twitter:title``, microdata, the first
``<h1>`` (without a kicker inside it) and ``<title>``; a form that is an address's slug
("adac-kindersitztest-herbst-2018") is none. A leading or trailing part cut off by a
separator (" | ", " - ", " -- ", a dash, a colon with spaces ...) is removed when it names the site:
``og:site_name``, ``application-name``, the JSON-LD publisher, or the canonical address's domain.
So is a part that two forms or more add to a third, and the kicker with a separator at the start
of a form ("Budget: Tax office hires 500"): the kicker inside or before the ``<h1>``, or in an
``<h2>`` or ``<h3>`` whose other text is a title form. Then the forms vote: each counts for the
form it equals, and half for a form it extends by leading or trailing parts (a site's name,
or a breadcrumb of its sections and name: "... » Local » News » Courier"). Where the ``<h1>``
marks up a kicker of its own, a form that is its text after another kicker and a separator
counts fully for it:
the page has shown which part is the headline. The best supported form wins; ties go
to the form first in the order above.
"""

import re
import urllib.parse
from collections.abc import Iterator

from newsmodel.formats.html._meta_jsonld import JsonNode, resolve, strings
from newsmodel.formats.html._meta_tags import PageTags
from newsmodel.formats.html._unspaced import word_count

__all__ = ["headline_and_kicker", "is_site", "norm", "site_names"]

_SEPARATOR = re.compile(r"\s+(?:--|[|\-–—:·•»«~/])\s+|\s*\|\s*")  # noqa: RUF001 (real dashes)
"""A separator between a title's parts: a bar, a dash (or two hyphens, as a typewriter writes
one), a colon, a dot, guillemets, a tilde or a slash between spaces."""
_KICKER_CUT = re.compile(r"\s*[:|\-–—·•»]\s+")  # noqa: RUF001 (real dashes)
_NOT_ALNUM = re.compile(r"[\W_]+")
"""What is not a letter or digit: ``\\w`` is exactly what ``str.isalnum`` accepts, and ``_``."""
_SECOND_LEVEL = frozenset(["co", "com", "org", "net", "gov", "ac", "ne", "or", "go", "gv"])


def norm(text: str) -> str:
    """``text`` in lower case with letters and digits only, for comparing names.

    >>> norm("The Daily-News.com")
    'thedailynewscom'
    """
    return _NOT_ALNUM.sub("", text.casefold())


def site_names(tags: PageTags, node: JsonNode | None, index: dict[str, JsonNode]) -> list[str]:
    """The names the page gives its site, normalised by :func:`norm`.

    Args:
        tags: The page's markup metadata.
        node: The JSON-LD article node, for its publisher.
        index: The JSON-LD nodes by ``@id``.

    Returns:
        ``og:site_name``, ``application-name``, the publisher's name and the canonical address's
        domain ("example" and "example.co.uk" for ``www.example.co.uk``).
    """
    names = list(tags.meta.get("og:site_name", [])) + tags.meta.get("application-name", [])
    if node is not None:
        names += strings(resolve(node.get("publisher"), index), "name")
    for url in [tags.canonical, *tags.meta.get("og:url", [])]:
        try:
            host = urllib.parse.urlsplit(url or "").hostname or ""
        except ValueError:  # a bracket that opens no IPv6 address ("http://<![CDATA[a.example/")
            continue
        parts = [part for part in host.split(".") if part not in ("www", "m", "amp")]
        if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL:  # example.co.uk
            parts = parts[:-1]
        if len(parts) >= 2:
            names.append(parts[-2])
            names.append(".".join(parts))
    return [name for name in (norm(name) for name in names) if len(name) >= 2]


def is_site(part: str, sites: list[str]) -> bool:
    """Whether ``part`` names the site: it equals or is inside a site name, or is one plus a word.

    >>> is_site("Daily Mail Online", ["dailymail"]), is_site("Guardian wins award", ["guardian"])
    (True, False)
    """
    normal = norm(part)
    if not normal:
        return False
    for site in sites:
        if normal == site or (len(normal) >= 4 and normal in site):
            return True
        if len(site) >= 4 and site in normal and len(normal) - len(site) <= 8:  # "... Online"
            return True
    return False


def _without_site(title: str, sites: list[str]) -> str:
    """The title without leading or trailing parts that name the site."""
    for _ in range(3):
        parts = _SEPARATOR.split(title)
        if len(parts) < 2:
            break
        seps = _SEPARATOR.findall(title)
        if is_site(parts[-1], sites):
            title = title[: len(title) - len(parts[-1]) - len(seps[-1])].strip()
        elif is_site(parts[0], sites):
            title = title[len(parts[0]) + len(seps[0]) :].strip()
        else:
            break
    return title


def _cut_off(title: str) -> Iterator[tuple[str, str, str, str]]:
    """The title cut where its separators stand, one part more each time: the title without
    its last parts and the last part cut off, and without its first parts and the first part
    cut off ("A | B | C" gives ("A | B", "C", "B | C", "A"), then ("A", "B", "C", "B"))."""
    parts = _SEPARATOR.split(title)
    seps = _SEPARATOR.findall(title)
    head, tail = title, title
    for first, last, before, after in zip(
        parts, reversed(parts), seps, reversed(seps), strict=False
    ):
        head = head[: len(head) - len(last) - len(after)].strip()
        tail = tail[len(first) + len(before) :].strip()
        yield head, last, tail, first


def _cut_pairs(title: str) -> list[tuple[str, str]]:
    """The title without its last part and without its first, each with the part cut off."""
    for head, last, tail, first in _cut_off(title):
        return [(head, last), (tail, first)]
    return []


def _cuts(title: str) -> set[str]:
    """The title without its first parts or its last ones, where separators cut them off: a
    site's name, or a breadcrumb of the site's sections and its name ("Fire destroys barn »
    Local » News » Courier" gives "Fire destroys barn", "Fire destroys barn » Local", ...)."""
    return {cut.casefold() for head, _, tail, _ in _cut_off(title) for cut in (head, tail)}


def _repeated_parts(forms: list[str]) -> list[str]:
    """Parts that several forms add to another form: a site name the page does not declare.

    "Snow in April - Foo" as ``og:title`` and ``<title>`` with "Snow in April" as ``<h1>``
    make "Foo" such a part.
    """
    full = {form.casefold() for form in forms}
    counts: dict[str, int] = {}
    for form in forms:
        for cut, part in _cut_pairs(form):
            if cut.casefold() in full:
                counts[norm(part)] = counts.get(norm(part), 0) + 1
    return [part for part, count in counts.items() if count >= 2 and part]


def _heading_kicker(tags: PageTags, forms: list[str]) -> str | None:
    """The kicker of an ``<h2>`` or ``<h3>`` whose text without it is one of the title forms:
    the article's title printed in a heading other than the ``<h1>``."""
    keys = {form.casefold() for form in forms}
    return next((kicker for text, kicker in tags.heading_kickers if text.casefold() in keys), None)


def _without_kicker(title: str, kicker: str) -> str:
    """The title without the kicker and a separator before it ("Budget: Tax office hires
    500" with the kicker "Budget"), the title itself when it does not start so."""
    match = _KICKER_CUT.match(title[len(kicker) :]) if title.startswith(kicker) else None
    rest = title[len(kicker) + match.end() :] if match else ""
    return rest if word_count(rest) >= 2 else title


_SLUG_PARTS = re.compile(r"[-_]")


def _is_slug(form: str) -> bool:
    """Whether a title form is an address's slug, not a title: lower-case words and numbers
    joined by three or more dashes or underscores, without a space
    ("adac-kindersitztest-herbst-2018").

    >>> _is_slug("adac-kindersitztest-herbst-2018"), _is_slug("Covid-19: the self-test")
    (True, False)
    """
    parts = _SLUG_PARTS.split(form)
    return len(parts) >= 4 and form.islower() and all(part.isalnum() for part in parts)


_KICKER_END = re.compile(r"\w.{0,99}?\s*[:|\-–—·•»]\s+", re.DOTALL)  # noqa: RUF001 (real dashes)


def _after_kicker(form: str, title: str) -> bool:
    """Whether ``form`` is ``title`` after a kicker and a separator of its own, not one cut
    off as a site part ("Iran attack: Ten hurt" for "Ten hurt").

    >>> _after_kicker("iran attack: ten hurt", "ten hurt"), _after_kicker("ten hurt", "ten hurt")
    (True, False)
    """
    return (
        len(form) > len(title)
        and form.endswith(title)
        and _KICKER_END.fullmatch(form[: len(form) - len(title)]) is not None
    )


def headline_and_kicker(
    tags: PageTags, node: JsonNode | None, sites: list[str]
) -> tuple[str | None, str | None]:
    """Choose the headline among the title forms (see the module's description).

    Args:
        tags: The page's markup metadata.
        node: The JSON-LD article node, if any.
        sites: The site's names from :func:`site_names`.

    Returns:
        The headline, and the kicker found in or before the first ``<h1>``.
    """
    forms: list[str] = []
    if node is not None:
        forms += strings(node.get("headline"))[:1] or strings(node.get("name"))[:1]
    for key in ("og:title", "twitter:title"):
        forms += tags.meta.get(key, [])[:1]
    forms += tags.microdata.get("headline", [])[:1] + list(tags.h1[:1])
    forms += [tags.title] if tags.title else []
    for key in ("dc.title", "parsely-title", "title", "sailthru.title"):
        forms += tags.meta.get(key, [])[:1]
    stripped = [
        _without_site(form, sites) for form in forms if 0 < len(form) <= 500 and not _is_slug(form)
    ]
    stripped = [form for form in stripped if form and not is_site(form, sites)]  # a logo in <h1>
    repeated = _repeated_parts(stripped)
    if repeated:
        stripped = [_without_site(form, repeated) or form for form in stripped]
    if not stripped:
        return None, tags.kicker
    kicker = tags.kicker or _heading_kicker(tags, stripped)
    if kicker:
        stripped = [_without_kicker(form, kicker) for form in stripped]
    keys = [form.casefold() for form in stripped]
    cuts = [_cuts(form) for form in stripped]
    # A form the page prints as a lower heading (the story's title in an <h2> under an <h1>
    # that names the section or the site) is shown there: the heading votes for it, once.
    for heading in dict.fromkeys(tags.headings):
        key = heading.casefold()
        if key in keys or any(
            key in cut and 2 * len(key) > len(form) for form, cut in zip(keys, cuts, strict=True)
        ):
            stripped.append(heading)
            keys.append(key)
            cuts.append(_cuts(heading))
    # A kicker marked up in the <h1> shows the page's own split of kicker and headline: a form
    # that is the <h1>'s text after another leading part carries a kicker of its own.
    marked = tags.h1[0].casefold() if tags.kicker and tags.h1 else None

    def votes(rank: int) -> tuple[float, int]:
        key = keys[rank]
        agree = within = 0
        for other, cut in zip(keys, cuts, strict=True):
            if other == key or (key == marked and _after_kicker(other, key)):
                agree += 1
            elif key in cut:  # another form is this one plus a site part
                within += 1
        return agree + within / 2, -rank

    return stripped[max(range(len(stripped)), key=votes)], kicker
