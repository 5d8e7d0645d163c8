"""Datelines at the start of a story's first paragraph, in the conventions of the wire services.

A dateline is ``[(AGENCY) - ] PLACE[, REGION][, COUNTRY][, DATE] [(AGENCY) | /AGENCY/.] SEPARATOR``
(see the project's notes on agency styles): ``ROSTOV ON DON, October 28 (Itar-Tass) - ``,
``WASHINGTON (AP) — ``, ``SANTA CRUZ, Calif., Feb 26 - ``, ``MOSCOW, January 21. /TASS/. ``,
``BEIJING, March 31 (Xinhua) -- ``, ``MOSCOW. April 2 (Interfax) - ``,
``(ANSA) - Rome, October 11 - ``, ``Tegucigalpa, Jan 2 (EFE).- ``, ``(CNN)The``,
``ВАШИНГТОН, 22 января. /ТАСС/. ``.

A candidate is accepted only with evidence that it is a dateline and not a run-in heading or a
kicker: a date, an agency, an all-capital place (``WASHINGTON — ``), a US state or Canadian
province after the place (``Scranton, Pa. — ``), or a place of at most three title-case words
followed by a spaced hyphen or en dash and a capital letter, with no second dash before the end
of the sentence (``Wien – Die ...``, but not ``Ann Lee – a lawyer – said``). Kicker words
("EXCLUSIVE", "Update") are never places. Month names are read in English, Russian, French,
Spanish, German and Italian. A dateline's date has no year unless the text gives one; a
reference date (when the story was filed) supplies the nearest year, never anything else.

>>> dateline, rest = parse_dateline("ROSTOV ON DON, October 28 (Itar-Tass) - Lavrov said so.")
>>> dateline.text, dateline.place, dateline.month, dateline.day, dateline.year, dateline.source
('ROSTOV ON DON, October 28 (Itar-Tass)', 'ROSTOV ON DON', 10, 28, None, 'Itar-Tass')
>>> rest
'Lavrov said so.'
"""

# ruff: noqa: RUF001, RUF002, RUF003
# (dashes, typographic quotes and Cyrillic letters in this module are the ones real text uses)

import datetime
import re

from newsmodel.extract._months import month_number
from newsmodel.model import Dateline, is_dateline_separator

__all__ = ["format_dateline_paragraph", "nearest_year", "parse_dateline"]

_DATELINE = re.compile(
    r"""
    (?:\*+\s*)?                                              # priority asterisks
    (?:\((?P<lead>[^()\n]{2,30})\)\s*(?:--|[-–—―])\s*)?       # ANSA: the agency first
    (?P<body>[^\W\d_][^()\n]{0,110}?)
    (?:
        \s*\((?P<agency>[^()\n]{1,40})\)
            (?P<after>\s*\.-\s*|\s+(?:--|[-–—―_])(?:\s+|$)|\s*(?:--|[-–—―])\s*|(?=[^\W\d_])|\s*$
                |\s*:\s+                                         # "BODØ (NTB): Text"
                |\s+(?=[^\W\d_]))                                # Nordic: "OSLO (NTB) Text"
      | \s*(?P<slash>/[^/\s][^/\n]{0,30}/\.?)(?:\s+|$)
      | (?P<sep>\s+(?:--|[-–—―_])(?:\s+|$)|(?<=[\d.])(?:--|[-–—―])(?:\s+|$)|\s*[—–―]\s*)
    )
    """,
    re.VERBOSE,
)

_BARE_AGENCY = re.compile(r"\((?P<agency>[^\W\d_][\w/ .&-]{0,19})\)\s*(?:--|[-–—―_])\s+")
"""A dateline that is only an agency: ``(CNN) -- ``, ``(UPI) -- ``."""

_ASIDE = re.compile(r"\s[-–—―]\s|[.!?]")
"""The end of the first sentence, or a second dash: "Ann Lee – a lawyer – said" is an aside."""

