"""How a batch ends: exit codes, the error of a request that cannot be carried out, and how
inputs are named in messages.

The command line exits with these codes, and :mod:`newsmodel.dask` reports them per document.
"""

import enum

__all__ = ["STDIN", "ExitCode", "UsageError", "display_name"]

STDIN = "<stdin>"
"""How standard input is named in messages."""


class ExitCode(enum.IntEnum):
    """The outcome of a document or a run; when several apply, the highest wins."""

    OK = 0
    INVALID = 1
    """An input failed to parse or validate, or could not be written without loss in strict mode."""
    USAGE = 2
    """A usage error, an unknown format, or an I/O error."""
    INTERNAL = 3
    """A bug in newsmodel; a traceback went to stderr."""


class UsageError(Exception):
    """A request that cannot be carried out as given (a schema that cannot be loaded, outputs
    that cannot go where they are asked to); the command line exits with 2."""


def display_name(name: str) -> str:
    """Return how input ``name`` is named in messages: ``-`` is standard input.

    >>> display_name("-"), display_name("wire/a.xml")
    ('<stdin>', 'wire/a.xml')
    """
    return STDIN if name == "-" else name
