"""The store on a real PostgreSQL server: the rows of the SQLite store, re-runs, concurrent
clients, the read commands, and `quotes export` giving a store Datasette serves."""
import asyncio
import json
import shutil
import subprocess
import sys
import threading

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner
from datasette.app import Datasette
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from conftest import ROOT, SAMPLES
from quotes.cli import cli
from quotes.extraction import Quotation
from quotes.serve import metadata
from quotes.shape import include_name
from quotes.sources import Article
from quotes.speakers import Attribution
from quotes.storage import open_store, save_article

FIRST, SECOND = ["000_8c5d5d2d18f14578.txt", "001_7892c6056c46e786.txt", "002_5b5c22f798643f0d.txt",
                 "003_1a970f6ace6ea37e.txt", "corpus"], ["002_5b5c22f798643f0d.txt", "003_1a970f6ace6ea37e.txt",
                                                         "004_e4666c7a5627317f.txt", "pages", "corpus"]
QUERIES = {
    "quotes": """select article.key, quote.start, quote."end", quote.text, speaker.name, speaker.type, quote.via,
                 quote.cue, quote.mention_text, quote.norm from quote join article on article.id = quote.article_id
                 left join speaker on speaker.id = quote.speaker_id order by article.key, quote.start""",
    "speakers": "select name, type, first_key, last_key from speaker order by name, type",
    "aliases": """select speaker.name, alias, key from speaker_alias join speaker on speaker.id = speaker_id
                  order by speaker.name, alias""",
    "articles": "select key, hash, title, outlet, url, published from article order by key",
}


def extract(db, *paths):
    result = CliRunner().invoke(cli, ["extract", *map(str, paths), "--db", str(db), "-j", "1"])
    assert result.exit_code == 0, result.output
    return result.output


def rows(db) -> dict:
    """What a store holds, ids aside: each table's rows, and each statement as its text,
    speaker and the renderings grouped in it."""
    engine = create_engine(db if "://" in str(db) else f"sqlite:///{db}")
    with engine.connect() as conn:
        found = {name: [tuple(map(str, row)) for row in conn.exec_driver_sql(sql)] for name, sql in QUERIES.items()}
        members = conn.exec_driver_sql(
            "select statement.id, statement.text, speaker.name, article.key, quote.start from statement "
            "left join speaker on speaker.id = statement.speaker_id join quote on quote.statement_id = statement.id "
            "join article on article.id = quote.article_id").all()
    engine.dispose()
    groups: dict = {}
    for statement_id, text, speaker, key, start in members:
        groups.setdefault((statement_id, text, speaker), set()).add((key, start))
    found["statements"] = sorted((head[1:], sorted(group)) for head, group in groups.items())
    return found


@pytest.fixture(scope="module")
def sqlite_store(tmp_path_factory):
    db = tmp_path_factory.mktemp("sqlite") / "quotes.db"
    extract(db, SAMPLES)
    return db


@pytest.fixture(scope="module")
def server_store(postgres):
    url = postgres.new_database()
    extract(url, SAMPLES)
    return url


def test_a_server_store_holds_the_rows_of_the_sqlite_store(sqlite_store, server_store):
    expected = rows(sqlite_store)
    assert expected["quotes"] and expected["statements"]
    assert rows(server_store) == expected


def test_a_second_run_into_the_server_store_changes_nothing(server_store):
    before = rows(server_store)
    assert "9 articles read, 9 skipped as unchanged, 0 quotes stored" in extract(server_store, SAMPLES)
    assert rows(server_store) == before


def test_migrations_and_models_describe_the_same_schema_on_postgresql(server_store):
    engine = create_engine(server_store)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
        assert compare_metadata(context, SQLModel.metadata) == []
    engine.dispose()


@pytest.mark.parametrize("args", [["lookup", "--speaker", "Kari Holm"], ["lookup", "--speaker", "Xi"],
                                  ["lookup", "--speaker", "holm", "--outlet", "the harbour gazette"],
                                  ["search", "idly by"], ["search", "hull was damaged", "--since", "2024-05-01"],
                                  ["statements", "--all"]])
def test_read_commands_answer_alike_on_both_stores(sqlite_store, server_store, args):
    def answer(db):
        result = CliRunner().invoke(cli, [*args, "--db", str(db), "--format", "json"])
        assert result.exit_code == 0, result.output
        found = _without_ids(json.loads(result.stdout))
        return sorted(found, key=json.dumps) if args[0] == "statements" else found  # in order of their ids

    assert answer(server_store) == answer(sqlite_store)


def _without_ids(found):
    """Rows with their ids left out: PostgreSQL's sequences skip the ids of statements merged away."""
    if isinstance(found, list):
        return [_without_ids(item) for item in found]
    if isinstance(found, dict):
        return {k: _without_ids(v) for k, v in found.items() if k not in ("quote_id", "statement_id", "statement",
                                                                            "quote", "links")}
    return found


