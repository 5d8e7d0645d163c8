"""Tests of the ``json`` and ``jsonl`` formats (issue 2): golden cases, errors and their places.

Golden cases are found by glob in ``tests/data/json``:

- ``valid/<case>.json`` is a canonical document: loading then dumping gives its bytes back (after
  a leading byte order mark, which the writer never writes); ``valid/<case>.jsonl`` likewise, line
  by line;
- ``invalid/<case>.json`` or ``.jsonl`` with ``<case>.error.json``: the expected error class and,
  for each problem, its code and place (pointer, or line and column).

``pytest --update-golden`` rewrites the canonical documents and the expected errors.
"""

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

import newsmodel
from newsmodel import Article, Media, MediaKind, Note, NoteKind, Paragraph, Section
from newsmodel.schema import article_schema
from tests.formats.conftest import (
    DATA,
    case_id,
    cases,
    describe_error,
    error_path,
    write_json,
)

VALID = DATA / "json" / "valid"
INVALID = DATA / "json" / "invalid"
BOM = b"\xef\xbb\xbf"
VALIDATOR = Draft202012Validator(article_schema(), format_checker=FormatChecker())

# Faults a JSON Schema cannot see; the schema accepts documents that have only these.
SCHEMA_BLIND = {
    "quote-span-mismatch": "a schema cannot compare a quote with the span of its paragraph's text",
    "lone-surrogate": "a schema sees a string's code points and has no notion of surrogates",
}


def _format(path: Path) -> str:
    return "jsonl" if path.suffix == ".jsonl" else "json"


def _documents(path: Path) -> list[Any]:
    """The JSON values of a case: one for ``.json``, one per non-blank line for ``.jsonl``."""
    text = path.read_bytes().decode("utf-8-sig")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.split("\n") if line.strip()]
    return [json.loads(text)]


def _well_formed(path: Path) -> bool:
    try:
        _documents(path)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return False
    return True


def _load(data: bytes, format: str, source: str) -> list[Article]:
    if format == "json":
        return [newsmodel.loads(data, format="json", source=source)]
    return list(newsmodel.loads_all(data, format="jsonl", source=source))


def _dump(articles: list[Article], format: str) -> bytes:
    if format == "json":
        return newsmodel.dumps(articles[0], format="json").encode("utf-8")
    return "".join(newsmodel.dumps(article, format="jsonl") for article in articles).encode()


def _schema_errors(document: Any) -> list[str]:
    return [
        f"{list(error.absolute_path)}: {error.message}" for error in VALIDATOR.iter_errors(document)
    ]


VALID_CASES = cases(VALID, "*.json", "*.jsonl")
INVALID_CASES = cases(INVALID, "*.json", "*.jsonl")
WELL_FORMED_INVALID = [case for case in INVALID_CASES if _well_formed(case)]


class TestValidCases:
    """Canonical documents read and write back byte for byte."""

    def test_cases_exist(self) -> None:
        """The glob finds the valid cases, of both formats."""
        assert {".json", ".jsonl"} == {case.suffix for case in VALID_CASES}

    @pytest.mark.parametrize("case", VALID_CASES, ids=case_id)
    def test_round_trip_is_byte_exact(self, case: Path, update_golden: bool) -> None:
        """Loading then dumping reproduces the file's bytes (a leading BOM aside)."""
        data = case.read_bytes()
        written = _dump(_load(data, _format(case), case.name), _format(case))
        if update_golden:
            case.write_bytes(BOM + written if data.startswith(BOM) else written)
        assert data.removeprefix(BOM) == written

    @pytest.mark.parametrize("case", VALID_CASES, ids=case_id)
    def test_schema_accepts(self, case: Path) -> None:
        """Every valid document validates against the JSON Schema."""
        assert not [error for doc in _documents(case) for error in _schema_errors(doc)]

    def test_bom_case_has_a_bom(self) -> None:
        """The byte-order-mark case really starts with one."""
        assert (VALID / "bom.json").read_bytes().startswith(BOM)


