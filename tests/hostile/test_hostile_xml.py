"""Hostile markup given to every reader of the registry (issue 7): external entities (file and
network), external DTDs, entity expansion bombs.

Each payload travels in the carriers a reader may parse as markup: a NewsML-G2 item, a web page,
and a ninjs document whose body is NITF or HTML. Whatever reads it must neither show the
content of a local file, nor connect anywhere, nor expand an entity: it gives articles without
the attacker's content, or a NewsModelError.
"""

import json
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.hostile.hostile import SECRET, connected, listening, read_each, shown

ITEM = """<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:hostile"
  standard="NewsML-G2" standardversion="2.35">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="x"/>
  <versionCreated>2024-01-01T00:00:00Z</versionCreated></itemMeta>
  <contentMeta><headline>Harbour reopens {ref}</headline></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml">
  <html xmlns="http://www.w3.org/1999/xhtml"><body><p>The quay {ref} reopened.</p></body></html>
  </inlineXML></contentSet>
</newsItem>"""

PAGE = """<html><head><title>Harbour reopens {ref}</title></head><body><article>
<h1>Harbour reopens {ref}</h1><p>The quay {ref} reopened on Monday after a long winter.</p>
</article></body></html>"""

NITF = "<nitf><body><body.content><p>The quay {ref} reopened.</p></body.content></body></nitf>"


def _newsml(doctype: str, ref: str) -> bytes:
    return f'<?xml version="1.0"?>\n{doctype}\n{ITEM.format(ref=ref)}'.encode()


def _page(doctype: str, ref: str) -> bytes:
    return f"{doctype}\n{PAGE.format(ref=ref)}".encode()


def _ninjs_nitf(doctype: str, ref: str) -> bytes:
    body = {"contenttype": "application/nitf+xml", "value": doctype + NITF.format(ref=ref)}
    document = {"uri": "urn:example:hostile", "headline": "Harbour reopens", "bodies": [body]}
    return json.dumps(document).encode()


def _ninjs_html(doctype: str, ref: str) -> bytes:
    body = doctype + PAGE.format(ref=ref)
    return json.dumps({"uri": "urn:x", "headline": "Harbour", "body_html": body}).encode()


Carrier = Callable[[str, str], bytes]

CARRIERS: dict[str, Carrier] = {
    "newsml": _newsml,
    "page": _page,
    "ninjs-nitf": _ninjs_nitf,
    "ninjs-html": _ninjs_html,
}


TARGETS = {"newsml": "newsml", "page": "html", "ninjs-nitf": "ninjs", "ninjs-html": "ninjs"}
"""The reader each carrier is written for."""


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    """A local file an attacker wants to read."""
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A local port that records whether anything connected to it."""
    server = listening()
    yield server
    server.close()


def _leaks(data: bytes) -> list[str]:
    """The readers whose outcome shows the secret."""
    return sorted(name for name, outcome in read_each(data).items() if SECRET in shown(outcome))


@pytest.mark.parametrize("carrier", CARRIERS.values(), ids=CARRIERS.keys())
class TestExternalEntities:
    """XXE: entities that name a local file or a URL are never resolved."""

    def test_file_entity(self, carrier: Carrier, secret_file: Path) -> None:
        """A general entity naming a local file shows nothing of the file, in any reader."""
        doctype = f'<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>'
        assert [] == _leaks(carrier(doctype, "&xxe;"))

    def test_file_entity_article_is_read(self, carrier: Carrier, secret_file: Path) -> None:
        """The reader the document is written for reads its article, without the entity."""
        doctype = f'<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>'
        name = TARGETS[next(k for k, v in CARRIERS.items() if v is carrier)]
        outcome = read_each(carrier(doctype, "&xxe;"))[name]
        assert isinstance(outcome, list)
        assert ["Harbour"] == [article.headline.split()[0] for article in outcome]

    def test_parameter_entity(self, carrier: Carrier, secret_file: Path) -> None:
        """A parameter entity naming a local file is not loaded."""
        doctype = (
            f'<!DOCTYPE newsItem [<!ENTITY % file SYSTEM "{secret_file.as_uri()}">'
            "<!ENTITY % wrap \"<!ENTITY leak '%file;'>\"> %wrap;]>"
        )
        assert [] == _leaks(carrier(doctype, "&leak;"))

    def test_network_entity(self, carrier: Carrier, listener: socket.socket) -> None:
        """A general entity naming a URL makes no connection."""
        port = listener.getsockname()[1]
        doctype = f'<!DOCTYPE newsItem [<!ENTITY net SYSTEM "http://127.0.0.1:{port}/x">]>'
        read_each(carrier(doctype, "&net;"))
        assert not connected(listener)


@pytest.mark.parametrize("carrier", CARRIERS.values(), ids=CARRIERS.keys())
class TestExternalDtd:
    """An external DTD is never loaded, from a file or the network."""

    def test_file_dtd(self, carrier: Carrier, secret_file: Path, tmp_path: Path) -> None:
        """A DTD on disk that would define an entity from the secret file is not read."""
        dtd = tmp_path / "evil.dtd"
        dtd.write_text(f'<!ENTITY leak SYSTEM "{secret_file.as_uri()}">')
        doctype = f'<!DOCTYPE newsItem SYSTEM "{dtd.as_uri()}">'
        assert [] == _leaks(carrier(doctype, "&leak;"))

    def test_network_dtd(self, carrier: Carrier, listener: socket.socket) -> None:
        """A DTD on the network is not fetched."""
        port = listener.getsockname()[1]
        doctype = f'<!DOCTYPE newsItem PUBLIC "-//X//Y" "http://127.0.0.1:{port}/e.dtd">'
        read_each(carrier(doctype, "&leak;"))
        assert not connected(listener)


LAUGHS = (
    '<!DOCTYPE newsItem [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)


@pytest.mark.parametrize("carrier", CARRIERS.values(), ids=CARRIERS.keys())
class TestExpansionBombs:
    """Entity expansion bombs are not expanded."""

    def test_billion_laughs(self, carrier: Carrier) -> None:
        """Nine levels of ten references (10^9 "lol") leave every outcome small."""
        outcomes = read_each(carrier(LAUGHS, "&lol9;"))
        assert {} == {n: len(shown(o)) for n, o in outcomes.items() if len(shown(o)) > 20_000}

    def test_quadratic_blowup(self, carrier: Carrier) -> None:
        """One 50 kB entity referenced 2,000 times is not expanded."""
        doctype = f'<!DOCTYPE newsItem [<!ENTITY big "{"x" * 50_000}">]>'
        outcomes = read_each(carrier(doctype, "&big;" * 2000))
        assert {} == {n: len(shown(o)) for n, o in outcomes.items() if len(shown(o)) > 100_000}
