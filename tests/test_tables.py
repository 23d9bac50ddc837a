"""The array versions of spaCy's attribute ruler and lemmatizer annotate as spaCy's own do."""
import spacy

from quotes.nlp import model_name
from quotes.tables import AttributeTable, LemmaCache

TEXTS = [
    "“We weren't good enough tonight,” said Ajax coach Maarten Visser, whose side had been top.\n"
    "Y'all gotta see this, fans sang. Let's go, c'mon! There is nothin' left, there are 'em folks.\n",
    "The court in Lyon ruled that it would not hear the appeal.  She'd said she's gonna appeal anyway.\n\n"
    "“I did it for them,” the defendant told the judges. He'd had enough; hadn't he?\n",
    "Councillors voted 7-2 to fund the tram, which they say will cut traffic by 15%. "
    "Wo n't it cost more? It's been done before, ain't it, in Ghent and Tallinn.\n \t\n",
]


def annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]


def test_same_tags_morphology_and_lemmas_as_spacy(nlp):
    stock = spacy.load(model_name())
    stock.add_pipe("paragraph_breaks", before="parser")
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeTable)
    assert isinstance(nlp.get_pipe("lemmatizer"), LemmaCache)
    assert nlp.pipe_names == stock.pipe_names

    for ours, theirs in zip(nlp.pipe(TEXTS * 2), stock.pipe(TEXTS * 2)):  # twice: the lemma cache warm
        assert annotations(ours) == annotations(theirs)


def test_an_empty_text_passes_through(nlp):
    assert len(nlp("")) == 0
