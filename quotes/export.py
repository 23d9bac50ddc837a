"""`quotes export`: a PostgreSQL store, or the articles of it published since a day, copied
into a new SQLite store of the same shape (full-text search, views) for Datasette.

Rows keep their ids, so a quote, speaker or statement is the same number in both stores. The
copy reads one snapshot of the server store, and the SQLite file appears only once complete.
"""
from datetime import date
from pathlib import Path

from sqlalchemy import Table, select, true
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from quotes.migrate import at_head
from quotes.postgres import reader
from quotes.storage import close_store, open_store, writer

BATCH = 2000  # rows read and written at a time


class ExportError(Exception):
    """The export cannot be made."""


def export(url: str, target: str | Path, since: date | None = None) -> dict[str, int]:
    """Copy the server store at ``url`` (only articles published on ``since`` or after, with
    their quotes and what these refer to) into a new SQLite store at ``target``; the number
    of rows copied by table."""
    target = Path(target)
    if target.exists():
        raise ExportError(f"{target} exists: remove it or give another path")
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    with reader(url) as source:
        if not at_head(source):
            raise ExportError("the server store is at an older schema revision: any `quotes extract` "
                              "into it upgrades it")
        engine = open_store(part)
        try:
            with source.connect() as src, writer(engine).begin() as dst:
                src = src.execution_options(isolation_level="REPEATABLE READ", yield_per=BATCH)
                counts = {table.name: _copy(src, dst, table, where) for table, where in _selection(since)}
        except BaseException:
            engine.dispose()
            part.unlink(missing_ok=True)
            raise
        close_store(engine, part)
    part.rename(target)
    return counts


def _selection(since: date | None) -> list[tuple[Table, object]]:
    """Each table, parents first, with the condition on its rows to copy."""
    t = SQLModel.metadata.tables
    article, quote, speaker, statement = t["article"], t["quote"], t["speaker"], t["statement"]
    articles = article.c.published >= since if since else true()
    quotes = quote.c.article_id.in_(select(article.c.id).where(articles)) if since else true()
    statements = statement.c.id.in_(select(quote.c.statement_id).where(quotes)) if since else true()
    speakers = (speaker.c.id.in_(select(quote.c.speaker_id).where(quotes))
                | speaker.c.id.in_(select(statement.c.speaker_id).where(statements))) if since else true()
    links = t["statement_link"]
    copied = select(quote.c.id).where(quotes)
    return [
        (article, articles), (speaker, speakers),
        (t["speaker_alias"], t["speaker_alias"].c.speaker_id.in_(select(speaker.c.id).where(speakers))),
        (statement, statements), (quote, quotes),
        (links, links.c.quote_id.in_(copied) & links.c.other_id.in_(copied) if since else true()),
    ]


def _copy(src: Connection, dst: Connection, table: Table, where) -> int:
    count = 0
    for rows in src.execute(select(table).where(where).order_by(*table.primary_key.columns)).partitions():
        dst.execute(table.insert(), [dict(row._mapping) for row in rows])
        count += len(rows)
    return count
