"""Notes about a story that are not its body: corrections, editor's notes, trailers, rights.

* Labelled notes: ``Correction: ...`` (and ``Berichtigung``, ``Korrektur``, ``Rectificatif``,
  ``Correctie``, ``Corrección``, ``Rettifica``, ``Correção``, ``Rettelse``, ``Rättelse``,
  ``Oikaisu`` ...), ``Clarification: ...``, ``Editor's note: ...``,
  ``EDITOR'S NOTE _ ...``, ``Eds: ...``, ``Update (3:45 p.m. ET): ...``, ``Update, Feb. 21,
  2024: ...`` (a date after a comma); and the sentences
  ``This story has been corrected ...`` / ``... updated ...``, also in parentheses. A bare
  ``Note:`` is not one: in wire copy it is part of the story (the notes under an earnings table).
* Trailers, an agency's end-of-story marks: ``Reuter``, ``REUTER``, ``Enditem``, ``Fin``, ``More``,
  ``(dpa)``, ``dpa wsz jln``, ``(APA, 11.9.2015)``, ``AP-WF-02-20-16 0337GMT``, ``-30-``, ``###``,
  a magazine's end mark (``◆``, ``■``);
  and sign-offs: an agency's short name alone (``afp``, ``(ANSA)``, ``NTB``) or with other agencies
  and initials joined by slashes (``ats/afp``, ``afp/mr``), in slashes or after a copyright sign
  (``/ritzau/``, ``(©NTB)``), reporters' initials alone, three or four joined by slashes
  (``cm/abc/jp``, ``bur-tv/abc/dch``), or after "with" in the languages
  read (``With AFP``, ``Avec AFP et Reuters``, ``Mit Material von dpa``, ``Con información de
  EFE``); a reporter's initials in brackets, in lower case (``(lv)``, ``(ank/jw)``); and a
  line crediting more reporters (``Additional reporting by Ann Lee in Paris.``); and a line
  naming the story's source, 150 characters at most (``Quelle: ntv.de, dpa``, ``(Quelle:
  APA/dpa)``, ``Source: Reuters``, ``Fuente: EFE``, ``Kilde: NTB``).
* Rights lines: ``© 2024 ...``, ``(c) ...``, ``Copyright ...``.

>>> parse_note("Correction: An earlier version misspelt her name.")
Note(kind=<NoteKind.CORRECTION: 'correction'>, text='An earlier version misspelt her name.')
>>> parse_note("Reuter")
Note(kind=<NoteKind.TRAILER: 'trailer'>, text='Reuter')
"""

# ruff: noqa: RUF001
# (dashes, typographic quotes and Cyrillic letters in this module are the ones real text uses)

import re

from newsmodel.model import Note, NoteKind

__all__ = ["AGENCIES", "format_note", "is_rights", "parse_note", "split_trailer"]

