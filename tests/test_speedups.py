"""The cheaper attribute ruler and lemmatizer paths give exactly the stock annotations."""
import spacy

from quotes import nlp as nlp_loader
from quotes.speedups import WordIndex, speed_up

TEXTS = [
    'The striker said: "We can\'t keep giving goals away, and we\'re gonna fix it."\n\n'
    "Coach Ingrid Svensson's side lost 3-1 in Malmö on Saturday.",
    '"I ain\'t paying that," the café owner told the Lyon city council, which voted 9-4 anyway.\n'
    "Councillors' offices were closed.  Mr. Okafor didn't reply;  he'd left by 5 p.m.",
    "The court in Nairobi ruled that the bank's fees were unlawful. \"It's a win,\" said lawyer Achieng Otieno.",
]


def annotations(nlp):
    return [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
             for t in doc] for doc in nlp.pipe(TEXTS)]


def test_same_annotations_as_the_stock_components():
    stock = spacy.load(nlp_loader.model_name())
    stock.add_pipe("paragraph_breaks", before="parser")
    nlp_loader.keep_titles_whole(stock)
    quick = nlp_loader.load()
    assert annotations(quick) == annotations(stock)
    assert annotations(quick) == annotations(stock)  # again, with the token kinds and lemmas now cached


def test_the_ruler_looks_token_kinds_up_rather_than_matching_every_pattern():
    nlp = nlp_loader.load()
    quick = nlp.get_pipe("attribute_ruler").match
    nlp("The mayor can't say.")
    assert len(quick.single) > 100 > len(quick.longer) > 0  # 179 patterns, a few span tokens
    assert quick.kinds  # kinds met so far


def test_a_sped_up_pipeline_saves_and_loads_as_before(tmp_path):
    nlp = nlp_loader.load()
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, WordIndex) for words in table.values())
    nlp.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    words = again.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert {pos: list(w) for pos, w in words.items()} == {pos: list(w) for pos, w in table.items()}
    speed_up(again)
    assert [t.lemma_ for t in again("Referees were booing the strikers.")] == \
           ["referee", "be", "boo", "the", "striker", "."]


def _native_threads(_task):
    from threadpoolctl import threadpool_info

    return {pool["internal_api"]: pool["num_threads"] for pool in threadpool_info()}


def test_parsing_workers_keep_to_one_native_thread_each():
    from quotes.parallel import ordered_map

    pools = list(ordered_map(_native_threads, range(4), jobs=2))
    assert pools and all(found and set(found.values()) == {1} for found in pools)
