"""The manual stays in step with the code: every problem code the sources raise is documented.

The codes are gathered from the sources' syntax trees: every function or class with a parameter
or field named ``code`` (``Problem``, ``ParseError``, ``_invalid``, ``_problem``,
``_TypeMismatch`` ...) is found, then every call to it, and the string constants passed as its
``code`` argument are collected, following a plain variable back to its assignments in the same
function. Defaults of ``code`` parameters count too.
"""

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "newsmodel"
ERRORS_PAGE = ROOT / "docs" / "errors.md"
README = ROOT / "README.md"
CODE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
TABLE_ROW = re.compile(r"^\|\s*`([a-z0-9-]+)`\s*\|", re.MULTILINE)

# Codes that the constructor invariants and the JSON format raised when this test was written:
# the gatherer must keep finding them, so that it cannot silently find nothing.
KNOWN = {"missing-headline", "quote-span-mismatch", "invalid-json", "unknown-key", "empty-body"}


def _callee(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _code_positions(trees: list[ast.Module]) -> tuple[dict[str, int], set[str]]:
    """Map each callable taking a ``code`` to its position; also return ``code`` defaults."""
    positions: dict[str, int] = {}
    defaults: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                names = [a.arg for a in node.args.posonlyargs + node.args.args]
                if "code" not in names:
                    continue
                if names[0] in {"self", "cls"}:
                    names = names[1:]
                positional = node.args.posonlyargs + node.args.args
                for arg, default in zip(
                    positional[len(positional) - len(node.args.defaults) :],
                    node.args.defaults,
                    strict=True,
                ):
                    if arg.arg == "code":
                        defaults.update(_values(default, node))
                owner = node.name
                positions[owner] = names.index("code")
            elif isinstance(node, ast.ClassDef):
                fields = [
                    item
                    for item in node.body
                    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                ]
                names = [f.target.id for f in fields if isinstance(f.target, ast.Name)]
                if "code" in names:
                    positions[node.name] = names.index("code")
                    field = fields[names.index("code")]
                    if field.value is not None:
                        defaults.update(_values(field.value, node))
                for item in node.body:
                    if isinstance(item, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == "code" for t in item.targets
                    ):
                        defaults.update(_values(item.value, node))
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        args = [a.arg for a in item.args.args][1:]
                        if "code" in args:
                            positions[node.name] = args.index("code")
    return positions, defaults


def _values(expr: ast.expr, scope: ast.AST, seen: frozenset[str] = frozenset()) -> Iterator[str]:
    """Yield the strings an expression can take: constants, both arms of ``a if c else b``,
    and what a plain variable is assigned in ``scope``."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        yield expr.value
    elif isinstance(expr, ast.IfExp):
        yield from _values(expr.body, scope, seen)
        yield from _values(expr.orelse, scope, seen)
    elif isinstance(expr, ast.BoolOp):
        for value in expr.values:
            yield from _values(value, scope, seen)
    elif isinstance(expr, ast.Name) and expr.id not in seen:
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == expr.id for t in node.targets
            ):
                yield from _values(node.value, scope, seen | {expr.id})


def _functions(tree: ast.Module) -> Iterator[tuple[ast.AST, ast.Call]]:
    """Yield each call with the innermost function (or module) that holds it."""
    stack: list[tuple[ast.AST, ast.AST]] = [(tree, tree)]
    while stack:
        node, scope = stack.pop()
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else scope
            if isinstance(child, ast.Call):
                yield scope, child
            stack.append((child, inner))


def source_codes() -> set[str]:
    """Return every problem code that the sources under src/newsmodel pass to a code parameter."""
    trees = [ast.parse(path.read_text("utf-8")) for path in sorted(SOURCES.rglob("*.py"))]
    positions, codes = _code_positions(trees)
    for tree in trees:
        for scope, call in _functions(tree):
            name = _callee(call)
            if name not in positions:
                continue
            argument: ast.expr | None = next(
                (k.value for k in call.keywords if k.arg == "code"), None
            )
            if argument is None and len(call.args) > positions[name]:
                argument = call.args[positions[name]]
            if argument is None:
                continue
            codes.update(_values(argument, scope))
    return {code for code in codes if CODE.match(code)}


def documented_codes() -> set[str]:
    """Return the codes in the first column of the tables of docs/errors.md."""
    return set(TABLE_ROW.findall(ERRORS_PAGE.read_text("utf-8")))


class TestProblemCodes:
    """docs/errors.md lists exactly the problem codes the sources raise."""

    def test_gatherer_finds_the_foundation_codes(self) -> None:
        """The gatherer finds the codes known to be raised, so the checks below are not vacuous."""
        assert set() == KNOWN - source_codes()

    def test_every_code_is_documented(self) -> None:
        """Every code raised in src/ has a row in docs/errors.md (issue 2)."""
        missing = source_codes() - documented_codes()
        assert set() == missing, f"add these codes to the table in {ERRORS_PAGE}"

    def test_every_documented_code_is_raised(self) -> None:
        """Every code in docs/errors.md is raised somewhere in src/, so the table has no stale
        rows."""
        stale = documented_codes() - source_codes()
        assert set() == stale, f"these codes in {ERRORS_PAGE} are raised nowhere"


class TestReadme:
    """The README keeps what the docs and newcomers rely on."""

    def test_example_markers(self) -> None:
        """docs/index.md includes the README example between these markers, in this order."""
        text = README.read_text("utf-8")
        start = text.index("<!-- example-start -->")
        end = text.index("<!-- example-end -->")
        assert start < end
        assert "```pycon" in text[start:end]

    @pytest.mark.parametrize(
        "command",
        ["python -m pip install -e '.[test]' && python -m pytest"],
    )
    def test_first_commands(self, command: str) -> None:
        """The README's commands come in the first code blocks, before any other section."""
        text = README.read_text("utf-8")
        blocks = re.findall(r"```sh\n(.*?)\n```", text, re.DOTALL)
        assert command == blocks[1]
        assert blocks[0].startswith("python -m pip install . && newsmodel convert examples/")

    def test_ci_installs_as_the_readme_says(self) -> None:
        """.ci/run installs with the README's own test command, then runs its pytest."""
        text = README.read_text("utf-8")
        install, test = re.findall(r"```sh\n(.*?)\n```", text, re.DOTALL)[1].split(" && ")
        script = (ROOT / ".ci" / "run").read_text("utf-8")
        assert re.search(rf"^{re.escape(install)}", script, re.MULTILINE)
        assert re.search(rf"^{re.escape(test)} ", script, re.MULTILINE)
