"""A web page's bytes to an article: the pipeline of the ``html`` reader.

1. The bytes are decoded (:mod:`newsmodel.formats.html._encoding`) and parsed by lxml's HTML
   parser, which repairs any markup and caps the nesting depth, so any bytes give a tree.
2. A document newsmodel wrote is read exactly (:mod:`newsmodel.formats.html._semantic`).
3. Otherwise the page's metadata is read, boilerplate is stripped
   (:mod:`newsmodel.formats.html._strip`, names read by :mod:`newsmodel.formats.html._names`)
   and the main content found (:mod:`newsmodel.formats.html._content`), pruned
   (:mod:`newsmodel.formats.html._prune`) and its structure read
   (:mod:`newsmodel.formats.html._structure`), the site's stock lines cut off its end
   (:mod:`newsmodel.formats.html._trailer`), then the extraction every reader shares
   (:func:`newsmodel.formats._heuristics.fill_in`) finds the dateline at the start of the first
   paragraph and the direct quotes with their speakers as in plain text.
"""

import itertools
import re
from collections.abc import Sequence

import attrs
from lxml import etree, html

from newsmodel import limits
from newsmodel.errors import Location, ParseError, Problem
from newsmodel.extract.bylines import BY_WORDS, parse_byline
from newsmodel.extract.normalize import squash
from newsmodel.formats import Parsed, ReadOptions
from newsmodel.formats._body import escape_text, first_paragraph
from newsmodel.formats._heuristics import fill_in
from newsmodel.formats.html._biography import drop_biographies
from newsmodel.formats.html._content import main_content
from newsmodel.formats.html._encoding import page_encoding, page_text
from newsmodel.formats.html._meta_dates import find_date
from newsmodel.formats.html._meta_names import is_role_byline
from newsmodel.formats.html._meta_tags import HGROUP_PARTS
from newsmodel.formats.html._meta_title import norm
from newsmodel.formats.html._metadata import read_metadata
from newsmodel.formats.html._picture_block import same_picture
from newsmodel.formats.html._prune import SENTENCE_ENDS
from newsmodel.formats.html._script_data import data_scripts, has_markup, longest_body
from newsmodel.formats.html._semantic import read_semantic
from newsmodel.formats.html._site_images import is_site_image
from newsmodel.formats.html._strip import scan, strip_boilerplate
from newsmodel.formats.html._structure import (
    article_wrapper,
    clean_media,
    content_sections,
    is_page_line,
    is_stamp,
    lead_media,
)
from newsmodel.formats.html._thread import opens_with_thread
from newsmodel.formats.html._trailer import (
    author_boxes,
    credited_people,
    is_headshot,
    job_title,
    trailer_notes,
    without_trailer,
)
from newsmodel.formats.html._unspaced import word_count
from newsmodel.model import (
    Article,
    Block,
    BlockQuote,
    Figure,
    Media,
    Note,
    NoteKind,
    Paragraph,
    Person,
    Section,
)

__all__ = ["parse_page", "read_page"]

_SHORT_BODY = 1500
"""A body shorter than this (in characters of paragraph text) is looked for in JSON-LD too."""
_MIN_JSON_LD_BODY = 200
_NEAR_EMPTY = 200
"""A body with fewer characters of paragraphs than this is read again without the rules on
class and id names."""
_BIG_PAGE = 4_000_000
_BIG_DATA_URI = re.compile(rb"data:[^\"'\s>]{4096,}")
"""A large inline ``data:`` address (a base64 image): cut before parsing, since lxml gives up on
attributes of 10 MB and more, and nobody reads them."""


_SELF_CLOSED_HTML = re.compile(rb"(<html\b[^>]*?)\s*/>", re.IGNORECASE)
"""An ``<html>`` tag written closed (``<html lang="de" />``, a broken XHTML habit): libxml2's
HTML parser then ends the document there and returns an empty tree."""

_SELF_CLOSED_SCRIPT = re.compile(rb"(<script\b[^>]*?)\s*/>", re.IGNORECASE)
"""A ``<script>`` tag written closed (``<script type="text/javascript"/>``): a browser opens the
script there and reads its code up to ``</script>``; libxml2 closes it at once and leaves the
code as text of the page."""

_LOOKUP = etree.ElementDefaultClassLookup(
    element=html.HtmlElement, comment=html.HtmlComment, pi=html.HtmlProcessingInstruction
)


