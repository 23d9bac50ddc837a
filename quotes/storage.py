"""The store (a SQLite file, or a PostgreSQL server: quotes.postgres): opening and migrating it,
saving articles with their quotes, reading them back."""
from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils
from sqlalchemy import Table, delete, event, insert, literal, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine, Row
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, SQLModel, create_engine, select

from quotes import postgres
from quotes.access import MARKERS, NotAStore, is_server, refuse_foreign, shown, table_names, unchecked
from quotes.aliases import name_key, part_keys, speaker_aliases
from quotes.migrate import SchemaTooNew, at_head, refuse_unknown, upgrade
from quotes.models import Article, Quote, Speaker, SpeakerAlias
from quotes.shape import ensure_shape, fts_tables
from quotes.sources import Article as SourceArticle
from quotes.variants import Form

if TYPE_CHECKING:  # the store is read without loading spaCy
    from quotes.extraction import Quotation

BUSY_TIMEOUT_MS = 30_000
_SHAPE_ATTEMPTS = 3
_LOCK_POLL_S = 0.05
_WRITE = "quotes_write"  # execution option: begin with BEGIN IMMEDIATE


class StoreError(Exception):
    """The store cannot be opened or written."""


def connect(path: str | Path) -> Engine:
    """An engine on the SQLite file with foreign keys enforced, WAL and a busy timeout.

    Transactions are SQLite's own, begun by SQLAlchemy (DDL included); those of
    ``writer(engine)`` take the write lock at once (BEGIN IMMEDIATE), so that what they
    read stays true until they commit and no other writer makes them fail half-way.
    """
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # no implicit BEGIN from the driver
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _write_ahead_log(cursor)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")

    return engine


def _write_ahead_log(cursor) -> None:
    """Switch the file to WAL; a fresh file switched by two processes at once answers
    "locked" at once, without waiting on the busy timeout, so wait here."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(_LOCK_POLL_S)


def writer(engine: Engine, scope: str | None = None) -> Engine:
    """The engine, its transactions holding the write lock from their start: on SQLite the
    file's; on PostgreSQL the store's, or with ``scope`` ("article:KEY") that of the scope alone."""
    return engine.execution_options(**{_WRITE: scope or True})


def open_store(path: str | Path) -> Engine:
    """Connect to the store at ``path`` (a file, or a PostgreSQL URL), creating it or
    upgrading its schema to head."""
    if is_server(path):
        return _open_server(str(path))
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"cannot use {path} as a store: it is a folder")
    if not path.parent.exists():
        raise StoreError(f"cannot create store {path}: folder {path.parent} does not exist")
    try:
        _refuse_foreign(path)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open store {path}: {error_reason(exc)}") from exc
    except (NotAStore, SchemaTooNew) as exc:
        raise StoreError(str(exc)) from exc
    engine = connect(path)
    try:
        if not at_head(engine):
            upgrade(writer(engine))
        _shape(path)
    except (DBAPIError, sqlite3.Error) as exc:  # sqlite3 reports an unwritable file only on first use
        engine.dispose()
        raise StoreError(f"cannot open store {path}: {error_reason(exc)}") from exc
    return engine


def _open_server(url: str) -> Engine:
    try:
        return postgres.open_store(url, _WRITE)
    except (NotAStore, SchemaTooNew) as exc:
        raise StoreError(str(exc)) from exc
    except DBAPIError as exc:
        raise StoreError(f"cannot open store {shown(url)}: {error_reason(exc)}") from exc


def close_store(engine: Engine, path: str | Path) -> None:
    """Close the store and, when no other process has it open, leave a SQLite file at rest
    (a rollback journal), which readers open read-only without creating ``-wal``/``-shm`` files."""
    engine.dispose()
    if is_server(path):
        return
    with closing(sqlite3.connect(path, timeout=0)) as conn:
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.OperationalError:  # another writer still has it: the last one to leave does it
            pass


def _refuse_foreign(path: Path) -> None:
    """Refuse, before anything is written, a store of a schema revision this version does
    not know, or a database holding tables that quotes does not create."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    with closing(unchecked(path)) as conn:
        if MARKERS <= table_names(conn):
            refuse_unknown(conn.execute("select max(version_num) from alembic_version").fetchone()[0])
        refuse_foreign(conn, path, own={*SQLModel.metadata.tables, "alembic_version", *fts_tables()})


def _shape(path: Path) -> None:
    """Ensure the search index and views; a process racing another to create them retries."""
    db = sqlite_utils.Database(path)
    try:
        for attempt in range(_SHAPE_ATTEMPTS):
            try:
                ensure_shape(db)
                return
            except sqlite3.OperationalError as exc:
                if "already exists" not in str(exc) or attempt == _SHAPE_ATTEMPTS - 1:
                    raise
    finally:
        db.close()


