"""NewsML-G2 (``newsml``), both directions.

Writing gives one newsItem, NewsML-G2 2.35 with Power conformance, that validates against IPTC's
2.35 Power XSD (and, with ``WriteOptions(newsml_body="nitf")``, NITF 3.6 for the body): the
metadata in itemMeta and contentMeta, the body as XHTML (default) or NITF inside ``inlineXML``.
Output is deterministic; ``write`` returns text without an XML declaration and :func:`encode`
makes the bytes of a file, with it. :func:`losses` names, as JSON pointers, what NewsML-G2
cannot carry (see ``docs/formats/newsml.md`` for the mapping).

Reading takes newsItems and newsMessages of versions 2.4 to 2.35, with XHTML, NITF (with or
without its namespace) or text/plain bodies, and forgives what real files get wrong, returning
each thing forgiven as a problem in ``Parsed.problems`` (the API issues a :class:`NewsMLWarning`
for each). QCodes are kept as written.
"""

import re

from newsmodel.formats import Format, WriteOptions
from newsmodel.formats._body import (
    body_losses,
    hard_space_media,
    has_hard_space,
    urlless_media_losses,
)
from newsmodel.formats._body_nitf import nitf_losses
from newsmodel.formats._ids import is_derived
from newsmodel.formats.newsml._common import (
    QCODE,
    NewsMLWarning,
    collapse,
    writable_uri,
)
from newsmodel.formats.newsml._read import read, read_all
from newsmodel.formats.newsml._write import XML_DECLARATION, article_guid, encode, write
from newsmodel.model import Article

__all__ = [
    "FORMATS_PROVIDED",
    "XML_DECLARATION",
    "NewsMLWarning",
    "article_guid",
    "encode",
    "losses",
    "read",
    "read_all",
    "write",
]

_LANGUAGE = re.compile(r"[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*")


def _metadata_text(value: str | None, pointer: str, lost: list[str]) -> None:
    """A metadata text reads back stripped, with hard whitespace collapsed; empty as absent."""
    if value is not None and (not value or collapse(value) != value):
        lost.append(pointer)


def _people_losses(article: Article, lost: list[str]) -> None:
    for index, person in enumerate(article.bylines):
        here = f"/bylines/{index}"
        if not person.name or collapse(person.name) != person.name:
            lost.append(here)
            continue
        if person.title is not None:
            lost.append(f"{here}/title")
        if person.role is not None and not QCODE.fullmatch(f"cpprole:{person.role}"):
            lost.append(f"{here}/role")
        _metadata_text(person.organization, f"{here}/organization", lost)


def _dateline_losses(article: Article, nitf: bool, lost: list[str]) -> None:
    dateline = article.dateline
    if dateline is None:
        return
    if not dateline.text or (nitf and collapse(dateline.text) != dateline.text):
        lost.append("/dateline")
        return
    if has_hard_space(dateline.text):
        lost.append("/dateline/text")
    if dateline.separator is not None:
        lost.append("/dateline/separator")
    for name in ("place", "region", "country"):
        _metadata_text(getattr(dateline, name), f"/dateline/{name}", lost)
    if nitf:
        lost.extend(
            f"/dateline/{name}"
            for name in ("year", "month", "day", "source")
            if getattr(dateline, name) is not None
        )


def losses(article: Article, options: WriteOptions) -> tuple[str, ...]:
    """Return the JSON pointers of the fields NewsML-G2 cannot carry with these options.

    Metadata texts are read back stripped, with line breaks and tabs collapsed, so a value with
    spaces at its ends, or an empty one, is named; so is a text of the body, a note, a caption
    or a dateline that holds a tab or line break (read back as a space). A byline's title has
    no place (``jobtitle`` takes only a QCode); with an NITF body, the kicker, the dateline's
    date and agency, the article's media, its notes and a speaker's title, organization and
    role are lost too.

    >>> losses(Article(headline="Hi", keywords=(" padded",)), WriteOptions())
    ('/keywords/0',)
    """
    nitf = options.newsml_body == "nitf"
    lost: list[str] = []
    _metadata_text(article.headline, "/headline", lost)
    _metadata_text(article.subheadline, "/subheadline", lost)
    if nitf and article.kicker is not None:
        lost.append("/kicker")
    _people_losses(article, lost)
    _dateline_losses(article, nitf, lost)
    if article.language is not None and not _LANGUAGE.fullmatch(article.language):
        lost.append("/language")
    _metadata_text(article.source, "/source", lost)
    if article.url is not None and not writable_uri(article.url):
        lost.append("/url")
    if article.id is not None and (not article.id or is_derived(article.id)):
        lost.append("/id")
    lost.extend(nitf_losses(article.sections) if nitf else body_losses(article.sections))
    if nitf:
        lost.extend(f"/media/{index}" for index in range(len(article.media)))
        lost.extend(f"/notes/{index}" for index in range(len(article.notes)))
    else:
        for index, media in enumerate(article.media):
            lost.extend(urlless_media_losses(media, f"/media/{index}"))
            lost.extend(
                f"/media/{index}/{name}"
                for name in ("caption", "credit")
                if getattr(media, name) == ""
            )
            lost.extend(hard_space_media(media, f"/media/{index}"))
        for index, note in enumerate(article.notes):
            if not note.text:
                lost.append(f"/notes/{index}")
            elif has_hard_space(note.text):
                lost.append(f"/notes/{index}/text")
    for index, keyword in enumerate(article.keywords):
        _metadata_text(keyword, f"/keywords/{index}", lost)
    for index, subject in enumerate(article.subjects):
        if subject.name is None and not subject.code:
            lost.append(f"/subjects/{index}")
            continue
        if subject.code == "":
            lost.append(f"/subjects/{index}/code")
        _metadata_text(subject.name, f"/subjects/{index}/name", lost)
    _metadata_text(article.rights, "/rights", lost)
    return tuple(lost)


def _sniff(head: bytes) -> bool:
    return b"http://iptc.org/std/nar/2006-10-01/" in head or (
        b"<newsItem" in head or b"<newsMessage" in head
    )


FORMATS_PROVIDED = (
    Format(
        name="newsml",
        description="IPTC NewsML-G2 2.35 newsItem (Power), XHTML or NITF body; reads 2.4-2.35",
        extensions=(".newsml.xml", ".newsml", ".xml"),
        read=read,
        read_all=read_all,
        write=write,
        losses=losses,
        sniff=_sniff,
        media_type="application/vnd.iptc.g2.newsitem+xml",
        warning=NewsMLWarning,
    ),
)
"""The format this module provides."""
