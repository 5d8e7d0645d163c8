"""Fuzz-suite fixtures: a count of the cases each reader ran, shown in the terminal summary."""

from collections import Counter

import pytest

CASES: Counter[str] = Counter()
"""How many fuzz inputs each reader (by format name) was given in this session."""


@pytest.fixture(scope="session")
def fuzz_cases() -> Counter[str]:
    """The session's count of fuzz cases per reader; tests add to it."""
    return CASES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print how many fuzz cases ran per reader, when any did."""
    if not CASES:
        return
    terminalreporter.section("fuzz cases per reader")
    for name, count in sorted(CASES.items()):
        terminalreporter.write_line(f"{name}: {count}")
    terminalreporter.write_line(f"total: {sum(CASES.values())}")
