"""An ordered map over a process pool with a bounded window: the one pool the batch API and ``check`` share."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

WINDOW_PER_JOB = 2
"""Tasks in flight per worker: one running and one queued, so memory stays flat however long the input."""


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[R]:
    """``fn`` over ``items`` on ``jobs`` worker processes, yielding results in input order.

    The input is read lazily: at most ``jobs * WINDOW_PER_JOB`` tasks are submitted and not yet yielded.
    """
    window: deque[Future[R]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
        try:
            for item in items:
                window.append(pool.submit(fn, item))
                if len(window) >= jobs * WINDOW_PER_JOB:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
        finally:
            for future in window:
                future.cancel()


def _context() -> BaseContext:
    """A fork server where the platform has one, else spawn: a worker never starts as a copy of a
    process that may hold other threads' locks (a Dask client, a web server), which plain fork risks."""
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)
