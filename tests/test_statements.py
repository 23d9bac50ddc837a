"""Statements: renderings of one thing said, linked across articles."""
import json
import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from quotes import variants
from quotes.cli import cli
from quotes.statements.compare import Rendering, compare, speakers_agree

LEXICON = variants.load()


def rendering(nlp, article, speaker=None, via=None, speaker_type="person", article_id=None, mentions=(),
              published=None, lexicon=LEXICON):
    """The first quotation (between “ ” marks) of ``article``, as the linker sees it."""
    match = re.search(r"“([^”]+)”", article)
    start, end = match.span(1)
    form = variants.form(nlp(article), start, end, lexicon)
    return Rendering(0, article_id or hash(article), match.group(1), form, speaker,
                     speaker_type if speaker else None, via, mentions, published)


def test_translation_variants_normalise_alike(nlp):
    forms = [variants.normalise(nlp(text), LEXICON) for text in (
        "we will not stand idly by", "we will not sit idly by", "the league won't sit back and watch")]
    assert all("~stand_idly_by" in form for form in forms)


def test_user_lexicon_extends_the_shipped_one(nlp, tmp_path, monkeypatch):
    extra = tmp_path / "mine.txt"
    extra.write_text("[phrases]\nrock the boat | make waves\n", encoding="utf-8")
    monkeypatch.setenv(variants.VARIANTS_ENV, str(extra))
    lexicon = variants.load()
    assert variants.normalise(nlp("They rocked the boat"), lexicon) == \
        variants.normalise(nlp("They made waves"), lexicon)
    assert "~stand_idly_by" in variants.normalise(nlp("sat idly by"), lexicon)


def test_a_lexicon_of_speakers_is_refused(tmp_path):
    old = tmp_path / "old.txt"
    old.write_text("[speakers]\nCity Council | Mayor Anna Berg\n", encoding="utf-8")
    with pytest.raises(ValueError, match="read from the articles"):
        variants.Variants().add_file(old)


def test_negated_words_are_marked_even_outside_a_cut(nlp):
    text = "The union said it won’t “sit back and watch” while the plant closes."
    start = text.index("sit")
    assert variants.form(nlp(text), start, start + len("sit back and watch"), LEXICON).negated == ("~stand_idly_by",)


LINKED = [
    ("a translation variant of the lexicon, cut short",
     ("“We will not stand idly by while clinics close,” Moreau warned.", "Claire Moreau", None),
     ("Moreau said the ministry won't “sit back and watch” if clinics keep closing.", "Claire Moreau", None)),
    ("morphological relatives",
     ("The governor said the bank “will take firm measures against speculation on the krona.”",
      "Elena Markovic", None),
     ("Markovic said it would “take firm countermeasures against speculators of the krona.”",
      "Elena Markovic", None)),
    ("a provocation and provoking",
     ("“The fans deliberately provoked the visiting players,” the referee Jan Novak said.", "Jan Novak", None),
     ("Novak spoke of a “deliberate provocation of the visiting players.”", "Jan Novak", None)),
    ("a fragment whose context tells what it is about",
     ("Osei said the cuts were “a direct attack on” rural hospitals, nurses and midwives.", "Samuel Osei", None),
     ("Osei called the plan “a direct attack on rural hospitals and nurses.”", "Samuel Osei", None)),
    ("a spokeswoman and the ministry she speaks for, as the articles name her",
     ("“We call on all parents to vaccinate their children without delay,” Lima said.", "Ana Lima", None),
     ("The ministry urged “all parents to vaccinate their children immediately.”", "Health Ministry", None)),
    ("two short renderings in loose synonyms",
     ("“Rui has our complete trust,” Lindqvist told the club's website.", "Tomas Lindqvist", None),
     ("Lindqvist said the coach enjoys the board's “total confidence.”", "Tomas Lindqvist", None)),
    ("a participle and the adjective it is a synonym of",
     ("“We are sure the results will come,” Lindqvist said.", "Tomas Lindqvist", None),
     ("“I am convinced the results will come,” Lindqvist said.", "Tomas Lindqvist", None)),
    ("one speaker's two translations of one sentence",
     ("“There is no question of changing the coach during the season,” Lindqvist said.", "Tomas Lindqvist", None),
     ("Lindqvist saw “absolutely no question of replacing the coach mid-season.”", "Tomas Lindqvist", None)),
]

