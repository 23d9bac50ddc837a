"""Whether claimed words render a stored statement: the claim is read as extraction reads a
quote (content lemmas, lexicon variants unified), then compared with each candidate by the
rule that links statements. Loading the language model is the costly part: done once.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotes.check.store import Row, any_word_query
from quotes.check.wording import words as plain_words

if TYPE_CHECKING:  # quotes.variants imports spaCy: only when a claim is read
    from quotes.variants import Form

PREFIX_MIN = 4  # letters of a lemma looked up as a word beginning ("suppress*")


@dataclass(frozen=True)
class Claim:
    text: str
    form: Form
    query: str  # FTS5: any of its content words, their lemmas' beginnings, its lexicon phrases


class Statements:
    """The language model and the variants lexicon, for reading claims and comparing them."""

    def __init__(self, model: str | None = None, variants_file: str | None = None):
        from quotes import nlp, variants

        self.nlp = nlp.load(model)
        self.lexicon = variants.load(variants_file)

    def claim(self, text: str) -> Claim:
        """The claim's form, and the search for quotes that share its words or idioms."""
        from quotes.variants import Form, form

        doc = self.nlp(text)
        lemmas = form(doc, 0, len(text), self.lexicon).words
        content = [t for t in doc if not (t.is_stop or t.is_punct or t.is_space)]
        phrases = [p for p, group in self.lexicon.phrases.items() if group in lemmas]
        query = any_word_query(
            [_plain(t.text) for t in content],
            [_plain(t.lemma_) for t in content if len(_plain(t.lemma_)) >= PREFIX_MIN],
            [_plain(" ".join(p)) for p in phrases])
        return Claim(text, Form(lemmas), query)

    def same(self, claim: Claim, row: Row) -> bool:
        """Whether the claim and a stored quote render one statement, by the linker's rule,
        the claim taken as the quote's speaker's so that only the words are weighed."""
        from quotes.statements.compare import Rendering, compare
        from quotes.variants import Form

        stored = Form(tuple((row.norm or "").split()), tuple((row.context or "").split()))
        ours = Rendering(0, -1, claim.text, claim.form, row.speaker, row.speaker_type)
        theirs = Rendering(row.quote_id, row.article_id, row.text, stored, row.speaker,
                           row.speaker_type, row.via)
        return compare(ours, theirs, self.lexicon) is not None


def _plain(text: str) -> str:
    return " ".join(w.text for w in plain_words(text))
