"""Reading and writing NewsML-G2 dates: strict on output, forgiving on input."""

import datetime
import re
from typing import NamedTuple

__all__ = ["Forgiven", "format_datetime", "parse_datetime"]


class Forgiven(NamedTuple):
    """What reading a date forgave: a problem code and a message."""

    code: str
    message: str


_DATETIME = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ](?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d+))?)?)?"
    r"\s*(?P<zone>Z|z|[+-]\d{2}(?::?\d{2})?)?"
)


def format_datetime(value: datetime.datetime) -> str:
    """Return an aware datetime as ``xs:dateTime`` with its offset (``Z`` for UTC).

    An offset ``xs:dateTime`` cannot express (with seconds, or beyond 14 hours) is converted to
    UTC.

    >>> format_datetime(datetime.datetime(2024, 5, 1, 9, 30, tzinfo=datetime.UTC))
    '2024-05-01T09:30:00Z'
    """
    offset = value.utcoffset()
    if offset is None:
        raise ValueError("a NewsML-G2 time needs an offset")
    if offset.seconds % 60 or offset.microseconds or abs(offset) > datetime.timedelta(hours=14):
        value, offset = value.astimezone(datetime.UTC), datetime.timedelta(0)
    text = value.replace(tzinfo=None).isoformat(timespec="auto")
    if not offset:
        return text + "Z"
    sign = "-" if offset < datetime.timedelta(0) else "+"
    minutes = abs(offset) // datetime.timedelta(minutes=1)
    return f"{text}{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def parse_datetime(text: str) -> tuple[datetime.datetime | None, list[Forgiven]]:
    """Read a date or datetime as real files write it.

    Returns:
        The aware datetime, or None if there is none, and what was forgiven as
        ``(code, message)`` pairs: ``padded-date``, ``empty-date``, ``nonstandard-offset``,
        ``missing-offset`` (UTC assumed), ``date-without-time`` (midnight UTC assumed) and
        ``unparsable-date``.

    >>> parse_datetime("2024-05-01T09:30:00+0100")[0].isoformat()
    '2024-05-01T09:30:00+01:00'
    """
    forgiven: list[Forgiven] = []
    stripped = text.strip()
    if stripped != text:
        forgiven.append(Forgiven("padded-date", f"the date {text!r} has spaces around it"))
    if not stripped:
        forgiven.append(Forgiven("empty-date", "an empty date was left out"))
        return None, forgiven
    match = _DATETIME.fullmatch(stripped)
    if match is None:
        forgiven.append(Forgiven("unparsable-date", f"{stripped!r} is not a date; it was left out"))
        return None, forgiven
    try:
        date = datetime.date.fromisoformat(match["date"])
        fraction = (match["f"] or "0")[:6].ljust(6, "0")
        time = datetime.time(
            int(match["h"] or 0), int(match["m"] or 0), int(match["s"] or 0), int(fraction)
        )
        zone = _zone(match["zone"], stripped, forgiven if match["h"] else [])
    except ValueError:
        forgiven.append(
            Forgiven("unparsable-date", f"{stripped!r} is not a real date; it was left out")
        )
        return None, forgiven
    if match["h"] is None:
        forgiven.append(
            Forgiven("date-without-time", f"{stripped!r} has no time: midnight UTC assumed")
        )
    return datetime.datetime.combine(date, time, zone), forgiven


def _zone(text: str | None, whole: str, forgiven: list[Forgiven]) -> datetime.tzinfo:
    if text is None:
        forgiven.append(Forgiven("missing-offset", f"{whole!r} has no UTC offset: UTC assumed"))
        return datetime.UTC
    if text in {"Z", "z"}:
        return datetime.UTC
    if len(text) != 6 or text[3] != ":":
        forgiven.append(
            Forgiven("nonstandard-offset", f"the offset in {whole!r} is not written +hh:mm")
        )
    digits = text[1:].replace(":", "").ljust(4, "0")
    delta = datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    if delta >= datetime.timedelta(hours=24):
        raise ValueError("offset out of range")
    return datetime.timezone(-delta if text[0] == "-" else delta)
