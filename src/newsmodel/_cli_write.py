"""Naming and writing the files of ``newsmodel convert`` in an output folder.

Both run where the document was converted (a worker process, or the command's own), so that
creating files, which is slow on many file systems, is shared by the workers too.
"""

import contextlib
import os
import secrets
import stat

from newsmodel._cli_io import output_name
from newsmodel.formats import Format

__all__ = ["folder_name", "write_new"]


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
    folder, name = os.path.split(os.path.realpath(path) if force else path)
    if folder:
        os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, name)
    temporary = os.path.join(folder, f".{name}.{secrets.token_hex(6)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    handle = os.open(temporary, flags, 0o666)  # the umask applies, as for open()
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        if force:  # as api.write_atomic: a replaced file keeps its permissions
            with contextlib.suppress(FileNotFoundError):
                os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
            os.replace(temporary, target)
            return
        try:
            os.link(temporary, target)  # fails if the file exists: no check-then-write race
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links
            if os.path.exists(target):
                raise FileExistsError(17, "File exists", target) from None
            os.replace(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
