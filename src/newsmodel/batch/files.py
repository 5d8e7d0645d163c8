"""Reading inputs, and naming and writing the files of a conversion in an output folder.

Inputs are read within a bound: at most ``max_bytes + 1`` bytes of any input (a file, a device,
standard input), so a huge file or ``/dev/zero`` is a ``too-large`` problem of that input, never
a :class:`MemoryError`. Only regular files are read: a FIFO, a device or a socket is refused,
before it is read, with a message saying what it is (a FIFO is opened without waiting for a
writer, so it never hangs the command).

Writing runs where the document was converted (a worker process, or the command's own), so that
creating files, which is slow on many file systems, is shared by the workers too. Every file is
written through :func:`newsmodel.api.open_atomic`, newsmodel's one atomic write, and never
through a symbolic link: a file of the output folder is written only where its real path lies
inside the folder.
"""

import errno
import os
import stat
import sys
from typing import BinaryIO

from newsmodel import api, formats, limits
from newsmodel.errors import Location
from newsmodel.formats import Format

__all__ = [
    "file_kind",
    "folder_name",
    "inside",
    "open_regular",
    "output_name",
    "read_input",
    "read_stream",
    "write_new",
]

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str | None:
    """Say what a file that is not a regular file is, from its ``st_mode``; None for a regular
    file.

    >>> import stat
    >>> file_kind(stat.S_IFIFO), file_kind(stat.S_IFREG)
    ('a FIFO (named pipe)', None)
    """
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), "not a regular file")


def _not_regular(name: str, kind: str) -> OSError:
    return OSError(
        errno.EINVAL,
        f"not a regular file but {kind}; give its data on standard input (-) instead",
        name,
    )


def open_regular(name: str) -> BinaryIO:
    """Open file ``name`` for reading if it is a regular file (a symbolic link named directly
    is followed).

    A FIFO, device or socket is refused from its status before it is opened; it is then opened
    without blocking and checked again, so that one swapped in meanwhile is refused too,
    without waiting for a writer.

    Raises:
        OSError: if the file cannot be opened, or is not a regular file.
    """
    kind = file_kind(os.stat(name).st_mode)
    if kind is not None:
        raise _not_regular(name, kind)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    handle = os.open(name, flags | getattr(os, "O_BINARY", 0))
    try:
        kind = file_kind(os.fstat(handle).st_mode)
        if kind is not None:
            raise _not_regular(name, kind)
        return os.fdopen(handle, "rb")
    except BaseException:
        os.close(handle)
        raise


def read_stream(handle: BinaryIO, max_bytes: int | None, source: str) -> bytes:
    """Read ``handle`` to its end, but never more than ``max_bytes + 1`` bytes.

    Raises:
        LimitError: (code ``too-large``) if it holds more than ``max_bytes`` bytes.
        OSError: if it cannot be read.
    """
    data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        raise limits.LimitError(
            f"the document is longer than the limit of {max_bytes} bytes (max_bytes)",
            Location(source=source),
            code="too-large",
        )
    return data


def read_input(name: str, max_bytes: int | None = limits.MAX_BYTES) -> bytes:
    """Return the bytes of file ``name``, or of standard input for ``-``, reading at most
    ``max_bytes + 1`` bytes.

    Raises:
        LimitError: (code ``too-large``) if the input holds more than ``max_bytes`` bytes; a
            regular file is refused from its size, before it is read.
        OSError: if the file cannot be read, or is not a regular file.
    """
    if name == "-":
        return read_stream(sys.stdin.buffer, max_bytes, "<stdin>")
    with open_regular(name) as handle:  # not Path: it interns every path it parses
        if max_bytes is not None:
            limits.check_length(os.fstat(handle.fileno()).st_size, max_bytes, name)
        return read_stream(handle, max_bytes, name)


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


def inside(path: str, root: str) -> bool:
    """Whether the real path of ``path``'s folder lies inside the real path of folder ``root``:
    no symbolic link on the way leads out of it."""
    real_root = os.path.realpath(root)
    real = os.path.realpath(os.path.dirname(path) or ".")
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def write_new(path: str, data: bytes, *, force: bool, root: str | None = None) -> None:
    """Write ``data`` to ``path`` atomically, creating its folder; without ``force``, never
    over an existing file, even one created meanwhile by another process.

    A symbolic link at ``path`` is never followed: without ``force`` it counts as an existing
    file (dangling or not), with ``force`` the link itself is replaced. With ``root`` (the
    output folder), a file whose folder leads out of ``root`` through a symbolic link is
    refused.

    Paths stay strings: :class:`pathlib.Path` interns every part of every path it parses, which
    over millions of files is memory that never comes back.

    Raises:
        FileExistsError: if ``path`` exists and ``force`` is false.
        OSError: if the file cannot be written, or its folder leads out of ``root``; no
            temporary file is left behind.
    """
    folder = os.path.dirname(path)
    if root is not None and folder != root and not inside(path, root):
        raise OSError(errno.EXDEV, "its folder is a symbolic link out of the output folder", path)
    if folder:
        os.makedirs(folder, exist_ok=True)
    api.write_atomic(path, data, replace=force)
