"""The command line: ``newsmodel convert``, ``validate``, ``schema`` and ``formats``.

Every format is looked up in the registry (:mod:`newsmodel.formats`), so a format added there is
available here with no change. Documents go to stdout as UTF-8 bytes, messages to stderr.

Exit codes: 0 when every input is fine; 1 when an input failed to parse or validate (with
``--strict``, warnings and lossy conversions too); 2 for a usage error, an unknown format or an
I/O error; 3 for an internal error, with a traceback on stderr. When several apply, the highest
wins. An interrupt exits with 130 and leaves no half-written file.
"""

import argparse
import os
import sys
import traceback
from pathlib import Path
from typing import Any, Literal, TextIO, cast

from newsmodel import __version__, formats
from newsmodel.batch.outcome import ExitCode, UsageError
from newsmodel.batch.work import IfExists
from newsmodel.cli.convert import ConvertRequest, convert
from newsmodel.cli.formats import run_formats
from newsmodel.cli.report import Diagnostics
from newsmodel.cli.schema import run_schema
from newsmodel.cli.validate import ValidateRequest, chosen_codes, run_validate
from newsmodel.errors import FormatError, ValidationError
from newsmodel.formats import Format, ReadOptions, WriteOptions

__all__ = ["build_parser", "main"]

_INTERRUPTED = 130
"""The exit code after Ctrl-C, as shells report a process killed by SIGINT."""


def _format_names(direction: Literal["read", "write"]) -> str:
    names = (
        name
        for name, fmt in sorted(formats.FORMATS.items())
        if (fmt.readable if direction == "read" else fmt.write is not None)
    )
    return ", ".join(names)


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def _add_file_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--include", action="append", metavar="GLOB",
        help="only files whose path or name matches this glob (repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--exclude", action="append", metavar="GLOB",
        help="leave out files whose path or name matches this glob (repeatable)",
    )  # fmt: skip


def _add_convert(commands: Any) -> None:
    parser = commands.add_parser(
        "convert",
        help="convert articles from one format to another",
        description="Convert article files. One input goes to stdout or to -o FILE; several go "
        "to the folder -o DIR/ (or, with --to jsonl, to one stream). Existing files are kept, "
        "failing their input, unless --if-exists says otherwise (--force: overwrite).",
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT",
        help="input files, or folders (searched recursively for files of a readable format; "
        "their outputs keep the paths relative to the folder); - is stdin",
    )  # fmt: skip
    parser.add_argument(
        "-f", "--from", dest="source", metavar="FMT",
        help=f"the input format ({_format_names('read')}); default: from the extension, else "
        "from the content; needed for stdin",
    )  # fmt: skip
    parser.add_argument(
        "-t", "--to", dest="target", metavar="FMT",
        help=f"the output format ({_format_names('write')}); default: from the extension of -o",
    )  # fmt: skip
    parser.add_argument(
        "-o", "--output", metavar="OUTPUT",
        help="a file, a folder (for several outputs; created if missing), or - for stdout "
        "(the default)",
    )  # fmt: skip
    parser.add_argument(
        "--strict", action="store_true",
        help="fail an article that the output format cannot carry whole, instead of warning",
    )  # fmt: skip
    parser.add_argument(
        "--if-exists", choices=("fail", "skip", "overwrite"), metavar="{fail,skip,overwrite}",
        help="what to do with an output file that exists: fail the input and keep the file (the "
        "default), skip it and keep the file (for incremental runs), or overwrite it",
    )  # fmt: skip
    parser.add_argument(
        "--force", action="store_true", help="overwrite existing files (--if-exists overwrite)"
    )
    _add_file_filters(parser)
    parser.add_argument(
        "-j", "--jobs", type=_positive_int, default=1, metavar="N",
        help="convert in N worker processes (default: 1, in this process); 0: one per CPU",
    )  # fmt: skip
    parser.add_argument(
        "--timeout", type=_positive_float, metavar="SECONDS",
        help="fail a document that takes longer than this, and go on (runs in worker "
        "processes, with --jobs 1 too)",
    )  # fmt: skip
    parser.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help="show a progress line on stderr (default: only when stderr is a terminal)",
    )  # fmt: skip
    parser.add_argument(
        "--language", metavar="TAG",
        help="the articles' language (BCP 47: de, pt-BR) where an input states none; it chooses "
        "the quotation marks and word order quotes and speakers are read by",
    )  # fmt: skip
    parser.add_argument(
        "--no-heuristics", dest="heuristics", action="store_false",
        help="keep the quotes and dateline the inputs' markup gives, and find none in "
        "NewsML-G2, ninjs or HTML bodies",
    )  # fmt: skip
    parser.add_argument("--ninjs-version", metavar="V", help="the ninjs version to write")
    parser.add_argument(
        "--newsml-body", choices=("xhtml", "nitf"), help="how a NewsML-G2 item carries the body"
    )
    parser.set_defaults(run=_run_convert)


