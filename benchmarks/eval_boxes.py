r"""Boxes of a site, in words of our own, put into the dev pages' stories: what reaches the body.

Usage::

    python benchmarks/eval_boxes.py [SHARED] [--hash-names] [--plain-tags] [--at middle|end|top]

A check of the HTML reader's boilerplate rules where the dev sets hold few examples: for every
page of ``aeb-dev``, ``fundus-dev`` and ``trafeval-dev`` (``SHARED`` defaults to
``../shared``), the element with the most ``<p>`` children of 80 characters or more is taken for
the story's container (a page where it holds fewer than three is skipped), and one box of each
kind below is put in it, one kind at a time: after its middle paragraph, or after its last
(``--at end``) or before its first (``--at top``). The boxes are written here, in English,
German, French and Spanish, with class names that name nothing (random hashes), so that only
their shape and words can give them away. The page is read and the box's text looked for in the
standfirst and body.

Kinds of the site, which should not reach the body: a related-stories list, a read-more line, a
newsletter sign-up (heading, blurb, e-mail field, button, fine print), an ad slot, a share bar,
a subscription offer (heading, pitch, one short link), a poll (radio buttons in a form), an
audio player's label, a table of contents, a teaser card, and single stock lines of a page.
Kinds of the story, which should stay whole: a "Key facts" box, a table, a list of steps.

Prints, for each kind, on how many of the pages tried the box's text reached the body (a site's
kind: one of its texts there more often than in the page read without the box) or was lost (a
story's: one of its texts not added). ``--hash-names`` and ``--plain-tags`` disguise the pages as
``eval_html.py`` does, before the box goes in.
"""

import json
import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from eval_html import _load, _newsmodel, _standfirst_and_body, hash_names, plain_tags
from lxml import etree, html

from newsmodel.formats.html._page import parse_page  # the reader's own decoding of the bytes

_DEFAULT_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
_STORY_PARAGRAPH = 80
_LEAST_PARAGRAPHS = 3

Box = tuple[html.HtmlElement, list[str]]
"""A box and the texts of it that are looked for in the body."""


def _element(
    tag: str, rng: random.Random, text: str | None = None, **attributes: str
) -> html.HtmlElement:
    element = html.Element(tag)
    for name, value in attributes.items():
        element.set(name, value)
    element.set("class", f"k{rng.getrandbits(32):08x}")
    element.text = text
    return element


def _related(rng: random.Random) -> Box:
    heading, titles = rng.choice(
        [
            (
                "Related stories",
                ["Council approves new budget after long debate", "What rates mean for you"],
            ),
            (
                "Mehr zum Thema",
                ["Stadtrat beschließt neuen Haushalt", "Was die Zinswende für Sparer bedeutet"],
            ),
            (
                "À lire aussi",
                ["Le conseil adopte le budget", "Ce que la hausse des taux change pour vous"],
            ),
        ]
    )
    return _links_box(rng, ("h3", heading), "ul", titles, "/news/"), titles


def _links_box(
    rng: random.Random, title: tuple[str, str], list_tag: str, entries: list[str], address: str
) -> html.HtmlElement:
    """A box of a title line (``title``: its tag and text) over a list of links."""
    box = _element("div", rng)
    box.append(_element(title[0], rng, title[1]))
    items = _element(list_tag, rng)
    for number, entry in enumerate(entries):
        item = _element("li", rng)
        item.append(_element("a", rng, entry, href=f"{address}{number}"))
        items.append(item)
    box.append(items)
    return box


def _read_more(rng: random.Random) -> Box:
    label = rng.choice(["Read more:", "Lesen Sie auch:", "Lire aussi :", "Lee también:"])
    title = "Flood warnings issued across the north as rivers rise"
    line = html.Element("p")
    strong = _element("strong", rng, label)
    strong.tail = " "
    line.append(strong)
    line.append(_element("a", rng, title, href="/news/flood"))
    return line, [title]


def _newsletter(rng: random.Random) -> Box:
    heading, blurb, button, small = rng.choice(
        [
            (
                "Get our morning briefing",
                "The day's most important stories, delivered before breakfast.",
                "Sign up",
                "By signing up you agree to our privacy policy.",
            ),
            (
                "Jeden Morgen informiert",
                "Die wichtigsten Nachrichten des Tages kostenlos in Ihrem Postfach.",
                "Anmelden",
                "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung.",
            ),
        ]
    )
    box = _element("div", rng)
    box.append(_element("h3", rng, heading))
    box.append(_element("p", rng, blurb))
    form = _element("form", rng)
    form.append(html.Element("input", type="email"))
    form.append(_element("button", rng, button))
    box.append(form)
    box.append(_element("p", rng, small))
    return box, [blurb, small]


