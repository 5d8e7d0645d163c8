"""Tests of the page encoding rules of the HTML reader (issue 4)."""

# ruff: noqa: RUF001  (typographic quotation marks on purpose)

import codecs

import pytest

from newsmodel.formats.html._encoding import normalize_label, page_encoding, page_text


class TestLabels:
    """Encoding labels are read leniently."""

    @pytest.mark.parametrize(
        ("label", "expected"),
        [
            ("utf-8, ie=edge, chrome=1", "utf-8"),
            ("  UTF8 ", "utf-8"),
            ("ISO-8859-1", "cp1252"),
            ("latin1", "cp1252"),
            ("US-ASCII", "cp1252"),
            ("windows-1251", "cp1251"),
            ("Shift_JIS", "shift_jis"),
            ("gb2312", "gb18030"),
            ("no-such-charset", None),
            ("", None),
            (None, None),
            ("!!!", None),
        ],
    )
    def test_normalize_label(self, label: str | None, expected: str | None) -> None:
        """Each label gives Python's codec name, or None when it names no usable codec."""
        assert expected == normalize_label(label)


class TestPageEncoding:
    """The precedence of BOM, caller, declaration and the UTF-8 default."""

    def test_bom_wins(self) -> None:
        """A UTF-8 byte-order mark beats the caller and the declaration."""
        page = codecs.BOM_UTF8 + b'<meta charset="windows-1251">'
        assert "utf-8" == page_encoding(page, "latin-1")

    def test_caller_beats_declaration(self) -> None:
        """The caller's encoding (an HTTP header) beats the page's declaration."""
        assert "cp1251" == page_encoding(b'<meta charset="utf-8">', "windows-1251")

    def test_bogus_caller_label_ignored(self) -> None:
        """An unusable caller label falls back to the declaration."""
        assert "cp1251" == page_encoding(b'<meta charset="windows-1251">', "x-bogus")

    def test_http_equiv(self) -> None:
        """The charset of a Content-Type http-equiv is read."""
        page = b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">\xf0'
        assert "koi8-r" == page_encoding(page)

    def test_xml_declaration(self) -> None:
        """An XML declaration's encoding is read."""
        assert "cp1252" == page_encoding(b'<?xml version="1.0" encoding="ISO-8859-1"?><p>\xe9')

    def test_utf8_page_with_a_stale_declaration(self) -> None:
        """Valid UTF-8 with non-ASCII text wins over a legacy declaration it contradicts."""
        page = '<meta charset="gb2312"><p>促进</p>'.encode()
        assert "utf-8" == page_encoding(page)

    def test_utf16_declaration_means_utf8(self) -> None:
        """A page cannot declare UTF-16 inside itself in ASCII: it is read as UTF-8."""
        assert "utf-8" == page_encoding(b'<meta charset="utf-16"><p>x</p>')

    def test_default(self) -> None:
        """With nothing said, UTF-8."""
        assert "utf-8" == page_encoding(b"<p>plain</p>")


class TestPageText:
    """Decoding never fails."""

    def test_smart_quotes_in_latin1(self) -> None:
        """Windows-1252 quotation marks in a page that claims Latin-1 come out right."""
        page = b'<meta charset="iso-8859-1"><p>\x93Oui\x94 \x96 caf\xe9</p>'
        assert page_text(page).endswith("<p>“Oui” – café</p>")

    def test_undecodable_bytes(self) -> None:
        """Bytes that are not UTF-8 in a UTF-8 page are read as Windows-1252."""
        assert "<p>caf\u00e9 \u201cok\u201d</p>" == page_text(b"<p>caf\xe9 \x93ok\x94</p>")

    def test_utf16_with_bom(self) -> None:
        """A UTF-16 page with its byte-order mark decodes."""
        assert "<p>Ærø</p>" == page_text("<p>Ærø</p>".encode("utf-16"))
