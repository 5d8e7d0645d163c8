"""Tests of :mod:`newsmodel.dask` (issue 6): the conversion of ``newsmodel convert`` as a Dask
bag, on the local synchronous and threaded schedulers, giving the same results as the command.
"""

import re
from pathlib import Path

import pytest

import newsmodel
from newsmodel import dask as nmdask
from newsmodel.cli import main

dask = pytest.importorskip(
    "dask", reason="Dask is an optional extra: pip install 'newsmodel[dask]'"
)
pytest.importorskip("dask.bag", reason="dask.bag needs the bag extra: pip install 'dask[bag]'")


def _article(number: int) -> newsmodel.Article:
    return newsmodel.Article(
        headline=f"Story {number}",
        sections=(newsmodel.Section(blocks=(newsmodel.Paragraph(text=f"Body {number}."),)),),
    )


def _inputs(root: Path) -> Path:
    """A folder of four JSON files (one in a subfolder, one broken) and a JSON Lines file of
    three lines (one broken)."""
    root.mkdir()
    (root / "sub").mkdir()
    newsmodel.dump(_article(1), root / "one.json")
    newsmodel.dump(_article(2), root / "sub" / "two.json")
    (root / "broken.json").write_text('{"newsmodel": 1, "headline": ')
    lines = [newsmodel.dumps(_article(n), format="jsonl") for n in (3, 4)]
    (root / "batch.jsonl").write_text(lines[0] + "{oops\n" + lines[1])
    return root


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
class TestConvert:
    """nmdask.convert, write_folder and texts."""

    def test_results_and_summary(self, scheduler: str, tmp_path: Path) -> None:
        """Each article is converted and named as the command names it; each failure is a
        result with its code and message."""
        source = _inputs(tmp_path / "in")
        with dask.config.set(scheduler=scheduler):
            results = nmdask.convert([str(source)], to="json", npartitions=2).compute()
        assert ["batch-1.json", "batch-3.json", "one.json", "sub/two.json"] == sorted(
            result.name for result in results if result.ok
        )
        assert {"converted": 4, "failed": 2} == nmdask.summary(results)
        failed = sorted((r.source, r.code) for r in results if not r.ok)
        assert [(str(source / "batch.jsonl"), 1), (str(source / "broken.json"), 1)] == failed
        assert any(":2:2: error invalid-json" in m for r in results for m in r.messages)

    def test_write_folder_matches_the_command(self, scheduler: str, tmp_path: Path) -> None:
        """write_folder writes the same files, with the same bytes, as newsmodel convert."""
        source = _inputs(tmp_path / "in")
        by_dask, by_cli = tmp_path / "dask", tmp_path / "cli"
        bag = nmdask.write_folder(nmdask.convert([str(source)], to="ninjs"), str(by_dask))
        with dask.config.set(scheduler=scheduler):
            outcomes = bag.compute()
        assert 1 == main(["convert", str(source), "--to", "ninjs", "-o", str(by_cli)])
        cli_files = sorted(p.relative_to(by_cli) for p in by_cli.rglob("*") if p.is_file())
        dask_files = sorted(p.relative_to(by_dask) for p in by_dask.rglob("*") if p.is_file())
        assert cli_files == dask_files
        assert all((by_cli / f).read_bytes() == (by_dask / f).read_bytes() for f in cli_files)
        assert 2 == sum(1 for _source, what in outcomes if what == "failed")

    def test_write_folder_never_overwrites(self, scheduler: str, tmp_path: Path) -> None:
        """An existing file is kept unless force=True."""
        source = _inputs(tmp_path / "in")
        out = tmp_path / "out"
        out.mkdir()
        (out / "one.json").write_text("keep me")
        with dask.config.set(scheduler=scheduler):
            outcomes = nmdask.write_folder(nmdask.convert([str(source)], to="json"),
                                           str(out)).compute()  # fmt: skip
            assert "keep me" == (out / "one.json").read_text()
            assert any("exists; pass force=True" in what for _source, what in outcomes)
            nmdask.write_folder(nmdask.convert([str(source)], to="json"), str(out),
                                force=True).compute()  # fmt: skip
        assert _article(1) == newsmodel.load(out / "one.json")

    def test_clashing_outputs_are_caught_even_with_force(
        self, scheduler: str, tmp_path: Path
    ) -> None:
        """d1/story.json and d2/story.json both become story.json: with force=True the second
        is refused, not written over the first, as the command refuses it (#10)."""
        first, second = tmp_path / "d1", tmp_path / "d2"
        first.mkdir()
        second.mkdir()
        newsmodel.dump(_article(1), first / "story.json")
        newsmodel.dump(_article(2), second / "story.json")
        out = tmp_path / "out"
        with dask.config.set(scheduler=scheduler):
            bag = nmdask.convert([str(first), str(second)], to="json", npartitions=2)
            outcomes = nmdask.write_folder(bag, str(out), force=True).compute()
        assert _article(1) == newsmodel.load(out / "story.json")
        refused = [what for source, what in outcomes if source == str(second / "story.json")]
        assert [
            f"not written: {out / 'story.json'} is the output of {first / 'story.json'} too"
        ] == (refused)
        cli_out = tmp_path / "cli"
        assert 2 == main(["convert", str(first), str(second), "--to", "json", "-o",
                          f"{cli_out}/", "--force"])  # fmt: skip
        assert _article(1) == newsmodel.load(cli_out / "story.json")

    def test_texts_to_jsonl(self, scheduler: str, tmp_path: Path) -> None:
        """texts() gives the documents for Dask's to_textfiles; failures are left out."""
        source = _inputs(tmp_path / "in")
        with dask.config.set(scheduler=scheduler):
            bag = nmdask.texts(nmdask.convert([str(source / "batch.jsonl")], to="jsonl"))
            bag.to_textfiles(str(tmp_path / "part-*.jsonl"))
        lines = [
            line
            for path in sorted(tmp_path.glob("part-*.jsonl"))
            for line in path.read_text().splitlines()
        ]
        assert [_article(3), _article(4)] == [newsmodel.loads(x, format="jsonl") for x in lines]


