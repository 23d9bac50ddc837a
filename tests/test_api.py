"""The Python API: quotes.extract on texts and Docs, quotes.Store on texts, files and folders."""
import pytest
import spacy

import quotes
from quotes.nlp import model_name
from quotes.storage import StoreError

MATCH = ('Late goal sinks Rovers\n\nRovers lost 2-1 at home on Saturday.\n\n'
         '"We switched off for one second and paid for it," said manager Ines Kovac.\n')
COURT = ('Judge delays ruling on port expansion\n\nThe hearing in Gdansk ran late.\n\n'
         '"The court needs the full environmental report first," Judge Marta Zielinska said.\n')


def test_extract_takes_a_text_or_a_doc_of_any_english_pipeline():
    [from_text] = quotes.extract(MATCH)
    doc = spacy.load(model_name())(MATCH)  # no "quotes" component in this one
    [from_doc] = quotes.extract(doc)
    assert (from_text.speaker, from_text.content.text) == (from_doc.speaker, from_doc.content.text)
    assert from_doc.speaker == "Ines Kovac" and from_doc.content.doc is doc
    with pytest.raises(TypeError, match="takes a str or a spaCy Doc, not bytes"):
        quotes.extract(MATCH.encode())


def test_a_store_takes_texts_files_and_folders_and_reads_back_plain_rows(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "court.txt").write_text(COURT, encoding="utf-8")
    store = quotes.Store(f"sqlite:///{tmp_path / 'sport.db'}")
    failed = []
    first = store.add([MATCH, tmp_path / "news", tmp_path / "missing.txt"], on_failed=lambda *f: failed.append(f))
    assert (first.read, first.quotes) == (2, 2)
    assert [path for path, _ in failed] == [str(tmp_path / "missing.txt")]
    assert store.add([MATCH]).unchanged == 1  # the same text again is the same article
    assert [row["quote"] for row in store.lookup("Judge Marta Zielinska")] == [
        "The court needs the full environmental report first,"]
    assert [row["speaker"] for row in store.search("switched off")] == ["Ines Kovac"]
    assert store.lookup("Kovac", outlet="Nowhere Daily") == []
    assert {s["speaker"] for s in store.statements(every=True)} == {"Ines Kovac", "Marta Zielinska"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news", "sport.db"]


def test_a_store_refuses_a_database_it_did_not_make(tmp_path):
    import sqlite3

    with sqlite3.connect(tmp_path / "shop.db") as conn:
        conn.execute("create table orders (id integer)")
    conn.close()
    store = quotes.Store(tmp_path / "shop.db")
    with pytest.raises(StoreError, match="not a quotes store"):
        store.add([MATCH])
    with pytest.raises(quotes.access.NotAStore, match="not a quotes store"):
        store.lookup("Kovac")
