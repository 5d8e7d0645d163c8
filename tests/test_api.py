"""Tests of the public functions: loads, load, loads_all, load_all, dumps, dump and parse.

The formats that exercise the API's own logic (direction errors, losses, options, containers,
locations) are fakes registered by the ``registry`` fixture, which also hides every format other
than ``json`` and ``jsonl``, so that these tests do not depend on what other formats sniff.
"""

import datetime
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from newsmodel import (
    Article,
    Dateline,
    FormatError,
    Location,
    LossWarning,
    ParseError,
    SerializeError,
    ValidationError,
    WriteOptions,
    api,
    formats,
)
from newsmodel.formats import Format, Parsed, ReadOptions

STORY = Article(headline="Ferry service resumes", language="en")
STORY_JSON = newsmodel.dumps(STORY, format="json")
SECOND = Article(headline="Bridge reopens")
THIRD = Article(headline="Tolls return")


def _jsonl(*articles: Article) -> str:
    return "".join(newsmodel.dumps(article, format="jsonl") for article in articles)


# A read-only format: "R:" then the headline. The reader reports what it was told, through
# fields of the article, and one location.
def _read_fake(data: bytes, options: ReadOptions) -> Parsed:
    text = data.decode("utf-8")
    if not text.startswith("R:"):
        raise ParseError("a fake document starts with R:", Location(source=options.source, line=1))
    article = Article(
        headline=text[2:],
        language=options.encoding,
        source=options.source,
        id=None if options.reference_date is None else options.reference_date.isoformat(),
    )
    return Parsed(
        article=article,
        locations={"/headline": Location(source=options.source, line=1, column=3)},
    )


def _sniff_fake(head: bytes) -> bool:
    return head.startswith(b"R:")


# A container format with only a container reader: one headline per line; "!" is a broken line.
def _read_all_fake(data: bytes, options: ReadOptions) -> Iterator[Parsed]:
    for number, line in enumerate(data.decode("utf-8").splitlines(), start=1):
        if line == "!":
            raise ParseError("broken line", Location(source=options.source, line=number))
        yield Parsed(article=Article(headline=line))


# A write-only format that cannot carry datelines, nor keywords when options.newsml_body is
# "nitf"; it writes the options it was given.
def _write_fake(article: Article, options: WriteOptions) -> str:
    return f"W:{article.headline}:{options.ninjs_version}:{options.newsml_body}\n"


def _losses_fake(article: Article, options: WriteOptions) -> tuple[str, ...]:
    lost = ["/dateline"] if article.dateline is not None else []
    if options.newsml_body == "nitf" and article.keywords:
        lost.append("/keywords")
    return tuple(lost)


def _write_xml(article: Article, options: WriteOptions) -> str:
    return f"<story>{article.headline}</story>\n"


def _write_declared_xml(article: Article, options: WriteOptions) -> str:
    return f'<?xml version="1.0"?>\n<story>{article.headline}</story>\n'


DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'

FAKES = (
    Format(
        name="fake-read",
        description="read-only test format",
        extensions=(".faker",),
        read=_read_fake,
    ),
    Format(
        name="fake-sniffed",
        description="read-only test format found by sniffing",
        extensions=(".fakes",),
        read=_read_fake,
        sniff=_sniff_fake,
    ),
    Format(
        name="fake-container",
        description="container test format",
        extensions=(".fakec",),
        read_all=_read_all_fake,
    ),
    Format(
        name="fake-write",
        description="write-only test format",
        extensions=(".fakew",),
        write=_write_fake,
        losses=_losses_fake,
        sniff=lambda head: True,  # a write-only format is never chosen by sniffing
    ),
    Format(
        name="fake-xml",
        description="write-only XML test format",
        extensions=(".fakexml",),
        write=_write_xml,
        media_type="application/vnd.example.story+xml",
    ),
    Format(
        name="fake-declared-xml",
        description="write-only XML test format whose writer declares itself",
        extensions=(".fakedxml",),
        write=_write_declared_xml,
        media_type="text/xml",
    ),
)


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> dict[str, Format]:
    """The format registry holding json, jsonl and the fakes; restored after the test."""
    isolated = {name: formats.FORMATS[name] for name in ("jsonl", "json")}
    isolated |= {fake.name: fake for fake in FAKES}
    monkeypatch.setattr(formats, "FORMATS", isolated)  # monkeypatch puts the real one back
    return isolated


class TestRegistryFixture:
    """The fixture's fakes never leak into the real registry."""

    def test_fakes_absent(self) -> None:
        """Outside the fixture, no fake format is registered."""
        assert set() == set(formats.FORMATS) & {fake.name for fake in FAKES}


