"""Measure the HTML reader against trafilatura on the three development sets, in the same run.

Usage::

    python benchmarks/eval_html.py [SHARED_DIR] [-v] [--aeb] [--fundus] [--trafeval]
        [--worst N] [--rounds N] [--no-speed] [--cache FILE] [--hash-names] [--plain-tags]

SHARED_DIR defaults to ``../shared`` beside the repository. trafilatura 2.3.1 (the ``benchmark``
extra) runs with its default settings and metadata on (``extract(..., output_format="json",
with_metadata=True)``), given the page's URL as newsmodel is not. For each set the script prints
both tools' figures side by side, the pages each left empty, and the ``N`` pages (default 8)
where newsmodel's main figure falls furthest below trafilatura's, so that work goes to kinds of
page rather than to single pages.

``corpus/html/aeb-dev`` (the article extraction benchmark): **body F1**, the benchmark's metric:
precision, recall and F1 of the 4-token shingles (whitespace-separated tokens) of the extracted
body against ``articleBody``, averaged over pages. newsmodel's body is its text blocks: headings,
paragraphs (the dateline put back in front of the first, as the text format prints it), block
quotes, list items and the text of embedded posts; figure captions are not counted as body text.

``corpus/html/fundus-dev``:

- **title**: exact match with ``title`` (whitespace squashed);
- **authors**: set-F1 of the names against ``authors``, over the pages that list authors;
- **date**: the share of pages whose publication day is ``publishing_date``'s day (newsmodel's
  datetime converted to the expected offset first; trafilatura gives a day), over pages with one;
- **body F1**: the shingle F1 of the standfirst and body against ``summary`` and ``sections``
  (headlines and paragraphs);
- **headings**: the set-F1 of the section headings against the sections' ``headline`` lines, over
  all pages (a page with none expected and none found scores 1) and over the pages that have
  headings.

``corpus/html/trafeval-dev`` (trafilatura's evaluation set): **snippet precision, recall and F1**
over all pages' snippets: a ``with`` snippet found in the text is a true positive, one missed a
false negative, a ``without`` snippet found a false positive (whitespace squashed on both sides).
newsmodel's text is its standfirst and body as above; trafilatura's is its ``text``.

**Speed** (unless ``--no-speed``): every page of the sets run, read from bytes in memory by
newsmodel (``newsmodel.formats.html.read``, the whole article), by trafilatura (as above) and by
``lxml.html.document_fromstring`` alone, in ``--rounds`` rounds (default 3) that give each page
to the tools in turn; each tool's best round counts (see ``bench_html.py``).

``--hash-names`` replaces every ``class`` and ``id`` value of every page by hashes of its words
(``class="article-body main"`` becomes ``class="n3f2a9c1e n8b0d44aa"``), as sites built with
CSS modules print them, before either tool reads the page: what is found then rests on the
page's structure and text, not on names the rules know, a stand-in for sites nobody here has
seen. Equal names stay equal. ``--plain-tags`` renames HTML's sectioning and figure elements
(``article``, ``main``, ``section``, ``header``, ``footer``, ``nav``, ``aside``, ``figure``,
``figcaption``) to ``div``, as pages built of plain ``<div>`` elements are; with
``--hash-names``, only the page's text and the rest of its structure are left to go by. The
speed figures read the pages as they are.

``-v`` prints each page's figures. ``--cache FILE`` keeps trafilatura's results in a JSON file
between runs (they do not change), to iterate on newsmodel faster; the speed figures always run
trafilatura afresh.
"""

import datetime
import gzip
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import trafilatura
from bench_html import pages as speed_pages
from bench_html import rates as speed_rates

from newsmodel.errors import NewsModelError
from newsmodel.extract.datelines import format_dateline_paragraph
from newsmodel.formats import ReadOptions
from newsmodel.formats.html import read
from newsmodel.model import Article, BlockQuote, Figure, ListBlock, MediaKind, Paragraph