def parse_page(
    data: bytes,
    encoding: str | None = None,
    source: str | None = None,
    max_depth: int | None = limits.MAX_DEPTH,
) -> html.HtmlElement:
    """Parse a page's bytes into an lxml HTML tree (the ``<html>`` element).

    Args:
        data: The page's bytes.
        encoding: The caller's encoding (an HTTP header's charset), if any.
        source: The file name, for locations in errors.
        max_depth: The deepest nesting of elements to take; None for no limit but the
            parser's own (2048 levels).

    An ``<html>`` tag written closed (``<html lang="de" />``), after which libxml2 finds
    nothing, is read as an open one; so is a ``<script>`` tag written closed, as browsers read
    it (its code, up to ``</script>``, is no text of the page).

    Raises:
        ParseError: if the page holds no markup or text at all.
        LimitError: if the page nests deeper than ``max_depth`` or than the parser goes (code
            ``too-deep``): content is refused, never dropped.
    """
    clean = _clean_utf8(data) if page_encoding(data, encoding) == "utf-8" else None
    if clean is not None:
        markup = data  # the common case: the bytes can go to the parser as they are
        if not markup.strip():
            raise ParseError("the page is empty", Location(source=source, line=1), "empty-document")
        noncharacters = "\ufffe" in clean or "\uffff" in clean  # faster in text than in bytes
    else:
        text = page_text(data, encoding).replace("\x00", "")
        if not text.strip():
            raise ParseError("the page is empty", Location(source=source, line=1), "empty-document")
        markup = text.encode("utf-8", "surrogatepass")
        noncharacters = True
    markup = _xml_safe(markup, noncharacters)
    markup = _SELF_CLOSED_SCRIPT.sub(rb"\1>", markup)
    if len(markup) > _BIG_PAGE:
        markup = _BIG_DATA_URI.sub(b"data:,", markup)
    # huge_tree: without it libxml2 stops at 256 levels of nesting (or a text node of 10 MB) and
    # silently drops the rest of the page; with it, the depth is ours to check (max_depth), and
    # what is over libxml2's own ceiling (2048 levels) is refused, not dropped.
    # collect_ids: no table of id attributes (nothing here looks elements up by id), a few
    # per cent of the parse.
    parser = html.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
        collect_ids=False,
    )
    # Every element an HtmlElement, chosen in C: lxml.html's own lookup runs Python code for
    # each element touched (form and input classes this reader never uses).
    parser.set_element_class_lookup(_LOOKUP)
    root = _parse(markup, parser, source)
    if len(root) == 0:
        repaired = _SELF_CLOSED_HTML.sub(rb"\1>", markup, count=1)
        if repaired != markup:
            root = _parse(repaired, parser, source)
    limits.check_parser_log(parser.error_log, source)
    limits.check_tree_depth(root, max_depth, source)
    return root


def _parse(markup: bytes, parser: html.HTMLParser, source: str | None) -> html.HtmlElement:
    """The ``<html>`` element of ``markup`` parsed by ``parser``.

    Raises:
        ParseError: if lxml finds no document in it.
    """
    try:
        return html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ParseError(
            f"the page holds no HTML: {exc}", Location(source=source, line=1), "empty-document"
        ) from exc


_CONTROLS = bytes(code for code in range(0x20) if code not in b"\t\n\r\x0b\x0c")
_VERTICAL_SPACE = bytes.maketrans(b"\x0b\x0c", b"  ")
_UNSAFE = tuple(bytes((code,)) for code in (*_CONTROLS, 0x0B, 0x0C))
"""Each byte :func:`_xml_safe` takes out or replaces, alone: looked for one by one (a byte is
found at memory speed) before the page is copied, since most pages hold none."""
_NONCHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")  # U+FFFE and U+FFFF in UTF-8


def _xml_safe(markup: bytes, noncharacters: bool = True) -> bytes:
    """Take out of UTF-8 markup the characters an lxml tree cannot hold: control characters go
    (form feed and vertical tab become spaces) and U+FFFE and U+FFFF become U+FFFD (looked for
    only when ``noncharacters`` is true: the caller may know there are none).

    The parser keeps such characters in the tree, but lxml refuses them in any text or attribute
    set afterwards, so the reader's own edits of the tree would fail on them. Browsers show none
    of them.

    >>> _xml_safe("a\x01b\x0cc\uffffd".encode())
    b'ab c\xef\xbf\xbdd'
    """
    for byte in _UNSAFE:
        if byte in markup:
            markup = markup.translate(_VERTICAL_SPACE, _CONTROLS)
            break
    if not noncharacters or b"\xef\xbf" not in markup:
        return markup
    for noncharacter in _NONCHARACTERS:
        if noncharacter in markup:
            markup = markup.replace(noncharacter, "\ufffd".encode())
    return markup


def _clean_utf8(data: bytes) -> str | None:
    """The page's text when its bytes are UTF-8 without a byte-order mark or NUL characters;
    otherwise None."""
    if data.startswith(b"\xef\xbb\xbf") or b"\x00" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _meta_content(root: html.HtmlElement, *names: str) -> str | None:
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name")
        if key in names:
            value = squash(meta.get("content") or "")
            if value:
                return value
    return None


_TITLE_PARTS = re.compile(r"\s+(?:[|\-–—·•»~/]|::)\s+")  # noqa: RUF001 (real dashes)
_SHOWN_TEXT = etree.XPath("//body//text()[normalize-space(.) = $text]")
_SHORTEST_SHOWN = 12