def error_reason(exc: Exception) -> str:
    """The first line of what SQLite said."""
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


class Known:
    """What each article read in a run needs, from what the store holds (looked up by index,
    so memory stays flat however many articles a run reads) and what the run has under way.

    An article is known by its key; one whose text the store already has, or this run is
    parsing, is copied rather than parsed again.
    """

    def __init__(self, engine: Engine):
        self.engine = engine
        self.pending: dict[str, str] = {}  # keys of articles sent on, not yet stored: their text
        self.forced: set[str] = set()  # with --force, the texts this run parses anew

    def need(self, article: SourceArticle, force: bool = False) -> str:
        """"stored" (nothing to do), "unkeyed" (stored without a key: give it this one),
        "copy" (its text is stored, or parsed earlier in this run) or "parse"."""
        if self.pending.get(article.key) == article.hash:  # the same record twice in a run
            return "stored"
        with Session(self.engine) as session:
            stored = session.exec(select(Article.hash).where(Article.key == article.key)).first()
            if not force and stored == article.hash:
                return "stored"
            unkeyed = session.exec(select(Article.id).where(Article.key.is_(None), Article.hash == article.hash)).first()
            if not force and stored is None and unkeyed is not None:
                return "unkeyed"
            text_stored = session.exec(select(Article.id).where(Article.hash == article.hash)).first() is not None
        twin = article.hash in self.pending.values() or (article.hash in self.forced if force else text_stored)
        self.pending[article.key] = article.hash
        self.forced.update([article.hash] if force else [])
        return "copy" if twin else "parse"

    def settled(self, article: SourceArticle) -> None:
        """The article is stored (or failed): it is no longer under way."""
        self.pending.pop(article.key, None)


def save_article(engine: Engine, article: SourceArticle, quotations: list[Quotation],
                 forms: list[Form] | None = None, replace: bool = True, part: int | None = None) -> int:
    """Store the article and its quotations in one transaction; the article's id.

    An earlier extraction of the same article (same key) is replaced, or with
    ``replace=False`` kept when its text is the same (another process may have stored it
    meanwhile). ``forms`` are the quotations' normalised forms (quotes.variants), kept for
    linking statements. ``part`` is the unfinished row holding the quotations of the
    article's first chunks (``save_part``): it becomes the article. Rows go in as a few
    multi-row statements (SQLAlchemy Core): one lookup of the article's speakers, one
    insert of its quotes, one of their aliases.
    """
    with writer(engine, f"article:{article.key}").begin() as conn:
        old = _stored(conn, article)
        if old is not None and not replace and old.hash == article.hash:
            _drop_part(conn, article)
            return old.id
        article_id = _new_row(conn, article, old, part)
        _add_quotes(conn, article_id, quotations, forms)
        return article_id


def save_part(engine: Engine, article: SourceArticle, quotations: list[Quotation],
              forms: list[Form], part: int | None = None) -> int:
    """Store the quotations of one chunk of a long article, not its last, in one
    transaction, under an unfinished row (``part``, made for the first chunk); that row's id.

    The row has no key and a hash no text has (``_unfinished``), so a run killed before
    the last chunk leaves nothing that counts as the article stored: the next run parses
    it again and drops the row. ``save_article`` with ``part`` finishes it.
    """
    with writer(engine, f"article:{article.key}").begin() as conn:
        if part is None:
            _drop_part(conn, article)
            values = {"hash": _unfinished(article), "text": article.text, **_columns(article), "key": None}
            part = conn.execute(insert(Article.__table__).values(values)).inserted_primary_key[0]
        _add_quotes(conn, part, quotations, forms)
        return part


def drop_part(engine: Engine, article: SourceArticle) -> None:
    """Delete the unfinished row of the article (its quotes with it), if any: its extraction failed."""
    with writer(engine, f"article:{article.key}").begin() as conn:
        _drop_part(conn, article)


def _drop_part(conn: Connection, article: SourceArticle) -> None:
    conn.execute(delete(Article.__table__).where(Article.hash == _unfinished(article)))


def _unfinished(article: SourceArticle) -> str:
    return f"unfinished:{article.key}"


def _add_quotes(conn: Connection, article_id: int, quotations: list[Quotation], forms: list[Form] | None) -> None:
    """Insert the quotations of an article, their speakers (those not yet stored) and aliases."""
    said = [(q.attribution.speaker, q.attribution.speaker_type or "person") if q.attribution.speaker else None
            for q in quotations]
    ids = _speaker_ids(conn, {s for s in said if s})
    rows = [_quote_row(article_id, q, form, ids.get(s)) for q, form, s
            in zip(quotations, forms or [Form(())] * len(quotations), said)]
    if rows:
        conn.execute(insert(Quote.__table__), rows)
    aliases = {(ids[s], alias) for q, s in zip(quotations, said) if s
               for alias in speaker_aliases(s[0], s[1], q.attribution.mention_text)}
    if aliases:  # shown by Datasette, matched by `quotes lookup`
        rows = [{"speaker_id": i, "alias": alias, "key": name_key(alias)} for i, alias in sorted(aliases)]
        conn.execute(_insert_ignore(conn, SpeakerAlias.__table__), rows)


