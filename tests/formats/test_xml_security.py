"""XML attacks against the hardened parser (formats/_xml.py) and the NewsML-G2 reader (issue 5).

External entities (file and network), entity expansion bombs and external DTDs must neither read
a local file, nor reach the network, nor blow up: the reader gives a ParseError or an article
that holds none of the attacker's content.
"""

import socket
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsmodel
from newsmodel.errors import NewsModelError, ParseError
from newsmodel.formats._xml import location, parse_xml

SECRET = "TOP-SECRET-7f3a"

ITEM = """<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:attack"
  standard="NewsML-G2" standardversion="2.35">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="x"/>
  <versionCreated>2024-01-01T00:00:00Z</versionCreated></itemMeta>
  <contentMeta><headline>Safe headline {ref}</headline></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml">
  <html xmlns="http://www.w3.org/1999/xhtml"><body><p>Body {ref}</p></body></html>
  </inlineXML></contentSet>
</newsItem>"""


def _document(doctype: str, ref: str) -> bytes:
    return f'<?xml version="1.0"?>\n{doctype}\n{ITEM.format(ref=ref)}'.encode()


def _read(data: bytes) -> newsmodel.Article | NewsModelError:
    """Read the document, returning the article or the newsmodel error it raised."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return newsmodel.loads(data, format="newsml")
        except NewsModelError as error:
            return error


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    """A local file an attacker wants to read."""
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A local TCP port that records whether anything connected to it."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.setblocking(False)
    yield server
    server.close()


def _connected(server: socket.socket) -> bool:
    try:
        connection, _address = server.accept()
    except BlockingIOError:
        return False
    connection.close()
    return True


def _text_of(result: newsmodel.Article | NewsModelError) -> str:
    if isinstance(result, NewsModelError):
        return str(result)
    return result.headline + result.text


class TestExternalEntities:
    """XXE: SYSTEM entities are never resolved."""

    def test_file_entity_is_not_read(self, secret_file: Path) -> None:
        """A SYSTEM entity naming a local file leaves the file unread."""
        doctype = f'<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>'
        result = _read(_document(doctype, "&xxe;"))
        assert SECRET not in _text_of(result)

    def test_file_entity_article_keeps_its_own_text(self, secret_file: Path) -> None:
        """The article still reads, with the entity reference left out."""
        doctype = f'<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>'
        result = _read(_document(doctype, "&xxe;"))
        assert isinstance(result, newsmodel.Article)
        expected = ("Safe headline", "Body ")
        assert expected == (result.headline, result.text)

    def test_network_entity_is_not_fetched(self, listener: socket.socket) -> None:
        """A SYSTEM entity naming a URL makes no connection."""
        port = listener.getsockname()[1]
        doctype = f'<!DOCTYPE newsItem [<!ENTITY net SYSTEM "http://127.0.0.1:{port}/x">]>'
        _read(_document(doctype, "&net;"))
        assert not _connected(listener)

    def test_parameter_entity_is_not_loaded(self, secret_file: Path, tmp_path: Path) -> None:
        """A parameter entity pulling in an external DTD loads nothing."""
        dtd = tmp_path / "evil.dtd"
        dtd.write_text(f'<!ENTITY leak "{SECRET}">')
        doctype = f'<!DOCTYPE newsItem [<!ENTITY % ext SYSTEM "{dtd.as_uri()}"> %ext;]>'
        assert SECRET not in _text_of(_read(_document(doctype, "&leak;")))


class TestDtd:
    """External DTDs are never loaded."""

    def test_external_dtd_is_not_loaded(self, tmp_path: Path) -> None:
        """Entities defined in an external DTD stay unexpanded."""
        dtd = tmp_path / "evil.dtd"
        dtd.write_text(f'<!ENTITY leak "{SECRET}">')
        doctype = f'<!DOCTYPE newsItem SYSTEM "{dtd.as_uri()}">'
        assert SECRET not in _text_of(_read(_document(doctype, "&leak;")))

    def test_external_dtd_over_network_is_not_fetched(self, listener: socket.socket) -> None:
        """A DTD at a URL makes no connection."""
        port = listener.getsockname()[1]
        doctype = f'<!DOCTYPE newsItem SYSTEM "http://127.0.0.1:{port}/news.dtd">'
        _read(_document(doctype, ""))
        assert not _connected(listener)


class TestExpansionBombs:
    """Entity expansion neither blows up memory nor hangs."""

    def test_billion_laughs(self) -> None:
        """Nested entities stay unexpanded: a short headline or a ParseError."""
        lines = ['<!ENTITY lol0 "lol">']
        lines += [f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)]
        doctype = "<!DOCTYPE newsItem [" + "".join(lines) + "]>"
        result = _read(_document(doctype, "&lol9;"))
        assert len(_text_of(result)) < 1000

    def test_quadratic_blowup(self) -> None:
        """One large entity referenced many times is not expanded."""
        doctype = f'<!DOCTYPE newsItem [<!ENTITY big "{"x" * 50_000}">]>'
        result = _read(_document(doctype, "&big;" * 2000))
        assert len(_text_of(result)) < 1000

    def test_deep_nesting_is_a_parse_error(self) -> None:
        """Nesting beyond libxml2's limit is refused with a ParseError, not a crash."""
        data = b"<a>" * 100_000 + b"</a>" * 100_000
        with pytest.raises(ParseError):
            parse_xml(data)


class TestParseXml:
    """The parser factory and locations."""

    def test_error_has_line_and_column(self) -> None:
        """A syntax error reports where it is."""
        with pytest.raises(ParseError) as caught:
            parse_xml(b"<a>\n  <b></c>\n</a>", source="s.xml")
        found = caught.value.location
        expected = ("s.xml", 2, "invalid-xml")
        assert expected == (found.source, found.line, caught.value.code)

    def test_unknown_encoding(self) -> None:
        """An encoding lxml does not know is a ParseError."""
        with pytest.raises(ParseError):
            parse_xml(b"<a/>", encoding="no-such-codec")

    def test_empty_input(self) -> None:
        """Empty bytes are a ParseError."""
        with pytest.raises(ParseError):
            parse_xml(b"")

    def test_location_of_a_namespaced_element(self) -> None:
        """A location gives the line and an XPath."""
        root = parse_xml(b'<a xmlns="urn:x">\n<b/>\n<b/></a>')
        expected = "<input>:3 [/*/*[2]]"
        assert expected == str(location(root[1]))