def _shown_part(root: html.HtmlElement, headline: str) -> str:
    """On a page without an ``<h1>``, the part of a title cut by a separator ("Millbrook
    Gazette | Fire destroys barn") that the page prints as a text of its own ("Fire destroys
    barn"): the headline without the site's name, whichever side that name is on. Text nodes
    are compared, in C: one pass over the page whatever its depth."""
    parts = _TITLE_PARTS.split(headline)
    if len(parts) < 2 or root.find(".//h1") is not None:
        return headline
    for part in parts:
        if len(part) >= _SHORTEST_SHOWN and word_count(part) >= 2 and _SHOWN_TEXT(root, text=part):
            return part
    return headline


def _title_as_h1(root: html.HtmlElement, headline: str) -> None:
    """On a page without an ``<h1>`` with text, the first ``<h2>`` or ``<h3>`` that prints the
    headline (case and spacing aside) becomes its ``<h1>``: the title of a page that sets it
    one level down (a blog's ``<h2 class="entry-title">``), which the rules that find the
    story's wrapper, its standfirst and its end look for as the ``<h1>``."""
    wanted = headline.casefold()
    title = None
    for heading in root.iter("h1", "h2", "h3"):
        text = squash(heading.text_content()).casefold()
        if heading.tag == "h1":
            if text:
                return  # the page has its own
        elif title is None and text == wanted:
            title = heading
    if title is not None:
        title.tag = "h1"


def _visible_headline(root: html.HtmlElement) -> str | None:
    """The headline when the metadata gives none: the first ``<h1>``, ``og:title``, ``<title>``."""
    for heading in root.iter("h1"):
        text = squash(heading.text_content())
        if text:
            return text
    value = _meta_content(root, "og:title", "twitter:title")
    if value:
        return value
    title = root.find(".//title")
    if title is not None:
        return squash(title.text_content()) or None
    return None


def _length(sections: tuple[Section, ...]) -> int:
    return sum(
        len(block.text) for s in sections for block in s.blocks if isinstance(block, Paragraph)
    )


def _json_ld_body(
    bodies: tuple[str, ...], longer: int, headline: str | None, options: ReadOptions
) -> tuple[Section, ...]:
    """The body from JSON-LD ``articleBody`` (``bodies``, from the metadata), for pages whose
    scripts render the body or that show only a paywall: one paragraph per line, or, when the
    value is HTML (some sites put the body's markup there), the sections of that markup; read
    as the page's own body is, so that a line of the site ("MIRA | ...") goes. Empty when the
    page gives no body there longer than ``longer`` characters (of text before it is read, for
    a text body)."""
    least = max(longer, _MIN_JSON_LD_BODY)
    for value in bodies:
        if len(value) <= least:
            continue
        markup = has_markup(value)
        if not markup:  # text: a paragraph per line, read as the page's paragraphs are
            value = "".join(f"<p>{escape_text(line)}</p>" for line in value.splitlines())
        wrapped = f"<html><body><div>{value}</div></body></html>".encode()
        body = parse_page(wrapped, "utf-8", options.source, options.max_depth).find("body")
        content = body[0] if body is not None and len(body) else None
        if content is None:
            continue
        sections = content_sections(content, headline=headline)
        if _length(sections) > least or (sections and not markup):
            return sections
    return ()


def _body_read_again(
    data: bytes, options: ReadOptions, headline: str | None, longer: int
) -> tuple[Section, ...]:
    """The body of a page that read next to empty, from a fresh tree: read without the rules on
    class and id names (whose verdict left the page with next to no body: an article in a box
    named like comments), or else from the page's JSON data scripts (a page its scripts render
    in the browser: :mod:`._script_data`), read as a JSON-LD body is. Empty unless one of them
    gives more than ``longer`` characters of paragraphs (and a comment thread from its first
    line is none: :func:`_picked_again`)."""
    least = max(longer, _NEAR_EMPTY)
    root = parse_page(data, options.encoding, options.source, options.max_depth)
    scripts = data_scripts(root)  # before the stripping removes the scripts
    strip_boilerplate(root, by_name=False)
    sections = content_sections(main_content(root, headline), headline=headline)
    if _length(sections) > least and not opens_with_thread(sections):
        return sections
    found = longest_body(scripts)
    return () if found is None else _json_ld_body((found,), least, headline, options)


def _picked_again(
    root: html.HtmlElement,
    content: html.HtmlElement,
    headline: str | None,
    description: str | None,
) -> tuple[Section, ...] | None:
    """The body read from the next container when the one found reads to nothing (every line
    of it a line of the page: a cookie banner's sentences, a box of controls) or is a comment
    thread from its first line (:func:`~newsmodel.formats.html._thread.opens_with_thread`):
    that container taken out of the page, the main content is looked for again. None when what
    is found then is empty or a thread too (the thread is what the page holds)."""
    if content.getparent() is None:
        return None
    content.drop_tree()
    sections = content_sections(
        main_content(root, headline), headline=headline, description=description
    )
    if not sections or opens_with_thread(sections):
        return None
    return sections