def _ad(rng: random.Random) -> Box:
    label = rng.choice(["Advertisement", "Anzeige", "Publicité", "Publicidad"])
    box = _element("div", rng)
    box.append(_element("div", rng, label))
    box.append(_element("div", rng))
    return box, [label]


def _share(rng: random.Random) -> Box:
    labels = rng.choice(
        [["Share on Facebook", "Share on X", "Copy link"], ["Facebook", "WhatsApp", "E-Mail"]]
    )
    box = _element("div", rng)
    for label in labels:
        box.append(_element("a", rng, label, href="/share"))
    return box, labels


def _offer(rng: random.Random) -> Box:
    heading, pitch, call = rng.choice(
        [
            (
                "Read on for $1 a week",
                "Every story, every day. Stop when you like.",
                "Start reading",
            ),
            (
                "Jetzt weiterlesen mit Plus",
                "Alle Artikel einen Monat lang für 0,99 Euro testen.",
                "Jetzt testen",
            ),
        ]
    )
    box = _element("div", rng)
    box.append(_element("h4", rng, heading))
    box.append(_element("p", rng, pitch))
    box.append(_element("a", rng, call, href="/offer"))
    return box, [pitch]


def _poll(rng: random.Random) -> Box:
    question = rng.choice(
        ["Should the city build the new bridge?", "Sollte die Stadt die neue Brücke bauen?"]
    )
    box = _element("div", rng)
    box.append(_element("h4", rng, "Have your say"))
    box.append(_element("p", rng, question))
    form = _element("form", rng)
    for answer in ("Yes", "No"):
        label = _element("label", rng)
        field = html.Element("input", type="radio", name="vote")
        field.tail = f" {answer}"
        label.append(field)
        form.append(label)
    form.append(_element("button", rng, "Vote"))
    box.append(form)
    return box, [question]


def _audio(rng: random.Random) -> Box:
    label = rng.choice(["Listen to this article", "Artikel anhören", "Écouter cet article"])
    box = _element("div", rng)
    box.append(_element("button", rng, "Play"))
    box.append(_element("span", rng, label))
    return box, [label]


def _contents(rng: random.Random) -> Box:
    entries = ["Background", "What happened", "What comes next"]
    return _links_box(rng, ("strong", "Contents"), "ol", entries, "#part"), entries


def _teaser(rng: random.Random) -> Box:
    title = "Council approves new budget after a six-hour debate"
    dek = "The vote came after a walkout and two adjourned sessions."
    box = _element("div", rng)
    picture = _element("a", rng, href="/news/budget")
    picture.append(html.Element("img", src="/budget.jpg"))
    box.append(picture)
    heading = _element("h3", rng)
    heading.append(_element("a", rng, title, href="/news/budget"))
    box.append(heading)
    box.append(_element("p", rng, dek))
    return box, [title, dek]


_STOCK_LINES = (
    "Story continues below advertisement",
    "Weiterlesen nach der Anzeige",
    "La suite après cette publicité",
    "This article contains affiliate links. We may earn a commission on purchases.",
    "Follow us on Facebook and Instagram for more news.",
    "Click here to sign up for our newsletter",
    "Artikel teilen",
    "Loading...",
)


def _stock_line(rng: random.Random) -> Box:
    line = rng.choice(_STOCK_LINES)
    return _element("p", rng, line), [line]


_FACTS = [
    "The bridge is 1.2 kilometres long and carries four lanes of traffic.",
    "Construction began in 2019 and cost more than first planned.",
    "About 40,000 vehicles are expected to cross it every day.",
]


def _facts(rng: random.Random) -> Box:
    box = _element("div", rng)
    box.append(_element("h3", rng, "Key facts"))
    items = _element("ul", rng)
    for fact in _FACTS:
        items.append(_element("li", rng, fact))
    box.append(items)
    return box, _FACTS


def _table(rng: random.Random) -> Box:
    table = _element("table", rng)
    for row in (("Year", "Riders"), ("2023", "35,500"), ("2024", "40,200")):
        line = html.Element("tr")
        for cell in row:
            line.append(html.Element("td"))
            line[-1].text = cell
        table.append(line)
    return table, ["40,200"]


_STEPS = [
    "Preheat the oven to 180 degrees and grease a tin.",
    "Mix the flour, sugar and butter until smooth.",
    "Bake for 35 minutes, then leave to cool.",
]


def _steps(rng: random.Random) -> Box:
    items = _element("ol", rng)
    for step in _STEPS:
        items.append(_element("li", rng, step))
    return items, _STEPS


