"""The channel (``via``) through which a speaker's words reached the article: a medium or
document that reports the cue ("Xinhua reported that Xi stressed ..."), "according to"
beside it, "quoted by" an agency, or "reportedly" (the last channel named)."""
from spacy.tokens import Span, Token

from quotes.context import Context
from quotes.cues import MAX_CLIMB, is_cue, subject
from quotes.lexicon import CHANNEL_NOUNS, CHANNEL_VERBS, DIRECT_SETTINGS, DOCUMENT_NOUNS, MEDIA_NOUNS
from quotes.names import Speaker, bare_phrase, is_media, media_entity, noun_phrase


def channel(ctx: Context, cue: Token, speaker: Speaker) -> str | None:
    """The medium or document reporting the cue, "according to" beside it, or "reportedly"."""
    according = according_phrase(ctx, cue.sent)
    if according is not None and according.text != speaker.mention.text:
        return channel_name(ctx, according)
    reporters = [a for a in cue.ancestors][:MAX_CLIMB]  # "Xinhua reported that Xi stressed ..."
    reporters += [c for c in cue.children if c.dep_ in ("ccomp", "parataxis")]  # "..., said a statement"
    for reporter in reporters:
        if is_cue(reporter) and not ctx.quoted(reporter):
            said = subject(ctx, reporter)
            if said is not None and said.i != speaker.mention.root.i:
                phrase = noun_phrase(said)
                if is_media(phrase.text) or said.lemma_.lower() in DOCUMENT_NOUNS:
                    return channel_name(ctx, phrase)
    for by in cue.subtree:  # "Putin was quoted as saying by the Interfax news agency"
        if by.lower_ == "by" and by.dep_ in ("agent", "prep") and not ctx.quoted(by):
            for source in (c for c in by.children if c.dep_ == "pobj"):
                phrase = noun_phrase(source)
                if is_media(phrase.text) or source.lemma_.lower() in DOCUMENT_NOUNS:
                    return channel_name(ctx, phrase)
    carrier = _carrier(ctx, cue, speaker)
    if carrier is not None:
        return channel_name(ctx, carrier)
    if cue.lemma_.lower() in CHANNEL_VERBS:  # "she tweeted"
        return CHANNEL_VERBS[cue.lemma_.lower()]
    if any(adv.lower_ == "reportedly" for adv in cue.children):
        return next((r.via for r in reversed(ctx.results) if r and r.via), None)
    return None


def _carrier(ctx: Context, cue: Token, speaker: Speaker) -> Span | None:
    """What the cue's own words name as carrying them: "wrote on Facebook", "said in a
    statement", "told Reuters", "issued a statement saying"."""
    if cue.dep_ in ("acl", "relcl") and cue.head.lemma_.lower() in DOCUMENT_NOUNS - DIRECT_SETTINGS:
        return noun_phrase(cue.head)
    for child in cue.children:
        if child.dep_ in ("dobj", "dative") and cue.lemma_.lower() == "tell":
            objects = [child]
        elif child.dep_ == "prep" and child.lower_ in ("in", "on", "via", "through", "to"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
        else:
            continue
        for obj in objects:
            phrase = noun_phrase(obj)
            if ctx.quoted(obj) or obj.i == speaker.mention.root.i:
                continue
            if child.dep_ != "prep" and _broadcaster(obj):  # "told Radio New Zealand"
                return phrase
            lemma = obj.lemma_.lower().rstrip(".")  # "wrote on X." ends its sentence
            own = speaker.type == "organization" and lemma in DOCUMENT_NOUNS  # its own readout: it speaks itself
            if is_media(phrase.text) or (lemma in DOCUMENT_NOUNS | CHANNEL_NOUNS and lemma not in DIRECT_SETTINGS
                                         and child.lower_ != "to" and not own):
                return phrase
    return None


def _broadcaster(obj: Token) -> bool:
    """An organization whose name has a word of the media in it: "Radio New Zealand",
    "Kenya Television Network"."""
    return obj.ent_type_ == "ORG" and any(t.ent_type_ == "ORG" and t.lower_ in MEDIA_NOUNS
                                          for t in obj.subtree)


def channel_name(ctx: Context, phrase: Span) -> str:
    """ "Chinese state media", "Xinhua" for "the news agency", "White House readout"."""
    root = phrase.root
    if is_media(phrase.text):
        named = media_entity(root, phrase)
        if named:
            return named
        name = bare_phrase(phrase, owners=True)
        return (ctx.roster.fuller_name(name, root.i)
                or (ctx.roster.last_media(root.i) if root.lemma_.lower() in MEDIA_NOUNS else None)
                or name)
    if root.lemma_.lower() in DOCUMENT_NOUNS and len(bare_phrase(phrase, owners=True).split()) == 1:
        phrase = ctx.roster.fuller_phrase(root) or phrase
    name = bare_phrase(phrase, owners=True)
    return name[:-1] if len(phrase) == 1 and name.count(".") == 1 and name.endswith(".") else name  # "on X."


def according_phrase(ctx: Context, sent: Span) -> Span | None:
    """The X of "according to X" in the sentence, when outside any quotation."""
    source = ctx.sources.get(sent.start)
    return noun_phrase(source) if source is not None and not ctx.quoted(source) else None


def document(ctx: Context, said: Token) -> str | None:
    """The document a subject names ("the statement"), as a channel."""
    if said.lemma_.lower() in DOCUMENT_NOUNS:
        return channel_name(ctx, noun_phrase(said))
    return None