class TestTasks:
    """nmdask.tasks and convert_task, the picklable pieces."""

    def test_tasks_pickle_and_convert(self, tmp_path: Path) -> None:
        """Tasks and results survive pickling, as Dask's process scheduler needs."""
        import pickle

        from newsmodel.batch.work import Job

        source = _inputs(tmp_path / "in")
        tasks = pickle.loads(pickle.dumps(nmdask.tasks([str(source)])))
        assert 4 == len(tasks)
        results = [
            r for t in tasks for r in nmdask.convert_task(t, Job(source=None, target="json"))
        ]
        assert results == pickle.loads(pickle.dumps(results))

    def test_unknown_format(self) -> None:
        """An unknown target format is a FormatError before any work."""
        with pytest.raises(newsmodel.FormatError):
            nmdask.convert(["x"], to="docx")


def _agency_item(number: int) -> str:
    """A NewsML-G2 item that breaks the standard in three ways a reader forgives, each saying
    which document it is: no namespace, a padded date, a +hhmm offset."""
    return (
        f'<newsItem guid="urn:test:{number}"><itemMeta><itemClass qcode="ninat:text"/>'
        f'<provider literal="Wire"/><versionCreated> 2026-01-01T00:00:{number % 60:02d}Z '
        f"</versionCreated></itemMeta><contentMeta>"
        f"<contentCreated>2026-01-0{number % 9 + 1}T10:{number % 60:02d}:00+0100</contentCreated>"
        f"<headline>Story {number}</headline></contentMeta>"
        f'<contentSet><inlineXML contenttype="application/xhtml+xml">'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Body {number}.</p></body></html>'
        f"</inlineXML></contentSet></newsItem>"
    )


class TestThreadedAttribution:
    """What a reader forgave lands on its own document, on Dask's threaded scheduler (#10)."""

    @pytest.mark.parametrize("attempt", range(20))
    def test_each_problem_lands_on_its_own_document(self, attempt: int, tmp_path: Path) -> None:
        """Hundreds of documents with forgiven faults converted on threads: each document's
        messages name only that document, hold its own dates, and hold all three faults; run
        20 times, since a mix-up of threads shows only now and then."""
        source = tmp_path / "in"
        source.mkdir()
        count = 300
        for number in range(count):
            (source / f"item-{number:03d}.xml").write_text(_agency_item(number))
        with dask.config.set(scheduler="threads", num_workers=8):
            results = nmdask.convert([str(source)], to="json", npartitions=60).compute()
        assert count == sum(1 for result in results if result.ok)
        reports = [result for result in results if not result.ok]
        assert count == len(reports)
        for report in reports:
            number = int(Path(report.source).stem.split("-")[1])
            codes = sorted(re.search(r": warning ([a-z-]+): ", m)[1] for m in report.messages)
            expected = ["missing-namespace", "nonstandard-offset", "padded-date"]
            assert (report.source, expected) == (report.source, codes)
            assert all(message.startswith(report.source) for message in report.messages)
            assert any(f"10:{number % 60:02d}:00+0100" in m for m in report.messages)
            assert any(f"00:00:{number % 60:02d}Z" in m for m in report.messages)