class TestLoads:
    """loads() reads one article from str or bytes."""

    def test_str(self) -> None:
        """A str is read."""
        assert STORY == newsmodel.loads(STORY_JSON, format="json")

    def test_bytes(self) -> None:
        """Bytes are read."""
        assert STORY == newsmodel.loads(STORY_JSON.encode("utf-8"), format="json")

    @pytest.mark.parametrize("wrap", [bytearray, memoryview], ids=["bytearray", "memoryview"])
    def test_bytes_like(self, wrap: Any) -> None:
        """bytearray and memoryview are read like bytes."""
        assert STORY == newsmodel.loads(wrap(STORY_JSON.encode("utf-8")), format="json")

    @pytest.mark.parametrize("data", [None, 42, ["{}"]], ids=["None", "int", "list"])
    def test_wrong_type(self, data: Any) -> None:
        """Anything but str or bytes is a TypeError naming the type."""
        with pytest.raises(TypeError, match=type(data).__name__):
            newsmodel.loads(data, format="json")

    def test_sniffed(self) -> None:
        """Without format=, the bytes decide."""
        assert STORY == newsmodel.loads(STORY_JSON)

    def test_sniffed_jsonl(self) -> None:
        """JSON Lines is sniffed before JSON, and loads() returns the first article."""
        assert SECOND == newsmodel.loads(_jsonl(SECOND, THIRD))

    def test_format_argument_wins(self, registry: dict[str, Format]) -> None:
        """format= beats the extension of source= and sniffing."""
        article = newsmodel.loads(
            "R:" + STORY_JSON,
            format="fake-read",
            source="story.json",  # type: ignore[arg-type]
        )
        assert STORY_JSON == article.headline

    def test_extension_of_source(self, registry: dict[str, Format]) -> None:
        """Without format=, the extension of source= decides, before sniffing."""
        article = newsmodel.loads(b"R:Ferry", source="story.faker")
        assert ("Ferry", "story.faker") == (article.headline, article.source)

    def test_extension_beats_sniffing(self, registry: dict[str, Format]) -> None:
        """A readable extension is trusted even when the bytes sniff as another format."""
        with pytest.raises(ParseError, match="starts with R:"):
            newsmodel.loads(STORY_JSON, source="story.faker")

    def test_unknown_extension_is_sniffed(self, registry: dict[str, Format]) -> None:
        """An extension no format claims falls back to sniffing."""
        assert STORY == newsmodel.loads(STORY_JSON, source="story.unknown-extension")

    def test_sniffing_skips_write_only(self, registry: dict[str, Format]) -> None:
        """A write-only format's sniffer is never asked: the readable one wins."""
        assert "Ferry" == newsmodel.loads(b"R:Ferry").headline

    def test_unknown_format(self, registry: dict[str, Format]) -> None:
        """An unknown format= is a FormatError listing the known formats."""
        with pytest.raises(FormatError, match="unknown format 'nope'") as info:
            newsmodel.loads(STORY_JSON, format="nope")  # type: ignore[arg-type]
        assert "fake-read" in str(info.value)
        assert "json" in str(info.value)

    def test_write_only_format(self, registry: dict[str, Format]) -> None:
        """Reading a write-only format is a FormatError."""
        with pytest.raises(FormatError, match="cannot read fake-write"):
            newsmodel.loads(b"W:x", format="fake-write")  # type: ignore[arg-type]

    def test_nothing_tells_the_format(self, registry: dict[str, Format]) -> None:
        """Bytes no sniffer accepts, with no name, are a FormatError listing readable formats."""
        with pytest.raises(FormatError) as info:
            newsmodel.loads(b"\x00\x01 not a document")
        message = str(info.value)
        assert message.startswith("cannot tell the format; pass format=")
        assert "fake-container, fake-read, fake-sniffed, json, jsonl" in message
        assert "fake-write" not in message

    def test_nothing_tells_the_format_of_a_file(self, registry: dict[str, Format]) -> None:
        """The error names the file when there is one."""
        with pytest.raises(FormatError, match=r"cannot tell the format of notes\.unknown"):
            newsmodel.loads(b"\x00", source="notes.unknown")

    def test_write_only_extension(self, registry: dict[str, Format]) -> None:
        """A file named like a write-only format is sniffed; if that fails the error says why."""
        assert STORY == newsmodel.loads(STORY_JSON, source="story.fakew")
        with pytest.raises(FormatError, match="named like fake-write, which newsmodel can write"):
            newsmodel.loads(b"\x00", source="story.fakew")

    def test_options_reach_the_reader(self, registry: dict[str, Format]) -> None:
        """source, encoding and reference_date reach the reader; a str implies UTF-8."""
        day = datetime.date(2024, 3, 5)
        article = newsmodel.loads(
            b"R:x",
            format="fake-read",  # type: ignore[arg-type]
            source="in.faker",
            encoding="latin-1",
            reference_date=day,
        )
        assert ("latin-1", "in.faker", "2024-03-05") == (
            article.language,
            article.source,
            article.id,
        )
        assert "utf-8" == newsmodel.loads("R:x", format="fake-read").language  # type: ignore[arg-type]
        assert None is newsmodel.loads(b"R:x", format="fake-read").language  # type: ignore[arg-type]

    def test_lone_surrogate(self) -> None:
        """A str that cannot be UTF-8 (a lone surrogate) is a ParseError, not a UnicodeError."""
        with pytest.raises(ParseError):
            newsmodel.loads('{"newsmodel": 1, "headline": "\ud800"}', format="json")

    def test_container_only_format(self, registry: dict[str, Format]) -> None:
        """A format with only a container reader gives its first article."""
        assert "first" == newsmodel.loads(b"first\nsecond", format="fake-container").headline  # type: ignore[arg-type]

    def test_empty_container(self, registry: dict[str, Format]) -> None:
        """An empty container is a ParseError with the code 'empty'."""
        with pytest.raises(ParseError) as info:
            newsmodel.loads(b"", format="fake-container", source="x.fakec")  # type: ignore[arg-type]
        assert ("empty", Location(source="x.fakec")) == (info.value.code, info.value.location)

    def test_errors_propagate(self) -> None:
        """Reader errors reach the caller unchanged: ParseError and ValidationError."""
        with pytest.raises(ParseError) as info:
            newsmodel.loads('{"newsmodel": 1,', format="json", source="s.json")
        assert ("s.json", 1) == (info.value.location.source, info.value.location.line)
        with pytest.raises(ValidationError) as invalid:
            newsmodel.loads('{"newsmodel": 1, "headline": ""}', format="json")
        assert ["/headline"] == [p.location.pointer for p in invalid.value.problems]


