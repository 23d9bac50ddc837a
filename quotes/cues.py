"""The reporting cue of a quotation: the verb that reports it, and the subject that says it.

The cue is the nearest reporting verb above the quotation in the parse ("Xi warned",
"said the official", "Kirby called it ..."), else the nearest one around it in its
paragraph. The DependencyMatcher patterns for "according to X" and "as X put it" are
data, in ``quotes/data/cue_patterns.json``.
"""
import json
from functools import lru_cache
from importlib.resources import files

from spacy.matcher import DependencyMatcher
from spacy.tokens import Span, Token

from quotes.beside import BETWEEN, after_quotation, apposed_before, named_beside
from quotes.context import Context
from quotes.leadins import governs, lead_in_clause, lead_in_subject, speech_noun_before
from quotes.lexicon import (CONTINUING_CUES, DOCUMENT_NOUNS, PASSIVE_TARGETS, PHRASAL_CUES, REPORTING_VERBS,
                            SPEECH_COMPLEMENTS, SPEECH_NOUNS)
from quotes.phrases import is_media, noun_phrase

# Relations through which a clause is what a cue reports (rather than an adjunct of it).
_CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "oprd", "attr", "parataxis", "acomp",
                 "nsubj", "csubj", "ROOT", "dep", "pcomp", "pobj", "appos", "npadvmod"}
# Relations a cue's own subject hides behind: "with Kirby saying", "was quoted as saying".
_CLIMB_DEPS = {"xcomp", "advcl", "conj", "pcomp", "prep", "acl", "relcl", "ccomp"}
MAX_CLIMB = 8
# What a verb of speech may have beside its speech complement: '"...," she continued quietly.'
_BARE_DEPS = {"nsubj", "punct", "advmod", "aux", "neg", "npadvmod", "cc", "conj", "advcl"}
_BODIES = {"ORG", "GPE", "NORP"}  # institutions, which report others' words as channels
_OWN_CLAUSE_DEPS = {"relcl", "acl", "parataxis"}  # a clause with a speaker of its own
_DEMONSTRATIVES = {"that", "this", "these", "those"}  # subjects that name no speaker: "that was not her view"
_OWN_WORDS_DEPS = {"ccomp", "dobj", "xcomp", "attr", "oprd", "parataxis"}  # what a cue says besides a quotation


def mark(ctx: Context) -> None:
    """Find the article's "according to" sources (by sentence) and "as ... put it" asides."""
    doc = ctx.doc
    matches = _matcher(doc.vocab)(doc)
    ctx.sources = {doc[ids[2]].sent.start: doc[ids[2]] for key, ids in matches
                   if doc.vocab.strings[key] == "according_to"}
    ctx.asides = {ids[0] for key, ids in matches if doc.vocab.strings[key] == "as_aside"}