_LABELS = {
    "correction": NoteKind.CORRECTION,
    "corrections": NoteKind.CORRECTION,
    # "Correction" in German, French, Dutch, Spanish, Italian, Portuguese, Danish and
    # Norwegian, Swedish and Finnish.
    "berichtigung": NoteKind.CORRECTION,
    "korrektur": NoteKind.CORRECTION,
    "rectificatif": NoteKind.CORRECTION,
    "correctie": NoteKind.CORRECTION,
    "corrección": NoteKind.CORRECTION,
    "fe de errores": NoteKind.CORRECTION,
    "rettifica": NoteKind.CORRECTION,
    "correzione": NoteKind.CORRECTION,
    "correção": NoteKind.CORRECTION,
    "errata": NoteKind.CORRECTION,
    "rettelse": NoteKind.CORRECTION,
    "rättelse": NoteKind.CORRECTION,
    "oikaisu": NoteKind.CORRECTION,
    "clarification": NoteKind.CLARIFICATION,
    "editor's note": NoteKind.EDITORS_NOTE,
    "editors' note": NoteKind.EDITORS_NOTE,
    "editor’s note": NoteKind.EDITORS_NOTE,
    "editors’ note": NoteKind.EDITORS_NOTE,
    "note to editors": NoteKind.EDITORS_NOTE,
    "eds": NoteKind.EDITORS_NOTE,
    "update": NoteKind.UPDATE,
    "updated": NoteKind.UPDATE,
}
_WRITTEN_LABELS = {
    NoteKind.CORRECTION: "Correction",
    NoteKind.CLARIFICATION: "Clarification",
    NoteKind.EDITORS_NOTE: "Editor's note",
    NoteKind.UPDATE: "Update",
    NoteKind.OTHER: "Note",
}
_LABEL_NAMES = "|".join(re.escape(label) for label in sorted(_LABELS, key=len, reverse=True))
_LABELLED = re.compile(
    rf"^(?P<label>{_LABEL_NAMES})(?:\s*\([^()]{{1,40}}\)|,\s*(?=[^:]{{0,40}}\d)[^:]{{1,40}})?"
    r"\s*(?::|\s_|\s[-–—])\s*(?P<text>\S.*)$",
    re.IGNORECASE,
)
_CREDITS = re.compile(
    r"^additional\s+reporting\s+by\s+(?-i:[A-ZÀ-Þ])[^;]{1,120}$",
    re.IGNORECASE,
)
"""A line closing a story that credits more reporters: "Additional reporting by Ann Lee in
Paris." (a whole credit trailer, "Reporting by Ann Lee; Editing by Bo Kim", gives bylines:
:func:`newsmodel.extract.bylines.parse_credit_trailer`)."""
_CREDITS_LINE = 300
_STORY_CHANGED = re.compile(
    r"^\(?(?:this|the)\s(?:[\w ,]{0,40}\s)?(?:story|article|report)\s(?:has\s|was\s)?(?:been\s)?"
    r"(?P<what>corrected|updated|clarified|amended|refiled)\b",
    re.IGNORECASE,
)
# News agencies' short names, as they sign off a story ("afp", "(ANSA)", "ats/afp", "NTB").
_AGENCIES = "afp|ap|dpa|apa|ats|sda|ansa|efe|lusa|ntb|tt|stt|ritzau|anp|belga|ctk|pap|mti|epa|kna"
AGENCIES = frozenset([*_AGENCIES.split("|"), "reuters"])
"""News agencies' short names in lower case ("afp", "dpa", "reuters" ...)."""
_TRAILER = re.compile(
    r"^(?:reuters?|enditem|fin|more|end|ends|-+\s*ends?\s*-+|-30-|#{3}|[■◆♦●▪∎□◇]{1,3}"
    r"|\((?:[a-z]{2,6}/)?dpa\)"
    r"|dpa(?:\s+[a-z][a-z\d]{1,3})+|\([A-Za-z]{2,8},\s*[\d. ]{4,12}\)"
    r"|AP-[A-Z]{2}-[\d-]+\s+\d{4}\s?GMT"
    rf"|\(?(?:[a-z]{{2,6}}/)?(?:{_AGENCIES})(?:/[a-z]{{1,6}}){{0,2}}\)?"
    rf"|/(?:{_AGENCIES})/|\(©\s?(?:{_AGENCIES})\)"
    r"|(?-i:[a-z]{2,6}(?:-[a-z]{2,6})?(?:/[a-z]{2,6}){2,3})"
    r"|\((?-i:[a-z]{2,4})(?:/(?-i:[a-z]{2,4})){0,2}\))"
    r"[.\s]*$",
    re.IGNORECASE,
)
_AGENCY_NAMES = rf"(?:{_AGENCIES}|reuters|agences|agencias|agenturen|agências|agencies)"
_WITH_AGENCY = re.compile(
    r"^\(?(?:(?-i:[A-Z]\.){1,3}\s+)?(?:with|avec|mit(?:\s+material\s+von)?|con(?:\s+información\s+de)?|com"
    r"(?:\s+informações\s+d[aoe]s?)?)\s+"
    rf"{_AGENCY_NAMES}(?:\s*(?:,|and|et|und|y|e|/)\s*{_AGENCY_NAMES}){{0,3}}\)?[.\s]*$",
    re.IGNORECASE,
)
"""A sign-off naming the agencies a story draws on: "With AFP", "Avec AFP et Reuters", "Mit
Material von dpa", "Con información de EFE", "Com agências", perhaps after the reporter's
initials ("C.D. avec AFP")."""
_SOURCE_LINE = re.compile(
    r"^\(?(?:quellen?|sources?|fuentes?|fontes?|kilde|källa|lähde|bron|źródło|zdroj)\s*:\s*"
    r"\S[^\n]*$",
    re.IGNORECASE,
)
"""A line closing a story that names its source: "Quelle: ntv.de, dpa", "(Quelle: APA/dpa)",
"Source: Reuters", "Fuente: EFE", in the languages read."""
_SOURCE_LINE_CHARS = 150
_INLINE_TRAILER = re.compile(r"(?<=[.!?\"”’)])\s+(?P<trailer>REUTER|Reuter|Enditem|\(dpa\))\s*$")
_INLINE_TRAILERS = ("REUTER", "Reuter", "Enditem", "(dpa)")
_RIGHTS = re.compile(r"^(?:©|\(c\)\s|copyright\b)", re.IGNORECASE)
_CHANGED_KIND = {
    "corrected": NoteKind.CORRECTION,
    "amended": NoteKind.CORRECTION,
    "clarified": NoteKind.CLARIFICATION,
    "updated": NoteKind.UPDATE,
    "refiled": NoteKind.UPDATE,
}


