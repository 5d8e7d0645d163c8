"""Which files a command works on, and how ``newsmodel convert`` cuts them into tasks.

Folders are searched recursively for files whose extension a readable format has; hidden files
and folders are skipped. ``--include`` and ``--exclude`` globs then choose among the files. A file
of a format of one article per line (JSON Lines) is cut into byte ranges of whole lines, so that
several workers share one big file and no process holds it whole.
"""

import fnmatch
import os
from collections.abc import Iterator, Sequence

import attrs

from newsmodel import formats
from newsmodel.batch.files import folder_name, read_input
from newsmodel.batch.work import Task
from newsmodel.formats import Format

__all__ = ["CHUNK_BYTES", "Found", "matches", "plan", "walk"]

CHUNK_BYTES = 1 << 17
"""About how many bytes of a JSON Lines file one task converts (whole lines; a longer line makes
a longer task)."""

Found = tuple[str, str]
"""A file to work on: its name, and its name relative to the folder it was found in (its file
name when it was named on the command line)."""


def matches(path: str, patterns: Sequence[str]) -> bool:
    """Whether ``path`` or its file name matches one of the glob ``patterns``; ``*`` matches
    ``/`` too, as in ``fnmatch``.

    >>> matches("news/2026/a.json", ["*.json"]), matches("news/drafts/a.json", ["*/drafts/*"])
    (True, True)
    >>> matches("news/a.xml", ["*.json", "drafts"])
    False
    """
    name = os.path.basename(path)
    posix = path.replace(os.sep, "/")
    return any(fnmatch.fnmatch(posix, p) or fnmatch.fnmatch(name, p) for p in patterns)


def _wanted(name: str, chosen: Format | None) -> bool:
    if name.startswith("."):
        return False
    fmt = formats.format_for_path(name)
    if chosen is not None:
        if not chosen.extensions or name.lower().endswith(chosen.extensions):
            return True
        # A ninjs document is often saved as ".json": with --from ninjs, files whose extension
        # names a format of the same media type are taken too.
        return fmt is not None and fmt.media_type == chosen.media_type
    return fmt is not None and fmt.readable


def walk(
    paths: Sequence[str],
    *,
    chosen: Format | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
) -> Iterator[Found]:
    """Yield the files to work on, lazily: each file named, and the files of each folder,
    recursively, in name order.

    Args:
        paths: Files, folders, or ``-`` for standard input.
        chosen: The format given with ``--from``: a folder's files with its extensions, or with
            the extension of a format of its media type (``.json`` for ninjs), are taken (all
            non-hidden files if it has none); without it, files of any readable format.
        include: If given, only files matching one of these globs are taken: by their path, their
            path relative to the folder given, or their name.
        exclude: Files matching one of these globs are left out.
    """
    for path in paths:
        if path == "-":
            yield path, "-"
            continue
        if not os.path.isdir(path):
            if (not include or matches(path, include)) and not matches(path, exclude):
                yield path, os.path.basename(path)
            continue
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
            for name in sorted(names):
                if not _wanted(name, chosen):
                    continue
                found = os.path.join(folder, name)
                relative = os.path.relpath(found, path)
                if include and not (matches(found, include) or matches(relative, include)):
                    continue
                if not (matches(found, exclude) or matches(relative, exclude)):
                    yield found, relative


def _ranges(name: str) -> Iterator[tuple[int, int | None, int]]:
    """Yield ``(start, end, first line)`` of ranges of whole lines of file ``name``, about
    :data:`CHUNK_BYTES` each, at least one; a range ending at the end of the file without a
    newline has None as its end."""
    with open(name, "rb") as handle:
        start = 0
        line = 1
        carry = b""
        while block := handle.read(CHUNK_BYTES):
            buffer = carry + block
            cut = buffer.rfind(b"\n") + 1
            if not cut:
                carry = buffer
                continue
            yield start, start + cut, line
            line += buffer.count(b"\n", 0, cut)
            start += cut
            carry = buffer[cut:]
    if carry or start == 0:  # the last line has no newline, or the file is empty
        yield start, None, line


def _line_tasks(seq: int, name: str, relative: str, line_format: str) -> Iterator[Task]:
    ranges = _ranges(name)
    try:
        previous = next(ranges)
    except OSError:  # the task reports why the file cannot be read
        yield Task(seq=seq, name=name, relative=relative)
        return
    first = True
    for current in ranges:
        start, end, line = previous
        yield Task(seq=seq, name=name, relative=relative, line_format=line_format,
                   start=start, end=end, first_line=line, first=first, last=False)  # fmt: skip
        first = False
        seq += 1
        previous = current
    start, end, line = previous
    yield Task(seq=seq, name=name, relative=relative, line_format=line_format,
               start=start, end=end, first_line=line, first=first, last=True)  # fmt: skip


def plan(
    found: Iterator[Found], chosen: Format | None, *, target: Format | None = None
) -> Iterator[Task]:
    """Yield the tasks of a conversion, lazily, numbered in order: one per input, or, for a
    file of a format of one article per line, one per range of lines. Standard input is read
    whole when its task is made.

    Args:
        found: The files, from :func:`walk`.
        chosen: The input format given, if any.
        target: The output format, when each input becomes a file in an output folder: then an
            input whose file would have the name of an earlier input's (``d1/story.json`` and
            ``d2/story.json`` both become ``story.json``) gets the earlier input's name in
            :attr:`Task.clash`, and is not written over it.

    Raises:
        OSError: if standard input cannot be read.
    """
    seq = 0
    claimed: dict[str, str] = {}
    for name, relative in found:
        clash = None
        if target is not None:
            output = folder_name(name, relative, target, None)
            clash = claimed.setdefault(output, name)
            clash = None if clash == name else clash
        if name == "-":
            yield Task(seq=seq, name=name, relative=relative, data=read_input(name), clash=clash)
            seq += 1
            continue
        fmt = chosen if chosen is not None else formats.format_for_path(name)
        if fmt is None or not fmt.line_oriented:
            yield Task(seq=seq, name=name, relative=relative, clash=clash)
            seq += 1
            continue
        for task in _line_tasks(seq, name, relative, fmt.name):
            seq = task.seq + 1
            yield task if clash is None else attrs.evolve(task, clash=clash)
