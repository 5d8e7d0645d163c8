"""Tests of decoding and cleaning plain text."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel.extract.normalize import _CLEAN, clean, decode, squash


class TestDecode:
    """Any bytes decode, whatever their encoding."""

    @pytest.mark.parametrize(
        ("data", "expected"),
        [
            (b"caf\xc3\xa9", "café"),
            (b"\xef\xbb\xbfcaf\xc3\xa9", "café"),
            ("café".encode("utf-16"), "café"),
            (b"caf\xe9 \x93ok\x94", "café “ok”"),
            (b"caf\xc3\xa9 and caf\xe9", "café and café"),
            (b"\x81", "\x81"),
        ],
    )
    def test_decode(self, data: bytes, expected: str) -> None:
        """UTF-8 with or without a BOM, UTF-16 with a BOM, and Windows-1252 bytes among UTF-8."""
        assert expected == decode(data)

    def test_given_encoding(self) -> None:
        """A caller's encoding is used; an unknown name is ignored."""
        assert "café" == decode(b"caf\xe9", "latin-1")
        assert "café" == decode("café".encode(), "no-such-encoding")

    @pytest.mark.parametrize("encoding", ["hex", "zlib", "base64", "rot13", "no-such-codec"])
    def test_ignores_what_is_not_a_text_encoding(self, encoding: str) -> None:
        """A codec that does not turn bytes into text, or none at all, is ignored (issue 7)."""
        assert "café" == decode("café".encode(), encoding)

    @given(st.binary())
    def test_never_fails(self, data: bytes) -> None:
        """Random bytes always decode to text."""
        assert isinstance(decode(data), str)


class TestClean:
    """Line ends and invisible characters."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("a\r\nb\rc\nd", "a\nb\nc\nd"),
            ("a\u00a0b", "a b"),
            ("soft\u00adware", "software"),
            ("zero\u200bwidth\u2060joiner\ufeff", "zerowidthjoiner"),
            ("tab\there", "tab here"),
            ("bell\x07 and\x00 nul", "bell and nul"),
            ("line\u2028separator", "line\nseparator"),
            ("keep\u200dzwj", "keep\u200dzwj"),
            ("plain text", "plain text"),
        ],
    )
    def test_clean(self, text: str, expected: str) -> None:
        """CRLF, CR, NBSP, soft hyphens, zero-width characters and controls are handled."""
        assert expected == clean(text)


class TestSquash:
    """Whitespace runs collapsed, invisible characters dropped, ends stripped."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("plain text", "plain text"),
            ("", ""),
            ("  two  spaces ", "two spaces"),
            ("no\u00a0break", "no break"),
            ("thin\u2009space", "thin space"),
            ("soft\u00adware", "software"),
            ("line\nbreak", "line break"),
            ("unit\x1fseparator", "unitseparator"),
        ],
    )
    def test_squash(self, text: str, expected: str) -> None:
        """Already squashed text comes back as it is; any other is squashed."""
        assert expected == squash(text)

    def test_printable_text_holds_only_spaces(self) -> None:
        """The quick way out of squash() rests on this: every whitespace character but the space,
        and every character clean() changes, is unprintable, in this Python's Unicode."""
        for code in range(0x110000):
            char = chr(code)
            if char.isprintable() and char != " ":
                assert not char.isspace(), hex(code)
                assert code not in _CLEAN, hex(code)
