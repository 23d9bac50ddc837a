"""The statement linker keeps what it learnt of the store from one article to the next, and
what it keeps stays what the store would answer afresh."""
import pytest

from quotes.context import Attribution
from quotes.extraction import Quotation
from quotes.lemmas import Term, fts5_tokens, lemma_index
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


SAID = [  # (speaker, type, mention, text, lemmas) of one quote an article, in the order stored
    ("Carlo Ancelotti", "person", "Real Madrid coach Carlo Ancelotti",
     "We will not change the way we play, whatever the result in Munich", "change way play result munich"),
    ("Ancelotti", "person", "Ancelotti", "We won't change the way we play, whatever the result in Munich",
     "change way play result munich"),
    ("Xabi Alonso", "person", "Leverkusen coach Xabi Alonso",
     "We must change the way we play after this result in Munich", "change way play result munich"),
    ("a club official", "anonymous", "a club official",
     "We will not change the way we play, whatever the result in Munich", "change way play result munich"),
    ("Lyon City Council", "organization", "Lyon City Council", "The stadium vote will go ahead on Thursday as planned",
     "stadium vote go_ahead thursday plan"),
    ("Marie Dupont", "person", "city council spokeswoman Marie Dupont",
     "The stadium vote goes ahead on Thursday as planned", "stadium vote go_ahead thursday plan"),
    (None, None, None, "The vaccine cut hospital admissions by half in the Nairobi trial",
     "vaccine cut hospital admission half nairobi trial"),
    ("Amina Yusuf", "person", "Dr Amina Yusuf", "The vaccine cut hospital admissions by half in the Nairobi trial",
     "vaccine cut hospital admission half nairobi trial"),
]


def _statements(engine) -> list[int]:
    linker = Linker(engine, Variants())
    for n, (speaker, kind, mention, text, lemmas) in enumerate(SAID):
        said = Attribution(speaker, kind, None, mention, "said")
        save_article(engine, Article(f"s{n}", f"s{n}.txt", f"“{text},” {mention or 'it was said'} said."),
                     [Quotation(1, len(text) + 1, text, said)], [Form(tuple(lemmas.split()))])
        linker.link()
    with engine.connect() as conn:
        return [s for (s,) in conn.exec_driver_sql("select statement_id from quote order by id").all()]


def test_quotes_link_as_when_every_quote_s_candidates_are_ranked(engine, tmp_path, monkeypatch):
    found = _statements(engine)
    coach, _, other_coach, official, council, spokeswoman, unknown, doctor = found
    assert found[1] == found[3] == coach != other_coach  # the bare surname and an anonymous source's words
    assert spokeswoman == council and doctor == unknown  # one speaking for the other; word for word
    monkeypatch.setattr(Linker, "_may_link", lambda *args: True)  # rank every quote's candidates
    assert _statements(open_store(tmp_path / "ranked.db")) == found


def test_the_linker_knows_each_stored_quote_s_speaker(engine):
    linker = Linker(engine, Variants())
    for n, replace in [(0, False), (1, False), (1, True), (2, False)]:
        save(engine, n, replace)
        linker.link()
        with engine.connect() as conn:
            stored = conn.exec_driver_sql("select id, speaker_id from quote").all()
        assert {i: linker.memory.spoken[i] for i, _ in stored} == dict(stored)


def test_the_lemma_index_is_tidied_as_the_store_grows_by_a_tenth():
    kept, step = memory.Memory(), 50  # quotes stored between two articles' linking
    due = [n for n in range(0, 20_000, step) if kept.untidy(n)]
    grown = [(n, n - before) for before, n in zip([0] + due, due)]
    assert due[0] == 200 and all(max(200, n / 10) <= by < max(200, n / 10) + step for n, by in grown)
    assert len(due) <= 31  # a tidy costs about the store's size: a tenth apart, it costs a few pages a quote


def test_a_tidied_lemma_index_finds_and_ranks_the_same_quotes(engine):
    for n in range(6):
        save(engine, n)
    Linker(engine, Variants()).link()
    terms = {Term(("appeal",)), Term(("stadi",), prefix=True)}
    with engine.begin() as conn:
        lemmas = lemma_index(conn)
        before = lemmas.candidates(terms, True, 3), sorted(lemmas.reachable([(terms, True)])), lemmas.vocabulary()
        lemmas.tidy()
        assert (lemmas.candidates(terms, True, 3), sorted(lemmas.reachable([(terms, True)])), lemmas.vocabulary()) == before
    assert len(before[1]) == 6  # every quote saying "appeal" or "stadium"


def test_a_word_holding_a_double_quote_is_looked_up_as_a_word(engine):
    for n in range(2):
        save(engine, n)
    Linker(engine, Variants()).link()
    terms = {Term(('">sid',), prefix=True), Term(("appeal",))}  # a stray mark glued to a word
    with engine.begin() as conn:
        lemmas = lemma_index(conn)
        assert len(lemmas.reachable([(terms, True)])) == 2 and len(lemmas.candidates(terms, True, 3)) == 2
