r"""Measure direct-quote finding and speaker attribution on the PolNeAR samples.

Usage::

    python benchmarks/eval_quotes.py [--corpus ../shared/corpus/text] [--show-errors N]

Reads ``polnear-dev.jsonl`` (84 US political news articles with human annotation; see the
corpus README) and ``polnear-train-half.jsonl`` (406 more, from PolNeAR's train split) and prints,
for each file separately, precision, recall and F1 of direct quotes and speaker accuracy; then
speed on the dev file.

**Paragraphs.** Each article's text is split at line breaks; every non-blank line after the first
(the title) is a paragraph, as the text reader gives them. :func:`newsmodel.extract.quotes.
attach_quotes` gets the whole article's paragraphs at once.

**Gold quotes.** A gold direct quote is a list of character spans that include the quotation marks;
a split quote ("Part one," X said. "Part two.") has one span per part, and the annotators sometimes
cut one quote at a sentence boundary. Spans separated only by whitespace are joined, then each
joined span is cut at line breaks (a quote over several paragraphs becomes one unit per
paragraph), and quotation marks and spaces at both ends are trimmed. Each resulting unit is one
gold quote. Units in the title line are left out: readers give attach_quotes the body paragraphs
only, and a headline is not a paragraph. Partial quotes (``partial_quotes``: a few quoted words
inside indirect speech) are not gold direct quotes.

**Matching.** A predicted quote (its span in article offsets) matches a gold unit when their
overlap is at least half the length of the longer of the two. Matching is one to one, greedily by
largest overlap. Precision = matched predictions / predictions (a prediction that matches a
partial quote or an unannotated quoted string counts against it: those are printed apart);
recall = matched gold units / gold units; F1 their harmonic mean.

**Speakers.** Gold quotes without a speaker mention (a few in the train file) count for quote
finding but not for speakers. Counted over matched gold units whose speaker mention is a
*name*: after dropping a parenthesis ("(D-Md.)"), anything from the first comma (an
appositive) and anything from " of ", " at ", " from " or " for " ("Mr. Morgan of the Sierra
Club"), the mention ends with
a capitalised word, is not a pronoun and holds no possessive. The gold name is then the trailing
run of capitalised words after its last title word ("Rep.", "Sen.", "President", "Minister",
"The"; a short list in this script): "Italian Prime Minister Matteo Renzi" is "Matteo Renzi".
The speaker is right when every word of the gold name (case-insensitive, a trailing
possessive dropped) is a word of the predicted ``Person.name``. "Mr. McKinley" is thus right for
"Tim McKinley"; "Bobby Scott" is wrong for "Robert C. Scott".

**Speed.** Articles and quotes per second of ``attach_quotes`` over the whole sample, and stories
per second on ``reuters21578-dev.jsonl`` (blank-line paragraphs of ``text_reflowed``): best of
five runs, in CPU time of this process (steadier than wall time on a busy machine), one core;
with, for a figure that depends less on the machine, how many times longer that takes than
``re.findall(r"\w+")`` over the same paragraphs.
"""

# Quotation marks are this script's subject; word lists are split from text.
# ruff: noqa: RUF001, SIM905

import argparse
import json
import re
import time
from pathlib import Path
from typing import Any

from newsmodel.extract.quotes import attach_quotes
from newsmodel.model import Person

_MARKS = "\"'“”‘’«»„‚‹›`"
_TITLES = frozenset(
    """the mr mrs ms dr sen sens rep gov gen lt col adm capt sgt prof rev del president vice
    secretary senator governor judge attorney general former speaker leader chairman director
    mayor chief chancellor minister premier spokesman spokeswoman press majority minority
    representative professor admiral rear sheriff counsel commissioner ambassador""".split()
)
_PRONOUNS = frozenset("he she they it we i you him her them".split())
_WORDS = re.compile(r"\w+")
_CAPITAL = re.compile(r"^[A-Z][\w.'’\-]*$|^[A-Z]\.$")


