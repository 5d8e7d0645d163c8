"""The small hostile inputs stored in tests/data/hostile, each given to every reader and to
:func:`newsmodel.load` (issue 7).

Each file is one attack: an external entity or DTD naming /etc/passwd, a billion laughs, a lone
surrogate, NUL bytes and invalid UTF-8, mixed encodings, right-to-left and combining characters.
Whatever reads it gives a clean outcome (no line of the password file, no lone surrogate or NUL
in an article) or a NewsModelError.
"""

import warnings
from pathlib import Path

import pytest

import newsmodel
from newsmodel.errors import NewsModelError, NewsModelWarning
from tests.hostile.hostile import Outcome, read_each, shown, unclean

FOLDER = Path(__file__).resolve().parent.parent / "data" / "hostile"
FILES = sorted(path for path in FOLDER.iterdir() if path.name != "README.md")
PASSWORD_LINE = "root:"
"""What the first line of /etc/passwd starts with on every Unix."""


def test_folder_is_not_empty() -> None:
    """The folder holds the inputs the tests below read."""
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
class TestHostileFiles:
    """Each stored input."""

    def test_every_reader(self, path: Path) -> None:
        """Every reader gives a clean outcome without the password file's content."""
        outcomes = read_each(path.read_bytes())
        assert {} == unclean(outcomes)
        assert [] == [name for name, o in outcomes.items() if PASSWORD_LINE in shown(o)]

    def test_load(self, path: Path) -> None:
        """load, choosing the format from the name and the bytes, gives a clean outcome."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NewsModelWarning)
            try:
                outcome: Outcome = [newsmodel.load(path)]
            except NewsModelError as error:
                outcome = error
        assert {} == unclean({"load": outcome})
        assert PASSWORD_LINE not in shown(outcome)
