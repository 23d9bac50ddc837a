"""What the statement linker reads of the store: a quote's candidates from the lemma index,
stored quotes as the comparison sees them, words' document frequencies, speakers' mentions.

Reads go through the linker's :class:`~quotes.statements.memory.Memory`, so each stored
quote, token and speaker is read once while the store only grows, and in batches.
"""
import math
import sys
from datetime import date
from functools import cache
from typing import NamedTuple

from sqlalchemy.engine import Connection

from quotes.lemmas import Term, lemma_index, tokens
from quotes.statements.compare import SHORT, Rendering
from quotes.statements.memory import Memory
from quotes.statements.synonyms import sharing
from quotes.statements.words import query_term
from quotes.variants import Form

CANDIDATES = 40  # best-ranked candidates (FTS5 bm25) compared with each new quote
LOOKUP = 200  # a lemma in more quotes than this is not looked up: its list of quotes is long
RARE, FEW = 100, 10  # a word in at most one quote in 100, or in 10, counts as a whole word found
MENTIONS = 100  # distinct mentions of a speaker read for who they speak for
BATCH = 500  # ids read by one query


class Stored(NamedTuple):
    """A stored quote as linking reads it, but for its speaker's mentions (which grow)."""

    quote_id: int
    article_id: int
    text: str
    form: Form
    speaker: str | None
    speaker_type: str | None
    via: str | None
    speaker_id: int | None
    published: date | None


