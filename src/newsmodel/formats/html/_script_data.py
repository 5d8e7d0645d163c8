"""The body of a page its scripts render, found in the data the page hands its scripts.

A page built in the browser (a Next.js or Nuxt site rendered on the client) may ship nothing but
"Loading…" in its markup and the article in a JSON data script: ``<script id="__NEXT_DATA__"
type="application/json">``. When every other way leaves the body next to empty, the reader
looks there: the longest string in that data that is HTML (closing paragraph tags) or prose
(several sentences) is taken as the body.
"""

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import html

__all__ = ["data_scripts", "has_markup", "longest_body"]

_DATA_IDS = frozenset({"__NEXT_DATA__", "__NUXT_DATA__", "__NUXT__", "__APOLLO_STATE__"})
"""The ids that frameworks give the script holding a page's data."""
_MARKUP = re.compile(r"</(?:p|h[1-6]|li|div|blockquote)>|<br\s*/?>", re.IGNORECASE)
"""A string holding HTML rather than text: a closing paragraph-level tag or a line break."""
_SENTENCE = re.compile(r"[.!?。](?:\s|$)")
_SENTENCES = 3
"""Prose holds at least this many sentence ends."""
_WORD_CHARS = 12
"""Prose has a space at least every this many characters on average (not an address, a key or
base64 data)."""


def data_scripts(root: html.HtmlElement) -> list[str]:
    """The texts of the page's JSON data scripts (``type="application/json"``, or an id a
    framework gives its data), in page order."""
    return [
        script.text
        for script in root.iter("script")
        if script.text
        and (
            (script.get("type") or "").strip().lower() == "application/json"
            or script.get("id") in _DATA_IDS
        )
    ]


def longest_body(scripts: list[str]) -> str | None:
    """The longest string in the scripts' JSON data that is HTML or prose; None when there is
    none. A script that is not JSON (or nests too deep for Python's decoder) is passed over."""
    best = ""
    for text in scripts:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        for value in _strings(data):
            if len(value) > len(best) and _is_body(value):
                best = value
    return best or None


def _strings(data: Any) -> Iterator[str]:
    """Every string in decoded JSON, without recursion (a deep document cannot overflow the
    stack)."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


def has_markup(value: str) -> bool:
    """Whether a string holds HTML rather than text (a JSON-LD ``articleBody``, a script's
    data): a closing paragraph-level tag or a line break."""
    return _MARKUP.search(value) is not None


def _is_body(value: str) -> bool:
    """Whether a string reads as an article's body: HTML with paragraphs, or prose of several
    sentences with words of ordinary length."""
    if has_markup(value):
        return True
    return (
        value.count(" ") * _WORD_CHARS >= len(value) and len(_SENTENCE.findall(value)) >= _SENTENCES
    )
