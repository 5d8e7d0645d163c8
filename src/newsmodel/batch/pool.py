"""Running the tasks of ``newsmodel convert``: in the command's process, or in worker processes.

:func:`run` yields each task with its results, in task order, whatever order the workers finish
in. At most a few tasks per worker are under way or waiting to be reported, so memory does not
grow with the number of inputs.

A worker is a process of its own with a pipe to the command. It sends a result as each document
is done; when a document takes longer than the timeout, or the worker dies, the command kills the
worker, reports the document as failed, starts a new worker and gives it the rest of the task.
"""

import collections
import contextlib
import multiprocessing
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from newsmodel.batch.outcome import ExitCode, display_name
from newsmodel.batch.work import Doc, Job, Task, read_range, run_task

__all__ = ["run"]

_AHEAD = 4
"""How many batches per worker may be under way or waiting to be reported."""

_BATCH = 16
"""How many whole inputs go to a worker at once when there is no timeout (fewer messages)."""


def _terminated(_signal: int, _frame: object) -> None:
    raise SystemExit(1)


def _serve(connection: Connection, job: Job, stream: bool) -> None:
    """The loop of a worker process: convert each batch of tasks received; stop at ``None``.

    With ``stream`` (a timeout is set; batches hold one task) each result is sent as it is done,
    then ``None``; otherwise the results of the whole batch are sent at once, as a list per task.
    Ctrl-C is left to the command, which stops its workers with SIGTERM: that raises
    SystemExit here, so that a file being written is cleaned up.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _terminated)
    while (batch := connection.recv()) is not None:
        if not stream:
            connection.send([list(run_task(task, job)) for task in batch])
            continue
        for task in batch:
            for doc in run_task(task, job):
                connection.send(doc)
        connection.send(None)


def _context() -> Any:
    """Fork where it is safe and available (Linux): fast to start, and workers see the formats
    registered in the command's process; spawn elsewhere."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class _Worker:
    """One worker process, and the task it is working on."""

    def __init__(self, context: Any, job: Job, stream: bool) -> None:
        self.connection, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=_serve, args=(child, job, stream), daemon=True
        )
        self.process.start()
        child.close()
        self.batches: collections.deque[list[Task]] = collections.deque()  # sent, not done
        self.deadline = float("inf")
        self.resume: int | None = None

    def give(self, batch: list[Task], timeout: float | None) -> None:
        self.connection.send(batch)
        self.batches.append(batch)
        self.resume = None
        self.deadline = time.monotonic() + timeout if timeout is not None else float("inf")

    def stop(self) -> None:
        """Stop the process (SIGTERM, so that it removes a temporary file it was writing; then
        SIGKILL if it is stuck in C code) and wait for it."""
        self.process.terminate()
        self.process.join(timeout=1)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.connection.close()


class _Slot:
    """A task under way, and the results it has given so far."""

    def __init__(self, task: Task) -> None:
        self.task = task
        self.docs: list[Doc] = []
        self.done = False


def _stalled(task: Task, resume: int | None, why: str) -> tuple[Doc, Task | None]:
    """Return the failure of the document a worker was stuck on, and the rest of its task.

    For a whole input the document is the input. For a range of lines it is the first
    non-blank line after the last one reported (``resume``), and the rest of the range is a new
    task with the same number.
    """
    shown = display_name(task.name)
    if task.line_format is None:
        return Doc(seq=task.seq, messages=(f"{shown}: error: {why}",), code=ExitCode.INVALID,
                   reason=why, items=1), None  # fmt: skip
    start = task.start if resume is None else resume
    line = task.first_line
    if resume is not None:  # the lines before resume were reported
        line += read_range(task.name, task.start, resume).count(b"\n")
    data = read_range(task.name, start, task.end)
    position = 0
    while position < len(data):
        stop = data.find(b"\n", position)
        stop = len(data) if stop == -1 else stop + 1
        if data[position:stop].strip():
            break
        position = stop
        line += 1
    else:
        return Doc(seq=task.seq), None  # nothing was left: the worker stopped after the last line
    failed = Doc(seq=task.seq, messages=(f"{shown}:{line}: error: {why}",), code=ExitCode.INVALID,
                 reason=why, items=1, line=line, end=start + stop)  # fmt: skip
    if stop >= len(data):
        return failed, None
    rest = Task(seq=task.seq, name=task.name, relative=task.relative,
                line_format=task.line_format, start=start + stop, end=task.end,
                first_line=line + 1, first=False, last=task.last)  # fmt: skip
    return failed, rest


def _in_process(tasks: Iterable[Task], job: Job) -> Iterator[tuple[Task, list[Doc]]]:
    for task in tasks:
        yield task, list(run_task(task, job))


