"""Tests of ``newsmodel convert`` in batch (issue 6): folders with mirrored names, JSON Lines in
and out, --jobs, --timeout, the progress line, the summary, and a broken file among 1,000.

Inputs are small articles written at test time. Slow and crashing readers are registered in the
registry for a test; worker processes are forked on Linux, so they see them.
"""

import io
import os
import sys
import time
from pathlib import Path

import attrs
import pytest

import newsmodel
from newsmodel import formats
from newsmodel.batch.plan import CHUNK_BYTES
from newsmodel.cli import main
from newsmodel.cli.report import Diagnostics
from newsmodel.formats import Format, Parsed, ReadOptions

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="the tests that register formats need forked workers (Linux)",
)


def _article(number: int) -> newsmodel.Article:
    return newsmodel.Article(
        headline=f"Story {number}",
        language="en",
        sections=(newsmodel.Section(blocks=(newsmodel.Paragraph(text=f"Body {number}."),)),),
    )


def _jsonl(path: Path, count: int, broken: set[int] = frozenset()) -> Path:  # type: ignore[assignment]
    """Write ``count`` articles as JSON Lines; lines in ``broken`` (1-based) are not JSON."""
    with path.open("w", encoding="utf-8") as out:
        for number in range(1, count + 1):
            if number in broken:
                out.write('{"newsmodel": 1, "headline": \n')
            else:
                out.write(newsmodel.dumps(_article(number), format="jsonl"))
    return path


def _folder(root: Path, count: int) -> Path:
    """Write ``count`` JSON articles into ``root``, spread over two subfolders."""
    for number in range(count):
        sub = root / ("a" if number % 2 else "b")
        sub.mkdir(parents=True, exist_ok=True)
        newsmodel.dump(_article(number), sub / f"story-{number:04d}.json")
    return root


def _files(root: Path) -> list[str]:
    """Every file under ``root``, hidden ones too, relative, sorted."""
    return sorted(
        str(Path(folder, name).relative_to(root))
        for folder, _subfolders, names in os.walk(root)
        for name in names
    )


def _slow_read(data: bytes, options: ReadOptions) -> Parsed:
    """A reader of one headline per document that hangs on ``hang`` and dies on ``die``."""
    text = data.decode().strip()
    if text == "hang":
        time.sleep(60)
    if text == "die":
        os._exit(9)
    return Parsed(article=newsmodel.Article(headline=text))


@pytest.fixture
def slow_formats(monkeypatch: pytest.MonkeyPatch) -> None:
    """Register ``slow`` (``.slow`` files) and make ``jsonl`` hang on a line ``"hang"``."""
    monkeypatch.setitem(
        formats.FORMATS,
        "slow",
        Format(name="slow", description="slow", extensions=(".slow",), read=_slow_read),
    )
    jsonl = formats.get("jsonl")
    assert jsonl.read_all is not None
    read_all = jsonl.read_all

    def hanging(data: bytes, options: ReadOptions):  # type: ignore[no-untyped-def]
        if data.strip() == b'"hang"':
            time.sleep(60)
        return read_all(data, options)

    monkeypatch.setitem(formats.FORMATS, "jsonl", attrs.evolve(jsonl, read_all=hanging))