_DEFAULT_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
_NAME_ATTRIBUTE = re.compile(
    rb"""(?<=[\s"'])(?P<name>class|id)\s*=\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)'|(?P<bare>[^\s"'<>]+))""",
    re.IGNORECASE,
)


def hash_names(data: bytes) -> bytes:
    """The page with every class and id value replaced by hashes of its words.

    >>> hash_names(b'<div class="story body" id=main>')
    b'<div class="nd01593a7 n02083f45" id="nb28b7af6">'
    """

    def replace(match: re.Match[bytes]) -> bytes:
        value = match["double"] if match["double"] is not None else match["single"]
        words = (value if value is not None else match["bare"]).split()
        names = b" ".join(b"n" + hashlib.sha1(word).hexdigest()[:8].encode() for word in words)
        return match["name"] + b'="' + names + b'"'

    return _NAME_ATTRIBUTE.sub(replace, data)


_SEMANTIC_TAG = re.compile(
    rb"<(/?)(?:article|main|section|header|footer|nav|aside|figure|figcaption)(?=[\s/>])",
    re.IGNORECASE,
)


def plain_tags(data: bytes) -> bytes:
    """The page with HTML's sectioning and figure elements renamed to ``div``.

    >>> plain_tags(b'<article class="a"><header>T</header><figure></figure></ARTICLE>')
    b'<div class="a"><div>T</div><div></div></div>'
    """
    return _SEMANTIC_TAG.sub(rb"<\1div", data)


Disguise = Callable[[bytes], bytes]
"""What is done to each page before both tools read it (``--hash-names``, ``--plain-tags``)."""


def _load(path: Path, disguise: Disguise) -> bytes:
    return disguise(gzip.decompress(path.read_bytes()))


def _squash(text: str) -> str:
    return " ".join(text.split())


def _shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = text.split()
    if len(tokens) < size:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def shingle_prf(predicted: str, expected: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of 4-token shingles, as the article extraction benchmark."""
    ours, theirs = _shingles(predicted), _shingles(expected)
    if not ours and not theirs:
        return 1.0, 1.0, 1.0
    if not ours or not theirs:
        return 0.0, 0.0, 0.0
    common = sum((ours & theirs).values())
    precision = common / sum(ours.values())
    recall = common / sum(theirs.values())
    f1 = 0.0 if not common else 2 * precision * recall / (precision + recall)
    return precision, recall, f1


def set_f1(predicted: Iterable[str], expected: Iterable[str]) -> float:
    """F1 of two sets of strings (whitespace squashed); 1 when both are empty."""
    ours = {_squash(x) for x in predicted if _squash(x)}
    theirs = {_squash(x) for x in expected if _squash(x)}
    if not ours and not theirs:
        return 1.0
    common = len(ours & theirs)
    if not common:
        return 0.0
    return 2 * common / (len(ours) + len(theirs))


def body_text(article: Article) -> str:
    """The article's body text as the benchmarks compare it: headings, paragraphs (the dateline
    back in front of the first), block quotes, list items and embedded posts; figures' captions
    are not text."""
    parts: list[str] = []
    dateline = article.dateline
    for section in article.sections:
        if section.heading:
            parts.append(section.heading)
        for block in section.blocks:
            match block:
                case Paragraph(text=text):
                    if dateline is not None:
                        text, dateline = format_dateline_paragraph(dateline, text), None
                    parts.append(text)
                case BlockQuote(text=text):
                    parts.append(text)
                case ListBlock(items=items):
                    parts.extend(items)
                case Figure(media=media) if media.kind is MediaKind.EMBED and media.caption:
                    parts.append(media.caption)  # the text of an embedded post
                case _:
                    pass
    return "\n".join(parts)


def _newsmodel(data: bytes) -> Article | None:
    try:
        return read(data, ReadOptions()).article
    except NewsModelError:
        return None


class _Trafilatura:
    """trafilatura's results, kept in a JSON file between runs when one is given."""

    def __init__(self, cache: Path | None) -> None:
        self.cache = cache
        self.results: dict[str, dict[str, Any]] = {}
        if cache is not None and cache.exists():
            self.results = json.loads(cache.read_text(encoding="utf-8"))

    def __call__(self, data: bytes, url: str | None) -> dict[str, Any]:
        key = hashlib.sha1(data).hexdigest() + (url or "")
        if key not in self.results:
            found = trafilatura.extract(data, url=url, output_format="json", with_metadata=True)
            self.results[key] = {} if found is None else dict(json.loads(found))
        return self.results[key]

    def save(self) -> None:
        if self.cache is not None:
            self.cache.write_text(json.dumps(self.results), encoding="utf-8")


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


