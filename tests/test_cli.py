"""`quotes extract` end to end: through click's CliRunner and as the installed command."""
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import cli
from conftest import SAMPLES

SAMPLE_IDS = sorted(p.stem for p in SAMPLES.glob("*.txt"))
# samples/pages/*.html (the path in samples/ without .html) and samples/corpus/*.jsonl (record ids)
OTHER_IDS = ["ft-88213", "npa-2024-0514-031", "oep-5521", "pages/bergen-light-rail"]


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def rows(db, sql):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    """A store filled from samples/, with the --jsonl lines of that run."""
    tmp = tmp_path_factory.mktemp("store")
    db, out = tmp / "quotes.db", tmp / "quotes.jsonl"
    result = run("extract", str(SAMPLES), "--db", str(db), "--jsonl", str(out))
    assert result.exit_code == 0, result.output
    return db, [json.loads(line) for line in out.read_text().splitlines()]


@pytest.mark.parametrize("command", [[]] + [[name] for name in sorted(cli.commands)])
def test_help(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_version():
    assert run("--version").output.startswith("quotes, version ")


def test_extract_fills_the_store(sample_store):
    db, _ = sample_store
    assert rows(db, "select doc_id from article order by doc_id") == [(d,) for d in sorted(SAMPLE_IDS + OTHER_IDS)]
    kirby = rows(db, "select q.text, q.cue from quote q join speaker s on s.id = q.speaker_id "
                     "where s.name = 'John Kirby' and s.type = 'person' order by q.start")
    assert ("very clear", "said") in kirby
    assert rows(db, "pragma foreign_key_check") == []


def test_jsonl_lines_follow_the_prediction_format(sample_store):
    db, records = sample_store
    assert len(records) == rows(db, "select count(*) from quote")[0][0]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SAMPLES.glob("*.txt")}
    texts |= {doc_id: text for doc_id, text in rows(db, "select doc_id, text from article") if doc_id in OTHER_IDS}
    for record in records:
        assert {"doc_id", "start", "end", "speaker", "mention", "via", "statement"} <= record.keys()
        assert texts[record["doc_id"]][record["start"]:record["end"]] == record["text"]
    xi = [r for r in records if r["speaker"] == "Xi Jinping" and r["via"] == "Chinese state media"]
    assert xi and xi[0]["text"].endswith("we will not stand idly by,")


def test_rerun_adds_nothing_and_force_replaces(tmp_path):
    db = tmp_path / "q.db"
    article = tmp_path / "a.txt"
    article.write_text("“We are ready,” Jane Smith said.", encoding="utf-8")
    assert run("extract", str(article), "--db", str(db)).exit_code == 0
    again = run("extract", str(article), "--db", str(db))
    assert "1 skipped as unchanged" in again.output
    assert rows(db, "select count(*) from article") == [(1,)]
    assert rows(db, "select count(*) from quote") == [(1,)]
    forced = run("extract", str(article), "--db", str(db), "--force")
    assert "0 skipped" in forced.output
    assert rows(db, "select count(*) from quote") == [(1,)]


def test_stdin_article(tmp_path):
    result = run("extract", "-", "--db", str(tmp_path / "q.db"), "--jsonl", "-",
                 input="“We are ready,” Jane Smith said.")
    record = json.loads(result.stdout.splitlines()[0])
    assert (record["doc_id"], record["speaker"]) == ("stdin", "Jane Smith")


@pytest.mark.parametrize("make_args, message", [
    (lambda tmp: [str(tmp / "missing.txt")], "no such file or folder"),
    (lambda tmp: [str(tmp)], "no articles in folder"),
    (lambda tmp: [str(SAMPLES / "../pyproject.toml")], "nothing to read: articles are .txt"),
    (lambda tmp: [str(SAMPLES), "--db", str(tmp / "no" / "such" / "q.db")], "cannot create store"),
    (lambda tmp: [str(SAMPLES), "--db", str(tmp)], "is a folder"),
])
def test_bad_input_gets_one_line_and_non_zero_exit(tmp_path, make_args, message):
    result = CliRunner().invoke(cli, ["extract", *make_args(tmp_path)])
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_store_from_a_newer_version_is_refused_untouched(tmp_path):
    db = tmp_path / "q.db"
    article = tmp_path / "a.txt"
    article.write_text("“We are ready,” Jane Smith said.", encoding="utf-8")
    run("extract", str(article), "--db", str(db))
    with sqlite3.connect(db) as conn:
        conn.execute("update alembic_version set version_num = 'ffff_future'")
    before = db.read_bytes()
    result = CliRunner().invoke(cli, ["extract", str(article), "--db", str(db), "--force"])
    assert result.exit_code == 1
    assert "ffff_future" in result.output and "upgrade quotes" in result.output
    assert rows(db, "select count(*) from quote") == [(1,)]
    assert db.read_bytes() == before


def test_installed_command_on_samples(tmp_path):
    quotes = shutil.which("quotes", path=str(Path(sys.executable).parent))
    assert quotes, "the quotes command is not installed beside this Python"
    done = subprocess.run([quotes, "extract", str(SAMPLES), "--jsonl", "-"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert {r["doc_id"] for r in records} == set(SAMPLE_IDS + OTHER_IDS) - {"003_1a970f6ace6ea37e"}
    assert "9 articles read" in done.stderr
    assert rows(tmp_path / "quotes.db", "select count(*) from quote") == [(len(records),)]


def test_an_empty_path_is_refused(tmp_path):
    result = CliRunner().invoke(cli, ["extract", "", "--db", str(tmp_path / "q.db")])
    assert result.exit_code == 1 and "empty path" in result.output
    assert not (tmp_path / "q.db").exists()


def test_a_pipeline_without_a_parser_is_refused_before_the_store_is_made(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("“We are ready,” Jane Smith said.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--db", str(tmp_path / "q.db"), "--model", "blank:en"])
    assert result.exit_code == 1 and "no dependency parser" in result.output
    assert not (tmp_path / "q.db").exists()


def test_a_bad_variants_file_names_its_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("“We are ready,” Jane Smith said.", encoding="utf-8")
    lexicon = tmp_path / "variants.txt"
    lexicon.write_text("sit idly by | sit back and watch\n|\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--db", str(tmp_path / "q.db"),
                                      "--variants", str(lexicon)])
    assert result.exit_code == 1 and f"{lexicon}:2" in result.output
    assert "Traceback" not in result.output


def test_an_unresolved_pronoun_names_nobody(quotes_of):
    assert quotes_of("“We are ready,” he said.") == [("We are ready,", None, None, None)]
