"""Reading a ninjs document of any version (1.x, 2.x, 3.x) into an article.

Keys are matched without regard to case, so one reader serves 2.x (``versioncreated``) and 3.x
(``versionCreated``); 1.x properties (``headline``, ``body_*``, ``person``) are read beside their
2.x forms. A JSON value of the wrong type is an error; what real producers get wrong in a way that
can still be read (a missing ``uri``, a date without offset, properties that are not ninjs) is
forgiven and listed as warning problems.
"""

import datetime
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from newsmodel.errors import Location, Problem, ValidationError
from newsmodel.formats._body import (
    first_paragraph,
    html_to_sections,
    local_name,
    xhtml_to_sections,
)
from newsmodel.formats._ids import is_derived
from newsmodel.formats._xml import xml_parser
from newsmodel.formats.ninjs._doc import Obj, Reader, Text, Where, describe, parts, texts
from newsmodel.formats.ninjs._write import BYLINE_REL, CREATOR_ROLES
from newsmodel.model import (
    Article,
    Dateline,
    Media,
    MediaKind,
    Note,
    NoteKind,
    Paragraph,
    Person,
    Section,
    Subject,
)

__all__ = ["STANDARD_KEYS", "detect_version", "read_document"]

_STANDARD_WORDS = """
uri type mimetype representationtype profile version versioncreated firstcreated
contentcreated embargoed embargoeduntil pubstatus urgency copyrightholder
copyrightnotice usageterms ednote language person people organisation organisations
place places subject subjects event events eventdetails plannedcoverage object objects
infosource infosources title byline by headline headlines slugline located charcount
wordcount renditions associations altids trustindicator trustindicators $standard
standard genre genres expires rightsinfo digitalsourcetype bodies descriptions
"""

STANDARD_KEYS = frozenset(_STANDARD_WORDS.split())
"""Every top-level property of some ninjs version, lower-cased."""

_PREFIXES = ("headline_", "body_", "description_")
_SUB_ROLES = frozenset({"subheadline", "sub", "subhead", "sub-headline", "subtitle", "deck"})
_KICKER_ROLES = frozenset({"kicker", "overline", "eyebrow", "dachzeile"})
_NOT_SUMMARY = frozenset({"caption", "creditline", "credit", "writer", "alt", "alttext"})
_ALT_ROLES = frozenset({"alt", "alttext", "alternativetext"})
_CREDIT_ROLES = frozenset({"creditline", "credit"})
_HTML_NAMES = frozenset({"html", "xhtml", "html5", "richhtml5", "richtext"})
_KINDS = {
    "picture": MediaKind.IMAGE,
    "graphic": MediaKind.GRAPHIC,
    "video": MediaKind.VIDEO,
    "audio": MediaKind.AUDIO,
}
_RENDITION_NAMES = ("original", "main", "highres", "baseimage")
_BY = re.compile(r"^\s*(?:by|von|par|por|di|av|door|af)\s+", re.IGNORECASE)
_NITF_TAGS = {"hl1": "h2", "hl2": "h2", "bq": "blockquote", "block": "div", "credit": "cite"}


def detect_version(document: dict[str, Any]) -> str:
    """Return the ninjs version a document declares, else its major version guessed from its keys.

    >>> detect_version({"standard": {"name": "ninjs", "version": "2.1"}})
    '2.1'
    >>> detect_version({"uri": "a", "versionCreated": "2024-05-01T10:00:00Z"})
    '3.x'
    >>> detect_version({"uri": "a", "headline": "Talks resume"})
    '1.x'
    """
    for key in ("standard", "$standard"):
        declared = document.get(key)
        if isinstance(declared, dict) and isinstance(declared.get("version"), str):
            return str(declared["version"])
    keys = set(document)
    nested = [
        key
        for value in document.values()
        if isinstance(value, list)
        for item in value[:1]
        if isinstance(item, dict)
        for key in item
    ]
    if any(key != key.lower() for key in (*keys, *nested)):
        return "3.x"
    if keys & {"headlines", "bodies", "descriptions", "by", "people", "subjects", "places"}:
        return "2.x"
    return "1.x"