_MONTH_WORD = r"[^\W\d_]{3,10}\.?"
_DATE_AT_END = re.compile(
    rf"""
    [,.]\s*
    (?:(?P<m1>{_MONTH_WORD})\s*(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*(?P<y1>\d{{4}}))?
      |(?P<d2>\d{{1,2}})\.?\s*(?:de\s+)?(?P<m2>{_MONTH_WORD})(?:,?\s+(?:de\s+)?(?P<y2>\d{{4}}))?)
    \.?$
    """,
    re.VERBOSE,
)
_TRAILING_AGENCY = re.compile(r",\s*(?P<agency>Reuters?|REUTERS?|AP|AFP|UPI)$")
_SPACED_AGENCY = re.compile(r"(?<=[^\W\d_A-Z])\s+(?P<agency>[A-Z]{3,5})$")
"""A broadcaster or agency in capitals after a place in title case, without brackets, as
CNN prints its datelines ("Washington CNN —"): three to five capitals, so that a state's or a
district's two ("Washington DC —") stay part of the place."""
_SPACED_AGENCY_DASHES = ("—", "--")
"""The dashes after such a dateline: an em dash or two hyphens, not a hyphen."""

_CONNECTORS = frozenset(
    [
        "on",
        "upon",
        "de",
        "del",
        "della",
        "di",
        "da",
        "do",
        "du",
        "des",
        "la",
        "le",
        "les",
        "am",
        "an",
        "der",
        "den",
        "im",
        "bei",
        "of",
        "the",
        "el",
        "y",
        "al",
        "au",
        "sur",
        "en",
        "sobre",
        "na",
        "no",
        "nad",
    ]
)
_NOT_PLACES = frozenset(
    [
        "exclusive",
        "breaking",
        "update",
        "updated",
        "urgent",
        "flash",
        "bulletin",
        "analysis",
        "opinion",
        "commentary",
        "editorial",
        "factbox",
        "refile",
        "corrected",
        "correction",
        "watch",
        "live",
        "video",
        "photos",
        "note",
        "eds",
        "advisory",
        "review",
        "interview",
        "feature",
        "insight",
        "explainer",
        "breakingviews",
        "column",
    ]
)
_US_STATES = (
    "Ala. Alabama Alaska Ariz. Arizona Ark. Arkansas Calif. California Colo. Colorado Conn. "
    "Connecticut Del. Delaware D.C. Fla. Florida Ga. Georgia Hawaii Idaho Ill. Illinois Ind. "
    "Indiana Iowa Kan. Kansas Ky. Kentucky La. Louisiana Maine Md. Maryland Mass. Massachusetts "
    "Mich. Michigan Minn. Minnesota Miss. Mississippi Mo. Missouri Mont. Montana Neb. Nebraska "
    "Nev. Nevada N.H. N.J. N.M. N.Y. N.C. N.D. Ohio Okla. Oklahoma Ore. Oregon Pa. Pennsylvania "
    "R.I. S.C. S.D. Tenn. Tennessee Texas Tex. Utah Vt. Vermont Va. Virginia Wash. Washington "
    "W.Va. Wis. Wisc. Wisconsin Wyo. Wyoming Alta. Alberta B.C. Man. Manitoba N.B. N.S. Ont. "
    "Ontario Que. Quebec Sask. Saskatchewan"
)
_REGIONS = frozenset(
    name.lower().rstrip(".")
    for name in [
        *_US_STATES.split(),
        *("New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina"),
        *("North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia"),
        *("British Columbia", "New Brunswick", "Nova Scotia", "New South Wales", "Victoria"),
        *("Queensland", "Tasmania", "Newfoundland", "Prince Edward Island"),
    ]
)


