"""Store hygiene: reads never write, read-only stores can be browsed, other databases are refused."""
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import cli

ARTICLE = """Council votes to close Bridge Street to cars

The city council of Lyon voted on Monday to close Bridge Street to cars from June.

"We will give the street back to the people who walk it," said Mayor Grégory Doucet.

Shop owners were less sure. "Half of my customers come by car," said Amina Belkacem, who runs a bakery on the street.
"""
READS = [["lookup", "--speaker", "Doucet"], ["search", "give the street back"], ["statements", "--all"]]


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture(scope="module")
def article(tmp_path_factory):
    path = tmp_path_factory.mktemp("articles") / "lyon.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def store(article, tmp_path):
    db = tmp_path / "quotes.db"
    assert run("extract", article, "--db", db).exit_code == 0
    return db


def snapshot(db: Path) -> tuple[bytes, list[str]]:
    """The store's bytes and the files beside it."""
    return db.read_bytes(), sorted(p.name for p in db.parent.iterdir())


def test_a_store_at_rest_is_one_file(store):
    assert snapshot(store)[1] == ["quotes.db"]
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as conn:
        assert conn.execute("pragma journal_mode").fetchone() == ("delete",)


@pytest.mark.parametrize("args", READS)
def test_read_commands_change_nothing(store, args):
    before = snapshot(store)
    assert run(*args, "--db", store).exit_code == 0
    assert snapshot(store) == before


@pytest.mark.parametrize("args", READS)
def test_a_store_left_in_wal_mode_is_read_without_wal_files(store, args):
    with sqlite3.connect(store) as conn:  # as an older quotes left its stores
        conn.execute("pragma journal_mode = wal")
    conn.close()
    before = snapshot(store)
    assert before[1] == ["quotes.db"]
    assert run(*args, "--db", store).exit_code == 0
    assert snapshot(store) == before


def test_reads_do_not_migrate_an_old_store(tmp_path):
    from alembic import command
    from alembic.config import Config

    from conftest import ROOT

    db = tmp_path / "old.db"
    config = Config(str(ROOT / "alembic.ini"))
    config.cmd_opts = type("Opts", (), {"x": [f"db={db}"]})()
    command.upgrade(config, "0001")
    before = snapshot(db)
    result = run("lookup", "--speaker", "Doucet", "--db", db)
    assert result.exit_code == 1 and "another version of quotes" in result.output
    assert snapshot(db) == before


def without_override(*args) -> subprocess.CompletedProcess:
    """``quotes ARGS`` bound by file permissions: as root, without the capabilities that let
    root read and write any file (the machine may run the tests as root)."""
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, sys.executable, "-m", "quotes", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def read_only_store(store, article):
    """The store, with the article beside it, in a folder nobody may write, itself read-only."""
    shutil.copy(article, store.parent / "lyon.txt")
    store.chmod(0o444)
    store.parent.chmod(0o555)
    yield store
    store.parent.chmod(0o755)


@pytest.mark.skipif(os.geteuid() == 0 and not shutil.which("setpriv"), reason="root ignores permissions")
def test_a_read_only_store_can_be_browsed_and_written_again_once_permissions_are_fixed(read_only_store):
    db, folder = read_only_store, read_only_store.parent
    before = snapshot(db)
    for args in READS:
        result = without_override(*args, "--db", db)
        assert result.returncode == 0, result.stderr
    assert "Grégory Doucet" in without_override("lookup", "--speaker", "Mayor Doucet", "--db", db).stdout
    assert snapshot(db) == before

    written = without_override("extract", folder / "lyon.txt", "--db", db, "--force")
    assert written.returncode == 1 and "readonly" in written.stderr and "Traceback" not in written.stderr
    assert snapshot(db) == before
    db.chmod(0o644)
    folder.chmod(0o755)
    written = without_override("extract", folder / "lyon.txt", "--db", db, "--force")
    assert written.returncode == 0, written.stderr
    assert snapshot(db)[1] == ["lyon.txt", "quotes.db"]


@pytest.fixture
def foreign(tmp_path):
    db = tmp_path / "league.db"
    with sqlite3.connect(db) as conn:
        conn.execute("create table players (name text, club text)")
        conn.execute("insert into players values ('Sam Kerr', 'Chelsea')")
    conn.close()
    return db


@pytest.mark.parametrize("args", [["extract", "{article}"], *READS, ["serve"]])
def test_a_database_of_other_tables_is_refused_untouched(foreign, article, args):
    before = snapshot(foreign)
    result = run(*[str(article) if a == "{article}" else a for a in args], "--db", foreign)
    assert result.exit_code == 1
    assert f"{foreign} is not a quotes store: it holds tables quotes did not create (players)" in result.output
    assert snapshot(foreign) == before


def test_a_store_with_a_table_of_its_own_is_refused(store, article):
    with sqlite3.connect(store) as conn:
        conn.execute("create table notes (text text)")
    conn.close()
    result = run("extract", article, "--db", store, "--force")
    assert result.exit_code == 1 and "tables quotes did not create (notes)" in result.output


def test_a_file_that_is_no_database_is_refused_untouched(article, tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("shopping list\n", encoding="utf-8")
    for args in (["extract", article], ["lookup", "--speaker", "Doucet"]):
        result = run(*args, "--db", db)
        assert result.exit_code == 1 and "file is not a database" in result.output
    assert db.read_text(encoding="utf-8") == "shopping list\n"


def test_jsonl_into_a_missing_folder_fails_before_any_work(article, tmp_path):
    result = run("extract", article, "--db", tmp_path / "q.db", "--jsonl", tmp_path / "no" / "such" / "q.jsonl")
    assert result.exit_code == 2
    assert f"folder {tmp_path / 'no' / 'such'} does not exist" in result.output
    assert list(tmp_path.iterdir()) == []
