"""Parsing and extracting on a Dask cluster, results in task order.

``Cluster.ordered_map`` has the interface of ``quotes.parallel.ordered_map``: the
pipeline hands it batches of chunks and stores what comes back in this process (the one
writer), in input order, so a cluster run fills the store as a one-process run does.
Each worker runs ``init(*initargs)`` once, as a worker plugin (the spaCy pipeline and
lexicon arrive pickled, once, and serve every later batch; a worker that joins or is
restarted gets them too). A batch whose worker dies is run again on another by the
scheduler, and only one result of each batch is ever taken, so no article is stored
twice; one that kills worker after worker ends the run with ``ClusterError``, the
articles before it stored whole.
"""
import logging
import re
from collections import deque
from concurrent.futures import CancelledError
from contextlib import ExitStack, contextmanager
from typing import Callable, Iterable, Iterator

from distributed import Client, Future, KilledWorker, LocalCluster, WorkerPlugin

from quotes.parallel import IN_FLIGHT, Result, Task

LOCAL = re.compile(r"local:(\d+)")
PLUGIN = "quotes-setup"


class ClusterError(Exception):
    """The cluster cannot be reached, or lost a batch of articles for good."""


def check(spec: str) -> str:
    """``spec`` when it names a cluster: ``local:N`` or a scheduler address (tcp://host:8786); else ValueError."""
    local = LOCAL.fullmatch(spec)
    if (local and int(local[1]) > 0) or re.fullmatch(r"[a-z]+://\S+", spec):
        return spec
    raise ValueError(f"{spec!r} is neither local:N (N worker processes here) "
                     "nor a Dask scheduler address such as tcp://scheduler:8786")


@contextmanager
def connect(spec: str) -> Iterator["Cluster"]:
    """The cluster ``spec`` names (see ``check``) for the time of the block; a ``local:N``
    cluster of N single-threaded worker processes is started for it and closed after."""
    local = LOCAL.fullmatch(check(spec))
    with ExitStack() as stack:
        try:
            address = spec
            if local:
                address = stack.enter_context(LocalCluster(
                    n_workers=int(local[1]), threads_per_worker=1, processes=True,
                    dashboard_address=":0", silence_logs=logging.ERROR))
            client = stack.enter_context(Client(address))
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {spec}: {_reason(exc)}") from exc
        except RuntimeError as exc:  # worker processes that would not start
            raise ClusterError(f"cannot start a {spec} cluster: {_reason(exc)}") from exc
        yield Cluster(client)


class Cluster:
    """A connected Dask client that maps the pipeline's batches over its workers."""

    def __init__(self, client: Client):
        self.client = client

    def ordered_map(self, fn: Callable[[Task], Result], tasks: Iterable[Task], jobs: int = 1,
                    init: Callable = lambda: None, initargs: tuple = ()) -> Iterator[Result]:
        """``fn(task)`` for each of ``tasks``, in order, on the workers.

        ``jobs`` is not used: every worker thread of the cluster takes tasks, a few queued
        for each at a time, so ``tasks`` is read as fast as results are consumed.
        """
        self.client.register_plugin(_Setup(init, initargs), name=PLUGIN)
        pending: deque[Future] = deque()
        for task in tasks:
            pending.append(self.client.submit(fn, task, pure=False))
            if len(pending) >= IN_FLIGHT * max(1, sum(self.client.nthreads().values())):
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())


class _Setup(WorkerPlugin):
    """Runs ``init(*initargs)`` once on each worker, before its first task."""

    def __init__(self, init: Callable, initargs: tuple):
        self.init, self.initargs = init, initargs

    def setup(self, worker) -> None:
        self.init(*self.initargs)


def _result(future: Future):
    """The future's result; a batch lost for good, or the scheduler lost, as ClusterError."""
    try:
        return future.result()
    except KilledWorker as exc:
        raise ClusterError(f"a batch of articles was lost with every worker that ran it ({_reason(exc)}); "
                           "the articles before it are stored: run again to go on") from exc
    except (CancelledError, OSError, TimeoutError) as exc:
        raise ClusterError(f"lost the Dask cluster: {_reason(exc)}; the articles before it are stored: "
                           "run again to go on") from exc


def _reason(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
