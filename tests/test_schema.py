"""Tests of the JSON Schema of the ``json`` format (issue 2).

The schema is generated from the model, so these tests check the generation (every class, field,
type and default is there) and that the invariants the model enforces in code are stated the same
way in the schema: for the same values, the schema accepts exactly what the constructors accept.
"""

import datetime
import enum
import json
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

import newsmodel
from newsmodel import Article, Dateline, Quote
from newsmodel.formats._convert import BLOCK_TAGS
from newsmodel.formats.json import FORMAT_VERSION, VERSION_KEY
from newsmodel.schema import DATETIME_PATTERN, SCHEMA_ID, _Builder, _docstring, article_schema
from tests.strategies import aware_datetimes

SCHEMA = article_schema()
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=FormatChecker())


def _model_classes() -> Iterator[type]:
    """Every attrs class reachable from Article."""
    seen: set[type] = set()
    todo: list[Any] = [Article]
    while todo:
        hint = todo.pop()
        if attrs.has(hint) and hint not in seen:
            seen.add(hint)
            todo.extend(typing.get_type_hints(hint).values())
        else:
            todo.extend(typing.get_args(hint))
    return iter(sorted(seen, key=lambda cls: cls.__name__))


def _definition(cls: type) -> dict[str, Any]:
    return SCHEMA if cls is Article else SCHEMA["$defs"][cls.__name__]


def _valid(document: object) -> bool:
    return bool(VALIDATOR.is_valid(document))


def _constructs(build: typing.Callable[[], object]) -> bool:
    try:
        build()
    except newsmodel.ValidationError:
        return False
    return True


class TestSchemaShape:
    """The schema holds every class and field of the model."""

    def test_is_a_valid_2020_12_schema(self) -> None:
        """The schema passes the draft 2020-12 metaschema."""
        Draft202012Validator.check_schema(SCHEMA)

    def test_identity(self) -> None:
        """The schema names its draft, its id and the article class."""
        expected = ("https://json-schema.org/draft/2020-12/schema", SCHEMA_ID, "Article")
        assert expected == (SCHEMA["$schema"], SCHEMA["$id"], SCHEMA["title"])

    def test_is_json(self) -> None:
        """The schema survives JSON serialization unchanged."""
        assert SCHEMA == json.loads(json.dumps(SCHEMA))

    def test_fresh_copy(self) -> None:
        """Each call returns a new dict: changing one does not change the next."""
        first = article_schema()
        first["$defs"]["Person"]["properties"].clear()
        first["$defs"]["Dateline"]["allOf"].clear()
        assert SCHEMA == article_schema()

    def test_defs_cover_the_model(self) -> None:
        """There is one definition per model class and enum, and one for the block union."""
        enums = {"MediaKind", "NoteKind"}
        classes = {cls.__name__ for cls in _model_classes()} - {"Article"}
        assert classes | enums | {"Block"} == set(SCHEMA["$defs"])

    @pytest.mark.parametrize("cls", list(_model_classes()), ids=lambda cls: cls.__name__)
    def test_fields(self, cls: type) -> None:
        """Each class's properties are its fields (plus the block tag or the version key)."""
        extra = ["type"] if cls in BLOCK_TAGS else [VERSION_KEY] if cls is Article else []
        expected = extra + [field.name for field in attrs.fields(cls)]
        assert expected == list(_definition(cls)["properties"])

    @pytest.mark.parametrize("cls", list(_model_classes()), ids=lambda cls: cls.__name__)
    def test_required_and_closed(self, cls: type) -> None:
        """``required`` lists the fields without a default; no other key is allowed."""
        tag = ["type"] if cls in BLOCK_TAGS else []
        required = tag + [f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING]
        definition = _definition(cls)
        assert (required, False) == (
            definition.get("required", []),
            definition["additionalProperties"],
        )

    @pytest.mark.parametrize("cls", list(_model_classes()), ids=lambda cls: cls.__name__)
    def test_descriptions(self, cls: type) -> None:
        """The class and every field have a description from the docstrings."""
        definition = _definition(cls)
        undocumented = [
            name for name, schema in definition["properties"].items() if not schema["description"]
        ]
        assert (True, []) == (bool(definition["description"]), undocumented)

    def test_version_key(self) -> None:
        """The version key is optional and must equal the format version."""
        assert {"const": FORMAT_VERSION} == {
            key: value for key, value in SCHEMA["properties"][VERSION_KEY].items() if key == "const"
        }
        assert VERSION_KEY not in SCHEMA["required"]

    def test_blocks_are_tagged(self) -> None:
        """Each block class's definition requires its ``"type"`` tag."""
        tags = {
            name: SCHEMA["$defs"][name]["properties"]["type"]["const"]
            for name in ("Paragraph", "BlockQuote", "Figure", "ListBlock")
        }
        assert {cls.__name__: tag for cls, tag in BLOCK_TAGS.items()} == tags

    def test_enums(self) -> None:
        """Enumerations list their members' values."""
        expected = (
            [kind.value for kind in newsmodel.MediaKind],
            [k.value for k in newsmodel.NoteKind],
        )
        assert expected == (
            SCHEMA["$defs"]["MediaKind"]["enum"],
            SCHEMA["$defs"]["NoteKind"]["enum"],
        )

    def test_defaults(self) -> None:
        """Defaults are written as JSON values."""
        media = SCHEMA["$defs"]["Media"]["properties"]
        listing = SCHEMA["$defs"]["ListBlock"]["properties"]
        expected: tuple[object, ...] = ("image", None, [], False)
        actual = (
            media["kind"]["default"],
            media["url"]["default"],
            listing["items"]["default"],
            listing["ordered"]["default"],
        )
        assert expected == actual

    def test_unknown_type_is_refused(self) -> None:
        """A field type the generator does not know is an error, not a silent gap."""
        with pytest.raises(TypeError, match="no JSON Schema"):
            _Builder().type_schema(set[int])

    def test_other_unions_are_refused(self) -> None:
        """A union of classes other than the blocks is an error."""
        with pytest.raises(TypeError, match="a union other than Block"):
            _Builder().type_schema(newsmodel.Person | newsmodel.Media)


