"""Linking stored quotes into statements: candidates from the store's index of content lemmas
(quotes.lemmas: FTS5 on SQLite, tsvector on PostgreSQL), each compared with :func:`quotes.statements.compare.compare`.

A statement is a connected group of links, so the groups do not depend on the order in which
articles arrive; each link is stored with its reason (``statement_link``). Finding a quote's
candidates asks the index for its rarer lemmas (and the stems beginning them), so linking an
article costs about the same in a small store and a large one; what the linker reads of the
store (quotes.statements.reader) it keeps from one article to the next (quotes.statements.memory).
"""
from collections import Counter

from sqlalchemy.engine import Connection, Engine

from quotes.statements import reader, stock
from quotes.statements.compare import Rendering, compare, speakers_agree
from quotes.statements.memory import Memory
from quotes.statements.reader import Reader
from quotes.storage import writer
from quotes.variants import Form, Variants

_NOTHING = Form(())  # the words of a quote known only by its speaker
STORY = 3  # rarer words two articles share (beside the quotes compared) when they tell one story


class Linker:
    """Links the stored quotes that have no statement yet to the statements of the store."""

    def __init__(self, engine: Engine, variants: Variants):
        self.engine, self.variants = engine, variants
        self.memory = Memory()

    def link(self) -> None:
        """Give every stored quote without a statement one, merging the statements it joins.

        Runs holding the store's write lock, so concurrent runs group statements as one run
        would; quotes a killed run stored without linking are linked by the next. Statements
        that lost renderings (their article replaced) are regrouped first.
        """
        with writer(self.engine).connect() as conn, conn.begin():
            lost = [i for (i,) in conn.exec_driver_sql("select statement_id from statement_regroup").all()]
            store = _Store(conn, self.memory, bool(lost))
            for statement_id in lost:
                store.regroup(statement_id)
            conn.exec_driver_sql("delete from statement_regroup")
            new = store.renderings([i for (i,) in conn.exec_driver_sql(
                "select id from quote where statement_id is null order by id").all()])
            for rendering in new:
                self._attach(store, rendering)
            store.refresh_touched()
            if self.memory.untidy(store.total):
                store.lemmas.tidy()

    def _attach(self, store: "_Store", new: Rendering) -> None:
        parts = store.queries(new.form)
        candidates = store.renderings(store.candidates(parts)) if parts and self._may_link(store, new, parts) else []
        links = [(other, link) for other in candidates if other.article_id != new.article_id
                 and (link := compare(new, other, self.variants, store.idf, store.rarity))
                 and not (link.cut and (store.stock((new, other), link.found) or not store.one_story(new, other)))]
        for other, link in links:
            store.conn.exec_driver_sql(
                "insert into statement_link (quote_id, other_id, rule, words) values (?, ?, ?, ?)",
                (new.quote_id, other.quote_id, link.rule, " ".join(link.words)))
        statements = sorted({store.statement_of(other.quote_id) for other, _ in links})
        if statements:
            store.touched.add(statements[0])
        else:  # a statement of its own: its text and speaker are the quote's, as a refresh would find
            statements = [store.conn.exec_driver_sql(
                "insert into statement (text, speaker_id) values (?, ?) returning id",
                (new.text, store.speaker_of(new.quote_id))).scalar()]
        keep, merged = statements[0], statements[1:]
        store.conn.exec_driver_sql("update quote set statement_id = ? where id = ?", (keep, new.quote_id))
        for statement_id in merged:
            store.conn.exec_driver_sql("update quote set statement_id = ? where statement_id = ?",
                                       (keep, statement_id))
            store.conn.exec_driver_sql("delete from statement where id = ?", (statement_id,))
        store.unstock(new)


    def _may_link(self, store: "_Store", new: Rendering, parts: list) -> bool:
        """Whether a stored quote the lemma index finds by ``parts`` links to ``new``: only
        then are the candidates ranked, the costly part of looking them up. Quotes of two
        speakers that do not agree never link, so only the others are compared: for a quote
        of a known person, those of unknown or anonymous speakers, of institutions and outlets
        he may speak for, and of persons of his surname (no other person is him). For a quote
        of anyone else, telling who agrees would read every speaker's mentions: its
        candidates are ranked, as are those of a quote with more such quotes to compare
        than ranking leaves."""
        surname = _surname(new.speaker or "")
        if not surname or new.speaker_type != "person":
            return True
        spoken = store.memory.spoken  # 0 for a quote another client stored since: compared
        found = sorted(((i, spoken[i] if i < len(spoken) else 0) for i in store.lemmas.reachable(parts)),
                       key=lambda found: not found[1])  # speakers known first: likelier to link
        agree = {s for s, (name, kind) in store.speakers({s for _, s in found} - {0}).items()
                 if (kind != "person" or _surname(name) in (surname, "")) and
                 speakers_agree(new, Rendering(0, 0, "", _NOTHING, name, kind)) is not False}
        ids = [i for i, s in found if s in agree or not s]
        if len(ids) > len(parts) * reader.CANDIDATES:  # more to compare than ranking leaves: ranked
            return True
        return any(other.article_id != new.article_id and compare(new, other, self.variants, store.idf, store.rarity)
                   for other in store.renderings(ids))


