"""How fast the machine running the tests is now, against the one the targets were set on.

The time budgets of the issues (pipeline loading ≤ 0.5 s, ≥ 5,000 words/s, no event-loop
stall over 100 ms) were measured on the development machine: 2 cores of a shared
virtual machine, whose speed moves by up to a factor of two within an hour. CI runs on
other, often slower machines. The few tests that time something therefore scale their
budget by :func:`slowdown`: the time of fixed pure-Python work now, over its time on the
development machine in a normal hour (``REFERENCE_SECONDS``). A machine faster than the
reference keeps the plain budget. ``bench/`` reports the unscaled numbers.
"""

from __future__ import annotations

import time
from collections.abc import Callable

#: ``work()`` in CPU seconds on the development machine (Xeon @ 2.50GHz, 2026-11-27:
#: 0.15-0.25 s over the day; the faster end is taken, so the budgets stay strict).
REFERENCE_SECONDS = 0.15


def interpreter_steps(clock: Callable[[], float] = time.process_time) -> float:
    """Seconds of 3 million interpreter steps by ``clock`` (``bench/run_all.py`` uses it too)."""
    start = clock()
    total = 0
    for i in range(3_000_000):
        total += i
    return clock() - start


def work() -> float:
    """CPU seconds of :func:`interpreter_steps`, best of 3."""
    return min(interpreter_steps() for _ in range(3))


def slowdown() -> float:
    """How many times slower than the reference this machine is now (at least 1)."""
    return max(1.0, work() / REFERENCE_SECONDS)
