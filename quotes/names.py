"""Canonical speaker names and types from the noun phrase that names a speaker.

A surname or a pronoun goes back to the full name the article gives; titles are
dropped; unnamed sources get a descriptive label; institutions and media keep their
name. Everything here reads one spaCy ``Doc``.
"""
from dataclasses import dataclass

from spacy.tokens import Span, Token

from quotes.descriptions import age_of, aged, apposed_body, holder_of, named_after, named_as, named_body, unnamed_speaker
from quotes.lexicon import DOCUMENT_NOUNS, GROUP_PRONOUNS, MEDIA_NOUNS, ORGANIZATION_NOUNS, PERSON_PRONOUNS
from quotes.people import capitalised, is_demonym, is_role
from quotes.persons import person_entity
from quotes.phrases import (  # noqa: F401 (the phrase helpers are used through this module too)
    bare_phrase, clean_name, entity as _entity, fuller_description, is_media, names_outlet, noun_phrase,
    plain_name, proper_name as _proper_name,
)
from quotes.roster import Roster  # noqa: F401

_DESCRIBING = {"for", "from", "with", "of", "close", "at"}  # "a spokesman for ...", "a source close to ..."
_DESCRIBED_WORDS = 10
_ISSUED_WINDOW = 150  # tokens to look back for who issued "the statement"


@dataclass(frozen=True)
class Speaker:
    name: str | None  # None: a pronoun with nobody named before it to stand for
    type: str | None  # person | organization | anonymous | media
    mention: Span  # the words of the article that name the speaker


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
    if lower in ("one", "another") and token.pos_ in ("NUM", "PRON", "DET"):
        return _one_of(token, roster)
    if token.pos_ == "PRON" or lower in PERSON_PRONOUNS:
        return _pronoun(token, roster, previous)
    age = age_of(token)
    if age is not None:  # "the 20-year-old said"
        holder = aged(roster, token, age)
        return Speaker(holder or f"{age}-year-old", "person" if holder else "anonymous", noun_phrase(token))
    person = _person_entity(token, roster)
    if person is not None:
        name = roster.full_name(clean_name(person.text), person.start)
        return Speaker(name, "person", person)
    phrase = noun_phrase(token)
    body = _body_beside(token, roster)
    if body is not None:  # "The developer, Fraserview Holdings, said": the name wins over the noun
        return Speaker(plain_name(body.text), "organization", phrase)
    return _noun_speaker(token, phrase, roster, previous)


def _noun_speaker(token: Token, phrase: Span, roster: Roster, previous: list[Speaker]) -> Speaker | None:
    """The speaker a noun phrase that is no person's name stands for: an outlet, a document's
    issuer, a body, a description (the person it describes, else a label)."""
    if is_media(phrase.text):
        return Speaker(_media_name(token, phrase, roster), "media", phrase)
    ent = _entity(token)
    lemma = token.lemma_.lower()
    if lemma in DOCUMENT_NOUNS:  # "a Chinese Foreign Ministry statement said": its issuer speaks
        issued = _issued_by(token, roster, previous) if bare_phrase(phrase).lower() == lemma else None
        return issued or Speaker(_issuer(token, phrase, roster), "organization", noun_phrase(token))
    definite = any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in phrase)
    if definite and ent is not None and ent.label_ in ("NORP", "ORG") and ent.root == token and (
            is_role(token.text) or is_demonym(token)):  # "the Ohio Democrat", "the Dutchman"
        holder = holder_of(roster, token)
        return Speaker(holder or bare_phrase(phrase).lower(), "person" if holder else "anonymous", phrase)
    if ent is not None and ent.label_ in ("ORG", "FAC", "GPE", "NORP") or lemma in ORGANIZATION_NOUNS \
            or token.pos_ == "PROPN" and _institution(phrase):
        named = ent if ent is not None else phrase
        alone = bare_phrase(phrase).lower() == lemma  # "police said"
        body = named_body(roster, token, definite) if ent is None and (definite or alone) else None  # "the ministry"
        name = body or plain_name(bare_phrase(named, owners=True))
        return Speaker(roster.spelled_out(name, named.start) or name, "organization", phrase)
    if token.pos_ == "PROPN" and not token.is_lower and not _role_alone(phrase) \
            and not (definite and is_role(token.text)):  # a name the tagger did not type (not "the Calgary MP")
        return Speaker(roster.full_name(clean_name(bare_phrase(phrase)), token.i), "person", phrase)
    if token.pos_ in ("NOUN", "PROPN"):  # a common noun, even one tagged a proper noun
        label = bare_phrase(_described(token, phrase)).lower()
        if definite:  # "the veteran striker": the person introduced so, else a description
            holder = holder_of(roster, token)
            if holder:
                return Speaker(holder, "person", phrase)
            label = fuller_description(token, label) or label
        elif phrase[0].lower_ in ("a", "an") and is_role(token.text) and token.tag_ == "NN":
            holder = named_after(roster, token)  # "with a Perth judge saying ..." then "Judge ... said"
            if holder:
                return Speaker(holder, "person", phrase)
        owner = _owner(token, roster)
        return Speaker(f"{owner}'s {label}" if owner else label, "anonymous", phrase)
    return None


