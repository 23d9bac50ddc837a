"""Statements: renderings of one thing said, linked across articles."""
import json
import re
import sqlite3

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from quotes import variants
from quotes.cli import cli
from quotes.statements import Rendering, reason, speakers_agree

LEXICON = variants.load()


def rendering(nlp, article, speaker=None, via=None, speaker_type="person", article_id=None):
    """The first quotation (between “ ” marks) of ``article``, as the linker sees it."""
    match = re.search(r"“([^”]+)”", article)
    start, end = match.span(1)
    form = variants.form(nlp(article), start, end, LEXICON)
    return Rendering(0, article_id or hash(article), None, None, speaker,
                     speaker_type if speaker else None, via, match.group(1), form)


def test_translation_variants_normalise_alike(nlp):
    forms = [variants.normalise(nlp(text), LEXICON) for text in (
        "we will not stand idly by", "we will not sit idly by", "China won't sit back and watch")]
    assert all("~stand_idly_by" in form for form in forms)
    assert variants.normalise(nlp("an impassable red line"), LEXICON) == \
        variants.normalise(nlp("the insurmountable red line"), LEXICON)


def test_user_lexicon_extends_the_shipped_one(nlp, tmp_path, monkeypatch):
    extra = tmp_path / "mine.txt"
    extra.write_text("[phrases]\nrock the boat | make waves\n", encoding="utf-8")
    monkeypatch.setenv(variants.VARIANTS_ENV, str(extra))
    lexicon = variants.load()
    assert variants.normalise(nlp("They rocked the boat"), lexicon) == \
        variants.normalise(nlp("They made waves"), lexicon)
    assert "~stand_idly_by" in variants.normalise(nlp("sat idly by"), lexicon)


LINKED = [
    ("a translation variant, cut short",
     ("“We will not stand idly by,” Xi warned, according to state media.", "Xi Jinping", "state media"),
     ("Xi warned that Beijing won't “sit back and watch” if the curbs go on.", "Xi Jinping", "Foreign Ministry")),
    ("synonyms of the lexicon",
     ("Xi said Taiwan was an “impassable red line” for China.", "Xi Jinping", None),
     ("Xi called Taiwan “the first insurmountable red line” in relations.", "Xi Jinping", "Xinhua")),
    ("a fragment whose context tells what it is about",
     ("Xi accused the U.S. of having “launched an endless stream of measures to suppress” China's "
      "economy, trade and technology.", "Xi Jinping", "Xinhua"),
     ("Xi argued that the curbs “suppress China's trade and technology development” and more.",
      "Xi Jinping", "Chinese Foreign Ministry statement")),
    ("a derived word",
     ("“This is not risk removal but creation of risk,” Xi said.", "Xi Jinping", "Xinhua"),
     ("Xi said the curbs are “creating risks” for ties.", "Xi Jinping", None)),
    ("a person and the institution speaking for them",
     ("The White House said “the United States will continue to take necessary steps to prevent advanced "
      "American technologies from being used to undermine our national security.”", "White House", None),
     ("Biden said curbs are needed “to prevent advanced U.S. technologies from being used to undermine our "
      "national security.”", "Joe Biden", "White House readout")),
    ("a short cut whose speaker is unknown but whose context agrees",
     ("Biden pressed Xi to ensure “peace and stability” across the Taiwan Strait.", None, None),
     ("Biden stressed “peace and stability across the Taiwan Strait,” the statement said.", "Joe Biden", None)),
]

UNLINKED = [
    ("two statements of one speaker",
     ("“We will never allow Taiwan independence forces to split the country,” Xi said.", "Xi Jinping", None),
     ("“Our door to mutually beneficial cooperation will always stay open,” Xi said.", "Xi Jinping", None)),
    ("two words shared with a long quote",
     ("She said Mr. Smith “wants to know” why.", "Jane Doe", None),
     ("“I want to know where the money went, and the voters want to know what the council will do about "
      "the schools and the roads,” Mr. Smith said.", "John Smith", None)),
    ("one word in common",
     ("The official said the talks would come “soon.”", "senior administration official", None),
     ("“We will soon announce new sanctions on the companies,” Kirby said.", "John Kirby", None)),
    ("similar words from different speakers",
     ("“We want peace and stability in the region,” Putin said.", "Vladimir Putin", None),
     ("“We want peace and stability in the Taiwan Strait,” Biden said.", "Joe Biden", None)),
]


@pytest.mark.parametrize("case, a, b", LINKED, ids=[c[0] for c in LINKED])
def test_renderings_of_one_statement_link(nlp, case, a, b):
    first, second = rendering(nlp, *a), rendering(nlp, *b)
    assert reason(first, second, LEXICON) is not None
    assert reason(second, first, LEXICON) == reason(first, second, LEXICON)


@pytest.mark.parametrize("case, a, b", UNLINKED, ids=[c[0] for c in UNLINKED])
def test_different_statements_do_not_link(nlp, case, a, b):
    assert reason(rendering(nlp, *a), rendering(nlp, *b), LEXICON) is None


def test_quotes_of_one_article_are_not_linked_to_each_other(nlp):
    a = rendering(nlp, "“We will not sit idly by,” Xi said.", "Xi Jinping", article_id=1)
    b = rendering(nlp, "Xi said China would not “sit back and watch.”", "Xi Jinping", article_id=1)
    assert reason(a, b, LEXICON) is None


@pytest.mark.parametrize("a, b, agree", [
    (("Joe Biden", "person", "White House readout"), ("White House", "organization", None), True),
    (("Joe Biden", "person", None), ("White House", "organization", None), True),
    (("Xi Jinping", "person", "Xinhua"), ("Xinhua", "media", None), True),
    (("Biden", "person", None), ("Joe Biden", "person", None), True),
    (("Joe Biden", "person", None), ("senior official", "anonymous", None), None),
    (("Joe Biden", "person", None), (None, None, None), None),
    (("Joe Biden", "person", None), ("Vladimir Putin", "person", None), False),
])
def test_speakers_agree(a, b, agree):
    def who(name, type_, via):
        return Rendering(0, 0, None, None, name, type_, via, "", variants.Form(()))

    assert speakers_agree(who(*a), who(*b), LEXICON) == agree


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


@pytest.mark.parametrize("fmt, expected", [("table", "Xinhua"), ("csv", "statement,speaker,text,doc_id,outlet,published,url,via")])
def test_statements_as_table_and_csv(store, fmt, expected):
    result = CliRunner().invoke(cli, ["statements", "--db", str(store), "--format", fmt])
    assert result.exit_code == 0
    assert expected in result.output
