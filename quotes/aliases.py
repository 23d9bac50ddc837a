"""The names a speaker goes by, and the bare name inside a description of a person.

"President Xi Jinping" -> "Xi Jinping", "China's leader Xi" -> "Xi": the store keeps such
aliases in ``speaker_alias`` and ``quotes lookup`` normalises its query the same way.
"""
from quotes.lexicon import DOCUMENT_NOUNS, GROUP_PRONOUNS, TITLES

DETERMINERS = frozenset("the a an this that".split())


def _words(text: str) -> list[str]:
    return [w.strip(",.;:\"“”()") for w in text.replace("’", "'").split() if w.strip(",.;:\"“”()")]


def _possessive(word: str) -> bool:
    return word.lower().endswith(("'s", "s'"))


def bare_name(text: str) -> str:
    """A name without the determiners, titles and descriptors before it: "the spokesman, John Kirby" -> "John Kirby"."""
    words = _words(text)
    cut, named = 0, False
    for i, word in enumerate(words[:-1]):
        low = word.lower().rstrip(".")
        if _possessive(word) or low in TITLES or low in DETERMINERS or (word.islower() and not named):
            cut = i + 1
        else:
            named = True
    words = words[cut:]
    if words and _possessive(words[-1]):
        words[-1] = words[-1][:-2] if words[-1].lower().endswith("'s") else words[-1][:-1]
    return " ".join(words)


def name_key(text: str) -> str:
    """A name as lookups compare it: case, apostrophes and spacing ignored."""
    return " ".join(text.replace("’", "'").casefold().split())


def first_key(name: str, type_: str | None) -> str | None:
    """The key of a person's first name ("Xi" of "Xi Jinping"), by which lookups find them last."""
    return name_key(name.split()[0]) if type_ == "person" and name.split() else None


def speaker_aliases(name: str, type_: str, mention: str | None) -> set[str]:
    """The canonical name, the mention without titles or determiners, and a person's surname."""
    aliases = {name}
    if type_ == "person":
        if len(name.split()) > 1:
            aliases.add(name.split()[-1])
        bare = bare_name(mention or "")
        if set(bare.lower().split()) & set(name.lower().split()):  # not "he", not another name
            aliases.add(bare)
    elif type_ in ("organization", "media") and mention:
        words = _words(mention)
        while words and words[0].lower() in DETERMINERS:
            words = words[1:]
        if len(words) > 1 and words[-1].lower() in DOCUMENT_NOUNS:  # "a Foreign Ministry statement"
            words = words[:-1]
        plain = " ".join(words)
        if plain.lower() not in GROUP_PRONOUNS and any(c.isupper() for c in plain):
            aliases.add(plain)
    return {a for a in aliases if a}
