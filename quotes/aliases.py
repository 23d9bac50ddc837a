"""The names a speaker goes by, and the bare name inside a description of a person.

"President Xi Jinping" -> "Xi Jinping", "China's leader Xi" -> "Xi": the store keeps such
aliases in ``speaker_alias`` and ``quotes lookup`` normalises its query the same way.
"""
from quotes.lexicon import DOCUMENT_NOUNS, GROUP_PRONOUNS
from quotes.people import person_name as bare_name, surname, words_of  # noqa: F401 (lookup's bare_name)

DETERMINERS = frozenset("the a an this that".split())


def speaker_aliases(name: str, type_: str, mention: str | None) -> set[str]:
    """The canonical name, the mention without titles or determiners, and a person's surname
    ("Obama", "Xi"), never a given name alone ("Jinping", "Melania")."""
    aliases = {name}
    if type_ == "person":
        called = surname(name)
        aliases.add(called or name)
        bare = bare_name(mention or "")
        shared = set(bare.lower().split()) & set(name.lower().split())  # not "he", not another name
        if shared and (len(bare.split()) > 1 or bare == called):  # a given name alone is no alias
            aliases.add(bare)
    elif type_ in ("organization", "media") and mention:
        words = words_of(mention.replace("’", "'"))
        while words and words[0].lower() in DETERMINERS:
            words = words[1:]
        if len(words) > 1 and words[-1].lower() in DOCUMENT_NOUNS:  # "a Foreign Ministry statement"
            words = words[:-1]
        plain = " ".join(words)
        if plain.lower() not in GROUP_PRONOUNS and any(c.isupper() for c in plain):
            aliases.add(plain)
    return {a for a in aliases if a}


def name_key(text: str) -> str:
    """A name as lookups compare it: case, apostrophes and spacing ignored."""
    return " ".join(text.replace("’", "'").casefold().split())


def part_keys(name: str, type_: str | None) -> tuple[str | None, str | None]:
    """The keys of a person's first and last name, by which lookups find them last."""
    words = name.split() if type_ == "person" else []
    return (name_key(words[0]), name_key(words[-1])) if words else (None, None)
