"""Alembic environment: the schema is SQLModel.metadata from quotes.models."""
from alembic import context
from alembic.script import ScriptDirectory
from sqlalchemy import engine_from_config, pool
from sqlmodel import SQLModel

import quotes.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from quotes.access import is_server
from quotes.shape import drop_views, include_name

config = context.config
target_metadata = SQLModel.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
    )


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:  # handed over by quotes.migrate
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    db = context.get_x_argument(as_dictionary=True).get("db")
    if db:
        config.set_main_option("sqlalchemy.url", db if is_server(db) else f"sqlite:///{db}")
    engine = engine_from_config(config.get_section(config.config_ini_section, {}),
                                prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            if context.get_context().get_current_revision() != ScriptDirectory.from_config(config).get_current_head():
                drop_views(conn)  # a table rebuild fails under a view; quotes re-creates them on opening
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
