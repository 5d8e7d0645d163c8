"""Dates as web pages write them, read into datetimes.

Accepted forms::

    2024-05-03T15:47:42+02:00     ISO 8601 with any offset form: +02:00, +0200, +02, Z
    2024-05-03 15:47:42.123       ISO 8601 without an offset (a *floating* time)
    20240503T154742Z              ISO 8601 basic form
    Fri, 03 May 2024 15:47:42 +0000    RFC 2822
    May 3, 2024 3:47 PM / 3 May 2024   plain dates (python-dateutil), only with a four-digit year
    03.05.2024 12:00              day first, as everywhere dots are used
    1714751262                    a Unix timestamp in seconds or milliseconds

:func:`parse_date` returns a *naive* datetime for a floating time: the caller gives it a zone
with :func:`with_zone` (:mod:`newsmodel.formats.html._metadata` documents which). Relative dates
("3 hours ago") and dates outside 1980-2100 are refused.

>>> parse_date("2024-05-03T15:47:42+0200").isoformat()
'2024-05-03T15:47:42+02:00'
>>> parse_date("Fri, 03 May 2024 15:47:42 GMT").isoformat()
'2024-05-03T15:47:42+00:00'
>>> parse_date("3 hours ago") is None
True
"""

import datetime
import email.utils
import re
from collections.abc import Iterator

from dateutil import parser as dateutil_parser

from newsmodel.extract._months import month_number

__all__ = ["find_date", "find_date_line", "parse_date", "with_zone"]

_ISO = re.compile(
    r"(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})"
    r"(?:[T ]+(?P<H>\d{1,2}):?(?P<M>\d{2})(?::?(?P<S>\d{2})(?:[.,](?P<f>\d+))?)?)?"
    r"\s*(?P<z>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?",
    re.ASCII,
)
_SLASHED = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:$|[T\s])", re.ASCII)
_DOTTED = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2}))?", re.ASCII)
_LABEL = re.compile(r"^[^\W\d]{2,20}(?:\s[^\W\d]{2,20})?\s*:\s*")
_EPOCH = re.compile(r"\d{10}(?:\d{3})?", re.ASCII)
_YEAR = re.compile(r"(?<!\d)(?:19[89]\d|20\d\d)(?!\d)", re.ASCII)
_RELATIVE = re.compile(r"\bago\b|\bvor\b|\bhace\b|\bil y a\b|\bfa\b", re.IGNORECASE)
_MIN_YEAR, _MAX_YEAR = 1980, 2100
# A day inside a visible text: "November 15, 2019", "15. November 2019", "15 de noviembre de 2019",
# "2019-11-15", "15.11.2019", "2019年11月15日23:52" (Chinese and Japanese), "2019/11/15", and
# "15/11/2019" or "11/15/2019" when the day is over 12 (else which is the month is unknown).
_IN_TEXT = re.compile(
    r"(?<!\d)(?:(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<dd>\d{1,2})\.\s?(?P<dm>\d{1,2})\.\s?(?P<dy>\d{4})"
    r"|(?P<ad>\d{1,2})\.?\s+(?:de\s+)?(?P<am>[^\W\d_]{3,12})\.?,?\s+(?:de\s+)?(?P<ay>\d{4})"
    r"|(?P<bm>[^\W\d_]{3,12})\.?\s+(?P<bd>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<by>\d{4})"
    r"|(?P<sy>\d{4})/(?P<sm>\d{1,2})/(?P<sd>\d{1,2})"
    r"|(?P<u1>\d{1,2})/(?P<u2>\d{1,2})/(?P<uy>\d{4}))(?!\d)"
    r"|(?<!\d)(?P<cy>\d{4})\s*年\s*(?P<cm>\d{1,2})\s*月\s*(?P<cd>\d{1,2})\s*日"  # a time may follow
)
_MONTHS = 12
_DEFAULT = datetime.datetime(2000, 1, 1)  # noqa: DTZ001 (dateutil fills missing parts from it)


def _zone(text: str | None) -> datetime.tzinfo | None:
    if text is None:
        return None
    if text in ("Z", "UTC", "GMT"):
        return datetime.UTC
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        raise ValueError(text)
    delta = datetime.timedelta(hours=hours, minutes=minutes)
    return datetime.timezone(-delta if text[0] == "-" else delta)


def _iso(text: str) -> datetime.datetime | None:
    match = _ISO.fullmatch(text)
    if match is None:
        return None
    fraction = (match["f"] or "0")[:6].ljust(6, "0")
    return datetime.datetime(
        int(match["y"]),
        int(match["m"]),
        int(match["d"]),
        int(match["H"] or 0),
        int(match["M"] or 0),
        int(match["S"] or 0),
        int(fraction),
        tzinfo=_zone(match["z"]),
    )


def _other(text: str) -> datetime.datetime | None:
    if _EPOCH.fullmatch(text):
        seconds = int(text[:10])
        return datetime.datetime.fromtimestamp(seconds, datetime.UTC)
    dotted = _DOTTED.match(text)
    if dotted:  # 03.05.2024: day first wherever dots are used
        day, month, year, hour, minute = (int(part or 0) for part in dotted.groups())
        return datetime.datetime(year, month, day, hour, minute)  # noqa: DTZ001
    slashed = _SLASHED.match(text)
    if slashed:
        year, month, day = (int(part) for part in slashed.groups())
        return datetime.datetime(year, month, day)  # noqa: DTZ001
    if "," in text[:5] or text[-5:-4] in "+-":
        rfc = email.utils.parsedate_to_datetime(text) if text[:1].isalpha() else None
        if rfc is not None:
            return rfc
    if _YEAR.search(text) is None or _RELATIVE.search(text):
        return None
    return dateutil_parser.parse(text, default=_DEFAULT, tzinfos=_parsed_zone)


