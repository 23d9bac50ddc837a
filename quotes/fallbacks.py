"""Attribution when no cue reports a quotation: each rule a function of the context and
the quotation's index, tried in the order of ``RULES`` after a transcript label
(``labelled``): "according to X", a lead-in ending in a colon, a signature after a dash,
a reporting word the tagger took for a noun, the issuer of a statement just before ("X
issued a statement, '...'"), a new speaker named between two quotations, a person,
institution or document that is the subject of the clause the words stand in, a cue in the
main clause of the sentence just before, a person named just before the paragraph they
open, the quotation before it, the sentence before it, the named subject of the clause the
words stand in, and the person the paragraph before is about."""
from dataclasses import replace

from spacy.tokens import Span, Token

from quotes.channels import according_phrase
from quotes.context import Attribution, Context
from quotes.cues import MAX_CLIMB, exits, is_cue, issuer, subject
from quotes.leadins import colon_before, lead_in_clause, lead_in_subject
from quotes.lexicon import REPORTING_VERBS
from quotes.names import Speaker, describe
from quotes.reporting import from_cue

_MISTAGGED_WORDS = 8  # words after a quotation that may hold a speaker and a mistagged cue
_CONTINUED_WORDS = 25  # words after a quotation beyond which the next paragraph's is not its sequel
_SIGNATURE_WORDS = 12  # words a signature line below a quotation may have
_DOUBLE_MARKS = set('"“”„«»')
_DASHES = "―—–-"
_PERSONAL = {"he", "she", "they", "we"}  # pronouns that stand for people
_FIRST_PERSON = {"i", "we"}  # the writer's own voice, which has no name in the article
_CHANNEL_PREPOSITIONS = {"on", "in", "with", "via", "to"}  # "later that month on CNN:" names a channel


def labelled(ctx: Context, i: int) -> Attribution | None:
    """A transcript line: "PENCE: Well, look, ..." is Pence's."""
    if ctx.spans[i].label is None:
        return None
    mention = ctx.doc.char_span(*ctx.spans[i].label, alignment_mode="expand")
    if mention is None:
        return None
    name = ctx.roster.full_name(mention.text.title(), mention.start)
    return ctx.record(Speaker(name, "person", mention), None, None)


def according_to(ctx: Context, i: int) -> Attribution | None:
    """ "According to X, '...'": X is the speaker when no cue says otherwise."""
    span = ctx.tokens[i]
    phrase = according_phrase(ctx, span.sent)
    if phrase is None:
        return None
    speaker = describe(phrase.root, ctx.roster, ctx.speakers)
    to = ctx.sources[span.sent.start].head  # the pattern matched "according" > "to" > the source
    return ctx.record(speaker, "according to", None, cue_at=ctx.doc[to.head.i:to.i + 1]) if speaker else None


def lead_in(ctx: Context, i: int) -> Attribution | None:
    """ "And from Chairwoman Rosenworcel:" or "Kirby added:" right before the quotation."""
    span = ctx.tokens[i]
    colon = colon_before(ctx, span)
    if colon is None:
        return None
    start, sent = colon.i, colon.sent
    cues = [t for t in sent if is_cue(t) and not ctx.quoted(t) and t.i < start]
    clause = lead_in_clause(ctx, span)
    said = lead_in_subject(ctx, clause) if clause is not None and not is_cue(clause) else None
    if said is not None and not any(c.i in {t.i for t in clause.subtree} for c in cues):
        speaker = describe(said, ctx.roster, ctx.speakers)  # "He also played up his defence: '...'"
        if speaker is not None and speaker.name:
            return ctx.record(speaker, None, None)
    if cues:
        result = from_cue(ctx, cues[-1], span)
        if result:
            return result
    for ent in reversed(sent.ents):
        if ent.end <= start + 1 and ent.label_ in ("PERSON", "ORG") and not ctx.quoted(ent.root) \
                and not (ent.label_ == "ORG" and ent.root.dep_ == "pobj"
                         and ent.root.head.lower_ in _CHANNEL_PREPOSITIONS):
            speaker = describe(ent.root, ctx.roster, ctx.speakers)
            if speaker:
                return ctx.record(speaker, None, None)
    return None


