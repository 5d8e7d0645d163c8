"""JSON-LD in a web page: the schema.org article node and what it says.

Every ``<script type="application/ld+json">`` block is read; a block that is not JSON, even after
the usual repairs (CDATA and comment wrappers, HTML entities, raw control characters, trailing
commas), is skipped without losing the others. Nodes are collected from top-level objects,
arrays, ``@graph`` and nested values; ``@type`` may be a string or an array; ``@id``
references are resolved. :func:`article_nodes` returns the article nodes (NewsArticle and its
subtypes, Article, BlogPosting, LiveBlogPosting ...), WebPage nodes last, and the helpers read
their fields.
"""

import html
import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.html

from newsmodel.extract.normalize import without_tags

__all__ = [
    "ARTICLE_TYPES",
    "JsonNode",
    "article_nodes",
    "biographies",
    "people",
    "read_blocks",
    "resolve",
    "strings",
    "types",
]

JsonNode = dict[str, Any]
"""A JSON-LD node: a JSON object."""

ARTICLE_TYPES = frozenset(
    [
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "Article",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "Report",
        "ScholarlyArticle",
        "TechArticle",
        "SatiricalArticle",
        "AdvertiserContentArticle",
        "Review",
    ]
)
"""The schema.org types whose nodes describe an article."""

_PAGE_TYPES = frozenset(["WebPage", "ItemPage", "WebSite"])
_MAX_NODES = 2000
_MAX_DEPTH = 20
_MAX_SCRIPT = 2_000_000
_MAX_STRING = 5000
_TRAILING_COMMA = re.compile(r",\s*([\]}])")
_WRAPPERS = re.compile(r"^\s*(?:<!\[CDATA\[|<!--|//\s*<!\[CDATA\[)|(?://\s*)?(?:\]\]>|-->)\s*$")


def _loads(text: str) -> Any:
    """Parse a script's JSON, repairing the usual damage; None if it cannot be read."""
    attempts = (
        lambda t: t,
        lambda t: _WRAPPERS.sub("", t),
        lambda t: _TRAILING_COMMA.sub(r"\1", _WRAPPERS.sub("", t)),
        lambda t: html.unescape(_TRAILING_COMMA.sub(r"\1", _WRAPPERS.sub("", t))),
    )
    for repair in attempts:
        try:
            return json.loads(repair(text), strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def read_blocks(
    root: lxml.html.HtmlElement, scripts: list[lxml.html.HtmlElement] | None = None
) -> list[Any]:
    """The parsed JSON of each readable JSON-LD script in the page, in document order.

    ``scripts`` are the page's ``<script>`` elements, when the caller has them already."""
    blocks = []
    for script in root.iter("script") if scripts is None else scripts:
        kind = (script.get("type") or "").strip().lower()
        if not kind.startswith("application/ld+json"):
            continue
        text = script.text or ""
        if not text.strip() or len(text) > _MAX_SCRIPT:
            continue
        data = _loads(text.strip())
        if isinstance(data, dict | list):
            blocks.append(data)
    return blocks


def types(node: JsonNode) -> set[str]:
    """The node's ``@type`` values without a vocabulary prefix ("schema:NewsArticle")."""
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return {item.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for item in values if isinstance(item, str)}


def _walk(blocks: list[Any]) -> Iterator[JsonNode]:
    """Every object in the blocks, depth first, at most ``_MAX_NODES`` of them."""
    stack: list[tuple[Any, int]] = [(block, 0) for block in reversed(blocks)]
    count = 0
    while stack and count < _MAX_NODES:
        value, depth = stack.pop()
        if depth > _MAX_DEPTH:
            continue
        if isinstance(value, list):
            stack.extend((item, depth + 1) for item in reversed(value))
        elif isinstance(value, dict):
            count += 1
            yield value
            stack.extend((item, depth + 1) for item in reversed(list(value.values())))


def article_nodes(blocks: list[Any]) -> tuple[list[JsonNode], dict[str, JsonNode]]:
    """The article nodes of the page, and every node by ``@id``.

    Args:
        blocks: What :func:`read_blocks` returned.

    Returns:
        The article nodes in document order followed by the WebPage nodes, and an index of all
        nodes by ``@id`` for resolving references.
    """
    articles: list[JsonNode] = []
    pages: list[JsonNode] = []
    index: dict[str, JsonNode] = {}
    for node in _walk(blocks):
        node_id = node.get("@id")
        if isinstance(node_id, str) and len(node) > 1:
            index.setdefault(node_id, node)
        found = types(node)
        if found & ARTICLE_TYPES:
            articles.append(node)
        elif found & _PAGE_TYPES:
            pages.append(node)
    return articles + pages, index


def resolve(value: Any, index: dict[str, JsonNode]) -> Any:
    """Replace a bare ``{"@id": ...}`` reference by the node it names."""
    if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("@id"), str):
        return index.get(value["@id"], value)
    return value


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def strings(value: Any, *keys: str) -> list[str]:
    """The non-empty strings in a value: a string, a number, a list, or objects' ``keys``.

    HTML entities are decoded and whitespace squashed.

    >>> strings([" a ", {"name": "b"}, 3], "name")
    ['a', 'b', '3']
    """
    found = []
    for item in _items(value)[:100]:
        if isinstance(item, dict):
            for key in keys:
                if key in item:
                    found.extend(strings(item[key]))
                    break
        elif isinstance(item, str | int | float) and not isinstance(item, bool):
            # markup inside a value: "<p>The minister <b>said</b></p>"
            text = without_tags(html.unescape(str(item)[:_MAX_STRING]))
            if text:
                found.append(text)
    return found