def _parsed_zone(_name: str, offset: int | None) -> datetime.tzinfo | None:
    """The zone of a parsed date: its offset, if it has one; a zone name alone ("EDT") leaves
    the time floating. Passed to dateutil, so that it neither warns (a process-wide side effect)
    nor reads the machine's own zone for a name that happens to match it."""
    if offset is None:
        return None
    return datetime.UTC if offset == 0 else datetime.timezone(datetime.timedelta(seconds=offset))


def parse_date(text: str) -> datetime.datetime | None:
    """Read a date as pages write it.

    Args:
        text: An attribute value or a short text.

    Returns:
        The datetime, naive when the text gives no zone, or None if the text is not a date
        between 1980 and 2100.
    """
    text = _LABEL.sub("", " ".join(text.split()))  # "Updated: May 3, 2024"
    if not 6 <= len(text) <= 64:
        return None
    try:
        found = _iso(text) or _other(text)
    except (ValueError, OverflowError, TypeError, IndexError):
        return None
    if found is None or not _MIN_YEAR <= found.year <= _MAX_YEAR:
        return None
    return found


def find_date(text: str) -> datetime.datetime | None:
    """Find a day written inside a short visible text, as a floating midnight.

    >>> find_date("By Ann LeeNovember 15, 2019 | 4 min read").isoformat()
    '2019-11-15T00:00:00'
    >>> find_date("Publié le 3 avril 2021") is not None, find_date("3 hours ago")
    (True, None)
    >>> find_date("2025年1月13日 20時01分").isoformat(), find_date("2025/1/14 21:17").isoformat()
    ('2025-01-13T00:00:00', '2025-01-14T00:00:00')
    >>> find_date("2024年04月24日23:52").isoformat(), find_date("20/1/2026 18:30").isoformat()
    ('2024-04-24T00:00:00', '2026-01-20T00:00:00')
    >>> find_date("1/20/2026"), find_date("3/4/2024")
    (datetime.datetime(2026, 1, 20, 0, 0), None)
    """
    return next((day for _match, day in _days(text)), None)


_WORDS_BESIDE = 6


def find_date_line(text: str) -> datetime.datetime | None:
    """Find a day in a line that is mostly that day: the text beside it holds at most
    :data:`_WORDS_BESIDE` words with letters (a weekday, a time, a label, a name), not a
    sentence that gives a day as an example.

    >>> find_date_line("Von Anna Berg am Mittwoch, 26.01.2022 - 14:30").isoformat()
    '2022-01-26T00:00:00'
    >>> find_date_line("Write dates without spaces between day, month and year (e.g. 9.9.2019)")
    """
    first = next(_days(text), None)
    if first is None:
        return None
    match, day = first
    beside = text[: match.start()] + " " + text[match.end() :]
    words = sum(any(char.isalpha() for char in word) for word in beside.split())
    return day if words <= _WORDS_BESIDE else None


def _days(text: str) -> Iterator[tuple[re.Match[str], datetime.datetime]]:
    """The days written in ``text`` (its first 200 characters), with their matches."""
    for match in _IN_TEXT.finditer(text[:200]):
        if match["iy"]:
            parts = (match["iy"], match["im"], match["id"])
        elif match["dy"]:
            parts = (match["dy"], match["dm"], match["dd"])
        elif match["cy"]:
            parts = (match["cy"], match["cm"], match["cd"])
        elif match["sy"]:
            parts = (match["sy"], match["sm"], match["sd"])
        elif match["uy"]:
            first, second = int(match["u1"]), int(match["u2"])
            if first <= _MONTHS and second <= _MONTHS:
                continue  # "3/4/2024": the third of April or the fourth of March
            day_first = first > _MONTHS
            parts = (
                match["uy"],
                str(second if day_first else first),
                str(first if day_first else second),
            )
        else:
            word = match["am"] or match["bm"]
            # "LeeNovember": a name run into the month, where the page's elements touch
            starts = [0] + [k for k in range(1, len(word) - 2) if word[k].isupper()]
            month = next(filter(None, (month_number(word[k:]) for k in starts)), None)
            if month is None:
                continue
            parts = (match["ay"] or match["by"], str(month), match["ad"] or match["bd"])
        try:
            year, month, day = (int(part) for part in parts)
            found = datetime.datetime(year, month, day)  # noqa: DTZ001 (floating)
        except ValueError:
            continue
        if _MIN_YEAR <= found.year <= _MAX_YEAR:
            yield match, found


def with_zone(value: datetime.datetime, zone: datetime.tzinfo | None) -> datetime.datetime:
    """Give a floating time the zone ``zone`` (UTC when None); an aware time is kept as is.

    >>> with_zone(datetime.datetime(2024, 5, 3, 9), None).isoformat()
    '2024-05-03T09:00:00+00:00'
    """
    if value.tzinfo is not None and value.utcoffset() is not None:
        return value
    return value.replace(tzinfo=zone or datetime.UTC)
