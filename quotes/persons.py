"""Where an article names a person: PERSON entities, and runs of proper nouns that name a
person though the tagger typed them otherwise ("Councillor Janice Lukes", "Xi Jinping",
"Olusegun Adeyemi, the governor of Lagos State")."""
from nameparser.config.particles import PARTICLES
from spacy.tokens import Span, Token

from quotes.lexicon import ORGANIZATION_NOUNS
from quotes.people import capitalised, is_given_name, is_reporting_word, is_role, leading_noun, person_name, words_of
from quotes.phrases import hyphen, proper_name

NOT_PEOPLE = {"GPE", "LOC", "FAC", "DATE", "TIME", "NORP", "EVENT", "LAW", "LANGUAGE", "MONEY"}
_NOT_NAME_PARTS = {"ADV", "VERB", "AUX", "SCONJ", "INTJ"}
_PARTICLES = 3  # "van der", "de la"
_OLDEST = 120
_UNTYPED_WORDS = 3  # a name no tagger typed is short
_PLACE_ROLES = {"state", "house", "crown", "treasury"}  # title words that, in apposition, describe no person


def person_entity(ent: Span) -> Span:
    """A PERSON entity without the words the tagger ran into it: a sentence's adverb or
    participle ("Certainly Donald Trump", "Stated Stone"), a dash, a noun starting the
    sentence ("Headliner Mara Quill"), a body after "of" ("Nandini Rao [of Jefferies]"); with
    the surname it left out ("[Assemblywoman Rhiannon] Price", "[Ruud van] der Merwe") and the
    given name ("Winnipeg's Chantal [Roy]")."""
    doc, end = ent.doc, _particles_after(ent)
    while end > ent.start + 1 and (doc[end - 1].is_space or _trailing_word(doc, end - 1)):
        end -= 1
    start = max([t.i + 1 for t in doc[ent.start:end - 1] if "\n" in t.text], default=ent.start)  # not over a line
    while start > 0 and _given_left_out(doc[start - 1], doc[start]):
        start -= 1
    while start < end - 1 and (doc[start].pos_ in _NOT_NAME_PARTS or doc[start].is_punct):
        start += 1
    end = next((i for i in range(start + 2, end) if doc[i].pos_ == "ADP" and doc[i].is_lower  # "Rao of Jefferies"
                and doc[i].text not in PARTICLES and all(capitalised(t.text) for t in doc[start:i])), end)
    while end < len(doc) - 1 and (_left_out(doc[end]) or hyphen(doc, end)):  # "[Josh Morgan]-Lee"
        end += 1 if _left_out(doc[end]) else 2
    found = doc[start:end]
    return found[1:] if found[0].is_sent_start and leading_noun(words_of(found.text)) else found


def _trailing_word(doc, i: int) -> bool:
    """A lower-case word the tagger ran onto a name: "[Nandini Rao of] Jefferies" (not "Kim Ji-won")."""
    return doc[i].is_lower and doc[i].is_alpha and bool(doc[i - 1].whitespace_)


def _particles_after(ent: Span) -> int:
    """Where a name ends that goes on past the entity with particles: "[Ruud van] der Merwe"."""
    doc, end = ent.doc, ent.end
    while end > ent.start + 1 and doc[end - 1].text in PARTICLES:
        end -= 1
    after = end
    while after < len(doc) and doc[after].text in PARTICLES and after - end < _PARTICLES:
        after += 1
    named = after > end and after < len(doc) and doc[after].pos_ == "PROPN" and capitalised(doc[after].text)
    return after + 1 if named else ent.end


def _given_left_out(token: Token, name: Token) -> bool:
    """A given name before a PERSON entity, outside any, joined to it: "Chantal" in "Chantal [Roy]"."""
    return (token.pos_ == "PROPN" and token.ent_iob_ == "O" and capitalised(token.text) and is_given_name(token.text)
            and not is_role(token.text) and token.dep_ == "compound" and token.head.i >= name.i)


