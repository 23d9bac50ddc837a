"""Attributing quoted stretches to speakers, through the dependency parse.

For each quotation the reporting cue is the nearest reporting verb above it in the
parse ("Xi warned", "said the official", "Kirby called it ..."), its subject names
the speaker, and a reporting verb or "according to" above that, whose subject is a
medium or a document, is the channel. A quotation with no cue of its own continues
the quotation before it.
"""
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token

from quotes.lexicon import DOCUMENT_NOUNS, MEDIA_NOUNS, REPORTING_VERBS, SPEECH_NOUNS
from quotes.names import Roster, Speaker, bare_phrase, describe, is_media, media_entity, noun_phrase
from quotes.quotations import QuoteSpan

# Relations through which a clause is what a cue reports (rather than an adjunct of it).
_CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "oprd", "attr", "parataxis", "advcl", "acomp",
                 "nsubj", "csubj", "ROOT", "dep", "pcomp", "pobj", "appos", "npadvmod"}
# Relations a cue's own subject hides behind: "with Kirby saying", "was quoted as saying".
_CLIMB_DEPS = {"xcomp", "advcl", "conj", "pcomp", "prep", "acl", "relcl", "ccomp"}
_MAX_CLIMB = 8
_CONTINUED_WORDS = 25  # words after a quotation beyond which the next paragraph's is not its sequel
_BESIDE = 6  # how many tokens from its cue a speaker the parse missed may stand
# "according to X": the source is the object of "to".
ACCORDING_TO = [
    {"RIGHT_ID": "according", "RIGHT_ATTRS": {"LOWER": "according"}},
    {"LEFT_ID": "according", "REL_OP": ">", "RIGHT_ID": "to", "RIGHT_ATTRS": {"LOWER": "to"}},
    {"LEFT_ID": "to", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "pobj"}},
]
# "..., as a Homeland Security memo put it": a cue in a clause introduced by "as".
AS_ASIDE = [
    {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"DEP": "advcl", "POS": "VERB"}},
    {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "as", "RIGHT_ATTRS": {"DEP": "mark", "LOWER": "as"}},
]
_SHORT = 2  # a quoted stretch of at most this many words needs a cue of its own
_TITLE_WORDS = 8  # a stretch in title case of at most this many words is a title


@dataclass
class Attribution:
    speaker: str | None = None
    speaker_type: str | None = None
    mention: tuple[int, int] | None = None  # character offsets of the speaker's mention
    mention_text: str | None = None
    cue: str | None = None
    via: str | None = None
    cue_span: tuple[int, int] | None = None  # character offsets of the cue


def attribute(doc: Doc, spans: list[QuoteSpan]) -> list[Attribution | None]:
    """One attribution per quoted stretch; None for a stretch that is not anyone's words."""
    finder = _Finder(doc, spans)
    return [finder.attribute(i) for i in range(len(spans))]


