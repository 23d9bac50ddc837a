"""Content words of two quotes found in each other: equal, lexicon groups, morphological
relatives (Snowball stems), spellings of one word (rapidfuzz), WordNet synonyms, and a verb
in a phrasal verb that is a kind of it ("watch" in "sit_by")."""
from functools import lru_cache

import snowballstemmer
from rapidfuzz import fuzz

from quotes.lemmas import Term, tokens
from quotes.statements.synonyms import kinds, senses_of
from quotes.variants import CONCEPT

SPELLING = 88  # rapidfuzz ratio of two words spelt alike ("defence" / "defense")
STEM_PREFIX = 5  # letters two stems share at least to be relatives


def query_term(word: str) -> Term | None:
    """What to look a lemma up by in the lemma index: a lexicon group token as itself, a word
    by the beginning of its stem, so that relatives are found too ("provoke" finds "provocation")."""
    terms = tokens(word)
    if not terms:
        return None
    if word.startswith(CONCEPT) or len(terms) > 1 or len(word) < STEM_PREFIX + 1:
        return Term(terms)
    stemmed = stem(word)
    return Term((stemmed[:max(STEM_PREFIX, len(stemmed) - 1)],), prefix=True)


def matches(words: tuple[str, ...], others: tuple[str, ...], loose: bool = False) -> dict[str, str]:
    """Each of ``words`` found in ``others``, with the word it was found as: itself or a
    relative; else a synonym (loose ones too if ``loose``) that no other word was found as
    ("watched" and "learned" are not both "found out"); else a phrasal verb that is a kind of
    it ("watch" in "sit_by")."""
    theirs, alike, senses, above = _lookup(frozenset(others), loose)
    found, rest = {}, []
    for word in sorted(set(words)):
        if word in theirs:
            found[word] = word
        elif not word.startswith(CONCEPT):
            match = next((o for o in alike.get(word[:2], ()) + alike.get(word[-5:], ()) if related(word, o)), None)
            if match:
                found[word] = match
            else:
                rest.append(word)
    for word in rest:
        taken = set(found.values())
        match = next((senses[s] for s in sorted(senses_of(word, loose)) if s in senses and senses[s] not in taken), None)
        match = match or next((above[s] for s in sorted(senses_of(word, True)) if s in above), None)
        if match:
            found[word] = match
    return found


@lru_cache(maxsize=1 << 14)
def _lookup(others: frozenset[str], loose: bool) -> tuple[frozenset[str], dict[str, tuple[str, ...]], dict, dict]:
    """``others``; its plain words by their first two and last five letters (relatives begin
    alike, or one ends the other); its words by their WordNet senses; its phrasal verbs by
    the senses they are kinds of."""
    alike: dict[str, list[str]] = {}
    senses, above = {}, {}
    for word in sorted(others):
        if not word.startswith(CONCEPT):
            for key in {word[:2], word[-5:]}:
                alike.setdefault(key, []).append(word)
            for sense in senses_of(word, loose):
                senses.setdefault(sense, word)
            for sense in kinds(word):
                above.setdefault(sense, word)
    return others, {k: tuple(v) for k, v in alike.items()}, senses, above


@lru_cache(maxsize=1 << 18)
def related(a: str, b: str) -> bool:
    """Morphological relatives or spellings of one word ("creating" / "creation",
    "measure" / "countermeasure", "defence" / "defense"); never words that merely begin alike
    ("responsible" / "irresponsible" differ at once), nor two phrasal verbs ("sit_back" / "sit_by")."""
    if a[:2] != b[:2] and not (a.endswith(b) or b.endswith(a)) or "_" in a + b:
        return False
    x, y = sorted((stem(a), stem(b)), key=len)
    shared = _common_prefix(x, y)
    if x == y or shared >= STEM_PREFIX and shared >= len(x) - 1 or len(x) > STEM_PREFIX and y.endswith(x):
        return True
    return min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= SPELLING


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A word's Snowball stem (kept: words recur)."""
    return _STEMMER.stemWord(word)