def read_document(
    data: object, source: str | None
) -> tuple[Article, dict[str, Location], tuple[Problem, ...]]:
    """Read one ninjs document (a parsed JSON value).

    Returns:
        The article, the source location of its fields, and the faults forgiven.

    Raises:
        ValidationError: if the value is not a ninjs object or holds values of the wrong type.
    """
    reader = Reader(source)
    if not isinstance(data, dict):
        reader.error("not-ninjs", f"a ninjs document is a JSON object, not {describe(data)}", "")
        raise ValidationError(tuple(reader.problems))
    doc = Obj(data, reader)
    _report_extensions(doc)
    kind = (doc.string("type") or "text").lower()
    fields: dict[str, Any] = {}
    _identity(doc, fields)
    headlines = texts(doc, "headlines", "headline_")
    headline = doc.string("headline")
    if headline is not None:
        headlines.insert(0, (None, "", headline, (doc, doc.keys["headline"])))
    descriptions = texts(doc, "descriptions", "description_")
    sections, body_at = _body(doc, reader)
    media = list(_media(doc, kind in _KINDS))
    for item in doc.objects("associations"):
        found = _association(item)
        if found is not None:
            media.append(found)
    summaries = [] if kind in _KINDS else descriptions
    _titles(doc, headlines, summaries, (sections, body_at), fields)
    fields["bylines"] = _bylines(doc)
    located = doc.string("located")
    if located is not None:
        fields["dateline"] = Dateline(text=located, place=located)
    fields["published"] = _date(doc, "firstcreated")
    fields["modified"] = _date(doc, "versioncreated")
    fields["language"] = doc.string("language")
    fields["source"] = _source(doc)
    fields["sections"] = sections
    fields["media"] = tuple(media)
    fields["keywords"] = _keywords(doc)
    fields["subjects"] = tuple(_subjects(doc))
    note = doc.string("ednote")
    fields["notes"] = () if note is None else (Note(kind=NoteKind.EDITORS_NOTE, text=note),)
    fields["rights"] = doc.string("copyrightnotice")
    if reader.problems:
        raise ValidationError(tuple(reader.problems))
    try:
        article = Article(**fields)
    except ValidationError as exc:
        raise exc.within("", source) from exc
    return article, reader.locations, tuple(reader.forgiven)


def _report_extensions(doc: Obj) -> None:
    for lower, key in doc.keys.items():
        if lower in STANDARD_KEYS or lower.startswith(_PREFIXES):
            continue
        if lower in {"guid", "keywords", "authors"}:
            message = f"{key!r} is not a ninjs property (a Superdesk extension); it was read"
        else:
            message = f"{key!r} is not a ninjs property; it was ignored"
        doc.reader.forgive("unknown-property", message, doc.at(key))


def _identity(doc: Obj, fields: dict[str, Any]) -> None:
    uri = doc.string("uri")
    if uri is None:
        uri = doc.string("guid")
        if uri is None:
            doc.reader.forgive(
                "missing-uri", "the document has no uri, which ninjs requires", "/uri"
            )
    url: str | None = None
    altids = doc.raw("altids")
    if altids is not None and isinstance(altids[0], dict):
        value = {key.lower(): item for key, item in altids[0].items()}.get("url")
        url = value if isinstance(value, str) and value else None
    else:
        for item in doc.objects("altids"):
            if (item.string("role") or "").lower() == "url":
                url = item.string("value")
                break
    fields["url"] = url
    if uri is not None and not is_derived(uri) and uri != url:
        fields["id"] = uri