def _person_name(node: JsonNode) -> str | None:
    names = strings(node.get("name"))
    if names:
        return names[0]
    parts = [
        part
        for key in ("givenName", "additionalName", "familyName")
        for part in strings(node.get(key))[:1]
    ]
    return " ".join(parts) or None


def job_titles(value: Any, index: dict[str, JsonNode]) -> dict[str, str]:
    """The ``jobTitle`` of each person in an ``author`` value that gives one, by name.

    >>> job_titles([{"@type": "Person", "name": "Ann Lee", "jobTitle": "Editor"}], {})
    {'Ann Lee': 'Editor'}
    >>> job_titles([{"@type": "Person", "name": "Ann Lee", "jobTitle": "Author"}], {})
    {}
    """
    found: dict[str, str] = {}
    for item in _items(value)[:50]:
        item = resolve(item, index)
        if isinstance(item, dict):
            name, titles = _person_name(item), strings(item.get("jobTitle"))
            if name and titles and len(titles[0]) <= 100 and not _SAYS_AUTHOR.fullmatch(titles[0]):
                found[name] = titles[0]
    return found


_SAYS_AUTHOR = re.compile(
    r"(?:the\s+)?(?:authors?|autor(?:in)?|auteure?|autore|autora)", re.IGNORECASE
)
"""A ``jobTitle`` that only says the person is the author ("Author"): no job title."""


def biographies(value: Any, index: dict[str, JsonNode]) -> list[str]:
    """The ``description`` of each person in an ``author`` value that gives one: the author's
    biography, as SEO plugins write it beside the box a page prints under the story.

    >>> ann = {"@type": "Person", "name": "Ann Lee", "description": "Ann covers courts."}
    >>> biographies([ann], {})
    ['Ann covers courts.']
    """
    found: list[str] = []
    for item in _items(value)[:50]:
        item = resolve(item, index)
        if isinstance(item, dict) and "Organization" not in types(item):
            found.extend(strings(item.get("description"))[:1])
    return found


def people(value: Any, index: dict[str, JsonNode]) -> list[tuple[str, bool]]:
    """The authors in an ``author`` or ``creator`` value, each with whether it is a person.

    A plain string counts as a person; an object is an organisation when its ``@type`` says so.

    >>> ann, ap = {"@type": "Person", "name": "Ann Lee"}, {"@type": "Organization", "name": "AP"}
    >>> people([ann, ap], {})
    [('Ann Lee', True), ('AP', False)]
    """
    found: list[tuple[str, bool]] = []
    for item in _items(value)[:50]:
        item = resolve(item, index)
        if isinstance(item, str):
            found.extend((text, True) for text in strings(item))
        elif isinstance(item, dict):
            name = _person_name(item)
            if name:
                kinds = types(item)
                is_person = "Person" in kinds or not kinds
                found.append((name, is_person))
    return found
