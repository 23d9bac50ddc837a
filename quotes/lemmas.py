"""The index of quotes' content lemmas that the statement linker finds candidates in, on
either store: FTS5 on SQLite (quotes.shape), tsvector columns with GIN indexes on
PostgreSQL (quotes.postgres). Both split lemmas into tokens alike (letters, digits, '~', '_').
"""
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy.engine import Connection

from quotes.shape import LEMMA_INDEX


class Term(NamedTuple):
    """What to look up: tokens one after the other, or (``prefix``) tokens beginning with one."""

    tokens: tuple[str, ...]
    prefix: bool = False


@lru_cache(maxsize=1 << 16)
def tokens(lemma: str) -> tuple[str, ...]:
    """The index's tokens of a lemma (as FTS5's unicode61 keeping '~' and '_' splits it)."""
    return tuple("".join(c if c.isalnum() or c in "~_" else " " for c in lemma).split())


def ascii_tokens(text: str) -> set[str] | None:
    """The tokens of ``text`` as both indexes hold them (lower case), if it is plain ASCII."""
    return set(tokens(text.lower())) if text.isascii() else None


def fts5_tokens(text: str) -> set[str] | None:
    """The tokens FTS5's unicode61 tokenizer makes of ``text`` (lower case, the diacritic of
    a Latin letter dropped), or None when ``text`` holds a character whose treatment is not
    known here (any but ASCII, punctuation, spaces, symbols and Latin letters with one
    diacritic, as Unicode 3.2 classes them)."""
    if text.isascii():
        return ascii_tokens(text)
    folded = []
    for c in text:
        kind = _UCD.category(c)
        if c.isascii():
            folded.append(c)
        elif kind[0] in "PZS" or kind in ("Cc", "Cf"):
            if kind != unicodedata.category(c):  # classed otherwise since, as SQLite may
                return None
            folded.append(" ")
        else:
            base = _UCD.normalize("NFD", c)
            if not (kind[0] == "L" and len(base) == 2 and base[0].isascii() and base[0].isalpha()
                    and _UCD.category(base[1]) == "Mn"):
                return None
            folded.append(base[0])
    return set(tokens("".join(folded).lower()))


def lemma_index(conn: Connection) -> "Fts5Lemmas | TsvectorLemmas":
    """The lemma index of the store ``conn`` is connected to."""
    return TsvectorLemmas(conn) if conn.dialect.name == "postgresql" else Fts5Lemmas(conn)


class Fts5Lemmas:
    """SQLite's FTS5 table over ``quote.norm`` and ``quote.context``."""

    tokens_of = staticmethod(fts5_tokens)  # the tokens it holds for a text, if known

    def __init__(self, conn: Connection):
        self.conn = conn

    def dfs(self, tokens: list[str]) -> dict[str, int]:
        """In how many quotes (words or context) each token appears (those in none left out)."""
        return dict(self.conn.exec_driver_sql(
            f"select term, doc from {LEMMA_INDEX}_vocab where term in ({', '.join('?' * len(tokens))})",
            tuple(tokens)).all())

    def vocabulary(self) -> dict[str, int]:
        """Every token of the index, with the number of quotes it appears in."""
        return dict(self.conn.exec_driver_sql(f"select term, doc from {LEMMA_INDEX}_vocab").all())

    def tidy(self) -> None:
        """Merge the index's segments into one: each article stored adds a segment, and a
        query reads every segment (about twice as fast on one). The linker asks for it as
        the store grows by a share of itself, so it costs about the same for each quote."""
        self.conn.exec_driver_sql(f"insert into {LEMMA_INDEX}({LEMMA_INDEX}) values ('optimize')")

    def candidates(self, terms: set[Term], context_too: bool, limit: int) -> list[int]:
        """Quotes already in a statement holding any of ``terms`` in their words (or, with
        ``context_too``, their context), best ranked first."""
        query = " OR ".join(sorted(map(_fts5, terms)))
        return [i for (i,) in self.conn.exec_driver_sql(
            f"select quote.id from {LEMMA_INDEX} join quote on quote.id = {LEMMA_INDEX}.rowid "
            f"where {LEMMA_INDEX} match ? and quote.statement_id is not null order by rank limit ?",
            (f"{'{norm context}' if context_too else 'norm'} : ({query})", limit)).all()]

    def reachable(self, parts: list[tuple[set[Term], bool]]) -> list[int]:
        """Every quote that ``candidates`` could return for any of ``parts`` (terms, whether
        in the context too), and those not in a statement yet: one query, which neither
        scores nor reads the quotes found, run on the driver's connection (many rows)."""
        query = " OR ".join(f"{'{norm context}' if context_too else 'norm'} : ({' OR '.join(sorted(map(_fts5, terms)))})"
                            for terms, context_too in parts)
        raw = self.conn.connection.driver_connection
        return [i for (i,) in raw.execute(f"select rowid from {LEMMA_INDEX} where {LEMMA_INDEX} match ?", (query,))]

    def said_by(self, terms: list[Term], speaker_id: int) -> list[tuple[int, int]]:
        """The speaker's quotes (id, article id) holding all of ``terms`` in their words."""
        return [tuple(row) for row in self.conn.exec_driver_sql(
            f"select quote.id, quote.article_id from {LEMMA_INDEX} cross join quote on quote.id = {LEMMA_INDEX}.rowid "
            f"where {LEMMA_INDEX} match ? and quote.speaker_id = ?",  # the index first, not once per quote of the speaker
            (f"norm : ({' AND '.join(map(_fts5, terms))})", speaker_id)).all()]