class _Finder:
    def __init__(self, doc: Doc, spans: list[QuoteSpan]):
        self.doc = doc
        self.spans = spans
        self.roster = Roster(doc)
        self.speakers: list[Speaker] = []
        self.results: list[Attribution | None] = []
        self.tokens: list[Span] = []
        self.text = doc.text
        matches = _matcher(doc.vocab)(doc)
        self.sources = {doc[ids[2]].sent.start: doc[ids[2]] for key, ids in matches
                        if doc.vocab.strings[key] == "according_to"}
        self.asides = {ids[0] for key, ids in matches if doc.vocab.strings[key] == "as_aside"}
        self.quote_of = [-1] * len(doc)
        for i, q in enumerate(spans):
            span = doc.char_span(q.start, q.end, alignment_mode="expand") or doc[0:0]
            self.tokens.append(span)
            for t in span:
                self.quote_of[t.i] = i
            for j in (span.start - 1, span.end):  # its quotation marks belong to it
                if 0 <= j < len(doc) and doc[j].is_quote and self.quote_of[j] < 0:
                    self.quote_of[j] = i

    def quoted(self, token: Token) -> bool:
        return self.quote_of[token.i] >= 0

    # ---------------------------------------------------------------- per quotation

    def attribute(self, i: int) -> Attribution | None:
        span = self.tokens[i]
        if not len(span):  # no token to parse: nothing to attribute
            self.results.append(None)
            return None
        cue, linked = self._cue(span)
        if _is_title(span) or not linked and _is_term(span):
            self.results.append(None)
            return None
        result = self._labelled(i) or (self._from_cue(cue, span) if cue is not None else None)
        result = (result or self._according_to(span) or self._lead_in(span)
                  or self._signature(i) or self._continuation(i) or self._neighbour(span)
                  or self._clause_subject(span))
        self.results.append(result or Attribution())
        return self.results[-1]

    def _cue(self, span: Span) -> tuple[Token | None, bool]:
        """The reporting verb the quotation hangs from, else the nearest one around it."""
        found = [c for c in map(self._climb, _exits(span)) if c is not None]
        if found:
            return min(found, key=lambda c: c[1])[0], True
        return self._nearest_cue(span), False

    def _climb(self, token: Token) -> tuple[Token, int] | None:
        """The first cue above the token that reports what lies below it, and how far up it is."""
        child, head = token, token.head
        for steps in range(_MAX_CLIMB):
            if head.i == child.i:
                return None
            if not self.quoted(head):
                aside = self._as_aside(head)
                if aside is not None:
                    return aside, steps
                if _is_cue(head) and child.dep_ in _CONTENT_DEPS or self._said_by(head) is not None:
                    return head, steps
            child, head = head, head.head
        return None

    def _said_by(self, noun: Token) -> Token | None:
        """The possessor of a noun of speech: "Trump" in "Trump's claim that ..."."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS:
            return None
        return next((c for c in noun.children if c.dep_ == "poss" and not self.quoted(c)), None)

    def _as_aside(self, clause: Token) -> Token | None:
        """ '... a "lawful source of income," as a Homeland Security memo put it' """
        for child in clause.children:
            if child.i in self.asides and _is_cue(child) and not self.quoted(child):
                return child
        return None

    def _nearest_cue(self, span: Span) -> Token | None:
        """A cue in the quotation's sentences, or in the sentence it runs into: '“...” Graham asked.'"""
        start, end = span[0].sent.start, span[-1].sent.end
        after = self._after(span)
        if after is not None and after.sent.start >= end:
            end = after.sent.end
        candidates = [t for t in self.doc[start:end] if _is_cue(t) and not self.quoted(t)
                      and self._same_paragraph(span, t)]
        if not candidates:
            return None
        return min(candidates, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))

    def _after(self, span: Span) -> Token | None:
        """The first token after the quotation and its closing mark."""
        i = span.end
        while i < len(self.doc) and self.doc[i].is_quote:
            i += 1
        return self.doc[i] if i < len(self.doc) else None

    def _same_paragraph(self, span: Span, token: Token) -> bool:
        lo, hi = sorted((span.start_char, token.idx))
        return "\n" not in self.text[lo:hi]

    def _from_cue(self, cue: Token, span: Span) -> Attribution | None:
        subject = self._subject(cue)
        if subject is None:
            return None
        speaker = describe(subject, self.roster, self.speakers)
        if speaker is None:
            return None
        via = self._channel(cue, speaker)
        if speaker.type in ("media", "organization") and not via:
            inner = self._embedded_person(cue, span)
            if inner is not None:
                via = speaker.name if speaker.type == "media" else self._document(subject)
                speaker = inner
        return self._result(speaker, self.doc[cue.i:cue.i + 1], via)

    def _result(self, speaker: Speaker, cue: Span | None, via: str | None) -> Attribution:
        self.speakers.append(speaker)
        mention = speaker.mention
        return Attribution(
            speaker=speaker.name, speaker_type=speaker.type,
            mention=(mention.start_char, mention.end_char), mention_text=mention.text,
            cue=None if cue is None else cue.text if len(cue) == 1 else cue.text.lower(),  # "according to"
            via=via, cue_span=None if cue is None else (cue.start_char, cue.end_char),
        )

    def _subject(self, cue: Token) -> Token | None:
        """Who the cue says spoke: its subject, or one it shares with the clause above it."""
        possessor = self._said_by(cue)
        if possessor is not None:
            return possessor
        token = cue
        for _ in range(4):
            subjects = [c for c in token.children
                        if c.dep_ in ("nsubj", "nsubjpass") and not self.quoted(c) and not c.is_punct]
            if subjects:  # the nearest, when a bad parse gives two
                return min(subjects, key=lambda c: abs(c.i - token.i))
            if token.dep_ == "acl" and not self.quoted(token.head):
                return token.head
            if token.dep_ not in _CLIMB_DEPS or token.head.i == token.i:
                break
            token = token.head
        return self._named_beside(cue)

    def _named_beside(self, cue: Token) -> Token | None:
        """A name right beside the cue when the parse gives it no subject: '“...” Flynn, an aide, said'."""
        sent = cue.sent
        near = [t for t in sent if t.ent_type_ in ("PERSON", "ORG") and not self.quoted(t)
                and abs(t.i - cue.i) <= _BESIDE]
        return min(near, key=lambda t: abs(t.i - cue.i) + (t.i > cue.i) * 0.5) if near else None

    def _embedded_person(self, cue: Token, span: Span) -> Speaker | None:
        """ "the news agency reported Xi said": the person whose words the medium reports."""
        above = {a.i for t in span for a in t.ancestors}
        for token in cue.subtree:
            if token.i != cue.i and token.i not in above and _is_cue(token) and not self.quoted(token):
                subject = self._subject(token)
                if subject is not None and subject.i != cue.i:
                    speaker = describe(subject, self.roster, self.speakers)
                    if speaker is not None and speaker.type == "person":
                        return speaker
        return None

    # ---------------------------------------------------------------- channels

    def _channel(self, cue: Token, speaker: Speaker) -> str | None:
        """The medium or document reporting the cue, "according to" beside it, or "reportedly"."""
        according = self._according_phrase(cue.sent)
        if according is not None and according.text != speaker.mention.text:
            return self._channel_name(according)
        reporters = [a for a in cue.ancestors][:_MAX_CLIMB]  # "Xinhua reported that Xi stressed ..."
        reporters += [c for c in cue.children if c.dep_ in ("ccomp", "parataxis")]  # "..., said a statement"
        for reporter in reporters:
            if _is_cue(reporter) and not self.quoted(reporter):
                subject = self._subject(reporter)
                if subject is not None and subject.i != speaker.mention.root.i:
                    phrase = noun_phrase(subject)
                    if is_media(phrase.text) or subject.lemma_.lower() in DOCUMENT_NOUNS:
                        return self._channel_name(phrase)
        for by in cue.subtree:  # "Putin was quoted as saying by the Interfax news agency"
            if by.lower_ == "by" and by.dep_ in ("agent", "prep") and not self.quoted(by):
                for source in (c for c in by.children if c.dep_ == "pobj"):
                    phrase = noun_phrase(source)
                    if is_media(phrase.text) or source.lemma_.lower() in DOCUMENT_NOUNS:
                        return self._channel_name(phrase)
        if any(adv.lower_ == "reportedly" for adv in cue.children):
            return self._last_via()
        return None

    def _channel_name(self, phrase: Span) -> str:
        """ "Chinese state media", "Xinhua" for "the news agency", "White House readout"."""
        root = phrase.root
        if is_media(phrase.text):
            named = media_entity(root, phrase)
            if named:
                return named
            name = bare_phrase(phrase, owners=True)
            return (self.roster.fuller_name(name, root.i)
                    or (self.roster.last_media(root.i) if root.lemma_.lower() in MEDIA_NOUNS else None)
                    or name)
        if root.lemma_.lower() in DOCUMENT_NOUNS and len(bare_phrase(phrase, owners=True).split()) == 1:
            phrase = self.roster.fuller_phrase(root) or phrase
        return bare_phrase(phrase, owners=True)

    def _last_via(self) -> str | None:
        return next((r.via for r in reversed(self.results) if r and r.via), None)

    def _according_phrase(self, sent: Span) -> Span | None:
        source = self.sources.get(sent.start)
        return noun_phrase(source) if source is not None and not self.quoted(source) else None

    def _according_to(self, span: Span) -> Attribution | None:
        """ "According to X, '...'": X is the speaker when no cue says otherwise."""
        phrase = self._according_phrase(span.sent)
        if phrase is None:
            return None
        speaker = describe(phrase.root, self.roster, self.speakers)
        to = self.sources[span.sent.start].head  # the pattern matched "according" > "to" > the source
        return self._result(speaker, self.doc[to.head.i:to.i + 1], None) if speaker else None

    def _lead_in(self, span: Span) -> Attribution | None:
        """ "And from Chairwoman Rosenworcel:" or "Kirby added:" right before the quotation."""
        start = span.start - 1
        while start >= 0 and (self.doc[start].is_quote or self.doc[start].is_space):
            start -= 1
        if start < 0 or self.doc[start].text != ":":
            return None
        sent = self.doc[start].sent
        cues = [t for t in sent if _is_cue(t) and not self.quoted(t) and t.i < start]
        if cues:
            result = self._from_cue(cues[-1], span)
            if result:
                return result
        for ent in reversed(sent.ents):
            if ent.end <= start and ent.label_ in ("PERSON", "ORG"):
                speaker = describe(ent.root, self.roster, self.speakers)
                if speaker:
                    return self._result(speaker, None, None)
        return None

    def _document(self, subject: Token) -> str | None:
        phrase = noun_phrase(subject)
        if subject.lemma_.lower() in DOCUMENT_NOUNS:
            return self._channel_name(phrase)
        return None

    # ---------------------------------------------------------------- no cue

    def _labelled(self, i: int) -> Attribution | None:
        """A transcript line: "PENCE: Well, look, ..." is Pence's."""
        if self.spans[i].label is None:
            return None
        mention = self.doc.char_span(*self.spans[i].label, alignment_mode="expand")
        if mention is None:
            return None
        name = self.roster.full_name(mention.text.title(), mention.start)
        return self._result(Speaker(name, "person", mention), None, None)

    def _continuation(self, i: int) -> Attribution | None:
        """A quotation with no cue after an attributed one in its paragraph, or opening the next, continues it."""
        previous = self.results[-1] if self.results else None
        if previous is None or not previous.speaker:
            return None
        between = self.text[self.spans[i - 1].end:self.spans[i].start]
        if "\n" in between and (between.count("\n") > 2 or len(between.split()) > _CONTINUED_WORDS):
            return None
        return previous

    def _neighbour(self, span: Span) -> Attribution | None:
        """The sentence just before, with no quotation of its own, names the speaker:
        "Schiff said." or "Douglas Holtz-Eakin is an economist at the forum." before "..."."""
        first = span[0].sent.start
        if first == 0 or span.start - first > 2:
            return None
        before = self.doc[first - 1].sent
        if any(self.quoted(t) for t in before) or not self._same_paragraph(span, before[0]):
            return None
        cues = [t for t in before if _is_cue(t)]
        if cues:
            return self._from_cue(cues[-1], span)
        subjects = [t for t in before if t.dep_ == "nsubj" and t.head == before.root and t.ent_type_ == "PERSON"]
        if not subjects:
            return None
        speaker = describe(subjects[0], self.roster, self.speakers)
        return self._result(speaker, None, None) if speaker else None

    def _clause_subject(self, span: Span) -> Attribution | None:
        """With no cue at all, the named subject of the clause the words stand in:
        'Reid has gone after Trump as a "human leech who will bleed the country"'."""
        for token in _exits(span):
            for head in list(token.ancestors)[:_MAX_CLIMB]:
                subjects = [c for c in head.children if c.dep_ == "nsubj" and not self.quoted(c)]
                if head.pos_ == "VERB" and not self.quoted(head) and subjects:
                    speaker = describe(subjects[0], self.roster, self.speakers)
                    if speaker is not None and speaker.name and speaker.type != "anonymous":
                        return self._result(speaker, None, None)
                    return None
        return None

    def _signature(self, i: int) -> Attribution | None:
        """ '“...” ― Sonya Herridge': a name after a dash closing the quotation's paragraph."""
        text = self.text
        end = text.find("\n", self.spans[i].end)
        tail = text[self.spans[i].end:end if end >= 0 else len(text)]
        stripped = tail.lstrip("”\"'’»").lstrip()
        if not stripped or stripped[0] not in "―—–-":
            return None
        start = self.spans[i].end + len(tail) - len(stripped)
        signed = self.doc.char_span(start + 1, start + len(stripped.rstrip()), alignment_mode="expand")
        if signed is None:
            return None
        names = [t for t in signed if t.pos_ == "PROPN" or t.ent_type_]
        if not names:
            return None
        speaker = describe(names[0], self.roster, self.speakers)
        return self._result(speaker, None, None) if speaker else None

def _exits(span: Span) -> list[Token]:
    """The tokens of a quotation whose heads lie outside it: where it hangs in the parse."""
    return [t for t in span if not (span.start <= t.head.i < span.end)]


def _is_term(span: Span) -> bool:
    """A word or two in quotation marks ("One China" policy) is a term unless a cue reports it."""
    return len([t for t in span if not (t.is_punct or t.is_space)]) <= _SHORT


def _is_title(span: Span) -> bool:
    """A title in title case ("Face the Nation", "A Change Is Gonna Come") is nobody's words."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    long_words = [t for t in words if t.is_alpha and len(t) > 3]
    return len(words) <= _TITLE_WORDS and len(long_words) > 1 and all(t.is_title for t in long_words)


@lru_cache(maxsize=4)
def _matcher(vocab) -> DependencyMatcher:
    matcher = DependencyMatcher(vocab)
    matcher.add("according_to", [ACCORDING_TO])
    matcher.add("as_aside", [AS_ASIDE])
    return matcher


def _is_cue(token: Token) -> bool:
    """A reporting verb, or "put it" as in "as Simonyan put it"."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    return lemma in REPORTING_VERBS or lemma == "put" and any(c.lower_ == "it" for c in token.children)
