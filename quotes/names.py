"""Canonical speaker names and types from the noun phrase that names a speaker.

A surname or a pronoun goes back to the full name the article gives; titles are
dropped; unnamed sources get a descriptive label; institutions and media keep their
name. Everything here reads one spaCy ``Doc``.
"""
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import (
    DOCUMENT_NOUNS, GROUP_PRONOUNS, MEDIA_NAMES, MEDIA_NOUNS, MEDIA_PHRASES,
    ORGANIZATION_NOUNS, PERSON_PRONOUNS, ROLE_ABBREVIATIONS, ROLE_NOUNS, TITLES,
)

_DESCRIBING = {"for", "from", "with", "of", "close", "at"}  # "a spokesman for ...", "a source close to ..."
_DESCRIBED_WORDS = 10
_ROLE_WINDOW = 4  # words before or after a name that may give its role
_ANTECEDENT_WINDOW = 120  # tokens to look back for what "it" or "they" stands for
_NP_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "flat", "case", "npadvmod"}


@dataclass(frozen=True)
class Speaker:
    name: str | None  # None: a pronoun with nobody named before it to stand for
    type: str | None  # person | organization | anonymous | media
    mention: Span  # the words of the article that name the speaker


def noun_phrase(token: Token) -> Span:
    """The token with the modifiers to its left: "a senior administration official"."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in _NP_DEPS:
            start = min(start, child.left_edge.i)
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("flat", "compound") and child.i == end:
            end = child.i + 1
    return token.doc[start:end]


def strip_titles(words: list[str]) -> list[str]:
    """Drop leading titles and honorifics, keeping at least one word."""
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return words


def plain_name(text: str) -> str:
    """A name without a trailing possessive or punctuation: "Xinhua's" -> "Xinhua"."""
    words = text.replace("’", "'").split()
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    return " ".join(w for w in words if w).strip(" ,.;:")


def clean_name(text: str) -> str:
    """A person's name without titles: "Treasury Secretary Janet Yellen" -> "Janet Yellen"."""
    return " ".join(strip_titles(plain_name(text).split()))


def is_media(phrase: str) -> bool:
    low = phrase.lower()
    words = set(low.replace("'s", "").split())
    return bool(words & MEDIA_NAMES) or any(p in low for p in MEDIA_PHRASES)


def bare_phrase(span: Span, owners: bool = False) -> str:
    """A phrase without its determiner, possessive pronouns and punctuation, and without the
    words of its possessor unless ``owners``: "a senior administration official" ->
    "senior administration official", "Mrs. Clinton's tax proposals" -> "tax proposals"."""
    owned = set() if owners else {
        t.i for p in span if p.dep_ == "poss" for t in p.subtree}
    root = span.root
    return " ".join(t.text for t in span if not (t.dep_ == "det" and t.head == root)
                    and t.dep_ != "case" and not t.is_punct
                    and t.i not in owned and not (t.dep_ == "poss" and t.pos_ == "PRON"))


