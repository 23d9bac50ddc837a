"""What the store adds beside the Alembic schema: full-text search, readable views, and the
index of content lemmas the statement linker finds candidates in.

All are data (``FTS_CONFIG``, ``VIEWS``, ``LEMMA_INDEX``) applied by ``ensure_shape``, which is idempotent.
Alembic leaves them alone (see ``include_name`` in migrations/env.py); a migration that
rebuilds a table runs after ``drop_views`` and ``ensure_shape`` restores everything after it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils
    from sqlalchemy.engine import Connection

# Table -> columns indexed with FTS5, kept in sync by sqlite-utils' triggers.
FTS_CONFIG = {"quote": ["text"]}

VIEWS = {
    "quotes_by_speaker": """
select quote.id as quote_id, quote.speaker_id, speaker.name as speaker,
       speaker.type as speaker_type, quote.via, quote.text as quote, article.title as article,
       article.outlet, article.published, article.url,
       quote.statement_id, statement.text as statement
from quote
join article on article.id = quote.article_id
left join speaker on speaker.id = quote.speaker_id
left join statement on statement.id = quote.statement_id
order by speaker.name is null, speaker.name, article.published, article.title, quote.start""",
    "speakers_summary": """
select speaker.id as speaker_id, speaker.name as speaker, speaker.type as speaker_type,
       (select count(*) from quote where quote.speaker_id = speaker.id) as quotes,
       (select count(distinct article_id) from quote where quote.speaker_id = speaker.id) as articles,
       (select group_concat(alias, '; ') from speaker_alias
        where speaker_alias.speaker_id = speaker.id) as aliases
from speaker
order by quotes desc, speaker.name""",
    # Who said it first, and who carried which wording: each statement's renderings in order
    # of publication (undated ones last), the first one's outlet and date on every row.
    "statement_timeline": """
select statement_id, statement, position, first_outlet, first_published, published, outlet,
       wording, speaker, via, article, url, quote_id
from (
  select quote.statement_id, statement.text as statement,
         row_number() over timeline as position,
         first_value(article.outlet) over timeline as first_outlet,
         first_value(article.published) over timeline as first_published,
         article.published, article.outlet, quote.text as wording, speaker.name as speaker,
         quote.via, article.title as article, article.url, quote.id as quote_id
  from quote
  join statement on statement.id = quote.statement_id
  join article on article.id = quote.article_id
  left join speaker on speaker.id = quote.speaker_id
  window timeline as (partition by quote.statement_id
                      order by article.published is null, article.published, article.id, quote.start)
) as renderings
order by statement_id, position""",
}


# Quotes' content lemmas (quote.norm, quote.context) indexed with FTS5 for the statement
# linker (quotes.statements.linker); lexicon group tokens ("~stand_idly_by") stay one token.
# Its vocabulary gives each lemma's document frequency, for IDF weights. A quote that leaves
# a statement (its article replaced) marks the statement for regrouping.
LEMMA_INDEX = "quote_lemma_fts"
LEMMA_SQL = [
    f"""create virtual table if not exists {LEMMA_INDEX} using fts5(norm, context, content='quote',
        content_rowid='id', tokenize="unicode61 tokenchars '~_'")""",
    f"create virtual table if not exists {LEMMA_INDEX}_vocab using fts5vocab({LEMMA_INDEX}, 'row')",
    f"""create trigger if not exists {LEMMA_INDEX}_ai after insert on quote begin
        insert into {LEMMA_INDEX}(rowid, norm, context) values (new.id, new.norm, new.context); end""",
    f"""create trigger if not exists {LEMMA_INDEX}_ad after delete on quote begin
        insert into {LEMMA_INDEX}({LEMMA_INDEX}, rowid, norm, context)
        values ('delete', old.id, old.norm, old.context); end""",
    f"""create trigger if not exists {LEMMA_INDEX}_au after update of norm, context on quote begin
        insert into {LEMMA_INDEX}({LEMMA_INDEX}, rowid, norm, context)
        values ('delete', old.id, old.norm, old.context);
        insert into {LEMMA_INDEX}(rowid, norm, context) values (new.id, new.norm, new.context); end""",
    """create trigger if not exists statement_regroup_ad after delete on quote
        when old.statement_id is not null begin
        insert or ignore into statement_regroup(statement_id) values (old.statement_id); end""",
]


# On PostgreSQL (quotes.postgres): generated tsvector columns of ``quote``, each with a GIN
# index: its words for `quotes search`, its content lemmas (words and context, and words
# alone) for the statement linker (quotes.lemmas), split into tokens as FTS5 splits them.
_TOKENS = "array_to_tsvector(array_remove(regexp_split_to_array(lower({}), '[^[:alnum:]~_]+'), ''))"
SEARCH_COLUMNS = {
    "search": "to_tsvector('simple', text)",
    "lemmas": _TOKENS.format("coalesce(norm, '') || ' ' || coalesce(context, '')"),
    "lemma_words": _TOKENS.format("coalesce(norm, '')"),
}


def include_name(name, type_, parent_names) -> bool:
    """What Alembic's autogenerate compares: not the search indexes, which are kept here."""
    if type_ == "table":
        return name is None or not (name.endswith("_fts") or "_fts_" in name)
    if type_ == "column":
        return name not in SEARCH_COLUMNS
    if type_ == "index":
        return name not in {f"ix_quote_{column}" for column in SEARCH_COLUMNS}
    return True


def ensure_shape(db: sqlite_utils.Database) -> None:
    """Create or refresh the FTS indexes with their triggers and the views; a no-op when in place."""
    for table, columns in FTS_CONFIG.items():
        db[table].enable_fts(columns, create_triggers=True, replace=True)
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)
    fresh = not db[LEMMA_INDEX].exists()
    with db.conn:
        for sql in LEMMA_SQL:
            db.execute(sql)
        if fresh:  # a store written before the index: index what it holds
            db.execute(f"insert into {LEMMA_INDEX}({LEMMA_INDEX}) values ('rebuild')")


def views(dialect: str) -> dict[str, str]:
    """``VIEWS`` in the SQL of ``dialect`` ("sqlite" or "postgresql")."""
    if dialect == "sqlite":
        return VIEWS
    return {name: sql.replace("group_concat(", "string_agg(") for name, sql in VIEWS.items()}


def fts_tables() -> set[str]:
    """The tables SQLite's FTS5 creates for ``FTS_CONFIG`` and the lemma index."""
    indexes = [f"{table}_fts" for table in FTS_CONFIG] + [LEMMA_INDEX]
    return {f"{index}{suffix}" for index in indexes
            for suffix in ("", "_data", "_idx", "_docsize", "_config", "_content", "_vocab")}


def drop_views(conn: Connection) -> None:
    """Drop the views: SQLite cannot rebuild (batch-migrate) a table that a view reads."""
    for name in VIEWS:
        conn.exec_driver_sql(f'drop view if exists "{name}"')
