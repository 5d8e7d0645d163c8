"""Fixtures for the format tests: golden cases and the ``--update-golden`` switch.

Golden cases are files under ``tests/data/<format>/valid`` and ``tests/data/<format>/invalid``,
found by glob, so that adding a case is adding a file. ``pytest --update-golden`` rewrites the
expected files from what the code does now, for review in the diff.

The option is declared in ``tests/conftest.py``: pytest reads ``pytest_addoption`` only from the
initial conftests and plugins, and this folder's conftest is not one when pytest runs the whole
suite.
"""

import json
from pathlib import Path
from typing import Any

import pytest

import newsmodel

DATA = Path(__file__).resolve().parent.parent / "data"


def cases(folder: Path, *patterns: str) -> list[Path]:
    """The case files in ``folder`` matching any of ``patterns``, sorted, without expectations
    (``*.error.json``)."""
    found = {path for pattern in patterns for path in folder.glob(pattern)}
    return sorted(path for path in found if not path.name.endswith(".error.json"))


def case_id(path: Path) -> str:
    """A test id for a case: its file name."""
    return path.name


def error_path(case: Path) -> Path:
    """Where the expected error of an invalid case is kept: ``<case>.error.json``."""
    return case.with_name(case.name.rsplit(".", 1)[0] + ".error.json")


def describe_error(error: newsmodel.NewsModelError) -> dict[str, Any]:
    """An error as its golden file holds it: the class, and each problem's code and place
    (pointer, line and column, those that are set; never the message, which may be reworded)."""
    problems = getattr(error, "problems", ())
    described: list[dict[str, Any]] = []
    for problem in problems:
        entry: dict[str, Any] = {"code": problem.code}
        for key in ("line", "column", "pointer"):
            value = getattr(problem.location, key)
            if value is not None:
                entry[key] = value
        described.append(entry)
    return {"error": type(error).__name__, "problems": described}


def write_json(path: Path, value: object) -> None:
    """Write ``value`` as an indented UTF-8 JSON file ending with a newline."""
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether ``--update-golden`` was given: rewrite expectations instead of comparing."""
    return bool(request.config.getoption("--update-golden", default=False))