class Roster:
    """The people, outlets and documents an article names, to resolve short mentions."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.people: list[tuple[int, str]] = []  # (token index, full name)
        self.ents = doc.ents  # spaCy builds this tuple anew on every access
        for ent in self.ents:
            if ent.label_ == "PERSON":
                name = clean_name(ent.text)
                if len(name.split()) >= 2:
                    self.people.append((ent.start, name))
        self.people += self._untagged_people()
        self.people.sort()
        self.media = [(e.start, plain_name(e.text)) for e in self.ents
                      if e.label_ in ("ORG", "PERSON", "GPE", "NORP", "WORK_OF_ART") and is_media(e.text)
                      and e.text.lower() not in ("state media",)]

    def _untagged_people(self) -> list[tuple[int, str]]:
        """Full names the tagger missed ("Xi Jinping met ...") whose parts it tags as a
        person elsewhere in the article ("..., Xi said")."""
        tagged = {e.text for e in self.ents if e.label_ == "PERSON" and len(e) == 1}
        found, i = [], 0
        while i < len(self.doc):
            run = _proper_name(self.doc[i]) if self.doc[i].pos_ == "PROPN" and self.doc[i].is_title else None
            if run is not None and len(run) > 1 and not any(t.ent_type_ for t in run) \
                    and any(t.text in tagged for t in run):
                found.append((run.start, run.text))
            i = run.end if run is not None else i + 1
        return found

    def full_name(self, name: str, at: int) -> str:
        """ "Kirby" -> "John Kirby", "Xi" -> "Xi Jinping": the full name nearest before ``at``."""
        words = name.split()
        if len(words) != 1:
            return name
        key = words[0].lower()
        for position in (-1, 0):  # surname first, then a family name given first
            matches = [(i, full) for i, full in self.people if full.split()[position].lower() == key]
            if matches:
                before = [m for m in matches if m[0] <= at]
                return (before[-1] if before else matches[0])[1]
        return name

    def last_person(self, at: int) -> str | None:
        """The person most recently named before token ``at``, preferring sentence subjects."""
        people = [e for e in self.ents if e.label_ == "PERSON" and e.start < at]
        subjects = [e for e in people if e.root.dep_ in ("nsubj", "nsubjpass")]
        if not people:
            return None
        ent = (subjects or people)[-1]
        return self.full_name(clean_name(ent.text), ent.start)

    def knows_person(self, name: str) -> bool:
        """Whether the article names a person whose surname (or family name) is ``name``."""
        return self.full_name(name, len(self.doc)) != name

    def last_subject(self, at: int, plural: bool) -> Token | None:
        """The nearest subject before token ``at`` that "it" (or "they") can stand for."""
        for token in reversed(self.doc[max(0, at - _ANTECEDENT_WINDOW):at]):
            if (token.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("NOUN", "PROPN")
                    and token.ent_type_ != "PERSON"
                    and (token.tag_ in ("NNS", "NNPS") if plural else token.tag_ in ("NN", "NNP"))
                    or plural and token.dep_ == "nsubj" and token.ent_type_ == "ORG"):
                return token
        return None

    def holder_of(self, role: Token) -> str | None:
        """ "the Vermont senator" -> the person named nearest before it as a senator, else
        the person last named."""
        lemma = role.lemma_.lower()
        forms = {lemma, ROLE_ABBREVIATIONS.get(lemma, lemma)}
        for ent in reversed([e for e in self.ents if e.label_ == "PERSON" and e.end <= role.i]):
            near = list(self.doc[max(0, ent.start - _ROLE_WINDOW):ent.start]) + [
                t for t in ent.root.subtree if t.i >= ent.end][:_ROLE_WINDOW]
            if any(t.lemma_.lower().rstrip(".") in forms for t in near):
                return self.full_name(clean_name(ent.text), ent.start)
        return self.last_person(role.i)  # the role stands for the person the story is about

    def fuller_description(self, head: Token, label: str) -> str | None:
        """ "the official" -> "senior administration official", described earlier in the article."""
        words, found = set(label.split()), None
        for token in reversed(self.doc[:head.i]):
            if token.lemma_ == head.lemma_ and token.pos_ == "NOUN":
                earlier = bare_phrase(noun_phrase(token)).lower()
                if words < set(earlier.split()):
                    words, found = set(earlier.split()), earlier
        return found

    def fuller_phrase(self, head: Token) -> Span | None:
        """ "the memo" -> "a Homeland Security memo", named earlier in the article."""
        for token in reversed(self.doc[:head.i]):
            if token.lemma_ == head.lemma_ and token.pos_ == "NOUN":
                phrase = noun_phrase(token)
                if len(bare_phrase(phrase).split()) > 1:
                    return phrase
        return None

    def fuller_name(self, name: str, before: int) -> str | None:
        """ "state media" -> "Chinese state media", named earlier in the article."""
        for token in reversed(self.doc[:before]):
            text = bare_phrase(noun_phrase(token), owners=True)
            if text.lower().endswith(name.lower()) and len(text) > len(name):
                return text
        return None

    def last_media(self, at: int) -> str | None:
        before = [name for i, name in self.media if i < at]
        return before[-1] if before else None


def describe(token: Token, roster: Roster, previous: list[Speaker]) -> Speaker | None:
    """The canonical speaker named by the subject ``token`` of a reporting cue."""
    doc = token.doc
    lower = token.lower_
    if token.tag_ in ("WDT", "WP"):  # "Stevie Wonder, who joked", "the department, which reported"
        before = doc[token.i - 1] if token.i else token
        antecedent = token.head.head if token.head.dep_ == "relcl" else before
        if antecedent.pos_ not in ("NOUN", "PROPN"):
            return None
        found = describe(antecedent, roster, previous)
        return Speaker(found.name, found.type, doc[token.i:token.i + 1]) if found else None
    if token.pos_ == "PRON" or lower in PERSON_PRONOUNS:
        return _pronoun(token, roster, previous)
    person = _person_entity(token, roster)
    if person is not None:
        name = roster.full_name(clean_name(person.text), person.start)
        return Speaker(name, "person", person)
    phrase = noun_phrase(token)
    text = phrase.text
    if is_media(text):
        return Speaker(_media_name(token, phrase, roster), "media", phrase)
    ent = _entity(token)
    lemma = token.lemma_.lower()
    if lemma in DOCUMENT_NOUNS:  # "a Chinese Foreign Ministry statement said": its issuer speaks
        issuer = [t.text for t in phrase if t.lemma_ != lemma and t.dep_ not in ("det", "poss", "case", "amod")]
        if not issuer and phrase[0].lower_ in ("the", "this", "that"):
            phrase = roster.fuller_phrase(token) or phrase
            issuer = [t.text for t in phrase if t.lemma_ != lemma and t.dep_ not in ("det", "poss", "case", "amod")]
        name = plain_name(" ".join(issuer)) if issuer else bare_phrase(phrase).lower()
        return Speaker(name, "organization", noun_phrase(token))
    if ent is not None and ent.label_ in ("ORG", "FAC", "GPE", "NORP") or lemma in ORGANIZATION_NOUNS:
        named = ent if ent is not None else phrase
        return Speaker(plain_name(bare_phrase(named, owners=True)), "organization", phrase)
    if token.pos_ == "PROPN":  # a name the tagger did not type
        return Speaker(clean_name(bare_phrase(phrase)), "person", phrase)
    if token.pos_ == "NOUN":
        label = bare_phrase(_described(token, phrase)).lower()
        if any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in phrase):
            holder = roster.holder_of(token) if lemma in ROLE_NOUNS else None
            if holder:
                return Speaker(holder, "person", phrase)
            label = roster.fuller_description(token, label) or label
        return Speaker(label, "anonymous", phrase)
    return None


def _described(token: Token, phrase: Span) -> Span:
    """An unnamed source with what describes it after the noun: "a person familiar with the
    talks", "a spokesman for the Pentagon", "officials briefed on the plan"."""
    end = phrase.end
    for child in token.rights:
        if child.dep_ in ("amod", "acl") or child.dep_ == "prep" and child.lower_ in _DESCRIBING:
            end = max(end, child.right_edge.i + 1)
    described = token.doc[phrase.start:end]
    return described if len(described) <= _DESCRIBED_WORDS else phrase


