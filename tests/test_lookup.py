"""`quotes lookup` and `quotes search`: fact-checking by speaker and by phrase."""
import csv
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from quotes.aliases import bare_name, speaker_aliases
from quotes.cli import cli
from quotes.output import render


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A store filled from samples/, where extraction links the renderings of Xi's warning."""
    db = tmp_path_factory.mktemp("lookup") / "quotes.db"
    assert CliRunner().invoke(cli, ["extract", str(SAMPLES), "--db", str(db)]).exit_code == 0
    return db


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def as_json(result):
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("text, name", [
    ("President Xi Jinping", "Xi Jinping"),
    ("China's leader Xi", "Xi"),
    ("China’s top leader, Xi Jinping,", "Xi Jinping"),
    ("Chinese President Xi", "Xi"),
    ("the White House spokesman John Kirby", "John Kirby"),
    ("Mr. Biden's", "Biden"),
    ("Ursula von der Leyen", "Ursula von der Leyen"),
])
def test_bare_name_drops_titles_and_descriptors(text, name):
    assert bare_name(text) == name


def test_aliases_of_a_speaker():
    assert speaker_aliases("Xi Jinping", "person", "Chinese President Xi") == {"Xi Jinping", "Xi"}
    assert speaker_aliases("Xi Jinping", "person", "he") == {"Xi Jinping", "Xi"}
    assert speaker_aliases("Melania Trump", "person", "Melania") == {"Melania Trump", "Trump"}
    assert speaker_aliases("Ursula von der Leyen", "person", "von der Leyen") == {
        "Ursula von der Leyen", "von der Leyen"}
    assert speaker_aliases("Chinese Foreign Ministry", "organization", "a Chinese Foreign Ministry statement") == {
        "Chinese Foreign Ministry"}
    assert speaker_aliases("senior administration official", "anonymous", "the official") == {
        "senior administration official"}


def test_aliases_are_stored_for_datasette(store):
    with sqlite3.connect(store) as conn:
        aliases = {a for (a,) in conn.execute(
            "select alias from speaker_alias join speaker on speaker.id = speaker_id where name = 'Xi Jinping'")}
    assert {"Xi Jinping", "Xi"} <= aliases


@pytest.mark.parametrize("name", ["Xi", "xi", "Xi Jinping", "President Xi Jinping", "China's leader Xi", "XI JINPING"])
def test_lookup_matches_every_name_of_a_speaker(store, name):
    rows = as_json(run("lookup", "--speaker", name, "--db", str(store), "--format", "json"))
    assert {row["speaker"] for row in rows} == {"Xi Jinping"}
    assert len(rows) == len(as_json(run("lookup", "--speaker", "Xi Jinping", "--db", str(store), "--format", "json")))
    assert {"article", "via", "statement_id"} <= rows[0].keys()
    assert "Chinese state media" in {row["via"] for row in rows}


def test_lookup_as_csv_and_table(store):
    result = run("lookup", "--speaker", "Kirby", "--db", str(store), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {row["speaker"] for row in rows} == {"John Kirby"}
    table = run("lookup", "--speaker", "Kirby", "--db", str(store)).stdout
    assert table.splitlines()[0].split()[:3] == ["speaker", "via", "quote"]
    assert "John Kirby" in table


def test_search_finds_the_phrase_and_the_other_renderings_of_its_statement(store):
    rows = as_json(run("search", "sit idly by", "--db", str(store), "--format", "json"))
    assert [row["matched"] for row in rows] == ["phrase", "statement", "statement"]
    assert "we will not sit idly by" in rows[0]["quote"]
    assert any("stand idly by" in row["quote"] for row in rows[1:])
    assert any("sit back and watch" in row["quote"] for row in rows[1:])
    assert len({row["statement_id"] for row in rows}) == 1 and rows[0]["statement_id"] is not None


def test_search_ignores_case_and_punctuation_and_can_keep_to_a_speaker(store):
    rows = as_json(run("search", "IDLY, BY", "--db", str(store), "--format", "json"))
    assert sum(row["matched"] == "phrase" for row in rows) == 2
    assert as_json(run("search", "idly by", "--speaker", "President Xi", "--db", str(store), "--format", "json"))
    assert run("search", "idly by", "--speaker", "Kirby", "--db", str(store)).exit_code == 1


def test_new_quotes_are_searchable_at_once(store):
    with sqlite3.connect(store) as conn:
        conn.execute("insert into quote (article_id, start, end, text) values (1, 0, 9, 'red lines everywhere')")
    try:
        assert as_json(run("search", "red lines everywhere", "--db", str(store), "--format", "json"))
    finally:
        with sqlite3.connect(store) as conn:
            conn.execute("delete from quote where text = 'red lines everywhere'")
    assert run("search", "red lines everywhere", "--db", str(store)).exit_code == 1


@pytest.mark.parametrize("args, message", [
    (["lookup", "--speaker", "Nobody Atall"], "no quotes of 'Nobody Atall'"),
    (["search", "zebra crossing"], "no quotes saying 'zebra crossing'"),
    (["search", "'; drop table quote; --"], "no quotes saying"),
])
def test_no_match_says_so_on_stderr_and_exits_1(store, args, message):
    result = run(*args, "--db", str(store))
    assert result.exit_code == 1
    assert message in result.stderr and result.stdout == ""


@pytest.mark.parametrize("args, message, code", [
    (["lookup", "--speaker", " "], "Invalid value for '--speaker': is empty", 2),
    (["search", "idly", "--speaker", ""], "Invalid value for '--speaker': is empty", 2),
    (["statements", "--speaker", ""], "Invalid value for '--speaker': is empty", 2),
    (["search", "?!"], "nothing to search for", 1),
    (["lookup", "--speaker", "Xi", "--format", "xml"], "Invalid value for '--format'", 2),
])
def test_bad_input_is_one_line_and_keeps_the_store(store, args, message, code):
    with sqlite3.connect(store) as conn:
        count = conn.execute("select count(*) from quote").fetchone()
    result = CliRunner().invoke(cli, [*args, "--db", str(store)])
    assert result.exit_code == code
    assert message in result.output and "Traceback" not in result.output
    with sqlite3.connect(store) as conn:
        assert conn.execute("select count(*) from quote").fetchone() == count


def test_a_missing_store_is_not_created(tmp_path):
    result = CliRunner().invoke(cli, ["lookup", "--speaker", "Xi", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no store at" in result.output
    assert list(tmp_path.iterdir()) == []


def test_render_formats():
    rows = [{"speaker": "Xi Jinping", "quote": "we will not sit idly by", "via": None}]
    assert json.loads(render(rows, ["speaker", "via"], "json")) == [{"speaker": "Xi Jinping", "via": None}]
    assert render(rows, ["speaker", "via"], "csv") == "speaker,via\nXi Jinping,"
    table = render(rows * 2, ["speaker", "quote"], "table", width=30)
    assert table.splitlines()[0].split() == ["speaker", "quote"]
    assert max(len(line) for line in table.splitlines()) <= 30