def parse_note(line: str) -> Note | None:
    """Return the note a line holds (a labelled note, a trailer), or None if it holds none."""
    if len(line) <= 40 and (_TRAILER.match(line) or _WITH_AGENCY.match(line)):
        return Note(kind=NoteKind.TRAILER, text=line)
    if len(line) <= _CREDITS_LINE and _CREDITS.match(line):
        return Note(kind=NoteKind.TRAILER, text=line)
    if len(line) <= _SOURCE_LINE_CHARS and _SOURCE_LINE.match(line):
        return Note(kind=NoteKind.TRAILER, text=line)
    labelled = _LABELLED.match(line)
    if labelled is not None:
        label = " ".join(labelled["label"].lower().split())
        return Note(kind=_LABELS[label], text=labelled["text"].strip())
    changed = _STORY_CHANGED.match(line)
    if changed is not None:
        return Note(kind=_CHANGED_KIND[changed["what"].lower()], text=line)
    return None


def is_rights(line: str) -> bool:
    """Whether ``line`` is a copyright line (``© 2024 ...``)."""
    return len(line) <= 200 and _RIGHTS.match(line) is not None


def split_trailer(paragraph: str) -> tuple[str, Note] | None:
    """Split a trailer glued to a story's last paragraph: ``... in Osaka. Enditem``.

    >>> split_trailer("Prices fell. REUTER")
    ('Prices fell.', Note(kind=<NoteKind.TRAILER: 'trailer'>, text='REUTER'))
    """
    if not paragraph.rstrip().endswith(_INLINE_TRAILERS):
        return None
    match = _INLINE_TRAILER.search(paragraph)
    if match is None:
        return None
    return paragraph[: match.start()], Note(kind=NoteKind.TRAILER, text=match["trailer"])


def format_note(note: Note) -> str:
    """Return the line that :func:`parse_note` reads back as ``note``."""
    label = _WRITTEN_LABELS.get(note.kind)
    if label is None or _STORY_CHANGED.match(note.text):
        return note.text
    return f"{label}: {note.text}"
