"""Lead-ins: the clause a colon before a quotation closes ('but he gave the coach a
compliment: "..."'), and a noun of speech just before the words ("her March comment that, '...'")."""
from spacy.tokens import Span, Token

from quotes.context import Context
from quotes.lexicon import SPEECH_NOUNS

_PERSONAL = {"he", "she", "i", "we", "they"}
_NOUN_WINDOW = 8  # how many words a noun of speech may stand before the words it names
_LEAD_MARKS = ":—–"  # what ends a lead-in: a colon, or a dash ("had a blunt message for Madrid — '...'")
_MARKS = set("\"'“”„«»‘’`")  # quotation marks, which with blanks may stand between a colon and the words


def lead_in_clause(ctx: Context, span: Span) -> Token | None:
    """The verb of the clause a colon right before the quotation closes, in its paragraph
    or ending the one before: "gave" in 'but he gave the coach a compliment: "..."'."""
    verb = colon_before(ctx, span)
    if verb is None:
        return None
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") and not ctx.quoted(verb) else None


def colon_before(ctx: Context, span: Span) -> Token | None:
    """The token holding the colon (or dash) right before the quotation's opening mark, in its
    paragraph or ending the one before: 'Kirby added: "..."', 'Councillor Ama Boateng (Ward 4): "..."'."""
    if not len(span) or ctx.quote_of[span.start] < 0:
        return None
    j = ctx.spans[ctx.quote_of[span.start]].start - 1
    while j >= 0 and (ctx.text[j] in _MARKS or ctx.text[j].isspace()):
        j -= 1
    if j < 0 or ctx.text[j] not in _LEAD_MARKS:
        return None
    found = ctx.doc.char_span(j, j + 1, alignment_mode="expand")
    return found[0] if found is not None and len(found) else None


def lead_in_subject(ctx: Context, clause: Token) -> Token | None:
    """The person a lead-in clause has for its subject, who then says what follows the colon."""
    return next((c for c in clause.children if c.dep_ == "nsubj" and not ctx.quoted(c)
                 and (c.ent_type_ == "PERSON" or c.lower_ in _PERSONAL)), None)


def governs(ctx: Context, cue: Token, clause: Token) -> bool:
    """Whether the clause hangs below the cue outside any quotation ("said it would appeal:"),
    not as a clause of its own coordinated with it ("said ..., but she gave ...:")."""
    token = clause
    while token.head.i != token.i and not ctx.quoted(token.head):
        if token.head.i == cue.i:
            return token.dep_ != "conj"
        token = token.head
    return False


def speech_noun_before(ctx: Context, span: Span) -> Token | None:
    """A noun of speech with a possessor just before the words, with no verb between them:
    'her March comment that, "..."', 'his statement on Wednesday that "..."', 'their chants of "..."'."""
    first = span.start - 1
    while first >= 0 and ctx.quoted(ctx.doc[first]) and ctx.quote_of[first] == ctx.quote_of[span.start]:
        first -= 1  # its opening mark
    for j in range(first, max(span.sent.start, first - _NOUN_WINDOW) - 1, -1):
        token = ctx.doc[j]
        if ctx.quoted(token) or token.pos_ in ("VERB", "AUX"):
            return None
        if token.pos_ == "NOUN" and token.lemma_.lower() in SPEECH_NOUNS \
                and any(c.dep_ == "poss" and not ctx.quoted(c) for c in token.children):
            return token
    return None
