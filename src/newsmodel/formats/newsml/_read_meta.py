"""Reading NewsML-G2 metadata: the helpers that find elements by local name, and the fields of
itemMeta and contentMeta (headlines, bylines, subjects, the dateline, dates)."""

import datetime
import re

import attrs
from lxml import etree

from newsmodel.errors import Location, Problem, ValidationError
from newsmodel.extract.bylines import parse_byline
from newsmodel.extract.datelines import parse_dateline
from newsmodel.formats._body_read import local_name, plain_text
from newsmodel.formats._date_parts import date_part
from newsmodel.formats._xml import Paths, location
from newsmodel.formats.newsml._common import collapse
from newsmodel.formats.newsml._dates import parse_datetime
from newsmodel.model import Dateline, Person, Subject

__all__ = [
    "Context",
    "bylines",
    "check_order",
    "child",
    "children",
    "code_of",
    "date",
    "dateline",
    "headlines",
    "local",
    "published_date",
    "subjects",
    "text_of",
]

_SUBHEAD_ROLES = ("sub", "summary", "abstract", "standfirst", "deck", "teaser", "lead")
_ADMIN = frozenset(
    {"urgency", "contentCreated", "contentModified", "located", "infoSource", "creator"}
    | {"contributor", "audience", "exclAudience", "altId", "rating", "userInteraction"}
)
_DESCRIPTIVE = frozenset(
    {"language", "genre", "keyword", "subject", "slugline", "headline", "dateline", "by"}
    | {"creditline", "description"}
)
_ITEM_META_ORDER = {
    name: index
    for index, name in enumerate(
        (
            "itemClass",
            "provider",
            "versionCreated",
            "firstCreated",
            "embargoed",
            "pubStatus",
            "role",
            "fileName",
            "generator",
            "profile",
            "service",
            "title",
            "edNote",
        )
    )
}
_BY_PREFIX = re.compile(r"^\s*by\s+", re.IGNORECASE)
_BY_SPLIT = re.compile(r"\s+and\s+|\s*[;&]\s*|\s+und\s+|\s+et\s+|\s+y\s+")


class Context:
    """What one item's reading needs: the source, and what was forgiven and located so far."""

    def __init__(
        self,
        source: str | None,
        reference: datetime.date | None = None,
        paths: Paths | None = None,
    ) -> None:
        self.source = source
        self.reference = reference
        self.ours = False
        self.locations: dict[str, Location] = {}
        self.problems: list[Problem] = []
        self.paths = Paths() if paths is None else paths  # shared by the items of a document

    def forgive(self, code: str, message: str, element: etree._Element | None) -> None:
        where = (
            Location(source=self.source)
            if element is None
            else location(element, source=self.source, paths=self.paths)
        )
        self.problems.append(Problem(code, "warning", message, where))

    def mark(self, pointer: str, element: etree._Element) -> None:
        self.locations[pointer] = location(
            element, source=self.source, pointer=pointer, paths=self.paths
        )


def children(element: etree._Element | None, name: str) -> list[etree._Element]:
    if element is None:
        return []
    return [child for child in element if local(child) == name]


def child(element: etree._Element | None, name: str) -> etree._Element | None:
    if element is None:
        return None
    for child in element:
        if local(child) == name:
            return child
    return None


def local(element: etree._Element) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


_STRING = etree.XPath("string()")


def text_of(element: etree._Element | None) -> str:
    """The element's text content (entity references left out) as metadata text."""
    if element is None:
        return ""
    value = _STRING(element)
    return collapse(value if isinstance(value, str) else "")


def code_of(qcode: str | None) -> str:
    return (qcode or "").rpartition(":")[2].lower()


def date(element: etree._Element | None, ctx: Context) -> datetime.datetime | None:
    if element is None:
        return None
    value, forgiven = parse_datetime(element.text or "")
    for code, message in forgiven:
        ctx.forgive(code, message, element)
    return value


def published_date(
    meta: etree._Element | None, item_meta: etree._Element | None, ctx: Context
) -> datetime.datetime | None:
    """contentCreated, unless it is a bare date and firstCreated has the time."""
    created = child(meta, "contentCreated")
    first = child(item_meta, "firstCreated")
    if created is not None and first is not None:
        value, forgiven = parse_datetime(created.text or "")
        if any(code == "date-without-time" for code, _ in forgiven) or value is None:
            return date(first, ctx) or date(created, ctx)
    return date(created, ctx) or date(first, ctx)


# ---------------------------------------------------------------------------------------------
# Metadata


def check_order(meta: etree._Element | None, ctx: Context) -> None:
    if meta is None:
        return
    if local(meta) == "contentMeta":
        seen_descriptive = False
        for child in meta:
            name = local(child)
            if name in _DESCRIPTIVE:
                seen_descriptive = True
            elif name in _ADMIN and seen_descriptive:
                ctx.forgive(
                    "elements-out-of-order",
                    f"<{name}> comes after descriptive metadata such as <headline>",
                    child,
                )
                return
    else:
        last = -1
        for child in meta:
            index = _ITEM_META_ORDER.get(local(child), last)
            if index < last:
                ctx.forgive("elements-out-of-order", f"<{local(child)}> is out of order", child)
                return
            last = index