Row = tuple[str, float, float, bool, bool]
"""A page's label, newsmodel's and trafilatura's main figure, and whether each left it empty."""


def _report(name: str, rows: list[Row], worst: int) -> None:
    """Print the empty pages and the pages where newsmodel loses most."""
    for tool, index in (("newsmodel", 3), ("trafilatura", 4)):
        empty = [row[0] for row in rows if row[index]]
        listed = (": " + ", ".join(empty)) if empty else ""
        print(f"  {tool} left {len(empty)} of {len(rows)} pages empty{listed}")
    losing = sorted((row for row in rows if row[2] > row[1]), key=lambda row: row[1] - row[2])
    print(f"  {name}: {len(losing)} pages where newsmodel scores below trafilatura; worst:")
    for label, mine, other, _, _ in losing[:worst]:
        print(f"    {label:<40} newsmodel {mine:.3f}  trafilatura {other:.3f}")


def _standfirst_and_body(article: Article | None) -> str:
    if article is None:
        return ""
    text = body_text(article)
    return f"{article.subheadline}\n{text}" if article.subheadline else text


def _aeb(shared: Path, verbose: bool, other_tool: _Trafilatura, disguise: Disguise) -> list[Row]:
    folder = shared / "corpus" / "html" / "aeb-dev"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    ours: list[tuple[float, float, float]] = []
    theirs: list[tuple[float, float, float]] = []
    rows: list[Row] = []
    for page_id, expected in sorted(truth.items()):
        data = _load(folder / "html" / f"{page_id}.html.gz", disguise)
        article = _newsmodel(data)
        text = "" if article is None else body_text(article)
        mine = shingle_prf(text, expected["articleBody"])
        other_text = other_tool(data, expected.get("url")).get("text") or ""
        other = shingle_prf(other_text, expected["articleBody"])
        ours.append(mine)
        theirs.append(other)
        rows.append((page_id[:16], mine[2], other[2], not text.strip(), not other_text.strip()))
        if verbose:
            print(
                f"  {page_id[:12]} newsmodel P/R/F1 {mine[0]:.2f} {mine[1]:.2f} {mine[2]:.3f}"
                f"  trafilatura {other[0]:.2f} {other[1]:.2f} {other[2]:.3f}"
            )
    print(f"aeb-dev ({len(ours)} pages): body precision / recall / F1")
    for name, figures in (("newsmodel", ours), ("trafilatura", theirs)):
        p, r, f = (_mean([x[i] for x in figures]) for i in range(3))
        print(f"  {name:<12} {p:.3f} / {r:.3f} / {f:.3f}")
    return rows


def _expected_body(body: dict[str, Any]) -> tuple[str, list[str]]:
    parts = list(body.get("summary") or [])
    headings: list[str] = []
    for section in body.get("sections") or []:
        headings.extend(section.get("headline") or [])
        parts.extend(section.get("headline") or [])
        parts.extend(section.get("paragraphs") or [])
    return "\n".join(parts), headings


def _same_day(found: datetime.datetime | None, expected: str) -> bool:
    if found is None:
        return False
    wanted = datetime.datetime.fromisoformat(expected)
    if wanted.tzinfo is not None:
        found = found.astimezone(wanted.tzinfo)
    return found.date() == wanted.date()