def _issued_by(token: Token, roster: Roster, previous: list[Speaker]) -> Speaker | None:
    """ "the statement said" -> whoever the article said issued one: "Indigenous Services
    Canada said in a statement that ...", the nearest such before."""
    for earlier in reversed(token.doc[max(0, token.i - _ISSUED_WINDOW):token.i]):
        verb = earlier.head.head
        if earlier.lemma_ == token.lemma_ and earlier.dep_ == "pobj" and verb.pos_ == "VERB" \
                and earlier.i not in roster.quoted:
            said = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            found = describe(said, roster, previous) if said is not None else None
            return Speaker(found.name, found.type, noun_phrase(token)) if found and found.name else None
    return None


def _issuer(token: Token, phrase: Span, roster: Roster) -> str:
    """Who issued the document ``phrase`` names ("a Chinese Foreign Ministry statement");
    for "the statement", the fuller phrase the article gave it before."""
    lemma = token.lemma_.lower()

    def words(found: Span) -> list[str]:
        return [t.text for t in found if t.lemma_ != lemma and t.dep_ not in ("det", "poss", "case", "amod")]

    issuer = words(phrase)
    if not issuer and phrase[0].lower_ in ("the", "this", "that"):
        phrase = roster.fuller_phrase(token) or phrase
        issuer = words(phrase)
    return plain_name(" ".join(issuer)) if issuer else bare_phrase(phrase).lower()


def _owner(token: Token, roster: Roster) -> str | None:
    """The person whose spokesman or lawyer speaks: "his lawyer" -> the man named last,
    "Novak's spokesman" -> the full name of Novak."""
    for child in token.children:
        if child.dep_ == "poss" and child.lower_ in ("his", "her"):
            return roster.last_person(child.i, child.lower_)
        if child.dep_ == "poss" and child.ent_type_ == "PERSON":
            return roster.full_name(clean_name(_entity(child).text), child.i)
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
        text = ent.text.split(",")[0]  # "Xinhua, Xi Jinping": two names the tagger ran together
        if is_media(text) or named:
            return plain_name(text)
    return None


def _media_name(token: Token, phrase: Span, roster: Roster) -> str:
    """An outlet's name: "China's state news agency Xinhua" -> "Xinhua"; "the agency" -> the last named."""
    named = media_entity(token, phrase)
    if named:
        return named
    name = plain_name(bare_phrase(phrase))
    if token.lemma_.lower() in MEDIA_NOUNS and not names_outlet(name):
        return roster.last_media(token.i) or name
    return name


