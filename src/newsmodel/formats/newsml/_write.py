"""Writing an article as a NewsML-G2 2.35 newsItem (Power conformance)."""

import datetime
import os
import re
from collections.abc import Iterator

import attrs
from lxml import etree

from newsmodel.errors import SerializeError
from newsmodel.formats import WriteOptions
from newsmodel.formats._body import XHTML_NS, escape_attribute, escape_text, figure_html
from newsmodel.formats._body import sections_to_html as _sections_html
from newsmodel.formats._body_nitf import NITF_NS, sections_to_nitf
from newsmodel.formats._ids import article_id
from newsmodel.formats._xml import trusted_parser
from newsmodel.formats.newsml._common import (
    CANONICAL_REL,
    GENERATOR,
    IPTC_CATALOG,
    NAR_NS,
    QCODE,
    UNKNOWN_PROVIDER,
    writable_uri,
)
from newsmodel.formats.newsml._dates import format_datetime
from newsmodel.model import Article, Dateline, Person

__all__ = ["XML_DECLARATION", "article_guid", "encode", "time_of_writing", "write"]

XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
"""What :func:`encode` puts before the document."""

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_LANGUAGE = re.compile(r"[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*")
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _nar(tag: str) -> str:
    return f"{{{NAR_NS}}}{tag}"


def _add(
    parent: etree._Element, name: str, text: str | None = None, /, **attributes: str
) -> etree._Element:
    element = etree.SubElement(parent, _nar(name), attributes)
    if text is not None:
        element.text = text
    return element


def _strings(value: object, pointer: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield pointer, value
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _strings(item, f"{pointer}/{index}")
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]  # attrs.has does not narrow
            yield from _strings(getattr(value, field.name), f"{pointer}/{field.name}")


def _check_characters(article: Article) -> None:
    for pointer, text in _strings(article, ""):
        found = _NOT_XML.search(text)
        if found is not None:
            raise SerializeError(
                f"XML cannot carry the character U+{ord(found.group()):04X}", pointer
            )


def article_guid(article: Article) -> str:
    """Return the article's id, else the URN derived from its content (never random), the same
    as every format writes (:func:`newsmodel.formats._ids.article_id`).

    >>> article_guid(Article(headline="Talks resume"))[:21]
    'urn:newsmodel:sha256:'
    """
    return article_id(article)


def _language(article: Article) -> str | None:
    """The article's language if it is a well-formed tag (``xs:language``), else None."""
    language = article.language
    return language if language is not None and _LANGUAGE.fullmatch(language) else None


def time_of_writing(options: WriteOptions) -> datetime.datetime:
    """Return ``options.now``, else the time ``SOURCE_DATE_EPOCH`` gives (seconds since 1970,
    for reproducible builds), else the clock, in UTC to the second.

    Raises:
        SerializeError: if ``SOURCE_DATE_EPOCH`` is set but is not a whole number.
    """
    if options.now is not None:
        return options.now
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None and epoch.strip():
        try:
            return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC)
        except (ValueError, OverflowError, OSError) as exc:
            raise SerializeError(
                f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {epoch!r}"
            ) from exc
    return datetime.datetime.now(datetime.UTC).replace(microsecond=0)


def _item_meta(item: etree._Element, article: Article, options: WriteOptions) -> None:
    meta = _add(item, "itemMeta")
    _add(meta, "itemClass", qcode="ninat:text")
    if article.source is not None and article.source.strip():
        _add(_add(meta, "provider"), "name", article.source)
    else:
        _add(meta, "provider", literal=UNKNOWN_PROVIDER)
    newest = article.modified or article.published
    version = time_of_writing(options) if newest is None else newest
    _add(meta, "versionCreated", format_datetime(version))
    if article.published is not None:
        _add(meta, "firstCreated", format_datetime(article.published))
    _add(meta, "pubStatus", qcode="stat:usable")
    _add(meta, "generator", GENERATOR)
    if article.url is not None and writable_uri(article.url):
        _add(meta, "link", reluri=CANONICAL_REL, href=article.url, contenttype="text/html")


def _creator(parent: etree._Element, person: Person) -> None:
    attributes = {}
    if person.role is not None and QCODE.fullmatch(f"cpprole:{person.role}"):
        attributes["role"] = f"cpprole:{person.role}"
    creator = _add(parent, "creator", **attributes)
    _add(creator, "name", person.name)
    if person.organization is not None:
        details = _add(creator, "personDetails")
        _add(_add(details, "affiliation"), "name", person.organization)


def _located(parent: etree._Element, dateline: Dateline) -> None:
    levels = [
        (dateline.place, "loctyp:City"),
        (dateline.region, "loctyp:CountryArea"),
        (dateline.country, "loctyp:Country"),
    ]
    present = [(name, kind) for name, kind in levels if name is not None]
    if not present:
        return
    (name, kind), *broader = present
    located = _add(parent, "located", type=kind)
    _add(located, "name", name)
    for name, kind in broader:
        _add(_add(located, "broader", type=kind), "name", name)


