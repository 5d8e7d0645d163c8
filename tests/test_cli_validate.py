"""Tests of ``newsmodel validate`` for CI (issue 6): good and broken files of every registered
format, --include/--exclude, --select/--ignore, --strict, the text, JSON and GitHub outputs, exit
codes, and --schema with an XML Schema and a JSON Schema.

Fixtures are in ``tests/data/validate``: ``good/`` (JSON and JSON Lines, one in a subfolder),
``broken/`` (one file per problem code the issue names, each named after its fault) and
``warnings/``. Files of the other formats are written with :func:`newsmodel.dumps` at test time,
for every format the registry can both read and write, so that a new format is covered.
"""

import builtins
import json
import warnings
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from newsmodel import formats
from newsmodel.cli import main
from newsmodel.errors import LossWarning

DATA = Path(__file__).resolve().parent / "data" / "validate"
GOOD = DATA / "good"
BROKEN = DATA / "broken"
WARNINGS = DATA / "warnings"

EXPECTED_CODES = {
    "bad-language.json": "bad-language-tag",
    "bad-quote.json": "quote-span-mismatch",
    "impossible-dateline.json": "impossible-dateline-date",
    "naive-date.json": "naive-datetime",
    "no-headline.json": "missing-headline",
    "syntax.json": "invalid-json",
    "lines.jsonl": "invalid-json",
}
"""The code each broken fixture must give."""

ROUND_TRIP = sorted(name for name, fmt in formats.FORMATS.items() if fmt.readable and fmt.writable)
"""The formats newsmodel reads and writes: their files are generated from an article."""


def _article() -> newsmodel.Article:
    return newsmodel.Article(
        headline="Harbour reopens after the storm",
        language="en",
        sections=(
            newsmodel.Section(
                blocks=(newsmodel.Paragraph(text="Boats left Vesthavn at dawn on Monday."),)
            ),
        ),
    )


def _generated(folder: Path, name: str) -> Path:
    """Write the test article in format ``name`` into ``folder``; return the file."""
    fmt = formats.get(name)
    path = folder / f"story{fmt.extensions[0]}"
    with warnings.catch_warnings():  # a format may not carry every field: not tested here
        warnings.simplefilter("ignore", LossWarning)
        text = newsmodel.dumps(_article(), format=name)  # type: ignore[arg-type]
    path.write_text(text, encoding="utf-8")
    return path


