"""Poll figures as speakers: "75 percent of Democrats said ..." speaks through the poll that
asked them ("In a September Post-ABC poll, 75 percent of Republicans said '...'")."""
from spacy.tokens import Span, Token

from quotes.context import Context
from quotes.lexicon import POLL_NOUNS

_SHARES = {"percent", "%", "majority", "plurality"}  # what a poll's share of its respondents is called


def poll_behind(ctx: Context, said: Token) -> Token | None:
    """The poll whose figure ``said`` is, named in its sentence or the one before in its paragraph."""
    if not (said.lower_ in _SHARES or said.pos_ == "NUM" and said.ent_type_ in ("PERCENT", "CARDINAL")):
        return None
    sent = said.sent
    found = _poll_in(ctx, sent)
    if found is None and sent.start > 0:
        before = ctx.doc[sent.start - 1].sent
        if "\n" not in ctx.text[before.start_char:sent.start_char]:
            found = _poll_in(ctx, before)
    return found


def _poll_in(ctx: Context, sent: Span) -> Token | None:
    return next((t for t in sent if t.lemma_.lower() in POLL_NOUNS and t.pos_ == "NOUN" and not ctx.quoted(t)), None)
