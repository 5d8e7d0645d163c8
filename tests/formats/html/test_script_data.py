"""A page its scripts render reads its body from the page's JSON data (issue 11)."""

import json

import pytest

from newsmodel.formats.html import read
from newsmodel.formats.html._page import parse_page
from newsmodel.formats.html._script_data import data_scripts, longest_body

_PROSE = (
    "The harbour board voted on Monday to dredge the eastern channel. Two cargo ships ran "
    "aground there in October. The work starts in May and ends before the winter storms. The "
    "board's chair said the state pays half of the cost, which is less than feared."
)


def _page(data: object, *, attributes: str = 'id="__NEXT_DATA__" type="application/json"') -> bytes:
    return (
        "<html><head><title>Harbour to be dredged</title></head><body>"
        "<h1>Harbour to be dredged</h1><div id='app'>Loading…</div>"
        f"<script {attributes}>{json.dumps(data)}</script></body></html>"
    ).encode()


def _paragraphs(data: bytes) -> list[str]:
    return [paragraph.text for paragraph in read(data).article.paragraphs]


def test_prose_in_the_data_is_the_body() -> None:
    """The longest prose string in the framework's data becomes the body (when it is longer
    than 200 characters)."""
    data = {"props": {"page": {"title": "Harbour", "teaser": "Short.", "text": _PROSE}}}
    assert [_PROSE] == _paragraphs(_page(data))


def test_html_in_the_data_is_read_as_markup() -> None:
    """A string of HTML in the data gives its paragraphs, not its tags."""
    body = f"<p>{_PROSE}</p><p>The board's chair called the vote a relief for the port.</p>"
    data = {"props": {"article": {"body": body}}}
    assert [_PROSE, "The board's chair called the vote a relief for the port."] == _paragraphs(
        _page(data, attributes='type="application/json"')
    )


def test_page_with_its_own_body_ignores_the_data() -> None:
    """The data is looked at only when the page shows next to no body."""
    own = "The council opened the new library on Saturday, after three years of building. " * 4
    page = _page({"text": _PROSE}).replace(b"Loading\xe2\x80\xa6", f"<p>{own}</p>".encode())
    assert [own.strip()] == _paragraphs(page)


@pytest.mark.parametrize(
    "script",
    [
        "not json {",
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"url": "https://example.com/" + "a" * 500}),
        json.dumps({"key": "x" * 1000}),
    ],
)
def test_no_body_in_broken_or_wordless_data(script: str) -> None:
    """Data that is no JSON, nests too deep, or holds no prose gives no body."""
    root = parse_page(
        f'<html><body><script type="application/json">{script}</script></body></html>'.encode()
    )
    assert longest_body(data_scripts(root)) is None


def test_scripts_of_other_types_are_not_data() -> None:
    """A script of code, or of another type, is not the page's data."""
    root = parse_page(
        b"<html><body><script>var a = 1;</script><script type='text/template'>x</script>"
        b"<script type='application/json'>{}</script></body></html>"
    )
    assert ["{}"] == data_scripts(root)
