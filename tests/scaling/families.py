"""Input families for the scaling suite (issue 14): documents and articles of size ``n``.

A family is a function of ``n`` that builds one input whose cost should grow linearly in ``n``:
a run of ``n`` whitespace characters inside a line, paragraph, headline or keyword; ``n`` tiny
elements; ``n`` keywords; one line of ``n`` words; lists nested deep. Article families feed the
writers (and their loss checks), and each reader also reads what its own writer made of them;
document families are raw bytes written by hand for one reader, in shapes a writer never makes.
"""

import json
from collections.abc import Callable

from newsmodel.model import (
    Article,
    BlockQuote,
    ListBlock,
    Media,
    Note,
    NoteKind,
    Paragraph,
    Person,
    Section,
)

__all__ = ["ARTICLES", "DOCUMENTS", "PLACES", "RUNS", "WHITESPACE"]

WHITESPACE = " \t \n \r\n  \u00a0 \u2003\f\v"
"""One cycle of the whitespace a run is built from: spaces, tabs, line breaks, no-break and em
spaces, form and vertical feeds."""


def _run(n: int) -> str:
    """``n`` characters of mixed whitespace."""
    whole, part = divmod(n, len(WHITESPACE))
    return WHITESPACE * whole + WHITESPACE[:part]


def _xml_run(n: int) -> str:
    """Whitespace that XML 1.0 allows: no form or vertical feeds."""
    return _run(n).replace("\f", " ").replace("\v", " ")


def _spaces(n: int) -> str:
    return " " * n


def _article(**fields: object) -> Article:
    base: dict[str, object] = {"headline": "Scaling headline"}
    base.update(fields)
    return Article(**base)  # type: ignore[arg-type]


def _para(text: str) -> Section:
    return Section(blocks=(Paragraph(text=text),))


RUNS: dict[str, Callable[[int], str]] = {
    "spaces": lambda n: " " * n,
    "mixed": _xml_run,
}
"""Whitespace runs of length ``n`` that XML can carry: a run of spaces (which a pattern looking
for a tab or line break inside the run scans again from each of its characters) and a mixed run
of spaces, tabs, line breaks, no-break and em spaces."""


def _field(run: str) -> str:
    """Free text holding ``run``, with a tab elsewhere in it (so a tidy step has work to do)."""
    return "Start" + run + "end.\tTail end."


PLACES: dict[str, Callable[[str], Article]] = {
    "paragraph": lambda t: _article(sections=(_para(t),)),
    "heading": lambda t: _article(sections=(Section(heading=t, blocks=(Paragraph(text="x."),)),)),
    "headline": lambda t: _article(headline=t),
    "subheadline": lambda t: _article(subheadline=t),
    "keyword": lambda t: _article(keywords=(t,)),
    "list-item": lambda t: _article(sections=(Section(blocks=(ListBlock(items=(t,)),)),)),
    "block-quote": lambda t: _article(sections=(Section(blocks=(BlockQuote(text=t),)),)),
    "note": lambda t: _article(notes=(Note(kind=NoteKind.CORRECTION, text=t),)),
    "byline": lambda t: _article(bylines=(Person(name=t),)),
    "caption": lambda t: _article(media=(Media(url="https://example.com/a.jpg", caption=t),)),
    "quoted-paragraph": lambda t: _article(
        sections=(_para(f"\u201cIt is over,\u201d {t} said Ann Lee{t}(a lawyer) of Oslo.{t}"),)
    ),
}
"""The free-text places of an article a whitespace run is put in."""


def _whitespace_article(
    run: Callable[[int], str], place: Callable[[str], Article]
) -> Callable[[int], Article]:
    return lambda n: place(_field(run(n)))


