"""Which files a command works on, and how ``newsmodel convert`` cuts them into tasks.

Folders are searched recursively for files whose extension a readable format has; hidden files
and folders are skipped, and so are symbolic links (to files and to folders alike) and anything
that is not a regular file (FIFOs, devices, sockets: never opened), each reported; the output
folder is not walked when it lies inside an input folder. ``--include`` and ``--exclude`` globs
then choose among the files. A file
of a format of one article per line (JSON Lines) is cut into byte ranges of whole lines, so that
several workers share one big file and no process holds it whole.
"""

import fnmatch
import os
from collections.abc import Callable, Iterator, Sequence

import attrs

from newsmodel import formats
from newsmodel.batch.files import file_kind, folder_name, open_regular, read_input
from newsmodel.batch.work import Task
from newsmodel.formats import Format
from newsmodel.limits import MAX_BYTES, LimitError

__all__ = ["CHUNK_BYTES", "Found", "Skipped", "matches", "plan", "walk"]

CHUNK_BYTES = 1 << 17
"""About how many bytes of a JSON Lines file one task converts (whole lines; a longer line makes
a longer task)."""

Skipped = Callable[[str, str], None]
"""Told of each entry a walk leaves out of a folder, with the reason."""

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


def _identity(path: str | None) -> tuple[int, int] | None:
    """The device and inode of folder ``path``, to know it again in a walk; None if it does not
    exist (yet)."""
    if path is None:
        return None
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def walk(
    paths: Sequence[str],
    *,
    chosen: Format | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    avoid: str | None = None,
    skipped: Skipped | None = None,
) -> Iterator[Found]:
    """Yield the files to work on, lazily: each file named, and the files of each folder,
    recursively, in name order.

    A path named is taken as it is (a symbolic link named is followed; a FIFO or device named is
    refused when it is read). Inside a folder, only regular files are taken: symbolic links (to
    files or to folders) are not followed, and FIFOs, devices and sockets are not opened; each
    is reported to ``skipped``. Hidden files and folders are left out without a word.

    Args:
        paths: Files, folders, or ``-`` for standard input.
        chosen: The format given with ``--from``: a folder's files with its extensions, or with
            the extension of a format of its media type (``.json`` for ninjs), are taken (all
            non-hidden files if it has none); without it, files of any readable format.
        include: If given, only files matching one of these globs are taken: by their path, their
            path relative to the folder given, or their name.
        exclude: Files matching one of these globs are left out.
        avoid: A folder not to walk into: the output folder, when it lies inside an input folder.
        skipped: Called with the path and the reason of each entry left out of a folder because
            it is a symbolic link or not a regular file, or a folder that cannot be read.
    """
    avoided = _identity(avoid)
    for path in paths:
        if path == "-":
            yield path, "-"
            continue
        if not os.path.isdir(path):
            if (not include or matches(path, include)) and not matches(path, exclude):
                yield path, os.path.basename(path)
            continue
        yield from _walk_folder(path, _Filter(chosen, include, exclude), avoided, skipped)


@attrs.frozen
class _Filter:
    chosen: Format | None
    include: Sequence[str]
    exclude: Sequence[str]

    def wanted(self, found: str, relative: str) -> bool:
        if not _wanted(os.path.basename(found), self.chosen):
            return False
        if self.include and not (matches(found, self.include) or matches(relative, self.include)):
            return False
        return not (matches(found, self.exclude) or matches(relative, self.exclude))


def _walk_folder(top: str, chosen: _Filter, avoided: tuple[int, int] | None,
                 skipped: Skipped | None) -> Iterator[Found]:  # fmt: skip
    """Walk folder ``top`` as :func:`walk` says: a folder's files first, then its subfolders."""
    pending = [top]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            if skipped is not None:
                skipped(folder, f"cannot read the folder: {exc.strerror or exc}")
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            found = os.path.join(folder, entry.name)
            why = _left_out(entry, avoided)
            if why == "folder":
                subfolders.append(found)
                continue
            relative = os.path.relpath(found, top)
            if why is None:
                if chosen.wanted(found, relative):
                    yield found, relative
            elif why and skipped is not None and (why.startswith("a symbolic link to a folder")
                                                  or chosen.wanted(found, relative)):  # fmt: skip
                skipped(found, why)
        pending.extend(reversed(subfolders))


def _left_out(entry: os.DirEntry[str], avoided: tuple[int, int] | None) -> str | None:
    """Return None for a regular file, ``folder`` for a folder to walk, ``""`` for a folder left
    out without a word (the output folder), else why the entry is left out."""
    try:
        if entry.is_symlink():
            to = " to a folder" if entry.is_dir() else ""
            return f"a symbolic link{to}, not followed"
        if entry.is_dir(follow_symlinks=False):
            if avoided is not None and entry.inode() == avoided[1]:
                status = entry.stat(follow_symlinks=False)
                if (status.st_dev, status.st_ino) == avoided:
                    return ""
            return "folder"
        if entry.is_file(follow_symlinks=False):
            return None
        kind = file_kind(entry.stat(follow_symlinks=False).st_mode) or "not a regular file"
    except OSError as exc:
        return f"cannot read it: {exc.strerror or exc}"
    return f"not a regular file but {kind}, not read"


def _ranges(name: str) -> Iterator[tuple[int, int | None, int]]:
    """Yield ``(start, end, first line)`` of ranges of whole lines of file ``name``, about
    :data:`CHUNK_BYTES` each, at least one; a range ending at the end of the file without a
    newline has None as its end. Memory stays at one block, however long a line is.

    Raises:
        OSError: if the file cannot be read, or is not a regular file.
    """
    with open_regular(name) as handle:
        start = 0
        line = 1
        offset = 0
        while block := handle.read(CHUNK_BYTES):
            offset += len(block)
            cut = block.rfind(b"\n") + 1
            if not cut:  # a line longer than a block: read on
                continue
            end = offset - len(block) + cut
            yield start, end, line
            line += block.count(b"\n", 0, cut)  # the blocks since start held no newline
            start = end
    if offset > start or start == 0:  # the last line has no newline, or the file is empty
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
    found: Iterator[Found],
    chosen: Format | None,
    *,
    target: Format | None = None,
    max_bytes: int | None = MAX_BYTES,
) -> Iterator[Task]:
    """Yield the tasks of a conversion, lazily, numbered in order: one per input, or, for a
    file of a format of one article per line, one per range of lines. Standard input is read
    when its task is made, at most ``max_bytes + 1`` bytes of it.

    Args:
        found: The files, from :func:`walk`.
        chosen: The input format given, if any.
        target: The output format, when each input becomes a file in an output folder: then an
            input whose file would have the name of an earlier input's (``d1/story.json`` and
            ``d2/story.json`` both become ``story.json``) gets the earlier input's name in
            :attr:`Task.clash`, and is not written over it.
        max_bytes: The most bytes of standard input read: more marks its task
            :attr:`Task.too_large`.

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
            try:
                data = read_input(name, max_bytes)
            except LimitError:
                yield Task(seq=seq, name=name, relative=relative, too_large=True, clash=clash)
            else:
                yield Task(seq=seq, name=name, relative=relative, data=data, clash=clash)
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
