"""The file-system promises of docs/security.md (issue 14): bounded reads, regular files only,
symbolic links, outputs that never replace or escape, and no temporary file after Ctrl-C.

Every fixture is made in ``tmp_path``: small articles, sparse files larger than the limit (no
disk is spent on them), FIFOs, sockets and symbolic links. A case that could hang if a promise
broke (a FIFO) runs in a subprocess with a time limit.
"""

import io
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import attrs
import pytest

import newsmodel
from newsmodel import api, formats, limits
from newsmodel.cli import main
from newsmodel.formats import WriteOptions

pytestmark = pytest.mark.skipif(
    os.name != "posix", reason="FIFOs, /dev/zero and symbolic links are POSIX features"
)

ROOT = Path(__file__).resolve().parent.parent.parent
TEMPORARY = ".newsmodel-"
"""What the name of every temporary file newsmodel makes holds."""


def _story(path: Path, number: int = 1) -> Path:
    """Write a small valid article as newsmodel JSON at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    article = newsmodel.Article(
        headline=f"Story {number}",
        language="en",
        sections=(newsmodel.Section(blocks=(newsmodel.Paragraph(text=f"Body {number}."),)),),
    )
    newsmodel.dump(article, path)
    return path


def _sparse(path: Path, size: int, prefix: bytes = b"") -> Path:
    """Make ``path`` ``size`` bytes long without writing them (a sparse file)."""
    with path.open("wb") as out:
        out.write(prefix)
        out.truncate(size)
    return path


def _everything(root: Path) -> list[str]:
    """Every name under ``root``, hidden ones and links too, relative, sorted."""
    return sorted(
        str(Path(folder, name).relative_to(root))
        for folder, subfolders, names in os.walk(root)
        for name in (*subfolders, *names)
    )


def _newsmodel(*args: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    """Run ``python -m newsmodel`` with this checkout's code; fail the test if it hangs."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "newsmodel", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


