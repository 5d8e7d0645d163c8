"""Hypothesis strategies of documents for fuzzing the readers (issue 7).

A document starts as a real one: a generated article (:mod:`tests.strategies`) written by one of the
registry's writers. It is then mutated zero or more times (byte flips, truncation, insertions of
random bytes or of tokens that matter to some syntax, deletions, duplications, splices with
another written document) or replaced by random bytes. The strategies read the registry, so a
format registered later is written and read without a change here.
"""

import warnings
from collections.abc import Callable

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

import newsmodel
from newsmodel.formats import FORMATS
from tests.strategies import articles, characters, texts

__all__ = [
    "TOKENS",
    "documents",
    "mutated",
    "readable_formats",
    "writable_formats",
    "written",
]

TOKENS: tuple[bytes, ...] = (
    b"<",
    b">",
    b"</",
    b"/>",
    b"&",
    b"&amp;",
    b"&#0;",
    b"&#x110000;",
    b"&e;",
    b"<![CDATA[",
    b"]]>",
    b"<!--",
    b"-->",
    b'<!DOCTYPE a [<!ENTITY e "x">]>',
    b'<?xml version="1.0" encoding="latin-1"?>',
    b'<?xml version="1.0" encoding="utf-16"?>',
    b'<meta charset="shift_jis">',
    b"<p>",
    b"</p>",
    b"<h1>",
    b"<script>",
    b"<table><tr><td>",
    b'<script type="application/ld+json">{"@type":"NewsArticle","headline":',
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b"\\",
    b"\\u",
    b"\\ud800",
    b":",
    b",",
    b"null",
    b"1e999999",
    b"9" * 5000,
    b"-0",
    b'"newsmodel":',
    b'"type":',
    b'"body_html":"<p>',
    b'"uri":',
    b"\x00",
    b"\x01",
    b"\x08",
    b"\x0b",
    b"\x0c",
    b"\x1f",
    b"\x7f",
    "\ufffe".encode(),
    "\uffff".encode(),
    b'<meta name="generator" content="newsmodel">',
    b'<article data-newsmodel="1" itemscope itemtype="https://schema.org/NewsArticle">',
    b'<span class="dateline" itemprop="dateline">',
    b'<img src="',
    b"<noscript><img src=x>",
    b'<p data-note="correction">',
    b'<q data-speaker="',
    b"<!DOCTYPE a [",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\xed\xa0\x80",
    b"\xc3",
    b"\r",
    b"\n",
    b"\n\n",
    b"\t",
    "\u2028".encode(),
    "\u202e".encode(),
    "e\u0301\u0301\u0301".encode(),
    "\ufeff".encode(),
    b"By ",
    b"OSLO, March 3 (Reuters) - ",
    b"\xe2\x80\x9c",
    b"\xe2\x80\x9d",
    b" said ",
    b"-- ",
    b"# ",
)
"""Byte strings that mean something to one of the syntaxes read: markup (newsmodel's own HTML
markup among it), entities, JSON, encodings, control characters and Unicode that text handling
or an lxml tree trips on, and the words the plain-text heuristics look for."""


def readable_formats() -> list[str]:
    """The names of the registered formats that can be read, in registry order."""
    return [name for name, fmt in FORMATS.items() if fmt.read is not None or fmt.read_all]


def writable_formats() -> list[str]:
    """The names of the registered formats that can be both written and read."""
    return [name for name in readable_formats() if FORMATS[name].write is not None]


def _write(format: str) -> Callable[[newsmodel.Article], bytes]:
    def write(article: newsmodel.Article) -> bytes:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", newsmodel.LossWarning)
            return newsmodel.dumps(article, format=format).encode("utf-8")  # type: ignore[arg-type]

    return write


_ARTICLES = articles(text=texts(characters(xml=True)), max_sections=2, max_blocks=3, max_items=2)
"""Articles every writer writes: the XML writers (NewsML-G2) rightly refuse U+FFFE and U+FFFF,
which the mutations and random bytes still bring in."""


def written(format: str) -> SearchStrategy[bytes]:
    """Documents written by the ``format`` writer from generated articles."""
    return _ARTICLES.map(_write(format))


def _any_written() -> SearchStrategy[bytes]:
    return st.sampled_from(writable_formats()).flatmap(written)


@st.composite
def _mutate_once(draw: st.DrawFn, data: bytes) -> bytes:
    size = len(data)
    kind = draw(
        st.sampled_from(
            ("flip", "truncate", "insert", "token", "delete", "duplicate", "splice", "repeat")
        )
    )
    at = draw(st.integers(0, size))
    if kind == "flip" and size:
        index = min(at, size - 1)
        bit = 1 << draw(st.integers(0, 7))
        return data[:index] + bytes([data[index] ^ bit]) + data[index + 1 :]
    if kind == "truncate":
        return data[:at]
    if kind == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]
    if kind == "token":
        return data[:at] + draw(st.sampled_from(TOKENS)) + data[at:]
    if kind == "delete":
        end = draw(st.integers(at, size))
        return data[:at] + data[end:]
    if kind == "duplicate":
        end = draw(st.integers(at, min(size, at + 64)))
        return data[:end] + data[at:end] + data[end:]
    if kind == "repeat":
        token = draw(
            st.sampled_from((b"<div>", b"[", b'{"a":', b"<b>", b"<p>", b"> ", b"\n", b" ", b"\t "))
        )
        return data[:at] + token * draw(st.integers(1, 2000)) + data[at:]
    # A splice: this document's head, then another document's tail.
    other = draw(_any_written())
    return data[:at] + other[draw(st.integers(0, len(other))) :]


@st.composite
def mutated(draw: st.DrawFn, base: SearchStrategy[bytes]) -> bytes:
    """A document from ``base`` with up to four mutations applied in turn."""
    data = draw(base)
    for _ in range(draw(st.integers(0, 4))):
        data = draw(_mutate_once(data))
    return data


def documents(format: str) -> SearchStrategy[bytes]:
    """Inputs for the ``format`` reader: its own documents (when it writes them) and other formats'
    documents, mutated, and random bytes."""
    own = [written(format)] if format in writable_formats() else []
    return st.one_of(
        *(mutated(base) for base in own),
        mutated(_any_written()),
        st.binary(max_size=512),
    )