def _left_out(token: Token) -> bool:
    """A surname after a PERSON entity, outside any: not a role, a body's noun or a label ("Age:")."""
    return (token.pos_ == "PROPN" and capitalised(token.text) and token.ent_iob_ == "O" and not is_role(token.text)
            and token.lower_ not in ORGANIZATION_NOUNS and token.nbor().text != ":")


def person_spans(ents, tokens: list[Token]) -> list[tuple[int, int]]:
    """PERSON entities (cut before a headline's "Says") and runs of proper nouns that
    name a person though tagged otherwise: "Councillor Janice Lukes", "Xi Jinping"."""
    spans = []
    for ent in ents:
        if ent.label_ == "PERSON":
            found = person_entity(ent)
            end = next((t.i for t in found if is_reporting_word(t.text)), found.end)
            if end > found.start:
                spans.append((found.start, end))
    tagged = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
    i = 0
    while i < len(tokens):
        token = tokens[i]
        run = proper_name(token) if token.pos_ == "PROPN" and capitalised(token.text) else None
        if run is not None and len(run) > 1 and not any(t.ent_type_ == "PERSON" for t in run):
            bare = person_name(run.text).split()
            typed = {t.ent_type_ for t in run} - {""}
            given = is_given_name(bare[0]) and (not typed & NOT_PEOPLE or _surname_typed(run, bare)
                                                or _surname_acts(run, tokens) or _aged(run))
            tagged_elsewhere = not typed and (any(t.text in tagged for t in run)  # "Emeka Obi" then "Obi said"
                                              or len(bare) <= _UNTYPED_WORDS and _surname_acts(run, tokens))
            titled = (not typed & NOT_PEOPLE or is_given_name(bare[0])) and _titled(run, bare)  # "forward Leah Park"
            if len(bare) > 1 and (given or tagged_elsewhere or titled or _described_as_person(run)):
                leading = run[0].is_sent_start and leading_noun(words_of(run.text))  # "Flanker Owain Lewis"
                spans.append((run.start + leading, run.end))
        i = run.end if run is not None else i + 1
    return spans


def _aged(run: Span) -> bool:
    """A name followed by an age in commas, as only a person's is: "Leah [Park]FAC, 22,"."""
    doc, end = run.doc, run.end
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == "," \
        and doc[end + 1].text.isdigit() and int(doc[end + 1].text) <= _OLDEST


def _titled(run: Span, bare: list[str]) -> bool:
    """A name right after a person's title, whatever the given name: "NDP MLA Nahanni
    Okemaw-Fontaine", "Coun. Sherri Rollinson" (not a body's name: "Premier League Club")."""
    lead = words_of(run.text)[:-len(bare)]  # the words the bare name was cut from
    before = lead[-1] if lead else run.doc[run.start - 1].text if run.start else ""
    return is_role(before) and before.lower() not in ORGANIZATION_NOUNS \
        and not any(w.lower() in ORGANIZATION_NOUNS for w in bare)


def _described_as_person(run: Span) -> bool:
    """A name with a person's role in apposition, whatever the tagger typed it: "Olusegun
    Adeyemi, the governor of Lagos State," "Tomasz Wrona, a striker"."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and is_role(c.text) and c.lemma_.lower() not in _PLACE_ROLES
               for c in run.root.children)


def _surname_acts(run: Span, tokens: list[Token]) -> bool:
    """A given name and surname the tagger typed a place or a thing, whose surname alone is
    elsewhere the subject of a verb, as a person's is: "Diego Vasquez made 38 saves" then
    "Vasquez said"."""
    last = run[-1].text
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "VERB" and not run.start <= t.i < run.end
               and len(proper_name(t)) == 1 for t in tokens if t.text == last)


def _surname_typed(run: Span, bare: list[str]) -> bool:
    """A given name the tagger left out of the place or body it took the surname for:
    "Ana [Lima]'s daughter", "Sofia [Roma]"."""
    first, last = next((t for t in run if t.text == bare[0]), None), run[-1]
    return first is not None and not first.ent_type_ and last.ent_iob_ == "B" and last.tag_ == "NNP" \
        and last.ent_type_ != "NORP"
