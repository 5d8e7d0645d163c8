"""Helpers for the hostile-input tests: reading with every reader of the registry, and the
payloads (issue 7).

Big inputs are built at test time, never stored.
"""

import socket
import warnings
from collections.abc import Iterable

import newsmodel
from newsmodel.errors import NewsModelError, NewsModelWarning
from newsmodel.formats import FORMATS, ReadOptions

__all__ = [
    "SECRET",
    "Outcome",
    "connected",
    "listening",
    "read_each",
    "readable",
    "shown",
    "unclean",
    "writable",
]

SECRET = "TOP-SECRET-c41d9e"
"""The content of a local file an attacker wants to read."""

Outcome = list[newsmodel.Article] | NewsModelError
"""What a reader gives: the articles it read, or the newsmodel error it raised."""


def readable() -> list[str]:
    """The registered formats that can be read."""
    return [name for name, fmt in FORMATS.items() if fmt.read is not None or fmt.read_all]


def writable() -> list[str]:
    """The registered formats that can be written and read back."""
    return [name for name in readable() if FORMATS[name].write is not None]


def read_each(
    data: bytes, options: ReadOptions | None = None, formats: Iterable[str] | None = None
) -> dict[str, Outcome]:
    """Read ``data`` with every readable format (or those named); any exception but a
    NewsModelError, and any warning but a NewsModelWarning, propagates and fails the test."""
    chosen = ReadOptions() if options is None else options
    outcomes: dict[str, Outcome] = {}
    for name in readable() if formats is None else formats:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NewsModelWarning)
            try:
                outcomes[name] = [p.article for p in FORMATS[name].read_many(data, chosen)]
            except NewsModelError as error:
                outcomes[name] = error
    return outcomes


def shown(outcome: Outcome) -> str:
    """Everything a reader's outcome shows: the articles as JSON, or the error message."""
    if isinstance(outcome, NewsModelError):
        return str(outcome)
    return "".join(newsmodel.dumps(article, format="json") for article in outcome)


def unclean(outcomes: dict[str, Outcome]) -> dict[str, str]:
    """The readers whose articles hold a NUL or a string UTF-8 cannot encode (a lone surrogate),
    with what they hold."""
    found = {}
    for name, outcome in outcomes.items():
        text = shown(outcome)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            found[name] = "a lone surrogate"
            continue
        if not isinstance(outcome, NewsModelError) and "\x00" in text:
            found[name] = "a NUL"
    return found


def listening() -> socket.socket:
    """A local TCP port that records whether anything connected to it; close it after use."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    return server


def connected(server: socket.socket) -> bool:
    """Whether anything connected to ``server`` since it started listening."""
    try:
        connection, _address = server.accept()
    except BlockingIOError:
        return False
    connection.close()
    return True
