"""Reading NewsML-G2 newsItems and newsMessages (versions 2.4 to 2.35) as real agencies send them.

Elements are found by local name, so a file without the NewsML-G2 namespace reads too, and in any
order. Each thing forgiven (no namespace, a padded or empty date, an offset like ``+0100``,
elements out of order, a missing provider or headline) is returned as a warning problem in
``Parsed.problems``.
"""

import re
from collections.abc import Iterator

import attrs
from lxml import etree

from newsmodel import limits
from newsmodel.errors import Location, ParseError, Problem, ValidationError
from newsmodel.formats import Parsed, ReadOptions
from newsmodel.formats._body import html_to_sections
from newsmodel.formats._body_read import figure_media, local_name, plain_text, read_sections
from newsmodel.formats._heuristics import fill_parsed
from newsmodel.formats._ids import is_derived
from newsmodel.formats._xml import Paths, location, parse_xml
from newsmodel.formats.newsml._common import (
    CANONICAL_REL,
    GENERATOR,
    NAR_NS,
    UNKNOWN_PROVIDER,
    UNKNOWN_TIME,
    collapse,
)
from newsmodel.formats.newsml._read_meta import (
    Context,
    bylines,
    check_order,
    child,
    children,
    code_of,
    date,
    dateline,
    headlines,
    local,
    published_date,
    subjects,
    text_of,
)
from newsmodel.model import (
    Article,
    Note,
    NoteKind,
    Paragraph,
    Section,
)

__all__ = ["read", "read_all"]

_EXTRA_CLASSES = frozenset({"dateline", "kicker", "note", "article-media"})
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


# ---------------------------------------------------------------------------------------------
# Body


def _extract_extras(container: etree._Element) -> dict[str, etree._Element]:
    """Take newsmodel's extras (and a dpa-style dateline span) out of the body markup."""
    found: dict[str, etree._Element] = {}
    media: list[etree._Element] = []
    notes: list[etree._Element] = []
    for element in list(container.iter()):
        classes = set((element.get("class") or "").split()) & _EXTRA_CLASSES
        if not classes or not isinstance(element.tag, str):
            continue
        kind = classes.pop()
        if kind == "article-media":
            media.append(element)
        elif kind == "note":
            notes.append(element)
        elif kind in found:
            continue
        else:
            found[kind] = element
        _remove(element)
    for index, element in enumerate(media):
        found[f"media/{index}"] = element
    for index, element in enumerate(notes):
        found[f"note/{index}"] = element
    return found


def _remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    parent.remove(element)
    if tail and tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _plain_sections(text: str) -> tuple[Section, ...]:
    paragraphs = tuple(
        Paragraph(text=collapse(part)) for part in _PARAGRAPH_BREAK.split(text) if part.strip()
    )
    return (Section(blocks=paragraphs),) if paragraphs else ()


def _drop_title(container: etree._Element, headline: str | None) -> None:
    """Remove an ``<h1>`` that repeats the headline from the body."""
    if headline is None:
        return
    for element in container.iter():
        if local_name(element) == "h1":
            if collapse(plain_text(element)) == headline:
                _remove(element)
            return


def _body(
    item: etree._Element, headline: str | None, ctx: Context
) -> tuple[tuple[Section, ...], dict[str, etree._Element], str, str]:
    """Return the sections, the extras, and an NITF hl1 and dateline (for missing metadata)."""
    content_set = child(item, "contentSet")
    if content_set is None:
        return (), {}, "", ""
    for content in content_set:
        name = local(content)
        content_type = (content.get("contenttype") or "").lower()
        if name == "inlineData":
            text = content.text or ""
            ctx.mark("/sections", content)
            if "html" in content_type:
                return html_to_sections(text), {}, "", ""
            return _plain_sections(text), {}, "", ""
        if name != "inlineXML":
            continue
        ctx.mark("/sections", content)
        extras = _extract_extras(content)
        _drop_title(content, headline)
        roots = [child for child in content if isinstance(child.tag, str)]
        if roots and local_name(roots[0]) == "nitf":
            head = next((e for e in roots[0].iter() if local_name(e) == "body.head"), None)
            hl1 = (
                next((e for e in head.iter() if local_name(e) == "hl1"), None)
                if head is not None
                else None
            )
            line = (
                next((e for e in head.iter() if local_name(e) == "dateline"), None)
                if head is not None
                else None
            )
            return read_sections(roots[0]), extras, text_of(hl1), text_of(line)
        return read_sections(content), extras, "", ""
    return (), {}, "", ""


