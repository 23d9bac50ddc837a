"""Where an article names a person: PERSON entities, and runs of proper nouns that name a
person though the tagger typed them otherwise ("Councillor Janice Lukes", "Xi Jinping",
"Olusegun Adeyemi, the governor of Lagos State")."""
from spacy.tokens import Span, Token

from quotes.lexicon import ORGANIZATION_NOUNS
from quotes.people import capitalised, is_given_name, is_reporting_word, is_role, leading_noun, person_name, words_of
from quotes.phrases import hyphen, proper_name

NOT_PEOPLE = {"GPE", "LOC", "FAC", "DATE", "TIME", "NORP", "EVENT", "LAW", "LANGUAGE", "MONEY"}
_NOT_NAME_PARTS = {"ADV", "VERB", "AUX", "SCONJ", "INTJ"}
_PLACE_ROLES = {"state", "house", "crown", "treasury"}  # title words that, in apposition, describe no person


def person_entity(ent: Span) -> Span:
    """A PERSON entity without the words the tagger ran into it: a sentence's adverb or
    participle ("Certainly Donald Trump", "Stated Stone"), a dash, a noun starting the
    sentence ("Headliner Mara Quill"); with the surname it left out ("[Assemblywoman
    Rhiannon] Price") and the given name ("Winnipeg's Chantal [Roy]")."""
    doc, end = ent.doc, ent.end
    while end > ent.start + 1 and doc[end - 1].is_space:
        end -= 1
    start = max([t.i + 1 for t in doc[ent.start:end - 1] if "\n" in t.text], default=ent.start)  # not over a line
    while start > 0 and _given_left_out(doc[start - 1], doc[start]):
        start -= 1
    while start < end - 1 and (doc[start].pos_ in _NOT_NAME_PARTS or doc[start].is_punct):
        start += 1
    while end < len(doc) - 1 and (_left_out(doc[end]) or hyphen(doc, end)):  # "[Josh Morgan]-Lee"
        end += 1 if _left_out(doc[end]) else 2
    found = doc[start:end]
    return found[1:] if found[0].is_sent_start and leading_noun(words_of(found.text)) else found


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
                                                or _surname_acts(run, tokens))
            tagged_elsewhere = not typed and any(t.text in tagged for t in run)
            titled = not typed & NOT_PEOPLE and _titled(run, bare)
            if len(bare) > 1 and (given or tagged_elsewhere or titled or _described_as_person(run)):
                spans.append((run.start, run.end))
        i = run.end if run is not None else i + 1
    return spans


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
