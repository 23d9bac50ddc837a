"""The index of quotes' content lemmas that the statement linker finds candidates in, on
either store: FTS5 on SQLite (quotes.shape), tsvector columns with GIN indexes on
PostgreSQL (quotes.postgres). Both split lemmas into tokens alike (letters, digits, '~', '_').
"""
from typing import NamedTuple

from sqlalchemy.engine import Connection

from quotes.shape import LEMMA_INDEX


class Term(NamedTuple):
    """What to look up: tokens one after the other, or (``prefix``) tokens beginning with one."""

    tokens: tuple[str, ...]
    prefix: bool = False


def lemma_index(conn: Connection) -> "Fts5Lemmas | TsvectorLemmas":
    """The lemma index of the store ``conn`` is connected to."""
    return TsvectorLemmas(conn) if conn.dialect.name == "postgresql" else Fts5Lemmas(conn)


class Fts5Lemmas:
    """SQLite's FTS5 table over ``quote.norm`` and ``quote.context``."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def df(self, token: str) -> int:
        """In how many quotes (words or context) the token appears."""
        return self.conn.exec_driver_sql(f"select doc from {LEMMA_INDEX}_vocab where term = ?",
                                         (token,)).scalar() or 0

    def candidates(self, terms: set[Term], context_too: bool, limit: int) -> list[int]:
        """Quotes already in a statement holding any of ``terms`` in their words (or, with
        ``context_too``, their context), best ranked first."""
        query = " OR ".join(sorted('"' + " ".join(t.tokens) + '"' + ("*" if t.prefix else "") for t in terms))
        return [i for (i,) in self.conn.exec_driver_sql(
            f"select quote.id from {LEMMA_INDEX} join quote on quote.id = {LEMMA_INDEX}.rowid "
            f"where {LEMMA_INDEX} match ? and quote.statement_id is not null order by rank limit ?",
            (f"{'{norm context}' if context_too else 'norm'} : ({query})", limit)).all()]


class TsvectorLemmas:
    """PostgreSQL's ``quote.lemmas`` (words and context) and ``quote.lemma_words`` columns."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def df(self, token: str) -> int:
        return self.conn.exec_driver_sql("select count(*) from quote where lemmas @@ cast(? as tsquery)",
                                         (_lexeme(token),)).scalar()

    def candidates(self, terms: set[Term], context_too: bool, limit: int) -> list[int]:
        column = "lemmas" if context_too else "lemma_words"
        query = " | ".join(sorted("(" + " & ".join(_lexeme(t) + (":*" if term.prefix else "") for t in term.tokens) + ")"
                                  for term in terms))
        return [i for (i,) in self.conn.exec_driver_sql(
            f"select id from quote where {column} @@ cast(? as tsquery) and statement_id is not null "
            f"order by ts_rank({column}, cast(? as tsquery)) desc, id limit ?", (query, query, limit)).all()]


def _lexeme(token: str) -> str:
    """A token as a tsquery lexeme, quoted."""
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"