def media_entity(token: Token, phrase: Span) -> str | None:
    """The outlet named in the phrase or beside it: "China's state news agency Xinhua" ->
    "Xinhua", "the Interfax news agency" -> "Interfax"."""
    generic = token.lemma_.lower() in MEDIA_NOUNS
    near = [*phrase, *(c for c in token.children if c.dep_ == "appos")]
    for ent in filter(None, map(_entity, near)):
        inside = phrase.start <= ent.start and ent.end <= phrase.end
        named = generic and inside and ent.label_ == "ORG" and ent.root.i != token.i
        if is_media(ent.text) or named:
            return plain_name(ent.text)
    return None


def _media_name(token: Token, phrase: Span, roster: Roster) -> str:
    """An outlet's name: "China's state news agency Xinhua" -> "Xinhua"; "the agency" -> the last named."""
    named = media_entity(token, phrase)
    if named:
        return named
    name = plain_name(bare_phrase(phrase))
    if token.lemma_.lower() in MEDIA_NOUNS and not (set(name.lower().split()) & MEDIA_NAMES):
        return roster.last_media(token.i) or name
    return name


def _pronoun(token: Token, roster: Roster, previous: list[Speaker]) -> Speaker:
    """ "he said" -> the person last named; "it said" -> the institution last speaking;
    nobody when the article names no one it can stand for."""
    mention = token.doc[token.i:token.i + 1]
    if token.lower_ in PERSON_PRONOUNS:
        recent = next((s.name for s in reversed(previous) if s.type == "person"), None)
        name = roster.last_person(token.i) or recent
        return Speaker(name, "person" if name else None, mention)
    if token.lower_ in GROUP_PRONOUNS:
        antecedent = roster.last_subject(token.i, plural=token.lower_ in ("they", "them", "we", "us"))
        if antecedent is not None:
            found = describe(antecedent, roster, previous)
            if found is not None:
                return Speaker(found.name, found.type, mention)
        earlier = next((s for s in reversed(previous) if s.type not in ("person", None)), None)
        if earlier is not None:
            return Speaker(earlier.name, earlier.type, mention)
    return Speaker(None, None, mention)


def _entity(token: Token) -> Span | None:
    """The named entity the token is part of, read off its IOB tags."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _person_entity(token: Token, roster: Roster) -> Span | None:
    """The PERSON entity the token belongs to, or that its appositive names."""
    own = _entity(token)
    if own is not None and own.label_ == "PERSON":
        return own
    for child in token.children:
        if child.dep_ == "appos":
            ent = _entity(child)
            if ent is not None and ent.label_ == "PERSON":
                return ent
    for child in token.lefts:  # "spokesman John Kirby" parsed with "Kirby" as a compound
        if child.dep_ == "compound":
            ent = _entity(child)
            if ent is not None and ent.label_ == "PERSON":
                return ent
    if token.pos_ == "PROPN" and token.is_title and (
            own is None or own.label_ == "ORG" and roster.knows_person(token.text)):
        return _proper_name(token)  # a name the tagger missed, or took for an organization
    return None


def _proper_name(token: Token) -> Span:
    """The run of capitalised proper nouns around the token: "Xi Jinping"."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    return doc[start:end]