def headlines(meta: etree._Element | None, ctx: Context) -> tuple[str | None, str | None]:
    headline: str | None = None
    subheadline: str | None = None
    for element in children(meta, "headline"):
        text = text_of(element)
        role = (element.get("role") or "").lower()
        if not text:
            continue
        if headline is None and not any(word in role for word in _SUBHEAD_ROLES):
            headline = text
            ctx.mark("/headline", element)
        elif subheadline is None and any(word in role for word in _SUBHEAD_ROLES):
            subheadline = text
            ctx.mark("/subheadline", element)
    if subheadline is None:
        for element in children(meta, "description"):
            role = (element.get("role") or "").lower()
            text = text_of(element)
            if text and (not role or any(word in role for word in _SUBHEAD_ROLES)):
                subheadline = text
                ctx.mark("/subheadline", element)
                break
    return headline, subheadline


def _person(creator: etree._Element) -> Person | None:
    name = text_of(child(creator, "name")) or collapse(creator.get("literal"))
    if not name:
        return None
    role = creator.get("role")
    if role is not None:
        role = role.split()[0] if role.split() else None
    if role is not None and role.startswith("cpprole:"):
        role = role[len("cpprole:") :]
    organization = text_of(child(child(child(creator, "personDetails"), "affiliation"), "name"))
    return Person(name=name, role=role, organization=organization or None)


def bylines(meta: etree._Element | None, ctx: Context) -> tuple[Person, ...]:
    people: list[Person] = []
    for creator in children(meta, "creator"):
        person = _person(creator)
        if person is not None:
            ctx.mark(f"/bylines/{len(people)}", creator)
            people.append(person)
    if people:
        return tuple(people)
    by = text_of(child(meta, "by"))
    found = parse_byline(by, lenient=True) if by else None
    if found is not None:
        return found
    text = _BY_PREFIX.sub("", by)
    for part in _BY_SPLIT.split(text) if text else []:
        name, _, organization = part.partition(",")
        if name.strip():
            people.append(Person(name=name.strip(), organization=organization.strip() or None))
    return tuple(people)


def subjects(meta: etree._Element | None, ctx: Context) -> tuple[Subject, ...]:
    subjects: list[Subject] = []
    for element in children(meta, "subject"):
        concept = child(element, "mainConcept")
        source = element if concept is None or element.attrib else concept
        code = source.get("qcode") or source.get("uri") or source.get("literal")
        name = text_of(child(source, "name")) or None
        if code is None and name is None:
            continue
        ctx.mark(f"/subjects/{len(subjects)}", element)
        subjects.append(Subject(code=code, name=name))
    return tuple(subjects)


def _place(located: etree._Element | None) -> dict[str, str]:
    parts: dict[str, str] = {}
    if located is None:
        return parts
    for element in [located, *children(located, "broader")]:
        name = text_of(child(element, "name")) or collapse(element.get("literal"))
        kind = code_of(element.get("type"))
        if not name:
            continue
        if kind == "country":
            key = "country"
        elif kind in {"city", ""} or "city" in kind:
            key = "place"
        else:
            key = "region"
        parts.setdefault(key, name)
    return parts


def _parsed_dateline(text: str, reference: datetime.date | None) -> dict[str, object]:
    """The parts of a foreign dateline's text, as the text reader finds them (not a separator:
    the metadata's dateline stands alone)."""
    found = parse_dateline(text, reference) or parse_dateline(text + " - ", reference)
    if found is None:
        return {"text": text}
    parts = attrs.asdict(found[0], recurse=False).items()
    return {k: v for k, v in parts if v is not None and k != "separator"}


def dateline(
    meta: etree._Element | None,
    extras: dict[str, etree._Element],
    nitf_text: str,
    ctx: Context,
    reference: datetime.date | None,
) -> Dateline | None:
    body_line = extras.get("dateline")
    meta_line = child(meta, "dateline")
    # newsmodel writes the exact text in a <p class="dateline">; other files repeat the
    # metadata's dateline in a <span class="dateline"> at the head of the first paragraph.
    ours = body_line is not None and local_name(body_line) == "p"
    text = plain_text(body_line) if ours and body_line is not None else ""
    text = text or text_of(meta_line) or nitf_text
    if not text and body_line is not None:
        text = collapse(plain_text(body_line))
    if not text:
        return None
    if meta_line is not None:
        ctx.mark("/dateline", meta_line)
    fields: dict[str, object] = {"text": text}
    if ours and body_line is not None:
        for name in ("year", "month", "day"):
            fields[name] = date_part(body_line.get(f"data-{name}"))
        fields["source"] = body_line.get("data-source")
    elif not ctx.ours:  # another tool's file: read the parts from the text
        fields = _parsed_dateline(text, reference)
    fields.update(_place(child(meta, "located")))
    try:
        return Dateline(**fields)  # type: ignore[arg-type]  # keys are Dateline's
    except ValidationError:
        ctx.forgive("impossible-dateline-date", "the dateline's date does not exist", body_line)
        for name in ("year", "month", "day"):
            fields.pop(name, None)
        return Dateline(**fields)  # type: ignore[arg-type]  # keys are Dateline's