def _stand_in_headline(
    sections: tuple[Section, ...], source: str | None
) -> tuple[str, tuple[Section, ...], tuple[Problem, ...]]:
    """The headline of a page that gives none (no ``<h1>``, ``og:title`` or ``<title>``) but
    holds prose, with the warning that says so: the heading the body opens with (which leaves
    the body), or else the first paragraph (which stays). A page with neither is no article:
    a ParseError."""
    place = Location(source=source, line=1)
    message = "the page has no headline (no <h1>, og:title or <title>); its {} stands in"
    if sections and sections[0].heading:
        problem = Problem("missing-headline", "warning", message.format("first heading"), place)
        lead = attrs.evolve(sections[0], heading=None)
        rest = (lead, *sections[1:]) if lead.blocks else sections[1:]
        return sections[0].heading, rest, (problem,)
    first = first_paragraph(sections)
    if first is not None:
        problem = Problem("missing-headline", "warning", message.format("first paragraph"), place)
        return first, sections, (problem,)
    raise ParseError(
        "the page has no headline: no <h1>, og:title or <title>", place, "missing-headline"
    )


def _title_in_body(headline: str, sections: tuple[Section, ...]) -> tuple[str, tuple[Section, ...]]:
    """When the body opens with a short line that the headline (a page title) starts or ends
    with, that line is the article's title: "Library opens | Town News" or "Town News | Library
    opens", and "Library opens"."""
    if not sections or not sections[0].blocks:
        return headline, sections
    first = sections[0].blocks[0]
    if not isinstance(first, Paragraph) or first.quotes:
        return headline, sections
    text = first.text
    shorter = len(text) < len(headline) and word_count(text) >= 2
    if shorter and (
        (headline.startswith(text) and not headline[len(text)].isalnum())
        or (headline.endswith(text) and not headline[-len(text) - 1].isalnum())
    ):
        lead = attrs.evolve(sections[0], blocks=sections[0].blocks[1:])
        rest = sections[1:]
        return text, ((lead, *rest) if lead.blocks else rest)
    return headline, sections


def _standfirst(
    description: str | None, sections: tuple[Section, ...], headline: str, site: str | None
) -> str | None:
    """The page's description as the standfirst, unless it only repeats the headline or the
    body (a teaser cut from the lead paragraphs, the headline before it or not, or a paragraph
    or block quote of the body, is not a standfirst), is a line of the page ("Lea más en
    larepublica.net": see :func:`~newsmodel.formats.html._structure.is_page_line`), a byline
    ("Written by Ann Lee"), a single word ("Home", a topic's name) or the site's own
    description (:func:`_of_site`)."""
    if (
        description is None
        or _repeats(description, headline)
        or is_page_line(description)
        or word_count(description) < 2
        or parse_byline(description) is not None
    ):
        return None
    parts: list[str] = []
    for section in sections:
        if section.heading:
            parts.append(section.heading)
        parts.extend(
            block.text for block in section.blocks if isinstance(block, Paragraph | BlockQuote)
        )
    if site and _of_site(description, site, f"{headline} {' '.join(parts)}"):
        return None
    teaser = _loose(description).rstrip(".…").strip()
    title = _loose(headline)
    if title and teaser.startswith(title):  # "Headline - the lead paragraph's opening"
        teaser = teaser[len(title) :].lstrip(" -:|.·")
    if not teaser:
        return description
    cut = teaser[: max(40, len(teaser) - 3)]
    return None if cut in _loose(" ".join(parts)) else description


_DESCRIPTION_WORD = re.compile(r"[^\W\d_]{5,}")
_SHARED_WORDS = 0.2
_SITE_NAME_SLACK = 2


def _of_site(description: str, site: str, text: str) -> bool:
    """Whether a description is the site's own, printed on its every page ("Geschichten und
    News aus Stil, Mode, Design und Kultur. Das ICON Magazin erscheint zehnmal im Jahr" on a
    magazine's interview): it names the site (its name's letters, an ending's two letters
    aside: "ICON Magazin" for "ICON Magazine") and fewer than a fifth of its other words of
    five letters or more are in the headline or the body (``text``)."""
    name = norm(site)
    if len(name) < 3 or name[: max(3, len(name) - _SITE_NAME_SLACK)] not in norm(description):
        return False
    words = {word for word in _DESCRIPTION_WORD.findall(description.casefold()) if word not in name}
    if not words:
        return False
    known = text.casefold()
    return sum(word in known for word in words) < _SHARED_WORDS * len(words)


_DASHES = re.compile("[\u2010-\u2015\u2212]")
_DOUBLE_QUOTES = re.compile("[\u201c-\u201f\u00ab\u00bb]")
_SINGLE_QUOTES = re.compile("[\u2018-\u201b\u2039\u203a]")
"""Dashes, double and single quotation marks: each kind is written one way by :func:`_loose`
(three substitutions take half the time of ``str.translate`` with a table of
characters outside ASCII, on a whole body's text)."""


def _loose(text: str) -> str:
    """``text`` squashed, with its dashes and quotation marks written one way each: a page's
    description prints "WASHINGTON (AP) - ..." and straight quotation marks where its body
    prints a dash and typographic ones."""
    text = _DASHES.sub("-", squash(text))
    return _SINGLE_QUOTES.sub("'", _DOUBLE_QUOTES.sub('"', text))


