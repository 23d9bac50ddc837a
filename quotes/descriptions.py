"""Definite descriptions and bodies' nouns: who "the veteran striker", "a Perth magistrate"
or "the festival" is, from the people and bodies the article named (a ``Roster``)."""
from spacy.tokens import Span, Token

from quotes.lexicon import PARTY_WORDS, POLITICAL_ROLES, REPORTING_VERBS, ROLE_NAMES
from quotes.people import capitalised, is_demonym, is_role, word_gender
from quotes.persons import NOT_PEOPLE
from quotes.phrases import bare_phrase, entity, is_media, listed_name, main_clause, noun_phrase, plain_name, proper_name
from quotes.roster import Mention, Roster

_ROLE_WINDOW = 4  # words before or after a name that may give its role
_SALIENT = 60  # tokens within which the last person named is the one the story is about
_WINDOW = 120  # tokens to look on for the person a description stands for
_NAMING_VERBS = {"know", "call", "name"}
_BODY_TYPES = ("ORG", "WORK_OF_ART", "")  # what the tagger makes of a body's name


def holder_of(roster: Roster, role: Token) -> str | None:
    """ "the veteran striker" -> the person named nearest before it with that role ("Striker
    Kwame Mensah", "Kwame Mensah, a striker", "defenceman Erik Lindahl"), else, for a role
    word, the person the story is about just then if the article gave them no other role
    (for "the Conservative", no role but a political office); None when there is none."""
    lemma = role.lemma_.lower()
    forms = ROLE_NAMES.get(lemma, {lemma})
    before = [m for m in roster.mentions if m.end <= role.i]
    after = [m for m in roster.mentions if role.i < m.start <= role.i + _WINDOW]
    for m in [*reversed(before), *after]:  # "the Perth judge ... Judge Mary-Anne Costello"
        if _roles(roster, m) & forms or m.end <= role.i and _joined(roster, m) & forms:
            return m.names[0]
    recent = [m for m in before if m.subject and role.i - m.end <= _SALIENT]
    if not recent:
        return None
    if _tied(roster, role):  # "the Sherwood Park native", "the KoboPay founder"
        return recent[-1].names[0]
    if is_role(role.text):
        roles = set().union(*(_roles(roster, m) for m in before if m.names[0] == recent[-1].names[0]))
        party = lemma in PARTY_WORDS  # a party member may hold any office in politics
        if not roles or party and roles & (POLITICAL_ROLES | PARTY_WORDS):
            return recent[-1].names[0]
    return None


def named_after(roster: Roster, role: Token) -> str | None:
    """ "a Perth judge" in a lede -> the person named after it with that role ("Judge
    Mary-Anne Costello said"), when no one named before it has the role."""
    lemma = role.lemma_.lower()
    forms = ROLE_NAMES.get(lemma, {lemma})
    if any(_roles(roster, m) & forms for m in roster.mentions if m.end <= role.i):
        return None
    described = set(range(role.left_edge.i, role.right_edge.i + 1))  # "a member who supports Trump"
    after = [m for m in roster.mentions if role.i < m.start <= role.i + _WINDOW and m.start not in described]
    return next((m.names[0] for m in after if _roles(roster, m, described) & forms), None)


def _tied(roster: Roster, head: Token) -> bool:
    """A description of one person by a place, a body, a nation or an age ("the Sherwood
    Park native", "the KoboPay founder", "the Dutchman", "the 34-year-old guard"), not by
    another person ("the Trump adviser"), in an article that introduced no one unnamed by
    that noun."""
    tied = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN"
            and c.ent_type_ not in ("PERSON", "NORP") and not roster.knows_person(c.text)]
    aged = any(age_of(c) for c in head.children)  # "the 34-year-old guard"
    if not (tied or aged or is_demonym(head)) or head.tag_ not in ("NN", "NNP"):
        return False
    named = {i for m in roster.mentions for i in range(m.start - _ROLE_WINDOW, m.end)}  # "chief executive Ana Lima"
    return not any(t.lemma_ == head.lemma_ and t.i not in roster.quoted and t.i not in named
                   for t in roster.tokens[roster.body_start():head.i])


def _roles(roster: Roster, m: Mention, besides: set[int] = frozenset()) -> set[str]:
    """The role words around a mention: "Striker Kwame Mensah", "Kwame Mensah, a striker"
    (none of the tokens ``besides``)."""
    doc = roster.doc
    near = list(doc[max(0, m.start - _ROLE_WINDOW):m.end]) + [
        t for t in doc[m.end - 1].subtree if t.i >= m.end][:_ROLE_WINDOW]
    return {t.lemma_.lower().rstrip(".") for t in near
            if t.pos_ in ("NOUN", "PROPN", "ADJ") and is_role(t.text) and t.i not in besides}