class TestInvalidCases:
    """Each invalid document gives the expected error, with every problem and its place."""

    def test_cases_exist(self) -> None:
        """The glob finds the invalid cases, of both formats."""
        assert {".json", ".jsonl"} == {case.suffix for case in INVALID_CASES}

    def test_no_stale_expectations(self) -> None:
        """Every ``.error.json`` belongs to a case."""
        expected = {error_path(case) for case in INVALID_CASES}
        assert set() == set(INVALID.glob("*.error.json")) - expected

    @pytest.mark.parametrize("case", INVALID_CASES, ids=case_id)
    def test_error(self, case: Path, update_golden: bool) -> None:
        """Loading the case raises the expected error class with the expected problems."""
        with pytest.raises(newsmodel.NewsModelError) as caught:
            _load(case.read_bytes(), _format(case), case.name)
        actual = describe_error(caught.value)
        if update_golden:
            write_json(error_path(case), actual)
        assert json.loads(error_path(case).read_text(encoding="utf-8")) == actual

    @pytest.mark.parametrize("case", INVALID_CASES, ids=case_id)
    def test_error_names_the_file(self, case: Path) -> None:
        """Every problem's location names the file, and so does the message."""
        with pytest.raises(newsmodel.NewsModelError) as caught:
            _load(case.read_bytes(), _format(case), case.name)
        problems = getattr(caught.value, "problems", ())
        assert problems
        assert {case.name} == {problem.location.source for problem in problems}
        assert case.name in str(caught.value)

    @pytest.mark.parametrize("case", WELL_FORMED_INVALID, ids=case_id)
    def test_schema_agrees(self, case: Path) -> None:
        """The schema rejects every well-formed invalid case, except those whose only faults
        a schema cannot see (``SCHEMA_BLIND``), which it accepts."""
        codes = {
            problem["code"] for problem in json.loads(error_path(case).read_text())["problems"]
        }
        errors = [error for doc in _documents(case) for error in _schema_errors(doc)]
        if codes <= set(SCHEMA_BLIND):
            assert [] == errors
        else:
            assert errors

    def test_some_cases_are_malformed(self) -> None:
        """Truncated, undecodable and too deep documents are among the cases, as ParseErrors."""
        malformed = {case.name for case in INVALID_CASES} - {c.name for c in WELL_FORMED_INVALID}
        assert {"truncated.json", "not-utf8.json", "deep-nesting.json"} <= malformed


class TestReader:
    """Behaviour of the reader beyond the golden cases."""

    def test_enums_are_enum_members(self) -> None:
        """Media and note kinds read back as enum members, not plain strings."""
        article = newsmodel.loads(
            '{"headline": "h", "media": [{"kind": "video"}], "notes": [{"kind": "update", '
            '"text": "t"}]}',
            format="json",
        )
        assert (MediaKind.VIDEO, NoteKind.UPDATE) == (article.media[0].kind, article.notes[0].kind)
        assert (MediaKind, NoteKind) == (type(article.media[0].kind), type(article.notes[0].kind))

    def test_null_is_absence_for_optional_fields(self) -> None:
        """``null`` for an optional field reads as the field's absence."""
        document = '{"headline": "h", "kicker": null, "dateline": null, "published": null}'
        assert Article(headline="h") == newsmodel.loads(document, format="json")

    @pytest.mark.parametrize(
        "value",
        ['"' + "9" * 5000 + '"', "[" * 50 + "]" * 50, '{"a": ' * 50 + "1" + "}" * 50],
        ids=["long-string", "nested-array", "nested-object"],
    )
    def test_messages_stay_short(self, value: str) -> None:
        """A huge or deeply nested wrong value is not printed whole in the message."""
        document = f'{{"headline": "h", "dateline": {{"text": "x", "month": {value}}}}}'
        with pytest.raises(newsmodel.ValidationError) as caught:
            newsmodel.loads(document, format="json")
        assert ["/dateline/month"] == [p.location.pointer for p in caught.value.problems]
        assert len(str(caught.value)) < 200

    @pytest.mark.parametrize("depth", [10, 500, 900, 990, 1_100, 100_000])
    @pytest.mark.parametrize("key", ["sections", "headline", "unknown"])
    def test_any_depth_gives_a_newsmodel_error(self, depth: int, key: str) -> None:
        """Nesting at any depth and place gives a ParseError or ValidationError, never a
        RecursionError."""
        document = f'{{"headline": "h", "{key}": {"[" * depth}{"]" * depth}}}'
        with pytest.raises((newsmodel.ParseError, newsmodel.ValidationError)):
            newsmodel.loads(document, format="json")

    def test_number_too_long(self) -> None:
        """An integer with more digits than Python converts is a ParseError."""
        document = '{"headline": "h", "dateline": {"text": "x", "year": ' + "9" * 5000 + "}}"
        with pytest.raises(newsmodel.ParseError) as caught:
            newsmodel.loads(document, format="json")
        assert "invalid-json" == caught.value.code

    def test_lone_surrogate_in_a_key(self) -> None:
        """A key holding half a surrogate pair is reported at its pointer."""
        with pytest.raises(newsmodel.ValidationError) as caught:
            newsmodel.loads('{"headline": "h", "x\\udc00": 1}', format="json")
        assert [("lone-surrogate", "/x\udc00")] == [
            (p.code, p.location.pointer) for p in caught.value.problems
        ]

    def test_surrogate_pairs_are_characters(self) -> None:
        """A surrogate pair spelled with escapes reads as the character it encodes."""
        article = newsmodel.loads('{"headline": "wave \\ud83c\\udf0a"}', format="json")
        assert "wave \U0001f30a" == article.headline

    def test_escaped_backslash_before_u(self) -> None:
        """An escaped backslash followed by ``ud800`` is plain text, not a surrogate."""
        article = newsmodel.loads('{"headline": "\\\\ud800"}', format="json")
        assert "\\ud800" == article.headline


