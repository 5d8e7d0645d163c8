"""Tests of streaming in load_all and loads_all: JSON Lines read a line at a time from the open
file, ``max_bytes`` per record, and the ``errors=`` modes (issue 13).

A file of 100,000 lines is too slow for a test: streaming is checked with files that record how
much was read from them, and with ``max_bytes`` smaller than the file but larger than each
record. ``benchmarks/bench_stream.py`` measures the peak memory of big files.
"""

import gc
import io
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import (
    Article,
    LimitError,
    Location,
    ParseError,
    Problem,
    ReadWarning,
    ValidationError,
    formats,
)
from newsmodel.api import Record
from newsmodel.formats import SNIFF_BYTES, Format, Parsed, ReadOptions
from newsmodel.formats._json_text import split_line_bytes, stream_line_bytes

BAD_JSON = b'{"newsmodel": 1, "headline": \n'
"""A line that is not JSON."""

BAD_ARTICLE = b'{"newsmodel": 1, "headline": 5}\n'
"""A line of JSON that is not an article (its headline is a number)."""


def _article(number: int, words: int = 20) -> Article:
    body = newsmodel.Paragraph(text=" ".join(f"word{number}-{i}" for i in range(words)))
    return Article(
        headline=f"Story {number}", sections=(newsmodel.Section(blocks=(body,)),), language="en"
    )


def _line(number: int, words: int = 20) -> bytes:
    return newsmodel.dumps(_article(number, words), format="jsonl").encode()


def _headlines(articles: Iterator[Article]) -> list[str]:
    return [article.headline for article in articles]