def is_cue(token: Token) -> bool:
    """A reporting verb, with its speech complement or particle where it needs one
    ('"...," she continued', "he shot back"), or "put it" as in "as Simonyan put it"."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    if lemma in SPEECH_COMPLEMENTS:  # with its speech complement, or bare: '"Why?" the reporter pressed.'
        deps = {c.dep_ for c in token.children}
        return bool(deps & SPEECH_COMPLEMENTS[lemma]) or deps <= _BARE_DEPS
    if lemma in PHRASAL_CUES:
        return any(c.lower_ in PHRASAL_CUES[lemma] for c in token.children)
    return lemma in REPORTING_VERBS or lemma == "put" and {"it", "as"} <= {c.lower_ for c in token.children}


def _reports(cue: Token, child: Token) -> bool:
    """Whether the cue reports what its child ``child`` says, rather than having it as an adjunct;
    "as" names the words too: 'a server which he described as "like an open orchid"'. A passive
    cue with no speaker ("its members were being asked to deliver '...'") reports for the cue above."""
    return is_cue(cue) and (child.dep_ in SPEECH_COMPLEMENTS.get(cue.lemma_.lower(), _CONTENT_DEPS)
                            or child.dep_ == "prep" and child.lower_ == "as") \
        and not (cue.dep_ == "ccomp" and _spoken_to(cue))


def _spoken_to(cue: Token) -> bool:
    """A passive cue of asking, telling or naming with no one doing it: "she was asked"."""
    return any(c.dep_ == "nsubjpass" for c in cue.children) and _names_its_subject(cue) \
        and not any(t.lower_ == "by" and t.dep_ in ("agent", "prep") for t in cue.subtree)


def exits(span: Span) -> list[Token]:
    """The tokens of a quotation whose heads lie outside it: where it hangs in the parse."""
    return [t for t in span if not (span.start <= t.head.i < span.end)]


def find_cue(ctx: Context, span: Span) -> tuple[Token | None, bool]:
    """The reporting verb the quotation hangs from, else the nearest one around it;
    and whether the quotation hangs from it."""
    found = [c for c in (_climb(ctx, t) for t in exits(span)) if c is not None]
    noun = speech_noun_before(ctx, span) if all(c.i in ctx.asides for c, _ in found) else None
    if noun is not None:  # "his statement on Wednesday that '...'", over an "as" aside around it
        return noun, False
    cue, linked = (_outermost(ctx, min(found, key=lambda c: c[1])[0], span), True) if found \
        else (_nearest_cue(ctx, span), False)
    clause = lead_in_clause(ctx, span)
    if cue is None or clause is None or clause.i == cue.i or cue.i >= span.end \
            or governs(ctx, cue, clause) or lead_in_subject(ctx, clause) is None:
        return cue, linked
    return None, False  # "X said ..., but he paid a compliment: '...'": the lead-in speaks


def _climb(ctx: Context, token: Token) -> tuple[Token, int] | None:
    """The first cue above the token that reports what lies below it, and how far up it is."""
    child, head = token, token.head
    for steps in range(MAX_CLIMB):
        if head.i == child.i:
            return None
        if not ctx.quoted(head):  # a cue that reports the words itself before an aside beside it
            if _reports(head, child) or said_by(ctx, head) is not None:
                return head, steps
            aside = _as_aside(ctx, head)
            if aside is not None:
                return aside, steps
        child, head = head, head.head
    return None


def _outermost(ctx: Context, cue: Token, span: Span) -> Token:
    """A verb cue inside what another cue reports gives way to it when someone says that
    one themselves: 'Ruiz said the workers kept telling him "..."' is Ruiz's; 'Xinhua
    reported Xi said "..."' and 'the ministry said the minister pressed for "..."' stay
    the inner speaker's (the medium or institution is the channel). A cue in a relative
    clause ("a plan which he called ..."), one set beside another ('"...," the paper
    reported') and one that follows the quotation with its subject ('"...," she said') stay."""
    if cue.pos_ not in ("VERB", "AUX") or cue.i >= span.end and all(
            c.i >= span.end for c in cue.children if c.dep_ == "nsubj"):
        return cue
    child, head = cue, cue.head
    for _ in range(MAX_CLIMB):
        if head.i == child.i or ctx.quoted(head) or child.dep_ in _OWN_CLAUSE_DEPS \
                or child.dep_ == "conj" and any(c.dep_ == "nsubj" for c in child.children):
            break  # nor one of two clauses with subjects of their own: "She said ..., and her aide replied"
        if _reports(head, child) and child.dep_ not in ("parataxis", "dep"):
            said = subject(ctx, head)
            if said is not None and said.lemma_.lower() not in DOCUMENT_NOUNS and not _institution(said) \
                    and not is_media(noun_phrase(said).text):
                cue = head
        child, head = head, head.head
    return cue


def _institution(said: Token) -> bool:
    """ "The White House", "the Foreign Ministry": a body named with its article (a bare
    surname the tagger took for an organization is not one)."""
    return said.ent_type_ in _BODIES and any(c.dep_ == "det" for c in said.children)


def said_by(ctx: Context, noun: Token) -> Token | None:
    """The possessor of a noun of speech: "Trump" in "Trump's claim that ..."."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and not ctx.quoted(c)), None)


def _as_aside(ctx: Context, clause: Token) -> Token | None:
    """ '... a "lawful source of income," as a Homeland Security memo put it' """
    for child in clause.children:
        if child.i in ctx.asides and is_cue(child) and not ctx.quoted(child):
            return child
    return None


def _nearest_cue(ctx: Context, span: Span) -> Token | None:
    """A cue in the quotation's sentences, or in the sentence it runs into: '“...” Graham asked.'"""
    start, end = span[0].sent.start, span[-1].sent.end
    after = ctx.after(span)
    if after is not None and after.sent.start >= end:
        end = after.sent.end
    candidates = [t for t in ctx.doc[start:end] if is_cue(t) and not ctx.quoted(t)
                  and ctx.same_paragraph(span, t)
                  and (t.sent.start < span[-1].sent.end or _asked(span) or not _has_own_words(ctx, t, span))]
    if not candidates:
        return None
    return min(candidates, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))