def _shown_kicker(kicker: str | None, headline: str) -> str | None:
    """The kicker without the colon or dashes that set it off from the headline
    ("MENINGSMÅLING:", "- Advertorial -"); None for a date (a stamp line above the
    headline, "1. Februar 2022", "24.01.2022 - Meldung"), which is no kicker, and for the
    headline itself printed again."""
    if kicker is None:
        return None
    shown = kicker.strip(" :|-\u2013\u2014")
    if not shown or find_date(shown) is not None or _repeats(shown, headline):
        return None
    return shown


def _repeats(text: str, headline: str) -> bool:
    """Whether a text is the headline again, case and spacing aside (a description that a
    page's templates fill with the title)."""
    return squash(text).casefold() == squash(headline).casefold()


_BYLINE_LINE = 120
_BYLINE_WORDS = 14
_PORTRAIT_BLOCKS = 4
"""An author's portrait is looked for among this many first blocks of the body."""


def _without_byline(
    sections: tuple[Section, ...], bylines: tuple[str, ...], description: str | None = None
) -> tuple[tuple[Section, ...], str | None]:
    """Drop, from the first blocks of the body, a short paragraph that names the article's
    authors ("By Ann Lee", "Ann Lee, Business reporter"): the byline, read as metadata. The
    page's description printed above that line goes too: it is the standfirst of the title
    block, not the story's lead. So does a job title printed on the line after the name
    ("Highlands and Islands reporter"), which is returned with the sections (None if none).
    A byline naming nobody ("By Staff Writer") goes whatever the authors. After a long
    paragraph (the story's, or an intro above the byline), only a line that ends with a byline
    label and an author's name goes ("Von Tim Ehlers", "Blog Beitrag von Ann Lee")."""
    if not sections:
        return sections, None
    blocks = list(sections[0].blocks)
    for position, block in enumerate(blocks[:3]):
        if isinstance(block, Paragraph) and is_role_byline(block.text):
            del blocks[position]  # "By Staff Writer": a byline naming nobody
            sections = _with_lead_blocks(sections, blocks)
            if not sections:
                return sections, None
            blocks = list(sections[0].blocks)
            break
    if not bylines:
        return sections, None
    sections = _without_byline_heading(sections, bylines)
    if not sections:
        return sections, None
    blocks = list(sections[0].blocks)
    begun = False
    for position, block in enumerate(blocks[:3]):
        if not isinstance(block, Paragraph) or block.quotes:
            continue
        text = block.text
        short = len(text) <= _BYLINE_LINE and len(text.split()) <= _BYLINE_WORDS
        if begun and not (short and _labels_author(text, bylines)):
            continue  # after the story's first paragraph, only "Von Ann Lee" itself goes
        if short and any(name in text for name in bylines):
            del blocks[position]
            title = job_title(blocks[position]) if position < len(blocks) else None
            if title is not None:
                del blocks[position]
            if position and description and _is_text(blocks[:position], description):
                del blocks[:position]
            return _with_lead_blocks(sections, blocks), title
        begun = begun or len(text) > _BYLINE_LINE  # the story (or its intro) has begun
    return sections, None


def _without_byline_heading(
    sections: tuple[Section, ...], bylines: tuple[str, ...]
) -> tuple[Section, ...]:
    """The sections without the first one's heading when that heading is the byline: short,
    opening with a byline label and naming an author ("by Ann Lee, February 28, 2010" printed
    as an ``<h4>``). A first section left with nothing goes."""
    heading = sections[0].heading or ""
    words = heading.split()
    if (
        not words
        or len(heading) > _BYLINE_LINE
        or words[0].lower().rstrip(":") not in BY_WORDS
        or not any(name in heading for name in bylines)
    ):
        return sections
    if not sections[0].blocks:
        return sections[1:]
    return (attrs.evolve(sections[0], heading=None), *sections[1:])


def _labels_author(text: str, bylines: tuple[str, ...]) -> bool:
    """Whether a line ends with a byline label and an author's name ("Von Tim Ehlers", "Blog
    Beitrag von Ann Lee", "Escrito por Ann Lee")."""
    lowered = text.lower()
    return any(lowered.endswith(f"{word} {name.lower()}") for word in BY_WORDS for name in bylines)


def _declared_media(media: Sequence[Media], sections: tuple[Section, ...]) -> tuple[Media, ...]:
    """The pictures the metadata declares (cleaned, :func:`clean_media`), without those of the
    site (its logo, a default share image: :func:`~._site_images.is_site_image`) unless the
    body prints the same picture (a story about the logo)."""
    printed = [
        block.media.url
        for section in sections
        for block in section.blocks
        if isinstance(block, Figure) and block.media.url
    ]
    return tuple(
        clean_media(item)
        for item in media
        if item.url is None
        or not is_site_image(item.url)
        or any(same_picture(item.url, url) for url in printed)
    )


