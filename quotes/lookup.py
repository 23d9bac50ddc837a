"""Fact-check lookups over a store: the quotes of a speaker, the quotes that say a phrase.

The SQL is written once, here: ``quotes lookup``/``quotes search`` run it, and Datasette
serves it as the canned queries ``quotes_of_speaker``, ``who_said`` and ``check_quote``.
It finds speakers by indexed keys through the SQL functions ``quotes_name_key`` and
``quotes_bare_key``, which ``register`` adds to a connection (Datasette gets them from
the plugin in quotes.datasette_plugin). Rows are dicts with ``COLUMNS``.

On a PostgreSQL store (a SQLAlchemy connection) the same queries run with the keys computed
here, ``lower`` for the case-folding and the ``quote.search`` tsvector for phrases.
"""
import re
import sqlite3
from dataclasses import dataclass
from datetime import date

from quotes.aliases import bare_name, name_key

COLUMNS = ["quote_id", "speaker", "speaker_type", "via", "quote", "article", "outlet", "published", "url",
           "statement_id"]
SEARCH_COLUMNS = [*COLUMNS, "matched"]

_FIELDS = ", ".join([*COLUMNS, "statement"])

# Speakers called :speaker: by name or alias, then without titles or descriptors, then by a
# person's first or last name, through the indexed keys of aliases.name_key: "Xi", "xi jinping",
# "President Xi Jinping" and "China's leader Xi" all name Xi Jinping (a name is among its aliases).
_SPEAKERS = """wanted_key as (select {raw} as raw, {bare} as bare),
named as (
  select speaker_id as id, 1 as tier from speaker_alias where key = (select raw from wanted_key)
  union all
  select speaker_id, 2 from speaker_alias where key = (select bare from wanted_key)
  union all
  select id, 3 from speaker where first_key = (select bare from wanted_key)
  union all
  select id, 3 from speaker where last_key = (select bare from wanted_key)
),
wanted as (select distinct id from named where tier = (select min(tier) from named))"""

# Which articles: published from :since, up to :until (ISO dates), by :outlet (any case); a
# bound left empty (as Datasette leaves a blank field) is no bound.
_ARTICLES = """(coalesce(:since, '') = '' or published >= :since)
  and (coalesce(:until, '') = '' or published <= :until)
  and (coalesce(:outlet, '') = '' or quotes_casefold(outlet) = quotes_casefold(trim(:outlet)))"""

# Quotes containing :phrase (or :words) as a phrase, case and punctuation ignored.
_PHRASE = """select rowid as id from quote_fts where quote_fts match '"' || replace(:{0}, '"', '""') || '"'"""

# The fragments of each dialect's SQL.
_SQLITE = {"speakers": _SPEAKERS.format(raw="quotes_name_key(:speaker)", bare="quotes_bare_key(:speaker)"),
           "articles": _ARTICLES, "phrase": _PHRASE.format("phrase"), "words": _PHRASE.format("words")}
_POSTGRESQL = {
    "speakers": _SPEAKERS.format(raw=":speaker_key", bare=":speaker_bare"),
    "articles": """(cast(:since as date) is null or published >= cast(:since as date))
  and (cast(:until as date) is null or published <= cast(:until as date))
  and (coalesce(:outlet, '') = '' or lower(outlet) = lower(trim(:outlet)))""",
    "phrase": "select id from quote where search @@ phraseto_tsquery('simple', :phrase)",
}

_QUOTES_OF_SPEAKER = """with {speakers}
select {fields}
from quotes_by_speaker
where speaker_id in (select id from wanted) and {articles}"""

# Quotes containing :phrase (case and punctuation ignored), then the other renderings of
# their statements; only those of :speaker when it is given.
_WHO_SAID = """with {speakers},
direct as ({phrase}),
linked as (select statement_id from quote where id in (select id from direct))
select {fields},
  case when quote_id in (select id from direct) then 'phrase' else 'statement' end as matched
from quotes_by_speaker
where (quote_id in (select id from direct) or statement_id in (select statement_id from linked))
  and (coalesce(:speaker, '') = '' or speaker_id in (select id from wanted))
  and {articles}
order by matched, speaker is null, speaker, published, article, quote_id"""


