"""Tests of the error tree, locations, problems and the loss warning."""

import pickle
import warnings

import attrs
import pytest

from newsmodel import (
    FormatError,
    Location,
    LossWarning,
    NewsModelError,
    NewsModelWarning,
    ParseError,
    Problem,
    SerializeError,
    ValidationError,
)
from newsmodel.errors import join_pointer

HEADLINE = Problem(
    "missing-headline", "error", "an article needs a headline", Location(pointer="/headline")
)
LANGUAGE = Problem(
    "bad-language-tag", "warning", "'en_US' is not a tag", Location(pointer="/language")
)

ERRORS = [
    pytest.param(NewsModelError("something broke"), id="NewsModelError"),
    pytest.param(FormatError("unknown format 'doc'"), id="FormatError"),
    pytest.param(
        ParseError(
            "invalid JSON: Expecting value",
            Location(source="story.json", line=3, column=7),
            "invalid-json",
        ),
        id="ParseError",
    ),
    pytest.param(ParseError("broken"), id="ParseError-defaults"),
    pytest.param(ValidationError((HEADLINE, LANGUAGE)), id="ValidationError"),
    pytest.param(SerializeError("ninjs cannot carry /dateline", "/dateline"), id="SerializeError"),
    pytest.param(SerializeError("too deep"), id="SerializeError-no-pointer"),
]


class TestHierarchy:
    """Every error is a NewsModelError and a ValueError; warnings are UserWarnings."""

    @pytest.mark.parametrize("cls", [FormatError, ParseError, ValidationError, SerializeError])
    def test_errors(self, cls: type) -> None:
        """Each concrete error can be caught as NewsModelError, ValueError or Exception."""
        assert issubclass(cls, NewsModelError)
        assert issubclass(cls, ValueError)

    def test_base(self) -> None:
        """NewsModelError is an Exception but not a ValueError, so a bare except catches it."""
        assert issubclass(NewsModelError, Exception)
        assert not issubclass(NewsModelError, ValueError)

    def test_warnings(self) -> None:
        """LossWarning is a NewsModelWarning, a UserWarning, and not an error."""
        assert issubclass(LossWarning, NewsModelWarning)
        assert issubclass(NewsModelWarning, UserWarning)
        assert not issubclass(LossWarning, NewsModelError)

    @pytest.mark.parametrize("cls", [FormatError, ParseError, ValidationError, SerializeError])
    def test_frozen(self, cls: type) -> None:
        """Error fields cannot be reassigned."""
        error = cls(*([(HEADLINE,)] if cls is ValidationError else ["message"]))
        field = attrs.fields(cls)[0].name
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(error, field, "other")

    def test_raise_from_and_notes(self) -> None:
        """Frozen errors still take a cause, a traceback and notes when raised."""
        cause = KeyError("headline")

        def fail() -> None:
            try:
                raise cause
            except KeyError as exc:
                error = ParseError("missing key")
                error.add_note("while reading story.json")
                raise error from exc

        with pytest.raises(ParseError) as info:
            fail()
        assert cause is info.value.__cause__
        assert ["while reading story.json"] == info.value.__notes__
        assert info.value.__traceback__ is not None


class TestValueSemantics:
    """Errors compare by class and fields, hash alike, and survive pickling."""

    @pytest.mark.parametrize("error", ERRORS)
    def test_pickle_round_trip(self, error: NewsModelError) -> None:
        """An error sent through pickle (to or from a worker process) comes back equal."""
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            copy = pickle.loads(pickle.dumps(error, protocol=protocol))
            assert type(error) is type(copy)
            assert error == copy
            assert str(error) == str(copy)
            assert hash(error) == hash(copy)

    @pytest.mark.parametrize("error", ERRORS)
    def test_fields_survive_pickling(self, error: NewsModelError) -> None:
        """Every attrs field of the error is restored, not only the message."""
        copy = pickle.loads(pickle.dumps(error))
        if attrs.has(type(error)):
            assert attrs.asdict(error, recurse=False) == attrs.asdict(copy, recurse=False)
        assert error.args == copy.args

    def test_equality(self) -> None:
        """Errors with the same fields are equal; a different field or class makes them differ."""
        assert ParseError("broken", Location(line=1)) == ParseError("broken", Location(line=1))
        assert ParseError("broken", Location(line=1)) != ParseError("broken", Location(line=2))
        assert FormatError("x") != SerializeError("x")
        assert FormatError("x") != "x"
        assert NewsModelError("x") == NewsModelError("x")

    def test_hash(self) -> None:
        """Equal errors hash alike, so that they can be deduplicated in a set."""
        assert 1 == len({FormatError("x"), FormatError("x")})
        assert 2 == len({FormatError("x"), FormatError("y")})

    def test_parse_error_defaults(self) -> None:
        """A ParseError without a location or code gets an empty location and 'parse-error'."""
        error = ParseError("broken")
        assert (Location(), "parse-error") == (error.location, error.code)