def _asked(span: Span) -> bool:
    """A question or exclamation, which the parse splits from the cue that follows it:
    '“Why?” he asked, “...”'."""
    return span[-1].text in ("?", "!") or len(span) > 1 and span[-2].text in ("?", "!")


def _has_own_words(ctx: Context, cue: Token, span: Span) -> bool:
    """Whether a cue reports words of its own, not the quotation before its sentence:
    '“...” He pledged “cooperation”', '“...” She further announced that ...'."""
    mine = ctx.quote_of[span.start]
    return any(c.dep_ in _OWN_WORDS_DEPS and ctx.quote_of[c.i] != mine for c in cue.children)


def subject(ctx: Context, cue: Token) -> Token | None:
    """Who the cue says spoke: its subject, or one it shares with the clause above it."""
    possessor = said_by(ctx, cue)
    if possessor is not None:
        return possessor
    token = cue
    for _ in range(4):
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and not ctx.quoted(c)
                    and not c.is_punct and not (c.lower_ in _DEMONSTRATIVES and token.dep_ != "relcl")] \
            or [c for c in token.children if _misparsed_name(c) and not ctx.quoted(c)]
        if subjects:  # the nearest, when a bad parse gives two
            nearest = min(subjects, key=lambda c: abs(c.i - token.i))
            if nearest.dep_ == "nsubjpass" and token.i == cue.i and _names_its_subject(cue):
                return _agent(ctx, token)  # "Blumenthal was asked, '...'": he is the one spoken to
            if nearest.tag_ in ("WDT", "WP") and token.dep_ == "relcl":  # "a letter that says ..."
                return issuer(ctx, token.head) or nearest
            return _outer_subject(ctx, cue, token) or nearest
        if token.dep_ == "acl" and not ctx.quoted(token.head):
            return issuer(ctx, token.head) or _object_holder(ctx, token) or token.head
        if token.dep_ not in _CLIMB_DEPS or token.head.i == token.i:
            break
        token = token.head
    return after_quotation(ctx, cue) or (after_quotation(ctx, token) if token.i != cue.i else None) \
        or _relative_antecedent(ctx, cue) or apposed_before(ctx, cue) or named_beside(ctx, cue)


def _misparsed_name(child: Token) -> bool:
    """A name right beside its verb that the parse took for an adverb: '"...," said Skelly'."""
    return child.pos_ == "PROPN" and child.dep_ in ("advmod", "npadvmod", "dep") \
        and abs(child.i - child.head.i) == 1 and child.ent_type_ not in ("DATE", "TIME")


def _names_its_subject(cue: Token) -> bool:
    """A passive cue whose subject is the one spoken to or named: "was asked", "was hailed as"
    (not "was quoted as saying")."""
    return cue.lemma_.lower() in PASSIVE_TARGETS or any(c.dep_ == "prep" and c.lower_ == "as" and not any(
        g.dep_ == "pcomp" for g in c.children) for c in cue.children)


