"""Shared test configuration: Hypothesis profiles and the ``shared`` marker.

Tests that read ``../shared`` (the corpus, the IPTC schemas) take the ``shared_dir`` fixture and
are marked ``shared``; where the folder is absent (a user's clone) they skip with that reason.
"""

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    max_examples=200,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None, max_examples=100)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# tests/typing is checked by mypy only; its calls are not meant to run.
collect_ignore = ["typing"]

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSMODEL_SHARED", ROOT.parent / "shared"))
DATA = Path(__file__).resolve().parent / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    """Declare ``--update-golden``: rewrite expected files from what the code does now."""
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite golden and expected-error files from the current output, for review",
    )


@pytest.fixture
def shared_dir() -> Path:
    """The ``../shared`` folder; skips the test when it is absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"needs the shared corpus and schemas at {SHARED}, which is absent")
    return SHARED


@pytest.fixture
def data_dir() -> Path:
    """The project's own test fixtures, ``tests/data``."""
    return DATA