def _without_portraits(
    sections: tuple[Section, ...], authors: tuple[str, ...]
) -> tuple[Section, ...]:
    """The sections without the authors' portraits
    (:func:`~newsmodel.formats.html._trailer.is_headshot`) among the first section's first
    blocks: the byline's headshot, not a figure of the story."""
    if not authors or not sections:
        return sections
    first = sections[0].blocks
    head = [
        b
        for b in first[:_PORTRAIT_BLOCKS]
        if not (isinstance(b, Figure) and is_headshot(b.media, authors))
    ]
    if len(head) == len(first[:_PORTRAIT_BLOCKS]):
        return sections
    return _with_lead_blocks(sections, [*head, *first[_PORTRAIT_BLOCKS:]])


def _with_lead_blocks(
    sections: tuple[Section, ...], blocks: Sequence[Block]
) -> tuple[Section, ...]:
    """The sections with the first one's blocks replaced by ``blocks``; the first section
    goes when it is left with neither blocks nor a heading."""
    lead = attrs.evolve(sections[0], blocks=tuple(blocks))
    return (lead, *sections[1:]) if lead.blocks or lead.heading else sections[1:]


_RIGHTS_LINE = re.compile(
    r"(?:copyright\b|©|\(c\))\s*(?:©\s*)?(?:(?:19|20)\d\d\b.*|.*\ball\s+rights\s+reserved\b.*)",
    re.IGNORECASE | re.DOTALL,
)
"""A rights notice: "Copyright 2013 Millbrook Gazette. All rights reserved. ...", "© 2024 ..."."""
_RIGHTS_CHARS = 300


def _without_rights(sections: tuple[Section, ...]) -> tuple[tuple[Section, ...], str | None]:
    """The sections without a rights notice closing the body (:data:`_RIGHTS_LINE`, short),
    and that notice (None if none): the page's ``rights``, not the story."""
    if not sections or not sections[-1].blocks:
        return sections, None
    last = sections[-1].blocks[-1]
    if not isinstance(last, Paragraph) or last.quotes or len(last.text) > _RIGHTS_CHARS:
        return sections, None
    if _RIGHTS_LINE.fullmatch(last.text) is None:
        return sections, None
    end = attrs.evolve(sections[-1], blocks=sections[-1].blocks[:-1])
    kept = (*sections[:-1], end) if end.blocks or end.heading else sections[:-1]
    return kept, last.text


def _titled(bylines: tuple[Person, ...], title: str | None) -> tuple[Person, ...]:
    """The bylines with ``title`` given to the author when there is one author without a
    title."""
    if title is None or len(bylines) != 1 or bylines[0].title is not None:
        return bylines
    return (attrs.evolve(bylines[0], title=title),)


def _is_text(blocks: list[Block], text: str) -> bool:
    """Whether ``blocks`` are paragraphs that print ``text`` (whitespace and case aside)."""
    printed = " ".join(block.text for block in blocks if isinstance(block, Paragraph))
    return len(printed) > 0 and printed.casefold() == squash(text).casefold()


_ONLY_STANDFIRST_WORDS = (
    r"chapo|chapeau|standfirst|sapo|entradilla|sottotitolo|catenaccio|vorspann|ingress"
)
_STANDFIRST_CLASS = re.compile(
    _ONLY_STANDFIRST_WORDS
    + r"|dek\b|deck|lead|intro|teaser|summary|sumario|excerpt|abstract|descr|subtitle|subline",
    re.IGNORECASE,
)
"""Class names of a standfirst printed at the top of the story, in the languages read: English,
French ("chapo", "chapeau"), Spanish ("entradilla", "sumario"), Italian ("catenaccio"), German
("Vorspann") and Nordic ("ingress")."""
_ONLY_STANDFIRST_CLASS = re.compile(_ONLY_STANDFIRST_WORDS + r"|\bdek\b|\bdeck\b", re.IGNORECASE)
"""Class names that only a standfirst bears (of :data:`_STANDFIRST_CLASS`)."""
_STANDFIRST_LOOK = 3
"""The standfirst is among the content's first few paragraphs."""


def _drop_standfirst(content: html.HtmlElement, description: str | None) -> str | None:
    """Take out of the content a paragraph at its top named as a standfirst: the title block's
    standfirst, which the article keeps as its subheadline, not the story's first paragraph.

    A name that only a standfirst bears ("standfirst", "chapo", "dek", "Vorspann" ...) is
    enough, and that paragraph, as the page shows it, is returned: it is the subheadline even
    when the description says something else. A name that a story's first paragraph bears too
    ("lead", "intro", "summary" ...) takes the paragraph out only when it is the description
    word for word (None is returned: the description stands)."""
    wanted = squash(description or "").casefold()
    for count, paragraph in enumerate(content.iter("p")):
        if count == _STANDFIRST_LOOK:
            return None
        within = itertools.takewhile(
            lambda element: element is not content, paragraph.iterancestors()
        )
        named = [paragraph, *itertools.islice(within, 2)]  # its own box, not the content's name
        classes = [element.get("class") or "" for element in named]
        text = squash(paragraph.text_content())
        if text and any(_ONLY_STANDFIRST_CLASS.search(value) for value in classes):
            paragraph.drop_tree()
            return text
        if wanted and text.casefold() == wanted:
            if any(_STANDFIRST_CLASS.search(value) for value in classes):
                paragraph.drop_tree()
            return None
    return None


