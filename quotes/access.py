"""Opening a store to read it, and telling a quotes store from another database.

A reader never writes: no migration, no switch of journal mode, no ``-wal``/``-shm``
files left beside the store, so a read-only file can be browsed. Only the standard
library is imported here: read commands stay fast.
"""
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

MARKERS = {"alembic_version", "quote"}  # tables every quotes store has
SERVER_SCHEMES = ("postgresql", "postgres")  # of SQLAlchemy URLs naming a PostgreSQL store


class NotAStore(Exception):
    """The file is missing, or a database that quotes did not create."""


def is_server(db: str | Path) -> bool:
    """Whether ``db`` names a PostgreSQL store (``postgresql+psycopg://...``) rather than a SQLite file."""
    scheme, found, _ = str(db).partition("://")
    return bool(found) and scheme.split("+", 1)[0] in SERVER_SCHEMES


def shown(db: str | Path) -> str:
    """``db`` as told to the user: a URL without its password."""
    parts = urlsplit(str(db)) if is_server(db) else None
    if parts is None or parts.password is None:
        return str(db)
    return str(db).replace(f":{parts.password}@", ":***@", 1)


def read_only(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to the quotes store at ``path``."""
    path = Path(path)
    if not path.is_file():
        raise NotAStore(f"no store at {path}: run `quotes extract` first or give --db")
    conn = unchecked(path)
    try:
        refuse_foreign(conn, path, empty_ok=False)
    except BaseException:
        conn.close()
        raise
    return conn


def unchecked(path: Path) -> sqlite3.Connection:
    """A read-only connection to the database file at ``path``, whatever it holds.

    A file left in WAL mode with no ``-wal`` file beside it (no writer has it open) is
    read as immutable, since SQLite would otherwise create ``-wal`` and ``-shm`` files.
    """
    idle_wal = _in_wal_mode(path) and not Path(f"{path}-wal").exists()
    return sqlite3.connect(f"{path.resolve().as_uri()}?{'immutable=1' if idle_wal else 'mode=ro'}", uri=True)


def refuse_foreign(conn: sqlite3.Connection, path: str | Path, own: set[str] | None = None,
                   empty_ok: bool = True) -> None:
    """Raise NotAStore unless the database is a quotes store (or empty, with ``empty_ok``).

    With ``own``, the names of every table quotes creates, a store holding any other
    table is refused too.
    """
    tables = table_names(conn)
    if not tables:
        if empty_ok:
            return
        raise NotAStore(f"no quotes in {path}: run `quotes extract` first or give --db")
    strange = sorted(tables - own) if own is not None else []
    if not MARKERS <= tables or strange:
        listed = ", ".join((strange or sorted(tables))[:3]) + (", ..." if len(strange or tables) > 3 else "")
        raise NotAStore(f"{path} is not a quotes store: it holds tables quotes did not create "
                        f"({listed}); give another --db")


def table_names(conn: sqlite3.Connection) -> set[str]:
    """The database's tables, SQLite's own left out."""
    return {name for (name,) in conn.execute(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'")}


def _in_wal_mode(path: Path) -> bool:
    """Whether the database header says WAL (file format versions 2 at bytes 18 and 19)."""
    with open(path, "rb") as f:
        header = f.read(20)
    return len(header) == 20 and header[18:20] == b"\x02\x02"