def signature(ctx: Context, i: int) -> Attribution | None:
    """ '“...” ― Sonya Herridge': a name after a dash closing the quotation's paragraph,
    or opening the short line right below it ("-Ines Duarte, club president")."""
    text, quote_end = ctx.text, ctx.spans[i].end
    end = text.find("\n", quote_end)
    tail = text[quote_end:end if end >= 0 else len(text)]
    if not tail.strip("”\"'’» ") and end >= 0:  # the quotation ends its paragraph: the line below
        below = len(text) - len(text[end:].lstrip())
        line_end = text.find("\n", below)
        line = text[below:line_end if line_end >= 0 else len(text)]
        if len(line.split()) <= _SIGNATURE_WORDS and not _DOUBLE_MARKS & set(line):
            quote_end, tail = below, line
    stripped = tail.lstrip("”\"'’»").lstrip()
    if not stripped or stripped[0] not in _DASHES:
        return None
    start = quote_end + len(tail) - len(stripped)
    signed = ctx.doc.char_span(start + 1, start + len(stripped.rstrip()), alignment_mode="expand")
    if signed is None:
        return None
    names = [t for t in signed if t.pos_ == "PROPN" or t.ent_type_]
    if not names:
        return None
    speaker = describe(names[0], ctx.roster, ctx.speakers)
    if speaker is None or not speaker.name:
        return None  # the dash may be glued to the name: "-Kofi Mensah"
    return ctx.record(replace(speaker, name=speaker.name.lstrip(_DASHES)), None, None)


def issued(ctx: Context, i: int) -> Attribution | None:
    """ 'Trump issued a statement, "..."' or "The club released a statement." before the
    paragraph the words open: who put the document out says them."""
    span = ctx.tokens[i]
    before = _sentence_before(ctx, span)
    if before is not None and not (ctx.same_paragraph(span, before[0]) or _opens_after(ctx, span, before)):
        before = None
    words = list(ctx.doc[span.sent.start:span.start]) + (list(before) if before is not None else [])
    for noun in words:
        said = issuer(ctx, noun) if noun.dep_ == "dobj" and not ctx.quoted(noun) else None
        speaker = describe(said, ctx.roster, ctx.speakers) if said is not None else None
        if speaker is not None:
            return ctx.record(speaker, None, None)
    return None


def cue_between(ctx: Context, i: int) -> Attribution | None:
    """A cue of its own between the quotation before and this one, in its paragraph, names
    a new speaker: '"...," Ebeling said, and her husband cut in. "Don't forget Tom."'."""
    span = ctx.tokens[i]
    if i == 0 or not len(ctx.tokens[i - 1]):
        return None
    previous, sent = ctx.results[i - 1], ctx.tokens[i - 1][-1].sent
    if span.start > sent.end + 1 or not ctx.same_paragraph(span, sent[0]):
        return None  # only the rest of the sentence of the quotation before, right before this one
    between = ctx.doc[ctx.tokens[i - 1].end:min(span.start, sent.end)]
    cues = [t for t in between if is_cue(t) and not ctx.quoted(t)  # a main clause: "..., and X cut in."
            and (t.dep_ == "ROOT" or t.dep_ == "conj" and t.head.dep_ == "ROOT" or _said_by_who(t, -1))]
    said = subject(ctx, cues[-1]) if cues else None
    if said is None or previous is not None and previous.mention == (said.idx, said.idx + len(said)):
        return None
    return from_cue(ctx, cues[-1], span)


