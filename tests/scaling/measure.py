"""Measuring how a call's time grows with its input: the ratio of two sizes in one run."""

import gc
import time
from collections.abc import Callable

__all__ = ["ATTEMPTS", "BUDGET", "FACTOR", "LIMIT", "RATIOS", "N", "ratio"]

N = 1000
"""The smaller size; the larger is ``8 N``."""

FACTOR = 8
"""How much larger the larger input is."""

LIMIT = 16
"""The largest ratio of the two timings allowed: twice linear, a quarter of quadratic."""


ATTEMPTS = 8
"""How many times a ratio over the limit is measured before it counts."""

BUDGET = 10.0
"""Seconds after which a ratio over the limit is not measured again. Only a case over the limit
spends them: a quadratic path (64x) fails after them all the same, and a linear one that a busy
moment slowed (19.6x once for the JSON Lines writer in a full local run, with 3 s and five
attempts) gets the time to show it."""


def _time(call: Callable[[], object], times: int = 1) -> float:
    """One timing of ``times`` calls of ``call`` in a row, in seconds of this process's CPU time
    (other processes on a busy machine do not count), garbage collection off."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.process_time()
        for _ in range(times):
            call()
        return time.process_time() - start
    finally:
        if enabled:
            gc.enable()


def ratio(make: Callable[[int], Callable[[], object]], n: int = N) -> float:
    """How many times longer the call made for ``FACTOR * n`` takes than the one made for ``n``.

    The smaller call is timed ``FACTOR`` times in a row, so that both timings cover the same
    work when the path is linear, and a neighbour's load (on a shared machine) lands on both
    alike; the smaller call's time is that timing over ``FACTOR``. The two are timed in turn, in
    rounds, and each one's fastest timing counts: at least three rounds, and more while the
    larger call has run for under 0.05 s in all (so that it is timed well above the clock's
    grain). A ratio over :data:`LIMIT` is measured again (up to :data:`ATTEMPTS` times in all,
    within :data:`BUDGET` seconds), keeping the fastest timings: a busy moment makes a linear
    call look slow for a while, a quadratic path is slow every time.
    """
    small, large = make(n), make(FACTOR * n)
    best_small = best_large = float("inf")
    started = time.perf_counter()
    for _attempt in range(ATTEMPTS):
        spent = 0.0
        rounds = 0
        while rounds < 3 or (spent < 0.05 and rounds < 30):
            best_small = min(best_small, _time(small, FACTOR) / FACTOR)
            timing = _time(large)
            spent += timing
            best_large = min(best_large, timing)
            rounds += 1
        if best_large / best_small <= LIMIT or time.perf_counter() - started > BUDGET:
            break
    return best_large / best_small


RATIOS: dict[str, float] = {}
"""Every ratio the scaling suite measured in this session, by case (see conftest.py)."""
