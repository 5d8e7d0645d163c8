"""Tests of the command line (issue 2, item 6): ``newsmodel convert``, ``validate``, ``schema``,
``formats`` and ``--version``, through ``main([...])`` and a few subprocesses.

Fixtures are in ``tests/data/cli``: ``valid/`` (a canonical story and a JSON Lines batch),
``invalid/<case>.<ext>`` each with ``<case>.expected`` (the place, severity and code of every
problem ``validate`` prints, in order, with ``{path}`` for the file), and ``warnings/``.
"""

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import newsmodel
from newsmodel import formats
from newsmodel.cli import app as cli_app
from newsmodel.cli import convert as cli_convert
from newsmodel.cli import main
from newsmodel.errors import FormatError, Location, Problem
from newsmodel.formats import Format, Parsed, ReadOptions, WriteOptions
from newsmodel.schema import article_schema

ROOT = Path(__file__).resolve().parent.parent
CLI_DATA = Path(__file__).resolve().parent / "data" / "cli"
STORY = CLI_DATA / "valid" / "story.json"
BATCH = CLI_DATA / "valid" / "batch.jsonl"
NO_BODY = CLI_DATA / "warnings" / "no-body.json"
INVALID = sorted(p for p in (CLI_DATA / "invalid").iterdir() if p.suffix != ".expected")
"""The invalid fixtures; the names of the parametrized tests are their file names."""


def _write_lossy(article: newsmodel.Article, options: WriteOptions) -> str:
    return f"{article.headline}|{options.ninjs_version}|{options.newsml_body}\n"


def _losses(article: newsmodel.Article, _options: WriteOptions) -> tuple[str, ...]:
    return ("/keywords",) if article.keywords else ()


def _read_located(data: bytes, options: ReadOptions) -> Parsed:
    """A reader of ``headline\\nlanguage`` documents that locates the language on line 2."""
    headline, _, language = data.decode().partition("\n")
    forgiven = ()
    if "warn" in headline:
        at = Location(source=options.source, line=1, column=8, xpath="/doc/title")
        forgiven = (Problem("says-warn", "warning", "the headline says warn", at),)
    article = newsmodel.Article(headline=headline, language=language.strip() or None)
    where = Location(source=options.source, line=2, column=1, xpath="/doc/lang")
    return Parsed(article=article, locations={"/language": where}, problems=forgiven)


def _crash(_data: bytes, _options: ReadOptions) -> Parsed:
    raise RuntimeError("a bug in a reader")


def _refuse(_data: bytes, _options: ReadOptions) -> Parsed:
    raise FormatError("this reader refuses everything")


@pytest.fixture
def fake_formats(monkeypatch: pytest.MonkeyPatch) -> None:
    """Register test formats: ``lossy`` (write-only, cannot carry keywords), ``located``
    (read-only, with source locations), ``crashing`` (a reader with a bug) and ``refusing`` (a
    reader that raises FormatError)."""
    extra = {
        "lossy": Format(
            name="lossy", description="loses keywords", extensions=(".lossy",),
            write=_write_lossy, losses=_losses,
        ),
        "located": Format(
            name="located", description="locates", extensions=(".loc",), read=_read_located
        ),
        "crashing": Format(
            name="crashing", description="crashes", extensions=(".crash",), read=_crash
        ),
        "refusing": Format(
            name="refusing", description="refuses", extensions=(".refuse",), read=_refuse
        ),
    }  # fmt: skip
    for name, fmt in extra.items():
        monkeypatch.setitem(formats.FORMATS, name, fmt)


def _keyword_story(tmp_path: Path) -> Path:
    article = attrs.evolve(newsmodel.load(STORY), keywords=("ferry",))
    path = tmp_path / "kw.json"
    newsmodel.dump(article, path)
    return path