# Quotes holding :words as a phrase: `verbatim` (the whole quote), `cut` (part of a longer
# one), the other renderings of their statements (`variant`); a quote of another speaker
# than :speaker (when given) is `other_speaker`. `quotes check` adds reworded variants.
_CHECK_QUOTE = """with {speakers},
hits as ({words}),
evidence as (
  select quote.id,
    case when lower(trim(quote.text, ' .,;:!?"''“”‘’«»…')) = lower(trim(:words, ' .,;:!?"''“”‘’«»…'))
      then 'verbatim' else 'cut' end as relation
  from quote where id in (select id from hits)
  union all
  select id, 'variant' from quote
  where statement_id in (select statement_id from quote where id in (select id from hits))
    and id not in (select id from hits)
)
select
  case when trim(:speaker) = '' or quote.speaker_id in (select id from wanted)
    then evidence.relation else 'other_speaker' end as verdict,
  evidence.relation, speaker.name as speaker, quote.text as quote, quote.via,
  article.outlet, article.published, article.url, article.title as article, quote.statement_id
from evidence
join quote on quote.id = evidence.id
join article on article.id = quote.article_id
left join speaker on speaker.id = quote.speaker_id
order by verdict = 'other_speaker', instr('verbatim cut variant', evidence.relation), article.published, quote.id"""

QUOTES_OF_SPEAKER, WHO_SAID, CHECK_QUOTE = (sql.format(fields=_FIELDS, **_SQLITE)
                                            for sql in (_QUOTES_OF_SPEAKER, _WHO_SAID, _CHECK_QUOTE))
_SERVER = {sql: sql_pg.format(fields=_FIELDS, **_POSTGRESQL)
           for sql, sql_pg in ((QUOTES_OF_SPEAKER, _QUOTES_OF_SPEAKER), (WHO_SAID, _WHO_SAID))}

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


def register(conn: sqlite3.Connection) -> None:
    """Add ``quotes_name_key``, ``quotes_bare_key`` and ``quotes_casefold`` to the connection
    (SQLite's lower() knows ASCII only: "ÅBO POST" is "Åbo Post" by Python's casefold)."""
    conn.create_function("quotes_name_key", 1, lambda text: text and name_key(text), deterministic=True)
    conn.create_function("quotes_bare_key", 1, lambda text: text and name_key(bare_name(text)), deterministic=True)
    conn.create_function("quotes_casefold", 1, lambda text: text and text.casefold(), deterministic=True)


def speaker_ids(conn: sqlite3.Connection, name: str) -> list[int]:
    """The speakers called ``name`` (see ``_SPEAKERS``)."""
    register(conn)
    return [i for (i,) in conn.execute(f"with {_SQLITE['speakers']} select id from wanted order by id", {"speaker": name})]


def quotes_of(conn: sqlite3.Connection, name: str, articles: Articles = Articles()) -> list[dict]:
    """Every quote of the speaker called ``name``, with its article, channel and statement."""
    return _rows(conn, QUOTES_OF_SPEAKER, {"speaker": name, **articles.params()})


def quotes_saying(conn: sqlite3.Connection, phrase: str, speaker: str | None = None,
                  articles: Articles = Articles()) -> list[dict]:
    """Quotes containing ``phrase`` (``matched`` = "phrase"), then the other renderings of
    their statements (``matched`` = "statement"): "sit idly by" also finds "stand idly by".
    """
    if not re.search(r"\w", phrase):
        raise ValueError(f"nothing to search for in {phrase!r}: give at least one word")
    return _rows(conn, WHO_SAID, {"phrase": phrase, "speaker": speaker, **articles.params()})


def _rows(conn, sql: str, params) -> list[dict]:
    """The rows of ``sql`` on a SQLite connection, or its PostgreSQL form on a SQLAlchemy one."""
    if isinstance(conn, sqlite3.Connection):
        register(conn)
        cursor = conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor]
    from sqlalchemy import text

    speaker = params.get("speaker") or ""
    keys = {"speaker_key": name_key(speaker), "speaker_bare": name_key(bare_name(speaker))}
    return [{k: v.isoformat() if isinstance(v, date) else v for k, v in row.items()}
            for row in conn.execute(text(_SERVER[sql]), {**params, **keys}).mappings()]