# ---------------------------------------------------------------------------------------------
# Items


def _first_paragraph(sections: tuple[Section, ...]) -> str:
    for section in sections:
        for block in section.blocks:
            if isinstance(block, Paragraph) and block.text.strip():
                return block.text.strip()
    return ""


def _fallback_headline(
    item: etree._Element,
    meta: etree._Element | None,
    nitf_headline: str,
    sections: tuple[Section, ...],
) -> tuple[str, str]:
    item_meta = child(item, "itemMeta")
    candidates = [
        ("the item's <title>", text_of(child(item_meta, "title"))),
        ("the NITF <hl1>", nitf_headline),
        ("the <slugline>", text_of(child(meta, "slugline"))),
        ("the first paragraph", _first_paragraph(sections)),
        ("the item's guid", collapse(item.get("guid"))),
    ]
    for where, text in candidates:
        if text:
            return text, where
    return "", ""


def _notes(item_meta: etree._Element | None, extras: dict[str, etree._Element]) -> tuple[Note, ...]:
    notes = [
        Note(kind=NoteKind.EDITORS_NOTE, text=text_of(e)) for e in children(item_meta, "edNote")
    ]
    for key, element in extras.items():
        if key.startswith("note/"):
            try:
                kind = NoteKind(element.get("data-kind") or "other")
            except ValueError:
                kind = NoteKind.OTHER
            paragraphs = [plain_text(p) for p in element if local_name(p) == "p"]
            notes.append(Note(kind=kind, text="\n\n".join(paragraphs) or plain_text(element)))
    return tuple(note for note in notes if note.text)


def _provider(item_meta: etree._Element | None, ctx: Context, item: etree._Element) -> str | None:
    provider = child(item_meta, "provider")
    if provider is None:
        where = item_meta if item_meta is not None else item
        ctx.forgive("missing-provider", "the item has no <provider>", where)
        return None
    name = text_of(child(provider, "name"))
    if not name and ctx.ours and provider.get("literal") == UNKNOWN_PROVIDER:
        return None  # what newsmodel writes for an article without a source
    return name or provider.get("literal") or provider.get("qcode") or provider.get("uri") or None


def _read_item(item: etree._Element, ctx: Context) -> Parsed:
    item_meta = child(item, "itemMeta")
    meta = child(item, "contentMeta")
    ctx.ours = any(text_of(e) == GENERATOR for e in children(item_meta, "generator"))
    check_order(item_meta, ctx)
    check_order(meta, ctx)
    headline, subheadline = headlines(meta, ctx)
    sections, extras, nitf_headline, nitf_dateline = _body(item, headline, ctx)
    if headline is None:
        headline, where = _fallback_headline(item, meta, nitf_headline, sections)
        if not headline:
            where_item = location(item, source=ctx.source, pointer="/headline", paths=ctx.paths)
            problem = Problem("missing-headline", "error", "the item has no headline", where_item)
            raise ValidationError((problem,))
        ctx.forgive(
            "missing-headline",
            f"the item has no <headline>: {where} was used",
            meta if meta is not None else item,
        )
    published = published_date(meta, item_meta, ctx)
    modified = date(child(meta, "contentModified"), ctx)
    # newsmodel writes versionCreated from modified or published, else the time of writing,
    # which is not a date of the article.
    if modified is None and not ctx.ours:
        version_element = child(item_meta, "versionCreated")
        if version_element is None:
            ctx.forgive(
                "missing-version-created",
                "the item has no <versionCreated>",
                item_meta if item_meta is not None else item,
            )
        elif collapse(version_element.text) != UNKNOWN_TIME:
            version = date(version_element, ctx)
            if version is not None and (published is None or version > published):
                modified = version
    reference = ctx.reference or (None if published is None else published.date())
    language_element = child(meta, "language")
    language = (None if language_element is None else language_element.get("tag")) or item.get(
        "{http://www.w3.org/XML/1998/namespace}lang"
    )
    guid = item.get("guid")
    links = children(item_meta, "link")
    url = next((e.get("href") for e in links if e.get("reluri") == CANONICAL_REL), None)
    rights = text_of(child(child(item, "rightsInfo"), "copyrightNotice")) or None
    kicker = extras.get("kicker")
    media = tuple(figure_media(e) for k, e in extras.items() if k.startswith("media/"))
    article = Article(
        headline=headline,
        subheadline=subheadline,
        kicker=None if kicker is None else plain_text(kicker),
        bylines=bylines(meta, ctx),
        dateline=dateline(meta, extras, nitf_dateline, ctx, reference),
        published=published,
        modified=modified,
        language=language or None,
        source=_provider(item_meta, ctx, item),
        url=url,
        id=None if guid is None or is_derived(guid) else guid,
        sections=sections,
        media=media,
        keywords=tuple(k for k in (text_of(e) for e in children(meta, "keyword")) if k),
        subjects=subjects(meta, ctx),
        notes=_notes(item_meta, extras),
        rights=rights,
    )
    return Parsed(article=article, locations=dict(ctx.locations), problems=tuple(ctx.problems))