class TestLocation:
    """Locations render as file:line:col [xpath] #pointer."""

    @pytest.mark.parametrize(
        ("location", "expected"),
        [
            (Location(), "<input>"),
            (Location(source="story.xml"), "story.xml"),
            (Location(source="story.xml", line=12), "story.xml:12"),
            (Location(source="story.xml", line=12, column=5), "story.xml:12:5"),
            (
                Location(source="story.xml", line=12, column=5, xpath="/newsItem/contentSet"),
                "story.xml:12:5 [/newsItem/contentSet]",
            ),
            (Location(source="a.json", pointer="/sections/2"), "a.json #/sections/2"),
            (Location(pointer="/headline"), "<input> #/headline"),
            (Location(pointer=""), "<input> #"),
            (Location(line=3, column=1), "<input>:3:1"),
            (Location(column=4), "<input>"),
            (Location(xpath="/html/body"), "<input> [/html/body]"),
            (Location(source="x.xml", xpath=""), "x.xml"),
            (
                Location(source="s.xml", line=2, column=1, xpath="/a", pointer="/headline"),
                "s.xml:2:1 [/a] #/headline",
            ),
        ],
    )
    def test_str(self, location: Location, expected: str) -> None:
        """Each part shows only when known; in-memory data is <input>."""
        assert expected == str(location)

    def test_keyword_only_and_frozen(self) -> None:
        """Location takes keywords only and cannot be changed."""
        with pytest.raises(TypeError):
            Location("story.xml")  # type: ignore[misc]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            Location().line = 1  # type: ignore[misc]

    def test_within(self) -> None:
        """within() puts a prefix before the pointer and fills a missing source."""
        location = Location(line=4, pointer="/text")
        assert Location(source="a.json", line=4, pointer="/sections/0/blocks/1/text") == (
            location.within("/sections/0/blocks/1", "a.json")
        )

    def test_within_keeps_source(self) -> None:
        """within() keeps a source that is already set."""
        location = Location(source="first.json", pointer="/name")
        assert Location(source="first.json", pointer="/bylines/0/name") == location.within(
            "/bylines/0", "second.json"
        )

    def test_within_without_pointer(self) -> None:
        """A location without a pointer gets the prefix as its pointer; the source stays None."""
        assert Location(pointer="/dateline") == Location().within("/dateline")

    def test_pickle(self) -> None:
        """Locations pickle (they travel inside errors)."""
        location = Location(source="s.xml", line=2, column=1, xpath="/a", pointer="/b")
        assert location == pickle.loads(pickle.dumps(location))


class TestProblem:
    """Problems render as location: severity code: message."""

    def test_str(self) -> None:
        """The rendering is what the CLI prints."""
        problem = Problem(
            "missing-headline",
            "error",
            "an article needs a headline",
            Location(source="a.json", pointer="/headline"),
        )
        assert "a.json #/headline: error missing-headline: an article needs a headline" == str(
            problem
        )

    def test_default_location(self) -> None:
        """Without a location a problem is at <input>."""
        problem = Problem("empty-body", "warning", "no body")
        assert Location() == problem.location
        assert "<input>: warning empty-body: no body" == str(problem)

    def test_value_semantics(self) -> None:
        """Problems are frozen, comparable, hashable and picklable."""
        assert HEADLINE == pickle.loads(pickle.dumps(HEADLINE))
        assert 1 == len({HEADLINE, attrs.evolve(HEADLINE)})
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            HEADLINE.code = "other"  # type: ignore[misc]