def gold_units(text: str, quote: dict[str, Any]) -> list[tuple[int, int]]:
    """The units of one gold direct quote (see the module docstring)."""
    spans = sorted(tuple(span) for span in quote["quote_spans"])
    joined: list[list[int]] = []
    for start, end in spans:
        if joined and not text[joined[-1][1] : start].strip():
            joined[-1][1] = max(joined[-1][1], end)
        else:
            joined.append([start, end])
    units = []
    for start, end in joined:
        at = start
        for piece in text[start:end].split("\n"):
            s, e = at, at + len(piece)
            at = e + 1
            while s < e and (text[s].isspace() or text[s] in _MARKS):
                s += 1
            while e > s and (text[e - 1].isspace() or text[e - 1] in _MARKS):
                e -= 1
            if e > s:
                units.append((s, e))
    return units


def gold_name(mention: str | None) -> str | None:
    """The name in a gold speaker mention, or None when it is a pronoun or a description."""
    if not mention:
        return None
    mention = re.sub(r"\([^)]*\)", "", mention).split(",")[0].strip()
    mention = re.split(r" (?:of|at|from|for) ", mention)[0]  # "Mr. Morgan of the Sierra Club"
    words = mention.split()
    if not words or words[-1].lower() in _PRONOUNS or "'s" in mention or "’s" in mention:
        return None
    run: list[str] = []
    for word in reversed(words):
        if not _CAPITAL.match(word):
            break
        run.insert(0, word)
    titled = [i for i, word in enumerate(run[:-1]) if word.lower().rstrip(".") in _TITLES]
    if titled:
        del run[: titled[-1] + 1]
    return " ".join(run) or None


def speaker_right(gold: str, person: Person | None) -> bool:
    """Whether a predicted speaker is the gold name (see the module docstring)."""
    if person is None:
        return False

    def words(name: str) -> set[str]:
        return {re.sub(r"['’]s$", "", w.lower()) for w in name.split()}

    return words(gold) <= words(person.name)


