"""Cheaper ways for two stock spaCy components to reach exactly the same annotations.

- The attribute ruler runs its Matcher over every token with every pattern (179 in
  en_core_web_sm, a sixth of the parse's time). Nearly all its patterns look at one token's
  tag, dependency, lower-case form and whether it is a space, so the keys they match are
  found once per kind of token (with the ruler's own Matcher, on a one-token probe) and
  looked up after; the few longer patterns still run in a Matcher of their own.
- The rule lemmatizer looks a candidate lemma up in a list of tens of thousands of words
  the first time it meets each word; its index lists get a set for that test.
"""
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

_KIND = {"TAG", "DEP", "LOWER", "IS_SPACE"}  # what a single-token pattern may look at here


class TokenKindMatch:
    """``AttributeRuler.match`` (the ruler's matches, sorted as it sorts them), with the
    single-token patterns looked up by the kind of token rather than matched."""

    def __init__(self, ruler: AttributeRuler):
        self.vocab = ruler.vocab
        self.single, self.longer, self.kinds = Matcher(ruler.vocab), Matcher(ruler.vocab), {}
        self.lowers: set[int] = set()
        for i in range(len(ruler.attrs)):
            key = str(i)
            patterns = ruler.matcher.get(key)[1]
            single = all(len(p) == 1 and _kind_only(p[0], self.lowers) for p in patterns)
            (self.single if single else self.longer).add(key, patterns)
        self.plain = {space: next(w for w in words if hash_string(w) not in self.lowers)
                      for space, words in ((False, ("x", "xx", "xxx")), (True, (" ", "  ", "   ")))}

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        strings = self.vocab.strings
        matches = [(int(strings[m]), m, s, e) for m, s, e in self.longer(doc, allow_missing=True, as_spans=False)]
        for token in doc:
            matches += [(i, m, token.i, token.i + 1) for i, m in self._keys(token)]
        matches.sort()
        return matches

    def _keys(self, token: Token) -> list[tuple[int, int]]:
        lower = token.lower if token.lower in self.lowers else 0
        kind = (lower, token.tag, token.dep, token.is_space)
        if kind not in self.kinds:
            self.kinds[kind] = self._probe(token, lower)
        return self.kinds[kind]

    def _probe(self, token: Token, lower: int) -> list[tuple[int, int]]:
        """The single-token keys matching a token like ``token``: same tag, dependency and
        spaceness, the same lower-case form if a pattern names it, else one none names."""
        word = self.vocab.strings[lower] if lower else self.plain[token.is_space]
        probe = Doc(self.vocab, words=[word], spaces=[False])
        probe[0].tag, probe[0].dep = token.tag, token.dep
        return [(int(self.vocab.strings[m]), m) for m, _, _ in self.single(probe, allow_missing=True, as_spans=False)]


def _kind_only(spec: dict, lowers: set[int]) -> bool:
    """Whether a one-token pattern tests only what a token kind holds, noting the
    lower-case forms it names (as plain values, IN or NOT_IN lists) in ``lowers``."""
    if not set(spec) <= _KIND:
        return False
    lower = spec.get("LOWER")
    if isinstance(lower, dict):
        if not set(lower) <= {"IN", "NOT_IN"}:
            return False
        words = [w for values in lower.values() for w in values]
    else:
        words = [] if lower is None else [lower]
    if not all(isinstance(w, str) for w in words):
        return False
    lowers.update(map(hash_string, words))
    return all(not isinstance(v, dict) or set(v) <= {"IN", "NOT_IN"} for k, v in spec.items() if k != "LOWER")


def speed_up(nlp: Language) -> None:
    """Give ``nlp``'s attribute ruler and rule lemmatizer their cheaper paths (same annotations)."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.match = TokenKindMatch(ruler)
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            table = lookups.get_table("lemma_index")
            for pos, words in list(table.items()):
                table[pos] = WordIndex(words)


class WordIndex(list):
    """A list of words whose ``in`` test is a set's (still saved and loaded as a list)."""

    def __init__(self, words):
        super().__init__(words)
        self.members = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self.members