class TestDocstrings:
    """Descriptions are read from Napoleon docstrings."""

    def test_attributes_section(self) -> None:
        """The summary line and each attribute, continuation lines joined, roles made plain."""

        class Sample:
            """A sample with a :class:`~newsmodel.model.Paragraph`.

            More text that is not the summary.

            Attributes:
                first: The first field, whose text
                    goes on here.
                second: Uses ``code`` and :attr:`Article.headline`.

            Notes:
                not: An attribute.
            """

        expected = (
            "A sample with a Paragraph.",
            {
                "first": "The first field, whose text goes on here.",
                "second": "Uses code and headline.",
            },
        )
        assert expected == _docstring(Sample)

    def test_no_docstring(self) -> None:
        """A class without a docstring has no description."""

        class Bare:
            pass

        assert ("", {}) == _docstring(Bare)


class TestInvariants:
    """The schema states the model's invariants: it accepts exactly what the model accepts."""

    @given(
        st.none() | st.integers(-2, 10_001) | st.sampled_from([1600, 1900, 2000, 2023, 2024]),
        st.none() | st.integers(-1, 14),
        st.none() | st.integers(-1, 33),
    )
    def test_dateline_dates(self, year: int | None, month: int | None, day: int | None) -> None:
        """A dateline's year, month and day pass the schema exactly when Dateline takes them."""
        parts = {"year": year, "month": month, "day": day}
        document = {"headline": "h", "dateline": {"text": "x", **parts}}
        model = _constructs(lambda: Dateline(text="x", year=year, month=month, day=day))
        assert model == _valid(document)

    @given(st.text(st.sampled_from(" \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2028\u3000\ufeffa.")))
    def test_headline(self, headline: str) -> None:
        """A headline passes the schema exactly when Article takes it (not empty, not blank)."""
        assert _constructs(lambda: Article(headline=headline)) == _valid({"headline": headline})

    @given(st.integers(-3, 3), st.integers(-3, 3))
    def test_quote_offsets(self, start: int, end: int) -> None:
        """Negative quote offsets are refused by both (the span itself only by the reader)."""
        text = "x" * max(end - start, 0)
        document = {
            "headline": "h",
            "sections": [
                {
                    "blocks": [
                        {
                            "type": "paragraph",
                            "text": "y" * 3 + text,
                            "quotes": [{"text": text, "start": start, "end": end}],
                        }
                    ]
                }
            ],
        }
        model = _constructs(lambda: Quote(text=text, start=start, end=end))
        schema = _valid(document)
        assert (start >= 0 and end >= 0) == schema
        assert schema or not model  # what the model takes, the schema takes


