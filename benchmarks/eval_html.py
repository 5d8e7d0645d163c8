"""Measure the HTML reader against trafilatura on the development pages, in the same run.

Usage::

    python benchmarks/eval_html.py [SHARED_DIR] [-v] [--aeb | --fundus]

SHARED_DIR defaults to ``../shared`` beside the repository. trafilatura 2.3.1 (the ``benchmark``
extra) runs with its default settings and metadata on (``extract(..., output_format="json",
with_metadata=True)``), given the page's URL as newsmodel is not.

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

``-v`` prints each page's figures; ``--aeb`` or ``--fundus`` runs one set only.
"""

import datetime
import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import trafilatura

from newsmodel.errors import NewsModelError
from newsmodel.extract.datelines import format_dateline_paragraph
from newsmodel.formats import ReadOptions
from newsmodel.formats.html import read
from newsmodel.model import Article, BlockQuote, Figure, ListBlock, MediaKind, Paragraph

_DEFAULT_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


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


def _trafilatura(data: bytes, url: str | None) -> dict[str, Any]:
    result = trafilatura.extract(data, url=url, output_format="json", with_metadata=True)
    return {} if result is None else dict(json.loads(result))


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def _aeb(shared: Path, verbose: bool) -> None:
    folder = shared / "corpus" / "html" / "aeb-dev"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    ours: list[tuple[float, float, float]] = []
    theirs: list[tuple[float, float, float]] = []
    for page_id, expected in sorted(truth.items()):
        data = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        article = _newsmodel(data)
        mine = shingle_prf("" if article is None else body_text(article), expected["articleBody"])
        other = shingle_prf(
            _trafilatura(data, expected.get("url")).get("text") or "", expected["articleBody"]
        )
        ours.append(mine)
        theirs.append(other)
        if verbose:
            print(
                f"  {page_id[:12]} newsmodel P/R/F1 {mine[0]:.2f} {mine[1]:.2f} {mine[2]:.3f}"
                f"  trafilatura {other[0]:.2f} {other[1]:.2f} {other[2]:.3f}"
            )
    print(f"aeb-dev ({len(ours)} pages): body precision / recall / F1")
    for name, figures in (("newsmodel", ours), ("trafilatura", theirs)):
        p, r, f = (_mean([x[i] for x in figures]) for i in range(3))
        print(f"  {name:<12} {p:.3f} / {r:.3f} / {f:.3f}")


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


def _fundus(shared: Path, verbose: bool) -> None:
    folder = shared / "corpus" / "html" / "fundus-dev"
    rows = [json.loads(line) for line in (folder / "index.jsonl").read_text("utf-8").splitlines()]
    scores: dict[str, dict[str, list[float]]] = {"newsmodel": {}, "trafilatura": {}}

    def add(tool: str, metric: str, value: float) -> None:
        scores[tool].setdefault(metric, []).append(value)

    for row in rows:
        data = gzip.decompress((folder / row["html_path"]).read_bytes())
        expected_body, expected_headings = _expected_body(row["body"])
        article = _newsmodel(data)
        other = _trafilatura(data, row.get("url"))
        title = _squash(row.get("title") or "")
        mine_text = "" if article is None else body_text(article)
        if article is not None and article.subheadline:
            mine_text = f"{article.subheadline}\n{mine_text}"
        found = {
            "newsmodel": (
                None if article is None else _squash(article.headline),
                [] if article is None else [p.name for p in article.bylines],
                None if article is None else article.published,
                mine_text,
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
                if isinstance(date, str):
                    day = date[:10] == row["publishing_date"][:10] or _same_day(
                        datetime.datetime.fromisoformat(date[:10]).replace(tzinfo=datetime.UTC),
                        row["publishing_date"],
                    )
                else:
                    day = _same_day(date, row["publishing_date"])
                add(tool, "date", float(day))
            add(tool, "body F1", shingle_prf(text, expected_body)[2])
        headings = [] if article is None else [s.heading for s in article.sections if s.heading]
        heading_f1 = set_f1(headings, expected_headings)
        add("newsmodel", "headings (all pages)", heading_f1)
        if expected_headings:
            add("newsmodel", "headings (pages with headings)", heading_f1)
        if verbose:
            mine = scores["newsmodel"]
            print(
                f"  {row['html_path'][5:40]:<36} title {mine['title'][-1] if title else '-'} "
                f"body {mine['body F1'][-1]:.3f} trafilatura "
                f"{scores['trafilatura']['body F1'][-1]:.3f} headings {heading_f1:.2f}"
            )
    print(f"fundus-dev ({len(rows)} pages)")
    for tool, metrics in scores.items():
        print(
            f"  {tool:<12} "
            + "  ".join(f"{metric} {_mean(values):.3f}" for metric, values in metrics.items())
        )


def main(argv: list[str]) -> int:
    """Print the figures; return the exit status."""
    verbose = "-v" in argv
    paths = [arg for arg in argv[1:] if not arg.startswith("-")]
    shared = Path(paths[0]) if paths else _DEFAULT_SHARED
    only = {arg[2:] for arg in argv[1:] if arg in ("--aeb", "--fundus")}
    if not only or "aeb" in only:
        _aeb(shared, verbose)
    if not only or "fundus" in only:
        _fundus(shared, verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
