"""Placeholder; the command line is being written."""


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    return 0
