"""Linking stored quotes into statements: candidates from the store's index of content lemmas
(quotes.lemmas: FTS5 on SQLite, tsvector on PostgreSQL), each compared with :func:`quotes.statements.compare.compare`.

A statement is a connected group of links, so the groups do not depend on the order in which
articles arrive; each link is stored with its reason (``statement_link``). Finding a quote's
candidates asks the index for its rarer lemmas (and the stems beginning them), so linking an
article costs about the same in a small store and a large one.
"""
import math
from collections import Counter
from datetime import date

import snowballstemmer
from sqlalchemy.engine import Connection, Engine

from quotes.lemmas import Term, lemma_index
from quotes.statements.compare import ALIKE, STEM_PREFIX, Rendering, compare
from quotes.storage import writer
from quotes.variants import CONCEPT, Form, Variants

CANDIDATES = 40  # best-ranked candidates (FTS5 bm25) compared with each new quote
LOOKUP = 200  # a lemma in more quotes than this is not looked up: its list of quotes is long
RARE, FEW = 100, 10  # a word in at most one quote in 100, or in 10, counts as a whole word found
MENTIONS = 100  # distinct mentions of a speaker read for who they speak for

_STEMMER = snowballstemmer.stemmer("english")


class Linker:
    """Links the stored quotes that have no statement yet to the statements of the store."""

    def __init__(self, engine: Engine, variants: Variants):
        self.engine, self.variants = engine, variants

    def link(self) -> None:
        """Give every stored quote without a statement one, merging the statements it joins.

        Runs holding the store's write lock, so concurrent runs group statements as one run
        would; quotes a killed run stored without linking are linked by the next. Statements
        that lost renderings (their article replaced) are regrouped first.
        """
        with writer(self.engine).connect() as conn, conn.begin():
            store = _Store(conn)
            for (statement_id,) in conn.exec_driver_sql("select statement_id from statement_regroup").all():
                store.regroup(statement_id)
            conn.exec_driver_sql("delete from statement_regroup")
            new = [i for (i,) in conn.exec_driver_sql(
                "select id from quote where statement_id is null order by id").all()]
            for quote_id in new:
                self._attach(store, store.renderings([quote_id])[0])

    def _attach(self, store: "_Store", new: Rendering) -> None:
        candidates = store.renderings(store.candidates(new.form))
        links = _unambiguous(new, [(other, link) for other in candidates
                                   if other.article_id != new.article_id
                                   and (link := compare(new, other, self.variants, store.idf, store.rarity))], store)
        for other, link in links:
            store.conn.exec_driver_sql(
                "insert into statement_link (quote_id, other_id, rule, words) values (?, ?, ?, ?)",
                (new.quote_id, other.quote_id, link.rule, " ".join(link.words)))
        statements = sorted({store.statement_of(other.quote_id) for other, _ in links})
        if not statements:
            statements = [store.conn.exec_driver_sql("insert into statement (text) values (?) returning id",
                                                      (new.text,)).scalar()]
        keep, merged = statements[0], statements[1:]
        store.conn.exec_driver_sql("update quote set statement_id = ? where id = ?", (keep, new.quote_id))
        for statement_id in merged:
            store.conn.exec_driver_sql("update quote set statement_id = ? where statement_id = ?",
                                       (keep, statement_id))
            store.conn.exec_driver_sql("delete from statement where id = ?", (statement_id,))
        store.refresh(keep)


