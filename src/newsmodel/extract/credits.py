"""Photo, video and graphic credit lines: ``Photo EPA/ITAR-TASS``, ``Photograph: Jane Doe/AP``.

A credit line names who supplied a picture, not what it shows. Recognised forms:

* a label (Photo, Photograph, Picture, Image, Foto, Фото, Bild, Imagen, Credit, Crédit, Video,
  Graphic, Illustration, Audio), then a colon or dash and the credit:
  ``Photo: Jane Doe/Reuters``, ``(Photo: AFP)``;
* a label and the credit without punctuation, when the credit is capitalised and holds a slash
  or is in capitals: ``Photo EPA/ITAR-TASS``, ``Photo AFP``;
* an agency's photo line: ``AP Photo/Evan Vucci``, ``REUTERS/Kevin Lamarque``.

>>> parse_credit("Photo EPA/ITAR-TASS")
Media(credit='EPA/ITAR-TASS')
>>> parse_credit("Photo opportunities abounded.") is None
True
"""

# ruff: noqa: RUF001
# (dashes, typographic quotes and Cyrillic letters in this module are the ones real text uses)

import re

from newsmodel.model import Media, MediaKind

__all__ = ["format_credit", "parse_credit"]

_KINDS = {
    "video": MediaKind.VIDEO,
    "vídeo": MediaKind.VIDEO,
    "graphic": MediaKind.GRAPHIC,
    "illustration": MediaKind.GRAPHIC,
    "audio": MediaKind.AUDIO,
}
_LABELLED = re.compile(
    r"^(?P<label>photos?|photographs?|photography|pictures?|images?|imagen|fotos?|фото|bild|credit"
    r"|crédit|crédito|video|vídeo|graphic|illustration|audio)(?:\s+credit)?(?P<colon>\s*[:|]\s*|\s+[-–—]\s+|\s+)(?P<credit>\S.*)$",
    re.IGNORECASE,
)
_AGENCY_PHOTO = re.compile(
    r"^(?:[A-Z]{2,}(?:\s+Photo)?|[A-Z][a-z]+\s+Photo)\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$"
)


def _bare_credit(text: str) -> bool:
    """Whether a credit printed without a colon looks like one: ``EPA/ITAR-TASS``, ``AFP``."""
    capitalised = all(not word[0].isalpha() or word[0].isupper() for word in text.split())
    return capitalised and ("/" in text or text.isupper())


def parse_credit(line: str) -> Media | None:
    """Return a Media carrying the credit of a credit line, or None if ``line`` is not one."""
    if len(line) > 100:
        return None
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1].strip()
    match = _LABELLED.match(line)
    if match is not None:
        credit = match["credit"].strip()
        if credit.lower().startswith("by "):
            return None  # "Photographs by Jane Doe" is a byline with the role photographer
        if len(credit) > 80 or (not match["colon"].strip() and not _bare_credit(credit)):
            return None
        kind = _KINDS.get(match["label"].lower(), MediaKind.IMAGE)
        return Media(kind=kind, credit=credit)
    if _AGENCY_PHOTO.match(line):
        return Media(credit=line)
    return None


def format_credit(media: Media) -> str:
    """Return the line that :func:`parse_credit` reads back as ``media``'s kind and credit.

    >>> format_credit(Media(credit="EPA/ITAR-TASS"))
    'Photo: EPA/ITAR-TASS'
    """
    label = {
        MediaKind.VIDEO: "Video",
        MediaKind.GRAPHIC: "Graphic",
        MediaKind.AUDIO: "Audio",
    }.get(media.kind, "Photo")
    return f"{label}: {media.credit or ''}"
