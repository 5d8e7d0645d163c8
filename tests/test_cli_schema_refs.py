"""Tests of ``newsmodel validate --schema`` with JSON Schemas that refer elsewhere or are hostile
(issue 14): ``$ref`` resolves only within the schema, to the bundled meta-schemas and to schema
files of the schema's own folder tree, never over the network; an unresolvable ``$ref`` is a
usage error (exit 2) naming it; deep documents and pathological patterns are problems, not
crashes or hangs.

The schemas here are small inventions of the tests; one test runs IPTC's ninjs schemas over
IPTC's ninjs examples from ``../shared`` (marked ``shared``).
"""

import json
import os
import socket
from pathlib import Path
from typing import Any

import pytest

from newsmodel.batch import _patterns
from newsmodel.cli import main

NINJS_VERSIONS = ("1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6",
                  "2.0", "2.1", "2.2", "3.0", "3.1")  # fmt: skip
"""The IPTC ninjs schemas that ``../shared/standards/ninjs`` holds, one folder each."""


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every attempt to open a connection, refused and recorded."""
    attempts: list[object] = []

    def refuse(*args: Any, **_kwargs: Any) -> Any:
        attempts.append(args)
        raise OSError("the tests allow no network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


def _story(folder: Path, headline: str = "Harbour reopens after the storm") -> Path:
    """Write a good ninjs story with ``headline``; return the file."""
    story = {"uri": "urn:example:story:1", "type": "text", "language": "en",
             "headline": headline, "body_text": "Boats left at dawn on Monday."}  # fmt: skip
    path = folder / "story.json"
    path.write_text(json.dumps(story), encoding="utf-8")
    return path


def _write(path: Path, schema: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(schema), encoding="utf-8")
    return path


def _problems(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    report = json.loads(capsys.readouterr().out)
    return [problem for file in report["files"] for problem in file["problems"]]


def _validate(schema: Path, *paths: Path) -> int:
    argv = ["validate", "--schema", f"ninjs={schema}", "--output-format", "json"]
    return main([*argv, *map(str, paths)])


HEADLINE_RULE = {"type": "string", "maxLength": 10}
"""A rule that the test story's headline breaks."""