class CountingReader(io.RawIOBase):
    """A binary file in memory that counts the bytes read from it."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)
        self.consumed = 0

    def readable(self) -> bool:
        """It can be read."""
        return True

    def readinto(self, buffer: "bytearray | memoryview") -> int:  # type: ignore[override]
        """Read into ``buffer`` and count what was read."""
        count = self._data.readinto(buffer)
        self.consumed += count
        return count


class TestStreamLineBytes:
    """The line splitter over a binary stream."""

    @pytest.mark.parametrize("chunk_size", [1, 2, 3, 7, 64])
    @pytest.mark.parametrize(
        "data",
        [b"", b"\n", b"a", b"a\n", b"ab\ncd", b"ab\n\ncd\n", b"\r\n{}\r\nxyz\n\n", b"\n\n\nlong"],
    )
    def test_same_lines_as_in_memory(self, data: bytes, chunk_size: int) -> None:
        """Whatever the chunks, the lines are those of the in-memory splitter."""
        streamed = list(stream_line_bytes(io.BytesIO(data), None, chunk_size=chunk_size))
        assert list(split_line_bytes(data)) == streamed

    @given(
        data=st.binary(max_size=200).map(lambda b: b.replace(b"\x00", b"\n")),
        cut=st.integers(0, 200),
        chunk_size=st.integers(1, 20),
        max_length=st.none() | st.integers(0, 30),
    )
    def test_property(self, data: bytes, cut: int, chunk_size: int, max_length: int | None) -> None:
        """For any bytes, any head and any chunks: the in-memory lines, each line over
        max_length replaced by its length."""
        expected = [
            (number, len(line) if max_length is not None and len(line) > max_length else line)
            for number, line in split_line_bytes(data)
        ]
        stream = io.BytesIO(data[cut:])
        lines = stream_line_bytes(stream, max_length, head=data[:cut], chunk_size=chunk_size)
        assert expected == list(lines)

    @pytest.mark.parametrize("chunk_size", [1, 3, 64])
    def test_head_comes_first(self, chunk_size: int) -> None:
        """Bytes already read from the stream are its start, even when a line spans both."""
        lines = stream_line_bytes(io.BytesIO(b"cd\nef"), None, head=b"ab\nc", chunk_size=chunk_size)
        assert [(1, b"ab"), (2, b"ccd"), (3, b"ef")] == list(lines)

    @pytest.mark.parametrize("chunk_size", [1, 4, 64])
    def test_long_line_gives_its_length(self, chunk_size: int) -> None:
        """A line over the limit gives its length instead of its bytes; the lines after it
        come as usual, the last one too."""
        data = b"abcd\n" + b"x" * 50 + b"\nefgh\n" + b"y" * 9
        lines = list(stream_line_bytes(io.BytesIO(data), 4, chunk_size=chunk_size))
        assert [(1, b"abcd"), (2, 50), (3, b"efgh"), (4, 9)] == lines

    def test_reads_a_chunk_at_a_time(self) -> None:
        """The first line comes after one chunk is read, not the whole stream."""
        stream = CountingReader(b"a\n" + b"b" * 10_000)
        lines = stream_line_bytes(io.BufferedReader(stream, buffer_size=16), None, chunk_size=100)
        assert (1, b"a") == next(lines)
        assert stream.consumed <= 200


class TestSniff:
    """Detection of JSON Lines whose first line is longer than the bytes sniffed."""

    def test_long_first_line(self, tmp_path: Path) -> None:
        """A .jsonl file of articles of several KB each is read as JSON Lines, not JSON."""
        line = _line(1, words=2000)
        assert len(line) > SNIFF_BYTES
        path = tmp_path / "long.jsonl"
        path.write_bytes(line * 3)
        assert ["Story 1"] * 3 == _headlines(newsmodel.load_all(path))
        assert "jsonl" == formats.detect(line * 3).name

    def test_pretty_json_stays_json(self) -> None:
        """A long indented JSON document is still JSON."""
        document = newsmodel.dumps(_article(1, words=2000), format="json").encode()
        assert "json" == formats.detect(document).name


class TestStreaming:
    """JSON Lines is read a line at a time, within max_bytes per record."""

    def test_file_object_read_as_iteration_goes(self) -> None:
        """After the first article, only a small part of a big file has been read."""
        data = b"".join(_line(n) for n in range(2000))
        raw = CountingReader(data)
        articles = newsmodel.load_all(io.BufferedReader(raw), format="jsonl")
        assert "Story 0" == next(articles).headline
        assert raw.consumed < len(data) // 4
        assert [f"Story {n}" for n in range(1, 2000)] == _headlines(articles)
        assert len(data) == raw.consumed

    def test_max_bytes_bounds_each_record(self, tmp_path: Path) -> None:
        """A file far larger than max_bytes reads when each line is within it."""
        data = b"".join(_line(n) for n in range(50))
        path = tmp_path / "feed.jsonl"
        path.write_bytes(data)
        longest = max(len(_line(n)) for n in range(50))
        assert len(data) > 10 * longest
        expected = [f"Story {n}" for n in range(50)]
        assert expected == _headlines(newsmodel.load_all(path, max_bytes=longest))
        assert expected == _headlines(newsmodel.loads_all(data, format="jsonl", max_bytes=longest))

    def test_line_over_max_bytes(self, tmp_path: Path) -> None:
        """A line over max_bytes is a too-large error at its line."""
        path = tmp_path / "feed.jsonl"
        path.write_bytes(_line(1) + _line(2, words=500) + _line(3))
        articles = newsmodel.load_all(path, max_bytes=len(_line(1)) + 10)
        assert "Story 1" == next(articles).headline
        with pytest.raises(LimitError) as caught:
            next(articles)
        assert ("too-large", str(path), 2) == (
            caught.value.code,
            caught.value.location.source,
            caught.value.location.line,
        )
        assert f"{len(_line(2, words=500)) - 1} bytes" in caught.value.message

    def test_path_closed_when_dropped_unstarted(self, tmp_path: Path) -> None:
        """A file opened for the caller is closed when the iterator is dropped, even before
        the iteration starts: no ResourceWarning for an unclosed file."""
        path = tmp_path / "feed.jsonl"
        path.write_bytes(_line(1) * 3)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            unstarted = newsmodel.load_all(path)
            started = newsmodel.load_all(path)
            next(started)
            del unstarted, started
            gc.collect()
        assert [] == [w for w in caught if issubclass(w.category, ResourceWarning)]

    def test_file_object_left_open(self) -> None:
        """A file object the caller passed is not closed at the end."""
        stream = io.BytesIO(_line(1))
        assert ["Story 1"] == _headlines(newsmodel.load_all(stream, format="jsonl"))
        assert not stream.closed

    def test_blank_and_crlf_lines(self) -> None:
        """Blank lines are not records; a \\r before \\n is whitespace."""
        data = b"\n" + _line(1).replace(b"\n", b"\r\n") + b"\n  \n" + _line(2)
        stream = io.BytesIO(data)
        assert ["Story 1", "Story 2"] == _headlines(newsmodel.load_all(stream, format="jsonl"))

    def test_other_formats_bounded_whole(self, tmp_path: Path) -> None:
        """A JSON document is still bounded by max_bytes as a whole, at the call."""
        document = newsmodel.dumps(_article(1), format="json").encode()
        path = tmp_path / "story.json"
        path.write_bytes(document)
        with pytest.raises(LimitError) as caught:
            newsmodel.load_all(path, max_bytes=len(document) - 1)
        assert f"{len(document)} bytes" in caught.value.message
        with pytest.raises(LimitError):
            newsmodel.load_all(io.BytesIO(document), format="json", max_bytes=len(document) - 1)
        with pytest.raises(LimitError):
            newsmodel.loads_all(document, format="json", max_bytes=len(document) - 1)
        with pytest.raises(LimitError):
            newsmodel.load_all(path, max_bytes=len(document) - 1, errors="collect")
        assert ["Story 1"] == _headlines(newsmodel.load_all(path, max_bytes=len(document)))
        stream = io.BytesIO(document)
        assert ["Story 1"] == _headlines(newsmodel.load_all(stream, max_bytes=len(document)))

    def test_errors_checked_at_the_call(self) -> None:
        """An errors= value that names no mode is a ValueError at the call."""
        with pytest.raises(ValueError, match="errors must be one of"):
            newsmodel.loads_all(_line(1), errors="ignore")  # type: ignore[call-overload]


class TestRaise:
    """errors="raise", the default: the first bad record raises at its line and ends it."""

    @pytest.mark.parametrize(
        ("bad", "error"), [(BAD_JSON, ParseError), (BAD_ARTICLE, ValidationError)]
    )
    def test_raises_at_its_line(self, tmp_path: Path, bad: bytes, error: type[Exception]) -> None:
        """The bad line 3 raises with line 3; the iteration ends there."""
        path = tmp_path / "feed.jsonl"
        path.write_bytes(_line(1) + b"\n" + bad + _line(4))
        articles = newsmodel.load_all(path)
        assert "Story 1" == next(articles).headline
        with pytest.raises(error) as caught:
            next(articles)
        assert [(str(path), 3)] == [
            (p.location.source, p.location.line)
            for p in caught.value.problems  # type: ignore[attr-defined]
        ]
        assert [] == list(articles)


class TestSkip:
    """errors="skip": a bad record is left out with a ReadWarning; the good ones after it come."""

    def test_good_lines_after_bad_ones(self, tmp_path: Path) -> None:
        """Lines 2 and 4 are bad; 1, 3 and 5 are read, with one warning for each bad line."""
        path = tmp_path / "feed.jsonl"
        path.write_bytes(_line(1) + BAD_JSON + _line(3) + BAD_ARTICLE + _line(5))
        with pytest.warns(ReadWarning) as caught:
            headlines = _headlines(newsmodel.load_all(path, errors="skip"))
        assert ["Story 1", "Story 3", "Story 5"] == headlines
        assert [("invalid-json", "error", 2), ("wrong-type", "error", 4)] == [
            (w.message.problem.code, w.message.problem.severity, w.message.problem.location.line)
            for w in caught
            if isinstance(w.message, ReadWarning)
        ]
        assert all(w.filename == __file__ for w in caught)

    def test_too_large_line_skipped(self) -> None:
        """A line over max_bytes is skipped with a too-large warning."""
        data = _line(1) + _line(2, words=500) + _line(3)
        articles = newsmodel.loads_all(data, format="jsonl", max_bytes=400, errors="skip")
        with pytest.warns(ReadWarning) as caught:
            headlines = _headlines(articles)
        assert ["Story 1", "Story 3"] == headlines
        assert [("too-large", 2)] == [
            (w.message.problem.code, w.message.problem.location.line)
            for w in caught
            if isinstance(w.message, ReadWarning)
        ]

    def test_single_document(self) -> None:
        """A broken JSON document yields nothing, with a warning."""
        with pytest.warns(ReadWarning, match="invalid-json"):
            assert [] == list(newsmodel.loads_all(b'{"newsmodel": 1, "head', errors="skip"))


class TestCollect:
    """errors="collect": every record comes as a Record, good or bad."""

    def test_records(self, tmp_path: Path) -> None:
        """Each record carries its number, line and article, or its problems."""
        path = tmp_path / "feed.jsonl"
        path.write_bytes(_line(1) + b"\n" + BAD_JSON + BAD_ARTICLE + _line(5))
        records = list(newsmodel.api.load_all(path, errors="collect"))
        assert [(1, 1, True), (2, 3, False), (3, 4, False), (4, 5, True)] == [
            (r.number, r.line, r.ok) for r in records
        ]
        assert ["Story 1", "Story 5"] == [r.article.headline for r in records if r.article]
        assert [("invalid-json", "error", 3), ("wrong-type", "error", 4)] == [
            (r.problems[0].code, r.problems[0].severity, r.problems[0].location.line)
            for r in records
            if not r.ok
        ]
        assert all(r.problems[0].location.source == str(path) for r in records if not r.ok)

    def test_too_large_line(self) -> None:
        """A line over max_bytes is a record with a too-large problem."""
        data = _line(1, words=500) + _line(2)
        records = list(newsmodel.loads_all(data, format="jsonl", max_bytes=400, errors="collect"))
        assert [("too-large", 1), (None, 2)] == [
            (r.problems[0].code if r.problems else None, r.line) for r in records
        ]

    def test_single_document(self) -> None:
        """A JSON document gives one record without a line, good or bad."""
        good = newsmodel.dumps(_article(1), format="json")
        assert [Record(number=1, article=_article(1))] == list(
            newsmodel.loads_all(good, errors="collect")
        )
        (bad,) = newsmodel.loads_all('{"newsmodel": 1, "head', format="json", errors="collect")
        assert (1, None, None, "invalid-json") == (
            bad.number,
            bad.line,
            bad.article,
            bad.problems[0].code,
        )

    def test_record_holds_one_or_the_other(self) -> None:
        """A Record holds an article or problems, not both, not neither."""
        problem = Problem("invalid-json", "error", "broken", Location(line=1))
        with pytest.raises(ValueError, match="either"):
            Record(number=1)
        with pytest.raises(ValueError, match="either"):
            Record(number=1, article=_article(1), problems=(problem,))


# A line-oriented fake whose reader forgives one fault on each line, at its line 1.
def _read_forgiving(data: bytes, options: ReadOptions) -> Parsed:
    problem = Problem("odd", "warning", "forgiven", Location(source=options.source, line=1))
    return Parsed(
        article=Article(headline=data.decode().strip()),
        locations={"/headline": Location(source=options.source, line=1, column=1)},
        problems=(problem,),
    )


FORGIVING = Format(
    name="fake-lines",
    description="one headline per line, each with a forgiven fault",
    extensions=(".fakel",),
    read=_read_forgiving,
    line_oriented=True,
)


class TestForgiven:
    """What a reader forgives on a line is placed at that line of the file."""

    def test_warning_at_the_line(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The forgiven fault of line 3 warns at line 3, in every mode."""
        monkeypatch.setattr(formats, "FORMATS", {FORGIVING.name: FORGIVING})
        data = b"one\n\nthree\n"
        for errors in ("raise", "skip", "collect"):
            with pytest.warns(ReadWarning) as caught:
                list(newsmodel.loads_all(data, source="a.fakel", errors=errors))
            assert [("a.fakel", 1), ("a.fakel", 3)] == [
                (w.message.problem.location.source, w.message.problem.location.line)
                for w in caught
                if isinstance(w.message, ReadWarning)
            ]
