"""`quotes extract` on real inputs: pages, corpora, front matter; who reported a quote, and when."""
import csv
import gzip
import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from quotes.cli import cli

WIRE = ("Court fines ferry operator\n\n"
        "A court in Turku fined Baltic Ferries on Monday for a fire on board last winter.\n\n"
        "“The crew ignored every warning,” Judge Aino Laine said.\n")
CORPUS = SAMPLES / "corpus" / "oil-spill-verdict.jsonl"
PAGE = SAMPLES / "pages" / "bergen-light-rail.html"


@pytest.fixture(autouse=True)
def loaded(nlp, monkeypatch):
    """`quotes extract` uses the pipeline the session loaded once."""
    monkeypatch.setattr("quotes.nlp.load", lambda name=None: nlp)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def rows(db, sql, *params):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def test_a_news_page_gives_its_quotes_and_none_of_the_page_around_them(tmp_path):
    db = tmp_path / "q.db"
    result = run("extract", PAGE, "--db", db)
    assert result.exit_code == 0, result.output
    assert rows(db, "select title, outlet, published, author, url from article") == [(
        "Bergen council backs light rail extension to Åsane", "The Harbour Gazette", "2024-06-04",
        "Liv Andersen", "https://harbourgazette.example/local/2024/06/04/bergen-light-rail-asane")]
    quotes = [text for (text,) in rows(db, "select text from quote order by start")]
    assert len(quotes) == 4 and quotes[0].startswith("This is the most important decision")
    assert "signing a blank cheque" in quotes
    for junk in ("We were robbed", "Finally!", "A festival for everyone", "Home", "All rights reserved"):
        assert not any(junk in q for q in quotes)


def test_a_wire_story_in_two_outlets_is_two_articles_parsed_once(tmp_path, monkeypatch):
    from quotes import extraction

    parsed = []
    real = extraction.extract
    monkeypatch.setattr(extraction, "extract", lambda doc, *spans: parsed.append(doc.text) or real(doc, *spans))
    db = tmp_path / "q.db"
    result = run("extract", CORPUS, "--db", db, "--jobs", "1")  # parses counted in this process
    assert result.exit_code == 0, result.output
    assert "3 articles read" in result.output
    assert len(parsed) == 2  # the wire text once, the third outlet's own story once
    gazette, times = (rows(db, "select q.text, q.speaker_id, q.statement_id from quote q join article a "
                               "on a.id = q.article_id where a.outlet = ? order by q.start", outlet)
                      for outlet in ("The Harbour Gazette", "Fjord Times"))
    assert gazette == times and len(gazette) == 3
    again = run("extract", CORPUS, "--db", db)
    assert "3 skipped as unchanged" in again.output
    assert rows(db, "select count(*) from article") == [(3,)]


def test_a_record_twice_in_a_corpus_is_one_article_and_force_reparses_each_text_once(tmp_path, monkeypatch):
    from quotes import extraction

    corpus, db = tmp_path / "twice.jsonl", tmp_path / "q.db"
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    corpus.write_text("\n".join([lines[0], *lines]) + "\n", encoding="utf-8")
    first = run("extract", corpus, "--db", db)
    assert first.exit_code == 0, first.output
    assert "4 articles read, 1 skipped as unchanged" in first.output
    parsed = []
    real = extraction.extract
    monkeypatch.setattr(extraction, "extract", lambda doc, *spans: parsed.append(doc.text) or real(doc, *spans))
    forced = run("extract", corpus, "--db", db, "--force", "--jobs", "1")
    assert forced.exit_code == 0, forced.output
    assert len(parsed) == 2 and rows(db, "select count(*) from article") == [(3,)]
    assert rows(db, "select count(*) from quote") == [(10,)]


def test_a_forced_run_keeps_a_wire_storys_copies_in_one_statement(tmp_path):
    db = tmp_path / "q.db"
    for flags in ([], ["--force"]):
        assert run("extract", CORPUS, "--db", db, "--jobs", "1", *flags).exit_code == 0
        gazette, times = (rows(db, "select q.statement_id from quote q join article a on a.id = q.article_id "
                                   "where a.outlet = ? order by q.start", outlet)
                          for outlet in ("The Harbour Gazette", "Fjord Times"))
        assert gazette == times and len(gazette) == 3


def test_the_timeline_names_who_carried_a_statement_first_and_in_which_words(tmp_path):
    db = tmp_path / "q.db"
    assert run("extract", CORPUS, "--db", db).exit_code == 0
    timeline = rows(db, "select position, first_outlet, first_published, outlet, published, wording "
                        "from statement_timeline where wording like '%clear message%' order by position")
    assert [(p, o, d) for p, _, _, o, d, _ in timeline] == [
        (1, "The Harbour Gazette", "2024-05-14"), (2, "Fjord Times", "2024-05-15"),
        (3, "Oslo Evening Post", "2024-05-15")]
    assert {(first, day) for _, first, day, *_ in timeline} == {("The Harbour Gazette", "2024-05-14")}
    assert timeline[2][5] == "a clear message to every ship owner using our waters"