def _add_validate(commands: Any) -> None:
    parser = commands.add_parser(
        "validate",
        help="check article files and report every problem",
        description="Check article files, and folders of them (recursively), and report every "
        "problem with its place. Exits 1 if any file has an error.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or folders to check; - is stdin"
    )
    parser.add_argument(
        "-f", "--from", dest="source", metavar="FMT",
        help=f"the format of the files ({_format_names('read')}); default: from each extension, "
        "else from the content; needed for stdin",
    )  # fmt: skip
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    _add_file_filters(parser)
    parser.add_argument(
        "--select", action="append", metavar="CODES",
        help="report only problems whose code starts with one of these (comma-separated; "
        "repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--ignore", action="append", metavar="CODES",
        help="do not report problems whose code starts with one of these (comma-separated; "
        "repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--schema", action="append", metavar="[FMT=]PATH",
        help="also check against this schema: an .xsd for NewsML-G2 files, a JSON Schema for "
        "ninjs and JSON files (needs jsonschema); FMT= limits it to one format; repeatable",
    )  # fmt: skip
    parser.add_argument(
        "--timeout", type=_positive_float, metavar="SECONDS",
        help="fail a file whose check takes longer than this (a timeout problem), and go on "
        "(checks in a worker process)",
    )  # fmt: skip
    parser.add_argument(
        "--output-format", choices=("text", "json", "github"), default="text",
        help="text: one line per problem (the default); json: one report object on stdout; "
        "github: GitHub Actions annotations",
    )  # fmt: skip
    parser.set_defaults(run=_run_validate)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``newsmodel`` command."""
    parser = argparse.ArgumentParser(
        prog="newsmodel",
        description="Convert and validate news articles: text, HTML, JSON, NewsML-G2, ninjs.",
    )
    parser.add_argument("--version", action="version", version=f"newsmodel {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_convert(commands)
    _add_validate(commands)
    schema = commands.add_parser(
        "schema", help="print the JSON Schema of the json format", description="Print the JSON "
        "Schema (draft 2020-12) that every newsmodel JSON article document matches."
    )  # fmt: skip
    schema.set_defaults(run=run_schema)
    listing = commands.add_parser(
        "formats", help="list the formats", description="List every format newsmodel reads "
        "or writes: name, directions, extensions and description."
    )  # fmt: skip
    listing.set_defaults(run=run_formats)
    return parser


def _lookup(name: str | None, direction: Literal["read", "write"]) -> Format | None:
    """Return the format named on the command line, or None; FormatError exits with 2."""
    return None if name is None else formats.get(name, direction=direction)


def _write_options(args: argparse.Namespace) -> WriteOptions:
    given: dict[str, Any] = {}
    if args.ninjs_version is not None:
        given["ninjs_version"] = args.ninjs_version
    if args.newsml_body is not None:
        given["newsml_body"] = args.newsml_body
    try:
        return WriteOptions(**given)
    except ValidationError as exc:  # an option the writers do not know: a usage error
        raise UsageError("; ".join(problem.message for problem in exc.problems)) from None


def _read_options(args: argparse.Namespace) -> ReadOptions:
    try:
        return ReadOptions(language=args.language, heuristics=args.heuristics)
    except ValidationError as exc:  # not a language tag: a usage error
        raise UsageError("; ".join(problem.message for problem in exc.problems)) from None


def _if_exists(args: argparse.Namespace) -> IfExists:
    """``--if-exists``, with ``--force`` as a synonym of ``overwrite``."""
    if args.force and args.if_exists not in (None, "overwrite"):
        raise UsageError(f"--force and --if-exists {args.if_exists} contradict each other")
    if args.force:
        return "overwrite"
    return cast(IfExists, args.if_exists or "fail")


def _run_convert(args: argparse.Namespace, stderr: TextIO) -> int:
    target = _lookup(args.target, "write")
    if target is None:
        by_name = None
        if args.output not in (None, "-") and not Path(args.output).is_dir():
            by_name = formats.format_for_path(args.output)
        if by_name is None or by_name.write is None:
            raise UsageError("pass --to FMT, or an -o file whose extension names the format")
        target = by_name
    request = ConvertRequest(
        inputs=tuple(args.inputs),
        source=_lookup(args.source, "read"),
        target=target,
        output=args.output,
        strict=args.strict,
        if_exists=_if_exists(args),
        options=_write_options(args),
        reading=_read_options(args),
        jobs=args.jobs or (os.cpu_count() or 1),
        timeout=args.timeout,
        include=tuple(args.include or ()),
        exclude=tuple(args.exclude or ()),
    )
    return convert(request, Diagnostics(stderr, progress=args.progress))


def _run_validate(args: argparse.Namespace, stderr: TextIO) -> int:
    request = ValidateRequest(
        paths=tuple(args.paths),
        source=_lookup(args.source, "read"),
        strict=args.strict,
        output_format=args.output_format,
        include=tuple(args.include or ()),
        exclude=tuple(args.exclude or ()),
        select=chosen_codes(args.select),
        ignore=chosen_codes(args.ignore),
        schemas=tuple(args.schema or ()),
        timeout=args.timeout,
    )
    return run_validate(request, stderr)


def _stdout_closed() -> int:
    """Stdout was closed early (``newsmodel convert ... | head``): stop quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (stdout is captured)
        pass
    finally:
        os.close(devnull)
    return ExitCode.USAGE


def main(argv: list[str] | None = None) -> int:
    """Run the ``newsmodel`` command line.

    Args:
        argv: The arguments, without the program name; default: ``sys.argv[1:]``.

    Returns:
        The exit code: 0 ok, 1 invalid input, 2 usage or I/O error, 3 internal error.
    """
    stderr = sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else ExitCode.USAGE
    try:
        code: int = args.run(args, stderr)
    except BrokenPipeError:
        return _stdout_closed()
    except (UsageError, FormatError, OSError) as exc:
        print(f"newsmodel {args.command}: error: {exc}", file=stderr)
        return ExitCode.USAGE
    except KeyboardInterrupt:
        print("newsmodel: interrupted", file=stderr)
        return _INTERRUPTED
    except Exception:
        print("newsmodel: internal error; please report it with this traceback:", file=stderr)
        traceback.print_exc(file=stderr)
        return ExitCode.INTERNAL
    return code