def _days_in(month: int, year: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def nearest_year(month: int, day: int, reference: datetime.date) -> int | None:
    """Return the year that puts ``month``/``day`` nearest to ``reference`` (within a year).

    >>> nearest_year(12, 31, datetime.date(1988, 1, 2))
    1987
    """
    best: tuple[int, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if not 1 <= year <= 9999 or day > _days_in(month, year):
            continue
        distance = abs((datetime.date(year, month, day) - reference).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return None if best is None else best[1]


def _is_place(words: list[str], lenient: bool) -> bool:
    """Whether ``words`` can name a place: capitalised words and connectors, no digits."""
    if not 1 <= len(words) <= 6:
        return False
    for word in words:
        if not word[0].isalpha() or any(char.isdigit() for char in word):
            return False
        if not (word[0].isupper() or lenient or word.lower() in _CONNECTORS):
            return False
    return True


def _split_place(rest: str, lenient: bool) -> tuple[str, str | None, str | None] | None:
    parts = [part.strip() for part in rest.split(",")]
    if len(parts) > 3 or any(not part for part in parts):
        return None
    place = parts[0]
    words = place.replace("/", " ").split()
    if len(place) > 40 or not _is_place(words, lenient):
        return None
    if place.endswith(".") and len(words[-1]) > 5 and "." not in words[-1][:-1]:
        place = place[:-1]  # Interfax and others: "Dushanbe. (Interfax)"
    for part in parts[1:]:
        if len(part) > 30 or not _is_place(part.split(), lenient) or len(part.split()) > 4:
            return None
    region = country = None
    if len(parts) == 3:
        region, country = parts[1], parts[2]
    elif len(parts) == 2:
        if parts[1].lower().rstrip(".") in _REGIONS:
            region = parts[1]
        else:
            country = parts[1]
    return place, region, country


def _date(match: re.Match[str]) -> tuple[int, int, int | None] | None:
    month_word = match["m1"] or match["m2"]
    month = month_number(month_word)
    if month is None:
        return None
    day = int(match["d1"] or match["d2"])
    year_text = match["y1"] or match["y2"]
    year = int(year_text) if year_text else None
    if not 1 <= day <= _days_in(month, year or 2000):
        return None
    if year is not None and not 1 <= year <= 9999:
        return None
    return month, day, year


def _bare_agency_dateline(place: str, agency: str | None, after: str) -> bool:
    """Whether a place and agency followed by a space alone make a dateline, as the Nordic
    agencies print it ("STOCKHOLM (TT) Regeringen ..."): only with the place in capitals, an
    agency of one word and a capital after it ("NATO (North Atlantic Treaty Organization) ..."
    is no dateline)."""
    return bool(place.isupper() and agency and len(agency.split()) == 1 and after.isupper())


_DOMAIN = re.compile(r"[^\W\d_]\.(?:com|net|org|info|[a-z]{2})\b", re.IGNORECASE)
"""A site's address in a dateline's place ("PanARMENIAN.Net", "Example.com"), which is no
place: a full stop right after a letter and before a top-level domain."""


def parse_dateline(
    paragraph: str, reference: datetime.date | None = None
) -> tuple[Dateline, str] | None:
    """Find a dateline at the start of a story's first paragraph.

    Args:
        paragraph: The first paragraph's text.
        reference: When the story was filed; gives the year of a date printed without one.

    Returns:
        The dateline and the paragraph's text after it (without the separator), or None when the
        paragraph does not start with a dateline.
    """
    match = _DATELINE.match(paragraph, 0, 240)
    if match is None:
        bare = _BARE_AGENCY.match(paragraph)
        if bare is None:
            return None
        text = paragraph[: bare.end("agency") + 1]
        rest = paragraph[bare.end() :]
        separator = _separator(text, paragraph[len(text) : bare.end()], rest)
        return Dateline(text=text, source=bare["agency"], separator=separator), rest
    body = match["body"].strip()
    agency = match["agency"] or match["lead"]
    if match["slash"]:
        agency = match["slash"].strip("/.")
    trailing = _TRAILING_AGENCY.search(body)
    if trailing:
        agency = agency or trailing["agency"]
        body = body[: trailing.start()]
    unbracketed = _SPACED_AGENCY.search(body)
    if agency is None and unbracketed and (match["sep"] or "").strip() in _SPACED_AGENCY_DASHES:
        agency = unbracketed["agency"]  # "New York CNN —"
        body = body[: unbracketed.start()]
    date = None
    date_match = _DATE_AT_END.search(body)
    if date_match:
        date = _date(date_match)
        if date is not None:
            body = body[: date_match.start()]
    body = body.rstrip(", ")
    if not body:
        return None
    split = _split_place(body, lenient=date is not None)
    if split is None:
        return None
    place, region, country = split
    if _DOMAIN.search(place):
        return None  # "PanARMENIAN.Net - ...": a site's name, not a place
    if agency is None and date is None:
        words = place.replace("/", " ").split()
        if any(word.lower() in _NOT_PLACES for word in words):
            return None
        if not place.isupper() and paragraph[match.end() : match.end() + 1].islower():
            return None  # "Brot, Butter, Milch – alles wird teurer": a list, then the sentence
        if not ((place.isupper() and len(words) <= 4) or region is not None):
            # A title-case place ("Wien – Die ...") needs a spaced dash and a capital after it.
            separator = match["sep"] or ""
            after = paragraph[match.end() : match.end() + 1]
            spaced = separator[:1].isspace() and separator.strip() in ("-", "–")
            stop = _ASIDE.search(paragraph, match.end(), match.end() + 200)
            aside = stop is not None and stop.group()[0].isspace()
            if not (len(words) <= 3 and spaced and after.isupper() and not aside):
                return None
    if agency is not None and (agency.isspace() or any(c.isdigit() for c in agency)):
        return None
    if (match["after"] or "").strip() == ":" and not place.isupper():
        return None  # "Ann Lee (Greens): We will ..." is a speaker, not a place
    if (
        match["after"]
        and match["after"].isspace()
        and not _bare_agency_dateline(
            place, match["agency"], paragraph[match.end() : match.end() + 1]
        )
    ):
        return None
    month = day = year = None
    if date is not None:
        month, day, year = date
        if year is None and reference is not None:
            year = nearest_year(month, day, reference)
    end = match.end("agency") + 1 if match["agency"] else None
    if match["slash"]:
        end = match.end("slash")
    if end is None:
        end = match.start("sep")
    text = paragraph[:end].strip().lstrip("*").strip()
    rest = paragraph[match.end() :].lstrip(" -–—―_")
    printed = paragraph[len(paragraph[:end].rstrip()) : len(paragraph) - len(rest)]
    dateline = Dateline(
        text=text,
        place=place,
        region=region,
        country=country,
        year=year,
        month=month,
        day=day,
        source=agency.strip() if agency else None,
        separator=_separator(text, printed, rest),
    )
    return dateline, rest


_SPACES = re.compile(r"\s")


def _separator(text: str, printed: str, rest: str) -> str | None:
    """A dateline's :attr:`~newsmodel.model.Dateline.separator`: what the story prints between
    it and its first words ``rest`` (any space as a plain space), or None when that is the usual
    one (:func:`_usual_separator`, without its last space when nothing follows) or no separator
    the model holds."""
    separator = _SPACES.sub(" ", printed)
    usual = _usual_separator(text)
    if not rest:
        separator, usual = separator.rstrip(), usual.rstrip()
    if separator == usual or not is_dateline_separator(separator):
        return None
    return separator


def _usual_separator(text: str) -> str:
    """The separator printed after a dateline whose :attr:`~newsmodel.model.Dateline.separator`
    is None: a space after an agency between slashes ("MOSCOW, January 21. /TASS/."), else a
    spaced hyphen."""
    return " " if text.endswith(("/", "/.")) else " - "


def format_dateline_paragraph(dateline: Dateline, paragraph: str) -> str:
    """Return ``paragraph`` with ``dateline`` printed before it, as :func:`parse_dateline` reads.

    >>> format_dateline_paragraph(Dateline(text="MOSCOW, January 21. /TASS/."), "Talks.")
    'MOSCOW, January 21. /TASS/. Talks.'
    >>> format_dateline_paragraph(Dateline(text="WASHINGTON (AP)", separator=" — "), "Talks.")
    'WASHINGTON (AP) — Talks.'
    """
    separator = dateline.separator
    if separator is None:
        separator = _usual_separator(dateline.text)
    if not paragraph:
        return dateline.text + separator.rstrip()
    return dateline.text + separator + paragraph