_STANDFIRST_CHARS = 500
_STANDFIRST_TAGS = frozenset({"p", "div", "h2", "span"})


def _hgroup_subtitle(
    root: html.HtmlElement, content: html.HtmlElement, headline: str
) -> str | None:
    """The subtitle HTML marks as one: what follows the headline's ``<h1>`` in its
    ``<hgroup>`` (an ``<h2>``, or a ``<p>`` as the standard now writes it). None when the
    page's ``<hgroup>`` holds another title (a site's name and its tagline). The group, inside
    the content, leaves it: the title block, not the story's first lines."""
    heading = next(root.iter("h1"), None)
    group = None if heading is None else heading.getparent()
    if heading is None or group is None or group.tag != "hgroup":
        return None
    if squash(heading.text_content()).casefold() != squash(headline).casefold():
        return None
    after = itertools.dropwhile(lambda element: element is not heading, group)
    texts = [squash(element.text_content()) for element in after if element.tag in HGROUP_PARTS]
    text = " ".join(text for text in texts if text)
    if not 0 < len(text) <= _STANDFIRST_CHARS:
        return None
    if content in group.iterancestors():
        group.drop_tree()  # its tail, if any, stays
    return text


def _standfirst_above(content: html.HtmlElement) -> str | None:
    """The text of an element named only as a standfirst (:data:`_ONLY_STANDFIRST_CLASS`) that
    stands before the content in the article's wrapper (the title block's standfirst, outside
    the body's container); None if there is none."""
    wrapper = article_wrapper(content)
    if wrapper is None:
        return None
    for element in wrapper.iter():
        if element is content:
            return None  # the body begins (whatever its tag): nothing named so above it
        if element.tag in _STANDFIRST_TAGS and _ONLY_STANDFIRST_CLASS.search(
            element.get("class") or ""
        ):
            text = squash(element.text_content())
            if 0 < len(text) <= _STANDFIRST_CHARS:
                return text
    return None


_SHOWN_STANDFIRST = (80, 600)
"""A standfirst printed under the title is a sentence or a few: this many characters."""


def _standfirst_under_title(content: html.HtmlElement, description: str | None) -> str | None:
    """The text of the first paragraph between the title (the ``<h1>``) and the content in the
    article's wrapper, whatever its name, when it reads as a standfirst: one to a few
    sentences (:data:`_SHOWN_STANDFIRST`), ending as a sentence, mostly outside links, outside
    a figure, and no line of the page (a site's notice, a date: see
    :func:`~newsmodel.formats.html._structure.is_page_line`); a date printed in it
    (:func:`_without_stamps`) left out. None if there is none.
    A standfirst the page shows wins over its description, which is often cut short ("Aber
    das soll sich...") or written apart for search engines, unless the page prints the
    description too, elsewhere in the wrapper (:func:`_shown_elsewhere`): None then."""
    wrapper = article_wrapper(content)
    if wrapper is None:
        return None
    titled = False
    for element in wrapper.iter():
        if element is content:
            return None
        if element.tag == "h1":
            titled = True
        elif titled and element.tag == "p":
            if content in element.iterancestors():
                return None
            text = _without_stamps(element)
            low, high = _SHOWN_STANDFIRST
            links = sum(len(squash(link.text_content())) for link in element.iter("a"))
            if (
                low <= len(text) <= high
                and text.endswith(SENTENCE_ENDS)
                and 2 * links < len(text)
                and not any(a.tag in ("figure", "figcaption") for a in element.iterancestors())
                and not is_page_line(text)
            ):
                shown = _shown_elsewhere(description, text, wrapper, content)
                return None if shown else text
    return None


_SHOWN_PREFIX = 60
"""How much of the description's opening is looked for in the page."""


def _shown_elsewhere(
    description: str | None, text: str, wrapper: html.HtmlElement, content: html.HtmlElement
) -> bool:
    """Whether the page's description is printed in the article's wrapper outside the
    paragraph ``text`` and outside the body (its opening, :data:`_SHOWN_PREFIX` characters,
    is): the page shows it as its standfirst, and the paragraph under the title is something
    else. (A description that is the body's first paragraph is no standfirst.)"""
    if not description:
        return False
    opening = squash(description)[:_SHOWN_PREFIX]
    if opening in text or opening not in squash(wrapper.text_content()):
        return False
    return opening not in squash(content.text_content())


def _without_stamps(paragraph: html.HtmlElement) -> str:
    """A paragraph's text without its children that only print a date ("<p><span>19.10.2019,
    15:30 Uhr</span><span>The lead ...</span></p>")."""
    parts = [paragraph.text or ""]
    for child in paragraph:
        text = child.text_content()
        parts.extend((" " if is_stamp(squash(text).strip()) else text, child.tail or ""))
    return squash("".join(parts)).strip()