class TestParse:
    """parse() returns the article and the locations of its parts."""

    def test_locations(self, registry: dict[str, Format]) -> None:
        """The reader's locations come back beside the article."""
        parsed = newsmodel.api.parse(b"R:Ferry", source="story.faker")
        assert Article(headline="Ferry", source="story.faker") == parsed.article
        assert {"/headline": Location(source="story.faker", line=1, column=3)} == dict(
            parsed.locations
        )

    def test_no_locations(self) -> None:
        """A reader that tracks no positions returns an empty map."""
        parsed = newsmodel.api.parse(STORY_JSON, format="json")
        assert (STORY, {}) == (parsed.article, dict(parsed.locations))

    def test_container(self, registry: dict[str, Format]) -> None:
        """From a container, parse() gives the first article."""
        parsed = newsmodel.api.parse(b"one\ntwo", format="fake-container")  # type: ignore[arg-type]
        assert Article(headline="one") == parsed.article


class TestLoadsAll:
    """loads_all() yields every article, lazily."""

    def test_jsonl(self) -> None:
        """Every line of JSON Lines is an article, in order."""
        assert [STORY, SECOND, THIRD] == list(
            newsmodel.loads_all(_jsonl(STORY, SECOND, THIRD), format="jsonl")
        )

    def test_single_document(self) -> None:
        """A single-article document yields one article."""
        assert [STORY] == list(newsmodel.loads_all(STORY_JSON))

    def test_lazy(self) -> None:
        """A broken line 3 raises only when iteration reaches it, with its line number."""
        data = _jsonl(STORY, SECOND) + '{"newsmodel": 1, "headline": \n' + _jsonl(THIRD)
        articles = newsmodel.loads_all(data, format="jsonl", source="feed.jsonl")
        assert STORY == next(articles)
        assert SECOND == next(articles)
        with pytest.raises(ParseError) as info:
            next(articles)
        assert ("feed.jsonl", 3) == (info.value.location.source, info.value.location.line)

    def test_lazy_single_document(self) -> None:
        """Even a single-article reader runs only when iteration starts."""
        articles = newsmodel.loads_all('{"newsmodel": 1, "headline": ', format="json")
        with pytest.raises(ParseError):
            next(articles)

    def test_format_errors_are_eager(self, registry: dict[str, Format]) -> None:
        """A bad format is reported at the call, before any iteration."""
        with pytest.raises(FormatError):
            newsmodel.loads_all(STORY_JSON, format="nope")  # type: ignore[arg-type]
        with pytest.raises(FormatError):
            newsmodel.loads_all(b"\x00")
        with pytest.raises(FormatError):
            newsmodel.loads_all(b"W:x", format="fake-write")  # type: ignore[arg-type]

    def test_container_only_format(self, registry: dict[str, Format]) -> None:
        """A container reader's articles come out in order, lazily."""
        articles = newsmodel.loads_all(b"one\ntwo\n!\nfour", format="fake-container")  # type: ignore[arg-type]
        assert ["one", "two"] == [next(articles).headline, next(articles).headline]
        with pytest.raises(ParseError, match="broken line"):
            next(articles)

    def test_empty(self) -> None:
        """A JSON Lines document of blank lines yields nothing."""
        assert [] == list(newsmodel.loads_all("\n\n", format="jsonl"))

    def test_read_only_single(self, registry: dict[str, Format]) -> None:
        """A read-only single-article fake yields its one article."""
        assert ["x"] == [a.headline for a in newsmodel.loads_all(b"R:x", source="a.faker")]


