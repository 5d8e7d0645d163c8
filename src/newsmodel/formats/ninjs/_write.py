"""Writing an article as a ninjs document, and naming what a version cannot carry.

The conventions the reader relies on to read the document back (see ``docs/formats/ninjs.md``):

- ``uri`` is the article's id, else the URN every format derives from the content
  (``urn:newsmodel:sha256:<hash>``, as the NewsML-G2 ``guid``);
- a byline is a ``people`` (1.x ``person``) entry whose ``rel`` is ``byline`` (no role), the role
  itself when it is a usual creator role (``author``, ``photographer`` ...), else
  ``byline:<role>``;
- the sub-headline and kicker are headlines with the roles ``subheadline`` and ``kicker``
  (``headline_subheadline``, ``headline_kicker`` in 1.3 to 1.6; 1.0 to 1.2 put the sub-headline in
  ``description_text`` and have no kicker);
- the URL is an alternative id with the role ``url``; article-level media are associations named
  ``featureimage`` (the first image) or ``<kind><position>``.
"""

import re
from typing import Any

import attrs

from newsmodel.errors import join_pointer
from newsmodel.formats._body import html_to_sections, sections_to_html
from newsmodel.formats._ids import article_id, is_derived
from newsmodel.formats.ninjs._spec import Spec
from newsmodel.model import (
    Article,
    Dateline,
    Media,
    MediaKind,
    NoteKind,
    Person,
    Section,
)

__all__ = [
    "BYLINE_REL",
    "CREATOR_ROLES",
    "byline_text",
    "located_text",
    "losses",
    "to_document",
]

BYLINE_REL = "byline"
"""The ``rel`` of a byline without a role, and the prefix of uncommon roles (``byline:<role>``)."""

CREATOR_ROLES = frozenset(
    {
        "author",
        "writer",
        "reporter",
        "correspondent",
        "contributor",
        "creator",
        "editor",
        "photographer",
        "videographer",
        "cameraman",
        "illustrator",
        "graphic artist",
        "producer",
        "translator",
        "columnist",
    }
)
"""Roles written as the ``rel`` itself; the reader also takes these as bylines."""

_MEDIA_TYPES = {
    MediaKind.IMAGE: "picture",
    MediaKind.GRAPHIC: "graphic",
    MediaKind.VIDEO: "video",
    MediaKind.AUDIO: "audio",
}


def located_text(dateline: Dateline) -> str | None:
    """Return the dateline's place as ninjs ``located`` writes it: place, region, country."""
    parts = [part for part in (dateline.place, dateline.region, dateline.country) if part]
    return ", ".join(parts) or None


def byline_text(people: tuple[Person, ...]) -> str:
    """Return the names as one display byline: "A", "A and B", "A, B and C"."""
    names = [person.name for person in people]
    if len(names) <= 2:
        return " and ".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _rel(person: Person) -> str:
    if person.role is None:
        return BYLINE_REL
    if person.role in CREATOR_ROLES:
        return person.role
    return f"{BYLINE_REL}:{person.role}"


def _put(doc: dict[str, Any], key: str, value: object) -> None:
    if value is not None and value != "" and value != [] and value != {}:
        doc[key] = value


def _subject(code: str | None, name: str | None, spec: Spec) -> dict[str, str]:
    entry: dict[str, str] = {}
    _put(entry, "name", name)
    if spec.major == 1:
        _put(entry, "code", code)
    elif code is not None and re.match(r"[A-Za-z][A-Za-z0-9+.-]*://|urn:", code):
        entry["uri"] = code
    else:
        _put(entry, "literal", code)
    return entry


