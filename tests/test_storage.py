"""Saving articles: each in one transaction, speakers shared across articles, copies without a parse."""
import hashlib
import sqlite3

import pytest

from quotes.extraction import Quotation
from quotes.sources import Article
from quotes.sources.record import text_hash
from quotes.speakers import Attribution
from quotes.storage import copy_article, open_store, save_article
from quotes.variants import Form

RULING = Article("ruling", "ruling.txt", "“The appeal fails,” said Judge Amira Haddad.\n", "ruling")
SENTENCE = Article("sentence", "sentence.txt", "“Six years is fair,” Haddad told the court in Leeds.\n", "sentence")
HADDAD = "Amira Haddad"


def said(article, words, speaker, mention, kind="person"):
    start = article.text.index(words)
    at = article.text.index(mention)
    return Quotation(start, start + len(words), words, Attribution(speaker, kind, (at, at + len(mention)), mention, "said"))


@pytest.fixture
def db(tmp_path):
    return tmp_path / "q.db"


def rows(db, sql):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_articles_quoting_one_speaker_share_the_speaker_and_add_the_names_it_was_called(db):
    engine = open_store(db)
    save_article(engine, RULING, [said(RULING, "The appeal fails,", HADDAD, "Judge Amira Haddad")],
                 [Form(("appeal", "fail"))])
    save_article(engine, SENTENCE, [said(SENTENCE, "Six years is fair,", HADDAD, "Haddad")])
    engine.dispose()

    assert rows(db, "select name, type, first_key, last_key from speaker") == [(HADDAD, "person", "amira", "haddad")]
    assert rows(db, "select alias from speaker_alias order by alias") == [("Amira Haddad",), ("Haddad",)]
    assert rows(db, "select a.key, q.text, q.norm, q.mention_text from quote q join article a on a.id = q.article_id "
                    "order by q.id") == [("ruling", "The appeal fails,", "appeal fail", "Judge Amira Haddad"),
                                         ("sentence", "Six years is fair,", None, "Haddad")]


def test_an_article_that_fails_to_store_leaves_nothing_behind(db):
    engine = open_store(db)
    broken = Quotation(1, 5, None, Attribution("Leeds Crown Court", "organization", None, None, "said"))

    with pytest.raises(Exception):
        save_article(engine, RULING, [said(RULING, "The appeal fails,", HADDAD, "Judge Amira Haddad"), broken])
    engine.dispose()

    assert rows(db, "select count(*) from article") == [(0,)]
    assert rows(db, "select count(*) from speaker") == rows(db, "select count(*) from quote") == [(0,)]


def test_storing_an_article_again_replaces_its_quotes_unless_asked_to_keep_the_same_text(db):
    engine = open_store(db)
    first = save_article(engine, RULING, [said(RULING, "The appeal fails,", HADDAD, "Judge Amira Haddad")])

    assert save_article(engine, RULING, [], replace=False) == first
    assert rows(db, "select count(*) from quote") == [(1,)]
    again = save_article(engine, RULING, [])
    engine.dispose()

    assert rows(db, "select id from article") == [(again,)]
    assert rows(db, "select count(*) from quote") == [(0,)]


def test_a_wire_story_in_another_outlet_gets_a_copy_of_the_quotes_of_the_same_text(db):
    engine = open_store(db)
    wire = Article("ruling", "b.txt", RULING.text, "outlet-b/ruling")
    assert copy_article(engine, wire) is None  # no stored article has its text yet
    save_article(engine, RULING, [said(RULING, "The appeal fails,", HADDAD, "Judge Amira Haddad")])

    assert copy_article(engine, wire) == 1
    engine.dispose()

    assert rows(db, "select a.key, q.text, s.name from quote q join article a on a.id = q.article_id "
                    "join speaker s on s.id = q.speaker_id order by a.key") == [
        ("outlet-b/ruling", "The appeal fails,", HADDAD), ("ruling", "The appeal fails,", HADDAD)]


def test_a_long_article_is_known_by_the_hash_of_its_whole_text_as_stores_hold_it():
    long = "“Ça ira,” said the mayor of Lyon. 😀\n" * 60_000  # over a megabyte, pieces cut inside no character

    assert text_hash(long) == hashlib.sha256(long.encode("utf-8")).hexdigest()
    assert Article("x", "x.txt", long).hash == text_hash(long)