def _titles(
    doc: Obj,
    headlines: list[Text],
    descriptions: list[Text],
    body: tuple[tuple[Section, ...], Where | None],
    fields: dict[str, Any],
) -> None:
    reader = doc.reader
    main = [item for item in headlines if item[0] not in _SUB_ROLES | _KICKER_ROLES]
    main.sort(key=lambda item: item[0] not in (None, "main", "headline"))
    for field, roles in (("subheadline", _SUB_ROLES), ("kicker", _KICKER_ROLES)):
        for role, _type, value, pointer in headlines:
            if role in roles:
                fields[field] = value
                reader.found(f"/{field}", pointer)
                break
    summaries = [
        item
        for item in descriptions
        if not parts(item[0]) & (_NOT_SUMMARY | _HTML_NAMES) and "html" not in item[1]
    ]
    if "subheadline" not in fields and summaries:
        fields["subheadline"] = summaries[0][2]
        reader.found("/subheadline", summaries[0][3])
    for _role, _type, value, pointer in main:
        if value.strip():
            fields["headline"] = value
            reader.found("/headline", pointer)
            return
    fallbacks: list[tuple[str, str | None, Where]] = [
        (name, doc.string(name), (doc, doc.keys.get(name, name))) for name in ("title", "slugline")
    ]
    fallbacks += [("description", value, where) for _r, _t, value, where in summaries]
    sections, body_at = body
    if body_at is not None:
        first = first_paragraph(sections)
        fallbacks += [] if first is None else [("first paragraph", first, body_at)]
    for name, stand_in, place in fallbacks:
        if stand_in is not None and stand_in.strip():
            fields["headline"] = stand_in
            reader.found("/headline", place)
            message = f"the document has no headline; its {name} stands in"
            reader.forgive("missing-headline", message, place[0].at(place[1]))
            return
    reader.error(
        "missing-headline", "the document has no headline, title or text to stand in", "/headlines"
    )


def _body(doc: Obj, reader: Reader) -> tuple[tuple[Section, ...], Where | None]:
    bodies = texts(doc, "bodies", "body_")
    ranked = sorted(bodies, key=lambda body: _body_rank(body[0], body[1]))
    if not ranked:
        return (), None
    role, content_type, value, where = ranked[0]
    reader.found("/sections", where)
    rank = _body_rank(role, content_type)
    if rank == 0:
        return html_to_sections(value), where
    if rank == 1:
        return _nitf_sections(value), where
    return _text_sections(value), where


def _body_rank(role: str | None, content_type: str) -> int:
    if "html" in content_type or (not content_type and parts(role) & _HTML_NAMES):
        return 0
    if "nitf" in content_type or content_type.endswith("/xml") or role in {"nitf", "ttnitf"}:
        return 1
    return 2


def _nitf_sections(value: str) -> tuple[Section, ...]:
    try:
        root = etree.fromstring(value.encode("utf-8", "surrogatepass"), xml_parser())
    except etree.XMLSyntaxError:
        return html_to_sections(value)
    content = next((e for e in root.iter() if local_name(e) == "body.content"), root)
    for element in content.iter():
        renamed = _NITF_TAGS.get(local_name(element))
        if renamed is not None:
            element.tag = renamed
    return xhtml_to_sections(content)


def _text_sections(value: str) -> tuple[Section, ...]:
    chunks = (
        re.split(r"\n[ \t\r]*\n", value)
        if re.search(r"\n[ \t\r]*\n", value)
        else value.splitlines()
    )
    texts = [" ".join(chunk.split()) for chunk in chunks]
    blocks = tuple(Paragraph(text=text) for text in texts if text)
    return (Section(blocks=blocks),) if blocks else ()


def _media(doc: Obj, is_media: bool) -> Iterator[Media]:
    """The document itself as media, when it is a picture, graphic, video or audio item."""
    if is_media:
        found = _association(doc)
        if found is not None:
            yield found


def _association(item: Obj) -> Media | None:
    kind_name = (item.string("type") or "").lower()
    kind = _KINDS.get(kind_name)
    renditions = item.objects("renditions")
    if kind is None and not kind_name:
        if (item.string("name") or "").lower().startswith("embed"):
            kind = MediaKind.EMBED
        else:
            for rendition in renditions:
                prefix = rendition.string("contenttype") or rendition.string("mimetype") or ""
                kind = _KINDS.get(
                    {"image": "picture"}.get(prefix.split("/")[0], prefix.split("/")[0])
                )
                if kind is not None:
                    break
    if kind is None:
        return None
    renditions.sort(key=lambda r: (r.string("name") or "").lower() not in _RENDITION_NAMES)
    url = next((href for r in renditions if (href := r.string("href"))), None)
    caption = alt = credit = None
    for role, content_type, value, _pointer in texts(item, "descriptions", "description_"):
        words = parts(role)
        if words & _ALT_ROLES:
            alt = alt or value
        elif words & _CREDIT_ROLES:
            credit = credit or value
        elif "html" not in content_type and not words & _HTML_NAMES:
            caption = caption or value
    credit = item.string("by") or item.string("byline") or credit
    return Media(kind=kind, url=url, caption=caption, credit=credit, alt=alt)


