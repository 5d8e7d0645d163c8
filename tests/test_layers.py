"""The package's layers, kept true: arrows point down only (issue 10).

``cli -> batch -> api -> formats -> extract -> model -> errors``, as ``docs/architecture.md``
draws them. Every ``import`` in ``src/newsmodel`` (at module level or inside a function) is read
from the source with :mod:`ast`, and each must point at the importing module's own layer or a
lower one.
"""

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SOURCES = Path(__file__).resolve().parent.parent / "src" / "newsmodel"

LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("errors", ("newsmodel.errors",)),
    ("model", ("newsmodel.model", "newsmodel._fields", "newsmodel._views", "newsmodel.limits")),
    ("extract", ("newsmodel.extract",)),
    ("formats", ("newsmodel.formats",)),
    (
        "api",
        ("newsmodel.api", "newsmodel._stream", "newsmodel.validation", "newsmodel.schema"),
    ),
    ("batch", ("newsmodel.batch", "newsmodel.dask")),
    ("cli", ("newsmodel.cli", "newsmodel.__main__")),
)
"""The layers from the bottom up, each with the modules (and packages) it holds."""


def module_name(path: Path) -> str:
    """The dotted name of the module at ``path`` under ``src/``."""
    parts = path.relative_to(SOURCES.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> int:
    """The rank of the layer ``module`` belongs to: the one whose prefix matches longest. The
    package itself (``newsmodel``, its ``__init__``) re-exports the API, so it is in the api
    layer; every other top-level module must be listed in :data:`LAYERS`."""
    if module == "newsmodel":
        return next(rank for rank, (name, _) in enumerate(LAYERS) if name == "api")
    best, length = -1, -1
    for rank, (_name, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            matches = module == prefix or module.startswith(prefix + ".")
            if matches and len(prefix) > length:
                best, length = rank, len(prefix)
    if best < 0:
        raise AssertionError(f"{module} is in no layer: add it to LAYERS and the docs")
    return best


def imports(path: Path) -> Iterator[tuple[int, str]]:
    """Yield ``(line, imported module)`` for each import of newsmodel in the file."""
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "newsmodel":
                    yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}:{node.lineno}: relative import (STYLE.md: absolute)"
            base = node.module or ""
            if base.split(".")[0] != "newsmodel":
                continue
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                is_module = (SOURCES.parent / Path(*submodule.split("."))).with_suffix(".py")
                is_package = SOURCES.parent / Path(*submodule.split(".")) / "__init__.py"
                yield node.lineno, submodule if is_module.exists() or is_package.exists() else base


FILES = sorted(SOURCES.rglob("*.py"))


class TestLayers:
    """Imports point down the layers only."""

    def test_every_module_has_a_layer(self) -> None:
        """Each module of the package belongs to a layer, so none escapes the check below."""
        ranks = {module_name(path): layer_of(module_name(path)) for path in FILES}
        assert len(FILES) == len(ranks)

    @pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(SOURCES)))
    def test_imports_point_down(self, path: Path) -> None:
        """A module imports only its own layer and the layers below it."""
        own = layer_of(module_name(path))
        upward = [
            f"{path.relative_to(SOURCES)}:{line}: {LAYERS[own][0]} imports {target} "
            f"({LAYERS[layer_of(target)][0]})"
            for line, target in imports(path)
            if layer_of(target) > own
        ]
        assert [] == upward

    def test_extract_sees_only_the_model(self) -> None:
        """extract/ imports only the model, errors and limits: its heuristics see text and the
        model, never a format, the API, the batch or the command line."""
        allowed = (
            "newsmodel.model",
            "newsmodel._fields",
            "newsmodel._views",
            "newsmodel.errors",
            "newsmodel.limits",
            "newsmodel.extract",
        )
        found = [
            f"{path.relative_to(SOURCES)}:{line}: {target}"
            for path in FILES
            if module_name(path).startswith("newsmodel.extract")
            for line, target in imports(path)
            if not any(target == a or target.startswith(a + ".") for a in allowed)
        ]
        assert [] == found

    def test_no_cli_modules_at_the_top(self) -> None:
        """The command line lives in cli/ and batch/: no ``_cli_*`` modules remain at the top."""
        expected: list[str] = []
        assert expected == sorted(p.name for p in SOURCES.glob("_cli_*.py"))

    def test_checker_sees_an_upward_import(self, tmp_path: Path) -> None:
        """The check is not vacuous: a formats module importing the CLI is caught."""
        bad = SOURCES / "formats" / "json.py"
        assert layer_of("newsmodel.cli.app") > layer_of(module_name(bad))
        sample = tmp_path / "sample.py"
        sample.write_text("from newsmodel.cli import app\nimport newsmodel.batch.plan\n")
        expected = [(1, "newsmodel.cli.app"), (2, "newsmodel.batch.plan")]
        assert expected == list(imports(sample))


class TestNoWarningSideChannel:
    """Forgiven faults travel as data: only the API issues warnings (#10)."""

    @pytest.mark.parametrize(
        "folder", ["formats", "extract", "batch", "cli"], ids=lambda name: f"{name}/"
    )
    def test_no_warnings_machinery(self, folder: str) -> None:
        """No reader, heuristic, batch or CLI module calls warnings.warn or catch_warnings:
        Python's warnings are process-wide, and threads would mix documents up."""
        paths = [*sorted((SOURCES / folder).rglob("*.py"))]
        if folder == "batch":
            paths.append(SOURCES / "dask.py")
        found = [
            f"{path.relative_to(SOURCES)}:{number}"
            for path in paths
            for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
            if "warnings.warn(" in line or "catch_warnings" in line
        ]
        assert [] == found