class TestRefs:
    """Where a ``$ref`` may lead."""

    def test_http_ref_absent_locally_exits_2_naming_it(
        self, tmp_path: Path, connections: list[object], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A ``$ref`` to a URL that no local schema file has as ``$id`` is a usage error."""
        ref = "https://schemas.example.org/headline.json"
        schema = _write(tmp_path / "rules" / "s.json",
                        {"properties": {"headline": {"$ref": ref}}})  # fmt: skip
        assert 2 == main(["validate", "--schema", str(schema), str(_story(tmp_path))])
        err = capsys.readouterr().err
        assert ref in err
        assert "network" in err
        assert [] == connections

    def test_ref_to_a_file_outside_the_folder_is_refused(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """By relative path, ``file:`` URL or a symbolic link in the folder, a file beside the
        schema's folder is refused, although it exists and is a schema."""
        outside = _write(tmp_path / "headline.json", HEADLINE_RULE)
        (tmp_path / "rules").mkdir()
        (tmp_path / "rules" / "link.json").symlink_to(outside)
        story = _story(tmp_path)
        for ref in ("../headline.json", outside.as_uri(), str(outside), "link.json"):
            schema = _write(tmp_path / "rules" / "s.json",
                            {"properties": {"headline": {"$ref": ref}}})  # fmt: skip
            assert 2 == main(["validate", "--schema", str(schema), str(story)])
            err = capsys.readouterr().err
            assert repr(ref) in err
            assert "outside the schema's folder" in err

    def test_ref_in_the_schemas_folder_resolves(
        self, tmp_path: Path, connections: list[object], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A relative ``$ref`` to a file (and a pointer into it) in the schema's folder is
        followed: the story breaks the rule it names."""
        _write(tmp_path / "rules" / "defs" / "common.json", {"$defs": {"short": HEADLINE_RULE}})
        ref = "defs/common.json#/$defs/short"
        schema = _write(tmp_path / "rules" / "s.json", {"properties": {"headline": {"$ref": ref}}})
        assert 1 == _validate(schema, _story(tmp_path))
        found = [(p["pointer"], p["code"]) for p in _problems(capsys)]
        assert [("/headline", "schema-violation")] == found
        assert 0 == _validate(schema, _story(tmp_path, headline="Harbour"))
        assert [] == connections

    def test_url_ref_resolves_to_a_file_with_that_id_beside_the_folder(
        self, tmp_path: Path, connections: list[object], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A ``$ref`` by URL finds the schema file whose ``$id`` it is, in the schema's folder or
        a folder beside it (as IPTC ships GeoJSON beside ninjs), relative refs in it included."""
        base = "https://schemas.example.org/common/"
        text = {"$id": base + "text.json", "$defs": {"short": {"$ref": "limits.json"}}}
        _write(tmp_path / "vendor" / "common" / "text.json", text)
        _write(tmp_path / "vendor" / "common" / "limits.json",
               {"$id": base + "limits.json", **HEADLINE_RULE})  # fmt: skip
        schema = _write(tmp_path / "vendor" / "2.0" / "s.json", {
            "$id": "https://schemas.example.org/2.0/s.json",
            "properties": {"headline": {"$ref": base + "text.json#/$defs/short"}},
        })  # fmt: skip
        assert 1 == _validate(schema, _story(tmp_path))
        assert ["/headline"] == [p["pointer"] for p in _problems(capsys)]
        assert [] == connections

    @pytest.mark.parametrize(
        "ref", ["#/$defs/missing", "#nowhere", "defs.json", "urn:example:rules"]
    )
    def test_unresolvable_ref_exits_2(
        self, tmp_path: Path, ref: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A pointer, anchor, file or URN that leads nowhere is a usage error naming the ref."""
        schema = _write(tmp_path / "s.json",
                        {"$defs": {}, "properties": {"headline": {"$ref": ref}}})  # fmt: skip
        assert 2 == main(["validate", "--schema", str(schema), str(_story(tmp_path))])
        assert f"cannot resolve the $ref {ref!r}" in capsys.readouterr().err

    def test_nested_refs_in_a_referenced_file_are_checked_at_load(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A bad ``$ref`` inside a file that the schema refers to is found when loading."""
        _write(tmp_path / "defs.json", {"$ref": "http://example.org/elsewhere.json"})
        schema = _write(tmp_path / "s.json", {"properties": {"byline": {"$ref": "defs.json"}}})
        assert 2 == main(["validate", "--schema", str(schema), str(_story(tmp_path))])
        assert "'http://example.org/elsewhere.json'" in capsys.readouterr().err

    def test_meta_schema_ref_resolves_from_the_bundled_copy(
        self, tmp_path: Path, connections: list[object]
    ) -> None:
        """A ``$ref`` to a JSON Schema meta-schema resolves offline."""
        ref = "http://json-schema.org/draft-07/schema#"
        schema = _write(tmp_path / "s.json",
                        {"properties": {"extra": {"$ref": ref}}})  # fmt: skip
        assert 0 == main(["validate", "--schema", str(schema), str(_story(tmp_path))])
        assert [] == connections


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
class TestSchemaFiles:
    """Schema files are read only if they are regular files."""

    def test_fifo_as_schema_is_a_usage_error(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A named pipe given as a schema (JSON or XML) is refused at once, not read."""
        for name in ("pipe.json", "pipe.xsd"):
            os.mkfifo(tmp_path / name)
            assert 2 == main(["validate", "--schema", str(tmp_path / name), str(_story(tmp_path))])
            assert "not a regular file" in capsys.readouterr().err

    def test_fifo_beside_the_schema_is_skipped(self, tmp_path: Path) -> None:
        """The search for a ``$id`` passes over a named pipe and still finds the schema file."""
        (tmp_path / "rules").mkdir()
        os.mkfifo(tmp_path / "rules" / "a-pipe.json")
        _write(tmp_path / "rules" / "short.json", {"$id": "urn:example:short", **HEADLINE_RULE})
        schema = _write(tmp_path / "rules" / "s.json",
                        {"properties": {"headline": {"$ref": "urn:example:short"}}})  # fmt: skip
        assert 1 == main(["validate", "--schema", str(schema), str(_story(tmp_path))])


@pytest.mark.shared
@pytest.mark.parametrize("version", NINJS_VERSIONS)
def test_iptc_ninjs_schemas_offline(
    shared_dir: Path,
    version: str,
    connections: list[object],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each IPTC ninjs schema checks IPTC's ninjs examples offline: every file is checked
    (exit 0 or 1), none fails inside newsmodel, and no connection is attempted."""
    schema = shared_dir / "standards" / "ninjs" / version / f"ninjs-schema_{version}.json"
    examples = sorted((shared_dir / "corpus" / "newsml" / "iptc-ninjs").glob("*.json"))
    assert examples
    code = main(["validate", "--schema", f"ninjs={schema}", "--output-format", "json",
                 *map(str, examples)])  # fmt: skip
    assert code in (0, 1)
    report = json.loads(capsys.readouterr().out)
    assert len(examples) == len(report["files"])
    assert [] == [
        p for f in report["files"] for p in f["problems"] if p["code"] == "internal-error"
    ]
    assert [] == connections


class TestHostileDocuments:
    """Documents that would crash or stall the schema check."""

    @pytest.fixture(autouse=True)
    def _short_bound(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A shorter time bound for patterns, so that the tests stay quick on a busy machine."""
        monkeypatch.setattr(_patterns, "PATTERN_SECONDS", 0.25)

    def test_deeply_nested_json_is_a_problem(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """100,000 nested arrays, and 400 (which Python's JSON parser takes but the recursive
        schema check does not), give problems and exit 1, never an internal error."""
        schema = _write(tmp_path / "s.json", {"items": {"$ref": "#"}})
        for depth in (100_000, 400):
            deep = tmp_path / f"deep{depth}.json"
            deep.write_text("[" * depth + "]" * depth)
            argv = ["validate", "--schema", f"json={schema}", "--output-format", "json"]
            assert 1 == main([*argv, str(deep)])
            codes = {p["code"] for p in _problems(capsys)}
            assert "internal-error" not in codes
            assert codes & {"too-deep", "invalid-json"}
        assert "too-deep" in codes  # the schema check's own, at 400

    @pytest.mark.parametrize(
        "where", ["pattern", "patternProperties", "additionalProperties", "unevaluatedProperties"]
    )
    def test_catastrophic_pattern_is_bounded(
        self, tmp_path: Path, where: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A pattern that backtracks catastrophically on the document stops within the time
        bound with a problem naming it, wherever the schema matches patterns."""
        evil = "^(a|a)*$"
        rules: dict[str, Any] = {
            "pattern": {"properties": {"headline": {"pattern": evil}}},
            "patternProperties": {"patternProperties": {evil: {}}},
            "additionalProperties": {"patternProperties": {evil: {}},
                                     "additionalProperties": True},
            "unevaluatedProperties": {"unevaluatedProperties": False,
                                      "patternProperties": {evil: {}}},
        }[where]  # fmt: skip
        schema = _write(tmp_path / "s.json", rules)
        story = _story(tmp_path, headline="a" * 40 + "b")
        if where != "pattern":  # the pattern meets the keys: give the story a long one
            data = json.loads(story.read_text())
            data["a" * 40 + "b"] = "x"
            story.write_text(json.dumps(data))
        assert 1 == _validate(schema, story)
        stopped = [p for p in _problems(capsys) if "took more than" in p["message"]]
        assert 1 == len(stopped)
        assert repr(evil) in stopped[0]["message"]
        assert "0.25 s" in stopped[0]["message"]

    def test_bound_without_the_regex_package(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Without ``regex``, ``re`` is interrupted by a timer instead."""
        monkeypatch.setattr(_patterns, "_regex", None)
        schema = _write(tmp_path / "s.json",
                        {"properties": {"headline": {"pattern": "^(a|a)*$"}}})  # fmt: skip
        assert 1 == _validate(schema, _story(tmp_path, headline="a" * 40 + "b"))
        assert any("took more than" in p["message"] for p in _problems(capsys))

    def test_patterns_still_match_within_the_bound(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Ordinary patterns keep their meaning in every keyword that matches them."""
        schema = _write(tmp_path / "s.json", {
            "properties": {"headline": {"pattern": "^Harbour"}},
            "patternProperties": {"^lang": {"enum": ["de"]}},
            "additionalProperties": {"not": {"const": "Boats left at dawn on Monday."}},
        })  # fmt: skip
        assert 1 == _validate(schema, _story(tmp_path))
        pointers = sorted(p["pointer"] for p in _problems(capsys))
        assert ["/body_text", "/language"] == [p for p in pointers if p != "/headline"]
        assert "/headline" not in pointers
