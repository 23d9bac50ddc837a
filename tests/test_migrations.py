"""The Alembic migrations own the schema, and travel with the installed package."""
import subprocess
import sys
import zipfile

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner
from sqlmodel import SQLModel

from conftest import ROOT, SAMPLES
from quotes.cli import cli
from quotes.storage import connect


def upgrade_with_alembic_alone(db):
    config = Config(str(ROOT / "alembic.ini"))
    config.cmd_opts = type("Opts", (), {"x": [f"db={db}"]})()
    command.upgrade(config, "head")


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
