"""A quotes store as a Python object: add articles to it, ask it who said what.

Reading opens the store read-only (quotes.access); only ``add`` writes, creating or
upgrading the store first. Results are plain dicts, ready for a DataFrame or JSON.
"""
from contextlib import closing
from pathlib import Path

from quotes import lookup as lookups
from quotes.access import read_only


class Store:
    """The SQLite store at ``url``: a path, or a ``sqlite:///path`` URL."""

    def __init__(self, url: str | Path = "quotes.db"):
        url = str(url)
        self.path = Path(url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url)

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    def lookup(self, speaker: str) -> list[dict]:
        """Every quote of the speaker with this name or alias ("Xi", "President Xi Jinping")."""
        with closing(read_only(self.path)) as conn:
            return lookups.quotes_of(conn, speaker)

    def search(self, phrase: str, speaker: str | None = None) -> list[dict]:
        """Quotes containing ``phrase``, then the other renderings of their statements
        (key ``matched``: "phrase" or "statement"); only ``speaker``'s when given."""
        with closing(read_only(self.path)) as conn:
            return lookups.quotes_saying(conn, phrase, speaker)

    def statements(self, speaker: str | None = None, every: bool = False) -> list[dict]:
        """Statements quoted in more than one article (with ``every``, all of them), each
        with its renderings; only those of speakers whose name contains ``speaker``."""
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        from quotes import statements as linking

        read_only(self.path).close()  # a missing or foreign store fails here, with its reason
        engine = create_engine("sqlite://", creator=lambda: read_only(self.path), poolclass=NullPool)
        try:
            return linking.statements(engine, speaker, every)
        finally:
            engine.dispose()
