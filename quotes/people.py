"""People's names as words: the bare name behind roles and possessors, and what a given
name says about who is meant.

"Falcons head coach Tim Oduya" -> "Tim Oduya", "Winnipeg's Ana Kowal" -> "Ana Kowal",
"Alderman Rosa Medina" -> "Rosa Medina". Role words are nameparser's titles (occupations,
ranks and honorifics the world over) with the news roles of ``quotes/data/titles.txt``;
given names and their usual gender come from gender-guesser's name dictionary.
"""
from functools import lru_cache

from nameparser.config.particles import PARTICLES
from nameparser.config.titles import TITLES as _WORLD_TITLES

from quotes.lexicon import FEMALE_WORDS, MALE_WORDS, PARTY_WORDS, REPORTING_VERBS, TITLES

_WORLD_ROLES = frozenset(t.rstrip(".") for t in _WORLD_TITLES)
_PUNCT = ",;:\"“”()―—–<>"  # and a period, except in a name (words_of); dashes of a signature line
_INITIAL = 2  # "B."
_POSTNOMINAL = (2, 4)  # letters of an honour or office after a name: "SC", "OBE"
_SUFFIXES = ("jr.", "sr.", "jr", "sr", "ii", "iii", "iv")
_APOSTROPHES = ("'s", "’s", "s'", "s’")
_FAMILY_FIRST_LETTERS = 5  # a family name given first is short: "Xi", "Wang", "Zhang"


def words_of(text: str) -> list[str]:
    """The words of a name as written, hyphens kept ("Lloyd-Evans"), edge punctuation gone."""
    return [w.strip(_PUNCT + ".") for w in text.split() if w.strip(_PUNCT + ".")]


def name_core(name: str) -> list[str]:
    """The words of a full name without a generational suffix: "James B. Comey Jr." ->
    ["James", "B.", "Comey"]."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in _SUFFIXES:
        words = words[:-1]
    return words


def capitalised(word: str) -> bool:
    """A word written as a name is: "Tremblay", "MacInnes", "O'Brien" (not "FC", not "fans")."""
    return word[:1].isupper() and any(c.islower() for c in word)


def is_possessive(word: str) -> bool:
    return word.lower().endswith(_APOSTROPHES) or word in ("'", "’")


def is_role(word: str) -> bool:
    """A title, rank or occupation: "Coun.", "striker", "Alderman", "Secretary-Treasurer"."""
    low = word.lower().rstrip(".")
    return _role(low) or "-" in low and any(_role(part) for part in low.split("-"))


def _role(low: str) -> bool:
    """Read live, not copied: the spaCy component adds to TITLES and PARTY_WORDS while it runs."""
    return low in TITLES or low in PARTY_WORDS or low in _WORLD_ROLES


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector as gender_guesser  # reads its dictionary once

    return gender_guesser.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def name_gender(word: str) -> str:
    """ "male", "female", "mostly_male", "mostly_female", "andy" (either) or "unknown"."""
    return _detector().get_gender(word.split("-")[0]) if word.isalpha() or "-" in word else "unknown"


def is_given_name(word: str) -> bool:
    return word[:1].isupper() and name_gender(word) != "unknown"


def person_name(text: str) -> str:
    """The bare name in the words naming a person: everything after the last possessor,
    role word or lower-case word (but a particle: "von der Leyen") before the final name;
    "Dean Baker" keeps "Dean"."""
    words = [w.strip(_PUNCT) for w in text.replace("’", "'").split() if w.strip(_PUNCT)]
    if words and words[-1].endswith(".") and len(words[-1]) > _INITIAL and words[-1].lower() not in _SUFFIXES:
        words[-1] = words[-1].rstrip(".")  # the sentence's period, not an initial's: "James B. Comey Jr."
    while len(words) > 2 and words[-1].isupper() and _POSTNOMINAL[0] <= len(words[-1]) <= _POSTNOMINAL[1] \
            and words[-1].lower() not in _SUFFIXES:
        words.pop()  # letters after a name: "Nikolai Petrakis SC", "Aileen Drummond MSP"
    if words and is_possessive(words[-1]):
        words[-1] = words[-1][:-2] if words[-1].lower().endswith("'s") else words[-1].rstrip("'")
    cut = 0
    for i, word in enumerate(words[:-1]):
        rest = len(words) - i - 1
        particle = i > cut and word in PARTICLES  # "Ursula von der Leyen", "Lula da Silva"
        if is_possessive(word) or word.islower() and not particle or word.lower() in ("the", "a", "an"):
            cut = i + 1
        elif is_role(word) and (rest > 1 or not is_given_name(word)):
            cut = i + 1
    return " ".join(words[cut:])


def leading_noun(words: list[str]) -> bool:
    """Whether a name starting a sentence starts with a capitalised noun, not a name:
    "Headliner Mara Quill" (a word no given name, before a given name)."""
    return (len(words) > 2 and words[0].isalpha() and name_gender(words[0]) == "unknown"
            and name_gender(words[1]) in ("male", "female"))


def word_gender(word: str) -> str | None:
    """ "male" or "female" for an honorific or gendered role word: "Ms.", "spokesman"."""
    low = word.lower().rstrip(".")
    return "male" if low in MALE_WORDS else "female" if low in FEMALE_WORDS else None


def gender(name: str) -> str | None:
    """ "male" or "female" when the given name of a full name is clearly one, else None."""
    words = words_of(name)
    found = name_gender(words[0]) if len(words) > 1 else "unknown"
    return found if found in ("male", "female") else None


def is_reporting_word(word: str) -> bool:
    """A reporting verb in a headline's title case: "Obama Says", "Mayor Warns"."""
    low = word.lower()
    return word[:1].isupper() and (low in ("said", "told") or low.endswith("s") and low[:-1] in REPORTING_VERBS)


def surname(name: str) -> str | None:
    """The word a person is called by alone: "Barack Obama" -> "Obama"; a family name
    given first ("Xi Jinping", "Moon Jae-in") -> "Xi", "Moon"; None for a single word."""
    words = words_of(" ".join(name_core(name)))
    if len(words) < 2:
        return None
    first, last = words[0], words[-1]
    hyphenated_given = "-" in last and last.split("-")[1][:1].islower()  # "Jae-in", "Jong-un"
    both_given = (len(words) == 2 and len(first) <= _FAMILY_FIRST_LETTERS
                  and name_gender(first) in ("andy", "unknown") and name_gender(last) == "andy")
    if hyphenated_given or both_given:
        return first
    start = len(words) - 1
    while start > 1 and words[start - 1].islower():  # "von der Leyen", "da Silva"
        start -= 1
    return " ".join(words[start:])


def is_demonym(token) -> bool:
    """A person by their nation: "the Swede" (the tagger's NORP), "the Dutchman", "the Irishwoman"."""
    one = token.tag_ in ("NN", "NNP")
    return one and (token.ent_type_ == "NORP" or token.is_title and token.lower_.endswith(("man", "woman"))
                    and not is_role(token.text))