class TestMain:
    """The entry point, --version, and usage errors."""

    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--version prints the program name and version and exits 0."""
        assert 0 == main(["--version"])
        assert f"newsmodel {newsmodel.__version__}\n" == capsys.readouterr().out

    def test_no_command_returns_2(self, capsys: pytest.CaptureFixture[str]) -> None:
        """argparse's usage errors make main return 2 instead of raising SystemExit."""
        assert 2 == main([])
        assert "usage: newsmodel" in capsys.readouterr().err

    def test_unknown_option_returns_2(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown option is a usage error."""
        assert 2 == main(["validate", "--bogus", str(STORY)])
        assert "unrecognized arguments: --bogus" in capsys.readouterr().err

    def test_help_returns_0(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--help prints the commands and exits 0."""
        assert 0 == main(["--help"])
        out = capsys.readouterr().out
        assert all(name in out for name in ("convert", "validate", "schema", "formats"))

    def test_internal_error_exits_3(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An unexpected exception in a command exits 3 with a traceback on stderr."""

        def broken(_args: object, _stderr: object) -> int:
            raise RuntimeError("a bug in a command")

        monkeypatch.setattr(cli_app, "run_formats", broken)
        assert 3 == main(["formats"])
        err = capsys.readouterr().err
        assert "internal error" in err
        assert "Traceback" in err
        assert "RuntimeError: a bug in a command" in err

    def test_closed_stdout_exits_quietly(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """When stdout is closed early (a pipe into head), the command stops with 2 and no
        traceback."""

        def closed(_data: bytes) -> None:
            raise BrokenPipeError

        monkeypatch.setattr(cli_convert, "write_stdout", closed)
        assert 2 == main(["convert", str(STORY), "--to", "json"])
        assert "Traceback" not in capsys.readouterr().err


class TestFormats:
    """``newsmodel formats``."""

    def test_one_line_per_format(
        self, fake_formats: None, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Each registered format has a line: name, directions, extensions, description."""
        assert 0 == main(["formats"])
        lines = capsys.readouterr().out.splitlines()
        assert sorted(formats.FORMATS) == [line.split()[0] for line in lines]
        rows = {line.split()[0]: line.split() for line in lines}
        assert ["lossy", "-", "write", ".lossy", "loses", "keywords"] == rows["lossy"]
        assert ["located", "read", "-", ".loc", "locates"] == rows["located"]
        assert rows["jsonl"][:5] == ["jsonl", "read", "write", ".jsonl", ".ndjson"]


class TestSchema:
    """``newsmodel schema``."""

    def test_prints_the_article_schema(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The command prints article_schema() as indented JSON."""
        assert 0 == main(["schema"])
        out = capsys.readouterr().out
        assert article_schema() == json.loads(out)
        assert out.startswith("{\n  ")


class TestConvert:
    """``newsmodel convert``."""

    def test_canonical_json_round_trips_byte_for_byte(
        self, capsysbinary: pytest.CaptureFixture[bytes]
    ) -> None:
        """Issue 2: `newsmodel convert story.json --to json` reproduces story.json exactly."""
        assert 0 == main(["convert", str(STORY), "--to", "json"])
        captured = capsysbinary.readouterr()
        assert STORY.read_bytes() == captured.out
        assert b"" == captured.err

    @pytest.mark.parametrize(
        "case", [p for p in INVALID if p.suffix == ".json"], ids=lambda p: p.name
    )
    def test_invalid_input_exits_1_naming_the_place(
        self, case: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Issue 2: truncated JSON, wrong types, a missing headline, unknown keys and naive
        datetimes exit 1 with the file and the place of each fault, never a traceback."""
        assert 1 == main(["convert", str(case), "--to", "json"])
        captured = capsys.readouterr()
        assert "" == captured.out
        assert "Traceback" not in captured.err
        expected = case.with_suffix(".expected").read_text().format(path=case).splitlines()
        assert expected == [line.split(": ")[0] + ": " + line.split(": ")[1]
                            for line in captured.err.splitlines()[:-1]]  # fmt: skip
        assert (
            "0 of 1 input converted, 0 articles written; 1 failed" == captured.err.splitlines()[-1]
        )

    def test_output_file_and_target_from_its_extension(self, tmp_path: Path) -> None:
        """-o FILE receives the document; without --to its extension names the format."""
        out = tmp_path / "story.jsonl"
        assert 0 == main(["convert", str(STORY), "-o", str(out)])
        assert newsmodel.dumps(newsmodel.load(STORY), format="jsonl") == out.read_text()

    def test_no_target_is_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without --to and without an -o extension there is no target: exit 2."""
        assert 2 == main(["convert", str(STORY)])
        assert "pass --to" in capsys.readouterr().err

    def test_unknown_and_wrong_direction_formats(
        self, fake_formats: None, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An unknown format, or one that cannot go that way, exits 2."""
        assert 2 == main(["convert", str(STORY), "--to", "bogus"])
        assert "unknown format 'bogus'" in capsys.readouterr().err
        assert 2 == main(["convert", str(STORY), "--from", "lossy", "--to", "json"])
        assert "cannot read lossy" in capsys.readouterr().err

    def test_missing_input_exits_2(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A file that cannot be read is an I/O error: exit 2, with its name."""
        missing = tmp_path / "nowhere.json"
        assert 2 == main(["convert", str(missing), "--to", "json"])
        expected = f"{missing}: error: cannot read: No such file or directory\n"
        assert expected in capsys.readouterr().err

    def test_stdin_needs_from(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`-` without --from is a usage error."""
        assert 2 == main(["convert", "-", "--to", "json"])
        assert "needs --from" in capsys.readouterr().err

    def test_stdin_to_a_folder_is_named_stdin(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """Standard input converted into a folder becomes stdin.<ext>."""
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BATCH.read_bytes())))
        assert 0 == main(["convert", "-", "--from", "jsonl", "--to", "jsonl", "-o", f"{tmp_path}/"])
        assert BATCH.read_bytes() == (tmp_path / "stdin.jsonl").read_bytes()

    def test_stdin_only_once(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Standard input cannot be named twice."""
        assert 2 == main(["convert", "-", "-", "--from", "json", "--to", "jsonl"])
        assert "only once" in capsys.readouterr().err

    def test_unknown_writer_option_is_a_usage_error(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A ninjs version no writer knows exits 2 with the options' own message (#13)."""
        assert 2 == main(["convert", str(STORY), "--to", "ninjs", "--ninjs-version", "4.0"])
        assert "unknown ninjs version '4.0'" in capsys.readouterr().err

    def test_format_from_content(
        self, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
    ) -> None:
        """Without --from and without a known extension, the content tells the format; when it
        cannot, the input fails with 2."""
        odd = tmp_path / "story.dat"
        shutil.copy(STORY, odd)
        assert 0 == main(["convert", str(odd), "--to", "json"])
        assert STORY.read_bytes() == capsysbinary.readouterr().out
        odd.write_text("just some words")
        assert 2 == main(["convert", str(odd), "--to", "json"])
        assert f"cannot tell the format of {odd}; pass --from".encode() in (
            capsysbinary.readouterr().err
        )

    def test_several_inputs_cannot_go_to_a_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Several inputs with -o naming an existing file (not JSON Lines) is a usage error."""
        out = tmp_path / "out.json"
        out.write_text("keep me")
        assert 2 == main(["convert", str(STORY), str(STORY), "--to", "json", "-o", str(out)])
        assert "is a file; several outputs need a folder" in capsys.readouterr().err
        assert "keep me" == out.read_text()

    def test_unwritable_folder(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A folder that cannot be made is an I/O error for each input: exit 2."""
        blocker = tmp_path / "file"
        blocker.write_text("")
        folder = f"{blocker}/sub/"
        assert 2 == main(["convert", str(STORY), str(BATCH), "--to", "jsonl", "-o", folder])
        assert 2 == capsys.readouterr().err.count("error: not written: Not a directory")
        assert 2 == main(["convert", str(STORY), "--to", "json", "-o", folder])
        assert "error: not written: Not a directory" in capsys.readouterr().err

    def test_text_only_stdout(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A stdout replaced by a text stream without a buffer still gets the document."""
        stream = io.StringIO()
        monkeypatch.setattr(sys, "stdout", stream)
        assert 0 == main(["convert", str(STORY), "--to", "json"])
        assert STORY.read_text(encoding="utf-8") == stream.getvalue()

    def test_reader_warnings_and_errors(
        self, fake_formats: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """What a reader forgave is printed as a warning under its own code and at its place; a
        FormatError it raises fails the input with 2."""
        doc = tmp_path / "a.loc"
        doc.write_text("Please warn\nen\n")
        assert 0 == main(["convert", str(doc), "--to", "json"])
        expected = f"{doc}:1:8 [/doc/title]: warning says-warn: the headline says warn"
        assert expected in capsys.readouterr().err
        refused = tmp_path / "a.refuse"
        refused.write_text("anything")
        assert 2 == main(["convert", str(refused), "--to", "json"])
        assert f"{refused}: error: this reader refuses everything\n" in capsys.readouterr().err
        assert 2 == main(["validate", str(refused)])
        expected = f"{refused}: error unknown-format: this reader refuses everything\n"
        assert expected == capsys.readouterr().out

    def test_never_overwrites_without_force(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An existing -o file is kept (exit 2) unless --force is given."""
        out = tmp_path / "out.json"
        out.write_text("keep me")
        assert 2 == main(["convert", str(STORY), "-o", str(out)])
        assert "pass --force" in capsys.readouterr().err
        assert "keep me" == out.read_text()
        assert 0 == main(["convert", str(STORY), "-o", str(out), "--force"])
        assert STORY.read_bytes() == out.read_bytes()

    def test_several_inputs_to_a_file_named_like_a_format(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Several inputs into -o one.xml (a format of one article) is a usage error, and no
        folder of that name is made (issue 13); a name without such an extension is a
        folder."""
        out = tmp_path / "one.xml"
        assert 2 == main(["convert", str(STORY), str(BATCH), "-o", str(out)])
        assert f"several inputs cannot go to one file {out}" in capsys.readouterr().err
        assert not out.exists()
        assert 0 == main(["convert", str(STORY), str(BATCH), "--to", "json", "-o", str(out)[:-4]])
        assert ["batch-1.json", "batch-2.json", "story.json"] == sorted(
            os.listdir(out.parent / "one")
        )

    def test_if_exists_skip_for_incremental_runs(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A rerun into the same folder with --if-exists skip leaves what is there, does not
        even read an input whose file exists, converts the new ones and says how many were
        skipped (issue 13)."""
        given = tmp_path / "in"
        given.mkdir()
        shutil.copy(STORY, given / "a.json")
        shutil.copy(BATCH, given / "b.jsonl")
        out = tmp_path / "out"
        argv = ["convert", str(given), "--to", "json", "-o", f"{out}/"]
        assert 0 == main(argv)
        capsys.readouterr()
        assert 2 == main(argv)  # fail is the default
        assert "exists; pass --force (or --if-exists overwrite)" in capsys.readouterr().err
        (given / "a.json").write_text("{not read")
        shutil.copy(STORY, given / "c.json")
        assert 0 == main([*argv, "--if-exists", "skip"])
        err = capsys.readouterr().err
        assert "3 of 3 inputs converted, 1 article written, 3 skipped (their files exist)" in err
        assert STORY.read_bytes() == (out / "a.json").read_bytes()
        assert ["a.json", "b-1.json", "b-2.json", "c.json"] == sorted(os.listdir(out))

    @pytest.mark.parametrize("how", [["--force"], ["--if-exists", "overwrite"]])
    def test_if_exists_overwrite(self, tmp_path: Path, how: list[str]) -> None:
        """--if-exists overwrite and --force both replace an existing file."""
        out = tmp_path / "out.json"
        out.write_text("old")
        assert 0 == main(["convert", str(STORY), "-o", str(out), *how])
        assert STORY.read_bytes() == out.read_bytes()

    def test_if_exists_skip_one_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """-o FILE that exists, with --if-exists skip: nothing converted, exit 0, file kept."""
        out = tmp_path / "out.json"
        out.write_text("old")
        assert 0 == main(["convert", str(STORY), "-o", str(out), "--if-exists", "skip"])
        assert "exists: nothing converted (--if-exists skip)" in capsys.readouterr().err
        assert "old" == out.read_text()

    def test_force_contradicting_if_exists(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--force with --if-exists fail or skip is a usage error."""
        assert 2 == main(["convert", str(STORY), "--to", "json", "--force", "--if-exists", "skip"])
        assert "contradict" in capsys.readouterr().err

    def test_several_inputs_to_a_folder(self, tmp_path: Path) -> None:
        """Several inputs go to the -o folder, created if missing, named after each input."""
        folder = tmp_path / "made" / "here"
        assert 0 == main(["convert", str(STORY), str(BATCH), "--to", "jsonl", "-o", f"{folder}/"])
        assert ["batch.jsonl", "story.jsonl"] == sorted(os.listdir(folder))
        assert BATCH.read_bytes() == (folder / "batch.jsonl").read_bytes()

    def test_folder_refuses_existing_and_colliding_outputs(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """In a folder, an existing file is kept without --force, and two inputs with one name
        do not overwrite each other; the other inputs are still converted."""
        other = tmp_path / "other"
        other.mkdir()
        shutil.copy(STORY, other / "story.json")
        folder = tmp_path / "out"
        folder.mkdir()
        (folder / "batch.json").write_text("keep me")
        inputs = [str(BATCH), str(STORY), str(other / "story.json")]
        assert 2 == main(["convert", *inputs, "--to", "json", "-o", str(folder), "--force"])
        err = capsys.readouterr().err
        assert f"not written: story.json is the output of {STORY} too" in err
        assert ["batch-1.json", "batch-2.json", "batch.json", "story.json"] == sorted(
            os.listdir(folder)
        )
        assert 2 == main(["convert", str(STORY), "--to", "json", "-o", str(folder)])
        assert "exists; pass --force" in capsys.readouterr().err

    def test_several_inputs_to_stdout_need_a_stream_format(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Two inputs cannot go to one JSON document on stdout, but can go to JSON Lines."""
        assert 2 == main(["convert", str(STORY), str(STORY), "--to", "json"])
        assert "pass -o FOLDER/" in capsys.readouterr().err
        assert 0 == main(["convert", str(STORY), str(BATCH), "--to", "jsonl"])
        captured = capsys.readouterr()
        assert 3 == len(captured.out.splitlines())
        assert "2 of 2 inputs converted, 3 articles written" in captured.err

    def test_several_inputs_to_one_jsonl_file(self, tmp_path: Path) -> None:
        """With --to jsonl, -o FILE.jsonl gathers every article in one file."""
        out = tmp_path / "all.jsonl"
        assert 0 == main(["convert", str(BATCH), str(STORY), "-o", str(out)])
        lines = out.read_text().splitlines()
        assert BATCH.read_text().splitlines() == lines[:2]
        assert newsmodel.load(STORY) == newsmodel.loads(lines[2], format="jsonl")

    def test_jsonl_to_one_document_is_refused(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An input of several articles cannot become one JSON document: exit 2."""
        assert 2 == main(["convert", str(BATCH), "--to", "json"])
        captured = capsys.readouterr()
        assert "" == captured.out
        assert f"{BATCH}: error: holds several articles" in captured.err

    def test_bad_lines_are_reported_and_the_rest_converted(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Each good line of a JSON Lines input becomes a file named by its line; each bad line
        is reported with its line number; the exit code is 1."""
        bad = CLI_DATA / "invalid" / "bad-lines.jsonl"
        assert 1 == main(["convert", str(bad), "--to", "json", "-o", str(tmp_path)])
        assert ["bad-lines-1.json", "bad-lines-3.json"] == sorted(os.listdir(tmp_path))
        err = capsys.readouterr().err
        assert f"{bad}:2:49: error invalid-json" in err
        assert f"{bad}:5 #/headline: error missing-headline" in err
        assert "0 of 1 input converted, 2 articles written; 1 failed" in err

    def test_continues_past_bad_inputs(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A bad input among good ones is reported, the good ones are written, exit 1."""
        truncated = CLI_DATA / "invalid" / "truncated.json"
        assert 1 == main(
            ["convert", str(truncated), str(STORY), "--to", "json", "-o", str(tmp_path)]
        )
        assert ["story.json"] == os.listdir(tmp_path)
        assert "1 of 2 inputs converted, 1 article written; 1 failed" in capsys.readouterr().err

    def test_loss_is_a_warning_naming_the_file(
        self, fake_formats: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Fields the target cannot carry give a warning on stderr; the output is written."""
        story = _keyword_story(tmp_path)
        assert 0 == main(["convert", str(story), "--to", "lossy"])
        captured = capsys.readouterr()
        assert captured.out.startswith("Ferry service")
        assert f"{story}: warning: lossy cannot carry /keywords" in captured.err

    def test_strict_refuses_a_lossy_conversion(
        self, fake_formats: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """With --strict a lossy conversion fails that input: exit 1, nothing written."""
        story = _keyword_story(tmp_path)
        out = tmp_path / "out.lossy"
        assert 1 == main(["convert", str(story), "--strict", "-o", str(out)])
        assert f"{story} #/keywords: error: lossy cannot carry" in capsys.readouterr().err
        assert not out.exists()

    def test_writer_options(self, fake_formats: None, capsys: pytest.CaptureFixture[str]) -> None:
        """--ninjs-version and --newsml-body reach the writer as WriteOptions."""
        assert 0 == main(["convert", str(STORY), "--to", "lossy"])
        assert capsys.readouterr().out.endswith("|3.1|xhtml\n")
        argv = ["convert", str(STORY), "--to", "lossy", "--ninjs-version", "2.0"]
        assert 0 == main([*argv, "--newsml-body", "nitf"])
        assert capsys.readouterr().out.endswith("|2.0|nitf\n")

    def test_a_crash_exits_3_and_leaves_no_file(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A writer bug is an internal error: exit 3 with a traceback, and no output file."""

        def boom(_article: newsmodel.Article, _options: WriteOptions) -> str:
            raise RuntimeError("a bug in a writer")

        monkeypatch.setitem(formats.FORMATS, "json", attrs.evolve(formats.get("json"), write=boom))
        out = tmp_path / "out.json"
        assert 3 == main(["convert", str(STORY), "-o", str(out)])
        err = capsys.readouterr().err
        assert "Traceback" in err
        assert "RuntimeError: a bug in a writer" in err
        assert [] == os.listdir(tmp_path)

    def test_a_crash_midway_writes_nothing_of_that_input(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """When a writer fails on the second article of an input gathered into one file, none
        of that input is written, and the next input still is."""
        jsonl = formats.get("jsonl")
        assert jsonl.write is not None
        write = jsonl.write

        def fail_second(article: newsmodel.Article, options: WriteOptions) -> str:
            if article.headline.startswith("Village"):
                raise RuntimeError("a bug in a writer")
            return write(article, options)

        monkeypatch.setitem(formats.FORMATS, "jsonl", attrs.evolve(jsonl, write=fail_second))
        assert 3 == main(["convert", str(BATCH), str(STORY), "--to", "jsonl", "-o", str(tmp_path)])
        assert ["story.jsonl"] == os.listdir(tmp_path)
        assert "1 of 2 inputs converted, 1 article written; 1 failed" in capsys.readouterr().err

    def test_interrupt_while_replacing_leaves_the_old_file(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Ctrl-C during the atomic write keeps the old file and leaves no temporary file."""
        out = tmp_path / "out.json"
        out.write_text("old")

        def interrupt(_src: object, _dst: object) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(os, "replace", interrupt)
        assert 130 == main(["convert", str(STORY), "-o", str(out), "--force"])
        assert "interrupted" in capsys.readouterr().err
        assert "old" == out.read_text()
        assert ["out.json"] == os.listdir(tmp_path)

    def test_interrupt_while_streaming_leaves_no_file(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """Ctrl-C after some articles of a JSON Lines output leaves neither it nor a
        temporary file."""
        jsonl = formats.get("jsonl")
        assert jsonl.write is not None
        write = jsonl.write

        def interrupt_second(article: newsmodel.Article, options: WriteOptions) -> str:
            if article.headline.startswith("Village"):
                raise KeyboardInterrupt
            return write(article, options)

        monkeypatch.setitem(formats.FORMATS, "jsonl", attrs.evolve(jsonl, write=interrupt_second))
        assert 130 == main(["convert", str(BATCH), "-o", str(tmp_path / "all.jsonl")])
        assert [] == os.listdir(tmp_path)


class TestValidate:
    """``newsmodel validate``."""

    def test_valid_folder_exits_0(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A folder of valid files passes, with a summary on stderr."""
        assert 0 == main(["validate", str(CLI_DATA / "valid")])
        captured = capsys.readouterr()
        assert "" == captured.out
        assert "2 files checked: no problems\n" == captured.err

    @pytest.mark.parametrize("case", INVALID, ids=lambda p: p.name)
    def test_invalid_file(self, case: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Each invalid fixture exits 1 and prints its problems in order, each with its place."""
        assert 1 == main(["validate", str(case)])
        captured = capsys.readouterr()
        expected = [
            line.format(path=case)
            for line in case.with_suffix(".expected").read_text().splitlines()
        ]
        lines = captured.out.splitlines()
        assert expected == [line.split(": ")[0] + ": " + line.split(": ")[1] for line in lines]
        assert captured.err.startswith("1 file checked, 1 with errors: ")

    def test_folders_are_walked_for_readable_files(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Folders are read recursively; files of no readable format and hidden ones are
        skipped; files are reported in order of their path."""
        (tmp_path / "b" / "deep").mkdir(parents=True)
        (tmp_path / ".git").mkdir()
        shutil.copy(NO_BODY, tmp_path / "b" / "deep" / "z.json")
        shutil.copy(NO_BODY, tmp_path / "a.json")
        shutil.copy(CLI_DATA / "invalid" / "truncated.json", tmp_path / ".git" / "x.json")
        (tmp_path / "notes.md").write_text("not an article")
        assert 0 == main(["validate", str(tmp_path)])
        captured = capsys.readouterr()
        paths = [line.split(" #")[0] for line in captured.out.splitlines()]
        assert [str(tmp_path / "a.json"), str(tmp_path / "b" / "deep" / "z.json")] == paths
        assert "2 files checked, 0 with errors: 0 errors, 2 warnings\n" == captured.err

    def test_strict_fails_on_warnings(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Warnings alone pass, unless --strict."""
        assert 0 == main(["validate", str(NO_BODY)])
        assert f"{NO_BODY} #/sections: warning empty-body: " in capsys.readouterr().out
        assert 1 == main(["validate", "--strict", str(NO_BODY)])

    def test_json_output(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--output-format json prints one report object with every file and problem."""
        bad = CLI_DATA / "invalid" / "bad-lines.jsonl"
        assert 1 == main(["validate", "--output-format", "json", str(STORY), str(bad)])
        report = json.loads(capsys.readouterr().out)
        assert {"version": 1, "status": "fail"} == {k: report[k] for k in ("version", "status")}
        assert [str(bad), str(STORY)] == [entry["path"] for entry in report["files"]]
        assert [False, True] == [entry["ok"] for entry in report["files"]]
        first = report["files"][0]["problems"][0]
        assert {
            "code": "invalid-json",
            "severity": "error",
            "line": 2,
            "column": 49,
            "xpath": None,
            "pointer": None,
        } == {key: value for key, value in first.items() if key != "message"}
        assert [2, 3, 5] == [p["line"] for p in report["files"][0]["problems"]]
        assert [] == report["files"][1]["problems"]

    def test_json_output_ok_with_warnings(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A file with warnings only is ok, unless --strict."""
        assert 0 == main(["validate", "--output-format", "json", str(NO_BODY)])
        assert "ok" == json.loads(capsys.readouterr().out)["status"]
        assert 1 == main(["validate", "--output-format", "json", "--strict", str(NO_BODY)])
        assert "fail" == json.loads(capsys.readouterr().out)["status"]

    def test_missing_file_exits_2(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A missing file is an I/O error (2), even beside an invalid one (1)."""
        missing = tmp_path / "gone.json"
        truncated = CLI_DATA / "invalid" / "truncated.json"
        assert 2 == main(["validate", str(missing), str(truncated)])
        out = capsys.readouterr().out
        assert f"{missing}: error unreadable: cannot read: No such file or directory" in out

    def test_unknown_format(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown --from, or a file whose format cannot be told, exits 2."""
        assert 2 == main(["validate", "--from", "bogus", str(STORY)])
        assert "unknown format 'bogus'" in capsys.readouterr().err
        odd = tmp_path / "story.dat"
        odd.write_text("just some words")
        assert 2 == main(["validate", str(odd)])
        assert f"{odd}: error unknown-format: cannot tell the format" in capsys.readouterr().out

    def test_from_overrides_the_extension(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--from reads a file whatever its extension."""
        odd = tmp_path / "story.dat"
        shutil.copy(STORY, odd)
        assert 0 == main(["validate", "--from", "json", str(odd)])
        assert 2 == main(["validate", str(odd), "-", "-"])
        assert "only once" in capsys.readouterr().err

    def test_format_from_content(self, tmp_path: Path) -> None:
        """A file with an unknown extension is read in the format its content looks like."""
        odd = tmp_path / "story.dat"
        shutil.copy(STORY, odd)
        assert 0 == main(["validate", str(odd)])

    def test_stdin(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`-` reads stdin, with --from; JSON Lines without a final newline is read whole."""
        assert 2 == main(["validate", "-"])
        assert "needs --from" in capsys.readouterr().err
        data = BATCH.read_bytes().rstrip(b"\n") + b'\n{"headline": 1}'
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        assert 1 == main(["validate", "--from", "jsonl", "-"])
        assert "<stdin>:3 #/headline: error wrong-type: " in capsys.readouterr().out

    def test_empty_document(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A JSON Lines file with no article is an error."""
        empty = tmp_path / "none.jsonl"
        empty.write_text("\n\n")
        assert 1 == main(["validate", str(empty)])
        assert f"{empty}: error empty: the document holds no article\n" == capsys.readouterr().out

    def test_locations_of_the_reader_place_problems(
        self, fake_formats: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A problem of validate() gets the line, column and XPath the reader recorded for the
        part it points at; what the reader forgave is reported under its own code and place."""
        doc = tmp_path / "a.loc"
        doc.write_text("Please warn\nen_US\n")
        assert 1 == main(["validate", str(doc)])
        lines = capsys.readouterr().out.splitlines()
        assert f"{doc} #/sections: warning empty-body: the article has no body text" in lines
        assert any(line.startswith(f"{doc}:2:1 [/doc/lang] #/language: error bad-language-tag")
                   for line in lines)  # fmt: skip
        assert f"{doc}:1:8 [/doc/title]: warning says-warn: the headline says warn" in lines

    def test_a_reader_crash_exits_3(
        self, fake_formats: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A bug in a reader is an internal error: exit 3, a traceback, and the other files are
        still checked."""
        doc = tmp_path / "a.crash"
        doc.write_text("anything")
        assert 3 == main(["validate", str(doc), str(CLI_DATA / "invalid" / "truncated.json")])
        captured = capsys.readouterr()
        assert "RuntimeError: a bug in a reader" in captured.err
        assert "Traceback" in captured.err
        assert "truncated.json:9:19: error invalid-json" in captured.out
        assert f"{doc}: error internal-error:" in captured.out


class TestExamples:
    """The bundled ``examples/`` (STYLE.md section 7)."""

    def test_examples_validate(self) -> None:
        """Every article file in examples/ passes validate."""
        assert 0 == main(["validate", str(ROOT / "examples")])

    def test_json_examples_convert_byte_for_byte(
        self, capsysbinary: pytest.CaptureFixture[bytes]
    ) -> None:
        """Issue 2: each JSON example converts to JSON byte for byte (the README's first run)."""
        stories = [
            path
            for path in sorted((ROOT / "examples").iterdir())
            if (fmt := formats.format_for_path(path)) is not None and fmt.name == "json"
        ]
        assert stories, "examples/ holds no JSON story"
        for story in stories:
            assert 0 == main(["convert", str(story), "--to", "json"])
            assert story.read_bytes() == capsysbinary.readouterr().out


def _run(*args: str, stdin: bytes = b"", cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsmodel", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        check=False,
        timeout=120,
    )


class TestSubprocess:
    """``python -m newsmodel`` in a real process, with standard input."""

    def test_stdin_to_stdout(self) -> None:
        """`-` reads stdin (with --from) and the document goes to stdout as UTF-8 bytes."""
        done = _run("convert", "-", "--from", "json", "--to", "json", stdin=STORY.read_bytes())
        assert (0, STORY.read_bytes(), b"") == (done.returncode, done.stdout, done.stderr)

    def test_validate_stdin_exit_code(self) -> None:
        """Invalid input on stdin exits 1 and names <stdin> and the place."""
        truncated = (CLI_DATA / "invalid" / "truncated.json").read_bytes()
        done = _run("validate", "--from", "json", "-", stdin=truncated)
        assert 1 == done.returncode
        assert b"<stdin>:9:19: error invalid-json" in done.stdout

    def test_version(self) -> None:
        """python -m newsmodel --version works."""
        done = _run("--version")
        expected = (0, f"newsmodel {newsmodel.__version__}\n".encode(), b"")
        assert expected == (done.returncode, done.stdout, done.stderr)


class TestPreCommitHook:
    """``.pre-commit-hooks.yaml``."""

    def test_hook_runs_validate_on_readable_extensions(self) -> None:
        """The newsmodel-validate hook runs `newsmodel validate` on exactly the files whose
        extension a readable format has."""
        text = (ROOT / ".pre-commit-hooks.yaml").read_text()
        assert "- id: newsmodel-validate\n" in text
        assert "  entry: newsmodel validate\n" in text
        assert "  language: python\n" in text
        match = re.search(r"^  files: (.+)$", text, re.MULTILINE)
        assert match is not None
        pattern = re.compile(match.group(1))
        for fmt in formats.FORMATS.values():
            readable = fmt.read is not None or fmt.read_all is not None
            for ext in fmt.extensions:
                assert readable == bool(pattern.search(f"dir/story{ext}")), ext
                assert readable == bool(pattern.search(f"STORY{ext.upper()}")), ext


class TestReadingFlags:
    """``convert --language`` and ``--no-heuristics`` reach the readers (issue 12)."""

    def test_language(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Plain text takes the language, and its conventions (Swedish dash quotes)."""
        story = tmp_path / "story.txt"
        story.write_text("Hamnen växer\n\n\u2013 Vi är redo, säger Anna Berg.\n", encoding="utf-8")
        assert 0 == main(["convert", str(story), "--to", "json", "--language", "sv"])
        article = newsmodel.loads(capsys.readouterr().out, format="json")
        assert ("sv", ["Vi är redo"]) == (article.language, [q.text for q in article.quotes])

    def test_language_in_workers(self, tmp_path: Path) -> None:
        """The language reaches worker processes too, in a folder of outputs."""
        for name in ("a", "b"):
            (tmp_path / f"{name}.txt").write_text(
                "Hamnen växer\n\n\u2013 Vi är redo, säger Anna Berg.\n", encoding="utf-8"
            )
        out = tmp_path / "out"
        args = ["convert", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", f"{out}/"]
        assert 0 == main([*args, "--to", "json", "--language", "sv", "--jobs", "2"])
        languages = {newsmodel.load(path).language for path in out.iterdir()}
        assert {"sv"} == languages

    def test_bad_language(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A value that is not a language tag is a usage error, exit 2."""
        assert 2 == main(["convert", str(STORY), "--to", "json", "--language", "no such tag"])
        assert "language must be a BCP 47 language tag" in capsys.readouterr().err

    def test_no_heuristics(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """With --no-heuristics, a ninjs body of plain text gives no quotes or dateline."""
        document = {
            "uri": "urn:example:1",
            "headline": "Ports grow",
            "body_text": "OSLO (NTB) - \u201cWe are ready,\u201d Anna Berg said.",
        }
        path = tmp_path / "item.ninjs.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        found = []
        for flags in ([], ["--no-heuristics"]):
            assert 0 == main(["convert", str(path), "--from", "ninjs", "--to", "json", *flags])
            article = newsmodel.loads(capsys.readouterr().out, format="json")
            found.append((len(article.quotes), article.dateline is not None))
        assert [(1, True), (0, False)] == found