def _surname(name: str) -> str:
    """The last word of a name, as the comparison of speakers tells two persons apart."""
    return (name.lower().split() or [""])[-1]


class _Store(Reader):
    """The linker's reads and writes on one connection holding the write lock."""

    def __init__(self, conn: Connection, memory: Memory, lost: bool):
        super().__init__(conn, memory, lost)
        self.touched: set[int] = set()  # statements quotes joined, refreshed at the end of a run
        self._around: dict[int, dict] = {}  # article id -> its quotes' words and context, by quote

    def stock(self, pair: tuple[Rendering, Rendering], words: tuple[str, ...]) -> bool:
        """Whether either speaker of a pair (a new quote, one in a statement) says all of
        ``words`` in many other statements."""
        ids = (pair[0].quote_id, pair[1].quote_id)
        return any(stock.is_stock(self.conn, self.speaker_of(r.quote_id), words, ids) for r in pair)

    def unstock(self, new: Rendering) -> None:
        """Undo the cut links of the speaker of ``new`` whose words it made a stock phrase,
        splitting the statements they joined."""
        speaker_id = self.speaker_of(new.quote_id)
        regroup = set()
        for link_id, pair, found in stock.said_again(self.conn, speaker_id, new.form.words):
            if stock.is_stock(self.conn, speaker_id, found, pair):
                self.conn.exec_driver_sql("delete from statement_link where id = ?", (link_id,))
                regroup.add(self.statement_of(pair[0]))
        for statement_id in sorted(regroup):
            self.regroup(statement_id)

    def one_story(self, a: Rendering, b: Rendering) -> bool:
        """Whether the articles of two quotes tell one story: the words around their quotes and
        those of their other quotes share ``STORY`` rarer words. Renderings of one statement appear in
        articles on one story; a cut of a speaker's longer quote in an article on another story
        is the speaker's phrase said again ("billionaires pay their fair share")."""
        shared = self._story(a.article_id, a.quote_id) & self._story(b.article_id, b.quote_id)
        self.learn(shared)
        return sum(self.rarity(w) >= 1 for w in shared) >= STORY

    def _story(self, article_id: int, quote_id: int) -> set[str]:
        """The words around an article's quotes, and those of its quotes but ``quote_id``."""
        if article_id not in self._around:
            self._around[article_id] = {i: (set((n or "").split()), set((c or "").split())) for i, n, c in
                                        self.conn.exec_driver_sql("select id, norm, context from quote "
                                                                  "where article_id = ?", (article_id,)).all()}
        return set().union(*(context | (words if i != quote_id else set())
                             for i, (words, context) in self._around[article_id].items()))

    def statement_of(self, quote_id: int) -> int:
        return self.conn.exec_driver_sql("select statement_id from quote where id = ?", (quote_id,)).scalar()

    def refresh_touched(self) -> None:
        """Refresh the statements quotes joined in this run, once each."""
        for statement_id in sorted(self.touched):
            self.refresh(statement_id)

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

    def _copies(self, marks: str, members: list[int]) -> list[tuple[int, int]]:
        """Pairs of ``members`` that are one quote of one text stored for two articles."""
        return self.conn.exec_driver_sql(
            "select a.id, b.id from quote a join article aa on aa.id = a.article_id "
            "join quote b on b.start = a.start and b.\"end\" = a.\"end\" and b.id < a.id "
            "join article ba on ba.id = b.article_id and ba.hash = aa.hash "
            f"where a.id in ({marks}) and b.id in ({marks})", (*members, *members)).all()

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

        marks = reader.marks(members)
        for a, b in self.conn.exec_driver_sql(
                f"select quote_id, other_id from statement_link where quote_id in ({marks})", tuple(members)).all():
            if a in parent and b in parent:
                parent[root(a)] = root(b)
        for a, b in self._copies(marks, members):  # a wire story's copies stay one statement
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
