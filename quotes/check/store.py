"""The quotes a check weighs, read through the store's indexes: never a scan of every quote.

Candidates come from the full-text index (``quote_fts``): the quotes holding the claimed
words as phrases, or the best-ranked quotes sharing its content words, a bounded number of
each, the speaker's first; then the other renderings of their statements (``statement_id``).
"""
import json
import sqlite3
from dataclasses import dataclass

LIMIT = 100  # candidates of each kind: the speaker's, everyone's
RENDERINGS = 50  # other renderings of the statements found
ARTICLE_FIELDS = "article.outlet, article.published, article.url"  # where each quote was published


@dataclass
class Row:
    """A stored quote with what a check shows and weighs of it."""

    quote_id: int
    text: str
    speaker_id: int | None
    speaker: str | None
    speaker_type: str | None
    via: str | None
    article_id: int
    statement_id: int | None
    norm: str | None
    context: str | None
    outlet: str | None
    published: str | None
    url: str | None


_SELECT = f"""
select quote.id, quote.text, quote.speaker_id, speaker.name, speaker.type, quote.via,
       quote.article_id, quote.statement_id, quote.norm, quote.context, {ARTICLE_FIELDS}
from quote join article on article.id = quote.article_id
left join speaker on speaker.id = quote.speaker_id"""


def phrase_query(runs: list[list[str]]) -> str:
    """FTS5: every run of words as a phrase ("we will not stand idly by")."""
    return " ".join('"' + " ".join(run) + '"' for run in runs)


def any_word_query(words: list[str], prefixes: list[str], phrases: list[str]) -> str:
    """FTS5: any of the words, word beginnings or phrases (each given as plain words)."""
    terms = [f'"{w}"' for w in words] + [f'"{p}"*' for p in prefixes] + [f'"{p}"' for p in phrases]
    return " OR ".join(dict.fromkeys(t for t in terms if t.strip('"*')))


def candidates(conn: sqlite3.Connection, fts: str, speaker_ids: list[int] | None, ranked: bool) -> list[Row]:
    """Quotes matching ``fts``: up to LIMIT of the speaker's, then up to LIMIT of anyone's;
    ``ranked`` takes the best by bm25 rather than the first found."""
    order = "order by quote_fts.rank" if ranked else ""
    ids: dict[int, None] = {}
    if speaker_ids:
        sql = f"""select quote_fts.rowid from quote_fts join quote on quote.id = quote_fts.rowid
                  where quote_fts match ? and quote.speaker_id in (select value from json_each(?))
                  {order} limit ?"""
        ids.update((i, None) for (i,) in conn.execute(sql, [fts, json.dumps(speaker_ids), LIMIT]))
    sql = f"select rowid from quote_fts where quote_fts match ? {order} limit ?"
    ids.update((i, None) for (i,) in conn.execute(sql, [fts, LIMIT]))
    return rows(conn, list(ids))


def renderings(conn: sqlite3.Connection, statement_ids: list[int]) -> list[Row]:
    """Up to RENDERINGS quotes of these statements (through the index on statement_id)."""
    sql = "select id from quote where statement_id in (select value from json_each(?)) order by id limit ?"
    return rows(conn, [i for (i,) in conn.execute(sql, [json.dumps(statement_ids), RENDERINGS])])


def rows(conn: sqlite3.Connection, quote_ids: list[int]) -> list[Row]:
    """The quotes with these ids, in that order."""
    sql = f"{_SELECT} where quote.id in (select value from json_each(?))"
    found = {r[0]: Row(*r) for r in conn.execute(sql, [json.dumps(quote_ids)])}
    return [found[i] for i in quote_ids if i in found]


def speaker_name(conn: sqlite3.Connection, speaker_ids: list[int]) -> str | None:
    """The fullest canonical name among these speakers ("Joe Biden" before "Biden")."""
    sql = "select name from speaker where id in (select value from json_each(?))"
    names = [n for (n,) in conn.execute(sql, [json.dumps(speaker_ids)])]
    return max(names, key=lambda n: (len(n.split()), len(n)), default=None)