def paragraphs_of(text: str) -> tuple[list[str], list[int]]:
    """The body paragraphs (non-blank lines after the title) and their offsets."""
    paragraphs, offsets = [], []
    at = 0
    for number, line in enumerate(text.split("\n")):
        if number and line.strip():
            paragraphs.append(line)
            offsets.append(at)
        at += len(line) + 1
    return paragraphs, offsets


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """The number of characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def evaluate(records: list[dict[str, Any]], show: int) -> dict[str, float]:
    """Score every record; print the first ``show`` errors of each kind."""
    tp = n_pred = n_gold = 0
    fp_partial = fp_other = 0
    named = named_right = 0
    shown = {"miss": 0, "fp": 0, "speaker": 0}
    for record in records:
        text = record["text"]
        paragraphs, offsets = paragraphs_of(text)
        found = attach_quotes(paragraphs, language="en")
        preds = [
            ((offset + q.start, offset + q.end), q.speaker)
            for offset, quotes in zip(offsets, found, strict=True)
            for q in quotes
        ]
        body_start = text.find("\n") + 1
        golds = [
            (unit, quote["speaker"], quote.get("speaker_is_pronoun", False))
            for quote in record["direct_quotes"]
            for unit in gold_units(text, quote)
            if unit[0] >= body_start
        ]
        partials = [(p["offset"], p["offset"] + len(p["quote"])) for p in record["partial_quotes"]]
        pairs = sorted(
            (
                (overlap(p[0], g[0]), i, j)
                for i, p in enumerate(preds)
                for j, g in enumerate(golds)
                if overlap(p[0], g[0]) * 2 >= max(p[0][1] - p[0][0], g[0][1] - g[0][0])
            ),
            reverse=True,
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        for _size, i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            (span, speaker_mention, _pronoun) = golds[j]
            name = gold_name(speaker_mention)
            if name is not None:
                named += 1
                right = speaker_right(name, preds[i][1])
                named_right += right
                if not right and shown["speaker"] < show:
                    shown["speaker"] += 1
                    print(
                        f"SPEAKER {record['id']}: gold {speaker_mention!r} ({name}) "
                        f"got {preds[i][1]} for {text[span[0] : span[1]][:60]!r}"
                    )
        tp += len(used_p)
        n_pred += len(preds)
        n_gold += len(golds)
        for i, (span, _speaker) in enumerate(preds):
            if i in used_p:
                continue
            if any(overlap(span, p) for p in partials):
                fp_partial += 1
            else:
                fp_other += 1
            if shown["fp"] < show:
                shown["fp"] += 1
                print(f"FP {record['id']}: {text[max(0, span[0] - 40) : span[1] + 40]!r}")
        for j, (span, _speaker, _pronoun) in enumerate(golds):
            if j not in used_g and shown["miss"] < show:
                shown["miss"] += 1
                print(f"MISS {record['id']}: {text[max(0, span[0] - 40) : span[1] + 40]!r}")
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": n_gold,
        "predicted": n_pred,
        "matched": tp,
        "fp_partial": fp_partial,
        "fp_other": fp_other,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "named": named,
        "named_right": named_right,
    }


def speed(inputs: list[list[str]]) -> tuple[float, float]:
    """Articles and quotes per second of attach_quotes, best of five runs, in CPU time."""
    best = float("inf")
    quotes = 0
    for _ in range(5):
        began = time.process_time()
        quotes = sum(len(q) for paragraphs in inputs for q in attach_quotes(paragraphs))
        best = min(best, time.process_time() - began)
    return len(inputs) / best, quotes / best


def report(name: str, scores: dict[str, float], articles: int) -> None:
    """Print the figures of one file."""
    print(
        f"{name}: {articles} articles, {scores['gold']} gold direct-quote units, "
        f"{scores['predicted']} predicted, {scores['matched']} matched"
    )
    print(
        f"  unmatched predictions: {scores['fp_partial']} on a partial quote, "
        f"{scores['fp_other']} elsewhere"
    )
    print(
        f"  direct quotes: precision {scores['precision']:.3f}  recall {scores['recall']:.3f}  "
        f"F1 {scores['f1']:.3f}  (target F1 >= 0.96)"
    )
    share = scores["named_right"] / scores["named"] if scores["named"] else 0.0
    print(
        f"  speaker right on named gold speakers: {scores['named_right']}/{scores['named']} "
        f"= {share:.3f}  (target >= 0.95)"
    )


def main() -> None:
    """Run the evaluation and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "text"
    parser.add_argument("--corpus", type=Path, default=default)
    parser.add_argument("--show-errors", type=int, default=0)
    args = parser.parse_args()
    dev: list[dict[str, Any]] = []
    for name in ("polnear-dev.jsonl", "polnear-train-half.jsonl"):
        path = args.corpus / name
        if not path.is_file():
            print(f"{name}: not found in {args.corpus}")
            continue
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        dev = dev or records
        report(name.removesuffix(".jsonl"), evaluate(records, args.show_errors), len(records))
    records = dev
    articles, quotes = speed([paragraphs_of(record["text"])[0] for record in records])
    print(f"  speed: {articles:,.0f} articles/s, {quotes:,.0f} quotes/s (one core, best of 5)")
    reuters = args.corpus / "reuters21578-dev.jsonl"
    if reuters.is_file():
        stories = [json.loads(line) for line in reuters.read_text(encoding="utf-8").splitlines()]
        inputs = [
            [block for block in story["text_reflowed"].split("\n\n") if block.strip()]
            for story in stories
        ]
        articles, quotes = speed(inputs)
        words = _WORDS.findall
        best = float("inf")
        for _ in range(5):
            began = time.process_time()
            for paragraphs in inputs:
                for paragraph in paragraphs:
                    words(paragraph)
            best = min(best, time.process_time() - began)
        print(
            f"reuters21578-dev: attach_quotes alone on {len(inputs)} stories: "
            f"{articles:,.0f} stories/s, {quotes:,.0f} quotes/s (one core, best of 5); "
            f"{len(inputs) / best / articles:.1f}x the time of a \\w+ tokenisation of the same text"
        )


if __name__ == "__main__":
    main()