def _day_matches(date: datetime.datetime | str | None, expected: str) -> bool:
    if isinstance(date, str):
        return date[:10] == expected[:10] or _same_day(
            datetime.datetime.fromisoformat(date[:10]).replace(tzinfo=datetime.UTC), expected
        )
    return _same_day(date, expected)


def _fundus(shared: Path, verbose: bool, other_tool: _Trafilatura, disguise: Disguise) -> list[Row]:
    folder = shared / "corpus" / "html" / "fundus-dev"
    rows = [json.loads(line) for line in (folder / "index.jsonl").read_text("utf-8").splitlines()]
    scores: dict[str, dict[str, list[float]]] = {"newsmodel": {}, "trafilatura": {}}
    result: list[Row] = []

    def add(tool: str, metric: str, value: float) -> None:
        scores[tool].setdefault(metric, []).append(value)

    for row in rows:
        data = _load(folder / row["html_path"], disguise)
        expected_body, expected_headings = _expected_body(row["body"])
        article = _newsmodel(data)
        other = other_tool(data, row.get("url"))
        title = _squash(row.get("title") or "")
        found = {
            "newsmodel": (
                None if article is None else _squash(article.headline),
                [] if article is None else [p.name for p in article.bylines],
                None if article is None else article.published,
                _standfirst_and_body(article),
            ),
            "trafilatura": (
                _squash(other.get("title") or ""),
                [a.strip() for a in (other.get("author") or "").split(";") if a.strip()],
                other.get("date"),
                other.get("text") or "",
            ),
        }
        for tool, (headline, authors, date, text) in found.items():
            if title:
                add(tool, "title", float(headline == title))
            if row.get("authors"):
                add(tool, "authors", set_f1(authors, row["authors"]))
            if row.get("publishing_date"):
                add(tool, "date", float(_day_matches(date, row["publishing_date"])))
            add(tool, "body F1", shingle_prf(text, expected_body)[2])
        headings = [] if article is None else [s.heading for s in article.sections if s.heading]
        heading_f1 = set_f1(headings, expected_headings)
        add("newsmodel", "headings (all pages)", heading_f1)
        if expected_headings:
            add("newsmodel", "headings (pages with headings)", heading_f1)
        label = row["html_path"][5:45]
        mine, theirs = scores["newsmodel"]["body F1"][-1], scores["trafilatura"]["body F1"][-1]
        empty = (not found["newsmodel"][3].strip(), not found["trafilatura"][3].strip())
        result.append((label, mine, theirs, *empty))
        if verbose:
            print(
                f"  {label:<40} title {scores['newsmodel']['title'][-1] if title else '-'} "
                f"body {mine:.3f} trafilatura {theirs:.3f} headings {heading_f1:.2f}"
            )
    print(f"fundus-dev ({len(rows)} pages)")
    for tool, metrics in scores.items():
        print(
            f"  {tool:<12} "
            + "  ".join(f"{metric} {_mean(values):.3f}" for metric, values in metrics.items())
        )
    return result


def snippet_counts(
    text: str, present: Iterable[str], absent: Iterable[str]
) -> tuple[int, int, int]:
    """True positives, false negatives and false positives of trafilatura's evaluation: the
    ``present`` snippets found and missed, the ``absent`` ones found (whitespace squashed)."""
    squashed = _squash(text)
    wanted = [_squash(snippet) for snippet in present if snippet and _squash(snippet)]
    unwanted = [_squash(snippet) for snippet in absent if snippet and _squash(snippet)]
    found = sum(snippet in squashed for snippet in wanted)
    return found, len(wanted) - found, sum(snippet in squashed for snippet in unwanted)