def _bylines(doc: Obj) -> tuple[Person, ...]:
    people = doc.objects("people") or doc.objects("person")
    bylines = []
    for item in people:
        name, rel = item.string("name"), (item.string("rel") or "")
        if name is None:
            continue
        if rel == BYLINE_REL:
            bylines.append(Person(name=name))
        elif rel.startswith(BYLINE_REL + ":"):
            bylines.append(Person(name=name, role=rel[len(BYLINE_REL) + 1 :]))
        elif rel.lower() in CREATOR_ROLES:
            bylines.append(Person(name=name, role=rel))
    if bylines:
        doc.reader.found("/bylines", (doc, doc.keys.get("people") or doc.keys["person"]))
        return tuple(bylines)
    for item in doc.objects("authors"):  # Superdesk
        name, role = item.string("name"), item.string("role")
        job = item.raw("jobtitle")  # a string, or a vocabulary item with a name
        title = job[0] if job is not None and isinstance(job[0], str) else None
        if job is not None and isinstance(job[0], dict) and isinstance(job[0].get("name"), str):
            title = job[0]["name"]
        if name is not None:
            bylines.append(Person(name=name, title=title or None, role=role))
    if bylines:
        return tuple(bylines)
    text = doc.string("by") or doc.string("byline")
    return tuple(_split_byline(text)) if text else ()


def _split_byline(text: str) -> list[Person]:
    """People from a display byline: "By A and B", "Von A, dpa", "A, B & C"."""
    text = _BY.sub("", text).strip()
    parts = re.split(r"\s+(?:and|&|und|et|y|och|og)\s+|\s*;\s*", text)
    if len(parts) > 1:
        parts = [name for part in parts for name in part.split(",")]
    elif text.count(",") == 1 and len(text.rsplit(",", 1)[1].split()) == 1:
        name, organization = (piece.strip() for piece in text.split(","))
        return [Person(name=name, organization=organization)] if name and organization else []
    return [Person(name=part.strip()) for part in parts if part.strip()]


def _date(doc: Obj, name: str) -> datetime.datetime | None:
    value = doc.string(name)
    if value is None:
        return None
    key = doc.keys[name]
    try:
        parsed = datetime.datetime.fromisoformat(value.strip())
    except ValueError:
        message = f"{value!r} is not an ISO 8601 date-time; it was left out"
        doc.reader.forgive("invalid-datetime", message, doc.at(key))
        return None
    if parsed.utcoffset() is None:
        message = f"{value!r} has no UTC offset; read as UTC"
        doc.reader.forgive("naive-datetime", message, doc.at(key))
        parsed = parsed.replace(tzinfo=datetime.UTC)
    doc.reader.found("/published" if name == "firstcreated" else "/modified", (doc, key))
    return parsed


def _source(doc: Obj) -> str | None:
    for item in doc.objects("infosources") or doc.objects("infosource"):
        name = item.string("name")
        if name is not None:
            return name
    return doc.string("copyrightholder")


def _keywords(doc: Obj) -> tuple[str, ...]:
    found = doc.raw("keywords")  # a Superdesk extension
    if found is None:
        return ()
    value, key = found
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        message = "keywords is not an array of strings; it was ignored"
        doc.reader.forgive("wrong-type", message, doc.at(key))
        return ()
    return tuple(item for item in value if item)


def _subjects(doc: Obj) -> Iterator[Subject]:
    for item in doc.objects("subjects") or doc.objects("subject"):
        code = item.string("uri") or item.string("literal")
        if code is None:
            code, scheme = item.string("code"), item.string("scheme")
            if code is not None and scheme is not None and not code.startswith(scheme):
                # A scheme URI prefixes the code (as 2.x's uri); a vocabulary name makes a QCode.
                joined = re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", scheme) and scheme[-1] in "/#:"
                code = scheme + code if joined else f"{scheme}:{code}"
        yield Subject(code=code, name=item.string("name"))
