"""Converting on Dask: the work of ``newsmodel convert`` as a :class:`dask.bag.Bag`.

Needs the optional extra ``newsmodel[dask]`` (``pip install 'newsmodel[dask]'``); this module
imports Dask only when its functions are called.

The files (or ranges of lines of JSON Lines files) are cut into tasks as the command line cuts
them, and each task is converted by the same function the command's worker processes run, so the
results are the same, bad inputs included. Every object that travels between Dask workers is
picklable, and nothing keeps state between calls::

    import dask
    from newsmodel import dask as nmdask

    bag = nmdask.convert(["wire/"], to="json")
    with dask.config.set(scheduler="processes"):
        written = nmdask.write_folder(bag, "converted/").compute()

For one JSON Lines stream per partition, use Dask's own writer::

    bag = nmdask.convert(["wire/"], to="jsonl")
    nmdask.texts(bag).to_textfiles("converted/part-*.jsonl")
"""

import importlib
import os
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from newsmodel import formats
from newsmodel.batch.files import folder_name, write_new
from newsmodel.batch.outcome import ExitCode, display_name
from newsmodel.batch.plan import plan, walk
from newsmodel.batch.work import Job, Task, run_task
from newsmodel.formats import WriteOptions

Bag = Any
"""A :class:`dask.bag.Bag`; Dask is optional, so its type is not checked here."""

__all__ = [
    "Converted",
    "convert",
    "convert_task",
    "summary",
    "tasks",
    "texts",
    "write_folder",
]


@attrs.frozen(kw_only=True)
class Converted:
    """One converted article, or the failure of a document.

    Attributes:
        source: The input, as named in messages.
        name: The output's file name in a folder (the input's relative path with the target's
            extension, ``-line`` for one of several articles); None for a failure.
        data: The converted document; None for a failure.
        code: The exit code of the document: 0 converted, 1 invalid, 2 unreadable, 3 a bug.
        messages: What ``newsmodel convert`` would print on stderr for the document.
        clash: The earlier input whose output has the same name in a folder
            (``d1/story.json`` and ``d2/story.json``): :func:`write_folder` does not write this
            one over it, even with ``force``.
    """

    source: str
    name: str | None = None
    data: bytes | None = None
    code: int = 0
    messages: tuple[str, ...] = ()
    clash: str | None = None

    @property
    def ok(self) -> bool:
        """Whether this is a converted article."""
        return self.data is not None


def tasks(
    paths: Sequence[str],
    *,
    source: str | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    to: str | None = None,
) -> list[Task]:
    """Return the tasks of converting ``paths``: one per file, one per range of lines of a
    JSON Lines file; folders are searched as ``newsmodel convert`` searches them.

    Args:
        paths: Files and folders (not standard input).
        source: The input format, or None to tell it from each file.
        include: Globs: only matching files are taken.
        exclude: Globs: matching files are left out.
        to: The output format, if known: an input whose output file would have the name of an
            earlier input's is then marked (:attr:`Converted.clash`).

    Raises:
        FormatError: if ``source`` is not a readable format.
    """
    chosen = None if source is None else formats.get(source, direction="read")
    found = walk(paths, chosen=chosen, include=include, exclude=exclude)
    return list(plan(found, chosen, target=None if to is None else formats.get(to)))


def convert_task(task: Task, job: Job) -> list[Converted]:
    """Convert one task: a module function, so that Dask can send it to any worker.

    Returns:
        One :class:`Converted` per article converted, then, for a document that failed or
        gave warnings, one without data that carries its exit code and messages.
    """
    target = formats.get(job.target, direction="write")
    shown = display_name(task.name)
    results = []
    for doc in run_task(task, job):
        several = task.line_format is not None or len(doc.outputs) > 1
        for label, data in doc.outputs:
            name = folder_name(task.name, task.relative, target, label if several else None)
            results.append(Converted(source=shown, name=name, data=data, clash=task.clash))
        if doc.code != ExitCode.OK or doc.messages:
            results.append(Converted(source=shown, code=doc.code, messages=doc.messages))
    return results


def convert(
    paths: Sequence[str],
    *,
    to: str,
    source: str | None = None,
    strict: bool = False,
    options: WriteOptions | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    npartitions: int | None = None,
) -> Bag:
    """Return a lazy bag of :class:`Converted` results of converting ``paths`` to ``to``.

    Args:
        paths: Files and folders.
        to: The output format.
        source: The input format, or None to tell it from each file.
        strict: Fail an article that ``to`` cannot carry whole.
        options: The writer's options.
        include: Globs: only matching files are taken.
        exclude: Globs: matching files are left out.
        npartitions: How many partitions; Dask's default if None.

    Raises:
        FormatError: if a format is unknown or cannot go that way.
        ImportError: if Dask is not installed (``pip install 'newsmodel[dask]'``).
    """
    bags = importlib.import_module("dask.bag")
    formats.get(to, direction="write")
    job = Job(source=source, target=to, strict=strict, options=options or WriteOptions())
    found = tasks(paths, source=source, include=include, exclude=exclude, to=to)
    extra: dict[str, Any] = {} if npartitions is None else {"npartitions": npartitions}
    return bags.from_sequence(found, **extra).map(convert_task, job).flatten()


def _write(result: Converted, folder: str, force: bool) -> tuple[str, str]:
    """Write one result into ``folder``, as ``newsmodel convert`` writes it; return its source
    and what happened."""
    if result.data is None or result.name is None:
        return result.source, "failed"
    target = os.path.join(folder, result.name)
    if result.clash is not None:
        return result.source, f"not written: {target} is the output of {result.clash} too"
    try:
        write_new(target, result.data, force=force)
    except FileExistsError:
        return result.source, f"not written: {target} exists; pass force=True to overwrite it"
    return result.source, target


def write_folder(bag: Bag, folder: str, *, force: bool = False) -> Bag:
    """Return a lazy bag that writes each converted article into ``folder`` and gives
    ``(source, path written or why not)``.

    Files are written as ``newsmodel convert -o FOLDER/`` writes them, through the same code:
    atomically; never over an existing file without ``force`` (not even one created meanwhile);
    and never one input's output over another's when two inputs would give the same name
    (``d1/story.json`` and ``d2/story.json``), with or without ``force``.
    """
    return bag.map(_write, folder, force)


def _text(result: Converted) -> str:
    assert result.data is not None  # failures were filtered out
    return result.data.decode("utf-8").rstrip("\n")


def _ok(result: Converted) -> bool:
    return result.ok


def texts(bag: Bag) -> Bag:
    """Return the converted documents of ``bag`` as text, failures left out: for
    ``to_textfiles`` with a format of one article per line."""
    return bag.filter(_ok).map(_text)


def summary(results: Iterable[Converted]) -> dict[str, int]:
    """Count computed results: ``{"converted": articles, "failed": documents}``."""
    counts = {"converted": 0, "failed": 0}
    for result in results:
        if result.ok:
            counts["converted"] += 1
        elif result.code != ExitCode.OK:
            counts["failed"] += 1
    return counts