def _pronoun(token: Token, roster: Roster, previous: list[Speaker]) -> Speaker:
    """ "he said" -> the person last named; "it said" -> the institution last speaking;
    nobody when the article names no one it can stand for."""
    mention = token.doc[token.i:token.i + 1]
    if token.lower_ in PERSON_PRONOUNS:
        unnamed = unnamed_speaker(roster, token.i, token.lower_)  # "The interpreter ... said" then "he said"
        found = describe(unnamed, roster, previous) if unnamed is not None else None
        if found is not None and found.type == "anonymous":
            return Speaker(found.name, found.type, mention)
        recent = next((s.name for s in reversed(previous)
                       if s.type == "person" and roster.agrees(s.name, token.lower_)), None)
        name = roster.last_person(token.i, token.lower_) or recent
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


def _one_of(token: Token, roster: Roster) -> Speaker | None:
    """ "one said", "another said", "one of the officials said": an anonymous member of the
    group named in the phrase or just before."""
    group = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), None) or roster.last_group(token.i)
    if group is None:
        return None
    return Speaker(group.lemma_.lower(), "anonymous", token.doc[token.i:token.i + 1])


def _role_alone(phrase: Span) -> bool:
    """Capitalised roles and nothing else: "Aides said", "Justice wrote", "the Conservative MP said"."""
    words = bare_phrase(phrase).split()
    return bool(words) and all(is_role(word) or is_role(word.removesuffix("s")) for word in words)


def _institution(span: Span) -> bool:
    """A name made with an institution's noun: "Colleges Ontario", "Ministry of Health"."""
    return any(t.is_title and (t.lower_ in ORGANIZATION_NOUNS or t.lower_.removesuffix("s") in ORGANIZATION_NOUNS)
               for t in span)  # a proper noun keeps its plural as its lemma


def _appositions(token: Token) -> list[Token]:
    """The token's appositions, and those the parse hangs on an organisation after it: in
    "an analyst at RBC Capital Markets, Paul Treiber," the name is the analyst's (but in
    "a spokesman for the mayor, Brian Bowman," it is the mayor's)."""
    found = [c for c in token.children if c.dep_ == "appos"]
    for prep in (c for c in token.children if c.dep_ == "prep"):
        for body in (o for o in prep.children if o.dep_ == "pobj" and not is_role(o.text)):
            if body.ent_type_ in ("ORG", "GPE") or body.lemma_.lower() in ORGANIZATION_NOUNS:
                found += [c for c in body.children if c.dep_ == "appos"]
    return found


def _body_beside(token: Token, roster: Roster) -> Span | None:
    """The organisation a common noun's apposition names: "The contractor, Altona Rail Systems,"."""
    if token.pos_ != "NOUN":
        return None
    named = [c for c in token.children if c.dep_ == "appos"] + named_as(token)
    return next(filter(None, (apposed_body(roster, c) for c in named)), None)


def _person_entity(token: Token, roster: Roster) -> Span | None:
    """The PERSON entity the token belongs to, or that its appositive names."""
    own = _entity(token)
    if own is not None and own.label_ == "PERSON" and not _role_alone(own):  # not "the Conservative [MLA]"
        return person_entity(own)
    for child in _appositions(token):  # "Novak's spokesman, Peter Lind, wrote", whatever the tagger says
        if child.dep_ == "appos":
            ent = _entity(child)
            if ent is not None and (ent.label_ == "PERSON" or ent.label_ in ("ORG", "FAC") and roster.is_person(ent)):
                return person_entity(ent)  # "His barrister, [Nikolai Petrakis SC]ORG, had argued"
            if child.pos_ in ("PROPN", "NOUN") and capitalised(child.text) and roster.is_person(_proper_name(child)):
                return _proper_name(child)
    for child in token.lefts:  # "spokesman John Kirby" parsed with "Kirby" as a compound
        if child.dep_ == "compound":
            ent = _entity(child)
            if ent is not None and ent.label_ == "PERSON":
                return person_entity(ent)
    if token.pos_ in ("PROPN", "NOUN") and capitalised(token.text):  # a name the tagger missed or mistook
        run = _proper_name(token)
        if roster.knows_person(run.text) or roster.is_person(run) and not _institution(run):  # not "Royal College"
            return run
        if own is None and token.pos_ == "PROPN" and not _institution(run):
            return run
    return None
