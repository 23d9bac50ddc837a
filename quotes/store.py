"""A quotes store as a Python object: add articles to it, ask it who said what.

Reading opens the store read-only (quotes.access); only ``add`` writes, creating or
upgrading the store first. Results are plain dicts, ready for a DataFrame or JSON. A store
is a SQLite file or a PostgreSQL server (quotes.postgres).
"""
import os
import warnings
from contextlib import closing, contextmanager
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from quotes import lookup as lookups
from quotes.access import is_server, read_only


class Store:
    """The store at ``url``: the path of a SQLite file, a ``sqlite:///path`` URL, or a
    PostgreSQL URL (``postgresql+psycopg://user@host:5432/quotes``)."""

    def __init__(self, url: str | Path = "quotes.db"):
        url = str(url)
        self.server = is_server(url)
        self.path = url if self.server else Path(url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url)
        self._nlp = None

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    def add(self, articles: Iterable, *, model: str | None = None, nlp=None, variants=None,
            jobs: int = 1, force: bool = False, on_failed: Callable[[str, str], None] | None = None,
            on_article: Callable[[object], None] = lambda article: None, cluster=None):
        """Extract, store and link the quotes of ``articles``: texts, paths of articles,
        corpora or folders (as `quotes extract` reads them), or quotes.sources.Article records.

        Articles already stored are passed over unless ``force``. ``nlp`` (else the
        pipeline ``model``, as quotes.load) parses them, in ``jobs`` processes, or on the workers
        of ``cluster`` (a quotes.cluster.Cluster: ``with quotes.cluster.connect("local:2") as
        cluster``), which send the results back to this process to be stored; ``variants``
        is a variants file or a loaded quotes.variants lexicon. An article that cannot be
        read or extracted is reported to ``on_failed(path, reason)`` (by default a warning) and the others go on.
        Returns the run's quotes.pipeline.Tally (read, unchanged, quotes, keys).
        """
        from quotes import nlp as nlp_loader
        from quotes import pipeline
        from quotes import variants as variant_lexicon
        from quotes.parallel import ordered_map
        from quotes.storage import close_store, open_store

        on_failed = on_failed or _warn
        lexicon = variants if isinstance(variants, variant_lexicon.Variants) else variant_lexicon.load(variants)
        engine = open_store(self.path)
        try:
            if nlp is None:
                self._nlp = self._nlp or nlp_loader.load(model)
                nlp = self._nlp
            return pipeline.run(_records(articles, on_failed), nlp, engine, lexicon, jobs=jobs, force=force,
                                on_failed=on_failed, on_article=on_article,
                                mapper=cluster.ordered_map if cluster else ordered_map)
        finally:
            close_store(engine, self.path)

    # Each read takes bounds on the articles: published ``since``/``until`` (dates), by ``outlet``.

    def lookup(self, speaker: str, since: date | None = None, until: date | None = None,
               outlet: str | None = None) -> list[dict]:
        """Every quote of the speaker with this name or alias ("Xi", "President Xi Jinping")."""
        with self._connection() as conn:
            return lookups.quotes_of(conn, speaker, lookups.Articles(since, until, outlet))

    def search(self, phrase: str, speaker: str | None = None, since: date | None = None,
               until: date | None = None, outlet: str | None = None) -> list[dict]:
        """Quotes containing ``phrase``, then the other renderings of their statements
        (key ``matched``: "phrase" or "statement"); only ``speaker``'s when given."""
        with self._connection() as conn:
            return lookups.quotes_saying(conn, phrase, speaker, lookups.Articles(since, until, outlet))

    def statements(self, speaker: str | None = None, every: bool = False, since: date | None = None,
                   until: date | None = None, outlet: str | None = None) -> list[dict]:
        """Statements quoted in more than one article (with ``every``, all of them), each
        with its renderings; only those of speakers whose name contains ``speaker``, and
        those with a rendering among the articles within the bounds."""
        from quotes.statements import read as linking

        with self._connection() as conn:
            return linking.statements(conn, speaker, every, lookups.Articles(since, until, outlet))

    def check(self, words: str, speaker: str | None = None):
        """Did ``speaker`` (without one: anyone) say ``words``? quotes.check's verdict, with
        its evidence best first."""
        from quotes import check as checking

        if self.server:
            raise ValueError("`quotes check` reads SQLite stores: copy the server store into one with "
                             "`quotes export` and check there")
        with closing(read_only(self.path)) as conn:
            return checking.check(conn, words, speaker)

    def records(self, article_keys: Iterable[str]) -> list[dict]:
        """The quotes of these articles (by key), as the JSON lines of `quotes extract --jsonl`."""
        from quotes.records import quote_records

        with self._reader() as engine:
            return [record for key in article_keys for record in quote_records(engine, key)]

    @contextmanager
    def _connection(self):
        """A read-only connection: sqlite3's to a file, SQLAlchemy's to a server."""
        if not self.server:
            with closing(read_only(self.path)) as conn:
                yield conn
            return
        with self._reader() as engine, engine.connect() as conn:
            yield conn

    @contextmanager
    def _reader(self):
        """A SQLAlchemy engine whose connections are read-only (quotes.access, quotes.postgres)."""
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        if self.server:
            from quotes.postgres import reader

            with reader(self.path) as engine:
                yield engine
            return
        read_only(self.path).close()  # a missing or foreign store fails here, with its reason
        engine = create_engine("sqlite://", creator=lambda: read_only(self.path), poolclass=NullPool)
        try:
            yield engine
        finally:
            engine.dispose()


def _records(articles: Iterable, on_failed: Callable[[str, str], None]):
    """Article records from texts, paths and records."""
    from quotes import sources

    def report(notice):
        if notice.kind == "failed":
            on_failed(notice.where, notice.reason)

    for article in articles:
        if isinstance(article, str):
            key = f"text:{sources.record.text_hash(article)[:16]}"  # the same text is the same article
            yield sources.Article(key.removeprefix("text:"), "<text>", article, key)
        elif isinstance(article, os.PathLike):
            try:
                found = sources.find([os.fspath(article)], report)
            except sources.SourceError as exc:
                on_failed(os.fspath(article), str(exc))
                continue
            for source in found:
                yield from sources.read(source, sources.Options(), report)
        else:
            yield article


def _warn(path: str, reason: str) -> None:
    warnings.warn(f"quotes: skipped {path}: {reason}", stacklevel=3)
