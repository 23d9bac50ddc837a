"""`quotes check`: did this person really say these words? Verdicts, evidence and exit codes."""
import csv
import io
import json
import re
import shlex

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from quotes.check.wording import compare
from quotes.cli import cli

ARTICLES = {
    "bank.md": """---
outlet: Nordic Finance Wire
date: 2024-03-14
url: https://finance.example/riksbank-holds
---
Riksbank holds rates, warns of further hikes

The Swedish central bank kept its policy rate at 4 percent on Thursday.

"If inflation persists above our target, we will not hesitate to raise rates again," Governor Ingrid Halvorsen told reporters in Stockholm.

"The krona has been too weak for too long," Halvorsen said.
""",
    "health.md": """---
outlet: Stockholm Daily
date: 2024-10-02
url: https://daily.example/hospitals-winter
---
Hospitals told to prepare for a hard winter

Health Minister Tomas Lindgren said on Wednesday that hospitals must expand their intensive care capacity before December.

"Every region must be ready to open extra beds within forty-eight hours," Lindgren said at a press conference.

“We cannot afford another winter of cancelled operations,” he added.
""",
    "derby.md": """---
outlet: Sport Express
date: 2024-09-15
url: https://sport.example/ekdahl-referees
---
Hammarby coach fumes at referees after injury

Hammarby coach Marta Ekdahl criticised the referees after her captain was carried off in Sunday's derby.

"We will not sit back and watch our players get injured week after week," Ekdahl said after the match.
""",
    "league.md": """---
outlet: SVT Sport
date: 2024-09-16
url: https://svt.example/ekdahl-league
---
Ekdahl: referees must protect players

Marta Ekdahl, the Hammarby coach, said her side would complain to the league.

"We won't stand idly by while our players get hurt week after week," Ekdahl told the Swedish broadcaster SVT.
""",
}
KEYS = {"quote", "speaker", "outlet", "published", "url", "similarity", "relation", "differences"}