UNLINKED = [
    ("two statements of one speaker",
     ("“We will never allow the stadium to be sold,” Lindqvist said.", "Tomas Lindqvist", None),
     ("“Our academy will always stay open to local children,” Lindqvist said.", "Tomas Lindqvist", None)),
    ("the same words said and denied",
     ("“We will allow the merger to go ahead,” the regulator's chair Ines Duarte said.", "Ines Duarte", None),
     ("“We will never allow the merger to go ahead,” Duarte said.", "Ines Duarte", None)),
    ("two words shared with a long quote",
     ("She said Mr. Smith “wants to know” why.", "Jane Doe", None),
     ("“I want to know where the money went, and the voters want to know what the council will do about "
      "the schools and the roads,” Mr. Smith said.", "John Smith", None)),
    ("a paraphrase whose speaker is unknown, not word for word",
     ("“The council will close the library and the swimming pool next spring,” a notice said.", None, None),
     ("Residents heard the council “is going to shut the swimming pool and the library in spring.”", None, None)),
    ("names shared, nothing said alike",
     ("“We will not allow Lars Berg to become chairman of Harbour Rovers,” Lindqvist said.", "Tomas Lindqvist", None),
     ("“Let me make it very clear, as I have said so many times before, that Lars Berg is unfit to be chairman "
      "of Harbour Rovers,” Lindqvist said.", "Tomas Lindqvist", None)),
    ("loose synonyms in long quotes",
     ("“We will take great care of the players and the staff who have been treated badly,” Lindqvist said.",
      "Tomas Lindqvist", None),
     ("“I don't know one supporter who doesn't want a good deal, a proper deal, for the players,” Lindqvist said.",
      "Tomas Lindqvist", None)),
    ("two words found as one loose synonym",
     ("“I watched him, and I learned from him,” the coach Rui Costa said of his mentor.", "Rui Costa", None),
     ("“We have a problem, and we have to find out what it is,” Costa said.", "Rui Costa", None)),
    ("the same words said and denied after a copula",
     ("“Inflation at four percent is a crisis for the central bank,” Governor Elena Markovic said.",
      "Elena Markovic", None),
     ("“Inflation at four percent is not a crisis for the central bank,” Markovic said.", "Elena Markovic", None)),
    ("the same words from two speakers",
     ("“We want to win the league this season,” the Rovers captain Leo Park said.", "Leo Park", None),
     ("“We want to win the league this season,” the City captain Omar Haddad said.", "Omar Haddad", None)),
]


NO_LEXICON = variants.Variants()


def test_what_a_negation_bears_on(nlp):
    def negated(text):
        return variants.form(nlp(text), 0, len(text), NO_LEXICON).negated
    assert negated("The union won't sit back and watch.") == ("sit_back", "watch")
    assert negated("The union won't sit, and it will watch.") == ("sit",)
    assert negated("Whether or not the council is willing to sell the ferry, we sail.") == ()
    assert negated("Nobody, not me, not the mayor, wanted the ferry sold.") == ("want",)
    assert negated("The deficit is not a crisis.") == ("crisis",)
    assert negated("The ministry said it was never a problem.") == ("problem",)
    assert negated("This is not a loan but a grant.") == ("loan",)


