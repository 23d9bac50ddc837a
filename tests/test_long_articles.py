"""A long article is stored chunk by chunk: the writer never holds all its quotations, and a
run killed half-way through it leaves nothing that a later run takes for the article done."""
import sqlite3
import subprocess

import pytest

from conftest import SAMPLES
from quotes import parsing, pipeline, variants
from quotes.sources import Article
from quotes.storage import Known, open_store
from test_processes import contents, extract, finish, kill_9_once, query

UNFINISHED = "select count(*) from article where hash like 'unfinished:%'"


@pytest.fixture(scope="module")
def long_article(tmp_path_factory):
    """One article of the samples' paragraphs, numbered, three chunks long."""
    paragraphs = [line for p in sorted(SAMPLES.glob("*.txt"))
                  for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    body, i = [], 0
    while sum(map(len, body)) < 2.5 * parsing.CHUNK_CHARS:
        body.append(f"Update {i}: {paragraphs[i % len(paragraphs)]}")
        i += 1
    path = tmp_path_factory.mktemp("long") / "season.txt"
    path.write_text("Season review\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def clean(long_article, tmp_path_factory):
    """The store and JSON lines of one uninterrupted --jobs 1 run over the long article."""
    folder = tmp_path_factory.mktemp("clean")
    finish(extract(long_article, "--db", folder / "q.db", "--jsonl", folder / "q.jsonl", "--jobs", 1,
                   stderr=subprocess.PIPE))
    return contents(folder / "q.db"), (folder / "q.jsonl").read_text(encoding="utf-8")


def _unfinished(db):
    try:
        return query(db, UNFINISHED)[0][0]
    except sqlite3.Error:  # not created yet
        return 0


def test_a_run_killed_inside_a_long_article_leaves_it_to_be_parsed_again(long_article, clean, tmp_path):
    db, out = tmp_path / "q.db", tmp_path / "q.jsonl"
    kill_9_once(extract(long_article, "--db", db, "--jobs", 2, stderr=subprocess.DEVNULL), lambda: _unfinished(db))

    assert _unfinished(db) == 1, "the kill should land after the first chunk was stored"
    assert query(db, "select count(*) from article where key is not null") == [(0,)]
    engine = open_store(db)
    text = long_article.read_text(encoding="utf-8")
    assert Known(engine).need(Article(str(long_article), long_article.name, text)) == "parse"
    engine.dispose()

    finish(extract(long_article, "--db", db, "--jsonl", out, "--jobs", 2, stderr=subprocess.PIPE))
    stored, lines = clean
    assert contents(db) == stored and _unfinished(db) == 0
    assert out.read_text(encoding="utf-8") == lines  # two jobs write what one does
    assert len(stored["quotes"]) > 20


def test_a_long_article_failing_in_a_later_chunk_keeps_what_was_stored_of_it(nlp, tmp_path, monkeypatch):
    engine = open_store(tmp_path / "q.db")
    lexicon = variants.load()
    before = Article("ruling", "ruling.txt", "“The appeal fails,” said Judge Amira Haddad.\n")
    pipeline.run([before], nlp, engine, lexicon)
    paragraphs = ["“The sentence stands,” said Judge Amira Haddad.\n",
                  "“We will appeal again,” said lawyer Tomás Reyes.\n",
                  "“Six years is fair,” Haddad said.\n"]
    longer = Article("ruling", "ruling.txt", "".join(paragraphs))
    monkeypatch.setattr(parsing, "CHUNK_CHARS", max(map(len, paragraphs)))

    def failing_last(fn, tasks, jobs, init, initargs):
        init(*initargs)
        for batch in tasks:
            found = fn(batch)
            found[-1].error = found[-1].error or ("extraction failed: a bug" if found[-1].last else None)
            yield found
    failed = []
    pipeline.run([longer], nlp, engine, lexicon, on_failed=lambda path, why: failed.append(why), mapper=failing_last)

    assert failed == ["extraction failed: a bug"]
    with sqlite3.connect(tmp_path / "q.db") as conn:
        assert conn.execute(UNFINISHED).fetchone() == (0,)
        assert conn.execute("select text from quote").fetchall() == [("The appeal fails,",)]
