"""Mapping a function over a stream of tasks in worker processes, results in task order."""
import gc
import multiprocessing
import os
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

from threadpoolctl import threadpool_limits

Task, Result = TypeVar("Task"), TypeVar("Result")
IN_FLIGHT = 2  # tasks queued per worker: enough to keep it busy, few enough to bound memory
PARENT_POLL_S = 1.0  # how often a worker looks whether the process that started it is alive


def ordered_map(fn: Callable[[Task], Result], tasks: Iterable[Task], jobs: int,
                init: Callable = lambda: None, initargs: tuple = ()) -> Iterator[Result]:
    """``fn(task)`` for each of ``tasks``, in order, over ``jobs`` processes (this one when 1).

    Workers are forked after ``init(*initargs)`` and run it themselves, so what it sets
    up (a loaded spaCy pipeline) is shared, never pickled; the objects it made are kept
    out of the garbage collector's passes (gc.freeze), which would otherwise write to,
    and so copy into each worker, every page that holds them. Only a few tasks per worker
    are queued at a time, so ``tasks`` is read as fast as results are consumed. Workers
    exit when this process dies, even by SIGKILL, rather than wait for tasks forever.
    Each worker keeps to one thread in native code (OpenBLAS's pool would otherwise spin
    on the cores the other workers parse on).
    """
    init(*initargs)
    if jobs <= 1:
        yield from map(fn, tasks)
        return
    gc.freeze()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker,
                             initargs=(os.getpid(), init, initargs)) as pool:
        pending = deque()
        for task in tasks:
            pending.append(pool.submit(fn, task))
            if len(pending) >= IN_FLIGHT * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _start_worker(parent: int, init: Callable, initargs: tuple) -> None:
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()
    threadpool_limits(1)
    init(*initargs)


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(1)