def test_nothing_negates_only_the_verb_it_is_an_argument_of(nlp):
    from spacy.tokens import Doc
    words = ["if", "owners", "get", "to", "pick", "the", "coach", ",", "nothing", "works"]
    heads = [2, 2, 9, 4, 2, 6, 4, 9, 2, 9]  # "nothing" hung from "get" as the parser sometimes does
    deps = ["mark", "nsubj", "advcl", "aux", "xcomp", "det", "dobj", "punct", "npadvmod", "ROOT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=["SCONJ", "NOUN", "VERB", "PART", "VERB", "DET",
                                                                   "NOUN", "PUNCT", "PRON", "VERB"],
              lemmas=["if", "owner", "get", "to", "pick", "the", "coach", ",", "nothing", "work"])
    assert variants.form(doc, 0, len(doc.text), NO_LEXICON).negated == ()
    doc[8].dep_, doc[8].head = "nsubj", doc[9]
    assert variants.form(doc, 0, len(doc.text), NO_LEXICON).negated == ("work",)


def test_a_phrasal_verb_links_the_one_wordnet_gives_as_its_synonym(nlp):
    def said(text, speaker, article_id=None):
        return rendering(nlp, text, speaker, article_id=article_id, lexicon=NO_LEXICON)
    full = said("“If prices keep rising this fast, we will not sit idly by,” Governor Elena Markovic said.",
                "Elena Markovic", 1)
    cut = said("Markovic said the central bank would not “sit back and watch” as prices climb.", "Elena Markovic", 2)
    link = compare(full, cut, NO_LEXICON)
    assert link and link.rule == "cut" and set(link.words) == {"sit_back=sit_by", "watch=sit_by"}
    denied = said("Markovic said the bank “will sit back and watch” how the market settles.", "Elena Markovic", 3)
    assert compare(full, denied, NO_LEXICON) is None
    board = said("“The board will not back down,” the chairman Tomas Lindqvist said.", "Tomas Lindqvist")
    club = said("Lindqvist said the club “would never back off.”", "Tomas Lindqvist")
    assert compare(board, club, NO_LEXICON).words == ("back_off=back_down",)

@pytest.mark.parametrize("case, a, b", LINKED, ids=[c[0] for c in LINKED])
def test_renderings_of_one_statement_link(nlp, case, a, b):
    mentions = ("Health Ministry spokeswoman Ana Lima",) if a[1] == "Ana Lima" else ()
    first, second = rendering(nlp, *a, mentions=mentions), rendering(nlp, *b, speaker_type="organization"
                                                                     if b[1] == "Health Ministry" else "person")
    link = compare(first, second, LEXICON)
    assert link is not None and link.words
    assert compare(second, first, LEXICON) == link


@pytest.mark.parametrize("case, a, b", UNLINKED, ids=[c[0] for c in UNLINKED])
def test_different_statements_do_not_link(nlp, case, a, b):
    assert compare(rendering(nlp, *a), rendering(nlp, *b), LEXICON) is None


def test_quotes_of_one_article_are_not_linked_to_each_other(nlp):
    a = rendering(nlp, "“We will not sit idly by,” Moreau said.", "Claire Moreau", article_id=1)
    b = rendering(nlp, "Moreau said she would not “sit back and watch.”", "Claire Moreau", article_id=1)
    assert compare(a, b, LEXICON) is None


def test_a_cut_of_common_words_needs_a_rarer_one(nlp):
    cut = rendering(nlp, "Berg warned that “bad things are going to happen.”", "Anna Berg", article_id=1)
    long = rendering(nlp, "“If the council sells the ferry, a lot of bad things are going to happen to the islands "
                          "and to the harbour,” Berg said.", "Anna Berg", article_id=2)
    common = {"bad": 0.6, "thing": 0.5, "go": 0.3, "happen": 0.6}
    assert compare(cut, long, LEXICON, rarity=lambda w: common.get(w, 1.0)) is None
    assert compare(cut, long, LEXICON, rarity=lambda w: 1.0)


