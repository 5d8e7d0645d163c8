"""Tests of the package's public surface: ``__all__``, docstrings and ``__version__``."""

import ast
import importlib.metadata
import inspect
import types

import pytest

import newsmodel

# Modules whose top level may define a public name that the package re-exports.
MODULES = ("newsmodel.model", "newsmodel.errors", "newsmodel.api", "newsmodel.validation")


def _public_names() -> set[str]:
    """Names of the package namespace that do not start with _ and are not modules."""
    return {
        name
        for name, value in vars(newsmodel).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }


def _attribute_docstrings(source: str) -> dict[str, str]:
    """The docstrings written under module-level assignments (``Block = ...`` then a string)."""
    tree = ast.parse(source)
    found: dict[str, str] = {}
    for statement, following in zip(tree.body, tree.body[1:], strict=False):
        if (
            isinstance(statement, ast.Assign | ast.AnnAssign)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    found[target.id] = following.value.value
    return found


def _docstring(name: str) -> str | None:
    """The docstring of the public object ``name``: its own, not one it inherits."""
    value = getattr(newsmodel, name)
    if inspect.isclass(value):
        doc = vars(value).get("__doc__")
        return doc if isinstance(doc, str) else None
    if inspect.isfunction(value):
        return value.__doc__
    for module_name in MODULES:  # data, such as a type alias: the string under its assignment
        module_source = inspect.getsource(importlib.import_module(module_name))
        doc = _attribute_docstrings(module_source).get(name)
        if doc is not None:
            return doc
    return None


class TestAll:
    """__all__ lists the public names, sorted."""

    def test_equals_public_names(self) -> None:
        """__all__ is the sorted public names of the namespace, plus __version__."""
        assert sorted(_public_names() | {"__version__"}) == newsmodel.__all__

    def test_exports_are_public_names(self) -> None:
        """Every name in __all__ but __version__ is a public, non-module name of the namespace."""
        assert set() == set(newsmodel.__all__) - _public_names() - {"__version__"}

    def test_sorted_without_duplicates(self) -> None:
        """__all__ is sorted and has no duplicates."""
        assert sorted(set(newsmodel.__all__)) == newsmodel.__all__

    def test_names_exist(self) -> None:
        """Every listed name is an attribute of the package (star imports would fail otherwise)."""
        missing = [name for name in newsmodel.__all__ if not hasattr(newsmodel, name)]
        assert [] == missing

    @pytest.mark.parametrize(
        "name",
        [
            "Article",
            "Dateline",
            "Paragraph",
            "Quote",
            "load",
            "loads",
            "load_all",
            "loads_all",
            "parse",
            "dump",
            "dumps",
            "validate",
            "NewsModelError",
            "FormatError",
            "ParseError",
            "ValidationError",
            "SerializeError",
            "Location",
            "Problem",
            "LossWarning",
        ],
    )
    def test_promised_names(self, name: str) -> None:
        """The names DESIGN.md and STYLE.md promise are exported."""
        assert name in newsmodel.__all__


class TestDocumented:
    """Every exported name has a docstring of its own."""

    @pytest.mark.parametrize("name", [name for name in newsmodel.__all__ if name != "__version__"])
    def test_docstring(self, name: str) -> None:
        """The object (or, for a type alias, its assignment) carries a non-empty docstring."""
        doc = _docstring(name)
        assert doc is not None, f"{name} has no docstring"
        assert doc.strip(), f"{name} has an empty docstring"

    def test_alias_docstring_lookup(self) -> None:
        """The lookup takes the string right under an assignment, and nothing else."""
        source = 'A = 1\n"""About A."""\nB: int = 2\n"""About B."""\nC = 3\nD = 4\n"""About D."""\n'
        assert {"A": "About A.", "B": "About B.", "D": "About D."} == _attribute_docstrings(source)

    def test_undocumented_class_is_caught(self) -> None:
        """A class without its own docstring is not credited with its base class's."""

        class Undocumented(newsmodel.NewsModelError):
            pass

        assert None is vars(Undocumented).get("__doc__")


class TestVersion:
    """__version__ is the installed distribution's version."""

    def test_string(self) -> None:
        """__version__ is a non-empty string."""
        assert isinstance(newsmodel.__version__, str)
        assert newsmodel.__version__

    def test_matches_metadata(self) -> None:
        """__version__ is what the package metadata says."""
        assert importlib.metadata.version("newsmodel") == newsmodel.__version__
