"""The numbers of a dateline's date as written in markup attributes (``data-year``,
``data-month``, ``data-day``), read alike by the HTML and NewsML-G2 readers."""

__all__ = ["LONGEST_NUMBER", "date_part"]

LONGEST_NUMBER = 9
"""A dateline's year, month or day has no more digits than this: a longer run of digits is no
number of a date (and Python refuses to convert one of over 4,300 digits)."""


def date_part(value: str | None) -> int | None:
    """A dateline part's number, or None when ``value`` is not one: ASCII digits only, spaces
    around them allowed. A sign, a digit of another script or a superscript ("²", which
    :meth:`str.isdigit` accepts and :class:`int` refuses) makes no number.

    >>> [date_part(value) for value in ("7", " 2024 ", "-3", "²", "٣", "1" * 10, None)]
    [7, 2024, None, None, None, None, None]
    """
    if value is None:
        return None
    value = value.strip()
    if not value.isascii() or not value.isdigit() or len(value) > LONGEST_NUMBER:
        return None
    return int(value)
