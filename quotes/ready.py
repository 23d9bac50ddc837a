"""Whether a store can be read as it is, found with sqlite3 alone.

The read commands ask this first, so that reading a store that is up to date loads
neither SQLAlchemy, Alembic nor spaCy; any other store is opened (and upgraded) the
full way. The newest revision is read from the migration scripts shipped with the package.
"""
import re
import sqlite3
from contextlib import closing
from functools import cache
from importlib.resources import files
from pathlib import Path

from quotes.shape import FTS_CONFIG, VIEWS

_REVISION = re.compile(r"^(down_)?revision\b[^=\n]*=\s*['\"]([^'\"]+)['\"]", re.M)


@cache
def head() -> str | None:
    """The revision no other revises, if there is exactly one."""
    revisions, revised = set(), set()
    for script in files("quotes.migrations").joinpath("versions").iterdir():
        if script.name.endswith(".py"):
            for down, revision in _REVISION.findall(script.read_text(encoding="utf-8")):
                (revised if down else revisions).add(revision)
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else None


def ready(path: str | Path) -> bool:
    """Whether the store at ``path`` is at the newest revision with its search index and views."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            version = conn.execute("select version_num from alembic_version").fetchall()
            names = {name for (name,) in conn.execute("select name from sqlite_master")}
    except sqlite3.Error:
        return False
    needed = set(VIEWS) | {f"{table}_fts" for table in FTS_CONFIG}
    return version == [(head(),)] and needed <= names