def mistagged_cue(ctx: Context, i: int) -> Attribution | None:
    """ '"...," a voice-over in the ad states.': a reporting word the tagger took for a noun
    ends the sentence right after the quotation; the words before it name the speaker."""
    span = ctx.tokens[i]
    after = ctx.after(span)
    if after is None or after.is_punct:
        return None
    words = [t for t in after.sent[after.i - after.sent.start:] if not t.is_punct]
    if not 1 < len(words) <= _MISTAGGED_WORDS or words[-1].lemma_.lower() not in REPORTING_VERBS:
        return None
    cue, named = words[-1], words[-2]
    if cue.pos_ in ("VERB", "AUX") or named.pos_ not in ("NOUN", "PROPN") or words[0].pos_ == "ADP":
        return None
    speaker = describe(named, ctx.roster, ctx.speakers)
    return ctx.record(speaker, cue.text, None) if speaker else None


def continuation(ctx: Context, i: int) -> Attribution | None:
    """A quotation with no cue after an attributed one in its paragraph, or opening the next, continues it.

    Titles and terms between them are skipped; the rest of the sentence that carries the
    earlier quotation ("..., Adelson said during an interview in Macau.") does not count
    as words between them.
    """
    j = next((j for j in range(i - 1, -1, -1) if ctx.results[j] is not None), None)
    if j is None or not (ctx.results[j].speaker or (ctx.results[j].mention_text or "").lower() in _FIRST_PERSON):
        return None  # the writer, who has no name in the article, goes on as "I"
    tokens = ctx.tokens[j]
    end = tokens[-1].sent.end_char if len(tokens) else ctx.spans[j].end
    between = ctx.text[max(end, ctx.spans[j].end):ctx.spans[i].start]
    if "\n" in between and (between.count("\n") > 2 or len(between.split()) > _CONTINUED_WORDS):
        return None
    return ctx.results[j]


def neighbour(ctx: Context, i: int) -> Attribution | None:
    """The sentence just before, with no quotation of its own, names the speaker:
    "Schiff said." or "Douglas Holtz-Eakin is an economist at the forum." before "..."."""
    span = ctx.tokens[i]
    before = _sentence_before(ctx, span)
    if before is None or not ctx.same_paragraph(span, before[0]):
        return None
    cues = [t for t in before if is_cue(t)]
    if cues:
        return from_cue(ctx, cues[-1], span)
    return _subject_of(ctx, before, lambda t: t.ent_type_ == "PERSON")


def paragraph_before(ctx: Context, i: int) -> Attribution | None:
    """A quotation opening its paragraph is the words of the person the last sentence of
    the paragraph before is about ("Valastro praised Christie's leadership." then his words)."""
    span = ctx.tokens[i]
    before = _sentence_before(ctx, span)
    if before is None or not _opens_after(ctx, span, before):
        return None
    return _subject_of(ctx, before, lambda t: t.pos_ == "PROPN" or t.lower_ in ("he", "she"), "person")


def cue_before(ctx: Context, i: int) -> Attribution | None:
    """Before any earlier speaker is continued: the sentence right before the quotation, in its
    paragraph or ending the paragraph before, holds no quotation (but terms) and its main clause
    reports someone's words: "The club is not ready, he said." then "We lost our best players.";
    or after its quotation, a "who" clause does ('"...," said Asante, who also said ...' then "...")."""
    span = ctx.tokens[i]
    before = _sentence_before(ctx, span, quoted=True)
    if before is None or not (ctx.same_paragraph(span, before[0]) or _opens_after(ctx, span, before)):
        return None
    last_quoted = max((t.i for t in before if ctx.quoted(t) and ctx.quote_of[t.i] < i  # terms and titles do not count
                       and ctx.results[ctx.quote_of[t.i]] is not None), default=-1)
    cues = [t for t in before
            if is_cue(t) and (_main_clause(t) and last_quoted < 0 or _said_by_who(t, last_quoted))]
    return from_cue(ctx, cues[-1], span) if cues else None


def _said_by_who(verb: Token, last_quoted: int) -> bool:
    """A cue of a clause about the one just named, after any quotation of its sentence:
    '"...," said Aguilar, who also said that the party must do more.' then "..."."""
    return verb.dep_ == "relcl" and verb.i > last_quoted \
        and any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in verb.children)


