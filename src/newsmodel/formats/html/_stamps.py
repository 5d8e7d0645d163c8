"""How pages stamp a post's or a comment's time: the label before a stamp's date ("Published",
"Aktualisiert am") and a time given as a while ago ("15 hours ago", "vor 3 Stunden", "hace
una hora"), in the languages read.

Used by :mod:`newsmodel.formats.html._structure` (a stamp line: "Last updated 15 hours
ago") and :mod:`newsmodel.formats.html._thread` (a comment's header, "Jaime hace 2 horas",
which no stamp label opens).
"""

import re

__all__ = ["AGO", "STAMP_LABEL", "ends_ago"]

STAMP_LABEL = re.compile(
    r"(?:published|updated|last\s+updated|posted|veröffentlicht|aktualisiert|publiziert|publié|"
    r"mis\s+à\s+jour|publicado|actualizado|pubblicato|aggiornato|publisert|oppdatert|publicerad|"
    r"uppdaterad|gepubliceerd|bijgewerkt|geplaatst)(?:\s+(?:on|am|le|el|il|em|den|op))?\s*:?\s*",
    re.IGNORECASE,
)
"""The label before a stamp's date: "Published", "Updated on", "Veröffentlicht am"."""
_SOME = r"(?:\d{1,3}|an?|one|einer?|einem|une?|una?|un'|uma?|en|ett|et|ei|één|een)"
"""A number, or the word for "one" in the languages read ("an hour ago", "vor einer Stunde",
"il y a une heure", "hace una hora", "há uma hora", "for en time siden")."""
_DE = r"sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?"
_FR = r"secondes?|minutes?|heures?|jours?|semaines?|mois|ans?"
_ES = r"segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?"
_PT = r"segundos?|minutos?|horas?|dias?|semanas?|m[êe]s(?:es)?|anos?"
"""The units of time that end a while ago in the languages that put them last ("vor 3
Stunden", "il y a 2 jours", "hace una hora", "há 3 dias")."""
AGO = re.compile(
    rf"{_SOME}\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
    r"\s+ago"
    rf"|vor\s+{_SOME}\s+(?:{_DE})"
    rf"|il\s+y\s+a\s+{_SOME}\s+(?:{_FR})"
    rf"|hace\s+{_SOME}\s+(?:{_ES})"
    rf"|{_SOME}\s*(?:secondi|secondo|minuti|minuto|ore|ora|giorni|giorno|settimane|"
    r"settimana|mesi|mese|anni|anno)\s+fa"
    rf"|h[áa]\s+{_SOME}\s+(?:{_PT})"
    rf"|(?:for\s+)?{_SOME}\s+(?:sekund(?:er)?|minut(?:ter)?|time[rn]?|dag(?:e|er)?|døgn|"
    r"uge[rn]?|uke[rn]?|måned(?:er)?|år)\s+siden"
    rf"|för\s+{_SOME}\s+(?:sekund(?:er)?|minut(?:er)?|timm(?:e|ar)|dag(?:ar)?|veck(?:a|or)|"
    r"månad(?:er)?|år)\s+sedan"
    rf"|{_SOME}\s+(?:seconden?|minuten?|minuut|uur|dag(?:en)?|weken?|maand(?:en)?|jaar)"
    r"\s+geleden",
    re.IGNORECASE,
)
"""A time given as a while ago: "15 hours ago", "an hour ago", "vor 3 Stunden", "il y a 2
jours", "hace una hora", "2 ore fa", "há 3 dias", "for 2 timer siden", "för 3 dagar sedan",
"2 uur geleden"."""
_AGO_LAST = re.compile(rf"ago|fa|siden|sedan|geleden|{_DE}|{_FR}|{_ES}|{_PT}", re.IGNORECASE)
"""The words that end a while ago (:data:`AGO`)."""


def ends_ago(text: str) -> bool:
    """Whether a text's last word (closing brackets aside) can end a while ago
    (:data:`AGO`): a cheap test before a pattern that ends with one."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in ")]"):
        end -= 1
    words = text[:end].rsplit(None, 1)
    return bool(words) and _AGO_LAST.fullmatch(words[-1]) is not None