def _joined(roster: Roster, m: Mention) -> set[str]:
    """The common nouns the parse joins to a name, role words or not: "defenceman Erik
    Lindahl", "Tomas Ruiz, a welder"."""
    return {c.lemma_.lower() for t in roster.doc[m.start:m.end] for c in t.children
            if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" and not m.start <= c.i < m.end}


def named_body(roster: Roster, head: Token, described: bool = True) -> str | None:
    """ "the ministry" -> "Ministry of Health", "police" -> "Halifax Regional Police", "the
    coalition" -> "Mulika Uchaguzi": the body named so earlier; "the regulator"
    (``described``) -> the organisation last the subject of a main clause before it."""
    lemma = head.lemma_.lower()
    for ent in reversed([e for e in roster.ents if e.end <= head.i and e.label_ in ("ORG", "GPE", "FAC")]):
        if lemma in (t.lemma_.lower() for t in ent if ent.label_ == "ORG" or t.is_title) and len(ent) > 1:
            return plain_name(bare_phrase(ent, owners=True))
    owned = any(c.dep_ == "poss" for c in head.children)  # "Rubio's campaign" is his, not one named before
    for earlier in reversed(roster.tokens[roster.body_start():head.i] if not owned else ()):
        if earlier.lemma_ == head.lemma_ and earlier.pos_ == "NOUN" and earlier.i not in roster.quoted:
            named = _body_name(roster, earlier)
            if named:
                return named
    if not described or owned:  # "The mayor's office": no other body's
        return None
    for token in reversed(roster.doc[max(0, head.i - _WINDOW):head.i]):
        if token.i in roster.quoted or token.dep_ != "nsubj" or not main_clause(token.head) \
                or token.ent_type_ not in ("ORG", "") or roster.knows_person(token.text):
            continue
        named = entity(token) if token.ent_type_ else listed_name(token)
        listed = token.pos_ == "NOUN" and capitalised(token.text) and len(named) > 1  # "Immigration, Refugees and ..."
        if token.pos_ == "PROPN" or listed:
            if roster.is_person(named) or is_media(named.text):
                return None
            return plain_name(named.text if "," in named.text else bare_phrase(named, owners=True))
    return None


def _body_name(roster: Roster, noun: Token) -> str | None:
    """The name a body's noun was given where the article introduced it: "A civil society
    coalition, Mulika Uchaguzi," or "the Southern Lights festival" (not a place before the
    noun: "a Wellington music festival")."""
    for child in [*(c for c in noun.children if c.dep_ == "appos"), *named_as(noun)]:
        named = apposed_body(roster, child)
        if named is not None:
            return plain_name(named.text)
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in NOT_PEOPLE for c in noun.children):
        return plain_name(bare_phrase(noun_phrase(noun), owners=True))
    return None


def apposed_body(roster: Roster, child: Token) -> Span | None:
    """The body an apposition names, whatever the tagger typed it: "The contractor, [Altona
    Rail Systems]", "A residents' group, [Friends of Elwood Beach]" (no person, no outlet)."""
    if not capitalised(child.text) or child.pos_ not in ("PROPN", "NOUN") or child.ent_type_ not in _BODY_TYPES:
        return None
    run = entity(child) or proper_name(child)
    run = run[1:] if run[0].lower_ == "the" and len(run) > 1 else run
    if roster.is_person(run) or roster.knows_person(child.text) or is_media(run.text):
        return None
    return run


def named_as(noun: Token) -> list[Token]:
    """The name a noun is given by "known as" or "called": "The bank's monetary policy
    committee, known as Copom,"."""
    naming = [c for c in noun.children if c.dep_ == "acl" and c.lemma_ in _NAMING_VERBS]
    return [o for verb in naming for c in verb.children
            for o in ([c] if c.dep_ == "oprd" else c.children if c.dep_ == "prep" and c.lower_ == "as" else [])
            if o.dep_ in ("pobj", "oprd")]


def unnamed_speaker(roster: Roster, at: int, pronoun: str) -> Token | None:
    """The unnamed person a "he" or "she" at ``at`` stands for: the subject of a reporting verb
    in this or the previous sentence's main clause, later than any person named as a subject
    there ("The interpreter, who asked that his name not be used, said ..." then "he said")."""
    start, since = at, roster.sentence[at] - 1
    while start > 0 and roster.sentence[start - 1] >= since:
        start -= 1
    subjects = [t for t in roster.tokens[start:at] if t.dep_ in ("nsubj", "nsubjpass") and t.i not in roster.quoted
                and main_clause(t.head)]
    last = subjects[-1] if subjects else None
    if last is None or last.pos_ != "NOUN" or last.tag_ != "NN" or last.head.lemma_ not in REPORTING_VERBS:
        return None
    told = word_gender(last.text)
    wanted = "male" if pronoun in ("he", "him") else "female" if pronoun in ("she", "her") else None
    named = any(m.start <= t.i < m.end for m in roster.mentions for t in last.subtree)
    return last if not named and told in (wanted, None) else None


def age_of(token: Token) -> str | None:
    """The age an "old" states: "the 20-year-old" -> "20"."""
    year = next((c for c in token.children if c.lemma_ == "year"), None) if token.lower_ == "old" else None
    number = next((c for c in year.children if c.like_num), None) if year is not None else None
    return number.text if number is not None else None


def aged(roster: Roster, token: Token, age: str) -> str | None:
    """ "the 20-year-old" -> the person the article gave that age ("Ty Kowalski, 20,"), else
    the person the story is about just then."""
    before = [m for m in roster.mentions if m.end <= token.i]
    for m in reversed(before):
        if roster.words[m.end:m.end + 3] == [",", age, ","]:
            return m.names[0]
    recent = [m for m in before if m.subject and token.i - m.end <= _SALIENT]
    return recent[-1].names[0] if recent else None
