"""The command line: ``newsmodel convert``, ``validate``, ``schema`` and ``formats``.

Every format is looked up in the registry (:mod:`newsmodel.formats`), so a format added there is
available here with no change. Documents go to stdout as UTF-8 bytes, messages to stderr.

Exit codes: 0 when every input is fine; 1 when an input failed to parse or validate (with
``--strict``, warnings and lossy conversions too); 2 for a usage error, an unknown format or an
I/O error; 3 for an internal error, with a traceback on stderr. When several apply, the highest
wins. An interrupt exits with 130 and leaves no half-written file.
"""

import argparse
import json
import os
import sys
import traceback
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, TextIO

from newsmodel import __version__, formats
from newsmodel._cli_convert import ConvertRequest, convert
from newsmodel._cli_io import (
    ExitCode,
    UsageError,
    display_name,
    is_readable,
    iter_items,
    locate_problem,
    read_input,
    reader_for,
    write_stdout,
)
from newsmodel._cli_report import (
    Diagnostics,
    FileReport,
    position,
    render_json,
    render_text,
    validate_summary,
)
from newsmodel.errors import FormatError, Location, Problem
from newsmodel.formats import Format, WriteOptions
from newsmodel.validation import validate

__all__ = ["build_parser", "main"]

_INTERRUPTED = 130
"""The exit code after Ctrl-C, as shells report a process killed by SIGINT."""


def _format_names(direction: Literal["read", "write"]) -> str:
    names = (
        name
        for name, fmt in sorted(formats.FORMATS.items())
        if (is_readable(fmt) if direction == "read" else fmt.write is not None)
    )
    return ", ".join(names)


def _add_convert(commands: Any) -> None:
    parser = commands.add_parser(
        "convert",
        help="convert articles from one format to another",
        description="Convert article files. One input goes to stdout or to -o FILE; several go "
        "to the folder -o DIR (or, with --to jsonl, to one stream). Existing files are kept "
        "unless --force is given.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="input files; - is stdin")
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
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
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
    parser.add_argument(
        "--output-format", choices=("text", "json"), default="text",
        help="text: one line per problem (the default); json: one report object on stdout",
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
    schema.set_defaults(run=_run_schema)
    listing = commands.add_parser(
        "formats", help="list the formats", description="List every format newsmodel reads "
        "or writes: name, directions, extensions and description."
    )  # fmt: skip
    listing.set_defaults(run=_run_formats)
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
    return WriteOptions(**given)


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
        force=args.force,
        options=_write_options(args),
    )
    return convert(request, Diagnostics(stderr))


def _files(paths: Sequence[str]) -> Iterator[str]:
    """Yield the files to check: each file named, and the files of each folder, recursively,
    whose extension a readable format has; hidden files and folders are skipped."""
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            yield path
            continue
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
            for name in sorted(names):
                fmt = formats.format_for_path(name)
                if not name.startswith(".") and fmt is not None and is_readable(fmt):
                    yield os.path.join(folder, name)


def _check_items(name: str, data: bytes, chosen: Format | None) -> list[Problem]:
    shown = display_name(name)
    fmt = reader_for(data, None if name == "-" else name, chosen)
    found: list[Problem] = []
    for item in iter_items(data, fmt, shown):
        if item.parsed is None:
            found.extend(item.problems)
            continue
        for problem in validate(item.parsed.article):
            found.append(locate_problem(problem, item.parsed, shown, item.line))
    return found


def _check_file(name: str, chosen: Format | None, stderr: TextIO) -> FileReport:
    shown = display_name(name)
    where = Location(source=shown)
    try:
        data = read_input(name)
    except OSError as exc:
        problem = Problem("unreadable", "error", f"cannot read: {exc.strerror or exc}", where)
        return FileReport(path=shown, problems=(problem,), status=ExitCode.USAGE)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            found = _check_items(name, data, chosen)
        except FormatError as exc:
            problem = Problem("unknown-format", "error", str(exc), where)
            return FileReport(path=shown, problems=(problem,), status=ExitCode.USAGE)
        except Exception as exc:  # a bug in a reader: report it, go on with the next file
            Diagnostics(stderr).internal(shown)
            message = f"newsmodel failed on this file: {type(exc).__name__}: {exc}"
            problem = Problem("internal-error", "error", message, where)
            return FileReport(path=shown, problems=(problem,), status=ExitCode.INTERNAL)
    for warning in caught:  # what the reader warned about
        code = getattr(warning.message, "code", None)
        found.append(
            Problem(code if isinstance(code, str) else "reader-warning", "warning",
                    str(warning.message), where)
        )  # fmt: skip
    return FileReport(path=shown, problems=tuple(sorted(found, key=position)))


def _run_validate(args: argparse.Namespace, stderr: TextIO) -> int:
    chosen = _lookup(args.source, "read")
    paths: list[str] = args.paths
    if paths.count("-") > 1:
        raise UsageError("standard input can be read only once")
    if "-" in paths and chosen is None:
        raise UsageError("reading standard input needs --from")
    names = sorted(dict.fromkeys(_files(paths)), key=display_name)
    reports: list[FileReport] = []
    for name in names:
        reports.append(_check_file(name, chosen, stderr))
        if args.output_format == "text":  # as each file is done, for long runs
            render_text(reports[-1:], sys.stdout)
    if args.output_format == "json":
        render_json(reports, sys.stdout, strict=args.strict)
    else:
        print(validate_summary(reports, strict=args.strict), file=stderr)
    return max((report.exit_code(strict=args.strict) for report in reports), default=ExitCode.OK)


def _run_schema(_args: argparse.Namespace, _stderr: TextIO) -> int:
    from newsmodel.schema import article_schema  # imported here: only this command needs it

    text = json.dumps(article_schema(), ensure_ascii=False, indent=2) + "\n"
    write_stdout(text.encode("utf-8"))
    return ExitCode.OK


def _run_formats(_args: argparse.Namespace, _stderr: TextIO) -> int:
    rows = [
        (
            fmt.name,
            "read" if is_readable(fmt) else "-",
            "write" if fmt.write is not None else "-",
            " ".join(fmt.extensions) or "-",
            fmt.description,
        )
        for fmt in sorted(formats.FORMATS.values(), key=lambda fmt: fmt.name)
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[4]]))
    return ExitCode.OK


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
