"""Who an article names: its people (full names, where they are mentioned, man or woman),
outlets and bodies, to resolve short mentions, pronouns and definite descriptions.

Where a person is named is quotes.persons' to say; titles, roles and possessors around the
name are dropped (quotes.people). Names that occur only inside quotations or in a
headline's "X Says" are never antecedents.
"""
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.people import gender, is_given_name, name_core, person_name, word_gender, words_of
from quotes.headline import headline_end, title_case_headline
from quotes.persons import NOT_PEOPLE, person_spans
from quotes.phrases import bare_phrase, is_media, main_clause, noun_phrase, plain_name, proper_name, spelled_out

_ANTECEDENT_WINDOW = 120  # tokens to look back for what "it" or "they" stands for
_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    names: tuple[str, ...]  # the full names the mention may stand for, likeliest first
    subject: bool  # the subject of its clause
    main: bool = False  # the subject of its sentence's main clause


class Roster:
    """The people, outlets and documents an article names, to resolve short mentions."""

    def __init__(self, doc: Doc, spans=()):
        self.doc = doc
        self.ents = doc.ents  # spaCy builds this tuple anew on every access
        self.quoted = _quoted_tokens(doc, spans)
        self.tokens = list(doc)  # spaCy makes a new Token on every doc[i]
        self.words = [t.text for t in self.tokens]
        self.where: dict[str, list[int]] = {}  # each word's token indices
        for t in self.tokens:
            self.where.setdefault(t.text, []).append(t.i)
        self.sentence = _sentence_numbers(doc)  # each token's sentence number
        text = "".join(t.text_with_ws for t in self.tokens)  # doc.text, from tokens already made
        body = title_case_headline(text)
        self.headline = headline_end(text)  # "Will Sanders come down?": no one introduced there
        people = [(s, e, person_name(doc[s:e].text)) for s, e in person_spans(self.ents, self.tokens)
                  if doc[s].idx >= body]
        self.people = sorted({(s, name) for s, e, name in people if len(name.split()) >= 2})
        self.named = set().union(*(range(s, e) for s, e, name in people if " " in name))  # tokens of full names
        self.mentions = self._mentions(people)
        self.genders = self._genders()
        named = [(e.start, e.text.split(",")[0]) for e in self.ents  # "Xinhua, Xi Jinping": two names
                 if e.label_ in ("ORG", "PERSON", "GPE", "NORP", "WORK_OF_ART")]
        self.media = [(i, plain_name(text)) for i, text in named
                      if is_media(text) and text.lower() not in ("state media",)]

    def _genders(self) -> dict[str, str]:
        """Man or woman, for each full name: by "Mr."/"Ms." or a gendered role word before
        a mention, else by the given name, else by the he or she of sentences naming only
        that person."""
        found, titled = {}, {}
        for m in self.mentions:  # "Mr. Trump": the Trump who can be a man, not Ivanka
            told = word_gender(self.words[m.start - 1]) if m.start else None
            if told and len(m.names) > 1:
                titled[next((n for n in m.names if gender(n) in (told, None)), m.names[0])] = told
            elif told:
                titled[m.names[0]] = told
        for _, name in self.people:
            told = [word_gender(word) for i, full in self.people if full == name
                    for word in self.words[max(0, i - 2):i + 1]]
            found[name] = next(filter(None, told), None) or titled.get(name) or gender(name)
        alone = [m for m in self.mentions if len(m.names) == 1 and " " not in m.names[0]]
        for m in alone:  # "her brother Paul", "Mr. Okafor": a person named by one word
            found[m.names[0]] = found.get(m.names[0]) or (word_gender(self.words[m.start - 1]) if m.start else None)
        for name, said in self._pronoun_votes().items():
            found[name] = found.get(name) or said
        return found

    def _pronoun_votes(self) -> dict[str, str]:
        """The gender of the he/his or she/her that follows a person in sentences that name
        only that person, when all such sentences agree."""
        pronouns: dict[int, list[tuple[int, str]]] = {}  # sentence -> (token, gender)
        for word, found in self.where.items():
            told = "male" if word.lower() in _MALE else "female" if word.lower() in _FEMALE else None
            for i in found if told else ():
                if i not in self.quoted:
                    pronouns.setdefault(self.sentence[i], []).append((i, told))
        named: dict[int, list[Mention]] = {}
        for m in self.mentions:
            named.setdefault(self.sentence[m.start], []).append(m)
        votes: dict[str, set[str]] = {}
        for sentence, mentions in named.items():
            first = min(m.end for m in mentions)
            said = {told for i, told in pronouns.get(sentence, ()) if i >= first}
            if len({m.names[0] for m in mentions}) == 1 and len(said) == 1:
                votes.setdefault(mentions[0].names[0], set()).update(said)
        return {name: said.pop() for name, said in votes.items() if len(said) == 1}

    def _mentions(self, people: list[tuple[int, int, str]]) -> list[Mention]:
        """Every mention of a person outside quotations, by full name or surname."""
        found = {start: (end, name) for start, end, name in people}
        for surname in {name_core(full)[-1] for _, full in self.people}:
            parts = surname.split("-")  # "Barnes-Okoro" is three tokens
            for i in self.where.get(parts[0], ()):
                end = i + 2 * len(parts) - 1
                joined = self.words[i:end:2] == parts and all(w == "-" for w in self.words[i + 1:end:2])
                if joined and self.tokens[i].pos_ == "PROPN" and i not in found and i not in self.named:
                    found[i] = (end, surname)
        mentions = []
        for s, (e, name) in sorted(found.items()):
            if not any(i in self.quoted for i in range(s, e)):
                subjects = [_subject(t) for t in self.tokens[s:e] if _subject(t) is not None]
                mentions.append(Mention(s, e, self.full_names(name, s), bool(subjects),
                                        any(main_clause(t.head) for t in subjects)))
        return mentions

    def full_name(self, name: str, at: int) -> str:
        """ "Kirby" -> "John Kirby", "Xi" -> "Xi Jinping": the full name nearest before ``at``;
        "Mr. Trump" never a woman."""
        names = self.full_names(name, at)
        told = next(filter(None, (word_gender(w) for w in self.words[max(0, at - 1):at + 1])), None)
        return next((n for n in names if self.genders.get(n) in (told, None)), names[0]) if told else names[0]

    def full_names(self, name: str, at: int) -> tuple[str, ...]:
        """Every full name a surname (or a family name given first) may stand for, likeliest
        first: one named in this sentence or the one before, then one the article already
        called by the surname alone before naming another (Jane Sanders, his wife, is named
        in full; "Sanders" is still Bernie), then the nearest before; the name itself when
        the article gives no fuller."""
        words = words_of(name)
        if len(words) != 1:
            return (name,)
        key = words[0].lower()
        for position in (-1, 0):  # surname first, then a family name given first
            matches = [(i, full) for i, full in self.people if name_core(full)[position].lower() == key]
            if matches:
                before = [(i, full) for i, full in matches if i <= at]
                near = [full for i, full in reversed(before) if self._sentence_of(at) - self.sentence[i] <= 1]
                after = [full for i, full in matches if i > at]
                return tuple(dict.fromkeys(near + self._established(words[0], before)
                                           + [full for _, full in reversed(before)] + after))
        return (name,)

    def _established(self, word: str, named: list[tuple[int, str]]) -> list[str]:
        """The person the article called by ``word`` alone after naming them in full and
        before naming another of that name, outside its headline."""
        intro = list({full: i for i, full in reversed(named)}.items())[::-1]  # each one's first naming, in order
        alone = [j for j in self.where.get(word, ()) if j not in self.named and self.tokens[j].idx >= self.headline]
        return [full for (full, i), (_, following) in zip(intro, intro[1:])
                if any(i < j < following for j in alone)][:1]

    def _sentence_of(self, at: int) -> int:
        return self.sentence[min(at, len(self.sentence) - 1)] if self.sentence else 0

    def knows_person(self, name: str) -> bool:
        """Whether the article names a person whose surname (or family name) is ``name``."""
        return self.full_name(name, len(self.doc)) != name

    def last_person(self, at: int, pronoun: str | None = None) -> str | None:
        """The person a pronoun at token ``at`` stands for: one named outside quotations who can
        be ``pronoun`` ("she" never a man), the subject (a main clause's first) of this or the
        previous sentence, the most recent there, the last subject before; when only a "he"
        (or "she") is a subject there, whom that one stands for."""
        before = []
        for m in (m for m in self.mentions if m.end <= at):
            name = next((n for n in (m.names if pronoun else m.names[:1]) if self.agrees(n, pronoun)), None)
            if name:
                before.append((m, name))
        since = self._sentence_of(at) - 1
        near = [(m, name) for m, name in before if self.sentence[m.start] >= since]
        chained = [i for i in self._subject_pronouns(pronoun) if i < at and self.sentence[i] >= since]
        if chained and not any(m.subject for m, _ in near):
            return self.last_person(chained[-1], pronoun)  # "He also defended his decision to take Gallagher off"
        for found in ([c for c in near if c[0].main], [c for c in near if c[0].subject], near,
                      [c for c in before if c[0].main], [c for c in before if c[0].subject], before):
            if found:
                return found[-1][1]
        return None

    def _subject_pronouns(self, pronoun: str | None) -> list[int]:
        """Where "he" (or "she") is the subject of a clause outside quotations, in order."""
        if pronoun not in ("he", "she"):
            return []
        found = self.where.get(pronoun, []) + self.where.get(pronoun.title(), [])
        return sorted(i for i in found if i not in self.quoted and self.tokens[i].dep_ in ("nsubj", "nsubjpass")
                      and main_clause(self.tokens[i].head))

    def agrees(self, name: str | None, pronoun: str | None) -> bool:
        """Whether ``pronoun`` can stand for the person: "she" not for a man named Paul."""
        want = "male" if pronoun in _MALE else "female" if pronoun in _FEMALE else None
        return want is None or self.genders.get(name) in (want, None)

    def is_person(self, run: Span) -> bool:
        """Whether a run of proper nouns names a person: a given name before a surname."""
        bare = person_name(run.text).split()
        return len(bare) > 1 and is_given_name(bare[0]) and not any(
            t.ent_type_ in NOT_PEOPLE or t.pos_ == "PRON" for t in run)  # not "Save Our Foreshore"

    def last_subject(self, at: int, plural: bool) -> Token | None:
        """The nearest subject before token ``at`` outside quotations that "it" (or "they")
        can stand for, a main clause's first: "The council voted ... as people complained"."""
        found = [t for t in reversed(self.doc[max(0, at - _ANTECEDENT_WINDOW):at])
                 if t.i not in self.quoted and t.ent_type_ not in ("DATE", "TIME") and self._stands_for(t, plural)]
        main = [t for t in found if main_clause(t.head)]
        return (main or found or [None])[0]

    def _stands_for(self, token: Token, plural: bool) -> bool:
        """Whether "it" (or "they") may stand for the subject ``token``: a noun of its number,
        or a body named in the plural or not, whatever the tagger typed it ("Leeds Rhinos")."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ not in ("NOUN", "PROPN"):
            return False
        if token.pos_ == "PROPN" and token.ent_type_ in ("ORG", "EVENT", "PERSON", ""):
            run = proper_name(token)
            return not self.is_person(run) and not (len(run) == 1 and self.knows_person(token.text))
        return token.ent_type_ != "PERSON" and token.tag_ in (("NNS", "NNPS") if plural else ("NN", "NNP"))

    def last_group(self, at: int) -> Token | None:
        """The plural noun that "one" or "another" picks from: "Two fans waited ... one said",
        a counted one first, then a subject."""
        groups = [t for t in self.doc[max(0, at - _ANTECEDENT_WINDOW):at]
                  if t.tag_ == "NNS" and t.i not in self.quoted]
        counted = [t for t in groups if any(c.dep_ == "nummod" for c in t.children)]
        subjects = [t for t in groups if t.dep_ in ("nsubj", "nsubjpass")]
        return (counted or subjects or groups or [None])[-1]

    def body_start(self) -> int:
        """The first token after the headline."""
        return next((t.i for t in self.tokens if t.idx >= self.headline), len(self.tokens))

    def spelled_out(self, acronym: str, at: int) -> str | None:
        """ "IRCC" -> "Immigration, Refugees and Citizenship Canada", spelled out before token ``at``."""
        return spelled_out(self.tokens, acronym, at, self.quoted)

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


def _quoted_tokens(doc: Doc, spans) -> set[int]:
    """The tokens inside the quotations at the character offsets of ``spans``."""
    inside = set()
    for span in spans:
        found = doc.char_span(span.start, span.end, alignment_mode="expand")
        if found is not None:
            inside.update(range(found.start, found.end))
    return inside


def _sentence_numbers(doc: Doc) -> list[int]:
    """Each token's sentence number; a stretch of marks and line breaks the parser made a
    sentence of (a closing quotation mark alone) belongs to the sentence before it."""
    numbers, count = [], -1
    for sent in doc.sents:
        count += count < 0 or any(not (t.is_punct or t.is_space) for t in sent)
        numbers += [count] * len(sent)
    return numbers


def _subject(token: Token) -> Token | None:
    """The subject a name is, itself or through an apposition: "The council's housing
    convener, Councillor Aileen Drummond, said" makes Drummond the subject."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return token
    return token.head if token.dep_ == "appos" and token.head.dep_ in ("nsubj", "nsubjpass") else None
