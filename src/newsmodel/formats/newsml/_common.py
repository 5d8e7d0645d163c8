"""Names shared by the NewsML-G2 reader and writer: namespaces, QCodes, the warning class."""

import re

from newsmodel.errors import ReadWarning

__all__ = [
    "CANONICAL_REL",
    "GENERATOR",
    "IPTC_CATALOG",
    "NAR_NS",
    "QCODE",
    "UNKNOWN_PROVIDER",
    "UNKNOWN_TIME",
    "NewsMLWarning",
    "collapse",
    "writable_uri",
]

NAR_NS = "http://iptc.org/std/nar/2006-10-01/"
"""The NewsML-G2 namespace, the same for every version."""

IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
"""The IPTC catalog the written items reference (it defines ninat:, stat:, drol:, cpprole: ...)."""

CANONICAL_REL = "http://www.iana.org/assignments/relation/canonical"
"""The IANA "canonical" link relation as a URI: an item's ``link`` to the article's URL."""

GENERATOR = "newsmodel"
"""The ``itemMeta/generator`` of written items: the reader trusts their structured fields and
does not parse their dateline text."""


UNKNOWN_TIME = "1970-01-01T00:00:00Z"
"""The ``versionCreated`` that newsmodel 0.1 wrote for an article with no date; read back as no
date. Newer writers write the time of writing (``WriteOptions.now``, ``SOURCE_DATE_EPOCH``)."""

UNKNOWN_PROVIDER = "unknown"
"""The ``provider`` ``literal`` written for an article without a ``source`` (the schema requires
a provider); read back as no source."""

QCODE = re.compile(r"[^\s:]+:\S+")
"""What the schema accepts as a QCode (``alias:code``)."""

_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_IP_LITERAL = re.compile(r"\[[0-9A-Fa-f:.]+\]")


def writable_uri(uri: str) -> bool:
    """Whether a URI passes the schema's ``xs:anyURI`` check: no stray ``%``, at most one ``#``,
    brackets only around an IP literal host.

    >>> writable_uri("https://example.org/a b"), writable_uri("https://example.org/[x]")
    (True, False)
    """
    if _BAD_PERCENT.search(uri) or uri.count("#") > 1:
        return False
    _scheme, separator, rest = uri.partition("://")
    if not separator:
        return "[" not in uri and "]" not in uri
    authority, _, path = rest.partition("/")
    host = _IP_LITERAL.sub("", authority)
    return not any(c in part for c in "[]" for part in (host, path))


_SPACE_RUN = re.compile(r"\s+")
"""A whole whitespace run, matched once (so the scan is linear in the text)."""
_HARD_CHARS = frozenset("\t\n\r\f\v")


def _one_space(match: re.Match[str]) -> str:
    run = match.group()
    return run if _HARD_CHARS.isdisjoint(run) else " "


def collapse(text: str | None) -> str:
    """Return element text as metadata: stripped, each whitespace run holding a line break or tab
    made one space."""
    if not text:
        return ""
    return _SPACE_RUN.sub(_one_space, text).strip()


class NewsMLWarning(ReadWarning):
    """Something a NewsML-G2 reader forgave in a file that breaks the standard: an offset like
    ``+0100``, a padded or empty date, elements out of order, a missing provider or namespace.

    The API issues one per thing forgiven; ``problem`` is the thing forgiven, a
    :class:`~newsmodel.errors.Problem` of severity "warning" with a stable code and the
    element's location.
    """