def run(
    tasks: Iterable[Task], job: Job, *, jobs: int = 1, timeout: float | None = None
) -> Iterator[tuple[Task, list[Doc]]]:
    """Convert every task; yield each with its results, in task order.

    With one job and no timeout the tasks run in this process. Otherwise they run in ``jobs``
    worker processes, and a document that takes longer than ``timeout`` seconds fails with a
    message saying so; its worker is replaced.

    Args:
        tasks: The tasks, numbered in order from 0 (read lazily).
        job: How to convert.
        jobs: How many worker processes.
        timeout: The most seconds one document may take, or None.
    """
    if jobs <= 1 and timeout is None:
        yield from _in_process(tasks, job)
        return
    context = _context()
    stream = timeout is not None
    workers = [_Worker(context, job, stream) for _ in range(max(1, jobs))]
    try:
        yield from _drive(iter(tasks), job, workers, context, timeout)
    finally:
        for worker in workers:
            if not worker.batches:
                with contextlib.suppress(OSError):
                    worker.connection.send(None)
                worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.stop()
            worker.connection.close()


def _lost(task: Task, why: str) -> Doc:
    """The failure of a task whose worker died, when results are not streamed."""
    shown = display_name(task.name)
    if task.line_format is not None:
        place = f"{shown}:{task.first_line}"
        why = f"the lines from {task.first_line} on were not converted: {why}"
    else:
        place = shown
    return Doc(seq=task.seq, messages=(f"{place}: error: {why}",), code=ExitCode.INVALID,
               reason=why, items=1)  # fmt: skip


class _Feed:
    """Hands out batches of tasks: the rests of stalled tasks first, then new tasks, keeping
    the number of tasks not yet reported bounded."""

    def __init__(self, tasks: Iterator[Task], slots: dict[int, "_Slot"], limit: int,
                 size: int) -> None:  # fmt: skip
        self.tasks = tasks
        self.slots = slots
        self.order: collections.deque[int] = collections.deque()  # numbers not yet reported
        self.waiting: collections.deque[Task] = collections.deque()  # rests of stalled tasks
        self.limit = limit
        self.size = size
        self.exhausted = False
        self._next: Task | None = None

    def _take(self) -> Task | None:
        task = self._next
        if task is not None:
            self._next = None
            return task
        task = next(self.tasks, None)
        if task is None:
            self.exhausted = True
        return task

    def batch(self) -> list[Task]:
        """Return the next batch to give a worker; empty if there is none for now."""
        if self.waiting:
            return [self.waiting.popleft()]
        batch: list[Task] = []
        while not self.exhausted and len(self.order) < self.limit and len(batch) < self.size:
            task = self._take()
            if task is None:
                break
            if batch and task.line_format is not None:  # a range of lines goes alone
                self._next = task
                break
            self.slots[task.seq] = _Slot(task)
            self.order.append(task.seq)
            batch.append(task)
            if task.line_format is not None:
                break
        return batch


def _drive(
    tasks: Iterator[Task],
    job: Job,
    workers: list[_Worker],
    context: Any,
    timeout: float | None,
) -> Iterator[tuple[Task, list[Doc]]]:
    slots: dict[int, _Slot] = {}
    size = 1 if timeout is not None else _BATCH
    depth = 1 if timeout is not None else 2  # a second batch waits in the pipe: no idle worker
    feed = _Feed(tasks, slots, _AHEAD * size * len(workers), size)
    while True:
        for worker in workers:
            while len(worker.batches) < depth and (batch := feed.batch()):
                worker.give(batch, timeout)
        while feed.order and slots[feed.order[0]].done:
            slot = slots.pop(feed.order.popleft())
            yield slot.task, slot.docs
        busy = [worker for worker in workers if worker.batches]
        if not busy:
            if feed.exhausted and not feed.order and feed._next is None:
                return
            continue
        soonest = min(worker.deadline for worker in busy)
        wait_for = None if soonest == float("inf") else max(0.0, soonest - time.monotonic())
        ready = wait([worker.connection for worker in busy], timeout=wait_for)
        for index, worker in enumerate(workers):
            if worker.batches and _receive(
                worker, worker.connection in ready, slots, feed, timeout
            ):
                worker.stop()
                workers[index] = _Worker(context, job, timeout is not None)


def _receive(worker: _Worker, ready: bool, slots: dict[int, _Slot], feed: _Feed,
             timeout: float | None) -> bool:  # fmt: skip
    """Take what a busy worker sent, or see that it is stuck; return whether to replace it."""
    now = time.monotonic()
    why = None
    if ready:
        try:
            message = worker.connection.recv()
        except (EOFError, OSError):
            why = "the worker process died while converting it"
        else:
            if isinstance(message, list):  # the results of a whole batch
                for task, docs in zip(worker.batches.popleft(), message, strict=True):
                    slots[task.seq].docs.extend(docs)
                    slots[task.seq].done = True
            elif message is None:
                slots[worker.batches.popleft()[0].seq].done = True
            else:
                slots[message.seq].docs.append(message)
                worker.resume = message.end
                if timeout is not None:
                    worker.deadline = now + timeout
            return False
    elif now >= worker.deadline:
        why = f"stopped: took longer than the timeout of {timeout:g} s (--timeout)"
    if why is None:
        return False
    if timeout is None:  # results were not streamed: the batches sent are lost
        for batch in worker.batches:
            for task in batch:
                slots[task.seq].docs.append(_lost(task, why))
                slots[task.seq].done = True
        return True
    task = worker.batches[0][0]
    failed, rest = _stalled(task, worker.resume, why)
    slots[task.seq].docs.append(failed)
    if rest is None:
        slots[task.seq].done = True
    else:
        feed.waiting.appendleft(rest)
    return True
