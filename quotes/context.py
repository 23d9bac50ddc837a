"""What attributing one article's quotations shares: the parse, where each quotation
lies in it, the names met so far and the attributions already made."""
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from quotes.names import Roster, Speaker
from quotes.quotations import QuoteSpan


@dataclass
class Attribution:
    speaker: str | None = None
    speaker_type: str | None = None
    mention: tuple[int, int] | None = None  # character offsets of the speaker's mention
    mention_text: str | None = None
    cue: str | None = None
    via: str | None = None
    cue_span: tuple[int, int] | None = None  # character offsets of the cue


@dataclass
class Context:
    doc: Doc
    spans: list[QuoteSpan]
    text: str = ""
    roster: Roster | None = None
    tokens: list[Span] = field(default_factory=list)  # each quotation's tokens
    quote_of: list[int] = field(default_factory=list)  # per token: the quotation it is in, or -1
    speakers: list[Speaker] = field(default_factory=list)  # every speaker named so far, in order
    results: list[Attribution | None] = field(default_factory=list)
    sources: dict[int, Token] = field(default_factory=dict)  # "according to" objects by sentence start
    asides: set[int] = field(default_factory=set)  # cues of "as ... put it" clauses

    @classmethod
    def of(cls, doc: Doc, spans: list[QuoteSpan]) -> "Context":
        ctx = cls(doc, spans, doc.text, Roster(doc, spans), quote_of=[-1] * len(doc))
        for i, q in enumerate(spans):
            span = doc.char_span(q.start, q.end, alignment_mode="expand") or doc[0:0]
            ctx.tokens.append(span)
            for t in span:
                ctx.quote_of[t.i] = i
            for j in (span.start - 1, span.end):  # its quotation marks belong to it
                if 0 <= j < len(doc) and doc[j].is_quote and ctx.quote_of[j] < 0:
                    ctx.quote_of[j] = i
        return ctx

    def quoted(self, token: Token) -> bool:
        return self.quote_of[token.i] >= 0

    def same_paragraph(self, span: Span, token: Token) -> bool:
        lo, hi = sorted((span.start_char, token.idx))
        return "\n" not in self.text[lo:hi]

    def after(self, span: Span) -> Token | None:
        """The first token after the quotation and its closing mark."""
        i = span.end
        while i < len(self.doc) and self.doc[i].is_quote:
            i += 1
        return self.doc[i] if i < len(self.doc) else None

    def record(self, speaker: Speaker, cue: str | None, via: str | None, cue_at: Span | None = None) -> Attribution:
        """The attribution to ``speaker``, who joins the speakers met so far; ``cue_at``: the cue's words."""
        self.speakers.append(speaker)
        mention = speaker.mention
        return Attribution(
            speaker=speaker.name, speaker_type=speaker.type,
            mention=(mention.start_char, mention.end_char), mention_text=mention.text,
            cue=cue, via=via, cue_span=(cue_at.start_char, cue_at.end_char) if cue_at is not None else None,
        )
