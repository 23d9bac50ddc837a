"""Fact-check lookups over a store: the quotes of a speaker, the quotes that say a phrase.

Functions take a ``sqlite3.Connection`` and return rows as dicts with ``COLUMNS``.
"""
import json
import re
import sqlite3

from quotes.aliases import bare_name, name_key

COLUMNS = ["quote_id", "speaker", "speaker_type", "via", "quote", "article", "statement_id"]
SEARCH_COLUMNS = [*COLUMNS, "matched"]

_FIELDS = "quote_id, speaker, speaker_type, via, quote, article, statement_id"


def speaker_ids(conn: sqlite3.Connection, name: str) -> list[int]:
    """Speakers called ``name``: by name or alias, then without titles, then by a person's first name.

    "Xi", "xi jinping", "President Xi Jinping" and "China's leader Xi" all find Xi Jinping.
    (A speaker's name and a person's surname are among its aliases.)
    """
    bare = name_key(bare_name(name))
    for key in (name_key(name), bare):
        found = conn.execute("select distinct speaker_id from speaker_alias where key = ?", [key]).fetchall()
        if found:
            return sorted(i for (i,) in found)
    return sorted(i for (i,) in conn.execute("select id from speaker where first_key = ?", [bare]))


def quotes_of(conn: sqlite3.Connection, name: str) -> list[dict]:
    """Every quote of the speaker called ``name``, with its article, channel and statement."""
    ids = speaker_ids(conn, name)
    sql = f"select {_FIELDS} from quotes_by_speaker where speaker_id in (select value from json_each(?))"
    return _rows(conn, sql, [json.dumps(ids)])


def quotes_saying(conn: sqlite3.Connection, phrase: str, speaker: str | None = None) -> list[dict]:
    """Quotes containing ``phrase`` (``matched`` = "phrase"), then the other renderings of
    their statements (``matched`` = "statement"): "sit idly by" also finds "stand idly by".
    """
    sql = f"""
with direct as (select rowid as id from quote_fts where quote_fts match :phrase),
linked as (select statement_id from quote where id in (select id from direct))
select {_FIELDS},
       case when quote_id in (select id from direct) then 'phrase' else 'statement' end as matched
from quotes_by_speaker
where (quote_id in (select id from direct) or statement_id in (select statement_id from linked))
  and (:speakers is null or speaker_id in (select value from json_each(:speakers)))
order by matched, speaker, article, quote_id"""
    speakers = json.dumps(speaker_ids(conn, speaker)) if speaker is not None else None
    return _rows(conn, sql, {"phrase": fts_phrase(phrase), "speakers": speakers})


def fts_phrase(phrase: str) -> str:
    """The FTS5 query for ``phrase`` as a phrase: words in order, case and punctuation ignored."""
    if not re.search(r"\w", phrase):
        raise ValueError(f"nothing to search for in {phrase!r}: give at least one word")
    return '"' + phrase.replace('"', '""') + '"'


def _rows(conn: sqlite3.Connection, sql: str, params) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]
