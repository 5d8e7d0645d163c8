"""Fuzzing every readable format in the registry (issue 7).

Each reader is given its own documents and other formats' documents, mutated, and random bytes
(:mod:`tests.fuzz.documents`). Whatever the input, it gives articles or a
:class:`~newsmodel.NewsModelError`: never another exception, never a warning that is not a
:class:`~newsmodel.NewsModelWarning`, and never more than a few seconds (the deadline). A parse
error's line lies within the input. The number of cases each reader ran is printed at the end of
the session (``tests/fuzz/conftest.py``).
"""

import datetime
import os
import warnings
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel.errors import NewsModelError, NewsModelWarning, ParseError
from newsmodel.formats import FORMATS, ReadOptions
from tests.fuzz.documents import documents, readable_formats

EXAMPLES = int(os.environ.get("NEWSMODEL_FUZZ_EXAMPLES", "250"))
"""Cases per reader: the CI budget by default; set ``NEWSMODEL_FUZZ_EXAMPLES`` for longer runs."""

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=datetime.timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
"""The CI budget: the whole fuzz suite runs in well under three minutes on two cores."""

OPTIONS = ReadOptions(source="fuzzed")

Outcome = list[newsmodel.Article] | NewsModelError
"""What one entry point of a reader gives: the articles it read, or the error it raised."""


def outcomes(format: str, data: bytes, options: ReadOptions) -> list[Outcome]:
    """Read ``data`` with each entry point of the ``format`` reader: ``read`` (one article), and
    ``read_many`` (every article of a container).

    Any exception but a NewsModelError propagates; any warning but a NewsModelWarning fails.
    """
    fmt = FORMATS[format]
    found: list[Outcome] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if fmt.read is not None:
            try:
                found.append([fmt.read(data, options).article])
            except NewsModelError as error:
                found.append(error)
        try:
            found.append([parsed.article for parsed in fmt.read_many(data, options)])
        except NewsModelError as error:
            found.append(error)
    foreign = [
        f"{w.category.__name__}: {w.message}"
        for w in caught
        if not issubclass(w.category, NewsModelWarning)
    ]
    assert [] == foreign
    return found


def _assert_line_within(error: NewsModelError, data: bytes) -> None:
    """A parse error's line is one of the input's lines (counting CR, LF and CRLF generously)."""
    if isinstance(error, ParseError) and error.location.line is not None:
        lines = data.count(b"\n") + data.count(b"\r") + 1
        assert 1 <= error.location.line <= lines, str(error)


@pytest.mark.parametrize("format", readable_formats())
class TestReaders:
    """Every reader in the registry, on mutated documents and random bytes."""

    @FUZZ
    @given(draw=st.data())
    def test_gives_article_or_newsmodel_error(
        self, format: str, draw: st.DataObject, fuzz_cases: Counter[str]
    ) -> None:
        """Any bytes give articles or a NewsModelError (with its line within the input)."""
        data = draw.draw(documents(format), label="document")
        fuzz_cases[format] += 1
        for outcome in outcomes(format, data, OPTIONS):
            if isinstance(outcome, NewsModelError):
                _assert_line_within(outcome, data)


SNIFFED = settings(FUZZ, max_examples=max(EXAMPLES // 2, 1))


class TestApi:
    """The public functions, which sniff the format and take ``str``."""

    @SNIFFED
    @given(draw=st.data())
    def test_sniffed(self, draw: st.DataObject, fuzz_cases: Counter[str]) -> None:
        """Without a format, any bytes give an article or a NewsModelError (often FormatError)."""
        written_as = draw.draw(st.sampled_from(readable_formats()), label="written as")
        data = draw.draw(documents(written_as), label="document")
        fuzz_cases["loads, sniffed"] += 1
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NewsModelWarning)
            try:
                newsmodel.loads(data)
            except NewsModelError as error:
                _assert_line_within(error, data)

    @SNIFFED
    @given(draw=st.data())
    def test_str(self, draw: st.DataObject, fuzz_cases: Counter[str]) -> None:
        """A str (with any undecodable bytes as lone surrogates) gives an article or a
        NewsModelError, from every reader."""
        reader = draw.draw(st.sampled_from(readable_formats()), label="reader")
        text = draw.draw(documents(reader), label="document").decode("utf-8", "surrogateescape")
        fuzz_cases[f"loads str {reader}"] += 1
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NewsModelWarning)
            try:
                article = newsmodel.loads(text, format=reader)  # type: ignore[arg-type]
            except NewsModelError:
                return
        # Whatever was read can be written: no lone surrogate reached the article.
        newsmodel.dumps(article, format="json").encode("utf-8")
