"""A store on a PostgreSQL server: the same tables and Alembic migrations as the SQLite file,
its full-text search as ``tsvector`` columns with GIN indexes, the same views.

Many processes, on many machines, may write one server store at once. A transaction begun by
``storage.writer(engine, scope)`` first takes a transaction-level advisory lock on ``scope``
(one article's key while it is stored, the whole store while statements are linked or the
schema changes), so writers of different articles go on side by side.

quotes' driver-level SQL (``exec_driver_sql``) is written with SQLite's ``?`` parameters; on
this engine they are passed to psycopg as ``%s``.
"""
from __future__ import annotations

import re
from contextlib import contextmanager

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from quotes.access import MARKERS, SERVER_SCHEMES, NotAStore, shown
from quotes.migrate import at_head, refuse_unknown, upgrade
from quotes.shape import SEARCH_COLUMNS, views

_REGROUP = [  # a quote leaving a statement (its article replaced) marks it for regrouping
    """create or replace function quotes_statement_regroup() returns trigger language plpgsql as $$
    begin insert into statement_regroup (statement_id) values (old.statement_id) on conflict do nothing;
    return old; end $$""",
    """create or replace trigger statement_regroup_ad after delete on quote for each row
    when (old.statement_id is not null) execute function quotes_statement_regroup()""",
]
_QMARK = re.compile(r"""('(?:[^']|'')*'|"[^"]*")|(\?)|(%)""")


def connect(url: str, write_option: str, options: str = "") -> Engine:
    """An engine on the server store at ``url`` (psycopg 3 unless the URL names a driver);
    transactions begun with the execution option ``write_option`` set take its advisory lock."""
    parsed = make_url(url)
    if parsed.drivername in SERVER_SCHEMES:
        parsed = parsed.set(drivername="postgresql+psycopg")
    engine = create_engine(parsed, pool_pre_ping=True, connect_args={"options": options} if options else {})

    @event.listens_for(engine, "begin")
    def _lock(conn):
        scope = conn.get_execution_options().get(write_option)
        if scope:
            conn.exec_driver_sql("select pg_advisory_xact_lock(hashtextextended(?, 0))",
                                 (f"quotes:{'store' if scope is True else scope}",))

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _qmark(_conn, _cursor, statement, parameters, context, _many):
        if context is not None and context.compiled is None and parameters:
            statement = _QMARK.sub(_format_style, statement)
        return statement, parameters

    return engine


def _format_style(found: re.Match) -> str:
    """A ``?`` outside quotes as ``%s``, and every ``%`` doubled (psycopg reads it as a placeholder)."""
    literal, _mark, _percent = found.groups()
    return literal.replace("%", "%%") if literal else "%s" if _mark else "%%"


def open_store(url: str, write_option: str) -> Engine:
    """Connect to the server store at ``url``, migrating it and adding its search columns and
    views when needed. Raises NotAStore for a database holding tables quotes did not create,
    migrate.SchemaTooNew for a revision this version does not know."""
    engine = connect(url, write_option)
    try:
        tables = table_names(engine)
        if MARKERS <= tables:
            with engine.connect() as conn:
                refuse_unknown(conn.exec_driver_sql("select max(version_num) from alembic_version").scalar())
        strange = sorted(tables - {*SQLModel.metadata.tables, "alembic_version"})
        if strange:
            raise NotAStore(f"{shown(url)} is not a quotes store: it holds tables quotes did not create "
                            f"({', '.join(strange[:3])}); give another --db")
        locked = engine.execution_options(**{write_option: True})
        if not at_head(engine):
            upgrade(locked)
        with locked.begin() as conn:
            ensure_shape(conn)
    except BaseException:
        engine.dispose()
        raise
    return engine


def ensure_shape(conn: Connection) -> None:
    """Add what is missing of the search columns, their GIN indexes, the regroup trigger and
    the views; a few catalog reads when all is in place. Run holding the store's lock."""
    inspector = inspect(conn)
    have = {c["name"] for c in inspector.get_columns("quote")}
    for name, expression in SEARCH_COLUMNS.items():
        if name not in have:
            conn.exec_driver_sql(f"alter table quote add column {name} tsvector "
                                 f"generated always as ({expression}) stored")
            conn.exec_driver_sql(f"create index if not exists ix_quote_{name} on quote using gin ({name})")
    if not conn.exec_driver_sql("select 1 from pg_trigger where tgname = 'statement_regroup_ad'").first():
        for sql in _REGROUP:
            conn.exec_driver_sql(sql)
    present = set(inspector.get_view_names())
    for name, sql in views("postgresql").items():
        if name not in present:
            conn.exec_driver_sql(f'create view "{name}" as {sql.strip()}')


def table_names(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


@contextmanager
def reader(url: str):
    """An engine on the server store at ``url`` whose transactions are read-only; NotAStore
    when it cannot be reached or holds no quotes."""
    engine = connect(url, "", options="-c default_transaction_read_only=on")
    try:
        try:
            tables = table_names(engine)
        except DBAPIError as exc:
            raise NotAStore(f"cannot open store {shown(url)}: {str(exc.orig).strip().splitlines()[0]}") from exc
        if not MARKERS <= tables:
            raise NotAStore(f"no quotes in {shown(url)}: run `quotes extract` first or give --db")
        yield engine
    finally:
        engine.dispose()
