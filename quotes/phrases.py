"""The words of a noun phrase as a name: its extent in the parse, its determiners and
possessors dropped, the named entity or run of proper nouns it belongs to."""
import re

from spacy.tokens import Span, Token

from quotes.lexicon import MEDIA_MASTHEADS, MEDIA_NOUNS, MEDIA_OUTLETS
from quotes.people import capitalised, name_gender, person_name, words_of

_NP_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "flat", "case", "npadvmod"}
_ARTICLES = ("the", "a", "an")
_OUTLETS = re.compile(" (?:" + "|".join(re.escape(o) for o in sorted(MEDIA_OUTLETS, key=len, reverse=True)) + ") ")
_GENERIC = {"state", "news", "official", "national", "public"}  # words of a medium described, not named
_ACRONYM_LETTERS = (2, 6)
_ACRONYM_JOINS = {"and", "of", "for", "the", "&", ","}  # "Immigration, Refugees and Citizenship Canada"


def noun_phrase(token: Token) -> Span:
    """The token with the modifiers to its left: "a senior administration official"."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in _NP_DEPS:
            start = min(start, child.left_edge.i)
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("flat", "compound") and child.i == end:
            end = child.i + 1
    return token.doc[start:end]


def plain_name(text: str) -> str:
    """A name without a trailing possessive or punctuation: "Xinhua's" -> "Xinhua"."""
    words = text.replace("’", "'").split()
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    return " ".join(w for w in words if w).strip(" ,.;:")


def clean_name(text: str) -> str:
    """A person's bare name: "Treasury Secretary Janet Yellen" -> "Janet Yellen"."""
    return person_name(text)


def is_media(phrase: str) -> bool:
    """A news outlet by name ("Reuters", "the Canadian Press") or by its masthead
    ("the Winnipeg Free Press", "CBC News")."""
    words = words_of(phrase.replace("’", "'").replace("'s", " "))
    if _OUTLETS.search(f" {' '.join(words).lower()} "):
        return True
    named = [w for w in words if w[:1].isupper() and w.lower() not in _ARTICLES]
    return len(named) >= 2 and words[-1] in named and words[-1].lower() in MEDIA_MASTHEADS


def names_outlet(phrase: str) -> bool:
    """An outlet named as such, not only described ("state media", "the news agency")."""
    words = [w.lower() for w in words_of(phrase)]
    return is_media(phrase) and not all(w in MEDIA_NOUNS or w in _GENERIC for w in words)


def bare_phrase(span: Span, owners: bool = False) -> str:
    """A phrase without its determiner, possessive pronouns and punctuation, and without the
    words of its possessor unless ``owners`` (then "the mayor's office" -> "mayor's office"):
    "a senior administration official" -> "senior administration official", "Mrs. Clinton's
    tax proposals" -> "tax proposals"; "Okemaw-Fontaine" stays one word."""
    owned = set() if owners else {
        t.i for p in span if p.dep_ == "poss" for t in p.subtree}
    root = span.root
    words = [t.text for t in span if not (t.dep_ == "det" and (t.head == root or t.i == span.start))
             and (t.dep_ != "case" or owners and t.head.pos_ == "NOUN") and (not t.is_punct or hyphen(span.doc, t.i))
             and t.i not in owned and not (t.dep_ == "poss" and t.pos_ == "PRON")]
    return " ".join(words).replace(" - ", "-").replace(" 's", "'s").replace(" ’s", "’s")


def entity(token: Token) -> Span | None:
    """The named entity the token is part of, read off its IOB tags."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _name_part(token: Token) -> bool:
    """A capitalised proper noun, or a name the tagger took for a common noun ("Tremblay")."""
    return token.pos_ in ("PROPN", "NOUN") and capitalised(token.text)


def hyphen(doc, i: int) -> bool:
    """A hyphen joining two parts of one name: "Lloyd-Evans"."""
    return (0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_
            and not doc[i].whitespace_ and doc[i + 1].is_title)


def _given_name_mistagged(token: Token) -> bool:
    """A given name the tagger took for an adjective, in one entity with the name after it:
    "CALGARY — [Tyrese] Banks threw for 311 yards"."""
    return (token.pos_ == "ADJ" and capitalised(token.text) and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].ent_iob_ == "I" and name_gender(token.text) in ("male", "female"))


def proper_name(token: Token) -> Span:
    """The run of capitalised proper nouns around the token, hyphenated parts kept: "Mary Lloyd-Evans"."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and (_name_part(doc[start - 1]) or start > 1 and hyphen(doc, start - 1)):
        start -= 1 if _name_part(doc[start - 1]) else 2
    if start > 0 and _given_name_mistagged(doc[start - 1]):
        start -= 1
    while end < len(doc) and (_name_part(doc[end]) or hyphen(doc, end)):
        end += 1 if _name_part(doc[end]) else 2
    return doc[start:min(end, len(doc))]


def spelled_out(tokens: list[Token], acronym: str, at: int, skip=frozenset()) -> str | None:
    """ "IRCC" -> "Immigration, Refugees and Citizenship Canada": the nearest name before
    token ``at`` (outside the tokens to ``skip``) whose capitalised words begin with the
    letters of the initials; None for a word that is no initials or was never spelled out."""
    if not (acronym.isalpha() and acronym.isupper() and _ACRONYM_LETTERS[0] <= len(acronym) <= _ACRONYM_LETTERS[1]):
        return None
    for start in range(min(at, len(tokens)) - 1, -1, -1):
        letters, end = "", start
        while end < at and acronym.startswith(letters) and len(letters) < len(acronym):
            word = tokens[end]
            if capitalised(word.text):
                letters += word.text[0]
            elif word.lower_ not in _ACRONYM_JOINS or end == start:
                break
            end += 1
        if letters == acronym and start not in skip:
            return plain_name(tokens[start].doc[start:end].text)
    return None


def main_clause(verb: Token) -> bool:
    """The root of its sentence, or a verb joined to it: "The club signed him and thanked ..."."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def fuller_description(head: Token, label: str) -> str | None:
    """ "the official" -> "senior administration official", described earlier in the article."""
    words, found = set(label.split()), None
    for token in reversed(head.doc[:head.i]):
        if token.lemma_ == head.lemma_ and token.pos_ == "NOUN":
            earlier = bare_phrase(noun_phrase(token)).lower()
            if words < set(earlier.split()):
                words, found = set(earlier.split()), earlier
    return found


def listed_name(token: Token) -> Span:
    """A name made of a list of capitalised words: "Immigration, Refugees and Citizenship
    Canada" from its first word, which the parse makes the head of the others."""
    run, doc = proper_name(token), token.doc
    conjuncts = [c for c in token.conjuncts if c.i > token.i]
    if not conjuncts:
        return run
    end = proper_name(max(conjuncts, key=lambda c: c.i)).end
    between = doc[run.end:end]
    joined = all(capitalised(t.text) or t.lower_ in _ACRONYM_JOINS for t in between)
    return doc[run.start:end] if joined else run
