"""Bring a store's schema to the newest Alembic revision shipped with the package."""
from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from alembic.util import CommandError
from sqlalchemy.engine import Engine

from quotes.shape import drop_views


class SchemaTooNew(Exception):
    """The store was written by a newer version of quotes."""


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("quotes.migrations")))
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def at_head(engine: Engine) -> bool:
    """Whether the store is at the newest revision (read without taking the write lock)."""
    return current_revision(engine) == ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade(engine: Engine) -> None:
    """Upgrade the store to head; refuse, touching nothing, a revision this code does not know.

    ``engine`` should begin its transactions with the write lock (see storage.writer):
    the revision is then read and the migrations run in one transaction, so processes
    racing to create or upgrade one store do it once, one after the other. Foreign keys
    are off meanwhile, as SQLite asks for schema changes, so that a batch migration
    rebuilding a table does not cascade its DROP to the rows referencing it; they are
    checked before the commit instead. (PostgreSQL changes its schema in a transaction of
    its own, under the store's advisory lock.)
    """
    with engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            with conn.begin():
                _migrate(conn)
            return
        _foreign_keys(conn, on=False)  # before BEGIN: SQLite ignores it inside a transaction
        try:
            with conn.begin():
                _migrate(conn)
        finally:
            _foreign_keys(conn, on=True)


def _migrate(conn) -> None:
    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    current = MigrationContext.configure(conn).get_current_revision()
    refuse_unknown(current, script)
    if current != script.get_current_head():
        drop_views(conn)  # storage.open_store re-creates them after the upgrade
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all() if conn.dialect.name == "sqlite" else []
        if broken:
            raise RuntimeError(f"the migration broke foreign keys: {broken[:5]}")


def refuse_unknown(revision: str | None, script: ScriptDirectory | None = None) -> None:
    """Raise SchemaTooNew for a revision this version of quotes does not know."""
    script = script or ScriptDirectory.from_config(alembic_config())
    if revision is not None and not _known(script, revision):
        raise SchemaTooNew(
            f"the store is at schema revision {revision!r}, which this version of quotes "
            "does not know; upgrade quotes to open it"
        )


def _foreign_keys(conn, on: bool) -> None:
    """Switch enforcement on the driver's connection, outside SQLAlchemy's transactions."""
    conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON" if on else "PRAGMA foreign_keys = OFF")


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except (ResolutionError, CommandError):
        return False