class TestFolders:
    """Folders in, folders out."""

    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_folder_to_folder_mirrors_names(self, jobs: str, tmp_path: Path) -> None:
        """The files of an input folder keep their relative paths, with the new extension."""
        source = _folder(tmp_path / "in", 6)
        out = tmp_path / "out"
        assert 0 == main(["convert", str(source), "--to", "jsonl", "-o", f"{out}/", "-j", jobs])
        expected = [name.replace(".json", ".jsonl") for name in _files(source)]
        assert expected == _files(out)
        story = newsmodel.load(source / "a" / "story-0001.json")
        assert story == newsmodel.load(out / "a" / "story-0001.jsonl")

    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_folder_to_one_jsonl_in_order(self, jobs: str, tmp_path: Path) -> None:
        """A folder goes to one JSON Lines file, in the order of the files' paths."""
        source = _folder(tmp_path / "in", 8)
        out = tmp_path / "all.jsonl"
        assert 0 == main(["convert", str(source), "-o", str(out), "-j", jobs])
        expected = [
            newsmodel.load(source / name) for name in _files(source)
        ]  # a/ before b/, names sorted
        assert expected == list(newsmodel.load_all(out, format="jsonl"))

    def test_include_exclude(self, tmp_path: Path) -> None:
        """--include and --exclude choose the files of an input folder."""
        source = _folder(tmp_path / "in", 6)
        out = tmp_path / "out"
        argv = ["convert", str(source), "--to", "json", "-o", str(out), "--force"]
        assert 0 == main([*argv, "--include", "a/*", "--exclude", "*0003*"])
        assert ["a/story-0001.json", "a/story-0005.json"] == _files(out)

    def test_jsonl_to_folder_by_line(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Each line of a big JSON Lines file (cut into several tasks) becomes a file named by
        its line; with two jobs the files are the same."""
        count = CHUNK_BYTES // 150 * 3  # more than one range of lines
        source = _jsonl(tmp_path / "big.jsonl", count)
        assert source.stat().st_size > 2 * CHUNK_BYTES
        for jobs in ("1", "2"):
            out = tmp_path / f"out{jobs}"
            assert 0 == main(["convert", str(source), "--to", "json", "-o", f"{out}/", "-j", jobs])
            assert sorted(f"big-{n}.json" for n in range(1, count + 1)) == _files(out)
            assert _article(count) == newsmodel.load(out / f"big-{count}.json")
        assert (tmp_path / "out1" / "big-7.json").read_bytes() == (
            tmp_path / "out2" / "big-7.json"
        ).read_bytes()
        assert "1 of 1 input converted" in capsys.readouterr().err

    def test_jsonl_stream_same_with_two_jobs(self, tmp_path: Path) -> None:
        """JSON Lines to JSON Lines with two jobs gives the same bytes as with one."""
        source = _jsonl(tmp_path / "big.jsonl", CHUNK_BYTES // 100)
        one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
        assert 0 == main(["convert", str(source), "-o", str(one)])
        assert 0 == main(["convert", str(source), "-o", str(two), "--jobs", "2"])
        assert source.read_bytes() == one.read_bytes() == two.read_bytes()

    def test_never_overwrites_in_a_folder(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A second run into the same folder keeps every file without --force (exit 2), and
        replaces them with it."""
        source = _folder(tmp_path / "in", 4)
        out = tmp_path / "out"
        argv = ["convert", str(source), "--to", "jsonl", "-o", f"{out}/", "-j", "2"]
        assert 0 == main(argv)
        (out / "a" / "story-0001.jsonl").write_text("keep me")
        assert 2 == main(argv)
        err = capsys.readouterr().err
        assert f"{out / 'a' / 'story-0001.jsonl'} exists; pass --force" in err
        assert "keep me" == (out / "a" / "story-0001.jsonl").read_text()
        assert 0 == main([*argv, "--force"])
        assert "keep me" != (out / "a" / "story-0001.jsonl").read_text()
        assert [n for n in _files(out) if n.startswith(".")] == []


class TestFailures:
    """Bad inputs, the summary, and exit codes."""

    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_one_broken_among_a_thousand(
        self, jobs: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Issue 6: a broken file among 1,000: 999 converted, 1 reported, exit 1, and no
        partial output (no file for it, no temporary file)."""
        source = _folder(tmp_path / "in", 999)
        broken = source / "b" / "story-0500x.json"
        broken.write_text('{"newsmodel": 1, "headline": "Cut off", "sections": [')
        out = tmp_path / "out"
        assert 1 == main(["convert", str(source), "--to", "json", "-o", str(out), "-j", jobs])
        written = _files(out)
        assert 999 == len(written)
        assert "b/story-0500x.json" not in written
        assert all(not Path(name).name.startswith(".") for name in written)
        err = capsys.readouterr().err.splitlines()
        assert [f"{broken}:1:54: error invalid-json: invalid JSON: Expecting value"] == [
            line for line in err if "error" in line and not line.startswith("  ")
        ]
        assert "999 of 1000 inputs converted, 999 articles written; 1 failed" == err[-1]
        assert ["failed:", f"  {broken}: invalid-json: invalid JSON: Expecting value"] == err[-3:-1]

    def test_bad_lines_with_two_jobs(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Bad lines of a JSON Lines input are reported by line number with two jobs too."""
        source = _jsonl(tmp_path / "b.jsonl", 50, broken={7, 42})
        out = tmp_path / "out.jsonl"
        assert 1 == main(["convert", str(source), "-o", str(out), "-j", "2"])
        err = capsys.readouterr().err
        assert f"{source}:7:30: error invalid-json" in err
        assert f"{source}:42:30: error invalid-json" in err
        assert "0 of 1 input converted, 48 articles written; 1 failed" in err
        assert 48 == len(out.read_text().splitlines())

    def test_a_dying_worker_fails_its_documents_only(
        self, slow_formats: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A worker that dies fails what it was converting; the rest is converted by a new
        worker; exit 1."""
        for name, text in (("a", "Alpha"), ("b", "die"), ("c", "Gamma")):
            (tmp_path / f"{name}.slow").write_text(text)
        inputs = [str(tmp_path / f"{name}.slow") for name in "abc"]
        assert 1 == main(["convert", *inputs, "--to", "jsonl", "-j", "2", "--timeout", "30"])
        captured = capsys.readouterr()
        assert ["Alpha", "Gamma"] == [
            newsmodel.loads(line, format="jsonl").headline for line in captured.out.splitlines()
        ]
        assert f"{inputs[1]}: error: the worker process died while converting it" in captured.err


class TestTimeout:
    """--timeout."""

    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_a_hanging_file_is_stopped(
        self, jobs: str, slow_formats: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A document that takes longer than --timeout fails, the others are converted, exit 1
        (with --jobs 1 too: the conversion then runs in one worker process)."""
        for name, text in (("a", "Alpha"), ("b", "hang"), ("c", "Gamma")):
            (tmp_path / f"{name}.slow").write_text(text)
        out = tmp_path / "out"
        argv = ["convert", str(tmp_path), "--to", "json", "-o", str(out), "--timeout", "0.5"]
        assert 1 == main([*argv, "-j", jobs])
        assert ["a.json", "c.json"] == _files(out)
        err = capsys.readouterr().err
        expected = f"{tmp_path / 'b.slow'}: error: stopped: took longer than the timeout of 0.5 s"
        assert expected in err
        assert "2 of 3 inputs converted, 2 articles written; 1 failed" in err

    def test_a_hanging_line_is_stopped_and_the_rest_converted(
        self, slow_formats: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A JSON Lines line that hangs fails with its line number; the lines after it are
        converted by the new worker."""
        good = [newsmodel.dumps(_article(n), format="jsonl") for n in range(4)]
        source = tmp_path / "in.jsonl"
        source.write_text(good[0] + good[1] + "\n" + '"hang"\n' + good[2] + good[3])
        out = tmp_path / "out.jsonl"
        assert 1 == main(["convert", str(source), "-o", str(out), "--timeout", "0.5"])
        assert [_article(n) for n in range(4)] == list(newsmodel.load_all(out, format="jsonl"))
        err = capsys.readouterr().err
        assert f"{source}:4: error: stopped: took longer than the timeout" in err

    def test_bad_timeout_is_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--timeout must be a positive number: exit 2."""
        assert 2 == main(["convert", "x.json", "--to", "json", "--timeout", "0"])
        assert "must be more than 0" in capsys.readouterr().err


class TestProgress:
    """The progress line."""

    def test_none_when_piped(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """By default there is no progress line when stderr is not a terminal."""
        source = _folder(tmp_path / "in", 3)
        assert 0 == main(["convert", str(source), "--to", "jsonl", "-o", str(tmp_path / "o")])
        assert "\r" not in capsys.readouterr().err

    def test_shown_on_a_terminal_and_erased(self) -> None:
        """On a terminal the line is redrawn with a carriage return and erased before other
        messages, so that they start at the line's beginning."""

        class Terminal(io.StringIO):
            def isatty(self) -> bool:
                return True

        stream = Terminal()
        report = Diagnostics(stream)
        report.progress("3 converted, 0 failed")
        report.note("done")
        report.progress("4 converted, 0 failed")  # within 0.1 s: skipped
        assert "\r3 converted, 0 failed\x1b[K\r\x1b[Kdone\n" == stream.getvalue()

    def test_forced_on(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """--progress shows it even when stderr is not a terminal, and erases it at the end."""
        stream = io.StringIO()
        monkeypatch.setattr(sys, "stderr", stream)
        source = _folder(tmp_path / "in", 3)
        argv = ["convert", str(source), "--to", "jsonl", "-o", str(tmp_path / "o")]
        assert 0 == main([*argv, "--progress"])
        text = stream.getvalue()
        assert text.startswith("\r1 input done, 0 failed; 1 article written\x1b[K")
        assert text.endswith("\r\x1b[K3 of 3 inputs converted, 3 articles written\n")