def _main_clause(verb: Token) -> bool:
    """The verb of its sentence's main clause, or of one beside it: "..., he said."."""
    return verb.dep_ == "ROOT" or verb.dep_ in ("parataxis", "conj", "ccomp") and verb.head.dep_ == "ROOT"


def person_before(ctx: Context, i: int) -> Attribution | None:
    """Before any earlier speaker is continued: a quotation opening its paragraph right
    after one that ends on a named person ("Deputy Mayor Tom Becker disagreed.") is theirs."""
    span = ctx.tokens[i]
    before = _sentence_before(ctx, span)
    if before is None or not _opens_after(ctx, span, before):
        return None
    return _subject_of(ctx, before, lambda t: t.ent_type_ == "PERSON", "person")


def _sentence_before(ctx: Context, span: Span, quoted: bool = False) -> Span | None:
    """The sentence before the one the quotation opens, when it holds no quotation (or ``quoted``)."""
    first = span[0].sent.start
    if first == 0 or span.start - first > 2:
        return None
    before = ctx.doc[first - 1].sent
    return None if not quoted and any(ctx.quoted(t) for t in before) else before


def _subject_of(ctx: Context, sent: Span, named, kind: str | None = None) -> Attribution | None:
    """The speaker the sentence's subject names, when ``named`` accepts it (and of ``kind``)."""
    subjects = [t for t in sent if t.dep_ == "nsubj" and t.head == sent.root and named(t)]
    if not subjects:
        return None
    speaker = describe(subjects[0], ctx.roster, ctx.speakers)
    return ctx.record(speaker, None, None) if speaker and kind in (None, speaker.type) else None


def _opens_after(ctx: Context, span: Span, before: Span) -> bool:
    """The quotation opens its paragraph, right after the paragraph that ends with ``before``."""
    gap = ctx.text[before.end_char:span.start_char]
    return gap.count("\n") <= 2 and not gap.strip(" \n\"“„«'‘")


def clause_subject(ctx: Context, i: int) -> Attribution | None:
    """With no cue at all, the named subject of the clause the words stand in:
    'Reid has gone after Trump as a "human leech who will bleed the country"'."""
    said = _clause_subject(ctx, ctx.tokens[i])
    speaker = describe(said, ctx.roster, ctx.speakers) if said is not None else None
    if speaker is not None and speaker.name and speaker.type != "anonymous":
        return ctx.record(speaker, None, None)
    return None


def clause_person(ctx: Context, i: int) -> Attribution | None:
    """Before any earlier speaker is continued, a person, institution or document that is the
    subject of the clause the words stand in speaks them: 'She called the ruling "a disgrace to
    the court."', 'Duarte, who portrayed him as "the hardest worker ..."', 'The agency declined
    to detail the investigation's "specific focus"'."""
    said = _clause_subject(ctx, ctx.tokens[i])
    if said is None:
        return None
    person = said.ent_type_ == "PERSON" or said.lower_ in _PERSONAL or said.tag_ == "WP"
    speaker = describe(said, ctx.roster, ctx.speakers)
    if speaker is None or not (person and speaker.type == "person" or speaker.type in ("organization", "media")):
        return None
    return ctx.record(speaker, None, None)


def _clause_subject(ctx: Context, span: Span) -> Token | None:
    """The subject of the nearest verb above the quotation, outside any quotation."""
    for token in exits(span):
        for head in list(token.ancestors)[:MAX_CLIMB]:
            subjects = [c for c in head.children if c.dep_ == "nsubj" and not ctx.quoted(c)]
            if head.pos_ == "VERB" and not ctx.quoted(head) and subjects:
                return subjects[0]
    return None


# The rules, in the order they are tried.
RULES = (according_to, lead_in, signature, mistagged_cue, issued, cue_between, clause_person, cue_before, person_before,
         continuation, neighbour, clause_subject, paragraph_before)
