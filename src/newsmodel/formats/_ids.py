"""The one id derivation every writer shares, for an article that has no ``id`` of its own.

A format that requires an identifier (a NewsML-G2 ``guid``, a ninjs ``uri``) writes the
article's ``id``, else :func:`derived_id`: ``urn:newsmodel:sha256:`` and the SHA-256 of the
article's canonical JSON. The same article gets the same id in every format and every run, never
a random one, and readers give back no ``id`` for such a URN.
"""

import hashlib
import json
import re

from newsmodel.model import Article

__all__ = ["DERIVED_ID", "DERIVED_PREFIX", "article_id", "derived_id", "is_derived"]

DERIVED_PREFIX = "urn:newsmodel:sha256:"
"""The prefix of a derived id."""

DERIVED_ID = re.compile(r"urn:newsmodel:(?:sha256:[0-9a-f]{64}|[0-9a-f]{32})")
"""A derived id, and the shorter form that ninjs documents of newsmodel 0.1 carry."""


def derived_id(article: Article) -> str:
    """Return the URN derived from the article's content, ignoring its ``id``.

    >>> derived_id(Article(headline="Talks resume"))[:21]
    'urn:newsmodel:sha256:'
    """
    from newsmodel.formats.json import to_data  # the canonical form of an article

    data = to_data(article)
    data.pop("id", None)
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()
    return DERIVED_PREFIX + digest


def article_id(article: Article) -> str:
    """Return the article's id if it has a non-empty one, else :func:`derived_id`."""
    return article.id if article.id else derived_id(article)


def is_derived(value: str) -> bool:
    """Whether ``value`` is a derived id, which readers give back as no id."""
    return DERIVED_ID.fullmatch(value) is not None
