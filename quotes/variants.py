"""Normalised forms of quotes, for telling renderings of one statement apart from other words.

A quote's form is its content words as lemmas (stopwords and punctuation dropped, names and
numbers kept), with every phrase of the variants lexicon replaced by its group's token
("sit back and watch" and "stood idly by" both become ``~stand_idly_by``), a verb and its
particle as the phrasal verb WordNet lists ("sat idly by": ``sit_by idly``; "back down":
``back_down``), and those of its words said under a negation, even one outside the quote
("won't 'sit back and watch'", which negates "watch" too). Its
context is the same for the words just around it in its sentence, which tell what a
fragment was about.
"""
from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from typing import TYPE_CHECKING

from quotes.statements.synonyms import phrasal

if TYPE_CHECKING:  # spaCy is imported only when forms are made, not by the read commands
    from spacy.tokens import Doc, Span, Token

VARIANTS_ENV = "QUOTES_VARIANTS"
CONTEXT_WINDOW = 8  # tokens each side of a quote, within its sentence
CONCEPT = "~"
IDIOM = 3  # an idiom of the lexicon counts as this many words
NEGATIONS = frozenset("not n't never no none nothing nobody neither nor".split())
VERB_PARTS = frozenset("xcomp acomp attr prt advmod".split())  # attr, acomp: a copula's ("is not a crisis")
NEGATIVE_PRONOUNS = frozenset("nothing nobody none".split())  # negate only the verb they are an argument of
ARGUMENTS = frozenset("nsubj nsubjpass dobj attr".split())
PARTICLES = frozenset("prt advmod prep".split())  # how a parser attaches a verb's particle
NOMINAL = frozenset("NOUN PROPN PRON".split())
OWN_CLAUSE = frozenset("aux nsubj nsubjpass neg".split())  # a conjoined verb with these is its own


@dataclass(frozen=True)
class Form:
    """A quote's normalised words, those of them negated, and those of its immediate context."""

    words: tuple[str, ...]
    context: tuple[str, ...] = ()
    negated: tuple[str, ...] = ()


@dataclass
class Variants:
    """The lexicon: phrase groups, as token sequences."""

    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    heavy: set[str] = field(default_factory=set)  # group tokens that count as three words
    _first: dict | None = field(default=None, repr=False)  # first word -> phrases, longest first

    def add_file(self, path: Path | str) -> "Variants":
        """Read a lexicon file (format: quotes/data/variants.txt); ValueError names a bad line."""
        tokenizer = _tokenizer()
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"cannot read variants file {path}: {exc}") from exc
        for number, raw in enumerate(lines, 1):
            line = raw.split("#", 1)[0].strip()
            if line.startswith("["):
                if line != "[phrases]":
                    raise ValueError(f"{path}:{number}: unknown section {line}: only [phrases] groups are read "
                                     "(who speaks for whom is read from the articles)")
            elif line:
                items = [item.strip() for item in line.split("|") if item.strip()]
                if not items:
                    raise ValueError(f"{path}:{number}: no phrase in this group")
                self._add_group([tuple(t.lower_ for t in tokenizer(item)) for item in items])
        return self

    def _add_group(self, phrases: list[tuple[str, ...]]) -> None:
        token = CONCEPT + "".join(c if c.isalnum() else "_" for c in "_".join(phrases[0]))
        if len(phrases[0]) > 1:
            self.heavy.add(token)
        for phrase in phrases:
            self.phrases.setdefault(phrase, token)
        self._first = None

    def starting(self, token: Token) -> list[tuple[str, ...]]:
        """The phrases that may start at ``token``, longest first."""
        if self._first is None:
            self._first = defaultdict(list)
            for phrase in sorted(self.phrases, key=len, reverse=True):
                self._first[phrase[0]].append(phrase)
        found = self._first.get(token.lower_, [])
        lemma = token.lemma_.lower()
        if lemma != token.lower_:
            found = sorted(found + self._first.get(lemma, []), key=len, reverse=True)
        return found

    def weight(self, word: str) -> int:
        """How many words a word counts as: three for an idiom of the lexicon (specific enough
        on its own), the words of a phrasal verb ("sit_back": two), else one."""
        return IDIOM if word in self.heavy else 1 if word.startswith(CONCEPT) else word.count("_") + 1


def load(extra: Path | str | None = None) -> Variants:
    """The shipped lexicon, extended by ``extra`` or else by the file named in $QUOTES_VARIANTS."""
    variants = Variants().add_file(files("quotes.data") / "variants.txt")
    extra = extra or os.environ.get(VARIANTS_ENV)
    if extra:
        variants.add_file(extra)
    return variants


_TOKENIZER = None


def _tokenizer():
    global _TOKENIZER
    if _TOKENIZER is None:
        import spacy

        _TOKENIZER = spacy.blank("en").tokenizer
    return _TOKENIZER