def _agent(ctx: Context, verb: Token) -> Token | None:
    """Who did it, in the passive: "the coach" in "she was asked by the coach", even where
    the parse hangs the "by" from the quoted words."""
    return next((o for by in verb.subtree if by.lower_ == "by" and by.dep_ in ("agent", "prep")
                 and not ctx.quoted(by) for o in by.children if o.dep_ == "pobj" and not ctx.quoted(o)), None)


def _relative_antecedent(ctx: Context, cue: Token) -> Token | None:
    """ "Okafor, meanwhile, who sits on no committee, said ...": the parse hung the speaker
    inside the relative clause right before the cue; the noun that clause describes speaks."""
    doc, sent = ctx.doc, cue.sent
    for j in range(cue.i - 1, max(sent.start, cue.i - BETWEEN) - 1, -1):
        if ctx.quoted(doc[j]) or is_cue(doc[j]):
            return None
        if doc[j].lower_ in ("who", "which") and doc[j].tag_ in ("WP", "WDT"):
            k = j - 1
            while k >= sent.start and (doc[k].text == "," or doc[k].pos_ == "ADV"):
                k -= 1
            named = doc[k] if k >= sent.start else None
            return named if named is not None and named.pos_ in ("NOUN", "PROPN") and not ctx.quoted(named) else None
    return None


def _outer_subject(ctx: Context, cue: Token, clause: Token) -> Token | None:
    """A participle cue ("..., saying") the parse hangs inside what another verb reports
    ("Trump argued that a database would help, saying ..."), inside a noun's clause
    ("rejected the notion that ..., saying ...") or in a clause of time or reason beside a
    cue ("Hannity said ... after Rubio won, remarking ...") shares that outer verb's subject."""
    if clause.i == cue.i or cue.tag_ != "VBG" or clause.dep_ not in ("ccomp", "acl", "advcl"):
        return None
    outer = clause.head.head if clause.dep_ == "acl" else clause.head
    if clause.dep_ == "ccomp" and not is_cue(outer):
        return None
    if clause.dep_ == "advcl" and not (cue.head.i == clause.i and cue.lemma_.lower() in CONTINUING_CUES
                                       and is_cue(outer) and not is_cue(clause)
                                       and any(c.dep_ == "mark" for c in clause.children)):
        return None  # "Hannity said ... after the senator won, remarking ...": the cue's clause
    return next((c for c in outer.children if c.dep_ == "nsubj" and not ctx.quoted(c)), None)


def _object_holder(ctx: Context, participle: Token) -> Token | None:
    """ "Asante rejected the notion that ..., saying ...": a participle cue the parse hangs
    from the object of a verb, when that object names no one or a comma sets the participle
    off ("Dahl ended the interview with a joke about the referee, remarking ..."), shares
    the verb's subject."""
    noun = participle.head
    if participle.tag_ != "VBG":
        return None
    if participle.nbor(-1).text == "," and noun.dep_ in ("dobj", "pobj"):
        verb = noun
        while verb.dep_ in ("dobj", "pobj", "prep", "conj", "appos") and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
    elif noun.dep_ == "dobj" and not noun.ent_type_ and noun.pos_ == "NOUN":
        verb = noun.head
    else:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and not ctx.quoted(c)), None)


def issuer(ctx: Context, noun: Token) -> Token | None:
    """Who put out the document that speaks: "Mackler" in "Mackler issued a statement saying ..."."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS or noun.dep_ not in ("dobj", "pobj"):
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return next((c for c in verb.children if c.dep_ == "nsubj" and not ctx.quoted(c)), None)


@lru_cache(maxsize=4)
def _matcher(vocab) -> DependencyMatcher:
    matcher = DependencyMatcher(vocab)
    for name, pattern in _patterns().items():
        matcher.add(name, [pattern])
    return matcher


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[dict]]:
    return json.loads(files("quotes.data").joinpath("cue_patterns.json").read_text(encoding="utf-8"))
