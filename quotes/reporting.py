"""From a reporting cue to an attribution: the speaker its subject names, and the channel."""
from spacy.tokens import Span, Token

from quotes.channels import channel, document
from quotes.context import Attribution, Context
from quotes.cues import is_cue, subject
from quotes.names import Speaker, describe
from quotes.polls import poll_behind


def from_cue(ctx: Context, cue: Token, span: Span) -> Attribution | None:
    """The attribution the cue gives the quotation, or None when it names nobody."""
    said = subject(ctx, cue)
    if said is None:
        return None
    said = poll_behind(ctx, said) or said
    speaker = describe(said, ctx.roster, ctx.speakers)
    if speaker is None:
        return None
    via = channel(ctx, cue, speaker)
    if speaker.type in ("media", "organization") and not via:
        inner = _embedded_person(ctx, cue, span)
        if inner is not None:
            via = speaker.name if speaker.type == "media" else document(ctx, said)
            speaker = inner
    return ctx.record(speaker, cue.text, via, cue_at=ctx.doc[cue.i:cue.i + 1])


def _embedded_person(ctx: Context, cue: Token, span: Span) -> Speaker | None:
    """ "the news agency reported Xi said": the person whose words the medium reports."""
    above = {a.i for t in span for a in t.ancestors}
    for token in cue.subtree:
        if token.i != cue.i and token.i not in above and is_cue(token) and not ctx.quoted(token):
            said = subject(ctx, token)
            if said is not None and said.i != cue.i:
                speaker = describe(said, ctx.roster, ctx.speakers)
                if speaker is not None and speaker.type == "person":
                    return speaker
    return None