def _biography_notes(biographies: list[str], notes: tuple[Note, ...]) -> list[Note]:
    """Notes for the author biographies taken out of the page (:mod:`._biography`), as a
    biography closing the story is kept (:mod:`._trailer`); none that repeats a note."""
    have = {note.text for note in notes}
    return [Note(kind=NoteKind.OTHER, text=text) for text in biographies if text not in have]


def _without_kicker(sections: tuple[Section, ...], kicker: str | None) -> tuple[Section, ...]:
    """Drop the body's first block when it is a paragraph that is the kicker ("Hochwasser"
    printed above the headline, in the title block the content holds), read as metadata."""
    if not kicker or not sections or not sections[0].blocks or sections[0].heading:
        return sections
    first = sections[0].blocks[0]
    if not isinstance(first, Paragraph) or first.text.casefold() != squash(kicker).casefold():
        return sections
    lead = attrs.evolve(sections[0], blocks=sections[0].blocks[1:])
    return (lead, *sections[1:]) if lead.blocks else sections[1:]


def read_page(data: bytes, options: ReadOptions) -> Parsed:
    """Read one article from a web page's bytes.

    Args:
        data: The page's bytes.
        options: The source name, the caller's encoding, the reference date for datelines.

    Raises:
        ParseError: if the page is empty, or has no headline and no heading or paragraph to
            stand in for one.
        LimitError: if the page is longer than ``options.max_bytes``.
        ValidationError: if what was read does not make a valid article.
    """
    limits.check_size(data, options.max_bytes, options.source)
    root = parse_page(data, options.encoding, options.source, options.max_depth)
    own = read_semantic(root, options.source)
    if own is not None:
        return Parsed(article=own)
    scanned = scan(root)  # one pass over the elements serves the metadata and the stripping
    metadata = read_metadata(root, reference=options.reference_date, found_marks=scanned.marks)
    headline = metadata.headline or _visible_headline(root)
    if headline is not None:
        headline = _shown_part(root, headline)
        _title_as_h1(root, headline)
    language = metadata.language or options.language
    # Before the stripping, so that a box about the author is kept as a note whatever its name.
    printed_biographies = drop_biographies(root, metadata.biographies)
    strip_boilerplate(root, scanned=scanned)
    content = main_content(root, headline)
    description = (
        _drop_standfirst(content, metadata.subheadline)
        or (headline and _hgroup_subtitle(root, content, headline))
        or _standfirst_above(content)
        or _standfirst_under_title(content, metadata.subheadline)
        or metadata.subheadline
    )
    declared = next((m for m in metadata.media if m.url and not is_site_image(m.url)), None)
    lead = lead_media(content, declared)  # a logo declared is no picture to match
    sections = content_sections(content, headline=headline, description=description)
    if opens_with_thread(sections):
        sections = _picked_again(root, content, headline, description) or sections
    found = _length(sections)
    if found < _SHORT_BODY:
        sections = _json_ld_body(metadata.bodies, 2 * found, headline, options) or sections
    if _length(sections) < _NEAR_EMPTY:
        sections = _body_read_again(data, options, headline, 2 * found) or sections
    if not sections:  # the container found reads to nothing, and the page gives no other body
        sections = _picked_again(root, content, headline, description) or sections
    problems: tuple[Problem, ...] = ()
    if headline is None:
        headline, sections, problems = _stand_in_headline(sections, options.source)
    else:
        headline, sections = _title_in_body(headline, sections)
    sections = _without_kicker(sections, metadata.kicker)
    authors = tuple(person.name for person in metadata.bylines)
    sections = _without_portraits(sections, authors)
    if lead is not None and is_headshot(lead, authors):
        lead = None
    sections, boxes = author_boxes(sections, authors)
    sections, shown_title = _without_byline(sections, authors, description)
    sections = without_trailer(sections)
    sections, shown_rights = _without_rights(sections)
    sections, notes = trailer_notes(sections, authors)
    notes = (*boxes, *notes)
    if shown_rights is not None or notes:
        sections = without_trailer(sections)  # stock lines that stood above those lines
    notes = (*notes, *_biography_notes(printed_biographies, notes))
    article = Article(
        headline=headline,
        subheadline=_standfirst(description, sections, headline, metadata.source),
        kicker=_shown_kicker(metadata.kicker, headline),
        bylines=_titled(metadata.bylines, shown_title) or credited_people(notes),
        published=metadata.published,
        modified=metadata.modified,
        language=language,
        source=metadata.source,
        url=metadata.url,
        id=metadata.id,
        sections=sections,
        media=_declared_media(metadata.media, sections) if lead is None else (lead,),
        keywords=metadata.keywords,
        subjects=metadata.subjects,
        rights=metadata.rights or shown_rights,
        notes=notes,
    )
    if options.heuristics:
        article = fill_in(article, reference_date=options.reference_date)
    return Parsed(article=article, problems=problems)