def test_two_clients_extracting_overlapping_articles_store_each_once(postgres, sqlite_store):
    url = postgres.new_database()
    clients = [subprocess.Popen([sys.executable, "-m", "quotes", "extract", *paths, "--db", url, "-j", "1"],
                                cwd=SAMPLES, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for paths in (FIRST, SECOND)]
    for client in clients:
        _, err = client.communicate(timeout=300)
        assert client.returncode == 0, err
    found, expected = rows(url), rows(sqlite_store)  # the union of both is every sample
    assert _by_head(found.pop("statements")) == _by_head(expected.pop("statements"))
    assert found == expected


def _by_head(statements):
    """Renderings by the text and speaker of their statement. (A wire story stored by both
    clients at once can leave its quotes a statement of their own with the same text and
    speaker, as a --force run does on either store; which does is a matter of timing.)"""
    merged: dict = {}
    for head, group in statements:
        merged.setdefault(head, set()).update(group)
    return merged


def test_writers_of_one_article_or_one_new_speaker_at_once_store_each_once(postgres):
    engine = open_store(postgres.new_database())
    said = Attribution("Ingrid Solberg", "person", (22, 36), "Ingrid Solberg", "said")
    articles = [Article(f"council-{i % 3}", f"council-{i % 3}.txt", f"“We vote tonight,” said Ingrid Solberg. ({i % 3})\n")
                for i in range(9)]
    start = threading.Barrier(len(articles))
    errors = []

    def write(article):
        start.wait()
        try:
            save_article(engine, article, [Quotation(1, 17, "We vote tonight,", said)], replace=False)
        except Exception as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(a,)) for a in articles]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with engine.connect() as conn:
        counts = [conn.exec_driver_sql(f"select count(*) from {t}").scalar() for t in ("article", "quote", "speaker")]
    engine.dispose()
    assert counts == [3, 3, 1]


def served(db, *paths):
    async def fetch():
        ds = Datasette([str(db)], metadata=metadata(db))
        await ds.invoke_startup()
        return [await ds.client.get(path) for path in paths]

    return asyncio.run(fetch())


def test_export_gives_a_store_datasette_serves(server_store, sqlite_store, tmp_path):
    target = tmp_path / "quotes.db"
    result = CliRunner().invoke(cli, ["export", "--db", server_store, str(target)])
    assert result.exit_code == 0, result.output
    assert "9 articles, 50 quotes" in result.output
    assert rows(target) == rows(sqlite_store)
    views = ["quotes_by_speaker", "speakers_summary", "statement_timeline"]
    search, *pages = served(target, "/quotes/quote.json?_search=idly&_shape=array",
                            *(f"/quotes/{view}.json" for view in views))
    assert [r.status_code for r in pages] == [200] * len(views)
    assert len(search.json()) == 2 and all("idly by" in row["text"] for row in search.json())


def test_export_since_a_day_copies_those_articles_and_what_they_refer_to(server_store, tmp_path):
    target = tmp_path / "june.db"
    result = CliRunner().invoke(cli, ["export", "--db", server_store, str(target), "--since", "2024-06-01"])
    assert result.exit_code == 0, result.output
    found = rows(target)
    assert [a[5] for a in found["articles"]] == ["2024-06-04"]
    assert found["quotes"] and {q[0] for q in found["quotes"]} == {found["articles"][0][0]}
    assert {q[4] for q in found["quotes"] if q[4] != "None"} <= {s[0] for s in found["speakers"]}
    looked_up = CliRunner().invoke(cli, ["statements", "--all", "--db", str(target), "--format", "json"])
    assert looked_up.exit_code == 0


@pytest.mark.parametrize("args, message", [
    (["lookup", "--speaker", "Holm", "--db", "postgresql+psycopg://postgres@127.0.0.1:1/quotes"], "cannot open store"),
    (["check", "the hull", "--db", "SERVER"], "quotes export"),
    (["serve", "--db", "SERVER"], "quotes export"),
    (["export", "--db", "SERVER", "EXISTING"], "exists"),
])
def test_bad_requests_on_a_server_store_say_why_in_one_line(server_store, tmp_path, args, message):
    existing = tmp_path / "there.db"
    existing.write_bytes(b"")
    args = [{"SERVER": server_store, "EXISTING": str(existing)}.get(a, a) for a in args]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1 and message in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1


def test_export_wants_a_server_store(tmp_path):
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "q.db"), str(tmp_path / "out.db")])
    assert result.exit_code == 2 and "PostgreSQL URL" in result.output


# Last, as it replaces the articles of the server store the tests above read.
def test_a_forced_run_replaces_the_articles_and_regroups_their_statements_alike(sqlite_store, server_store,
                                                                                  tmp_path):
    copy = shutil.copy(sqlite_store, tmp_path / "copy.db")
    for db in (copy, server_store):
        assert "9 articles read, 0 skipped as unchanged, 50 quotes stored" in extract(db, SAMPLES, "--force")
    assert rows(server_store) == rows(copy)
