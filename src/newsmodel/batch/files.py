"""Reading inputs, and naming and writing the files of a conversion in an output folder.

Writing runs where the document was converted (a worker process, or the command's own), so that
creating files, which is slow on many file systems, is shared by the workers too. Every file is
written through :func:`newsmodel.api.open_atomic`, newsmodel's one atomic write.
"""

import os
import sys

from newsmodel import api, formats
from newsmodel.formats import Format

__all__ = ["folder_name", "output_name", "read_input", "write_new"]


def read_input(name: str) -> bytes:
    """Return the bytes of file ``name``, or of standard input for ``-``.

    Raises:
        OSError: if the file cannot be read.
    """
    if name == "-":
        return sys.stdin.buffer.read()
    with open(name, "rb") as handle:  # not Path: it interns every path it parses
        return handle.read()


def output_name(source: str, target: Format, label: str | None = None) -> str:
    """Return the name of the file that input ``source`` becomes in format ``target``: its name
    with the target's preferred extension in place of its own, and ``-label`` before it for one of
    several articles.

    >>> from newsmodel.formats import get
    >>> output_name("in/story.json", get("jsonl"))
    'story.jsonl'
    >>> output_name("batch.jsonl", get("json"), "3")
    'batch-3.json'
    """
    base = "stdin" if source == "-" else os.path.basename(source)  # not Path: it interns
    lower = base.lower()
    fmt = formats.format_for_path(base)
    matched = [ext for ext in fmt.extensions if lower.endswith(ext)] if fmt is not None else []
    extension = max(matched, key=len) if matched else os.path.splitext(base)[1].rstrip(".")
    stem = base[: len(base) - len(extension)] if extension and len(extension) < len(base) else base
    if label is not None:
        stem += f"-{label}"
    return stem + (target.extensions[0] if target.extensions else "")


def folder_name(name: str, relative: str, target: Format, label: str | None) -> str:
    """Return the name in the output folder of input ``name``: its path ``relative`` to the
    folder it was found in, with the target's extension, and ``-label`` for one of several
    articles; standard input (``-``) is ``stdin``.

    >>> from newsmodel.formats import get
    >>> folder_name("in/2026/a.xml", "2026/a.xml", get("json"), None)
    '2026/a.json'
    >>> folder_name("-", "-", get("json"), "3")
    'stdin-3.json'
    """
    if name == "-":
        return output_name("-", target, label)
    folder = os.path.dirname(relative)
    base = output_name(relative, target, label)
    return f"{folder}/{base}" if folder else base


def write_new(path: str, data: bytes, *, force: bool) -> None:
    """Write ``data`` to ``path`` atomically, creating its folder; without ``force``, never
    over an existing file, even one created meanwhile by another process.

    Paths stay strings: :class:`pathlib.Path` interns every part of every path it parses, which
    over millions of files is memory that never comes back.

    Raises:
        FileExistsError: if ``path`` exists and ``force`` is false.
        OSError: if the file cannot be written; no temporary file is left behind.
    """
    folder = os.path.dirname(path)
    if folder:
        os.makedirs(folder, exist_ok=True)
    api.write_atomic(path, data, replace=force)
