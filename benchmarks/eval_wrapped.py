"""Measure how much of the text reader's quotes and datelines come back through agency markup.

Usage::

    python benchmarks/eval_wrapped.py [SHARED_DIR] [-v]

SHARED_DIR defaults to ``../shared`` beside the repository. Each article of
``corpus/text/polnear-dev.jsonl`` and each story of ``corpus/text/reuters21578-dev.jsonl`` (its
faithful wire ``text``) is read by the plain-text reader. Its body paragraphs, the first with its
dateline printed back in front of it, are then wrapped as agencies send them, with no ``<q>`` and
no dateline markup:

* a NewsML-G2 newsItem whose ``inlineXML`` holds an XHTML body of ``<p>`` paragraphs;
* a ninjs 3.x document whose ``bodies`` hold the same paragraphs as ``text/html``;
* a ninjs 1.x document with the paragraphs as ``body_text``, separated by blank lines.

Each is read back with the default options (heuristics on) and compared with the text reader's
article: the share of its inline quotes that come back with the same text and the same speaker
(name, title and organisation), and the share of its datelines that come back equal. The same is
printed with ``heuristics=False`` for comparison. ``-v`` lists the first differences.
"""

import datetime
import json
import sys
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from newsmodel.extract.datelines import format_dateline_paragraph
from newsmodel.formats import ReadOptions, newsml, ninjs
from newsmodel.formats.text import read as read_text
from newsmodel.model import Article, Person

_DEFAULT_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
_NAR = "http://iptc.org/std/nar/2006-10-01/"


def _paragraphs(article: Article) -> list[str]:
    """The body paragraphs as an agency prints them: the dateline in front of the first."""
    texts = [paragraph.text for paragraph in article.paragraphs]
    if article.dateline is not None:
        first = texts[0] if texts else ""
        written = format_dateline_paragraph(article.dateline, first)
        if texts:
            texts[0] = written
        else:
            texts.append(written)
    return texts


def _newsml(headline: str, paragraphs: list[str], number: int) -> bytes:
    body = "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    return (
        f'<newsItem xmlns="{_NAR}" guid="urn:example:wrapped:{number}" version="1" '
        'standard="NewsML-G2" standardversion="2.35" conformance="power">'
        '<itemMeta><itemClass qcode="ninat:text"/><provider literal="example"/>'
        "<versionCreated>2016-01-01T00:00:00Z</versionCreated></itemMeta>"
        f"<contentMeta><headline>{escape(headline)}</headline></contentMeta>"
        '<contentSet><inlineXML contenttype="application/xhtml+xml">'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{escape(headline)}</title>'
        f"</head><body>{body}</body></html></inlineXML></contentSet></newsItem>"
    ).encode()


def _ninjs_html(headline: str, paragraphs: list[str], number: int) -> bytes:
    document = {
        "uri": f"urn:example:wrapped:{number}",
        "type": "text",
        "headlines": [{"role": "main", "value": headline}],
        "bodies": [
            {
                "contentType": "text/html",
                "value": "".join(f"<p>{escape(text)}</p>" for text in paragraphs),
            }
        ],
    }
    return json.dumps(document).encode()


def _ninjs_text(headline: str, paragraphs: list[str], number: int) -> bytes:
    document = {
        "uri": f"urn:example:wrapped:{number}",
        "type": "text",
        "headline": headline,
        "body_text": "\n\n".join(paragraphs),
    }
    return json.dumps(document).encode()


_WRAPPERS = {
    "newsml xhtml": (_newsml, newsml.read),
    "ninjs body_html": (_ninjs_html, ninjs.read),
    "ninjs body_text": (_ninjs_text, ninjs.read),
}


def _person(person: Person | None) -> tuple[str, str | None, str | None] | None:
    return None if person is None else (person.name, person.title, person.organization)


def _compare(
    expected: Article, got: Article, tally: dict[str, int], shown: list[str], name: str
) -> None:
    wanted = [(q.text, _person(q.speaker)) for q in expected.quotes]
    found = [(q.text, _person(q.speaker)) for q in got.quotes]
    tally["quotes"] += len(wanted)
    pool = list(found)
    for quote in wanted:
        if quote in pool:
            pool.remove(quote)
            tally["quotes back"] += 1
        elif len(shown) < 20:
            shown.append(f"{name}: quote {quote} not back in {found[:3]}")
    if expected.dateline is not None:
        tally["datelines"] += 1
        if got.dateline == expected.dateline:
            tally["datelines back"] += 1
        elif len(shown) < 20:
            shown.append(f"{name}: dateline {expected.dateline} came back as {got.dateline}")


def _inputs(shared: Path) -> list[tuple[str, bytes, datetime.date | None]]:
    corpus = shared / "corpus" / "text"
    found: list[tuple[str, bytes, datetime.date | None]] = []
    for line in (corpus / "polnear-dev.jsonl").read_text(encoding="utf-8").splitlines():
        record: dict[str, Any] = json.loads(line)
        found.append((record["id"], record["text"].encode(), None))
    for line in (corpus / "reuters21578-dev.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        stamp = datetime.date.fromisoformat(record["expected"]["date"][:10])
        found.append((record["id"], record["text"].encode(), stamp))
    return found


def main(argv: list[str]) -> int:
    """Print the shares; return the exit status."""
    verbose = "-v" in argv
    paths = [arg for arg in argv[1:] if arg != "-v"]
    shared = Path(paths[0]) if paths else _DEFAULT_SHARED
    stories = []
    for name, data, stamp in _inputs(shared):
        options = ReadOptions(reference_date=stamp)
        stories.append((name, read_text(data, options).article, options))
    print(f"articles: {len(stories)} (polnear-dev and reuters21578-dev, read as plain text)")
    for heuristics in (True, False):
        for label, (wrap, read) in _WRAPPERS.items():
            tally = {"quotes": 0, "quotes back": 0, "datelines": 0, "datelines back": 0}
            shown: list[str] = []
            for number, (name, expected, options) in enumerate(stories):
                data = wrap(expected.headline, _paragraphs(expected), number)
                options = ReadOptions(reference_date=options.reference_date, heuristics=heuristics)
                _compare(expected, read(data, options).article, tally, shown, name)
            quotes = tally["quotes back"] / tally["quotes"] if tally["quotes"] else 0.0
            datelines = tally["datelines back"] / tally["datelines"] if tally["datelines"] else 0.0
            print(
                f"{label} (heuristics={heuristics}): quotes with speaker "
                f"{tally['quotes back']}/{tally['quotes']} = {quotes:.1%}, datelines "
                f"{tally['datelines back']}/{tally['datelines']} = {datelines:.1%}"
                + ("  (target >= 95%)" if heuristics else "")
            )
            if verbose and heuristics:
                for line in shown:
                    print("   ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