def extract(folder, *paths):
    db = folder / "quotes.db"
    result = CliRunner().invoke(cli, ["extract", *map(str, paths), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def own(tmp_path_factory):
    """A central banker, a health minister and a football coach quoted by two outlets."""
    folder = tmp_path_factory.mktemp("check")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return extract(folder, *(folder / name for name in ARTICLES))


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    return extract(tmp_path_factory.mktemp("samples"), SAMPLES)


def check(db, words, *options, code=0):
    """The JSON verdict of `quotes check`, its exit code asserted."""
    result = CliRunner().invoke(cli, ["check", words, *options, "--db", str(db), "--format", "json"])
    assert result.exit_code == code, result.output
    verdict = json.loads(result.stdout)
    assert set(verdict) == {"verdict", "speaker", "matches"}
    assert all(set(m) == KEYS for m in verdict["matches"])
    return verdict


def test_a_whole_quote_is_verbatim_whatever_its_case_and_quote_marks(own):
    verdict = check(own, "we cannot afford another winter of cancelled operations!", "--speaker", "Lindgren")
    assert verdict["verdict"] == "verbatim" and verdict["speaker"] == "Tomas Lindgren"
    [match] = verdict["matches"]
    assert match["quote"] == "We cannot afford another winter of cancelled operations,"
    assert (match["outlet"], match["published"], match["url"]) == (
        "Stockholm Daily", "2024-10-02", "https://daily.example/hospitals-winter")
    assert match["similarity"] == 1.0 and match["relation"] == "verbatim"
    assert match["differences"] == {"before": "", "after": "", "added": [], "removed": [], "substituted": []}


def test_a_cut_shows_the_conditional_it_dropped(own):
    verdict = check(own, "we will not hesitate to raise rates again", "--speaker", "Governor Halvorsen")
    assert verdict["verdict"] == "cut" and verdict["speaker"] == "Ingrid Halvorsen"
    assert verdict["matches"][0]["differences"]["before"] == "If inflation persists above our target,"


def test_an_ellipsis_is_an_open_cut_whose_omission_is_shown(own):
    verdict = check(own, "If inflation persists … we will not hesitate", "--speaker", "Halvorsen")
    assert verdict["verdict"] == "cut"
    differences = verdict["matches"][0]["differences"]
    assert differences["removed"] == ["above our target"] and differences["after"] == "to raise rates again,"


def test_the_samples_cut_drops_the_united_states_conditional(samples):
    verdict = check(samples, "we will not stand idly by", "--speaker", "Xi")
    assert verdict["verdict"] == "cut" and verdict["speaker"] == "Xi Jinping"
    best, *others = verdict["matches"]
    assert best["differences"]["before"].startswith("If the United States persists in suppressing")
    # the other outlet's rendering of the statement, and how its wording differs
    sit = next(m for m in others if "sit idly by" in m["quote"])
    assert sit["relation"] == "variant" and sit["differences"]["substituted"] == [["sit", "stand"]]


def test_a_variant_shows_each_outlets_wording(own):
    verdict = check(own, "We will not look on with folded arms while our players get injured", "--speaker", "Ekdahl")
    assert verdict["verdict"] == "variant" and verdict["speaker"] == "Marta Ekdahl"
    assert [m["relation"] for m in verdict["matches"]] == ["variant", "variant"]
    first, second = verdict["matches"]
    assert first["quote"].startswith("We will not sit back and watch")
    assert first["differences"]["substituted"] == [["sit back and watch", "look on with folded arms while"]]
    assert ["hurt", "injured"] in second["differences"]["substituted"]
    assert first["similarity"] > second["similarity"] > 0


def test_a_sharpened_translation_is_a_variant_with_its_substitutions(samples):
    claim = "If the United States keeps strangling China's high-tech development, we will not sit idly by"
    verdict = check(samples, claim, "--speaker", "Xi Jinping")
    assert verdict["verdict"] == "variant"
    substituted = [pair for m in verdict["matches"] for pair in m["differences"]["substituted"]]
    assert ["insists on suppressing", "keeps strangling"] in substituted


def test_words_pinned_on_the_wrong_speaker_name_who_said_them(own):
    verdict = check(own, "We cannot afford another winter of cancelled operations", "--speaker", "Halvorsen", code=1)
    assert verdict["verdict"] == "other_speaker" and verdict["speaker"] == "Ingrid Halvorsen"
    assert [(m["speaker"], m["relation"]) for m in verdict["matches"]] == [("Tomas Lindgren", "verbatim")]


def test_a_sample_quote_pinned_on_the_wrong_speaker(samples):
    verdict = check(samples, "Intense competition requires intense diplomacy", "--speaker", "Joe Biden", code=1)
    assert verdict["verdict"] == "other_speaker"
    assert {m["speaker"] for m in verdict["matches"]} == {"senior administration official"}


def test_invented_words_show_the_speakers_nearest_quotes(own):
    verdict = check(own, "We will sell our best players in January", "--speaker", "Marta Ekdahl", code=1)
    assert verdict["verdict"] == "not_found" and verdict["speaker"] == "Marta Ekdahl"
    similarities = [m["similarity"] for m in verdict["matches"]]
    assert len(similarities) == 2 and similarities == sorted(similarities, reverse=True)
    assert all(m["relation"] == "nearest" and 0 < m["similarity"] < 1 for m in verdict["matches"])


def test_a_dropped_negation_is_not_the_same_statement(own):
    verdict = check(own, "we will hesitate to raise rates again", "--speaker", "Halvorsen", code=1)
    assert verdict["verdict"] == "not_found"
    assert verdict["matches"][0]["differences"]["removed"] == ["not"]


def test_without_a_speaker_it_says_who_said_the_words(own):
    verdict = check(own, "Every region must be ready to open extra beds")
    assert verdict["verdict"] == "cut" and verdict["speaker"] == "Tomas Lindgren"
    nobody = check(own, "The league will be suspended", code=1)
    assert nobody["verdict"] == "not_found" and nobody["speaker"] is None


def test_words_from_stdin(own):
    result = CliRunner().invoke(cli, ["check", "-", "--speaker", "Lindgren", "--db", str(own)],
                                input="Every region must be ready\nto open extra beds\n")
    assert result.exit_code == 0 and result.output.startswith("cut: Tomas Lindgren")


def test_a_speaker_the_store_does_not_know(own):
    verdict = check(own, "The krona has been too weak", "--speaker", "Karin Nobody", code=1)
    assert verdict["verdict"] == "other_speaker" and verdict["speaker"] == "Karin Nobody"


def test_table_and_csv(own):
    args = ["check", "we will not hesitate to raise rates again", "--speaker", "Halvorsen", "--db", str(own)]
    table = CliRunner().invoke(cli, args)
    assert table.exit_code == 0
    assert table.output.startswith("cut: Ingrid Halvorsen said these words inside a longer quote")
    assert "before: “If" in table.output
    rows = list(csv.DictReader(io.StringIO(CliRunner().invoke(cli, [*args, "--format", "csv"]).output)))
    assert rows[0]["verdict"] == "cut" and rows[0]["relation"] == "cut" and rows[0]["speaker"] == "Ingrid Halvorsen"


@pytest.mark.parametrize("args", [["check"], ["check", ""], ["check", "... …"], ["check", "words", "--speaker", " "],
                                  ["check", "words", "--format", "xml"]])
def test_usage_errors_exit_2(own, args):
    result = CliRunner().invoke(cli, [*args, "--db", str(own)])
    assert result.exit_code == 2 and "Error" in result.output


def test_a_missing_store_is_one_line_and_not_created(tmp_path):
    result = CliRunner().invoke(cli, ["check", "words", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no store at" in result.output
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("claim, quote, exact", [
    ("we will not stand idly by", "WE WILL NOT STAND IDLY BY!", "verbatim"),
    ("China’s door will always be open", "\"China's door will always be open\"", "verbatim"),
    ("the régime", "The regime.", "verbatim"),
    ("door will", "China's door will always be open", "cut"),
    ("door always", "China's door will always be open", None),
    ("always … door", "China's door will always be open", None),
])
def test_words_compare_as_the_search_index_sees_them(claim, quote, exact):
    assert compare(claim, quote).exact == exact


def test_a_dropped_clause_is_bridged_rather_than_the_claims_end_left_unmatched():
    quote = "If rates rise, we will act; if prices keep rising through the spring, the bank will not wait."
    comparison = compare("if prices rise, the bank will not wait", quote)
    assert comparison.differences.before == "If rates rise, we will act;"
    assert comparison.differences.substituted == [["keep rising through the spring", "rise"]]
    assert not comparison.negation_changed and comparison.exact is None


def test_the_readme_walk_through_prints_what_it_shows(samples):
    readme = (SAMPLES.parent / "README.md").read_text(encoding="utf-8")
    walk = readme[readme.index("```console", readme.index("## Checking a quote")):]
    shown = re.findall(r"^\$ quotes (check .*)\n(.*)$", walk[:walk.index("\n```\n")], re.M)
    assert [line.split(":")[0] for _, line in shown] == ["verbatim", "cut", "variant", "other_speaker", "not_found"]
    for command, line in shown:
        result = CliRunner().invoke(cli, [*shlex.split(command), "--db", str(samples)])
        assert result.output.splitlines()[0] == line
        assert result.exit_code == (0 if line.startswith(("verbatim", "cut", "variant")) else 1)


def test_common_words_list_the_best_evidence_only(tmp_path):
    articles = tmp_path / "many"
    articles.mkdir()
    for n in range(25):
        (articles / f"{n:02}.txt").write_text(
            f"Match report {n}\n\n\"We will play our game in round {n},\" coach Lena Berg said.\n", encoding="utf-8")
    db = extract(tmp_path, articles)
    verdict = check(db, "we will play our game", "--speaker", "Berg")
    assert verdict["verdict"] == "cut" and len(verdict["matches"]) == 20
    assert {m["relation"] for m in verdict["matches"]} == {"cut"}