class TestBoundedReads:
    """At most max_bytes + 1 bytes of an input are read; more is a too-large problem."""

    def test_load_of_dev_zero(self) -> None:
        """load() of an endless device gives LimitError, not MemoryError."""
        with pytest.raises(limits.LimitError) as caught:
            newsmodel.load("/dev/zero", format="json", max_bytes=1000)
        assert "too-large" == caught.value.code

    def test_load_of_an_endless_file_object(self) -> None:
        """A binary file object is read within the limit too."""
        with open("/dev/zero", "rb") as handle, pytest.raises(limits.LimitError):
            newsmodel.load(handle, format="json", max_bytes=1000)

    def test_read_source_reads_at_most_the_limit_plus_one(self) -> None:
        """read_source asks for max_bytes + 1 bytes, no more."""

        asked: list[int] = []

        class Counting(io.BytesIO):
            def read(self, size: int | None = -1) -> bytes:
                asked.append(-1 if size is None else size)
                return super().read(size)

        with pytest.raises(limits.LimitError):
            api.read_source(Counting(b"x" * 5000), 100)
        assert [101] == asked

    def test_load_refuses_a_huge_file_from_its_size(self, tmp_path: Path) -> None:
        """A regular file over the limit is refused before it is read."""
        huge = _sparse(tmp_path / "huge.json", 10_000_000)
        with pytest.raises(limits.LimitError, match="10000000 bytes"):
            newsmodel.load(huge, max_bytes=1_000_000)

    def test_convert_huge_file_fails_alone(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A file over max_bytes fails with too-large; the next input is still converted."""
        _story(tmp_path / "in" / "b.json")
        huge = _sparse(tmp_path / "in" / "a-huge.json", limits.MAX_BYTES + 1, b"{")
        out = tmp_path / "out"
        assert 1 == main(["convert", str(tmp_path / "in"), "--to", "json", "-o", f"{out}/"])
        err = capsys.readouterr().err
        assert f"{huge}: error too-large:" in err
        assert ["b.json"] == _everything(out)

    def test_validate_huge_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """validate reports a file over max_bytes as too-large and checks the others."""
        huge = _sparse(tmp_path / "a.json", limits.MAX_BYTES + 1, b"{")
        _story(tmp_path / "b.json")
        assert 1 == main(["validate", str(tmp_path)])
        out = capsys.readouterr().out
        assert f"{huge}: error too-large:" in out
        assert "b.json" not in out

    def test_stdin_from_dev_zero(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Standard input that never ends is read up to the limit and refused as too-large."""
        with open("/dev/zero", "rb") as zero:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(zero))
            assert 1 == main(["convert", "-", "--from", "json", "--to", "json"])
        assert "<stdin>: error too-large:" in capsys.readouterr().err

    def test_validate_stdin_from_dev_zero(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """validate reads standard input within the limit too."""
        with open("/dev/zero", "rb") as zero:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(zero))
            assert 1 == main(["validate", "-", "--from", "json"])
        assert "<stdin>: error too-large:" in capsys.readouterr().out

    def test_a_line_over_the_limit(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """In JSON Lines the limit is per line: an overlong line is too-large, the lines
        around it are converted and validated."""
        good = _story(tmp_path / "good.json").read_bytes().replace(b"\n", b"") + b"\n"
        path = tmp_path / "batch.jsonl"
        with path.open("wb") as out:
            out.write(good)
            out.seek(len(good) + limits.MAX_BYTES + 10)  # a hole of NUL bytes: line 2
            out.write(b"\n" + good)
        folder = tmp_path / "out"
        assert 1 == main(["convert", str(path), "--to", "json", "-o", f"{folder}/"])
        assert f"{path}:2: error too-large:" in capsys.readouterr().err
        assert ["batch-1.json", "batch-3.json"] == _everything(folder)
        assert 1 == main(["validate", str(path)])
        assert [f"{path}:2: error too-large"] == [
            line.partition(": the")[0] for line in capsys.readouterr().out.splitlines()
        ]


class TestRegularFilesOnly:
    """Only regular files are read from folders; a FIFO or device named is refused."""

    def test_fifo_in_a_folder_is_skipped(self, tmp_path: Path) -> None:
        """A FIFO among a folder's files is reported and never opened: neither command hangs."""
        os.mkfifo(tmp_path / "in.json")
        _story(tmp_path / "story.json")
        result = _newsmodel("validate", str(tmp_path))
        assert 0 == result.returncode
        assert f"{tmp_path / 'in.json'}: warning: skipped: not a regular file but a FIFO" in (
            result.stderr
        )
        assert "1 file checked" in result.stderr
        result = _newsmodel("convert", str(tmp_path), "--to", "jsonl")
        assert 0 == result.returncode
        assert 1 == len(result.stdout.splitlines())

    def test_fifo_named_is_refused(self, tmp_path: Path) -> None:
        """A FIFO named on the command line is refused at once, with what it is."""
        fifo = tmp_path / "pipe.json"
        os.mkfifo(fifo)
        result = _newsmodel("convert", str(fifo), "--to", "json")
        assert 2 == result.returncode
        assert "not a regular file but a FIFO" in result.stderr
        result = _newsmodel("validate", str(fifo))
        assert 2 == result.returncode
        assert "error unreadable: cannot read: not a regular file but a FIFO" in result.stdout

    def test_device_named_is_refused(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A device named (here /dev/zero) is refused without being read."""
        assert 2 == main(["convert", "/dev/zero", "--from", "json", "--to", "json"])
        assert "/dev/zero: error: cannot read: not a regular file but a character device" in (
            capsys.readouterr().err
        )

    def test_socket_in_a_folder_is_skipped(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A socket among a folder's files is reported and skipped."""
        _story(tmp_path / "story.json")
        with socket.socket(socket.AF_UNIX) as listening:
            listening.bind(str(tmp_path / "sock.json"))
            assert 0 == main(["validate", str(tmp_path)])
        assert "sock.json: warning: skipped: not a regular file but a socket" in (
            capsys.readouterr().err
        )


class TestSymlinks:
    """Inside an input folder, symbolic links to files and to folders are both skipped and
    reported; a path named on the command line is followed."""

    def test_links_in_a_folder_are_skipped(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A link to a file and a link to a folder inside the input folder are not read."""
        outside = tmp_path / "outside"
        _story(outside / "secret.json")
        given = tmp_path / "in"
        _story(given / "own.json")
        (given / "file.json").symlink_to(outside / "secret.json")
        (given / "folder").symlink_to(outside)
        out = tmp_path / "out"
        assert 0 == main(["convert", str(given), "--to", "json", "-o", f"{out}/"])
        err = capsys.readouterr().err
        assert f"{given / 'file.json'}: warning: skipped: a symbolic link, not followed" in err
        assert f"{given / 'folder'}: warning: skipped: a symbolic link to a folder" in err
        assert "2 left out of folders" in err
        assert ["own.json"] == _everything(out)

    def test_validate_skips_links_too(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """validate walks folders the same way: a linked bad file is not checked."""
        outside = tmp_path / "outside"
        outside.mkdir()
        (outside / "bad.json").write_text("{oops")
        given = tmp_path / "in"
        _story(given / "own.json")
        (given / "bad.json").symlink_to(outside / "bad.json")
        assert 0 == main(["validate", str(given)])
        captured = capsys.readouterr()
        assert f"{given / 'bad.json'}: warning: skipped: a symbolic link, not followed" in (
            captured.err
        )
        assert "1 file checked: no problems" in captured.err

    def test_named_link_is_followed(self, tmp_path: Path) -> None:
        """A symbolic link named on the command line is read: the user chose it."""
        story = _story(tmp_path / "real" / "story.json")
        link = tmp_path / "link.json"
        link.symlink_to(story)
        out = tmp_path / "out.json"
        assert 0 == main(["convert", str(link), "-o", str(out)])
        assert story.read_bytes() == out.read_bytes()

    def test_named_folder_link_is_walked(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A symbolic link to a folder named on the command line is walked; hidden files and
        folders in it are left out without a word."""
        real = tmp_path / "real"
        _story(real / "story.json")
        _story(real / ".hidden.json")
        _story(real / ".drafts" / "draft.json")
        link = tmp_path / "link"
        link.symlink_to(real, target_is_directory=True)
        assert 0 == main(["validate", str(link)])
        assert "1 file checked: no problems\n" == capsys.readouterr().err


class TestOutputs:
    """Outputs never go through a symbolic link, never replace a file without --force, and
    the output folder is not read as input."""

    def test_output_folder_inside_input_is_not_walked(self, tmp_path: Path) -> None:
        """Converting a folder into a folder inside it, twice, never reads the outputs."""
        _story(tmp_path / "a.json")
        out = tmp_path / "converted"
        argv = ["convert", str(tmp_path), "--to", "json", "-o", f"{out}/"]
        assert 0 == main(argv)
        assert 0 == main([*argv, "--force"])
        assert ["a.json", "converted", "converted/a.json"] == _everything(tmp_path)

    def test_dangling_link_in_output_folder(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A dangling link where an output goes is refused without --force, and replaced
        itself with --force: no file appears outside the folder."""
        story = _story(tmp_path / "in" / "a.json")
        out = tmp_path / "out"
        out.mkdir()
        escape = tmp_path / "escaped.json"
        (out / "a.json").symlink_to(escape)
        assert 2 == main(["convert", str(story), "--to", "json", "-o", f"{out}/"])
        assert "exists; pass --force" in capsys.readouterr().err
        assert not escape.exists()
        assert 0 == main(["convert", str(story), "--to", "json", "-o", f"{out}/", "--force"])
        assert not escape.exists()
        assert not (out / "a.json").is_symlink()
        assert story.read_bytes() == (out / "a.json").read_bytes()

    @pytest.mark.parametrize("target", ["json", "jsonl"])
    def test_output_file_that_is_a_link(
        self, tmp_path: Path, target: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """-o naming a link (here dangling) is refused without --force; with it, the link is
        replaced and what it pointed to is never created."""
        story = _story(tmp_path / "a.json")
        escape = tmp_path / "elsewhere" / "escaped"
        link = tmp_path / f"out.{target}"
        link.symlink_to(escape)
        assert 2 == main(["convert", str(story), "--to", target, "-o", str(link)])
        assert "exists; pass --force" in capsys.readouterr().err
        assert 0 == main(["convert", str(story), "--to", target, "-o", str(link), "--force"])
        assert not link.is_symlink()
        assert not escape.parent.exists()

    @pytest.mark.parametrize("target", ["json", "jsonl"])
    def test_linked_subfolder_of_the_output_folder(
        self, tmp_path: Path, target: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A subfolder of the output folder that links out of it is not written into."""
        given = tmp_path / "in"
        _story(given / "2026" / "a.json")
        out = tmp_path / "out"
        out.mkdir()
        outside = tmp_path / "outside"
        outside.mkdir()
        (out / "2026").symlink_to(outside)
        assert 2 == main(["convert", str(given), "--to", target, "-o", f"{out}/", "--force"])
        assert "symbolic link out of the output folder" in capsys.readouterr().err
        assert [] == _everything(outside)

    @pytest.mark.parametrize("force", [[], ["--force"]])
    def test_output_that_is_a_device_or_fifo(
        self, tmp_path: Path, force: list[str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """-o naming a device (through a link, as /dev/stdout is) or a FIFO is refused, with or
        without --force: neither it nor the link to it is replaced."""
        story = _story(tmp_path / "a.json")
        link = tmp_path / "null.json"
        link.symlink_to(os.devnull)
        fifo = tmp_path / "fifo.json"
        os.mkfifo(fifo)
        assert 2 == main(["convert", str(story), "--to", "json", "-o", str(link), *force])
        assert "is a character device, not a file; use -o - " in capsys.readouterr().err
        assert link.is_symlink()
        assert 2 == main(["convert", str(story), "--to", "json", "-o", str(fifo), *force])
        assert "is a FIFO (named pipe), not a file" in capsys.readouterr().err

    def test_dump_never_replaces_a_device(self, tmp_path: Path) -> None:
        """dump() to a link to a device (or to a FIFO) refuses, and leaves the link."""
        link = tmp_path / "null.json"
        link.symlink_to(os.devnull)
        fifo = tmp_path / "fifo.json"
        os.mkfifo(fifo)
        for path in (link, fifo):
            with pytest.raises(OSError, match="not a regular file"):
                newsmodel.dump(newsmodel.Article(headline="Here"), path)
        assert link.is_symlink()
        assert ["fifo.json", "null.json"] == _everything(tmp_path)

    def test_dump_to_a_dangling_link(self, tmp_path: Path) -> None:
        """dump() replaces a dangling link itself, and creates nothing where it pointed."""
        escape = tmp_path / "escaped.json"
        link = tmp_path / "story.json"
        link.symlink_to(escape)
        newsmodel.dump(newsmodel.Article(headline="Here"), link)
        assert not link.is_symlink()
        assert not escape.exists()
        assert "Here" == newsmodel.load(link).headline

    def test_file_that_appears_during_the_run(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """-o FILE is created exclusively at the end: a file that another process made during
        the run is kept, not replaced."""
        story = _story(tmp_path / "a.json")
        out = tmp_path / "out.xml"
        render = api.render

        def racing(*args: object, **kwargs: object) -> tuple[bytes, tuple[str, ...]]:
            out.write_text("theirs")
            return render(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(api, "render", racing)
        assert 2 == main(["convert", str(story), "-o", str(out)])
        assert "exists; pass --force" in capsys.readouterr().err
        assert "theirs" == out.read_text()
        assert ["a.json", "out.xml"] == _everything(tmp_path)

    def test_folder_file_that_appears_during_the_run(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """In an output folder too, a file made by another process during the run is kept
        without --force, and the other inputs are written."""
        given = tmp_path / "in"
        _story(given / "a.json", 1)
        _story(given / "b.json", 2)
        out = tmp_path / "out"
        render = api.render

        def racing(*args: object, **kwargs: object) -> tuple[bytes, tuple[str, ...]]:
            out.mkdir(exist_ok=True)
            (out / "a.json").write_text("theirs")
            return render(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(api, "render", racing)
        assert 2 == main(["convert", str(given), "--to", "json", "-o", f"{out}/"])
        assert f"not written: {out / 'a.json'} exists" in capsys.readouterr().err
        assert "theirs" == (out / "a.json").read_text()
        assert ["a.json", "b.json"] == _everything(out)

    def test_stream_file_that_appears_during_the_run(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The same for a JSON Lines stream to -o FILE: kept, and no temporary file left."""
        story = _story(tmp_path / "a.json")
        out = tmp_path / "all.jsonl"
        render = api.render

        def racing(*args: object, **kwargs: object) -> tuple[bytes, tuple[str, ...]]:
            out.write_text("theirs")
            return render(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(api, "render", racing)
        assert 2 == main(["convert", str(story), str(story), "-o", str(out)])
        assert "exists; pass --force" in capsys.readouterr().err
        assert "theirs" == out.read_text()
        assert ["a.json", "all.jsonl"] == _everything(tmp_path)


class TestInterrupts:
    """Ctrl-C leaves no temporary file."""

    @pytest.mark.parametrize("target", ["json", "jsonl"])
    def test_interrupt_mid_batch(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, target: str
    ) -> None:
        """A KeyboardInterrupt from the writer on the third of five inputs exits 130; the
        output folder holds the first two files and nothing else."""
        given = tmp_path / "in"
        for number in range(5):
            _story(given / f"s{number}.json", number)
        fmt = formats.get(target)
        assert fmt.write is not None
        write = fmt.write

        def interrupting(article: newsmodel.Article, options: WriteOptions) -> str:
            if article.headline == "Story 2":
                raise KeyboardInterrupt
            return write(article, options)

        monkeypatch.setitem(formats.FORMATS, target, attrs.evolve(fmt, write=interrupting))
        out = tmp_path / "out"
        assert 130 == main(["convert", str(given), "--to", target, "-o", f"{out}/"])
        assert [f"s0.{target}", f"s1.{target}"] == _everything(out)

    def test_worker_stopped_while_writing(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A worker that --timeout stops in the middle of putting a file in place removes its
        temporary file (SIGTERM runs the finally)."""
        if not sys.platform.startswith("linux"):
            pytest.skip("the stalled link is patched in the parent: forked workers (Linux) only")
        story = _story(tmp_path / "in" / "a.json")
        out = tmp_path / "out"

        def stalled(*_args: object, **_kwargs: object) -> None:
            time.sleep(30)

        monkeypatch.setattr(os, "link", stalled)
        argv = ["convert", str(story), "--to", "json", "-o", f"{out}/", "--timeout", "0.5"]
        assert 1 == main(argv)
        assert "stopped: took longer than the timeout" in capsys.readouterr().err
        assert [] == _everything(out)

    def test_interrupt_right_after_the_temporary_file_is_made(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """An interrupt between creating the temporary file and writing it removes it."""

        def interrupted(*_args: object, **_kwargs: object) -> object:
            raise KeyboardInterrupt

        monkeypatch.setattr(os, "fdopen", interrupted)
        with pytest.raises(KeyboardInterrupt):
            api.write_atomic(tmp_path / "a.json", b"{}")
        assert [] == _everything(tmp_path)

    def test_temporary_names_are_recognisable(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """The temporary file is hidden, beside its target, and says it is newsmodel's."""
        seen: list[str] = []
        replace = os.replace

        def watching(source: str, target: str) -> None:
            seen.append(os.path.basename(source))
            replace(source, target)

        monkeypatch.setattr(os, "replace", watching)
        api.write_atomic(tmp_path / "a.json", b"{}")
        assert 1 == len(seen)
        assert seen[0].startswith(".a.json" + TEMPORARY)
        assert seen[0].endswith(".tmp")
