"""Attributing quoted stretches to speakers: the wiring of the attribution stages.

For each quotation the reporting cue (``quotes.cues``) names the speaker through its
subject (``quotes.reporting``), with the channel (``quotes.channels``); a quotation no
cue reports falls back, in order, on the rules of ``quotes.fallbacks``.
"""
from spacy.tokens import Doc, Span, Token

from quotes import fallbacks
from quotes.context import Attribution, Context
from quotes.cues import exits, find_cue, mark
from quotes.quotations import QuoteSpan
from quotes.reporting import from_cue

__all__ = ["Attribution", "attribute"]

_SHORT = 2  # a quoted stretch of at most this many words needs a cue of its own
_TITLE_WORDS = 8  # a stretch in title case of at most this many words is a title
# How words a cue reports hang from it (a title it names hangs as its object).
_SPEECH_DEPS = {"ccomp", "parataxis", "advmod", "intj", "dep", "neg"}


def attribute(doc: Doc, spans: list[QuoteSpan]) -> list[Attribution | None]:
    """One attribution per quoted stretch; None for a stretch that is not anyone's words."""
    ctx = Context.of(doc, spans)
    mark(ctx)
    for i in range(len(spans)):
        ctx.results.append(_attribute(ctx, i))
    return ctx.results


def _attribute(ctx: Context, i: int) -> Attribution | None:
    span = ctx.tokens[i]
    if not len(span):  # no token to parse: nothing to attribute
        return None
    cue, linked = find_cue(ctx, span)
    if not _spoken(span, cue) and (_is_title(span) or not linked and _is_term(span)):
        return None
    result = fallbacks.labelled(ctx, i) or (from_cue(ctx, cue, span) if cue is not None else None)
    result = result or next(filter(None, (rule(ctx, i) for rule in fallbacks.RULES)), None)
    return result or Attribution()


def _is_term(span: Span) -> bool:
    """A word or two in quotation marks ("One China" policy) is a term unless a cue reports it."""
    return len([t for t in span if not (t.is_punct or t.is_space)]) <= _SHORT


def _spoken(span: Span, cue: Token | None) -> bool:
    """Short words or words in title case are speech when they open the sentence, end as
    speech does and the cue governs them: '“Absolutely not,” Judge Hana Kim said'."""
    return (cue is not None and span[-1].text in (",", "!", "?") and span.start - span.sent.start <= 1
            and any(t.head.i == cue.i and t.dep_ in _SPEECH_DEPS for t in exits(span)))


def _is_title(span: Span) -> bool:
    """A title in title case ("Face the Nation", "A Change Is Gonna Come") is nobody's words."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    long_words = [t for t in words if t.is_alpha and len(t) > 3]
    return len(words) <= _TITLE_WORDS and len(long_words) > 1 and all(t.is_title for t in long_words)