def test_one_speakers_words_said_word_for_word_link_common_as_they_are(nlp):
    def said(text, speaker, article_id):
        return rendering(nlp, text, speaker, article_id=article_id)
    common = lambda word: 0.5  # noqa: E731  every word in many quotes of the store
    short = said("“How many times do we have to see this in our league?” the coach Rui Costa asked.", "Rui Costa", 1)
    long = said("“How many times do we have to see this in our league? A boy of sixteen with a broken leg, "
                "and not even a yellow card,” Costa said.", "Rui Costa", 2)
    assert compare(short, long, LEXICON, rarity=common).rule == "verbatim"
    other = said("“How many times do we have to see this in our league?” the Rovers captain Leo Park asked.",
                 "Leo Park", 3)
    assert compare(short, other, LEXICON, rarity=common) is None
    rare = lambda word: 1.0 if word == "strong" else 0.5  # noqa: E731
    whole = said("Costa said losing the final “makes us stronger.”", "Rui Costa", 6)
    assert compare(whole, said("“That makes us stronger,” Costa said of the defeat.", "Rui Costa", 7), LEXICON,
                   rarity=rare).rule == "verbatim"
    hope = said("Asked about a new contract, Costa said: “I hope to.”", "Rui Costa", 8)
    assert compare(hope, said("“I am not there yet. I hope to, though,” Costa said.", "Rui Costa", 9), LEXICON,
                   rarity=rare) is None  # one word said whole tells little
    fewer = said("Costa warned that “bad things are going to happen in this league.”", "Rui Costa", 4)
    assert compare(fewer, said("“If nothing changes, bad things are going to happen to the players,” Costa said.",
                               "Rui Costa", 5), LEXICON, rarity=common) is None


def test_renderings_weeks_apart_are_not_linked(nlp):
    said = "“There is no question of changing the coach during the season,” Lindqvist said."
    a = rendering(nlp, said, "Tomas Lindqvist", article_id=1, published=date(2026, 3, 2))
    days_later = rendering(nlp, said, "Tomas Lindqvist", article_id=2, published=date(2026, 3, 4))
    weeks_later = rendering(nlp, said, "Tomas Lindqvist", article_id=3, published=date(2026, 5, 4))
    assert compare(a, days_later, LEXICON)
    assert compare(a, weeks_later, LEXICON) is None


def test_renderings_linked_for_being_days_apart_say_so(nlp):
    def said(text, article_id, published=None):
        return rendering(nlp, text, "Tomas Lindqvist", article_id=article_id, published=published)
    board = "“The board will fight the stadium ban in court,” Lindqvist said."
    club = "“This stadium ban will end up in court, and we will win there,” Lindqvist said."
    assert compare(said(board, 1), said(club, 2), LEXICON) is None
    link = compare(said(board, 1, date(2026, 3, 2)), said(club, 2, date(2026, 3, 4)), LEXICON)
    assert link.words == ("ban", "court", "stadium", "(2-days-apart)")
    # at that bar the other's words must be found too: here not most of them
    riot = "“The stadium ban ends up in court after fans rioted at the derby,” Lindqvist said."
    assert compare(said(board, 1, date(2026, 3, 2)), said(riot, 2, date(2026, 3, 3)), LEXICON) is None


@pytest.mark.parametrize("a, b, agree", [
    (("Rui Duarte", "person", "club website", ()), ("Harbour Rovers", "organization", None, ()), False),
    (("Ana Lima", "person", None, ("Health Ministry spokeswoman Ana Lima",)),
     ("Health Ministry", "organization", None, ()), True),
    (("Ana Lima", "person", None, ()), ("Health Ministry", "organization", None, ()), False),
    (("Elena Markovic", "person", "Valdoria Broadcasting", ()), ("Valdoria Broadcasting", "media", None, ()), True),
    (("Markovic", "person", None, ()), ("Elena Markovic", "person", None, ()), True),
    (("Anna Berg", "person", None, ()), ("Lars Berg", "person", None, ()), False),
    (("Elena Markovic", "person", None, ()), ("senior official", "anonymous", None, ()), None),
    (("Tomas Lindqvist", "person", None, ("Rovers chairman Tomas Lindqvist",)),
     ("Rui Duarte", "person", None, ()), False),
])
def test_speakers_agree(a, b, agree):
    def who(name, type_, via, mentions):
        return Rendering(0, 0, "", variants.Form(()), name, type_, via, mentions)

    assert speakers_agree(who(*a), who(*b)) is agree