ARTICLES: dict[str, Callable[[int], Article]] = {
    **{
        f"{run_name}-in-{place_name}": _whitespace_article(run, place)
        for run_name, run in RUNS.items()
        for place_name, place in PLACES.items()
    },
    "many-paragraphs": lambda n: _article(
        sections=(Section(blocks=tuple(Paragraph(text="x.") for _ in range(n))),)
    ),
    "many-sections": lambda n: _article(
        sections=tuple(Section(heading="h", blocks=(Paragraph(text="x."),)) for _ in range(n // 2))
    ),
    "many-list-items": lambda n: _article(
        sections=(Section(blocks=(ListBlock(items=tuple("i" for _ in range(n))),)),)
    ),
    "many-lists": lambda n: _article(
        sections=(Section(blocks=tuple(ListBlock(items=("i",)) for _ in range(n // 2))),)
    ),
    "many-keywords": lambda n: _article(keywords=tuple(f"k{i}" for i in range(n))),
    "many-bylines": lambda n: _article(
        bylines=tuple(Person(name=f"Ann Lee{i}") for i in range(n // 2))
    ),
    "many-media": lambda n: _article(
        media=tuple(Media(url=f"https://example.com/{i}.jpg") for i in range(n // 2))
    ),
    "long-line": lambda n: _article(sections=(_para(" ".join("word" for _ in range(n)) + "."),)),
    "long-quote-line": lambda n: _article(
        sections=(_para(" ".join('"Word," he said.' for _ in range(n // 4))),)
    ),
}
"""Article families: fed to every writer (``write`` and ``losses``), and to every reader through its
own writer. The families of larger parts (sections, lists, bylines, media) take ``n / 2`` of them,
so that each case stays within a few seconds."""


_STORY = "<p>The boats wait for the tide, and the harbour is quiet at dawn, its master says.</p>"
"""A paragraph of story, for families that need the body found around them."""


def _in_story(item: str, count: int, box: tuple[str, str] = ("", "")) -> bytes:
    """A page whose article holds a paragraph of story, then ``count`` copies of ``item``
    between the two halves of ``box``."""
    start, end = box
    return _html(f"<h1>H</h1><article>{_STORY}{start}{item * count}{end}</article>")


def _html(body: str, head: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


def _ninjs(**fields: object) -> bytes:
    doc: dict[str, object] = {"uri": "urn:scaling:1", "headline": "Scaling"}
    doc.update(fields)
    return json.dumps(doc).encode()


def _newsml(headline: str = "Scaling", body: str = "<p>x</p>", keywords: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:scaling:1" version="1"'
        ' standard="NewsML-G2" standardversion="2.29" conformance="power">'
        '<itemMeta><itemClass qcode="ninat:text"/></itemMeta>'
        f"<contentMeta><headline>{headline}</headline>{keywords}</contentMeta>"
        '<contentSet><inlineXML contenttype="application/xhtml+xml">'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title/></head>'
        f"<body>{body}</body></html></inlineXML></contentSet></newsItem>"
    ).encode()


def _quote(run: str) -> str:
    """A quoted sentence with ``run`` between its parts, where speakers are looked for."""
    return f"\u201cIt is over,\u201d{run}said{run}Ann Lee,{run}(a lawyer){run}of Oslo.{run}"


def _own_html(article: str) -> bytes:
    """A page in newsmodel's own HTML markup, with ``article`` inside its ``<article>``."""
    return _html(
        '<article data-newsmodel="1" itemscope itemtype="https://schema.org/NewsArticle">'
        f'<h1 itemprop="headline">H</h1>{article}</article>',
        '<meta name="generator" content="newsmodel">',
    )


def _message(items: int) -> bytes:
    """A newsMessage of ``items`` small text items."""
    item = (
        '<newsItem guid="urn:scaling:{i}" version="1" standard="NewsML-G2" standardversion="2.29">'
        '<itemMeta><itemClass qcode="ninat:text"/></itemMeta>'
        "<contentMeta><headline>Item {i}</headline></contentMeta></newsItem>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header/><itemSet>'
        + "".join(item.format(i=i) for i in range(items))
        + "</itemSet></newsMessage>"
    ).encode()


def _deep_list(levels: int) -> str:
    """Lists nested ``levels`` deep (each level two elements), within the default max_depth
    (256) at the larger size of the family, so that both sizes are read, not refused."""
    return "<ul><li>a" * levels + "</li></ul>" * levels


DOCUMENTS: dict[str, dict[str, Callable[[int], bytes]]] = {
    "text": {
        "spaces-in-line": lambda n: ("Headline\n\nStart" + _spaces(n) + "end.\n").encode(),
        "whitespace-in-paragraph": lambda n: ("Headline\n\nStart" + _run(n) + "end.\n").encode(),
        "blank-line-of-spaces": lambda n: ("Headline\n\n" + _spaces(n) + "\nBody.\n").encode(),
        "no-break-spaces-in-line": lambda n: (
            "Headline\n\nStart\t" + "\u00a0" * n + "end.\n"
        ).encode(),
        "whitespace-in-headline": lambda n: ("Head" + _spaces(n) + "line\n\nBody.\n").encode(),
        "blank-lines": lambda n: ("Headline\n\n" + " \n" * n + "Body.\n").encode(),
        "many-paragraphs": lambda n: ("Headline\n\n" + "x.\n\n" * n).encode(),
        "many-lines": lambda n: ("Headline\n\n" + "x\n" * n).encode(),
        "long-line": lambda n: ("Headline\n\n" + "word " * n + "\n").encode(),
        "many-list-items": lambda n: ("Headline\n\n" + "- i\n" * n).encode(),
        "long-quote-line": lambda n: ("Headline\n\n" + '"Word," he said. ' * (n // 4)).encode(),
        "spaces-in-quote": lambda n: ("Headline\n\n" + _quote(_spaces(n)) + "\n").encode(),
        "no-break-spaces-in-quote": lambda n: (
            "Headline\n\n" + _quote("\u00a0" * n) + "\n"
        ).encode(),
    },
    "html": {
        "whitespace-in-paragraph": lambda n: _html(f"<h1>H</h1><p>Start{_run(n)}end.</p>"),
        "spaces-in-quote": lambda n: _html(f"<h1>H</h1><p>{_quote(_spaces(n))}</p>"),
        "whitespace-in-quote": lambda n: _html(f"<h1>H</h1><p>{_quote(_run(n))}</p>"),
        "no-break-spaces-in-quote": lambda n: _html(f"<h1>H</h1><p>{_quote(chr(0xA0) * n)}</p>"),
        "spaces-in-paragraph": lambda n: _html(f"<h1>H</h1><p>Start{_spaces(n)}end.\t</p>"),
        "no-break-spaces-in-paragraph": lambda n: _html(
            f"<h1>H</h1><p>Start{chr(0xA0) * n}end.\t</p>"
        ),
        "whitespace-in-headline": lambda n: _html(f"<h1>Head{_run(n)}line</h1><p>Body.</p>"),
        "whitespace-in-title": lambda n: _html("<p>Body.</p>", f"<title>T{_run(n)}t</title>"),
        "whitespace-in-keywords": lambda n: _html(
            "<h1>H</h1><p>Body.</p>", f'<meta name="keywords" content="a{_spaces(n)}b">'
        ),
        "whitespace-between-tags": lambda n: _html("<h1>H</h1>" + "<p>x.</p>" + _run(n)),
        "many-paragraphs": lambda n: _html("<h1>H</h1>" + "<p>x.</p>" * n),
        "many-spans": lambda n: _html("<h1>H</h1><p>" + "<span>x</span> " * n + "</p>"),
        "many-divs": lambda n: _html("<h1>H</h1>" + "<div><p>x.</p></div>" * n),
        "many-keywords": lambda n: _html(
            "<h1>H</h1><p>Body.</p>",
            '<meta name="keywords" content="' + ",".join(f"k{i}" for i in range(n)) + '">',
        ),
        "many-meta": lambda n: _html(
            "<h1>H</h1><p>Body.</p>", '<meta property="article:tag" content="t">' * n
        ),
        "long-line": lambda n: _html("<h1>H</h1><p>" + "word " * n + "</p>"),
        "deep-lists": lambda n: _html("<h1>H</h1>" + _deep_list(n // 80)),
        "own-markup-many-elements": lambda n: _own_html("<i></i>" * n),
        "own-markup-many-properties": lambda n: _own_html(
            '<meta itemprop="keywords" content="k">' * n
        ),
        "many-list-items": lambda n: _html("<h1>H</h1><ul>" + "<li>i</li>" * n + "</ul>"),
        "gallery-list": lambda n: _in_story(
            "<li><img src='/p.jpg'><span>The boats at dawn. Photo: Ann Lee/Courier</span></li>",
            n // 8,
            ("<ul>", "</ul>"),
        ),
        "many-picture-blocks": lambda n: _in_story(
            "<div><img src='/p.jpg'><span>Boat. (AP Photo/Ann Lee)</span></div>", n // 8
        ),
        "figures-in-a-paragraph": lambda n: _in_story(
            "<figure><img src='/p.jpg'><figcaption>Boat.</figcaption></figure>Words. ",
            n // 4,
            ("<p>", "</p>"),
        ),
        "captions-in-a-gallery-box": lambda n: _in_story(
            "<img src='/p.jpg'><p class='caption'>The boats at dawn.</p>",
            n // 4,
            ("<div>", "</div>"),
        ),
        "lazy-images-in-one-box": lambda n: _in_story(
            "<noscript><img src='/p.jpg'></noscript><img data-src='/p.jpg'>",
            n // 4,
            ("<div>", "</div>"),
        ),
        "teaser-cards": lambda n: _in_story(
            "<div><a href='/x'><h3>Title</h3></a><a href='/x'>Read more</a></div>",
            n // 8,
            ("", _STORY),
        ),
        "many-author-box-headings": lambda n: _html(
            "<h1>H</h1>" + "<div><h2>About the author</h2><p>Ann Lee writes.</p></div>" * (n // 4)
        ),
    },
    "ninjs": {
        "whitespace-in-body": lambda n: _ninjs(body_html=f"<p>Start{_run(n)}end.</p>"),
        "spaces-in-quote": lambda n: _ninjs(body_html=f"<p>{_quote(_spaces(n))}</p>"),
        "spaces-in-quote-text": lambda n: _ninjs(body_text=_quote(_spaces(n))),
        "whitespace-in-body-text": lambda n: _ninjs(body_text=f"Start{_run(n)}end."),
        "whitespace-in-headline": lambda n: _ninjs(headline=f"Head{_run(n)}line"),
        "whitespace-in-keyword": lambda n: _ninjs(keywords=[f"key{_run(n)}word"]),
        "many-keywords": lambda n: _ninjs(keywords=[f"k{i}" for i in range(n)]),
        "many-paragraphs": lambda n: _ninjs(body_html="<p>x.</p>" * n),
        "deep-lists": lambda n: _ninjs(body_html=_deep_list(n // 80)),
        "long-line": lambda n: _ninjs(body_html="<p>" + "word " * n + "</p>"),
    },
    "newsml": {
        "whitespace-in-paragraph": lambda n: _newsml(body=f"<p>Start{_xml_run(n)}end.</p>"),
        "spaces-in-quote": lambda n: _newsml(body=f"<p>{_quote(_spaces(n))}</p>"),
        "whitespace-in-headline": lambda n: _newsml(headline=f"Head{_xml_run(n)}line"),
        "whitespace-in-keyword": lambda n: _newsml(
            keywords=f"<keyword>key{_xml_run(n)}word</keyword>"
        ),
        "many-keywords": lambda n: _newsml(keywords="<keyword>k</keyword>" * n),
        "many-items": lambda n: _message(n // 4),
        "many-paragraphs": lambda n: _newsml(body="<p>x.</p>" * n),
        "deep-lists": lambda n: _newsml(body=_deep_list(n // 80)),
        "long-line": lambda n: _newsml(body="<p>" + "word " * n + "</p>"),
    },
    "json": {
        "whitespace-in-paragraph": lambda n: json.dumps(
            {
                "newsmodel": 1,
                "headline": "H",
                "sections": [{"blocks": [{"type": "paragraph", "text": "a" + _run(n) + "b"}]}],
            }
        ).encode(),
        "whitespace-between-tokens": lambda n: (
            '{"newsmodel": 1,'
            + _xml_run(n).replace("\u00a0", " ").replace("\u2003", " ")
            + '"headline": "H"}'
        ).encode(),
    },
    "jsonl": {
        "many-lines": lambda n: ('{"newsmodel": 1, "headline": "H"}\n' * (n // 8)).encode(),
        "blank-lines": lambda n: ('{"newsmodel": 1, "headline": "H"}' + "\n" * n).encode(),
    },
}
"""Document families per reader, written by hand."""