class TestJsonLines:
    """JSON Lines: problems carry their line; line separators inside text stay inside."""

    def test_line_separators_inside_strings(self) -> None:
        """U+2028, U+2029 and U+0085 in text do not split an article's line."""
        text = "one\u2028two\u2029three\x85four\x0bfive\x1cend"
        article = Article(
            headline=text, sections=(Section(blocks=(Paragraph(text=text),)),), keywords=(text,)
        )
        document = newsmodel.dumps(article, format="jsonl") * 2
        assert [article, article] == list(newsmodel.loads_all(document, format="jsonl"))

    def test_problem_carries_line_and_pointer(self) -> None:
        """A structural fault on line 3 is reported at line 3 with its pointer."""
        document = '{"headline": "a"}\n\n{"headline": "b", "media": [{"kind": 1}]}\n'
        with pytest.raises(newsmodel.ValidationError) as caught:
            list(newsmodel.loads_all(document, format="jsonl", source="batch.jsonl"))
        location = caught.value.problems[0].location
        assert ("batch.jsonl", 3, "/media/0/kind") == (
            location.source,
            location.line,
            location.pointer,
        )

    def test_articles_before_a_fault_are_yielded(self) -> None:
        """Reading is lazy: the articles before a faulty line come out first."""
        document = '{"headline": "a"}\n{"headline": "b"}\n{"headline": \n'
        articles = newsmodel.loads_all(document, format="jsonl")
        assert [Article(headline="a"), Article(headline="b")] == [next(articles), next(articles)]
        with pytest.raises(newsmodel.ParseError) as caught:
            next(articles)
        assert 3 == caught.value.location.line

    def test_deep_nesting_on_a_line(self) -> None:
        """Nesting too deep on line 2 is a ParseError at line 2, where it gets too deep."""
        document = '{"headline": "a"}\n{"headline": "b", "x": ' + "[" * 5000 + "]" * 5000 + "}\n"
        with pytest.raises(newsmodel.ParseError) as caught:
            list(newsmodel.loads_all(document, format="jsonl"))
        assert (2, 523) == (caught.value.location.line, caught.value.location.column)

    def test_empty_document(self) -> None:
        """An empty document holds no article: loads_all yields none and loads refuses it."""
        assert [] == list(newsmodel.loads_all(b"\n\n", format="jsonl"))
        with pytest.raises(newsmodel.ParseError) as caught:
            newsmodel.loads(b"", format="jsonl")
        assert "empty" == caught.value.code

    def test_bom(self) -> None:
        """A byte order mark before the first line is allowed."""
        data = BOM + b'{"headline": "a"}\n{"headline": "b"}\n'
        assert ["a", "b"] == [a.headline for a in newsmodel.loads_all(data, format="jsonl")]

    def test_lone_surrogate_on_a_line(self) -> None:
        """Half a surrogate pair on line 2 is reported at line 2."""
        document = '{"headline": "a"}\n{"headline": "\\ud800"}\n'
        with pytest.raises(newsmodel.ValidationError) as caught:
            list(newsmodel.loads_all(document, format="jsonl"))
        assert [("lone-surrogate", 2, "/headline")] == [
            (p.code, p.location.line, p.location.pointer) for p in caught.value.problems
        ]


class TestWriter:
    """The writer's layout."""

    def test_layout(self) -> None:
        """Version first, two-space indent, UTF-8 unescaped, a final newline; defaults left out."""
        article = Article(
            headline="Café",
            media=(Media(kind=MediaKind.IMAGE, caption="ü"),),
            notes=(Note(text="n"),),
        )
        expected = (
            "{\n"
            '  "newsmodel": 1,\n'
            '  "headline": "Café",\n'
            '  "media": [\n'
            "    {\n"
            '      "caption": "ü"\n'
            "    }\n"
            "  ],\n"
            '  "notes": [\n'
            "    {\n"
            '      "text": "n"\n'
            "    }\n"
            "  ]\n"
            "}\n"
        )
        assert expected == newsmodel.dumps(article, format="json")

    def test_jsonl_layout(self) -> None:
        """JSON Lines output is compact, one line, newline-terminated."""
        article = Article(headline="Café", keywords=("a",))
        expected = '{"newsmodel":1,"headline":"Café","keywords":["a"]}\n'
        assert expected == newsmodel.dumps(article, format="jsonl")
