"""Speakers the parse lost, found by where they stand beside their cue: after a cue that
follows its quotation ('"...," said the woman, who ...'), between the quotation and the cue
('"...," defender Bram Visser, wearing a cap, said'), a person described right before the
cue ("Jay DiPietro, the club's president, suggested"), or a name right beside the cue."""
from spacy.tokens import Token

from quotes.context import Context

BETWEEN = 20  # how many tokens a cue may follow its quotation's close with the speaker between them
_BESIDE = 6  # how many tokens from its cue a speaker the parse missed may stand
_PHRASE_POS = {"DET", "ADJ", "NUM", "PROPN", "NOUN", "PRON"}  # what a speaker's noun phrase is made of


def after_quotation(ctx: Context, cue: Token) -> Token | None:
    """The speaker the parse lost where a cue follows its quotation, by position: right after
    the cue ('"...," said the woman, who ...'; '"...," read the email') or between the
    quotation and the cue ('"...," defender Bram Visser, wearing a cap, said')."""
    doc, sent = ctx.doc, cue.sent
    before = cue.i - 1
    while before >= sent.start and doc[before].is_punct and not ctx.quoted(doc[before]):
        before -= 1
    if before >= sent.start and ctx.quoted(doc[before]):
        return _phrase_head(ctx, cue.i + 1)
    close = next((j for j in range(cue.i - 1, max(sent.start, cue.i - BETWEEN) - 1, -1)
                  if ctx.quoted(doc[j])), None)
    if close is None:
        return None
    head = _phrase_head(ctx, close + 1)
    if head is None:
        return None
    rest = doc[head.i + 1:cue.i]  # nothing, or a parenthesis set off by commas, up to the cue
    return head if not len(rest) or rest[0].text == "," and rest[-1].text == "," else None


def _phrase_head(ctx: Context, start: int) -> Token | None:
    """The last noun of the noun phrase that starts at ``start`` (after any commas)."""
    doc, head = ctx.doc, None
    i = start
    while i < len(doc) and doc[i].text == "," and not ctx.quoted(doc[i]):
        i += 1
    while i < len(doc) and not ctx.quoted(doc[i]) and (doc[i].pos_ in _PHRASE_POS or doc[i].tag_ in ("POS", "HYPH")):
        if doc[i].pos_ in ("NOUN", "PROPN", "PRON", "NUM") and doc[i].ent_type_ not in ("DATE", "TIME") \
                or doc[i].lower_ == "old" and doc[i - 1].tag_ == "HYPH":  # "the 20-year-old"
            head = doc[i]
        i += 1
    return head if head is not None and (head.pos_ != "NUM" or head.lower_ == "one") else None


def named_beside(ctx: Context, cue: Token) -> Token | None:
    """A name right beside the cue when the parse gives it no subject: '“...” Flynn, an aide, said'."""
    told = {t.i for c in cue.children if c.dep_ == "dative" or c.dep_ == "dobj" and cue.lemma_ == "tell"
            for t in c.subtree}
    near = [t for t in cue.sent if t.ent_type_ in ("PERSON", "ORG") and not ctx.quoted(t)
            and abs(t.i - cue.i) <= _BESIDE and t.i not in told]  # whom it was told is not the speaker
    return min(near, key=lambda t: abs(t.i - cue.i) + (t.i > cue.i) * 0.5) if near else None


def apposed_before(ctx: Context, cue: Token) -> Token | None:
    """A person described right before the cue, which the parse gave no subject:
    "At Boca West, Jay DiPietro, the club's president and general manager, suggested ..."."""
    j = cue.i - 1
    while j >= cue.sent.start and ctx.doc[j].is_punct and not ctx.quoted(ctx.doc[j]):
        j -= 1
    token, apposed = ctx.doc[j], False
    while token.dep_ in ("appos", "conj") and token.head.i < token.i and not ctx.quoted(token) \
            and token.ent_type_ != "PERSON":
        apposed = apposed or token.dep_ == "appos"
        token = token.head
    return token if apposed and token.ent_type_ == "PERSON" and not ctx.quoted(token) else None
