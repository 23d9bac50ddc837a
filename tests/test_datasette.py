"""The store as Datasette shows it: every table and view, search, facets, canned queries, `quotes serve`."""
import asyncio
import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from urllib.parse import quote_plus

import pytest
from alembic import command
from alembic.config import Config
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner
from datasette.app import Datasette

from conftest import ROOT, SAMPLES
from quotes.cli import cli
from quotes.serve import datasette_args, metadata
from quotes.shape import drop_views
from quotes.storage import open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A store filled from samples/, where extraction links the renderings of Xi's warning."""
    db = tmp_path_factory.mktemp("datasette") / "quotes.db"
    assert CliRunner().invoke(cli, ["extract", str(SAMPLES), "--db", str(db)]).exit_code == 0
    return db


def get(db, *paths):
    """Responses of a real Datasette (with the metadata of `quotes serve`) to ``paths``."""
    async def fetch():
        ds = Datasette([str(db)], metadata=metadata(db))
        await ds.invoke_startup()
        return [await ds.client.get(path) for path in paths]

    return asyncio.run(fetch())


def names(db, type_):
    with sqlite3.connect(db) as conn:
        return [n for (n,) in conn.execute("select name from sqlite_master where type = ?", [type_])]


def test_every_table_and_view_answers(store):
    tables = names(store, "table") + names(store, "view")
    assert {"quote", "speaker", "speaker_alias", "quote_fts", "quotes_by_speaker", "speakers_summary"} <= set(tables)
    for name, response in zip(tables, get(store, *(f"/quotes/{t}.json" for t in tables))):
        assert response.status_code == 200, name


def test_quotes_link_to_speakers_articles_and_statements(store):
    [database] = get(store, "/quotes.json")
    quote = next(t for t in database.json()["tables"] if t["name"] == "quote")
    assert {fk["other_table"] for fk in quote["foreign_keys"]["outgoing"]} == {"article", "speaker", "statement"}
    [row] = get(store, "/quotes/quote.json?_labels=on&_shape=array&text__contains=stand+idly+by")
    assert row.json()[0]["speaker_id"]["label"] == "Xi Jinping"


@pytest.mark.parametrize("path", ["/quotes/quote.json?_search=idly&_shape=array",
                                  "/quotes/quotes_by_speaker.json?_search=idly&_shape=array"])
def test_search_box_finds_quotes(store, path):
    [response] = get(store, path)
    texts = [row.get("text") or row.get("quote") for row in response.json()]
    assert len(texts) == 2 and all("idly by" in t for t in texts)


def test_view_is_faceted_by_speaker_type_and_channel(store):
    [response] = get(store, "/quotes/quotes_by_speaker.json?speaker=Xi+Jinping")
    facets = response.json()["facet_results"]
    assert set(facets) == {"speaker", "speaker_type", "via", "outlet", "published"}
    assert "Chinese state media" in {f["value"] for f in facets["via"]["results"]}


def test_metadata_describes_the_store(store):
    [response] = get(store, "/-/metadata.json")
    assert response.json()["title"] == "Quotes"
    quote = response.json()["databases"]["quotes"]["tables"]["quote"]
    assert quote["description"] and quote["columns"]["via"]


def test_canned_query_all_quotes_of_a_speaker(store):
    lower, title = get(store, "/quotes/quotes_of_speaker.json?speaker=xi&_shape=array",
                       "/quotes/quotes_of_speaker.json?speaker=Xi+Jinping&_shape=array")
    assert lower.json() == title.json()
    assert lower.json() and {row["speaker"] for row in lower.json()} == {"Xi Jinping"}


@pytest.mark.parametrize("name", ["President Xi Jinping", "China's leader Xi", "xi"])
def test_canned_query_finds_a_speaker_exactly_like_quotes_lookup(store, name):
    [response] = get(store, f"/quotes/quotes_of_speaker.json?speaker={quote_plus(name)}&_shape=array")
    looked_up = CliRunner().invoke(cli, ["lookup", "--speaker", name, "--db", str(store), "--format", "json"])
    assert [row["quote_id"] for row in response.json()] == [row["quote_id"] for row in json.loads(looked_up.stdout)]
    assert {row["speaker"] for row in response.json()} == {"Xi Jinping"}


def test_canned_query_takes_the_bounds_of_quotes_lookup(store):
    every, none = get(store, "/quotes/quotes_of_speaker.json?speaker=Xi&outlet=&since=&_shape=array",
                      "/quotes/quotes_of_speaker.json?speaker=Xi&outlet=Le+Monde&_shape=array")
    assert every.json() and none.json() == []


def test_home_and_database_pages_lead_with_the_views_and_queries(store):
    home, database = get(store, "/", "/quotes")
    for page in (home.text, database.text):
        links = [page.index(f'href="/quotes/{name}"') for name in
                 ("quotes_by_speaker", "speakers_summary", "quotes_of_speaker", "who_said")]
        assert max(links) < page.index('href="/quotes/quote"')
    assert "alembic_version" not in home.text and "alembic_version" not in database.text