def _json_report(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(capsys.readouterr().out)
    return report


class TestEveryFormat:
    """Good and broken files of every registered format."""

    @pytest.mark.parametrize("name", ROUND_TRIP)
    def test_a_written_article_validates(
        self, name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """What newsmodel writes in a format, newsmodel validate accepts: exit 0."""
        path = _generated(tmp_path, name)
        assert 0 == main(["validate", "--from", name, str(path)])
        assert "1 file checked: no problems\n" == capsys.readouterr().err

    @pytest.mark.parametrize("name", ROUND_TRIP)
    def test_an_empty_file_is_an_error_with_a_code(
        self, name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A zero-byte file of any format is an error with a problem code: exit 1."""
        path = tmp_path / f"blank{formats.get(name).extensions[0]}"
        path.write_bytes(b"")
        assert 1 == main(["validate", "--from", name, "--output-format", "json", str(path)])
        problems = _json_report(capsys)["files"][0]["problems"]
        assert ["error"] == sorted({p["severity"] for p in problems})
        assert all(p["code"] for p in problems)

    def test_a_folder_of_every_format(self, tmp_path: Path) -> None:
        """A folder holding a file of each format is walked and checked: exit 0."""
        for index, name in enumerate(ROUND_TRIP):
            sub = tmp_path / f"d{index}"
            sub.mkdir()
            _generated(sub, name)
        assert 0 == main(["validate", str(tmp_path)])

    @pytest.mark.parametrize("fixture", sorted(EXPECTED_CODES))
    def test_broken_fixtures(self, fixture: str, capsys: pytest.CaptureFixture[str]) -> None:
        """Each broken fixture gives its problem code as an error, and exit 1."""
        assert 1 == main(["validate", "--output-format", "json", str(BROKEN / fixture)])
        problems = _json_report(capsys)["files"][0]["problems"]
        assert [(EXPECTED_CODES[fixture], "error")] == [
            (p["code"], p["severity"]) for p in problems
        ]

    def test_good_folder(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The good folder, with a subfolder, has no problems: exit 0."""
        assert 0 == main(["validate", str(GOOD)])
        assert "2 files checked: no problems\n" == capsys.readouterr().err


class TestSelection:
    """--include, --exclude, --select and --ignore."""

    def test_include_and_exclude(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Globs match a file's path or name; --exclude wins over --include."""
        assert 1 == main(["validate", "--include", "*.jsonl", str(BROKEN), str(GOOD)])
        assert capsys.readouterr().err.startswith("2 files checked, 1 with errors")
        argv = ["validate", "--exclude", "*/broken/*", str(BROKEN), str(GOOD)]
        assert 0 == main(argv)
        assert "2 files checked: no problems\n" == capsys.readouterr().err
        argv = ["validate", "--include", "*.json", "--exclude", "syntax.json", str(BROKEN)]
        assert 1 == main(argv)
        assert "syntax.json" not in capsys.readouterr().out

    def test_exclude_applies_to_named_files(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Files named on the command line (as pre-commit passes them) are filtered too."""
        assert 0 == main(["validate", "--exclude", "syntax.json", str(BROKEN / "syntax.json")])
        assert "0 files checked: no problems\n" == capsys.readouterr().err

    def test_select_by_prefix(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--select keeps only problems whose code starts with one of its values."""
        assert 0 == main(["validate", "--select", "future", str(WARNINGS / "future.json")])
        lines = capsys.readouterr().out.splitlines()
        assert 1 == len(lines)
        assert "warning future-date: published" in lines[0]

    def test_ignore_turns_a_failure_into_success(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An ignored error code does not fail the run; comma-separated values work."""
        path = str(BROKEN / "bad-language.json")
        assert 1 == main(["validate", path])
        capsys.readouterr()
        assert 0 == main(["validate", "--ignore", "empty-body,bad-language", path])
        assert "" == capsys.readouterr().out

    def test_ignore_keeps_unreadable(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A file that cannot be read is reported whatever --ignore says: exit 2."""
        missing = str(tmp_path / "gone.json")
        assert 2 == main(["validate", "--ignore", "unreadable", missing])
        assert "error unreadable" in capsys.readouterr().out

    def test_strict_makes_warnings_fail(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Warnings pass without --strict and fail with it; --ignore can drop them."""
        path = str(WARNINGS / "future.json")
        assert 0 == main(["validate", path])
        assert 1 == main(["validate", "--strict", path])
        assert 0 == main(["validate", "--strict", "--ignore", "future-date,empty-body", path])
        capsys.readouterr()


class TestOutputFormats:
    """Text, JSON and GitHub outputs."""

    def test_text(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Text: one line per problem with its place, and the summary on stderr."""
        path = BROKEN / "syntax.json"
        assert 1 == main(["validate", str(path)])
        captured = capsys.readouterr()
        assert f"{path}:5:1: error invalid-json: invalid JSON: Expecting value\n" == captured.out
        assert "1 file checked, 1 with errors: 1 error, 0 warnings\n" == captured.err

    def test_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """JSON: one report with the status, each file and its problems' places."""
        path = BROKEN / "bad-language.json"
        assert 1 == main(["validate", "--output-format", "json", str(path), str(GOOD)])
        report = _json_report(capsys)
        assert "fail" == report["status"]
        assert [False, True, True] == [entry["ok"] for entry in report["files"]]
        assert "/language" == report["files"][0]["problems"][0]["pointer"]

    def test_github(self, capsys: pytest.CaptureFixture[str]) -> None:
        """GitHub: workflow commands, ::error with file, line and column, ::warning for
        warnings."""
        syntax = BROKEN / "syntax.json"
        future = WARNINGS / "future.json"
        assert 1 == main(["validate", "--output-format", "github", str(syntax), str(future)])
        lines = capsys.readouterr().out.splitlines()
        assert [
            f"::error file={syntax},line=5,col=1,title=invalid-json::invalid-json: invalid "
            "JSON: Expecting value",
            f"::warning file={future},title=future-date::#/published: future-date: published "
            "2999-06-01T12:00:00+00:00 is in the future",
            f"::warning file={future},title=empty-body::#/sections: empty-body: the article has "
            "no body text",
        ] == lines

    def test_github_escapes(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Commas and colons in a file name and newlines in a message are escaped."""
        path = tmp_path / "a,b:c.json"
        path.write_text('{"newsmodel": 1, "headline": "x\\ny", "language": "en_GB"}')
        assert 1 == main(["validate", "--output-format", "github", str(path)])
        out = capsys.readouterr().out
        assert f"file={str(path).replace(':', '%3A').replace(',', '%2C')}," in out

    def test_exit_2_for_usage_errors(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown output format is a usage error: exit 2."""
        assert 2 == main(["validate", "--output-format", "xml", str(GOOD)])
        assert "invalid choice" in capsys.readouterr().err


XSD = """<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           targetNamespace="http://iptc.org/std/nar/2006-10-01/" elementFormDefault="qualified">
  <xs:element name="newsItem">
    <xs:complexType>
      <xs:sequence>
        <xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence>
      <xs:attribute name="guid" type="xs:string" use="required"/>
      <xs:attribute name="standard" type="xs:string" use="required"/>
      <xs:attribute name="mandatory" type="xs:string" use="required"/>
      <xs:anyAttribute processContents="skip"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
"""
"""An XML Schema that a NewsML-G2 item fails: it requires a ``mandatory`` attribute."""

JSON_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["uri", "desk"],
    "properties": {"language": {"enum": ["de", "fr"]}},
}
"""A JSON Schema that the test article fails: it needs a ``desk`` key and German or French."""


class TestSchema:
    """--schema with a user's XML Schema and JSON Schema."""

    def test_xsd_violations_have_line_and_xpath(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A NewsML-G2 file that breaks the XSD gets a schema-violation with line and XPath."""
        schema = tmp_path / "item.xsd"
        schema.write_text(XSD)
        item = _generated(tmp_path, "newsml")
        assert 0 == main(["validate", str(item)])
        argv = ["validate", "--schema", str(schema), "--output-format", "json", str(item)]
        assert 1 == main(argv)
        problems = _json_report(capsys)["files"][0]["problems"]
        found = [p for p in problems if p["code"] == "schema-violation"]
        assert 1 == len(found)
        assert "mandatory" in found[0]["message"]
        assert isinstance(found[0]["line"], int)
        assert "/*" in (found[0]["xpath"] or "") or found[0]["xpath"].startswith("/")

    def test_json_schema_violations_have_pointers(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A ninjs file that breaks a JSON Schema gets schema-violations with pointers."""
        schema = tmp_path / "ninjs-rules.json"
        schema.write_text(json.dumps(JSON_SCHEMA))
        story = _generated(tmp_path, "ninjs")
        argv = ["validate", "--schema", f"ninjs={schema}", "--output-format", "json", str(story)]
        assert 1 == main(argv)
        problems = _json_report(capsys)["files"][0]["problems"]
        found = sorted(
            (p["pointer"], p["message"]) for p in problems if p["code"] == "schema-violation"
        )
        assert [("", "'desk' is a required property"),
                ("/language", "'en' is not one of ['de', 'fr']")] == found  # fmt: skip

    def test_json_schema_checks_each_line(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """With FMT=PATH the schema applies to that format only; JSON Lines line by line."""
        schema = tmp_path / "rules.json"
        schema.write_text(json.dumps({"type": "object", "required": ["desk"]}))
        lines = GOOD / "nested" / "two.jsonl"
        assert 1 == main(["validate", "--schema", f"jsonl={schema}", str(lines)])
        out = capsys.readouterr().out.splitlines()
        assert [f"{lines}:1: error schema-violation: 'desk' is a required property",
                f"{lines}:2: error schema-violation: 'desk' is a required property"] == [
            line.replace(" #", "") for line in out
        ]  # fmt: skip
        assert 0 == main(["validate", "--schema", f"ninjs={schema}", str(lines)])

    def test_missing_jsonschema_exits_2(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Without jsonschema installed, a JSON Schema is a usage error naming the fix."""
        schema = tmp_path / "rules.json"
        schema.write_text("{}")
        real_import = builtins.__import__

        def no_jsonschema(name: str, *args: Any, **kwargs: Any) -> Any:
            if name == "jsonschema" or name.startswith("jsonschema."):
                raise ImportError(name)
            return real_import(name, *args, **kwargs)

        monkeypatch.setattr(builtins, "__import__", no_jsonschema)
        monkeypatch.delitem(__import__("sys").modules, "jsonschema", raising=False)
        assert 2 == main(["validate", "--schema", str(schema), str(GOOD)])
        assert "pip install jsonschema" in capsys.readouterr().err

    @pytest.mark.parametrize(
        ("name", "content", "message"),
        [
            ("bad.xsd", "<xs:schema", "cannot load the XML Schema"),
            ("bad.json", "{not json", "cannot load the JSON Schema"),
            ("wrong.json", '{"type": 12}', "is not a valid JSON Schema"),
        ],
    )
    def test_bad_schema_exits_2(
        self, name: str, content: str, message: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
    ) -> None:  # fmt: skip
        """A schema that cannot be read or is not a schema is a usage error: exit 2."""
        schema = tmp_path / name
        schema.write_text(content)
        assert 2 == main(["validate", "--schema", str(schema), str(GOOD)])
        assert message in capsys.readouterr().err

    def test_xsd_cannot_reach_the_network(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An xs:import of a remote schema is not fetched: loading fails with exit 2."""
        schema = tmp_path / "remote.xsd"
        schema.write_text(
            '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
            '<xs:import namespace="urn:x" schemaLocation="http://example.invalid/x.xsd"/>'
            '<xs:element name="a" type="x:t" xmlns:x="urn:x"/></xs:schema>'
        )
        assert 2 == main(["validate", "--schema", str(schema), str(GOOD)])
        assert "cannot load the XML Schema" in capsys.readouterr().err


NO_HEADLINE = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:no-headline" version="1">
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="Wire"/>
    <versionCreated>2026-03-14T09:30:00Z</versionCreated>
  </itemMeta>
  <contentMeta>
    <language tag="en"/>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml"><body>
        <h1>Harbour wall reopens</h1>
        <p>The harbour wall reopened on Friday after a year of repairs.</p>
      </body></html>
    </inlineXML>
  </contentSet>
</newsItem>
"""


class TestForgivenProblems:
    """What a reader forgave is reported under its own code, with its place (#10)."""

    def test_missing_headline_is_a_placed_warning(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A NewsML-G2 item without <headline> gives a missing-headline warning with its line
        and XPath: exit 0, 1 with --strict, and --ignore missing-headline silences it."""
        item = tmp_path / "item.xml"
        item.write_text(NO_HEADLINE)
        assert 0 == main(["validate", "--output-format", "json", str(item)])
        problems = _json_report(capsys)["files"][0]["problems"]
        found = [p for p in problems if p["code"] == "missing-headline"]
        assert 1 == len(found)
        assert "warning" == found[0]["severity"]
        assert isinstance(found[0]["line"], int)
        assert found[0]["xpath"].startswith("/")
        assert 1 == main(["validate", "--strict", "--output-format", "json", str(item)])
        capsys.readouterr()
        argv = ["validate", "--strict", "--ignore", "missing-headline", str(item)]
        assert 0 == main(argv)
        assert "missing-headline" not in capsys.readouterr().out

    def test_select_finds_a_forgiven_code(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--select on a code a reader forgives reports only that code, with line=... in
        GitHub annotations."""
        item = tmp_path / "item.xml"
        item.write_text(NO_HEADLINE.replace(' xmlns="http://iptc.org/std/nar/2006-10-01/"', ""))
        argv = ["validate", "--select", "missing-namespace", "--output-format", "github"]
        assert 0 == main([*argv, str(item)])
        lines = capsys.readouterr().out.splitlines()
        assert 1 == len(lines)
        assert "missing-namespace" in lines[0]
        assert "line=" in lines[0]

    def test_ninjs_json_is_ninjs_everywhere(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A ninjs document saved as story.json is read as ninjs by load, validate and convert
        alike: one detection."""
        story = tmp_path / "story.json"
        story.write_text(json.dumps({"uri": "urn:test:1", "headline": "Talks resume"}))
        assert "Talks resume" == newsmodel.load(story).headline
        assert 0 == main(["validate", str(story)])
        assert "unknown-key" not in capsys.readouterr().out
        assert 0 == main(["convert", str(story), "--to", "json"])
        assert '"headline": "Talks resume"' in capsys.readouterr().out


@pytest.mark.shared
class TestNinjsSchemaImpliesNinjs:
    """--schema with a ninjs schema reads JSON files as ninjs (#10)."""

    @pytest.mark.parametrize("version", ["1.5", "1.6"])  # 2.x and 3.x $ref GeoJSON by URL (#14)
    def test_from_and_implied_agree(
        self, shared_dir: Path, version: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """validate -f ninjs --schema S and validate --schema S give the same report on IPTC's
        ninjs examples."""
        schema = shared_dir / "standards" / "ninjs" / version / f"ninjs-schema_{version}.json"
        folder = shared_dir / "corpus" / "newsml" / "iptc-ninjs"
        base = ["validate", "--output-format", "json", "--schema", str(schema), str(folder)]
        implied_code = main(base)
        implied = _json_report(capsys)
        chosen_code = main([*base, "--from", "ninjs"])
        chosen = _json_report(capsys)
        # --from ninjs takes the .json files only; the implied reading also meets the folder's
        # one XML file, which is no ninjs.
        by_path = {f["path"]: f for f in implied["files"]}
        assert 60 < len(chosen["files"])
        assert [by_path[f["path"]] for f in chosen["files"]] == chosen["files"]
        assert chosen_code == implied_code
        codes = {p["code"] for f in chosen["files"] for p in f["problems"]}
        assert "unknown-key" not in codes
