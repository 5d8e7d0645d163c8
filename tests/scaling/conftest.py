"""Scaling-suite reporting: the largest ratio per format, shown in the terminal summary."""

import pytest

from tests.scaling.measure import RATIOS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the largest ratio measured per direction and format, with its family."""
    if not RATIOS:
        return
    worst: dict[str, tuple[float, str]] = {}
    for case, found in RATIOS.items():
        direction, name, family = case.split(" ", 2)
        key = f"{direction} {name}"
        if found > worst.get(key, (0.0, ""))[0]:
            worst[key] = (found, family)
    terminalreporter.section("scaling: largest ratio (8x input) per format")
    for key, (found, family) in sorted(worst.items()):
        terminalreporter.write_line(f"{key}: {found:.1f} ({family})")
    terminalreporter.write_line(f"cases: {len(RATIOS)}")