def normalise(tokens: list[Token] | Span, variants: Variants) -> tuple[str, ...]:
    """Content lemmas of ``tokens``, lexicon phrases replaced by their group token."""
    return tuple(word for word, _ in _words(tokens, variants))


def _words(tokens: list[Token] | Span, variants: Variants) -> list[tuple[str, bool]]:
    """Content lemmas of ``tokens`` (lexicon phrases as their group token), each with whether
    it is said under a negation."""
    tokens = list(tokens)
    out, i, particles = [], 0, set()
    while i < len(tokens):
        found = _phrase_at(tokens, i, variants)
        if found:
            phrase, group = found
            out.append((group, any(_negated(t) for t in tokens[i:i + len(phrase)])))
            i += len(phrase)
            continue
        verb = _phrasal(tokens[i], tokens[-1].i + 1)
        if verb:
            particles.add(verb[1].i)
        word = verb[0] if verb else None if tokens[i].i in particles else _word(tokens[i])
        if word:
            out.append((word, _negated(tokens[i])))
        i += 1
    return out


def _phrasal(token: Token, end: int) -> tuple[str, Token] | None:
    """The WordNet phrasal verb of a verb and its particle before token ``end`` ("sit idly by",
    "carry the plan out"), with that particle; a preposition with an object is none."""
    if token.pos_ != "VERB":
        return None
    for other in token.rights:
        between = token.doc[token.i + 1:other.i]
        if other.i < end and (other.dep_ == "prt" or other.dep_ in PARTICLES and not any(other.children)
                              and all(t.head.i == token.i and t.dep_ == "advmod" for t in between)):
            word = phrasal(token.lemma_.lower(), other.lower_)
            if word:
                return word, other
    return None


def _negated(token: Token) -> bool:
    """Whether a negation ("not", "never", "no") bears on the token, or on the verb whose
    complement or particle it is ("not allow them to run", "not stand idly by", "is not a crisis"),
    unless a "but" sets it against the negated one ("not risk removal but creation of risk")."""
    bears = token.dep_ in VERB_PARTS and not _contrasted(token) or _shares_clause(token)
    return any(_negation(c) for t in ((token, token.head) if bears else (token,)) for c in t.children)


def _contrasted(token: Token) -> bool:
    """Whether a "but" stands between a complement and the word it completes."""
    low, high = sorted((token.i, token.head.i))
    return any(t.lower_ == "but" for t in token.doc[low + 1:high])


def _negation(token: Token) -> bool:
    """Whether a word negates its head: not the "not" of an alternative ("whether or not"),
    nor one setting a name or noun aside ("a woman, not me, not Bill"): "no deal" still does;
    "nothing" only as the subject or object of its head ("nothing works"), not hanging from
    a verb of another clause ("if she picks the judges, nothing you can do")."""
    if not (token.dep_ == "neg" or token.lower_ in NEGATIONS):
        return False
    if token.lower_ in NEGATIVE_PRONOUNS and token.dep_ not in ARGUMENTS:
        return False
    if token.i and token.doc[token.i - 1].lower_ == "or":
        return False
    return token.head.pos_ not in NOMINAL or token.dep_ != "neg"


def _shares_clause(token: Token) -> bool:
    """Whether a verb is conjoined to the one before it with no subject, auxiliary or negation
    of its own ("won't sit back and watch"; not "won't sit, and will watch")."""
    return token.dep_ == "conj" and token.pos_ == "VERB" and not any(c.dep_ in OWN_CLAUSE for c in token.children)


def _phrase_at(tokens: list[Token], i: int, variants: Variants) -> tuple[tuple[str, ...], str] | None:
    """The longest lexicon phrase starting at ``tokens[i]``, each word matching a lemma or text."""
    for phrase in variants.starting(tokens[i]):
        words = tokens[i:i + len(phrase)]
        if len(words) == len(phrase) and all(w in _forms(t) for w, t in zip(phrase, words)):
            return phrase, variants.phrases[phrase]
    return None


def _forms(token: Token) -> tuple[str, str]:
    return token.lower_, token.lemma_.lower()


def _word(token: Token) -> str | None:
    if token.is_punct or token.is_space or token.is_quote or token.is_stop or token.is_bracket:
        return None
    if token.like_num or token.pos_ == "PROPN":
        return token.lower_
    lemma = token.lemma_.lower().strip("'’-")
    return lemma if any(c.isalnum() for c in lemma) else None


def form(doc: Doc, start: int, end: int, variants: Variants) -> Form:
    """The form of the quote at characters ``start:end`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return Form(())
    first, last = doc[span.start].sent, doc[span.end - 1].sent
    before = doc[max(first.start, span.start - CONTEXT_WINDOW):span.start]
    after = doc[span.end:min(last.end, span.end + CONTEXT_WINDOW)]
    words = _words(span, variants)
    return Form(tuple(w for w, _ in words), normalise(before, variants) + normalise(after, variants),
                tuple(sorted({w for w, negated in words if negated})))