def _prf(counts: Sequence[int]) -> tuple[float, float, float]:
    tp, fn, fp = counts
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _trafeval(
    shared: Path, verbose: bool, other_tool: _Trafilatura, disguise: Disguise
) -> list[Row]:
    folder = shared / "corpus" / "html" / "trafeval-dev"
    rows = [json.loads(line) for line in (folder / "index.jsonl").read_text("utf-8").splitlines()]
    totals = {"newsmodel": [0, 0, 0], "trafilatura": [0, 0, 0]}
    result: list[Row] = []
    for row in rows:
        data = _load(folder / row["html_path"], disguise)
        texts = {
            "newsmodel": _standfirst_and_body(_newsmodel(data)),
            "trafilatura": other_tool(data, None).get("text") or "",
        }
        page: dict[str, float] = {}
        for tool, text in texts.items():
            counts = snippet_counts(text, row.get("with") or (), row.get("without") or ())
            totals[tool] = [a + b for a, b in zip(totals[tool], counts, strict=True)]
            page[tool] = _prf(counts)[2]
        label = f"{row['id']} {row['url'].removeprefix('hard::')[:23]}"
        empty = (not texts["newsmodel"].strip(), not texts["trafilatura"].strip())
        result.append((label, page["newsmodel"], page["trafilatura"], *empty))
        if verbose:
            mine, theirs = page["newsmodel"], page["trafilatura"]
            print(f"  {label:<40} newsmodel {mine:.3f} trafilatura {theirs:.3f}")
    print(f"trafeval-dev ({len(rows)} pages): snippet precision / recall / F1")
    for tool, counts in totals.items():
        p, r, f = _prf(counts)
        print(f"  {tool:<12} {p:.3f} / {r:.3f} / {f:.3f}")
    return result


def _speed(shared: Path, rounds: int) -> None:
    pages = speed_pages(shared)
    megabytes = sum(len(page) for page in pages) / 1e6
    print(f"speed: {len(pages)} pages of the three sets, {megabytes:.1f} MB, best of {rounds}")
    rates = speed_rates(pages, rounds)
    for name, rate in rates.items():
        print(f"  {name:<12} {rate:8.1f} pages/s")
    print(f"  newsmodel / trafilatura: {rates['newsmodel'] / rates['trafilatura']:.2f}x faster")
    print(f"  lxml.html / newsmodel:   {rates['lxml.html'] / rates['newsmodel']:.2f}x slower")


def _option(argv: list[str], name: str, default: str | None) -> str | None:
    return argv[argv.index(name) + 1] if name in argv else default


def main(argv: list[str]) -> int:
    """Print the figures; return the exit status."""
    hashed = "--hash-names" in argv
    plain = "--plain-tags" in argv
    verbose = "-v" in argv
    worst = int(_option(argv, "--worst", "8") or 8)
    rounds = int(_option(argv, "--rounds", "3") or 3)
    cache = _option(argv, "--cache", None)
    values = {_option(argv, name, None) for name in ("--worst", "--rounds", "--cache")}
    paths = [arg for arg in argv[1:] if not arg.startswith("-") and arg not in values]
    shared = Path(paths[0]) if paths else _DEFAULT_SHARED
    sets = {"aeb": _aeb, "fundus": _fundus, "trafeval": _trafeval}
    only = {arg[2:] for arg in argv[1:] if arg[2:] in sets}
    other_tool = _Trafilatura(None if cache is None else Path(cache))
    steps = [step for step, wanted in ((hash_names, hashed), (plain_tags, plain)) if wanted]

    def disguise(data: bytes) -> bytes:
        for step in steps:
            data = step(data)
        return data

    if hashed:
        print("every class and id value hashed (--hash-names), for both tools")
    if plain:
        print("sectioning and figure elements renamed to div (--plain-tags), for both tools")
    for name, evaluate in sets.items():
        if not only or name in only:
            rows = evaluate(shared, verbose, other_tool, disguise)
            _report(f"{name}-dev", rows, worst)
    other_tool.save()
    if "--no-speed" not in argv:
        _speed(shared, rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
