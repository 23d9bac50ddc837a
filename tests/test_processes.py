"""Real `quotes extract` processes: killed mid-run, or two at once on one store."""
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from conftest import SAMPLES

QUOTES = shutil.which("quotes", path=str(Path(sys.executable).parent))
ARTICLES = 24  # two batches of the pipeline, so a run spends a while between commits
TIMEOUT = 120


def extract(*args, **popen):
    return subprocess.Popen([QUOTES, "extract", *map(str, args)], text=True, **popen)


def finish(process):
    _, err = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 0, err


def kill_9_once(process, ready):
    """SIGKILL ``process`` as soon as ``ready()``; its workers, and those still alive 10 s later."""
    deadline = time.monotonic() + TIMEOUT
    while not ready() and time.monotonic() < deadline:
        time.sleep(0.01)
    workers = psutil.Process(process.pid).children()
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=TIMEOUT)
    return workers, psutil.wait_procs(workers, timeout=10)[1]


def query(db, sql):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchall()


def contents(db):
    """What a store holds, without its row ids and timestamps; statements as groups of quotes."""
    return {
        "articles": sorted(query(db, "select hash, doc_id, path, title, text from article")),
        "speakers": sorted(query(db, "select name, type from speaker")),
        "quotes": sorted(query(db, """
            select a.hash, q.start, q."end", q.text, s.name, s.type, q.cue, q.via,
                   q.mention_start, q.mention_end, q.mention_text
            from quote q join article a on a.id = q.article_id left join speaker s on s.id = q.speaker_id
        """), key=repr),
        "unlinked": query(db, "select count(*) from quote where statement_id is null")[0][0],
        "statements": sorted(sorted(group.split("|")) for (group,) in query(db, """
            select group_concat(a.hash || ':' || q.start, '|')
            from quote q join article a on a.id = q.article_id group by q.statement_id
        """)),
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Distinct short articles made of the samples' paragraphs, three to an article."""
    folder = tmp_path_factory.mktemp("corpus")
    paragraphs = [line for p in sorted(SAMPLES.glob("*.txt"))
                  for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    for i in range(ARTICLES):
        body = "\n\n".join(paragraphs[(3 * i + k) % len(paragraphs)] for k in range(3))
        (folder / f"a{i:02}.txt").write_text(f"Report {i}\n\n{body}\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def clean_run(corpus, tmp_path_factory):
    """The contents of a store filled by one uninterrupted run over the corpus."""
    db = tmp_path_factory.mktemp("clean") / "q.db"
    finish(extract(corpus, "--db", db, stderr=subprocess.PIPE))
    return contents(db)


def test_clean_run_stores_every_article(clean_run):
    assert len(clean_run["articles"]) == ARTICLES
    assert clean_run["quotes"] and clean_run["unlinked"] == 0
    assert any(len(group) > 1 for group in clean_run["statements"])  # paragraphs repeat across articles


def test_kill_9_mid_run_leaves_whole_articles_and_a_rerun_completes_them(corpus, clean_run, tmp_path):
    db = tmp_path / "q.db"
    workers, alive = kill_9_once(extract(corpus, "--db", db, stderr=subprocess.DEVNULL), lambda: _stored(db))
    assert workers and not alive, "the parsing workers end with the run"

    assert query(db, "pragma integrity_check") == [("ok",)]
    assert query(db, "pragma foreign_key_check") == []
    crashed = contents(db)
    assert 0 < len(crashed["articles"]) < ARTICLES, "the kill should land mid-run"
    stored = {article[0] for article in crashed["articles"]}
    assert crashed["quotes"] == [q for q in clean_run["quotes"] if q[0] in stored]  # no half article

    finish(extract(corpus, "--db", db, stderr=subprocess.PIPE))
    assert contents(db) == clean_run


def test_two_processes_on_one_new_store_store_what_one_run_would(corpus, clean_run, tmp_path):
    files = sorted(corpus.glob("*.txt"))
    third = len(files) // 3
    db = tmp_path / "q.db"  # created by whichever process gets there first
    both = [extract(*files[:2 * third], "--db", db, stderr=subprocess.PIPE),  # the middle third
            extract(*files[third:], "--db", db, stderr=subprocess.PIPE)]  # ... is new to both
    for process in both:
        finish(process)
    assert contents(db) == clean_run
    assert query(db, "pragma integrity_check") == [("ok",)]


def test_processes_racing_to_create_a_store_all_succeed(tmp_path):
    db, racers = tmp_path / "q.db", 3
    script = (  # import, say so, wait for the others, then open (create) the store at once
        "import sys, time\n"
        "from pathlib import Path\n"
        "from quotes.storage import open_store\n"
        "Path(sys.argv[2]).touch()\n"
        "while len(list(Path(sys.argv[3]).glob('ready*'))) < int(sys.argv[4]):\n"
        "    time.sleep(0.001)\n"
        "open_store(sys.argv[1])\n"
    )
    processes = [subprocess.Popen([sys.executable, "-c", script, *map(str, (db, tmp_path / f"ready{i}", tmp_path, racers))],
                                  stderr=subprocess.PIPE, text=True) for i in range(racers)]
    for process in processes:
        finish(process)
    assert len(query(db, "select version_num from alembic_version")) == 1
    assert query(db, "pragma journal_mode") == [("wal",)]


def _stored(db) -> int:
    try:
        return query(db, "select count(*) from article")[0][0]
    except sqlite3.OperationalError:  # not created yet
        return 0
