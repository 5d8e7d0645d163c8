"""The JSON format's fast paths do what the cattrs converters do (issue 13).

The fast path (:mod:`newsmodel.formats._fast_json`) builds model objects without calling
their constructors, so a property checks it against the detailed cattrs converter, which does:
on valid data both give the same article, and on data with one fault put in anywhere, the fast
path refuses whenever the detailed converter does. The generated unstructuring writes the same
JSON as the converter's.
"""

import datetime
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel import Article
from newsmodel.formats import _convert
from newsmodel.formats._convert import unstructure_article
from tests.strategies import articles

PARAGRAPH_WITH_BAD_QUOTE = {
    "type": "paragraph",
    "text": "ab",
    "quotes": [{"text": "b", "start": 0, "end": 1}],
}
"""A quote whose span does not hold its text."""

JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 40),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", " ", "x", "image", "video", "photo", "paragraph", "2024-05-07T14:30:00"]),
    st.just("2024-05-07T14:30:00+02:00"),
    st.just([]),
    st.just({}),
    st.just(["x"]),
    st.just({"type": "paragraph", "text": "x"}),
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside ``value``, containers included."""
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(_paths(child, (*path, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(_paths(child, (*path, index)))
    return found


def _put(data: Any, path: tuple[Any, ...], value: Any, extra_key: bool) -> Any:
    """A copy of ``data`` with ``value`` at ``path`` (or, with ``extra_key``, a new key
    beside it when the place is an object)."""
    if not path:
        if extra_key and isinstance(data, dict):
            return {**data, "surplus": value}
        return value
    head, *rest = path
    if isinstance(data, dict):
        return {**data, head: _put(data[head], tuple(rest), value, extra_key)}
    copied = list(data)
    copied[head] = _put(data[head], tuple(rest), value, extra_key)
    return copied


def _outcome(build: Any, data: Any) -> Article | None:
    try:
        built: Article = build(data)
    except Exception:  # any refusal counts
        return None
    return built


def _json(article: Article) -> Any:
    """The article's data as the JSON reader sees it: plain JSON values."""
    return json.loads(json.dumps(unstructure_article(article)))


def _detailed(data: Any) -> Any:
    return _convert._STRUCTURE_DETAILED(data, Article)


class TestFastPath:
    """The fast path against the detailed converter."""

    @settings(max_examples=150, deadline=None)
    @given(article=articles(fill="all") | articles())
    def test_valid_data(self, article: Article) -> None:
        """Valid data: the fast path builds the same article the constructors build."""
        data = _json(article)
        assert article == _convert._STRUCTURE_FAST(data) == _detailed(data)

    @settings(max_examples=200, deadline=None)
    @given(
        article=articles(fill="all", max_sections=2, max_blocks=3),
        choice=st.data(),
        value=JSON_VALUES,
        extra_key=st.booleans(),
    )
    def test_one_fault(
        self, article: Article, choice: st.DataObject, value: Any, extra_key: bool
    ) -> None:
        """Data with one value replaced: the fast path refuses whenever the detailed converter
        refuses, and otherwise builds the same article."""
        data = _json(article)
        path = choice.draw(st.sampled_from(_paths(data)))
        changed = _put(data, path, value, extra_key)
        assert _outcome(_detailed, changed) == _outcome(_convert._STRUCTURE_FAST, changed)

    @pytest.mark.parametrize(
        "data",
        [
            [],
            {"headline": "x", "media": [[]]},
            {"headline": " "},
            {"headline": "x", "published": "2024-05-07T14:30:00"},
            {"headline": "x", "media": [{"kind": "photo"}]},
            {"headline": "x", "sections": [{"blocks": [{"type": "table"}]}]},
            {"headline": "x", "sections": [{"blocks": [{"type": "paragraph", "x": 1}]}]},
            {"headline": "x", "dateline": {"text": "X", "month": 2, "day": 30}},
            {"headline": "x", "sections": [{"blocks": [{"type": "list", "ordered": 1}]}]},
            {"headline": "x", "sections": [{"blocks": [PARAGRAPH_WITH_BAD_QUOTE]}]},
        ],
    )
    def test_refuses(self, data: Any) -> None:
        """Faults of every kind make the fast path refuse, as the detailed converter does."""
        assert (None, None) == (_outcome(_detailed, data), _outcome(_convert._STRUCTURE_FAST, data))

    @settings(max_examples=150, deadline=None)
    @given(article=articles(fill="all") | articles() | articles(fill="none"))
    def test_unstructure_is_the_converters(self, article: Article) -> None:
        """The generated unstructuring gives the JSON text cattrs's converter gives: the same
        keys in the same order, defaults left out."""
        expected = json.dumps(_convert._UNSTRUCTURE_CATTRS(article), ensure_ascii=False)
        assert expected == json.dumps(unstructure_article(article), ensure_ascii=False)

    def test_datetimes_and_enums(self) -> None:
        """Dates become aware datetimes and kinds their members, as the constructors keep them."""
        data = {
            "headline": "x",
            "published": "2024-05-07T14:30:00+02:00",
            "media": [{"kind": "video"}],
            "notes": [{"kind": "correction", "text": "n"}],
        }
        built = _convert._STRUCTURE_FAST(data)
        assert built == _detailed(data)
        assert datetime.timedelta(hours=2) == (built.published and built.published.utcoffset())