def test_quotes_without_a_speaker_come_last(tmp_path):
    db = tmp_path / "quotes.db"
    article = tmp_path / "a.txt"
    article.write_text('Ferry fares rise in Oslo\n\nThe council raised fares.\n\n'
                       '"Fares must cover the new boats," said Mayor Anne Lindboe.\n', encoding="utf-8")
    assert CliRunner().invoke(cli, ["extract", str(article), "--db", str(db)]).exit_code == 0
    with sqlite3.connect(db) as conn:  # a quotation nobody could be found to have said
        conn.execute("insert into quote (article_id, start, end, text) values (1, 0, 5, 'No refunds')")
    [response] = get(db, "/quotes/quotes_by_speaker.json?_shape=array")
    assert [row["speaker"] for row in response.json()] == ["Anne Lindboe", None]


def test_speaker_facets_show_canonical_names(store):
    by_view, by_table = get(store, "/quotes/quotes_by_speaker.json", "/quotes/quote.json")
    canonical = {name for (name,) in sqlite3.connect(store).execute("select name from speaker")}
    assert {f["label"] for f in by_view.json()["facet_results"]["speaker"]["results"]} <= canonical
    assert {f["label"] for f in by_table.json()["facet_results"]["speaker_id"]["results"]} <= canonical
    assert "Xi Jinping" in {f["label"] for f in by_table.json()["facet_results"]["speaker_id"]["results"]}


def test_canned_query_who_said_a_phrase_follows_statements(store):
    [response] = get(store, "/quotes/who_said.json?phrase=sit+idly+by&_shape=array")
    rows = response.json()
    assert [row["matched"] for row in rows] == ["phrase", "statement", "statement"]
    assert "sit idly by" in rows[0]["quote"]
    assert sorted("stand idly by" in row["quote"] for row in rows[1:]) == [False, True]


def test_canned_query_check_quote_finds_the_cut_and_the_wrong_speaker(store):
    cut, wrong = get(store, "/quotes/check_quote.json?words=we+will+not+stand+idly+by&speaker=Xi&_shape=array",
                     "/quotes/check_quote.json?words=intense+diplomacy&speaker=Joe+Biden&_shape=array")
    rows = cut.json()
    assert rows[0]["verdict"] == "cut" and rows[0]["quote"].startswith("If the United States persists")
    assert {row["verdict"] for row in rows[1:]} == {"variant"}
    assert [(row["verdict"], row["speaker"]) for row in wrong.json()] == [("other_speaker", "senior administration official")]


def test_shape_is_idempotent_and_invisible_to_alembic(store):
    before = {t: names(store, t) for t in ("table", "view", "trigger")}
    open_store(store).dispose()
    assert {t: names(store, t) for t in ("table", "view", "trigger")} == before
    config = Config(str(ROOT / "alembic.ini"))
    config.cmd_opts = type("Opts", (), {"x": [f"db={store}"]})()
    command.check(config)  # raises if autogenerate would touch the FTS tables or views


def test_search_survives_a_batch_migration_of_the_quote_table(tmp_path):
    db = tmp_path / "q.db"
    assert CliRunner().invoke(cli, ["extract", str(SAMPLES / "000_8c5d5d2d18f14578.txt"), "--db", str(db)]).exit_code == 0
    engine = open_store(db)
    with engine.begin() as conn:  # what a future revision rebuilding `quote` does
        drop_views(conn)
        with Operations(MigrationContext.configure(conn)).batch_alter_table("quote", recreate="always"):
            pass
    engine.dispose()
    open_store(db).dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("insert into quote (article_id, start, end, text) values (1, 0, 5, 'brand new words')")
        assert conn.execute("select count(*) from quotes_by_speaker").fetchone()[0] > 1
        assert conn.execute("select rowid from quote_fts where quote_fts match 'brand'").fetchall()


def test_canned_query_who_said_keeps_to_a_speaker_when_given(store):
    every, empty, xi, kirby = get(store, *(f"/quotes/who_said.json?phrase=idly+by{extra}&_shape=array" for extra in
                                           ("", "&speaker=", "&speaker=President+Xi", "&speaker=Kirby")))
    assert len(every.json()) == len(empty.json()) == len(xi.json()) > 0
    assert kirby.json() == []


def test_serve_invokes_datasette_with_the_metadata():
    assert datasette_args("q.db", "/tmp/m.json", "127.0.0.1", 8001, False) == [
        "serve", "q.db", "--metadata", "/tmp/m.json", "--host", "127.0.0.1", "--port", "8001"]


def test_serve_answers_on_localhost(store):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "quotes", "serve", "--db", str(store), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/metadata.json", timeout=2) as page:
                    assert b'"Quotes"' in page.read()
                    break
            except OSError:
                assert time.monotonic() < deadline, "quotes serve did not answer"
                time.sleep(0.3)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_needs_an_existing_store(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no store at" in result.output
    assert not (tmp_path / "none.db").exists()


def test_articles_are_faceted_by_outlet_and_by_date(store):
    [response] = get(store, "/quotes/article.json")
    facets = response.json()["facet_results"]
    assert {"outlet", "published"} <= set(facets)
    assert {"Fjord Times", "The Harbour Gazette", "Oslo Evening Post"} <= {f["value"] for f in facets["outlet"]["results"]}
    assert "2024-05-15" in {f["value"] for f in facets["published"]["results"]}
