"""Fact-check lookups over a store: the quotes of a speaker, the quotes that say a phrase.

Functions take a ``sqlite3.Connection`` and return rows as dicts with ``COLUMNS``.
"""
import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import date

from quotes.aliases import bare_name, name_key

COLUMNS = ["quote_id", "speaker", "speaker_type", "via", "quote", "article", "outlet", "published", "url",
           "statement_id"]
SEARCH_COLUMNS = [*COLUMNS, "matched"]

_FIELDS = ", ".join(COLUMNS)
# Which articles: published from :since, up to :until (ISO dates), by :outlet (any case).
_ARTICLES = """(:since is null or published >= :since) and (:until is null or published <= :until)
  and (:outlet is null or casefold(outlet) = casefold(trim(:outlet)))"""


@dataclass(frozen=True)
class Articles:
    """Which articles' quotes to show; each bound left None is no bound."""

    since: date | None = None
    until: date | None = None
    outlet: str | None = None

    def admit(self, published: date | None, outlet: str | None) -> bool:
        """Whether an article of this date and outlet is within the bounds (as ``_ARTICLES``)."""
        return ((self.since is None or (published is not None and published >= self.since))
                and (self.until is None or (published is not None and published <= self.until))
                and (self.outlet is None or (outlet or "").casefold() == self.outlet.strip().casefold()))

    def params(self) -> dict:
        return {"since": self.since and self.since.isoformat(), "until": self.until and self.until.isoformat(),
                "outlet": self.outlet}


def speaker_ids(conn: sqlite3.Connection, name: str) -> list[int]:
    """Speakers called ``name``: by name or alias, then without titles, then by first or last name.

    "Xi", "xi jinping", "President Xi Jinping" and "China's leader Xi" all find Xi Jinping.
    (A speaker's name is among its aliases.)
    """
    bare = name_key(bare_name(name))
    for key in (name_key(name), bare):
        found = conn.execute("select distinct speaker_id from speaker_alias where key = ?", [key]).fetchall()
        if found:
            return sorted(i for (i,) in found)
    return sorted(i for (i,) in conn.execute("select id from speaker where first_key = ?1 or last_key = ?1", [bare]))


def quotes_of(conn: sqlite3.Connection, name: str, articles: Articles = Articles()) -> list[dict]:
    """Every quote of the speaker called ``name``, with its article, channel and statement."""
    ids = speaker_ids(conn, name)
    sql = f"""select {_FIELDS} from quotes_by_speaker
where speaker_id in (select value from json_each(:ids)) and {_ARTICLES}"""
    return _rows(conn, sql, {"ids": json.dumps(ids), **articles.params()})


def quotes_saying(conn: sqlite3.Connection, phrase: str, speaker: str | None = None,
                  articles: Articles = Articles()) -> list[dict]:
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
  and {_ARTICLES}
order by matched, speaker, published, article, quote_id"""
    speakers = json.dumps(speaker_ids(conn, speaker)) if speaker is not None else None
    return _rows(conn, sql, {"phrase": fts_phrase(phrase), "speakers": speakers, **articles.params()})


def fts_phrase(phrase: str) -> str:
    """The FTS5 query for ``phrase`` as a phrase: words in order, case and punctuation ignored."""
    if not re.search(r"\w", phrase):
        raise ValueError(f"nothing to search for in {phrase!r}: give at least one word")
    return '"' + phrase.replace('"', '""') + '"'


def _rows(conn: sqlite3.Connection, sql: str, params) -> list[dict]:
    # SQLite's lower() knows ASCII only: "ÅBO POST" is "Åbo Post" by Python's casefold
    conn.create_function("casefold", 1, lambda text: text and text.casefold(), deterministic=True)
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]