def test_lookup_search_and_statements_name_outlets_dates_and_urls_and_filter_on_them(tmp_path):
    db = tmp_path / "q.db"
    assert run("extract", CORPUS, "--db", db).exit_code == 0
    found = json.loads(run("lookup", "--speaker", "Sigrid Aune", "--db", db, "--format", "json").output)
    assert found[0]["outlet"] == "The Harbour Gazette"  # the earliest first
    assert {(r["outlet"], r["published"]) for r in found} == {
        ("The Harbour Gazette", "2024-05-14"), ("Fjord Times", "2024-05-15"), ("Oslo Evening Post", "2024-05-15")}
    assert found[0]["url"] == "https://harbourgazette.example/world/2024/05/14/baltic-star-fined"
    later = json.loads(run("lookup", "--speaker", "Aune", "--since", "2024-05-15", "--outlet", "fjord times",
                           "--db", db, "--format", "json").output)
    assert [r["outlet"] for r in later] == ["Fjord Times"]
    assert run("lookup", "--speaker", "Aune", "--until", "2024-05-13", "--db", db).exit_code == 1
    searched = json.loads(run("search", "every ship owner", "--until", "2024-05-14", "--db", db,
                              "--format", "json").output)
    assert [r["outlet"] for r in searched] == ["The Harbour Gazette"]
    table = run("search", "every ship owner", "--db", db).output
    assert "Oslo" in table and "2024-05-15" in table  # an 80-column table wraps the outlet
    statements = json.loads(run("statements", "--outlet", "Oslo Evening Post", "--db", db, "--format", "json").output)
    variants = [v for s in statements for v in s["variants"] if "clear message" in v["text"]]
    assert [v["outlet"] for v in variants] == ["The Harbour Gazette", "Fjord Times", "Oslo Evening Post"]
    assert run("lookup", "--speaker", "Aune", "--since", "May 2024", "--db", db).exit_code == 2


def test_a_csv_corpus_with_a_record_without_text_stores_the_others(tmp_path):
    path, db = tmp_path / "stories.csv", tmp_path / "q.db"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["url", "publish_date", "media_name", "title", "text"])
        writer.writerow(["https://a.example/1", "2024-03-02", "Turku Daily", "Ferry fire", WIRE])
        writer.writerow(["https://a.example/2", "2024-03-02", "Turku Daily", "Empty", ""])
    result = run("extract", path, "--db", db)
    assert result.exit_code == 1
    assert f"skipped {path}:8: no text" in result.stderr  # the line its record starts on
    assert "1 articles read" in result.stderr and "1 failed" in result.stderr
    assert rows(db, "select outlet, published, key from article") == [("Turku Daily", "2024-03-02", "https://a.example/1")]
    assert rows(db, "select text from quote") == [("The crew ignored every warning,",)]


def test_a_gzipped_corpus_with_its_own_field_names(tmp_path):
    path, db = tmp_path / "dump.jsonl.gz", tmp_path / "q.db"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"story_id": "tf-1", "story": WIRE, "paper": "Åbo Post"}) + "\n")
    result = run("extract", path, "--db", db, "--text-field", "story", "--id-field", "story_id",
                 "--outlet-field", "paper", "--date", "2024-03-04", "--jsonl", tmp_path / "q.jsonl")
    assert result.exit_code == 0, result.output
    assert rows(db, "select doc_id, outlet, published from article") == [("tf-1", "Åbo Post", "2024-03-04")]
    found = run("lookup", "--speaker", "Aino Laine", "--outlet", "ÅBO POST", "--db", db, "--format", "csv")
    assert found.exit_code == 0 and "Åbo Post,2024-03-04" in found.output
    [record] = [json.loads(line) for line in (tmp_path / "q.jsonl").read_text().splitlines()]
    assert (record["doc_id"], record["speaker"]) == ("tf-1", "Aino Laine")


def test_a_folder_names_what_it_does_not_read_and_reads_every_kind(tmp_path):
    folder, db = tmp_path / "inbox", tmp_path / "q.db"
    for month in ("05", "06"):
        (folder / "2024" / month).mkdir(parents=True)
        (folder / "2024" / month / "001.TXT").write_text(WIRE.replace("Monday", f"month {month}"), encoding="utf-8")
    (folder / "ruling.md").write_text("---\noutlet: Turku Daily\ndate: 2024-03-05\n---\n" + WIRE, encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    shutil.copy(PAGE, folder / "page.html")
    result = run("extract", folder, "--db", db, "--outlet", "Wire desk", "--jsonl", tmp_path / "q.jsonl")
    assert result.exit_code == 0, result.output
    assert f"ignored {folder / 'scan.pdf'}: unsupported type .pdf" in result.stderr
    assert "4 articles read" in result.stderr and "1 file of unsupported type ignored" in result.stderr
    assert rows(db, "select doc_id, outlet from article order by doc_id") == [
        ("2024/05/001", "Wire desk"), ("2024/06/001", "Wire desk"), ("page", "The Harbour Gazette"),
        ("ruling", "Turku Daily")]
    doc_ids = {json.loads(line)["doc_id"] for line in (tmp_path / "q.jsonl").read_text().splitlines()}
    assert doc_ids == {"2024/05/001", "2024/06/001", "page", "ruling"}
