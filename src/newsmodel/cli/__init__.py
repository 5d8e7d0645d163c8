"""The command line: ``newsmodel convert``, ``validate``, ``schema`` and ``formats``.

:func:`main` is the console script's entry point (``newsmodel = "newsmodel.cli:main"``) and
``python -m newsmodel``'s. The argparse front door is :mod:`newsmodel.cli.app`; each command has
a module of its own (:mod:`~newsmodel.cli.convert`, :mod:`~newsmodel.cli.validate`,
:mod:`~newsmodel.cli.schema`, :mod:`~newsmodel.cli.formats`), and :mod:`~newsmodel.cli.report`
prints. The work itself is :mod:`newsmodel.batch`'s, which prints nothing.
"""

from newsmodel.cli.app import build_parser, main

__all__ = ["build_parser", "main"]