def groups(db):
    """The statements of a store as sets of (doc_id, quote start)."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select q.statement_id, a.doc_id, q.start from quote q "
                            "join article a on a.id = q.article_id").fetchall()
    by_statement = {}
    for statement, doc_id, start in rows:
        by_statement.setdefault(statement, set()).add((doc_id, start))
    return {frozenset(members) for members in by_statement.values()}


def test_article_by_article_in_any_order_gives_the_same_statements(tmp_path):
    articles = sorted(SAMPLES.glob("*.txt"))
    all_at_once, one_by_one = tmp_path / "a.db", tmp_path / "b.db"
    CliRunner().invoke(cli, ["extract", *map(str, articles), "--db", str(all_at_once)], catch_exceptions=False)
    for article in reversed(articles):
        CliRunner().invoke(cli, ["extract", str(article), "--db", str(one_by_one)], catch_exceptions=False)
    assert groups(all_at_once) == groups(one_by_one)
    CliRunner().invoke(cli, ["extract", str(articles[1]), "--db", str(one_by_one), "--force"],
                       catch_exceptions=False)
    assert groups(all_at_once) == groups(one_by_one)
    with sqlite3.connect(one_by_one) as conn:
        assert conn.execute("select count(*) from statement where id not in "
                            "(select statement_id from quote)").fetchone() == (0,)
        assert conn.execute("select count(*) from quote where statement_id is null").fetchone() == (0,)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("statements") / "q.db"
    CliRunner().invoke(cli, ["extract", str(SAMPLES), "--db", str(db)], catch_exceptions=False)
    return db


def test_statements_as_json(store):
    result = CliRunner().invoke(cli, ["statements", "--db", str(store), "--speaker", "xi", "--format", "json"])
    assert result.exit_code == 0, result.output
    idly = next(s for s in json.loads(result.output) if "idly" in s["text"])
    assert idly["speaker"] == "Xi Jinping"
    assert idly["text"].startswith("If the United States is willing")  # the fullest rendering
    assert {v["text"] for v in idly["variants"]} >= {"sit back and watch"}
    assert {v["via"] for v in idly["variants"]} >= {"Chinese state media", "Xinhua"}
    assert any(link["rule"] == "cut" and "~stand_idly_by" in link["words"]
               for v in idly["variants"] for link in v["links"])


@pytest.mark.parametrize("fmt, expected", [("table", "Xinhua"), ("csv", "statement,quote,speaker,text,doc_id,outlet,published,url,via,linked")])
def test_statements_as_table_and_csv(store, fmt, expected):
    result = CliRunner().invoke(cli, ["statements", "--db", str(store), "--format", fmt])
    assert result.exit_code == 0
    assert expected in result.output
    if fmt == "csv":
        assert "cut: create/creation risk" in result.output


HELD_OUT = Path(__file__).parent / "data" / "variants"


def test_renderings_by_three_outlets_link_in_other_stories(tmp_path):
    """Three stories (a central bank, a football club, a health ministry), each told by three
    dated outlets in their own translation or paraphrase: no false link, and link F1 0.85 or
    more (0.91 measured: one-word cuts like "under control" are still missed)."""
    jsonl = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(HELD_OUT / "texts"), "--db", str(tmp_path / "q.db"), "--jsonl", str(jsonl)])
    assert result.exit_code == 0, result.output
    gold = _pairs({(a["doc_id"], q["start"]): q.get("statement") for line in (HELD_OUT / "gold.jsonl").open()
                   for a in [json.loads(line)] for q in a["quotes"]})
    found = _pairs({(r["doc_id"], r["start"]): r["statement"] for r in map(json.loads, jsonl.open())})
    precision, recall = len(gold & found) / len(found), len(gold & found) / len(gold)
    assert precision == 1.0
    assert 2 * precision * recall / (precision + recall) >= 0.85


def _pairs(statement_of: dict) -> set:
    """Cross-article pairs of quotes (doc_id, start) sharing a statement."""
    quotes = sorted(k for k, v in statement_of.items() if v is not None)
    return {(a, b) for i, a in enumerate(quotes) for b in quotes[i + 1:]
            if a[0] != b[0] and statement_of[a] == statement_of[b]}


BUDGET = {  # one speaker's stock phrase, in three statements of one story and a cut of it
    "port": "port operators must pay their fair share of the harbour repairs",
    "landlords": "every landlord in the city must pay their fair share of the new school taxes",
    "ferries": "ferry companies must pay their fair share of the cost of cleaner fuel",
    "business": None,
}


def _budget_articles(folder: Path) -> list[Path]:
    paths = []
    for day, (topic, said) in zip(("Monday", "Tuesday", "Wednesday", "Thursday"), BUDGET.items()):
        quote = f"“The {said},” Berg told the budget debate." if said else \
            "Businesses “must pay their fair share,” Berg told the budget debate."
        paths.append(folder / f"{topic}.txt")
        paths[-1].write_text(f"Budget row: {topic}\n\nTROMSO - Mayor Anna Berg said on {day} that the {topic} must pay "
                             f"more under the city budget, as the council debated the levies.\n\n{quote}\n",
                             encoding="utf-8")
    return paths


@pytest.mark.parametrize("stock_phrases", [True, False])
def test_a_stock_phrase_does_not_link_its_cut_in_any_order(tmp_path, monkeypatch, stock_phrases):
    from quotes.statements import stock

    if not stock_phrases:  # the rule off: the cut joins the three statements
        monkeypatch.setattr(stock, "STOCK", 99)
    articles = _budget_articles(tmp_path)
    at_once, cut_first = tmp_path / "a.db", tmp_path / "b.db"
    CliRunner().invoke(cli, ["extract", *map(str, articles), "--db", str(at_once)], catch_exceptions=False)
    for article in articles[-1:] + articles[:-1]:
        CliRunner().invoke(cli, ["extract", str(article), "--db", str(cut_first)], catch_exceptions=False)
    assert groups(at_once) == groups(cut_first)
    assert (len(groups(at_once)) == 4) is stock_phrases



def test_a_phrase_said_twice_in_one_article_counts_once_toward_a_stock_phrase(tmp_path):
    """The mayor says a cut's words in a second quote of the article holding the longer quote
    and in one other article: one other article, not two, so not yet a stock phrase."""
    from quotes.statements import stock
    from quotes.storage import open_store

    texts = {
        "2026-03-02_monday": "“The island ferry must run every hour in winter, and the harbour levy will pay for the "
                             "crews,” Mayor Anna Berg said.\n\nLater she added: “I will say it again and again to the "
                             "council and to the islanders: the ferry must run every hour in winter, whatever it "
                             "costs.”\n",
        "2026-03-03_tuesday": "Berg insisted the ferry “must run every hour in winter.”\n",
        "2026-03-04_friday": "“Like the ferry, the boats must run every hour in winter,” Mayor Anna Berg said.\n",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "q.db"
    CliRunner().invoke(cli, ["extract", str(tmp_path), "--db", str(db)], catch_exceptions=False)
    with sqlite3.connect(db) as conn:
        ids = dict(conn.execute("select a.doc_id || ':' || q.start, q.id from quote q join article a on a.id = q.article_id"))
        speaker = conn.execute("select id from speaker where name = 'Anna Berg'").fetchone()[0]
    longer, cut = min(i for k, i in ids.items() if "monday" in k), next(i for k, i in ids.items() if "tuesday" in k)
    with open_store(db).connect() as conn:
        assert not stock.is_stock(conn, speaker, ("hour", "run", "winter"), (longer, cut))