def _content_meta(item: etree._Element, article: Article) -> None:
    meta = _add(item, "contentMeta")
    if article.published is not None:
        _add(meta, "contentCreated", format_datetime(article.published))
    if article.modified is not None:
        _add(meta, "contentModified", format_datetime(article.modified))
    if article.dateline is not None:
        _located(meta, article.dateline)
    for person in article.bylines:
        _creator(meta, person)
    if _language(article) is not None:
        _add(meta, "language", tag=article.language or "")
    for keyword in article.keywords:
        _add(meta, "keyword", keyword)
    for subject in article.subjects:
        if not subject.code and subject.name is None:
            continue
        attributes = {}
        if subject.code:
            key = "qcode" if QCODE.fullmatch(subject.code) and "://" not in subject.code else None
            attributes[key or ("uri" if "://" in subject.code else "literal")] = subject.code
        element = _add(meta, "subject", **attributes)
        if subject.name is not None:
            _add(element, "name", subject.name)
    _add(meta, "headline", article.headline)
    if article.dateline is not None:
        _add(meta, "dateline", article.dateline.text)
    if article.bylines:
        names = [person.name for person in article.bylines]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        _add(meta, "by", f"By {joined}")
    if article.subheadline is not None:
        _add(meta, "description", article.subheadline, role="drol:summary")


def _xhtml(article: Article) -> etree._Element:
    out = [f'<html xmlns="{XHTML_NS}">']
    out.append(f"<head><title>{escape_text(article.headline)}</title></head><body>")
    if article.kicker is not None:
        out.append(f'<p class="kicker">{escape_text(article.kicker)}</p>')
    if article.dateline is not None:
        out.append(_dateline_html(article.dateline))
    out.append(_sections_html(article.sections))
    for media in article.media:
        figure_html(media, out, "article-media")
    for note in article.notes:
        kind = escape_attribute(str(note.kind))
        out.append(
            f'<aside class="note" data-kind="{kind}"><p>{escape_text(note.text)}</p></aside>'
        )
    out.append("</body></html>")
    return etree.fromstring("".join(out).encode("utf-8"), trusted_parser())


def _dateline_html(dateline: Dateline) -> str:
    attributes = "".join(
        f' data-{name}="{escape_attribute(str(value))}"'
        for name in ("year", "month", "day", "source")
        if (value := getattr(dateline, name)) is not None
    )
    return f'<p class="dateline"{attributes}>{escape_text(dateline.text)}</p>'


def _nitf(article: Article) -> etree._Element:
    def nitf(tag: str) -> str:
        return f"{{{NITF_NS}}}{tag}"

    root = etree.Element(nitf("nitf"), nsmap={None: NITF_NS})
    etree.SubElement(etree.SubElement(root, nitf("head")), nitf("title")).text = article.headline
    body = etree.SubElement(root, nitf("body"))
    head = etree.SubElement(body, nitf("body.head"))
    hedline = etree.SubElement(head, nitf("hedline"))
    etree.SubElement(hedline, nitf("hl1")).text = article.headline
    if article.subheadline is not None:
        etree.SubElement(hedline, nitf("hl2")).text = article.subheadline
    for person in article.bylines:
        byline = etree.SubElement(head, nitf("byline"))
        etree.SubElement(byline, nitf("person")).text = person.name
    if article.dateline is not None:
        etree.SubElement(head, nitf("dateline")).text = article.dateline.text
    if article.sections:
        body.append(sections_to_nitf(article.sections))
    return root


def _content_set(item: etree._Element, article: Article, options: WriteOptions) -> etree._Element:
    content_set = _add(item, "contentSet")
    if options.newsml_body == "nitf":
        inline = _add(content_set, "inlineXML", contenttype="application/nitf+xml")
        body = _nitf(article)
    else:
        inline = _add(content_set, "inlineXML", contenttype="application/xhtml+xml")
        body = _xhtml(article)
    language = _language(article)
    if language is not None:
        inline.set(_XML_LANG, language)
    return body


def write(article: Article, options: WriteOptions) -> str:
    """Return the article as a NewsML-G2 2.35 newsItem, without an XML declaration.

    The output is deterministic: the same article gives the same text. The metadata is indented
    by two spaces; the body inside ``inlineXML`` is written on one line, so that its whitespace
    stays exact.

    Raises:
        SerializeError: if a text holds a character XML cannot carry (a control character,
            U+FFFE, U+FFFF).
    """
    _check_characters(article)
    item = etree.Element(
        _nar("newsItem"),
        {
            "guid": article_guid(article),
            "version": "1",
            "standard": "NewsML-G2",
            "standardversion": "2.35",
            "conformance": "power",
        },
        nsmap={None: NAR_NS},
    )
    language = _language(article)
    if language is not None:
        item.set(_XML_LANG, language)
    _add(item, "catalogRef", href=IPTC_CATALOG)
    if article.rights is not None:
        _add(_add(item, "rightsInfo"), "copyrightNotice", article.rights)
    _item_meta(item, article, options)
    _content_meta(item, article)
    body = _content_set(item, article, options)
    etree.indent(item, space="  ")
    inline = item[-1][0]
    inline.text = None
    inline.append(body)
    body.tail = None
    return etree.tostring(item, encoding="unicode") + "\n"


def encode(text: str) -> bytes:
    """Return written NewsML-G2 text as the bytes of a file: UTF-8, with the XML declaration."""
    return XML_DECLARATION + text.encode("utf-8")