class Reader:
    """The linker's reads on one connection holding the write lock."""

    def __init__(self, conn: Connection, memory: Memory, lost: bool):
        self.conn, self.memory = conn, memory
        self.lemmas = lemma_index(conn)
        self.total = memory.catch_up(conn, self.lemmas, lost)
        self._renderings: dict[int, Rendering] = {}
        self.idf, self.rarity = cache(self._idf), cache(self._rarity)  # asked for each word of each comparison

    def df(self, word: str) -> int:
        """In how many quotes (words or context) the word appears: that of its least common
        token (a word of one token is its own token)."""
        known = self.memory.df
        if word not in known:
            self.learn([word])
            return min((known[t] for t in tokens(word)), default=0)
        return known[word]

    def learn(self, words) -> None:
        """Read the document frequencies of the tokens of ``words`` not known yet from the
        index's vocabulary, at once (none if the memory holds it whole)."""
        known = self.memory.df
        terms = {t for w in words if w not in known for t in tokens(w) if t not in known}
        if terms:
            counts = {} if self.memory.whole else self.lemmas.dfs(sorted(terms))
            known.update((t, counts.get(t, 0)) for t in terms)

    def _idf(self, word: str) -> float:
        return max(0.1, math.log((self.total + 1) / (self.df(word) + 0.5)))

    def _rarity(self, word: str) -> float:
        """1 for a word in at most one quote in ``RARE`` of the store (or in a few quotes, as
        the renderings of one statement are), less the more common."""
        return 1.0 if self.df(word) <= FEW else min(1.0, self.idf(word) / math.log(RARE))

    def queries(self, form: Form) -> list[tuple[set[Term], bool]]:
        """What to look a quote's candidates up by: the rarer lemmas (or their stems) of its
        words (or their WordNet synonyms, for a short quote, which has few words to be found
        by), to be found in stored quotes' words or context; those of its context, to be found
        in their words. Each as (terms, whether in the context too); none when no term is rare."""
        parts = []
        for context_too, words, synonyms in ((True, form.words, len(set(form.words)) <= SHORT), (False, form.context, False)):
            self.learn(words)
            rare = [w for w in words if self.df(w) <= LOOKUP]
            terms = {query_term(w) for w in rare} - {None}
            if synonyms:
                others = {s for w in rare for s in sharing(w) if s.isalpha()}
                self.learn(others)
                terms |= {Term((s,)) for s in others if 0 < self.df(s) <= LOOKUP}
            if terms:
                parts.append((terms, context_too))
        return parts

    def candidates(self, parts: list[tuple[set[Term], bool]]) -> list[int]:
        """The quotes already in a statement best ranked (FTS5 bm25) for each of ``parts``."""
        found: list[int] = []
        for terms, context_too in parts:
            found += self.lemmas.candidates(terms, context_too, CANDIDATES)
        return list(dict.fromkeys(found))

    def renderings(self, ids: list[int]) -> list[Rendering]:
        """The quotes of ``ids`` as the comparison sees them, in that order."""
        stored = self.memory.quotes
        missing = [i for i in dict.fromkeys(ids) if i not in stored]
        for part in range(0, len(missing), BATCH):
            self._read(missing[part:part + BATCH])
        found = [i for i in ids if i in stored]
        mentions = self.memory.mentions
        self._read_mentions({s for i in found if (s := stored[i].speaker_id) is not None and s not in mentions})
        return [self._rendering(stored[i]) for i in found]

    def speakers(self, ids: set[int]) -> dict[int, tuple[str, str | None]]:
        """The name and type of each speaker of ``ids``."""
        known = self.memory.speakers
        missing = sorted(i for i in ids if i not in known)
        for part in range(0, len(missing), BATCH):
            chunk = missing[part:part + BATCH]
            known.update((i, (name, kind)) for i, name, kind in self.conn.exec_driver_sql(
                f"select id, name, type from speaker where id in ({marks(chunk)})", tuple(chunk)).all())
        return {i: known[i] for i in ids}

    def speaker_of(self, quote_id: int) -> int | None:
        """The speaker id of a quote read."""
        return self.memory.quotes[quote_id].speaker_id

    def _rendering(self, quote: Stored) -> Rendering:
        if quote.quote_id not in self._renderings:
            self._renderings[quote.quote_id] = Rendering(
                quote.quote_id, quote.article_id, quote.text, quote.form, quote.speaker, quote.speaker_type,
                quote.via, mentions=self.memory.mentions.get(quote.speaker_id, ()), published=quote.published)
        return self._renderings[quote.quote_id]

    def _read(self, ids: list[int]) -> None:
        """Read quotes into the memory, and the document frequencies of their words."""
        rows = [_stored(row) for row in self.conn.exec_driver_sql(
            f"select quote.id, quote.article_id, quote.text, quote.norm, quote.context, quote.negated, "
            f"speaker.name, speaker.type, quote.via, quote.speaker_id, article.published "
            f"from quote join article on article.id = quote.article_id "
            f"left join speaker on speaker.id = quote.speaker_id where quote.id in ({marks(ids)})", tuple(ids)).all()]
        self.learn({w for q in rows for w in q.form.words + q.form.context})
        self.memory.quotes.update((q.quote_id, q) for q in rows)

    def _read_mentions(self, speakers: set[int]) -> None:
        """How the articles of the store named each of ``speakers`` ("Health Ministry
        spokeswoman Ana Lima"): the first ``MENTIONS`` distinct mentions of each."""
        ids, mentions = sorted(speakers), self.memory.mentions
        for speaker_id in ids:
            mentions[speaker_id] = ()
        for part in range(0, len(ids), BATCH):
            chunk = ids[part:part + BATCH]
            rows = self.conn.exec_driver_sql(
                f"select speaker_id, mention_text from quote where speaker_id in ({marks(chunk)}) "
                f"and mention_text is not null group by speaker_id, mention_text order by speaker_id, min(id)",
                tuple(chunk)).all()
            for speaker_id, text in rows:
                if len(mentions[speaker_id]) < MENTIONS:
                    mentions[speaker_id] += (text,)


def marks(ids) -> str:
    """As many parameters as ``ids``."""
    return ", ".join("?" * len(ids))


def _words(text: str | None) -> tuple[str, ...]:
    return tuple(map(sys.intern, (text or "").split()))  # one copy of each word in the memory


def _stored(row) -> Stored:
    quote_id, article_id, text, norm, context, negated, speaker, kind, via, speaker_id, published = row
    when = date.fromisoformat(str(published)[:10]) if published else None
    return Stored(quote_id, article_id, text, Form(_words(norm), _words(context), _words(negated)),
                  speaker, kind, via, speaker_id, when)