def _association(media: Media, name: str, parent_uri: str, spec: Spec) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    if spec.major > 1:
        doc["name"] = name
    doc["uri"] = media.url if media.url else f"{parent_uri}#{name}"
    _put(doc, "type", _MEDIA_TYPES.get(media.kind))
    _put(doc, "byline" if spec.major == 1 else "by", media.credit)
    if spec.major == 1:
        _put(doc, "description_text", media.caption)
        _put(doc, "description_alt", media.alt)
        if media.url:
            doc["renditions"] = {"original": {"href": media.url}}
        return doc
    descriptions = [
        {"role": role, "value": value}
        for role, value in (("caption", media.caption), ("alt", media.alt))
        if value
    ]
    _put(doc, "descriptions", descriptions)
    if media.url:
        doc["renditions"] = [{"name": "original", "href": media.url}]
    return doc


def association_names(media: tuple[Media, ...]) -> list[str]:
    """Return the association name of each article-level media item."""
    names: list[str] = []
    for position, item in enumerate(media, start=1):
        if item.kind is MediaKind.IMAGE and "featureimage" not in names:
            names.append("featureimage")
        else:
            names.append(f"{item.kind.value}{position}")
    return names


def to_document(article: Article, spec: Spec, *, uri: str | None = None) -> dict[str, Any]:
    """Return the article as a ninjs document (a JSON-ready dict) of the version ``spec``.

    Args:
        article: The article.
        spec: The version to write.
        uri: The document's uri; by default the article's id, else the URN derived from its
            content (:func:`newsmodel.formats._ids.article_id`).
    """
    doc: dict[str, Any] = {}
    one = spec.major == 1
    key = spec.key
    if spec.standard_key is not None:
        doc[spec.standard_key] = {
            "name": "ninjs",
            "version": spec.version,
            "schema": spec.schema_uri,
        }
    if uri is None:
        uri = article_id(article)
    doc["uri"] = uri
    doc["type"] = "composite" if article.media else "text"
    _put(doc, "language", article.language)
    if spec.firstcreated and article.published is not None:
        doc[key("firstcreated")] = article.published.isoformat()
    if article.modified is not None:
        doc[key("versioncreated")] = article.modified.isoformat()
    _headlines(article, spec, doc)
    named = tuple(person for person in article.bylines if person.name)
    if named:
        doc["byline" if one else "by"] = byline_text(named)
        people = [{"name": person.name, "rel": _rel(person)} for person in named]
        doc["person" if one else "people"] = people
    if article.dateline is not None:
        _put(doc, "located", located_text(article.dateline))
    if article.sections:
        html = sections_to_html(article.sections)
        if one:
            doc["body_html"] = html
        else:
            doc["bodies"] = [{key("contenttype"): "text/html", "value": html}]
    if article.subjects:
        doc["subject" if one else "subjects"] = [
            _subject(subject.code, subject.name, spec) for subject in article.subjects
        ]
    if spec.infosource and article.source:
        doc["infosource" if one else key("infosources")] = [{"name": article.source}]
    if spec.altids and article.url:
        if one:
            doc["altids"] = {"url": article.url}
        else:
            doc[key("altids")] = [{"role": "url", "value": article.url}]
    note = _editors_note(article)
    if spec.ednote and note is not None:
        _put(doc, key("ednote"), note)
    _put(doc, key("copyrightnotice"), article.rights)
    if article.media:
        names = association_names(article.media)
        if one:
            doc["associations"] = {
                name: _association(item, name, uri, spec)
                for name, item in zip(names, article.media, strict=True)
            }
        else:
            doc["associations"] = [
                _association(item, name, uri, spec)
                for name, item in zip(names, article.media, strict=True)
            ]
    return doc


def _headlines(article: Article, spec: Spec, doc: dict[str, Any]) -> None:
    extras = (("subheadline", article.subheadline), ("kicker", article.kicker))
    if spec.major == 1:
        doc["headline"] = article.headline
        if spec.extra_headlines:
            for role, value in extras:
                _put(doc, f"headline_{role}", value)
        else:
            _put(doc, "description_text", article.subheadline)
        return
    headlines = [{"role": "main", "value": article.headline}]
    headlines.extend({"role": role, "value": value} for role, value in extras if value)
    doc["headlines"] = headlines


