"""``newsmodel schema``: print the JSON Schema of newsmodel's JSON format."""

import argparse
import json
from typing import TextIO

from newsmodel.batch.outcome import ExitCode
from newsmodel.cli.report import write_stdout

__all__ = ["run_schema"]


def run_schema(_args: argparse.Namespace, _stderr: TextIO) -> int:
    """Print the article JSON Schema to standard output; return the exit code."""
    from newsmodel.schema import article_schema  # imported here: only this command needs it

    text = json.dumps(article_schema(), ensure_ascii=False, indent=2) + "\n"
    write_stdout(text.encode("utf-8"))
    return ExitCode.OK
