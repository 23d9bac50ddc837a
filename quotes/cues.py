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

from quotes.beside import BETWEEN, after_quotation, named_beside
from quotes.context import Context
from quotes.lexicon import DOCUMENT_NOUNS, PHRASAL_CUES, REPORTING_VERBS, SPEECH_COMPLEMENTS, SPEECH_NOUNS
from quotes.phrases import is_media, noun_phrase

# Relations through which a clause is what a cue reports (rather than an adjunct of it).
_CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "oprd", "attr", "parataxis", "acomp",
                 "nsubj", "csubj", "ROOT", "dep", "pcomp", "pobj", "appos", "npadvmod"}
# Relations a cue's own subject hides behind: "with Kirby saying", "was quoted as saying".
_CLIMB_DEPS = {"xcomp", "advcl", "conj", "pcomp", "prep", "acl", "relcl", "ccomp"}
MAX_CLIMB = 8
# What a verb of speech may have beside its speech complement: '"...," she continued quietly.'
_BARE_DEPS = {"nsubj", "punct", "advmod", "aux", "neg", "npadvmod", "cc", "conj", "advcl"}
_PERSONAL = {"he", "she", "i", "we", "they"}
_MARKS = set("\"'“”„«»‘’`")  # quotation marks, which with blanks may stand between a colon and the words it opens
_BODIES = {"ORG", "GPE", "NORP"}  # institutions, which report others' words as channels
_OWN_CLAUSE_DEPS = {"relcl", "acl", "parataxis"}  # a clause with a speaker of its own


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
    return lemma in REPORTING_VERBS or lemma == "put" and any(c.lower_ == "it" for c in token.children)


def _reports(cue: Token, child: Token) -> bool:
    """Whether the cue reports what its child ``child`` says, rather than having it as an adjunct."""
    return is_cue(cue) and child.dep_ in SPEECH_COMPLEMENTS.get(cue.lemma_.lower(), _CONTENT_DEPS)


def exits(span: Span) -> list[Token]:
    """The tokens of a quotation whose heads lie outside it: where it hangs in the parse."""
    return [t for t in span if not (span.start <= t.head.i < span.end)]


def find_cue(ctx: Context, span: Span) -> tuple[Token | None, bool]:
    """The reporting verb the quotation hangs from, else the nearest one around it;
    and whether the quotation hangs from it."""
    found = [c for c in (_climb(ctx, t) for t in exits(span)) if c is not None]
    cue, linked = (_outermost(ctx, min(found, key=lambda c: c[1])[0], span), True) if found \
        else (_nearest_cue(ctx, span), False)
    clause = lead_in_clause(ctx, span)
    if cue is None or clause is None or clause.i == cue.i or cue.i >= span.end \
            or _governs(ctx, cue, clause) or lead_in_subject(ctx, clause) is None:
        return cue, linked
    return None, False  # "X said ..., but he paid a compliment: '...'": the lead-in speaks


def lead_in_clause(ctx: Context, span: Span) -> Token | None:
    """The verb of the clause a colon right before the quotation closes: "gave" in
    'but he gave the coach a compliment: "..."'."""
    verb = colon_before(ctx, span)
    if verb is None or not ctx.same_paragraph(span, verb):
        return None
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") and not ctx.quoted(verb) else None


def colon_before(ctx: Context, span: Span) -> Token | None:
    """The token holding the colon right before the quotation's opening mark, in its
    paragraph or ending the one before: 'Kirby added: "..."', 'Councillor Ama Boateng (Ward 4): "..."'."""
    if not len(span) or ctx.quote_of[span.start] < 0:
        return None
    j = ctx.spans[ctx.quote_of[span.start]].start - 1
    while j >= 0 and (ctx.text[j] in _MARKS or ctx.text[j].isspace()):
        j -= 1
    if j < 0 or ctx.text[j] != ":":
        return None
    found = ctx.doc.char_span(j, j + 1, alignment_mode="expand")
    return found[0] if found is not None and len(found) else None


def _governs(ctx: Context, cue: Token, clause: Token) -> bool:
    """Whether the clause hangs below the cue outside any quotation ("said it would appeal:"),
    not as a clause of its own coordinated with it ("said ..., but she gave ...:")."""
    token = clause
    while token.head.i != token.i and not ctx.quoted(token.head):
        if token.head.i == cue.i:
            return token.dep_ != "conj"
        token = token.head
    return False


def lead_in_subject(ctx: Context, clause: Token) -> Token | None:
    """The person a lead-in clause has for its subject, who then says what follows the colon."""
    return next((c for c in clause.children if c.dep_ == "nsubj" and not ctx.quoted(c)
                 and (c.ent_type_ == "PERSON" or c.lower_ in _PERSONAL)), None)


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
                  and ctx.same_paragraph(span, t)]
    if not candidates:
        return None
    return min(candidates, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))


def subject(ctx: Context, cue: Token) -> Token | None:
    """Who the cue says spoke: its subject, or one it shares with the clause above it."""
    possessor = said_by(ctx, cue)
    if possessor is not None:
        return possessor
    token = cue
    for _ in range(4):
        subjects = [c for c in token.children
                    if c.dep_ in ("nsubj", "nsubjpass") and not ctx.quoted(c) and not c.is_punct]
        if subjects:  # the nearest, when a bad parse gives two
            nearest = min(subjects, key=lambda c: abs(c.i - token.i))
            if nearest.tag_ in ("WDT", "WP") and token.dep_ == "relcl":  # "a letter that says ..."
                return issuer(ctx, token.head) or nearest
            return _outer_subject(ctx, cue, token) or nearest
        if token.dep_ == "acl" and not ctx.quoted(token.head):
            return issuer(ctx, token.head) or _object_holder(ctx, token) or token.head
        if token.dep_ not in _CLIMB_DEPS or token.head.i == token.i:
            break
        token = token.head
    return after_quotation(ctx, cue) or _relative_antecedent(ctx, cue) or named_beside(ctx, cue)


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
    ("Trump argued that a database would help, saying ...") or inside a noun's clause
    ("rejected the notion that ..., saying ...") shares that outer verb's subject."""
    if clause.i == cue.i or cue.tag_ != "VBG" or clause.dep_ not in ("ccomp", "acl"):
        return None
    outer = clause.head.head if clause.dep_ == "acl" else clause.head
    if clause.dep_ == "ccomp" and not is_cue(outer):
        return None
    return next((c for c in outer.children if c.dep_ == "nsubj" and not ctx.quoted(c)), None)


def _object_holder(ctx: Context, participle: Token) -> Token | None:
    """ "Asante rejected the notion that ..., saying ...": a participle cue the parse hangs
    from the object of a verb, when that object names no one, shares the verb's subject."""
    noun = participle.head
    if participle.tag_ != "VBG" or noun.dep_ != "dobj" or noun.ent_type_ or noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj" and not ctx.quoted(c)), None)


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