class _Store:
    """The linker's reads and writes on one connection holding the write lock."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.lemmas = lemma_index(conn)
        self.total = conn.exec_driver_sql("select count(*) from quote").scalar() or 0
        self._df: dict[str, int] = {}
        self._mentions: dict[int, tuple[str, ...]] = {}

    def df(self, word: str) -> int:
        """In how many quotes (words or context) the word appears."""
        if word not in self._df:
            terms = _terms(word)
            counts = [self.lemmas.df(t) for t in terms]
            self._df[word] = min(counts) if counts else 0
        return self._df[word]

    def idf(self, word: str) -> float:
        return max(0.1, math.log((self.total + 1) / (self.df(word) + 0.5)))

    def rarity(self, word: str) -> float:
        """1 for a word in at most one quote in ``RARE`` of the store (or in a few quotes, as
        the renderings of one statement are), less the more common."""
        return 1.0 if self.df(word) <= FEW else min(1.0, self.idf(word) / math.log(RARE))

    def candidates(self, form: Form) -> list[int]:
        """Quotes already in a statement sharing a rarer lemma (or its stem) with ``form``: in
        their words or context for the quote's words, in their words for its context."""
        found: list[int] = []
        for context_too, words in ((True, form.words), (False, form.context)):
            terms = {_query_term(w) for w in words if self.df(w) <= LOOKUP}
            terms.discard(None)
            if terms:
                found += self.lemmas.candidates(terms, context_too, CANDIDATES)
        return list(dict.fromkeys(found))

    def renderings(self, ids: list[int]) -> list[Rendering]:
        """The quotes of ``ids`` as the comparison sees them, in that order."""
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = self.conn.exec_driver_sql(
            f"select quote.id, quote.article_id, quote.text, quote.norm, quote.context, quote.negated, "
            f"speaker.name, speaker.type, quote.via, quote.speaker_id, article.published "
            f"from quote join article on article.id = quote.article_id "
            f"left join speaker on speaker.id = quote.speaker_id where quote.id in ({marks})", tuple(ids)).all()
        by_id = {row[0]: _rendering(row, self.mentions(row[9])) for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    def mentions(self, speaker_id: int | None) -> tuple[str, ...]:
        """How the articles of the store named a speaker ("Health Ministry spokeswoman Ana Lima")."""
        if speaker_id is None:
            return ()
        if speaker_id not in self._mentions:
            self._mentions[speaker_id] = tuple(t for (t,) in self.conn.exec_driver_sql(
                "select distinct mention_text from quote where speaker_id = ? and mention_text is not null "
                "limit ?", (speaker_id, MENTIONS)).all())
        return self._mentions[speaker_id]

    def statement_of(self, quote_id: int) -> int:
        return self.conn.exec_driver_sql("select statement_id from quote where id = ?", (quote_id,)).scalar()

    def refresh(self, statement_id: int) -> None:
        """Canonical text (the fullest rendering) and speaker (the most frequent, persons first)."""
        rows = self.conn.exec_driver_sql(
            "select quote.text, quote.norm, quote.speaker_id, speaker.type from quote "
            "left join speaker on speaker.id = quote.speaker_id where statement_id = ? order by quote.id",
            (statement_id,)).all()
        if not rows:
            self.conn.exec_driver_sql("delete from statement where id = ?", (statement_id,))
            return
        text = max(rows, key=lambda r: (len((r[1] or "").split()), len(r[0])))[0]
        speakers = Counter((kind == "person", speaker) for _, _, speaker, kind in rows if speaker)
        speaker = max(speakers, key=lambda k: (k[0], speakers[k]))[1] if speakers else None
        self.conn.exec_driver_sql("update statement set text = ?, speaker_id = ? where id = ?",
                                  (text, speaker, statement_id))

    def regroup(self, statement_id: int) -> None:
        """Split a statement that lost the renderings joining its parts, by its stored links."""
        members = [i for (i,) in self.conn.exec_driver_sql(
            "select id from quote where statement_id = ? order by id", (statement_id,)).all()]
        if not members:  # none left: the statement goes
            return self.refresh(statement_id)
        parent = {i: i for i in members}

        def root(i: int) -> int:
            while parent[i] != i:
                i = parent[i]
            return i

        marks = ", ".join("?" * len(members))
        for a, b in self.conn.exec_driver_sql(
                f"select quote_id, other_id from statement_link where quote_id in ({marks})", tuple(members)).all():
            if a in parent and b in parent:
                parent[root(a)] = root(b)
        groups: dict[int, list[int]] = {}
        for i in members:
            groups.setdefault(root(i), []).append(i)
        for group in sorted(groups.values())[1:]:
            new_id = self.conn.exec_driver_sql("insert into statement (text) values ('') returning id").scalar()
            self.conn.exec_driver_sql(f"update quote set statement_id = ? where id in ({', '.join('?' * len(group))})",
                                      (new_id, *group))
            self.refresh(new_id)
        self.refresh(statement_id)


def _unambiguous(new: Rendering, links: list, store: "_Store") -> list:
    """The links that join ``new`` to statements: all when they are to one statement; else
    the best one (most words found) and those to renderings about as long as ``new``. A
    short cut found in several statements ("radical Islamic terrorism") does not merge them."""
    if len({store.statement_of(other.quote_id) for other, _ in links}) < 2:
        return links
    size = len(set(new.form.words))
    best = max(links, key=lambda found: (len(found[1].words), -found[0].quote_id))
    return [(other, link) for other, link in links if (other, link) == best
            or max(size, n := len(set(other.form.words))) <= ALIKE * min(size, n)]


def _rendering(row, mentions: tuple[str, ...]) -> Rendering:
    quote_id, article_id, text, norm, context, negated, speaker, kind, via, _, published = row
    form = Form(tuple((norm or "").split()), tuple((context or "").split()), tuple((negated or "").split()))
    when = date.fromisoformat(str(published)[:10]) if published else None
    return Rendering(quote_id, article_id, text, form, speaker, kind, via, mentions, when)


def _terms(word: str) -> list[str]:
    """The index's tokens of a lemma (FTS5 unicode61 keeping '~' and '_')."""
    return [t for t in "".join(c if c.isalnum() or c in "~_" else " " for c in word).split()]


def _query_term(word: str) -> Term | None:
    """What to look a lemma up by: a lexicon group token as itself, a word by the beginning
    of its stem, so that relatives are found too ("provoke" finds "provocation")."""
    terms = _terms(word)
    if not terms:
        return None
    if word.startswith(CONCEPT) or len(terms) > 1 or len(word) < STEM_PREFIX + 1:
        return Term(tuple(terms))
    stem = _STEMMER.stemWord(word)
    return Term((stem[:max(STEM_PREFIX, len(stem) - 1)],), prefix=True)
