"""A batch with bad files in it: each is named with its reason, every good article is stored."""
import json
import sqlite3

import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.extraction import Quotation
from quotes.sources import Article
from quotes.speakers import Attribution
from quotes.records import quote_records
from quotes.storage import open_store, save_article

GOOD = "“We are ready,” Jane Smith said.\n"
HOSTILE = "'; drop table quote; --"


def rows(db, sql, *params):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture
def small_nlp(nlp, monkeypatch):
    """The pipeline `quotes extract` loads, with a max_length a short article exceeds."""
    monkeypatch.setattr("quotes.nlp.load", lambda name=None: nlp)
    monkeypatch.setattr(nlp, "max_length", 80)
    return nlp


def test_bad_files_are_named_and_good_ones_stored(tmp_path, small_nlp):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "latin1.txt").write_bytes("« Nous sommes prêts », a déclaré Élise Dupré.\n".encode("latin-1"))
    (folder / "windows.txt").write_bytes("“It’s over,” said René Müller.\n".encode("cp1252"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)))
    long = "".join(f"Paragraph {i} of the report.\n" for i in range(10)) + "“The end is near,” John Doe said.\n"
    (folder / "long.txt").write_text(long, encoding="utf-8")
    db, out = tmp_path / "q.db", tmp_path / "q.jsonl"

    result = CliRunner().invoke(cli, ["extract", str(folder), "--db", str(db), "--jsonl", str(out)])

    assert result.exit_code == 1
    assert f"skipped {folder / 'binary.txt'}: binary file" in result.stderr
    assert f"skipped {folder / 'empty.txt'}: empty file" in result.stderr
    assert "4 articles read" in result.stderr and "2 failed" in result.stderr
    assert rows(db, "select doc_id from article order by doc_id") == [("good",), ("latin1",), ("long",), ("windows",)]
    assert rows(db, "select text from article where doc_id = 'windows'") == [("“It’s over,” said René Müller.\n",)]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    texts = dict(rows(db, "select doc_id, text from article"))
    assert {r["doc_id"] for r in records} == {"good", "latin1", "long", "windows"}
    for r in records:
        assert texts[r["doc_id"]][r["start"]:r["end"]] == r["text"]
    assert ("The end is near,", "John Doe") in {(r["text"], r["speaker"]) for r in records if r["doc_id"] == "long"}


def test_an_article_that_breaks_extraction_costs_only_itself(tmp_path, monkeypatch):
    from quotes import extraction as module

    real = module.extract
    monkeypatch.setattr(module, "extract", lambda doc, *spans: 1 / 0 if "BOOM" in doc.text else real(doc, *spans))
    (tmp_path / "a.txt").write_text("BOOM " + GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "q.db"

    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db)])

    assert result.exit_code == 1
    assert "a.txt: extraction failed: ZeroDivisionError" in result.stderr
    assert rows(db, "select doc_id from article") == [("b",)]


def test_sql_in_names_and_texts_is_stored_as_data(tmp_path):
    engine = open_store(tmp_path / "q.db")
    text = f"“{HOSTILE}” {HOSTILE} said.\n"
    article = Article(HOSTILE, f"{HOSTILE}.txt", text)
    said = Attribution(speaker=HOSTILE, speaker_type="person", mention=(len(HOSTILE) + 3, 2 * len(HOSTILE) + 3),
                       mention_text=HOSTILE, cue="said", via=HOSTILE)

    save_article(engine, article, [Quotation(1, len(HOSTILE) + 1, HOSTILE, said)])

    [record] = quote_records(engine, article.key)
    assert record["text"] == record["speaker"] == record["via"] == record["doc_id"] == HOSTILE
    db = tmp_path / "q.db"
    assert rows(db, "select count(*) from quote") == [(1,)]
    assert rows(db, "select type from speaker where name = ?", HOSTILE) == [("person",)]
    assert rows(db, "pragma integrity_check") == [("ok",)]


def test_sql_in_a_file_name_is_data(tmp_path):
    path = tmp_path / f"{HOSTILE}.txt"
    path.write_text(GOOD, encoding="utf-8")
    db = tmp_path / "q.db"
    assert CliRunner().invoke(cli, ["extract", str(path), "--db", str(db)]).exit_code == 0
    assert CliRunner().invoke(cli, ["extract", str(path), "--db", str(db), "--force"]).exit_code == 0
    assert rows(db, "select doc_id from article") == [(HOSTILE,)]
    assert rows(db, "select count(*) from quote") == [(1,)]