Kind = Callable[[random.Random], Box]
SITE_KINDS: dict[str, Kind] = {
    "related list": _related,
    "read-more line": _read_more,
    "newsletter sign-up": _newsletter,
    "ad slot": _ad,
    "share bar": _share,
    "subscription offer": _offer,
    "poll": _poll,
    "audio label": _audio,
    "table of contents": _contents,
    "teaser card": _teaser,
    "stock line": _stock_line,
}
"""Kinds of the site's boxes: a page fails when any of the box's texts reaches the body."""
STORY_KINDS: dict[str, Kind] = {"key facts": _facts, "table": _table, "steps": _steps}
"""Kinds of the story's own boxes: a page fails when any of the box's texts is lost."""


def _story_paragraphs(root: html.HtmlElement) -> list[html.HtmlElement]:
    """The ``<p>`` children of 80 characters or more of the element that has most of them."""
    best: list[html.HtmlElement] = []
    for element in root.iter(etree.Element):
        found = [
            child
            for child in element
            if child.tag == "p" and len(child.text_content()) >= _STORY_PARAGRAPH
        ]
        if len(found) > len(best):
            best = found
    return best


def _with_box(data: bytes, box: html.HtmlElement, at: str) -> bytes | None:
    """The page with ``box`` put into its story's container, or None without one."""
    root = parse_page(data)
    paragraphs = _story_paragraphs(root)
    if len(paragraphs) < _LEAST_PARAGRAPHS:
        return None
    if at == "top":
        paragraphs[0].addprevious(box)
    else:
        anchor = paragraphs[-1] if at == "end" else paragraphs[len(paragraphs) // 2]
        box.tail, anchor.tail = anchor.tail, None
        anchor.addnext(box)
    for meta in list(root.iter("meta")):  # the page is written back as UTF-8
        declared = (meta.get("http-equiv") or "").lower() == "content-type"
        if meta.get("charset") is not None or declared:
            meta.drop_tree()
    head = root.find("head")
    if head is not None:
        head.insert(0, html.Element("meta", charset="utf-8"))
    return bytes(html.tostring(root, encoding="utf-8"))


def _pages(shared: Path) -> list[Path]:
    folder = shared / "corpus" / "html"
    paths = sorted((folder / "aeb-dev" / "html").glob("*.html.gz"))
    for name in ("fundus-dev", "trafeval-dev"):
        for line in (folder / name / "index.jsonl").read_text(encoding="utf-8").splitlines():
            paths.append(folder / name / json.loads(line)["html_path"])
    return paths


def _fails(kind: str, texts: Sequence[str], body: str, base: str) -> bool:
    """Whether a box's texts are in the body as a kind should not have them: a site's box
    when one of them is there more often than in the page's body without the box, a story's
    when one of them is not."""
    added = [body.count(text) > base.count(text) for text in texts]
    return not all(added) if kind in STORY_KINDS else any(added)


def main(argv: list[str]) -> int:
    hashed = "--hash-names" in argv
    plain = "--plain-tags" in argv
    at = argv[argv.index("--at") + 1] if "--at" in argv else "middle"
    if at not in ("middle", "end", "top"):
        print(f"--at takes middle, end or top, not {at!r}", file=sys.stderr)
        return 2
    values = {at}
    paths = [arg for arg in argv[1:] if not arg.startswith("-") and arg not in values]
    shared = Path(paths[0]) if paths else _DEFAULT_SHARED
    if not (shared / "corpus" / "html").is_dir():
        print(f"no corpus in {shared}: give the path of ../shared", file=sys.stderr)
        return 2

    def disguise(data: bytes) -> bytes:
        data = hash_names(data) if hashed else data
        return plain_tags(data) if plain else data

    kinds = {**SITE_KINDS, **STORY_KINDS}
    tried = dict.fromkeys(kinds, 0)
    failed = dict.fromkeys(kinds, 0)
    for number, path in enumerate(_pages(shared)):
        page = _load(path, disguise)
        base = _standfirst_and_body(_newsmodel(page))
        for name, kind in kinds.items():
            box, texts = kind(random.Random(f"{number} {name}"))
            data = _with_box(page, box, at)
            if data is None:
                break  # no story container: no kind is tried on this page
            tried[name] += 1
            failed[name] += _fails(name, texts, _standfirst_and_body(_newsmodel(data)), base)
    mode = " ".join(flag for flag, on in (("--hash-names", hashed), ("--plain-tags", plain)) if on)
    print(f"boxes put {at} of the story's paragraphs{' (' + mode + ')' if mode else ''}")
    for name in kinds:
        verb = "lost" if name in STORY_KINDS else "reached the body"
        print(f"  {name:<20} {verb} on {failed[name]} of {tried[name]} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
