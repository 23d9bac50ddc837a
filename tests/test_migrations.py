"""The Alembic migrations own the schema, and travel with the installed package."""
import shutil
import subprocess
import sys
import zipfile
from importlib.resources import files

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from click.testing import CliRunner
from sqlmodel import SQLModel

from conftest import ROOT, SAMPLES
from quotes.cli import cli
from quotes.migrate import alembic_config
from quotes.storage import connect


def upgrade_with_alembic_alone(db, revision="head"):
    config = Config(str(ROOT / "alembic.ini"))
    config.cmd_opts = type("Opts", (), {"x": [f"db={db}"]})()
    command.upgrade(config, revision)


def test_migrations_and_models_describe_the_same_schema(tmp_path):
    db = tmp_path / "q.db"
    upgrade_with_alembic_alone(db)
    with connect(db).connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_store_made_by_alembic_accepts_a_run(tmp_path):
    db = tmp_path / "q.db"
    upgrade_with_alembic_alone(db)
    result = CliRunner().invoke(cli, ["extract", str(SAMPLES / "000_8c5d5d2d18f14578.txt"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "1 articles read" in result.output


def test_wheel_carries_the_migrations(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                   check=True, timeout=300)
    [wheel] = tmp_path.glob("quotes-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "quotes/migrations/env.py" in names
    assert "quotes/migrations/script.py.mako" in names
    assert any(n.startswith("quotes/migrations/versions/0001") for n in names)


REBUILD_ARTICLE = '''
from alembic import op

revision = "0099_rebuild"
down_revision = "{head}"


def upgrade():
    with op.batch_alter_table("article", recreate="always"):
        pass
'''


def test_a_migration_rebuilding_a_table_keeps_the_rows_that_reference_it(tmp_path, monkeypatch):
    import quotes.migrate
    from quotes.extraction import Quotation
    from quotes.sources import Article
    from quotes.speakers import Attribution
    from quotes.storage import open_store, save_article

    db = tmp_path / "q.db"
    save_article(open_store(db), Article("a", "a.txt", "“Yes,” she said."), [Quotation(1, 4, "Yes", Attribution())])
    scripts = tmp_path / "migrations"
    shutil.copytree(files("quotes.migrations"), scripts)
    head = ScriptDirectory.from_config(quotes.migrate.alembic_config()).get_current_head()
    (scripts / "versions" / "0099_rebuild.py").write_text(REBUILD_ARTICLE.format(head=head))
    config = Config()
    config.set_main_option("script_location", str(scripts))
    monkeypatch.setattr(quotes.migrate, "alembic_config", lambda: config)

    engine = open_store(db)  # dropping the old article table must not cascade to its quotes

    with engine.connect() as conn:
        assert conn.exec_driver_sql("select version_num from alembic_version").all() == [("0099_rebuild",)]
        assert conn.exec_driver_sql("select count(*) from quote").all() == [(1,)]
        assert conn.exec_driver_sql("pragma foreign_keys").all() == [(1,)]


FERRY = ("Court fines ferry operator\n\n"
         "A court in Turku fined Baltic Ferries on Monday for a fire on board last winter.\n\n"
         "“The crew ignored every warning,” Judge Aino Laine said.\n")


def test_a_store_made_at_0002_keeps_its_rows_and_they_get_keys_when_read_again(tmp_path):
    """Revision 0003 (article key, outlet, url, published, author) loses nothing; the next run
    reading an old article's text gives the old row its key instead of storing it twice."""
    import hashlib
    import sqlite3

    db, article = tmp_path / "q.db", tmp_path / "ferry.txt"
    article.write_text(FERRY, encoding="utf-8")
    upgrade_with_alembic_alone(db, "0002")
    quote = "The crew ignored every warning,"
    with sqlite3.connect(db) as conn:
        conn.execute("insert into article (id, hash, doc_id, path, title, text, extracted_at) values "
                     "(1, ?, 'ferry', 'old/ferry.txt', 'Court fines ferry operator', ?, '2024-03-01 10:00:00')",
                     [hashlib.sha256(FERRY.encode()).hexdigest(), FERRY])
        conn.execute("insert into speaker (id, name, type) values (1, 'Aino Laine', 'person')")
        conn.execute("insert into statement (id, speaker_id, text) values (1, 1, ?)", [quote])
        conn.execute('insert into quote (id, article_id, speaker_id, statement_id, start, "end", text, norm) '
                     "values (1, 1, 1, 1, ?, ?, ?, 'crew ignore warning')",
                     [FERRY.index(quote), FERRY.index(quote) + len(quote), quote])

    first = CliRunner().invoke(cli, ["extract", str(article), "--db", str(db)])

    assert first.exit_code == 0, first.output
    assert "1 skipped as unchanged" in first.output
    with connect(db).connect() as conn:
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        assert conn.exec_driver_sql("select version_num from alembic_version").all() == [(head,)]
        assert conn.exec_driver_sql("select id, key, doc_id, path, outlet, published from article").all() == [
            (1, article.as_posix(), "ferry", str(article), None, None)]
        assert conn.exec_driver_sql("select id, article_id, statement_id, text, norm from quote").all() == [
            (1, 1, 1, quote, "crew ignore warning")]
    second = CliRunner().invoke(cli, ["extract", str(article), "--db", str(db)])
    assert "1 skipped as unchanged" in second.output
