"""Two of spaCy's components redone over token arrays, with the same results, faster.

The English pipelines' attribute ruler sets POS, morphology and some lemmas through
spaCy's Matcher and one Python call per match; its lemmatizer sets each token's lemma
one call at a time: together a quarter of the parse. Here the ruler's one-token
patterns are tested on whole columns of the Doc at once (only the few longer patterns
go through a Matcher) and applied in the ruler's order, later patterns overriding;
lemmas are computed once per (word, POS, morphology), by spaCy's own rules. Both are
checked token for token against spaCy's components in the tests.
"""
import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_SET = {"POS": 0, "MORPH": 1, "LEMMA": 2}  # set as arrays; TAG and DEP (on spaces only) one by one


def speed_up(nlp: Language) -> None:
    """Replace the pipeline's attribute ruler and rule lemmatizer by their array versions."""
    for name, kind, factory in (("attribute_ruler", AttributeRuler, "quotes_attribute_table"),
                                ("lemmatizer", Lemmatizer, "quotes_lemma_cache")):
        old = nlp.get_pipe(name) if name in nlp.pipe_names else None
        if isinstance(old, kind) and getattr(old, "mode", "rule") == "rule":
            nlp.add_pipe(factory, name=f"{name}_new", before=name, config={"original": name})
            nlp.remove_pipe(name)
            nlp.rename_pipe(f"{name}_new", name)


class AttributeTable:
    """spaCy's AttributeRuler: one-token patterns as column tests, longer ones through a Matcher."""

    def __init__(self, ruler: AttributeRuler):
        self.vocab = ruler.vocab
        self.single: list[tuple[int, list, dict]] = []  # (order, tests, attrs)
        self.matcher, self.multi = Matcher(self.vocab), {}
        for order, pattern in enumerate(ruler.patterns):
            attrs = {key: self._value(key, value) for key, value in pattern["attrs"].items()}
            for tokens in pattern["patterns"]:
                if len(tokens) == 1 and set(tokens[0]) <= set(_COLUMNS):
                    self.single.append((order, [self._test(k, v) for k, v in tokens[0].items()], attrs))
                else:
                    self.matcher.add(str(order), [tokens])
                    self.multi[self.vocab.strings[str(order)]] = (order, pattern.get("index", 0), attrs)

    def _value(self, key: str, value):
        if key == "POS":
            return POS_IDS[value]
        if key == "MORPH":
            return self.vocab.morphology.add(value)
        return value if key in ("TAG", "DEP") else self.vocab.strings.add(value)

    def _test(self, key: str, value):
        """(column, predicate over that column's values, as hashes)."""
        column = _COLUMNS[key]
        if key == "IS_SPACE":
            return column, lambda values: values == numpy.uint64(value)
        if isinstance(value, str):
            return column, lambda values: values == numpy.uint64(self.vocab.strings[value])
        (op, arg), = value.items()
        if op == "REGEX":
            return column, lambda values: _regex(values, re.compile(arg), self.vocab.strings)
        hashes = numpy.array([self.vocab.strings[v] for v in arg], dtype=numpy.uint64)
        return column, (lambda values: numpy.isin(values, hashes)) if op == "IN" else (lambda values: ~numpy.isin(values, hashes))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        columns = doc.to_array([TAG, LOWER, DEP, IS_SPACE])
        matches = []  # (order, token rows or position, attrs)
        for order, tests, attrs in self.single:
            rows = numpy.ones(len(doc), dtype=bool)
            for column, test in tests:
                rows &= test(columns[:, column])
            if rows.any():
                matches.append((order, numpy.flatnonzero(rows), attrs))
        for match_id, start, end in self.matcher(doc, allow_missing=True):
            order, index, attrs = self.multi[match_id]
            matches.append((order, numpy.array([doc[start:end][index].i]), attrs))
        values = doc.to_array([POS, MORPH, LEMMA])
        for _order, rows, attrs in sorted(matches, key=lambda m: (m[0], m[1][0])):
            for key, value in attrs.items():
                if key in _SET:
                    values[rows, _SET[key]] = value
                else:
                    for i in rows:
                        setattr(doc[int(i)], f"{key.lower()}_", value)
        doc.from_array([POS, MORPH, LEMMA], values)
        return doc


def _regex(values, pattern: re.Pattern, strings) -> numpy.ndarray:
    found = [value for value in set(values.tolist()) if pattern.search(strings[value])]
    return numpy.isin(values, numpy.array(found, dtype=numpy.uint64))


class LemmaCache:
    """The rule lemmatizer, its lemma computed once per (word, POS, morphology) and set as an array."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer, self.cache = lemmatizer, {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings, lemmatize, cache = doc.vocab.strings, self.lemmatizer.lemmatize, self.cache
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = array[:, 3].tolist()
        for i, key in enumerate(zip(*array[:, :3].T.tolist())):
            if lemmas[i] == 0 or self.lemmatizer.overwrite:
                if key not in cache:
                    cache[key] = strings.add(lemmatize(doc[i])[0])
                lemmas[i] = cache[key]
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=array.dtype).reshape(-1, 1))
        return doc


@Language.factory("quotes_attribute_table", default_config={"original": "attribute_ruler"})
def make_attribute_table(nlp: Language, name: str, original: str) -> AttributeTable:
    return AttributeTable(nlp.get_pipe(original))


@Language.factory("quotes_lemma_cache", default_config={"original": "lemmatizer"})
def make_lemma_cache(nlp: Language, name: str, original: str) -> LemmaCache:
    return LemmaCache(nlp.get_pipe(original))