class TestMessages:
    """Each error's str() is a sentence with its place."""

    def test_format_error(self) -> None:
        """A FormatError is its message."""
        assert "unknown format 'doc'" == str(FormatError("unknown format 'doc'"))

    def test_parse_error(self) -> None:
        """A ParseError shows its location, then the message."""
        error = ParseError(
            "invalid JSON: Expecting value", Location(source="s.json", line=3, column=7)
        )
        assert "s.json:3:7: invalid JSON: Expecting value" == str(error)

    def test_parse_error_problems(self) -> None:
        """ParseError.problems is one error problem with the same code, message and place."""
        location = Location(source="s.json", line=3, column=7)
        error = ParseError("invalid JSON", location, "invalid-json")
        assert (Problem("invalid-json", "error", "invalid JSON", location),) == error.problems

    def test_validation_error_one(self) -> None:
        """With one problem, a ValidationError reads as that problem."""
        assert str(HEADLINE) == str(ValidationError((HEADLINE,)))

    def test_validation_error_several(self) -> None:
        """With several problems, it counts them and lists one per indented line."""
        expected = (
            "2 problems:\n"
            "  <input> #/headline: error missing-headline: an article needs a headline\n"
            "  <input> #/language: warning bad-language-tag: 'en_US' is not a tag"
        )
        assert expected == str(ValidationError((HEADLINE, LANGUAGE)))

    def test_validation_error_within(self) -> None:
        """within() moves every problem under a prefix and fills the source."""
        error = ValidationError((HEADLINE, LANGUAGE)).within("/articles/3", "feed.jsonl")
        assert [
            ("feed.jsonl", "/articles/3/headline"),
            ("feed.jsonl", "/articles/3/language"),
        ] == [(p.location.source, p.location.pointer) for p in error.problems]
        assert [("missing-headline", "error"), ("bad-language-tag", "warning")] == [
            (p.code, p.severity) for p in error.problems
        ]

    def test_serialize_error(self) -> None:
        """A SerializeError shows its pointer when it has one."""
        assert "#/dateline: ninjs cannot carry it" == str(
            SerializeError("ninjs cannot carry it", "/dateline")
        )
        assert "too deep" == str(SerializeError("too deep"))


class TestJoinPointer:
    """join_pointer builds RFC 6901 pointers."""

    @pytest.mark.parametrize(
        ("tokens", "expected"),
        [
            ((), ""),
            (("headline",), "/headline"),
            (("sections", 0, "blocks", 2, "text"), "/sections/0/blocks/2/text"),
            (("a/b",), "/a~1b"),
            (("m~n",), "/m~0n"),
            (("~1",), "/~01"),
            (("/~",), "/~1~0"),
            (("",), "/"),
        ],
    )
    def test_join(self, tokens: tuple[str | int, ...], expected: str) -> None:
        """Tokens are escaped: ~ first as ~0, then / as ~1, so that ~1 in a key stays itself."""
        assert expected == join_pointer(*tokens)


class TestLossWarning:
    """LossWarning names the format and the fields it lost."""

    def test_fields_and_message(self) -> None:
        """The warning keeps the format and fields, and says what was left out."""
        warning = LossWarning("ninjs", iter(["/dateline", "/keywords"]))
        assert ("ninjs", ("/dateline", "/keywords")) == (warning.format, warning.fields)
        assert "ninjs cannot carry /dateline, /keywords: they were left out" == str(warning)

    def test_warns(self) -> None:
        """It is raised through warnings.warn like any warning."""
        with pytest.warns(LossWarning, match="/dateline") as record:
            warnings.warn(LossWarning("ninjs", ["/dateline"]), stacklevel=1)
        assert ("/dateline",) == record[0].message.fields  # type: ignore[union-attr]

    def test_pickle(self) -> None:
        """A LossWarning pickles with its format and fields."""
        copy = pickle.loads(pickle.dumps(LossWarning("ninjs", ["/dateline"])))
        assert (LossWarning, "ninjs", ("/dateline",)) == (type(copy), copy.format, copy.fields)
        assert "ninjs cannot carry /dateline: they were left out" == str(copy)
