"""Extracting on a real Dask cluster (a LocalCluster of 2 worker processes): the same store
as a one-process run, workers killed mid-run, clusters that cannot be reached."""
import os
import signal
import socket
import threading
import time

import dask
import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.cluster import ClusterError, check, connect
from quotes.store import Store
from test_processes import ARTICLES, contents, corpus  # noqa: F401 (corpus: the fixture)

TIMEOUT = 120


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes; a batch may lose one worker, not two."""
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), connect("local:2") as running:
        yield running


@pytest.fixture(scope="module")
def one_process(corpus, tmp_path_factory, nlp):  # noqa: F811
    """The contents of a store filled by one process from the corpus."""
    db = tmp_path_factory.mktemp("one") / "q.db"
    Store(db).add([corpus], nlp=nlp, jobs=1)
    return contents(db)


def extract(*args):
    return CliRunner().invoke(cli, ["extract", *map(str, args)])


def test_a_cluster_run_stores_what_one_process_stores(cluster, corpus, one_process, tmp_path):  # noqa: F811
    db = tmp_path / "q.db"
    result = extract(corpus, "--db", db, "--cluster", cluster.client.scheduler.address)
    assert result.exit_code == 0, result.output
    assert f"{ARTICLES} articles read" in result.output
    assert contents(db) == one_process
    assert one_process["quotes"] and any(len(group) > 1 for group in one_process["statements"])


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(cluster, corpus, one_process, tmp_path, nlp):  # noqa: F811
    client = cluster.client
    pids = client.run(os.getpid)
    killed = {}

    def kill_a_busy_worker():
        deadline = time.monotonic() + TIMEOUT
        while not killed and time.monotonic() < deadline:
            busy = {worker: tasks for worker, tasks in client.processing().items() if tasks}
            for worker, tasks in list(busy.items())[:1]:
                killed[worker] = tasks
                os.kill(pids[worker], signal.SIGKILL)
            time.sleep(0.005)

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    db = tmp_path / "q.db"
    tally = Store(db).add([corpus], nlp=nlp, cluster=cluster)
    killer.join()

    assert killed and list(killed.values())[0], "a worker should be killed with a batch on it"
    assert tally.read == ARTICLES
    assert contents(db) == one_process
    client.wait_for_workers(2, timeout=TIMEOUT)  # its nanny starts it again
    assert set(client.run(os.getpid).values()) - set(pids.values())


def _exit(_task):
    os._exit(1)


def test_a_batch_that_kills_every_worker_it_meets_ends_the_run_with_a_clear_error():
    # a cluster of its own: Dask may not restart every worker once it has lost them all
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), connect("local:1") as one:
        with pytest.raises(ClusterError, match="lost with every worker that ran it"):
            list(one.ordered_map(_exit, ["a batch"]))  # run twice: the worker is restarted once


def _slow_square(n):
    time.sleep(0.05 * (5 - n))
    return n * n


def test_results_come_back_in_task_order_though_later_tasks_finish_first(cluster):
    assert list(cluster.ordered_map(_slow_square, range(6))) == [0, 1, 4, 9, 16, 25]


def test_each_worker_sets_up_once_before_its_tasks(cluster):
    import quotes.parsing as parsing

    ran = list(cluster.ordered_map(_worker_value, range(4), init=parsing.init, initargs=("pipeline", "lexicon")))
    assert ran == [("pipeline", "lexicon")] * 4


def _worker_value(_task):
    import quotes.parsing as parsing

    return parsing._worker


def test_extract_starts_a_local_cluster_of_n_workers(tmp_path):
    (tmp_path / "match.txt").write_text(
        'Rovers sack manager\n\n"We have lost our way," the club\'s chairman, Ayo Balogun, said on Sunday.\n',
        encoding="utf-8")
    result = extract(tmp_path / "match.txt", "--db", tmp_path / "q.db", "--cluster", "local:1")
    assert result.exit_code == 0, result.output
    assert "1 quotes stored" in result.output
    assert Store(tmp_path / "q.db").lookup("Ayo Balogun")[0]["quote"] == "We have lost our way,"


def test_an_unreachable_scheduler_is_a_one_line_error_and_no_store(tmp_path):
    (tmp_path / "a.txt").write_text('"It is done," the mayor said.\n', encoding="utf-8")
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{free.getsockname()[1]}"
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = extract(tmp_path / "a.txt", "--db", tmp_path / "q.db", "--cluster", address)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cluster: cannot reach the Dask scheduler at {address}: ")
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    assert not (tmp_path / "q.db").exists()


@pytest.mark.parametrize("spec", ["local:0", "local", "scheduler:8786", ""])
def test_a_cluster_that_is_not_an_address_is_a_usage_error(spec, tmp_path):
    (tmp_path / "a.txt").write_text('"It is done," the mayor said.\n', encoding="utf-8")
    result = extract(tmp_path / "a.txt", "--cluster", spec)
    assert result.exit_code == 2
    assert "neither local:N" in result.output
    with pytest.raises(ValueError):
        check(spec)