def _items(root: etree._Element, ctx: Context) -> Iterator[etree._Element]:
    """Yield the text newsItems of a newsItem or newsMessage document."""
    namespace = etree.QName(root).namespace
    if namespace is None:
        ctx.forgive("missing-namespace", f"the document has no namespace; expected {NAR_NS}", root)
    elif namespace != NAR_NS:
        ctx.forgive("unknown-namespace", f"the namespace {namespace} is not NewsML-G2's", root)
    name = local(root)
    if name == "newsItem":
        candidates: list[etree._Element] = [root]
    elif name == "newsMessage":
        candidates = [e for e in root.iter() if local(e) == "newsItem"]
    else:
        raise ParseError(
            f"<{name}> is not a NewsML-G2 newsItem or newsMessage",
            location(root, source=ctx.source),
            "not-newsml",
        )
    for item in candidates:
        item_class = child(child(item, "itemMeta"), "itemClass")
        if item_class is None:
            if child(item, "contentMeta") is None and child(item, "contentSet") is None:
                continue  # a stub, such as the placeholders of a message's example
            ctx.forgive("missing-item-class", "the item has no <itemClass>: text assumed", item)
            yield item
        elif code_of(item_class.get("qcode") or item_class.get("uri", "").rstrip("/")) == "text":
            yield item


def read_all(data: bytes, options: ReadOptions) -> Iterator[Parsed]:
    """Yield an article for every text item of a newsItem or newsMessage document, lazily.

    Raises:
        ParseError: if the bytes are not XML, or the root is not a newsItem or newsMessage;
            :class:`~newsmodel.limits.LimitError` if they are over a limit of ``options``.
        ValidationError: if an item cannot make an article (no headline and no guid).
    """
    paths = Paths()
    ctx = Context(options.source, paths=paths)
    limits.check_size(data, options.max_bytes, options.source)
    root = parse_xml(data, source=options.source, encoding=options.encoding)
    limits.check_tree_depth(root, options.max_depth, options.source)
    for item in _items(root, ctx):
        item_ctx = Context(options.source, options.reference_date, paths)
        parsed = _read_item(item, item_ctx)
        if ctx.problems:  # what the document forgave goes with the item read after it
            parsed = attrs.evolve(parsed, problems=(*ctx.problems, *parsed.problems))
            ctx.problems.clear()
        yield fill_parsed(parsed, options, trusted=item_ctx.ours)  # markup-less bodies (#12)


def read(data: bytes, options: ReadOptions) -> Parsed:
    """Read the first text item of a newsItem or newsMessage document.

    Raises:
        ParseError: if the bytes are not XML, the root is not a newsItem or newsMessage, or
            there is no text item.
        ValidationError: if the item cannot make an article (no headline and no guid).
    """
    for parsed in read_all(data, options):
        return parsed
    raise ParseError(
        "the document holds no text item (itemClass ninat:text)",
        Location(source=options.source),
        "no-text-item",
    )