class TestLoad:
    """load() reads paths and binary files."""

    def test_str_path(self, tmp_path: Path) -> None:
        """A path given as str is read, and its extension gives the format."""
        path = tmp_path / "story.json"
        path.write_text(STORY_JSON, encoding="utf-8")
        assert STORY == newsmodel.load(str(path))

    def test_pathlib_path(self, tmp_path: Path) -> None:
        """A pathlib.Path is read."""
        path = tmp_path / "story.json"
        path.write_text(STORY_JSON, encoding="utf-8")
        assert STORY == newsmodel.load(path)

    def test_binary_file(self, tmp_path: Path) -> None:
        """A file opened 'rb' is read; its name gives the source in errors."""
        path = tmp_path / "broken.json"
        path.write_bytes(b'{"newsmodel": 1, "headline": 5}')
        with path.open("rb") as stream, pytest.raises(ValidationError) as info:
            newsmodel.load(stream)
        assert [str(path)] == [p.location.source for p in info.value.problems]

    def test_bytes_io(self) -> None:
        """An in-memory binary stream without a name is sniffed."""
        assert STORY == newsmodel.load(io.BytesIO(STORY_JSON.encode("utf-8")))

    def test_file_from_descriptor(self, tmp_path: Path) -> None:
        """A file whose name is a descriptor number has no source; the bytes are sniffed."""
        path = tmp_path / "story.bin"
        path.write_text(STORY_JSON, encoding="utf-8")
        descriptor = os.open(path, os.O_RDONLY)
        with open(descriptor, "rb") as stream:
            assert STORY == newsmodel.load(stream)

    def test_text_file(self, tmp_path: Path) -> None:
        """A text-mode file is a TypeError saying to open it 'rb'; nothing is read from it."""
        path = tmp_path / "story.json"
        path.write_text(STORY_JSON, encoding="utf-8")
        with path.open(encoding="utf-8") as stream:
            with pytest.raises(TypeError, match=r"binary mode \('rb'\)"):
                newsmodel.load(stream)  # type: ignore[arg-type]
            assert 0 == stream.tell()

    def test_string_io(self) -> None:
        """An io.StringIO is refused the same way."""
        with pytest.raises(TypeError, match="load"):
            newsmodel.load(io.StringIO(STORY_JSON))  # type: ignore[arg-type]

    def test_reader_returning_str(self) -> None:
        """A file-like object whose read() returns str is refused after reading."""

        class Reader:
            def read(self) -> str:
                return STORY_JSON

        with pytest.raises(TypeError, match="binary mode"):
            newsmodel.load(Reader())  # type: ignore[arg-type]

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing file is the OSError that open() raises."""
        with pytest.raises(FileNotFoundError):
            newsmodel.load(tmp_path / "absent.json")

    def test_format_argument(self, tmp_path: Path) -> None:
        """format= beats the extension."""
        path = tmp_path / "story.txt"
        path.write_text(STORY_JSON, encoding="utf-8")
        assert STORY == newsmodel.load(path, format="json")

    def test_extension(self, tmp_path: Path, registry: dict[str, Format]) -> None:
        """The extension decides even when the content would sniff as JSON."""
        path = tmp_path / "story.faker"
        path.write_text("R:" + "Ferry", encoding="utf-8")
        assert Article(headline="Ferry", source=str(path)) == newsmodel.load(path)
        path.write_text(STORY_JSON, encoding="utf-8")
        with pytest.raises(ParseError, match="starts with R:"):
            newsmodel.load(path)

    def test_sniffed(self, tmp_path: Path, registry: dict[str, Format]) -> None:
        """Without a known extension, the bytes decide."""
        path = tmp_path / "story.unknown-extension"
        path.write_text(STORY_JSON, encoding="utf-8")
        assert STORY == newsmodel.load(path)

    def test_nothing_tells(self, tmp_path: Path, registry: dict[str, Format]) -> None:
        """No format, no known extension, no sniffer: a FormatError naming the file."""
        path = tmp_path / "notes.unknown-extension"
        path.write_bytes(b"\x00 plain notes")
        with pytest.raises(FormatError, match=r"notes\.unknown-extension"):
            newsmodel.load(path)

    def test_options(self, tmp_path: Path, registry: dict[str, Format]) -> None:
        """encoding and reference_date reach the reader."""
        path = tmp_path / "a.faker"
        path.write_bytes(b"R:x")
        day = datetime.date(2023, 1, 2)
        article = newsmodel.load(path, encoding="cp1252", reference_date=day)
        assert ("cp1252", "2023-01-02") == (article.language, article.id)


class TestLoadAll:
    """load_all() yields every article of a file."""

    def test_path(self, tmp_path: Path) -> None:
        """A JSON Lines file gives its articles in order."""
        path = tmp_path / "feed.jsonl"
        path.write_text(_jsonl(STORY, SECOND), encoding="utf-8")
        assert [STORY, SECOND] == list(newsmodel.load_all(path))

    def test_binary_file(self, tmp_path: Path) -> None:
        """A binary file gives its articles; errors carry its name and line."""
        path = tmp_path / "feed.jsonl"
        path.write_text(_jsonl(STORY) + "{\n", encoding="utf-8")
        with path.open("rb") as stream:
            articles = newsmodel.load_all(stream)
        assert STORY == next(articles)
        with pytest.raises(ParseError) as info:
            next(articles)
        assert (str(path), 2) == (info.value.location.source, info.value.location.line)

    def test_text_file(self) -> None:
        """A text stream is a TypeError at the call."""
        with pytest.raises(TypeError, match="binary mode"):
            newsmodel.load_all(io.StringIO(_jsonl(STORY)))  # type: ignore[arg-type]

    def test_single_article_file(self, tmp_path: Path) -> None:
        """A JSON file gives its one article."""
        path = tmp_path / "story.json"
        path.write_text(STORY_JSON, encoding="utf-8")
        assert [STORY] == list(newsmodel.load_all(str(path), format="json"))


class TestDumps:
    """dumps() writes an article as text."""

    def test_json(self) -> None:
        """The JSON writer's output comes back, and reads back equal."""
        text = newsmodel.dumps(STORY, format="json")
        assert text.startswith('{\n  "newsmodel": 1,')
        assert STORY == newsmodel.loads(text, format="json")

    def test_unknown_format(self) -> None:
        """An unknown format is a FormatError."""
        with pytest.raises(FormatError, match="unknown format 'nope'"):
            newsmodel.dumps(STORY, format="nope")  # type: ignore[arg-type]

    def test_read_only_format(self, registry: dict[str, Format]) -> None:
        """Writing a read-only format is a FormatError."""
        with pytest.raises(FormatError, match="cannot write fake-read"):
            newsmodel.dumps(STORY, format="fake-read")  # type: ignore[arg-type]

    def test_default_options(self, registry: dict[str, Format]) -> None:
        """Without options=, the writer gets the default WriteOptions."""
        assert "W:Ferry service resumes:3.1:xhtml\n" == newsmodel.dumps(
            STORY,
            format="fake-write",  # type: ignore[arg-type]
        )

    def test_options_reach_the_writer(self, registry: dict[str, Format]) -> None:
        """options= reaches the writer."""
        options = WriteOptions(ninjs_version="2.0", newsml_body="nitf")
        assert "W:Ferry service resumes:2.0:nitf\n" == newsmodel.dumps(
            STORY,
            format="fake-write",
            options=options,  # type: ignore[arg-type]
        )

    def test_loss_warning(self, registry: dict[str, Format]) -> None:
        """A field the format cannot carry gives a LossWarning at the caller's line."""
        article = Article(headline="Ferry", dateline=Dateline(text="KELMORE"))
        with pytest.warns(LossWarning) as record:
            text = newsmodel.dumps(article, format="fake-write")  # type: ignore[arg-type]
        assert "W:Ferry:3.1:xhtml\n" == text
        assert 1 == len(record)
        warning = record[0].message
        assert isinstance(warning, LossWarning)
        assert ("fake-write", ("/dateline",)) == (warning.format, warning.fields)
        assert __file__ == record[0].filename

    def test_losses_see_the_options(self, registry: dict[str, Format]) -> None:
        """The loss report is computed with the options the writer gets."""
        article = Article(headline="Ferry", keywords=("storm",))
        assert "W:Ferry:3.1:xhtml\n" == newsmodel.dumps(article, format="fake-write")  # type: ignore[arg-type]
        with pytest.warns(LossWarning, match="/keywords"):
            newsmodel.dumps(
                article,
                format="fake-write",  # type: ignore[arg-type]
                options=WriteOptions(newsml_body="nitf"),
            )

    def test_strict(self, registry: dict[str, Format]) -> None:
        """strict=True refuses a lossy write with a SerializeError naming every lost field."""
        article = Article(headline="Ferry", dateline=Dateline(text="K"), keywords=("storm",))
        with pytest.raises(SerializeError) as info:
            newsmodel.dumps(
                article,
                format="fake-write",  # type: ignore[arg-type]
                strict=True,
                options=WriteOptions(newsml_body="nitf"),
            )
        assert "/dateline" == info.value.pointer
        assert "fake-write cannot carry /dateline, /keywords" in str(info.value)

    def test_strict_lossless(self, registry: dict[str, Format]) -> None:
        """strict=True writes an article the format carries whole, without a warning."""
        assert "W:Ferry service resumes:3.1:xhtml\n" == newsmodel.dumps(
            STORY,
            format="fake-write",
            strict=True,  # type: ignore[arg-type]
        )


