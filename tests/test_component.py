"""The spaCy component "quotes": on hand-built Docs, added to a loaded pipeline, saved and loaded."""
import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc

import quotes
from quotes.component import QuoteFinder
from quotes.nlp import model_name

GROUSED = '"The buses are late again," Okafor groused on Tuesday.'
SELECTMAN = '"We will fix the roads before winter," said Selectman Hickson.'


def hand_built(vocab, verb: str, lemma: str) -> Doc:
    """'"The pool opens in May," Okafor <verb>.' parsed by hand."""
    words = ['"', "The", "pool", "opens", "in", "May", ",", '"', "Okafor", verb, "."]
    return Doc(
        vocab, words=words,
        spaces=[False, True, True, True, True, False, False, True, True, False, False],
        heads=[9, 2, 3, 9, 3, 4, 9, 9, 9, 9, 9],
        deps=["punct", "det", "nsubj", "ccomp", "prep", "pobj", "punct", "punct", "nsubj", "ROOT", "punct"],
        pos=["PUNCT", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"],
        lemmas=['"', "the", "pool", "open", "in", "May", ",", '"', "Okafor", lemma, "."],
        ents=["O", "O", "O", "O", "O", "B-DATE", "O", "O", "B-PERSON", "O", "O"],
    )


@pytest.fixture(scope="module")
def nlp():
    return quotes.load()


def test_a_hand_built_doc_gets_its_quote_with_spans(nlp):
    doc = QuoteFinder()(hand_built(nlp.vocab, "said", "say"))
    [quote] = doc._.quotes
    assert quote.content.text == "The pool opens in May,"
    assert (quote.speaker, quote.speaker_type, quote.via) == ("Okafor", "person", None)
    assert quote.mention.text == "Okafor" and quote.mention.doc is doc
    assert quote.cue.text == "said" and quote.cue.start == 9


def test_words_added_to_the_component_reach_the_rules(nlp):
    doc = QuoteFinder()(hand_built(nlp.vocab, "grumped", "grump"))
    assert doc._.quotes[0].cue is None  # "grump" is no reporting verb of ours
    finder = QuoteFinder(words={"reporting_verbs": ["grump"]})
    assert finder(hand_built(nlp.vocab, "grumped", "grump"))._.quotes[0].cue.text == "grumped"
    assert "grump" not in quotes.lexicon.REPORTING_VERBS  # only while the component runs


def test_added_to_a_loaded_pipeline_after_its_parser_and_ner():
    nlp = spacy.load(model_name())
    nlp.add_pipe("quotes")
    [quote] = nlp(SELECTMAN)._.quotes
    assert quote.content.text.startswith("We will fix the roads")
    assert quote.speaker == "Selectman Hickson" and quote.cue.text == "said"


def test_spacy_finds_the_component_without_importing_quotes():
    script = ("import spacy, sys; nlp = spacy.load(sys.argv[1]); nlp.add_pipe('quotes'); "
              "print([q.speaker for q in nlp(sys.argv[2])._.quotes])")
    result = subprocess.run([sys.executable, "-c", script, model_name(), SELECTMAN],
                            capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "['Selectman Hickson']", result.stderr


def test_a_pipeline_without_parser_or_ner_is_refused():
    with pytest.raises(ValueError, match="needs a dependency parser, named entities, lemmas"):
        spacy.blank("en").add_pipe("quotes")


def test_unknown_word_lists_are_refused(nlp):
    with pytest.raises(ValueError, match="no word list 'verbs'.*reporting_verbs"):
        QuoteFinder(words={"verbs": ["grouse"]})


def test_words_in_the_config_are_saved_with_the_pipeline_and_change_results(nlp, tmp_path):
    plain = quotes.load()
    assert plain(GROUSED)._.quotes[0].cue is None
    assert plain(SELECTMAN)._.quotes[0].speaker == "Selectman Hickson"
    plain.remove_pipe("quotes")
    plain.add_pipe("quotes", config={"words": {"reporting_verbs": ["grouse"]}})
    plain.get_pipe("quotes").add_words("titles", ["Selectman"])
    plain.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "quotes" / "titles.txt").read_text() == "selectman\n"

    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded(GROUSED)._.quotes[0].cue.text == "groused"
    assert loaded(SELECTMAN)._.quotes[0].speaker == "Hickson"


def test_a_word_file_edited_by_hand_is_read_back(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    (tmp_path / "pipeline" / "quotes" / "reporting_verbs.txt").write_text("grouse\n", encoding="utf-8")
    assert spacy.load(tmp_path / "pipeline")(GROUSED)._.quotes[0].cue.text == "groused"


def test_results_survive_parsing_in_two_processes(nlp):
    texts = [GROUSED, SELECTMAN, "No one said anything."]
    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))
    assert [[q.speaker for q in doc._.quotes] for doc in docs] == [["Okafor"], ["Selectman Hickson"], []]
    assert docs[1]._.quotes[0].mention.text == "Selectman Hickson"


def test_a_doc_the_component_has_not_seen_says_so(nlp):
    doc = spacy.blank("en")("Nothing to see.")
    with pytest.raises(ValueError, match="add it with nlp.add_pipe"):
        doc._.quotes
