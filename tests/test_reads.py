"""Reading a store fast: no spaCy or SQLAlchemy loaded for an up-to-date store, indexes for every filter."""
import json
import sqlite3
import subprocess
import sys

import pytest
from alembic import command

from quotes import lookup, variants
from quotes.sources import Article
from quotes.extraction import Quotation
from quotes.migrate import alembic_config
from quotes.output import render
from quotes.statements import read
from quotes.statements.linker import Linker
from quotes.speakers import Attribution
from quotes.storage import connect, open_store, save_article

ARTICLE = Article("derby", "derby.txt", "“We deserved the win,” said Marta Kowalska.\n“Not today,” Ajax said.\n")
QUOTES = [Quotation(1, 21, "We deserved the win,", Attribution("Marta Kowalska", "person", (29, 43), "Marta Kowalska", "said")),
          Quotation(46, 56, "Not today,", Attribution("Ajax", "organization", (58, 62), "Ajax", "said"))]


@pytest.fixture
def store(tmp_path):
    db = tmp_path / "q.db"
    engine = open_store(db)
    save_article(engine, ARTICLE, QUOTES)
    engine.dispose()
    return db


def loaded_by(db, *args):
    """The heavy libraries a read command loads, and its output."""
    code = ("import sys; from quotes.cli import cli\n"
            f"try: cli.main({list(args) + ['--db', str(db), '--format', 'json']!r})\n"
            "except SystemExit: pass\n"
            "print([m for m in ('spacy', 'sqlalchemy', 'alembic') if m in sys.modules], file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stderr.strip().splitlines()[-1], done.stdout


@pytest.mark.parametrize("args", [["lookup", "--speaker", "Kowalska"], ["search", "deserved the win"]])
def test_lookup_and_search_load_neither_spacy_nor_sqlalchemy(store, args):
    loaded, out = loaded_by(store, *args)
    assert loaded == "[]"
    assert json.loads(out)[0]["speaker"] == "Marta Kowalska"


def test_statements_load_neither_spacy_nor_sqlalchemy(store):
    engine = open_store(store)
    Linker(engine, variants.load()).link()
    engine.dispose()
    loaded, out = loaded_by(store, "statements", "--all")
    assert loaded == "[]"
    assert {s["speaker"] for s in json.loads(out)} == {"Marta Kowalska", "Ajax"}


def test_json_output_is_indented_as_json_dumps_indents_it():
    rows = [{"quote_id": 1, "speaker": "Łukasz Nowak", "quote": 'He said "no"\nthen left', "outlet": None},
            {"quote_id": 2, "speaker": "Ajax", "quote": "Not today,", "outlet": 3.5}]
    columns = ["quote_id", "speaker", "quote", "outlet"]
    assert render(rows, columns, "json") == json.dumps(rows, ensure_ascii=False, indent=2)
    assert render([], columns, "json") == "[]"


def plans(db, query):
    """EXPLAIN QUERY PLAN of every statement ``query(conn)`` runs (not FTS5's own)."""
    with sqlite3.connect(db) as conn:
        statements = []
        conn.set_trace_callback(statements.append)
        query(conn)
        conn.set_trace_callback(None)
        ours = [sql for sql in statements if sql.lstrip().lower().startswith(("select", "with")) and "'main'" not in sql]
        assert ours
        return {sql: [row[3] for row in conn.execute(f"explain query plan {sql}")] for sql in ours}


@pytest.mark.parametrize("query", [
    lambda conn: lookup.quotes_of(conn, "Kowalska"),
    lambda conn: lookup.quotes_of(conn, "Marta"),  # by first name, the last resort
    lambda conn: lookup.quotes_saying(conn, "the win", speaker="Marta Kowalska"),
    lambda conn: read.statements(conn),  # those quoted in several articles
])
def test_lookups_read_tables_through_indexes(store, query):
    with sqlite3.connect(store) as conn:
        tables = {name for (name,) in conn.execute("select name from sqlite_master where type = 'table'")}
    for sql, plan in plans(store, query).items():  # a scan of the query's own few rows (a CTE) is fine
        scans = [step for step in plan if step.startswith("SCAN") and step.split()[1] in tables
                 and "VIRTUAL TABLE" not in step]  # the full-text index answering a match
        assert scans == [], sql


def test_a_store_of_an_older_revision_is_read_once_extract_upgraded_it(tmp_path):
    db = tmp_path / "old.db"
    config = alembic_config()
    with connect(db).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
        conn.exec_driver_sql("insert into speaker (id, name, type) values (1, 'Marta Kowalska', 'person')")
        conn.exec_driver_sql("insert into speaker_alias (speaker_id, alias) values (1, 'Marta Kowalska'), (1, 'Kowalska')")

    refused = subprocess.run([sys.executable, "-m", "quotes", "lookup", "--speaker", "Marta", "--db", str(db)],
                             capture_output=True, text=True)
    assert refused.returncode == 1 and "`quotes extract` upgrades it" in refused.stderr

    open_store(db).dispose()  # as `quotes extract` opens it: upgraded, lookup keys filled
    with sqlite3.connect(db) as conn:
        assert lookup.speaker_ids(conn, "KOWALSKA") == [1] and lookup.speaker_ids(conn, "Marta") == [1]