def _files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


class TestDump:
    """dump() writes UTF-8 to paths (atomically) and binary files."""

    def test_str_path(self, tmp_path: Path) -> None:
        """A str path gets the document as UTF-8; the extension gives the format."""
        article = Article(headline="Überfahrt nach Kelmore: die Fähre fährt wieder")
        path = tmp_path / "story.json"
        newsmodel.dump(article, str(path))
        assert newsmodel.dumps(article, format="json").encode("utf-8") == path.read_bytes()
        assert ["story.json"] == _files(tmp_path)

    def test_pathlib_path(self, tmp_path: Path) -> None:
        """A pathlib.Path is written."""
        path = tmp_path / "story.jsonl"
        newsmodel.dump(STORY, path)
        assert _jsonl(STORY).encode("utf-8") == path.read_bytes()

    def test_replaces(self, tmp_path: Path) -> None:
        """An existing file is replaced whole, even when it was longer."""
        path = tmp_path / "story.json"
        path.write_text("x" * 10_000, encoding="utf-8")
        newsmodel.dump(STORY, path)
        assert STORY_JSON == path.read_text(encoding="utf-8")
        assert ["story.json"] == _files(tmp_path)

    def test_binary_file(self) -> None:
        """A binary stream gets the bytes; format= is needed without a name."""
        stream = io.BytesIO()
        newsmodel.dump(STORY, stream, format="json")
        assert STORY_JSON.encode("utf-8") == stream.getvalue()

    def test_binary_file_needs_a_format(self) -> None:
        """A stream without a name and no format= is a FormatError."""
        with pytest.raises(FormatError, match="without a name"):
            newsmodel.dump(STORY, io.BytesIO())

    def test_named_binary_file(self, tmp_path: Path) -> None:
        """A file opened 'wb' gives the format by its name's extension."""
        path = tmp_path / "feed.jsonl"
        with path.open("wb") as stream:
            newsmodel.dump(STORY, stream)
            newsmodel.dump(SECOND, stream)
        assert [STORY, SECOND] == list(newsmodel.load_all(path))

    @pytest.mark.parametrize("opener", ["text-file", "string-io"])
    def test_text_file(self, tmp_path: Path, opener: str) -> None:
        """A text-mode file is a TypeError saying to open it 'wb'; nothing is written."""
        path = tmp_path / "story.json"
        with path.open("w", encoding="utf-8") if opener == "text-file" else io.StringIO() as stream:
            with pytest.raises(TypeError, match=r"binary mode \('wb'\)"):
                newsmodel.dump(STORY, stream, format="json")  # type: ignore[arg-type]
            assert 0 == stream.tell()

    def test_text_file_checked_before_writing(self, registry: dict[str, Format]) -> None:
        """The text-mode check comes first: no loss warning for a write that cannot happen."""
        article = Article(headline="Ferry", dateline=Dateline(text="K"))
        with pytest.raises(TypeError):
            newsmodel.dump(article, io.StringIO(), format="fake-write")  # type: ignore[arg-type]

    def test_unknown_extension(self, tmp_path: Path) -> None:
        """A name no format claims is a FormatError naming it; no file is created."""
        with pytest.raises(FormatError, match=r"story\.unknown-extension"):
            newsmodel.dump(STORY, tmp_path / "story.unknown-extension")
        assert [] == _files(tmp_path)

    def test_read_only_extension(self, tmp_path: Path, registry: dict[str, Format]) -> None:
        """A name whose format cannot be written is a FormatError saying so."""
        with pytest.raises(FormatError, match="cannot write fake-read"):
            newsmodel.dump(STORY, tmp_path / "story.faker")
        assert [] == _files(tmp_path)

    def test_format_argument(self, tmp_path: Path) -> None:
        """format= beats the extension."""
        path = tmp_path / "story.txt"
        newsmodel.dump(STORY, path, format="jsonl")
        assert _jsonl(STORY) == path.read_text(encoding="utf-8")

    def test_options_and_strict(self, tmp_path: Path, registry: dict[str, Format]) -> None:
        """options= and strict= work as for dumps(); a refused write creates no file."""
        path = tmp_path / "story.fakew"
        newsmodel.dump(STORY, path, options=WriteOptions(ninjs_version="1.0"))
        assert "W:Ferry service resumes:1.0:xhtml\n" == path.read_text(encoding="utf-8")
        with pytest.raises(SerializeError):
            newsmodel.dump(Article(headline="x", dateline=Dateline(text="K")), path, strict=True)
        assert "W:Ferry service resumes:1.0:xhtml\n" == path.read_text(encoding="utf-8")
        assert ["story.fakew"] == _files(tmp_path)

    def test_loss_warning_points_at_the_caller(
        self, tmp_path: Path, registry: dict[str, Format]
    ) -> None:
        """dump()'s LossWarning names the line that called dump()."""
        with pytest.warns(LossWarning) as record:
            newsmodel.dump(
                Article(headline="x", dateline=Dateline(text="K")), tmp_path / "story.fakew"
            )
        assert __file__ == record[0].filename

    def test_failed_replace(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A write that fails leaves the target untouched and no temporary file behind."""
        path = tmp_path / "story.json"
        path.write_text("old content", encoding="utf-8")

        def fail(*args: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "replace", fail)
        with pytest.raises(OSError, match="No space left"):
            newsmodel.dump(STORY, path)
        assert "old content" == path.read_text(encoding="utf-8")
        assert ["story.json"] == _files(tmp_path)

    def test_interrupted_write(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """An interrupt while writing (not only an error) also removes the temporary file."""
        real_fdopen = os.fdopen

        class Interrupted(io.RawIOBase):
            def __init__(self, descriptor: int) -> None:
                self.inner = real_fdopen(descriptor, "wb")

            def writable(self) -> bool:
                return True

            def write(self, data: Any) -> int:
                self.inner.write(bytes(data)[:5])
                raise KeyboardInterrupt

            def close(self) -> None:
                self.inner.close()
                super().close()

        monkeypatch.setattr(os, "fdopen", lambda descriptor, mode: Interrupted(descriptor))
        with pytest.raises(KeyboardInterrupt):
            newsmodel.dump(STORY, tmp_path / "story.json")
        assert [] == _files(tmp_path)

    def test_missing_folder(self, tmp_path: Path) -> None:
        """A path in a missing folder is an OSError, and nothing is created."""
        with pytest.raises(FileNotFoundError):
            newsmodel.dump(STORY, tmp_path / "absent" / "story.json")
        assert [] == _files(tmp_path)

    def test_folder_as_target(self, tmp_path: Path) -> None:
        """A folder named like a document cannot be replaced: OSError, no temporary file left."""
        (tmp_path / "story.json").mkdir()
        with pytest.raises(IsADirectoryError):
            newsmodel.dump(STORY, tmp_path / "story.json")
        assert ["story.json"] == _files(tmp_path)
        assert (tmp_path / "story.json").is_dir()

    @pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
    def test_new_file_permissions(self, tmp_path: Path) -> None:
        """A new file gets the permissions open() would give it (the umask's), not 0600."""
        previous = os.umask(0o022)
        try:
            newsmodel.dump(STORY, tmp_path / "story.json")
            with (tmp_path / "plain.json").open("wb"):
                pass
        finally:
            os.umask(previous)
        assert stat.S_IMODE((tmp_path / "plain.json").stat().st_mode) == 0o644
        assert 0o644 == stat.S_IMODE((tmp_path / "story.json").stat().st_mode)

    @pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
    def test_replaced_file_keeps_permissions(self, tmp_path: Path) -> None:
        """Replacing a file keeps its permissions."""
        path = tmp_path / "story.json"
        path.write_text("old", encoding="utf-8")
        path.chmod(0o640)
        newsmodel.dump(STORY, path)
        assert 0o640 == stat.S_IMODE(path.stat().st_mode)
        assert STORY_JSON == path.read_text(encoding="utf-8")

    @pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
    def test_symlink_not_followed(self, tmp_path: Path) -> None:
        """Writing to a symbolic link replaces the link itself: the file it points to is
        untouched (issue 14)."""
        target = tmp_path / "real.json"
        target.write_text("old", encoding="utf-8")
        link = tmp_path / "link.json"
        link.symlink_to(target)
        newsmodel.dump(STORY, link)
        assert not link.is_symlink()
        assert STORY_JSON == link.read_text(encoding="utf-8")
        assert "old" == target.read_text(encoding="utf-8")
        assert ["link.json", "real.json"] == _files(tmp_path)


class TestXmlDeclaration:
    """dumps() returns XML without a declaration; dump() writes the bytes with one."""

    def test_dumps_has_none(self, registry: dict[str, Format]) -> None:
        """The str from dumps() has no declaration (it has no encoding to declare)."""
        assert "<story>Ferry</story>\n" == newsmodel.dumps(
            Article(headline="Ferry"),
            format="fake-xml",  # type: ignore[arg-type]
        )

    def test_dump_to_path(self, tmp_path: Path, registry: dict[str, Format]) -> None:
        """A +xml media type gets the UTF-8 declaration in the file."""
        path = tmp_path / "story.fakexml"
        newsmodel.dump(Article(headline="Fähre"), path)
        assert DECLARATION + "<story>Fähre</story>\n".encode() == path.read_bytes()

    def test_dump_to_stream(self, registry: dict[str, Format]) -> None:
        """A binary stream gets the declaration too."""
        stream = io.BytesIO()
        newsmodel.dump(Article(headline="Ferry"), stream, format="fake-xml")  # type: ignore[arg-type]
        assert DECLARATION + b"<story>Ferry</story>\n" == stream.getvalue()

    def test_not_doubled(self, registry: dict[str, Format]) -> None:
        """A writer that declares its document itself is left alone."""
        stream = io.BytesIO()
        newsmodel.dump(
            Article(headline="Ferry"),
            stream,
            format="fake-declared-xml",  # type: ignore[arg-type]
        )
        assert b'<?xml version="1.0"?>\n<story>Ferry</story>\n' == stream.getvalue()

    def test_not_for_other_formats(self) -> None:
        """JSON is written as it is."""
        stream = io.BytesIO()
        newsmodel.dump(STORY, stream, format="json")
        assert STORY_JSON.encode("utf-8") == stream.getvalue()


class TestWriteAtomic:
    """write_atomic() is the helper dump() and the CLI write files with."""

    def test_writes_bytes(self, tmp_path: Path) -> None:
        """The bytes land in the file, and nothing else is left in the folder."""
        api.write_atomic(str(tmp_path / "out.bin"), b"\x00\xffdata")
        assert b"\x00\xffdata" == (tmp_path / "out.bin").read_bytes()
        assert ["out.bin"] == _files(tmp_path)


_SWEDISH_TEXT = "Hamnen växer\n\n\u2013 Vi är redo, säger Anna Berg.\n"
_NINJS_PLAIN = (
    '{"uri": "urn:example:1", "headline": "Ports grow", '
    '"body_text": "OSLO (NTB) - \\u201cWe are ready,\\u201d Anna Berg said."}'
)


class TestReadingOptions:
    """``language`` and ``heuristics`` reach the readers from every reading function."""

    def test_loads_language(self) -> None:
        """loads passes the language: the article takes it and its quote conventions."""
        article = newsmodel.loads(_SWEDISH_TEXT, format="text", language="sv")
        assert ("sv", ["Vi är redo"]) == (article.language, [q.text for q in article.quotes])

    def test_parse_and_load(self, tmp_path: Path) -> None:
        """parse and load pass it too."""
        path = tmp_path / "story.txt"
        path.write_text(_SWEDISH_TEXT, encoding="utf-8")
        parsed = newsmodel.parse(_SWEDISH_TEXT, format="text", language="sv")
        loaded = newsmodel.load(path, language="sv")
        assert ("sv", "sv") == (parsed.article.language, loaded.language)

    def test_all_readers(self, tmp_path: Path) -> None:
        """loads_all and load_all pass both options to every record."""
        path = tmp_path / "story.txt"
        path.write_text(_SWEDISH_TEXT, encoding="utf-8")
        (from_text,) = newsmodel.loads_all(_SWEDISH_TEXT, format="text", language="sv")
        (from_file,) = newsmodel.load_all(path, language="sv")
        assert ("sv", "sv") == (from_text.language, from_file.language)

    def test_heuristics(self) -> None:
        """heuristics=False keeps the markup's quotes and dateline only."""
        found = newsmodel.loads(_NINJS_PLAIN, format="ninjs")
        kept = newsmodel.loads(_NINJS_PLAIN, format="ninjs", heuristics=False)
        assert (1, 0) == (len(found.quotes), len(kept.quotes))
        assert found.dateline is not None
        assert kept.dateline is None

    def test_bad_language(self) -> None:
        """A language that is not a tag is a ValidationError at /language, before reading."""
        with pytest.raises(ValidationError) as raised:
            newsmodel.loads(_SWEDISH_TEXT, format="text", language="Swedish please")
        assert "/language" == raised.value.problems[0].location.pointer
