"""The bundled examples work: every script under examples/ runs, and the example articles are
valid and in canonical form (issue 2)."""

import importlib.util
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import cast

import pytest

import newsmodel
from newsmodel.formats import ReadFormat

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
STORY = EXAMPLES / "story.json"


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run Python on ``args`` with warnings as errors, and return the finished process."""
    return subprocess.run(
        [sys.executable, "-W", "error", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def import_example(name: str) -> ModuleType:
    """Import examples/``name`` as a module, without running its ``main``."""
    spec = importlib.util.spec_from_file_location(f"example_{name[:-3]}", EXAMPLES / name)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_build_article(tmp_path: Path) -> None:
    """build_article.py prints the article its build() makes, as canonical JSON."""
    done = run(EXAMPLES / "build_article.py", cwd=tmp_path)
    assert (0, "") == (done.returncode, done.stderr)
    printed = newsmodel.loads(done.stdout, format="json")
    assert import_example("build_article.py").build() == printed
    assert done.stdout == newsmodel.dumps(printed, format="json")
    assert () == newsmodel.validate(printed)


def check_convert_folder(tmp_path: Path) -> None:
    """convert_folder.py converts the articles of a folder and skips what it cannot read."""
    source, target = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    shutil.copy(STORY, source / "story.json")
    (source / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    done = run(EXAMPLES / "convert_folder.py", source, target, "--to", "jsonl", cwd=tmp_path)
    assert 0 == done.returncode, done.stderr
    assert ["story.jsonl"] == sorted(p.name for p in target.iterdir())
    assert [newsmodel.load(STORY)] == list(newsmodel.load_all(target / "story.jsonl"))
    assert "notes.docx: skipped" in done.stderr


CHECKS: dict[str, Callable[[Path], None]] = {
    "build_article.py": check_build_article,
    "convert_folder.py": check_convert_folder,
}
"""How each script under examples/ is run and checked."""


class TestScripts:
    """Every script under examples/ runs and does what its docstring says."""

    def test_every_script_is_checked(self) -> None:
        """A new script under examples/ needs a check here."""
        assert sorted(CHECKS) == sorted(p.name for p in EXAMPLES.glob("*.py"))

    @pytest.mark.parametrize("name", sorted(CHECKS))
    def test_script(self, name: str, tmp_path: Path) -> None:
        """The script runs with this Python and prints what it should."""
        CHECKS[name](tmp_path)

    def test_convert_folder_reports_a_broken_file(self, tmp_path: Path) -> None:
        """convert_folder.py exits 1 and names the file when an article cannot be read."""
        source = tmp_path / "in"
        source.mkdir()
        (source / "broken.json").write_text('{"newsmodel": 1, "headline": ', encoding="utf-8")
        done = run(EXAMPLES / "convert_folder.py", source, tmp_path / "out", "--to", "json",
                   cwd=tmp_path)  # fmt: skip
        assert 1 == done.returncode
        assert re.search(r"broken\.json: failed: .*broken\.json:1:\d+: invalid JSON", done.stderr)


class TestStory:
    """examples/story.json is a valid article in canonical form."""

    def test_round_trips_byte_for_byte(self) -> None:
        """Reading story.json and writing it as json gives back the same bytes."""
        data = STORY.read_bytes()
        article = newsmodel.loads(data, format="json")
        assert data.decode("utf-8") == newsmodel.dumps(article, format="json")

    def test_has_no_problems(self) -> None:
        """validate() finds nothing wrong with the example story."""
        assert () == newsmodel.validate(newsmodel.load(STORY))

    def test_uses_every_kind_of_block(self) -> None:
        """The story shows every block kind, quotes with speakers, and a dateline."""
        article = newsmodel.load(STORY)
        kinds = {type(block).__name__ for block in article.blocks}
        assert {"Paragraph", "BlockQuote", "Figure", "ListBlock"} == kinds
        assert all(quote.speaker is not None for quote in article.quotes)
        assert article.dateline is not None

    def test_cli_converts_it_byte_for_byte(self, tmp_path: Path) -> None:
        """`newsmodel convert story.json --to json` reproduces the file byte for byte."""
        done = subprocess.run(
            [sys.executable, "-m", "newsmodel", "convert", str(STORY), "--to", "json"],
            cwd=tmp_path,
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert (0, b"") == (done.returncode, done.stderr)
        assert STORY.read_bytes() == done.stdout

    def test_cli_validates_the_folder(self, tmp_path: Path) -> None:
        """`newsmodel validate examples/` exits 0, as CI requires."""
        done = run("-m", "newsmodel", "validate", EXAMPLES, cwd=tmp_path)
        assert 0 == done.returncode, done.stdout + done.stderr


class TestReadmeCommand:
    """The README's first command runs the main job on a bundled example."""

    def test_runs(self, tmp_path: Path) -> None:
        """The `newsmodel ...` part of the README's first command works from the checkout."""
        readme = (ROOT / "README.md").read_text("utf-8")
        first = re.findall(r"```sh\n(.*?)\n```", readme, re.DOTALL)[0]
        command = first.split("&&", 1)[1].split()
        assert "newsmodel" == command[0]
        source = ROOT / command[command.index("convert") + 1]
        target = cast(ReadFormat, command[command.index("--to") + 1])
        done = subprocess.run(
            [sys.executable, "-W", "error", "-m", *command],
            cwd=ROOT,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            check=False,
        )
        assert (0, "") == (done.returncode, done.stderr)
        converted = newsmodel.loads(done.stdout, format=target)
        assert newsmodel.load(source).headline == converted.headline
