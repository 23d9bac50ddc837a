"""The statement linker keeps what it learnt of the store from one article to the next, and
what it keeps stays what the store would answer afresh."""
import pytest

from quotes.context import Attribution
from quotes.extraction import Quotation
from quotes.lemmas import fts5_tokens, lemma_index
from quotes.sources.record import Article
from quotes.statements import memory
from quotes.statements.linker import Linker
from quotes.storage import open_store, save_article
from quotes.variants import Form, Variants

NORMS = [  # (words, context) of quotes as the workers lemmatise them
    ("court reject appeal club", "judge castañeda say monday"),
    ("appeal reject court ruling final", "lawyer say"),
    ("stadium plan vote council", "councillor søren nielsen say"),
    ("club appeal final ruling", "chairman say zürich"),
    ("vote stadium council tonight", "mayor say"),
]


@pytest.mark.parametrize("text", ["judge castañeda say", "François Hollande, in Zürich,", "o’clock — 18.7 %",
                                  "naïve résumé", "the copyright © notice", "no\u00a0break", "søren", "東京"])
def test_the_index_tokens_of_a_text_are_those_fts5_makes(tmp_path, text):
    engine = open_store(tmp_path / "q.db")
    save_article(engine, Article("a", "a.txt", "“Fine,” she said."),
                 [Quotation(1, 5, "Fine", Attribution())], [Form(tuple(text.split()))])
    with engine.connect() as conn:
        held = {t for (t,) in conn.exec_driver_sql("select term from quote_lemma_fts_vocab").all()}
    told = fts5_tokens(text)
    assert told is None or told == held
    assert (told is None) == any(c in text for c in "ø東")  # letters whose folding is not known here


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    engine = open_store(request.getfixturevalue("postgres").new_database() if request.param == "postgresql"
                        else tmp_path / "q.db")
    yield engine
    engine.dispose()


def save(engine, n: int, replace: bool = False) -> None:
    words, context = NORMS[n % len(NORMS)]
    said = Attribution("Ana Castañeda", "person", None, "Judge Ana Castañeda", "said")
    article = Article(f"a{n}", f"a{n}.txt", f"“{words.capitalize()},” Castañeda said. ({n}{'b' if replace else ''})")
    save_article(engine, article, [Quotation(1, len(words) + 2, words, said)],
                 [Form(tuple(words.split()), tuple(context.split()))], replace=replace)


@pytest.mark.parametrize("whole", [memory.WHOLE, 0], ids=["vocabulary-read-whole", "tokens-looked-up"])
def test_document_frequencies_kept_from_article_to_article_are_the_index_s(engine, whole, monkeypatch):
    monkeypatch.setattr(memory, "WHOLE", whole)
    linker = Linker(engine, Variants())
    steps = [(0, False, 1), (1, False, 2), (3, False, 3), (2, False, 3), (4, False, 3), (1, True, 3), (5, False, 4)]
    for n, replace, appeal in steps:  # quotes saying "appeal" once each is stored
        save(engine, n, replace)  # article 1 replaced at last: its quote deleted, another stored
        linker.link()
        with engine.connect() as conn:
            fresh = lemma_index(conn).dfs(sorted(linker.memory.df))
            held = lemma_index(conn).vocabulary()
        assert linker.memory.df == {t: fresh.get(t, 0) for t in linker.memory.df}
        assert linker.memory.whole == bool(whole) and (held.keys() <= linker.memory.df.keys() or not whole)
        if n in (0, 1, 3):  # its quote says "appeal": learnt, then counted in article after article
            assert linker.memory.df["appeal"] == appeal


def test_a_speaker_s_mentions_are_read_again_once_an_article_names_them_anew(engine):
    linker = Linker(engine, Variants())
    save(engine, 0)
    linker.link()
    said = Attribution("Ana Castañeda", "person", None, "Supreme Court judge Ana Castañeda", "said")
    save_article(engine, Article("b", "b.txt", "“Appeal rejected,” said the judge."),
                 [Quotation(1, 16, "Appeal rejected", said)], [Form(("appeal", "reject"))])
    linker.link()
    assert list(linker.memory.mentions.values()) == [("Judge Ana Castañeda", "Supreme Court judge Ana Castañeda")]