def _editors_note(article: Article) -> str | None:
    for note in article.notes:
        if note.kind is NoteKind.EDITORS_NOTE:
            return note.text
    return None


# ---------------------------------------------------------------------------------------------
# Losses


def losses(article: Article, spec: Spec) -> tuple[str, ...]:
    """Return the pointers of what the ninjs version ``spec`` cannot carry, in field order.

    A field is lost when reading the written document back would not give it back unchanged.
    """
    lost: list[str] = []
    if article.id is not None and (
        not article.id or is_derived(article.id) or (spec.altids and article.id == article.url)
    ):
        lost.append("/id")
    if article.kicker is not None and not spec.extra_headlines:
        lost.append("/kicker")
    lost.extend(_person_losses(article.bylines, "bylines"))
    if article.dateline is not None:
        lost.extend(_dateline_losses(article.dateline))
    if article.published is not None and not spec.firstcreated:
        lost.append("/published")
    if article.source is not None and not spec.infosource:
        lost.append("/source")
    if article.url is not None and not spec.altids:
        lost.append("/url")
    lost.extend(_body_losses(article.sections))
    if article.keywords:
        lost.append("/keywords")
    kept_note = False
    for index, note in enumerate(article.notes):
        if note.kind is NoteKind.EDITORS_NOTE and spec.ednote and not kept_note:
            kept_note = True
            continue
        lost.append(f"/notes/{index}")
    lost.extend(_blank_losses(article))
    return tuple(dict.fromkeys(lost))


def _dateline_losses(dateline: Dateline) -> list[str]:
    """Name what of the dateline does not come back: ninjs carries only ``located``, read back
    as a dateline whose text and place are that string. Without a place, the whole dateline is
    lost; otherwise each part that reads back different."""
    located = located_text(dateline)
    if located is None:
        return ["/dateline"]
    back = Dateline(text=located, place=located)
    return [
        f"/dateline/{field.name}"
        for field in attrs.fields(Dateline)
        if getattr(dateline, field.name) != getattr(back, field.name)
    ]


def _person_losses(people: tuple[Person, ...], field: str) -> list[str]:
    lost = []
    for index, person in enumerate(people):
        for name in ("title", "organization"):
            if getattr(person, name) is not None:
                lost.append(join_pointer(field, index, name))
    return lost


def _body_losses(sections: tuple[Section, ...]) -> list[str]:
    if not sections:
        return []
    back = html_to_sections(sections_to_html(sections))
    if len(back) != len(sections):
        return ["/sections"]
    lost = []
    for index, (written, read) in enumerate(zip(sections, back, strict=True)):
        if written == read:
            continue
        if written.heading != read.heading or len(written.blocks) != len(read.blocks):
            lost.append(f"/sections/{index}")
            continue
        lost.extend(
            f"/sections/{index}/blocks/{number}"
            for number, (block, again) in enumerate(zip(written.blocks, read.blocks, strict=True))
            if block != again
        )
    return lost


def _blank_losses(article: Article) -> list[str]:
    """Empty strings in the metadata read back as absent."""
    lost = []
    for field in ("subheadline", "kicker", "language", "source", "url", "id", "rights"):
        if getattr(article, field) == "":
            lost.append(f"/{field}")
    for index, person in enumerate(article.bylines):
        if person.name == "":
            lost.append(join_pointer("bylines", index, "name"))
    for index, subject in enumerate(article.subjects):
        for name in ("code", "name"):
            if getattr(subject, name) == "":
                lost.append(join_pointer("subjects", index, name))
    for index, media in enumerate(article.media):
        for name in ("url", "caption", "credit", "alt"):
            if getattr(media, name) == "":
                lost.append(join_pointer("media", index, name))
    for index, note in enumerate(article.notes):
        if note.text == "":
            lost.append(join_pointer("notes", index))
    return lost
