"""Convert every article file of a folder to another format with the newsmodel API.

    python examples/convert_folder.py SOURCE_DIR TARGET_DIR --to FORMAT

Each file whose format newsmodel can tell (from its extension, else its content) is read and
written to TARGET_DIR under the same name with the target format's extension. Files newsmodel
cannot read are listed on stderr and skipped. The exit code is 1 if any article file failed.
"""

import argparse
import sys
from pathlib import Path
from typing import cast

import newsmodel
from newsmodel import formats
from newsmodel.formats import WriteFormat


def convert_folder(source: Path, target: Path, to: str) -> tuple[int, int]:
    """Convert the files of ``source`` into ``target``; return (converted, failed) counts."""
    writer = formats.get(to, direction="write")
    target.mkdir(parents=True, exist_ok=True)
    converted = failed = 0
    for path in sorted(p for p in source.iterdir() if p.is_file()):
        try:
            article = newsmodel.load(path)
        except newsmodel.FormatError:
            print(f"{path}: skipped: not an article format newsmodel reads", file=sys.stderr)
            continue
        except newsmodel.NewsModelError as error:
            print(f"{path}: failed: {error}", file=sys.stderr)
            failed += 1
            continue
        stem = path.name.removesuffix("".join(path.suffixes))
        destination = target / (stem + writer.extensions[0])
        text = newsmodel.dumps(article, format=cast(WriteFormat, writer.name))
        destination.write_text(text, encoding="utf-8")
        print(f"{path} -> {destination}")
        converted += 1
    return converted, failed


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, convert the folder and print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("source", type=Path, help="the folder to read")
    parser.add_argument("target", type=Path, help="the folder to write; created if missing")
    parser.add_argument("--to", required=True, help="the format to write, such as json or jsonl")
    args = parser.parse_args(argv)
    try:
        converted, failed = convert_folder(args.source, args.target, args.to)
    except (newsmodel.FormatError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"{converted} converted, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