class TsvectorLemmas:
    """PostgreSQL's ``quote.lemmas`` (words and context) and ``quote.lemma_words`` columns."""

    tokens_of = staticmethod(ascii_tokens)  # the server's lower() and [:alnum:] beyond ASCII are its locale's

    def __init__(self, conn: Connection):
        self.conn = conn

    def dfs(self, tokens: list[str]) -> dict[str, int]:
        """In how many quotes (words or context) each token appears (those in none left out):
        the quotes holding any, found by the GIN index, counted by token."""
        return dict(self.conn.exec_driver_sql(
            "select token, count(*) from quote cross join unnest(tsvector_to_array(lemmas)) as token "
            "where lemmas @@ cast(? as tsquery) and token = any(?) group by token",
            (" | ".join(map(_lexeme, tokens)), list(tokens))).all())

    def vocabulary(self) -> dict[str, int]:
        return dict(self.conn.exec_driver_sql(
            "select token, count(*) from quote cross join unnest(tsvector_to_array(lemmas)) as token "
            "group by token").all())

    def tidy(self) -> None:
        """Nothing to do: PostgreSQL's GIN index keeps itself."""

    def candidates(self, terms: set[Term], context_too: bool, limit: int) -> list[int]:
        column = "lemmas" if context_too else "lemma_words"
        query = " | ".join(sorted(map(_tsquery, terms)))
        return [i for (i,) in self.conn.exec_driver_sql(
            f"select id from quote where {column} @@ cast(? as tsquery) and statement_id is not null "
            f"order by ts_rank({column}, cast(? as tsquery)) desc, id limit ?", (query, query, limit)).all()]

    def reachable(self, parts: list[tuple[set[Term], bool]]) -> list[int]:
        where = " or ".join(f"{'lemmas' if context_too else 'lemma_words'} @@ cast(? as tsquery)" for _, context_too in parts)
        return [i for (i,) in self.conn.exec_driver_sql(f"select id from quote where {where}", tuple(
            " | ".join(sorted(map(_tsquery, terms))) for terms, _ in parts)).all()]

    def said_by(self, terms: list[Term], speaker_id: int) -> list[tuple[int, int]]:
        return [tuple(row) for row in self.conn.exec_driver_sql(
            "select id, article_id from quote where lemma_words @@ cast(? as tsquery) and speaker_id = ?",
            (" & ".join(map(_tsquery, terms)), speaker_id)).all()]


_UCD = unicodedata.ucd_3_2_0  # character classes as old as SQLite's, in those it shares with today's


def _fts5(term: Term) -> str:
    """The term as an FTS5 phrase: a double quote inside a token is doubled, as FTS5 asks."""
    return '"' + " ".join(term.tokens).replace('"', '""') + '"' + ("*" if term.prefix else "")


def _tsquery(term: Term) -> str:
    return "(" + " & ".join(_lexeme(t) + (":*" if term.prefix else "") for t in term.tokens) + ")"


def _lexeme(token: str) -> str:
    """A token as a tsquery lexeme, quoted."""
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"
