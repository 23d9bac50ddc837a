"""The store (a SQLite file, or a PostgreSQL server: quotes.postgres): opening and migrating it,
saving articles with their quotes, reading them back."""
from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils
from sqlalchemy import event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
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
                 forms: list[Form] | None = None, replace: bool = True) -> Article:
    """Store the article and its quotations in one transaction.

    An earlier extraction of the same article (same key) is replaced, or with
    ``replace=False`` kept when its text is the same (another process may have stored it
    meanwhile). ``forms`` are the quotations' normalised forms (quotes.variants), kept for
    linking statements.
    """
    with Session(writer(engine, f"article:{article.key}")) as session:
        old = _stored(session, article)
        if old is not None and not replace and old.hash == article.hash:
            return old
        row = _new_row(session, article, old)
        speakers: dict[tuple[str, str], Speaker] = {}
        aliases: set[tuple[int, str]] = set()
        for q, form in zip(quotations, forms or [Form(())] * len(quotations)):
            a = q.attribution
            speaker = _speaker(session, speakers, a.speaker, a.speaker_type) if a.speaker else None
            if speaker is not None:
                names = speaker_aliases(speaker.name, speaker.type, a.mention_text)
                aliases |= {(speaker.id, name) for name in names}
            mention = a.mention or (None, None)
            session.add(Quote(
                article_id=row.id, speaker_id=speaker.id if speaker else None,
                start=q.start, end=q.end, text=q.text, cue=a.cue, via=a.via,
                mention_start=mention[0], mention_end=mention[1], mention_text=a.mention_text,
                norm=" ".join(form.words) or None, context=" ".join(form.context) or None,
                negated=" ".join(form.negated) or None,
            ))
        if aliases:  # shown by Datasette, matched by `quotes lookup`
            rows = [{"speaker_id": i, "alias": alias, "key": name_key(alias)} for i, alias in sorted(aliases)]
            session.exec(_insert_ignore(session, SpeakerAlias).values(rows))
        session.commit()
        session.refresh(row)
        return row


def copy_article(engine: Engine, article: SourceArticle) -> int | None:
    """Store the article with the quotes of a stored article of the same text (a wire story
    in another outlet): same speakers, channels and statements, no parse. The number of
    quotes copied, or None when no stored article has the text."""
    with Session(writer(engine, f"article:{article.key}")) as session:
        row = _new_row(session, article, _stored(session, article))
        twin = session.exec(select(Article.id).where(Article.hash == article.hash, Article.id != row.id)
                            .order_by(Article.id)).first()
        if twin is None:
            session.rollback()
            return None
        quotes = session.exec(select(Quote).where(Quote.article_id == twin)).all()
        for q in quotes:
            session.add(Quote(**q.model_dump(exclude={"id", "article_id"}), article_id=row.id))
        session.commit()
        return len(quotes)


def give_key(engine: Engine, article: SourceArticle) -> None:
    """Give a stored article without a key (stored before keys existed) the key and metadata
    of the article read with its text."""
    with Session(writer(engine, f"article:{article.key}")) as session:
        row = _stored(session, article)
        if row is not None and row.key is None:
            row.sqlmodel_update(_columns(article))
            session.commit()


def _stored(session: Session, article: SourceArticle) -> Article | None:
    """The stored article with the key of ``article``, else one without a key and its text."""
    found = session.exec(select(Article).where(Article.key == article.key)).first()
    return found or session.exec(select(Article).where(Article.key.is_(None), Article.hash == article.hash)).first()


def _new_row(session: Session, article: SourceArticle, old: Article | None) -> Article:
    """A new row for the article, in place of ``old`` (deleted with its quotes)."""
    if old is not None:
        session.delete(old)
        session.flush()
    row = Article(hash=article.hash, text=article.text, **_columns(article))
    session.add(row)
    session.flush()
    return row


def _columns(article: SourceArticle) -> dict:
    meta = article.meta
    return {"key": article.key, "doc_id": article.doc_id, "path": article.path, "title": article.title,
            "outlet": meta.outlet, "url": meta.url, "published": meta.published, "author": meta.author}


def _speaker(session: Session, cache: dict, name: str, type_: str | None) -> Speaker:
    """The speaker (name, type), added with the lookup keys of its name unless stored, even
    by another writer at the same moment."""
    key = (name, type_ or "person")
    if key not in cache:
        first, last = part_keys(*key)
        session.exec(_insert_ignore(session, Speaker).values(name=key[0], type=key[1], first_key=first, last_key=last))
        cache[key] = session.exec(select(Speaker).where(Speaker.name == key[0], Speaker.type == key[1])).one()
    return cache[key]


def _insert_ignore(session: Session, table):
    """An insert leaving out rows that clash with a unique constraint, on SQLite or PostgreSQL."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing()