def copy_article(engine: Engine, article: SourceArticle) -> int | None:
    """Store the article with the quotes of a stored article of the same text (a wire story
    in another outlet): same speakers, channels and statements, no parse. The number of
    quotes copied, or None when no stored article has the text."""
    quote = Quote.__table__
    with writer(engine, f"article:{article.key}").begin() as conn:
        old = _stored(conn, article)
        twins = select(Article.id).where(Article.hash == article.hash).order_by(Article.id)
        twin = conn.execute(twins.where(Article.id != old.id) if old is not None else twins).first()
        if twin is None:
            return None
        article_id = _new_row(conn, article, old)
        columns = [c for c in quote.c if c.name not in ("id", "article_id")]
        copied = select(literal(article_id), *columns).where(quote.c.article_id == twin.id).order_by(quote.c.id)
        inserted = insert(quote).from_select(["article_id", *(c.name for c in columns)], copied)
        return len(conn.execute(inserted.returning(quote.c.id)).all())  # psycopg's rowcount of it is -1


def give_key(engine: Engine, article: SourceArticle) -> None:
    """Give a stored article without a key (stored before keys existed) the key and metadata
    of the article read with its text."""
    with writer(engine, f"article:{article.key}").begin() as conn:
        row = _stored(conn, article)
        if row is not None and row.key is None:
            conn.execute(update(Article.__table__).where(Article.id == row.id).values(_columns(article)))


def _stored(conn: Connection, article: SourceArticle) -> Row | None:
    """The stored article (id, key, hash) with the key of ``article``, else one without a key and its text."""
    columns = select(Article.id, Article.key, Article.hash)
    found = conn.execute(columns.where(Article.key == article.key)).first()
    return found or conn.execute(columns.where(Article.key.is_(None), Article.hash == article.hash)).first()


def _new_row(conn: Connection, article: SourceArticle, old: Row | None, part: int | None = None) -> int:
    """The id of a new row for the article, in place of ``old`` (deleted with its quotes):
    ``part``, its unfinished row, if given (any other unfinished row of it is dropped)."""
    if old is not None:
        conn.execute(delete(Article.__table__).where(Article.id == old.id))
    values = {"hash": article.hash, "extracted_at": datetime.now(timezone.utc), **_columns(article)}
    if part is None:
        _drop_part(conn, article)
        return conn.execute(insert(Article.__table__).values({**values, "text": article.text})).inserted_primary_key[0]
    conn.execute(update(Article.__table__).where(Article.id == part).values(values))
    return part


def _columns(article: SourceArticle) -> dict:
    meta = article.meta
    return {"key": article.key, "doc_id": article.doc_id, "path": article.path, "title": article.title,
            "outlet": meta.outlet, "url": meta.url, "published": meta.published, "author": meta.author}


def _quote_row(article_id: int, q: Quotation, form: Form, speaker_id: int | None) -> dict:
    a = q.attribution
    mention = a.mention or (None, None)
    return {"article_id": article_id, "speaker_id": speaker_id, "statement_id": None, "start": q.start,
            "end": q.end, "text": q.text, "cue": a.cue, "via": a.via, "mention_start": mention[0],
            "mention_end": mention[1], "mention_text": a.mention_text, "norm": " ".join(form.words) or None,
            "context": " ".join(form.context) or None, "negated": " ".join(form.negated) or None}


def _speaker_ids(conn: Connection, speakers: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The ids of these (name, type) speakers, those not yet stored added (with the lookup keys of their
    name), in one order, so that writers adding one new speaker at once store it once."""
    if not speakers:
        return {}
    names = select(Speaker.name, Speaker.type, Speaker.id).where(Speaker.name.in_(sorted({n for n, _ in speakers})))
    ids = {(name, type_): id_ for name, type_, id_ in conn.execute(names)}
    new = sorted(speakers - ids.keys())
    if new:
        conn.execute(_insert_ignore(conn, Speaker.__table__), [
            {"name": name, "type": type_, **dict(zip(("first_key", "last_key"), part_keys(name, type_)))}
            for name, type_ in new])
        ids = {(name, type_): id_ for name, type_, id_ in conn.execute(names)}
    return {speaker: ids[speaker] for speaker in speakers}


def _insert_ignore(conn: Connection, table: Table):
    """An insert that leaves out rows clashing with a unique constraint, on SQLite or PostgreSQL."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing()