class TestDatetimes:
    """Datetimes must carry a UTC offset."""

    @given(aware_datetimes())
    def test_aware_matches(self, value: datetime.datetime) -> None:
        """Every aware datetime as the writer writes it passes the schema."""
        assert _valid({"headline": "h", "published": value.isoformat()})

    @given(st.datetimes())
    def test_naive_fails(self, value: datetime.datetime) -> None:
        """A datetime without an offset fails the schema, as it fails the reader."""
        assert not _valid({"headline": "h", "published": value.isoformat()})

    @pytest.mark.parametrize(
        ("value", "schema", "reader"),
        [
            ("2026-03-14T09:30:00Z", True, True),
            ("2026-03-14T09:30:00.5+05:45", True, True),
            ("2026-03-14t09:30:00-00:00", True, True),
            ("2026-03-14T09:30:00", False, False),
            ("2026-03-14", False, False),
            ("2026-03-14T09:30:00z", False, False),
            ("14 March 2026 09:30 +00:00", False, False),
            # ISO 8601 forms outside RFC 3339: the reader is lenient, the schema is not.
            ("2026-03-14T09:30:00+0530", False, True),
            ("2026-03-14 09:30Z", False, True),
        ],
    )
    def test_examples(self, value: str, schema: bool, reader: bool) -> None:
        """RFC 3339 date-times with an offset pass the schema; the reader takes a few more."""
        document = {"headline": "h", "published": value}
        assert (schema, reader) == (_valid(document), _reads(document))

    def test_pattern_is_published(self) -> None:
        """The schema's datetime fields use the module's pattern."""
        assert DATETIME_PATTERN == SCHEMA["properties"]["published"]["pattern"]


class TestDatelineSeparator:
    """The schema and the model agree on a dateline's separator."""

    @pytest.mark.parametrize(
        "separator",
        [" — ", " -- ", ".- ", ": ", " ", "", " _ ", " ― ", "said", " -------- ", " -\n", "—1"],
    )
    def test_schema_and_reader_agree(self, separator: str) -> None:
        """A separator the schema accepts is one the reader takes, and the other way round."""
        document = {"headline": "h", "dateline": {"text": "OSLO", "separator": separator}}
        assert _valid(document) == _reads(document)

    @given(st.text(max_size=10))
    def test_any_text(self, separator: str) -> None:
        """For any text, the schema accepts the separator exactly when the model does (the
        pattern spells out DATELINE_SEPARATOR_CHARACTERS)."""
        document = {"headline": "h", "dateline": {"text": "OSLO", "separator": separator}}
        assert _valid(document) == _reads(document)


def _reads(document: dict[str, Any]) -> bool:
    try:
        newsmodel.loads(json.dumps(document), format="json")
    except newsmodel.ValidationError:
        return False
    return True


class TestEnumsInSchema:
    """Enumerations refuse values outside their vocabulary, like the reader."""

    @given(st.sampled_from([*newsmodel.MediaKind, "photo", "Image", ""]))
    def test_media_kind(self, kind: str) -> None:
        """A media kind passes the schema exactly when the reader takes it."""
        document = {"headline": "h", "media": [{"kind": str(kind)}]}
        assert _reads(document) == _valid(document)

    def test_enums_are_str_enums(self) -> None:
        """The model's enumerations are StrEnums, which the schema writes as string enums."""
        assert all(issubclass(c, enum.StrEnum) for c in (newsmodel.MediaKind, newsmodel.NoteKind))
