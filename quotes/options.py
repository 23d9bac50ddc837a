"""Options and arguments the `quotes` commands share."""
import functools
import sys
from contextlib import contextmanager
from pathlib import Path

import click


def corpus_options(command):
    """--outlet and --date for a whole run, --text-field and the other field names of corpora."""
    from quotes.sources.fields import FIELDS, default_fields

    what = {"url": "URL", "published": "publication date", "id": "record id"}
    for name in reversed(FIELDS):
        tried = ", ".join(default_fields()[name])
        command = click.option(f"--{name}-field", f"{name}_field", metavar="NAME",
                               help=f"Corpus field holding the {what.get(name, name)} [default: {tried}].")(command)
    command = click.option("--date", "run_date", metavar="YYYY-MM-DD", callback=date_param,
                           help="Publication date of articles that carry none.")(command)
    return click.option("--outlet", help="Outlet of articles that carry none.")(command)


def date_param(_ctx, _param, value):
    from quotes.sources import SourceError
    from quotes.sources.fields import parse_date

    try:
        return parse_date(value) if value is not None else None
    except SourceError as exc:
        raise click.BadParameter(str(exc)) from exc


def in_existing_folder(_ctx, _param, file):
    """A file to be written later must have a folder to go in now, before any work."""
    if file is not None and file.name != "-" and not Path(file.name).parent.is_dir():
        raise click.BadParameter(f"folder {Path(file.name).parent} does not exist")
    return file


def db_option(help_text):
    return click.option("--db", default="quotes.db", show_default=True,
                        type=click.Path(dir_okay=False), help=help_text)


def format_option():
    from quotes.output import FORMATS

    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                        show_default=True, help="Output: a terminal table, one JSON array, or CSV with a header.")


def speaker_option(help_text, required=False):
    def check(_ctx, _param, value):
        if value is not None and not value.strip():
            raise click.BadParameter("is empty: give a name")
        return value

    return click.option("--speaker", required=required, callback=check, help=help_text)


def articles_options(command):
    """--since, --until and --outlet, handed to the command as ``articles`` (quotes.lookup.Articles)."""
    @functools.wraps(command)
    def with_articles(*args, since, until, outlet, **kwargs):
        from quotes.lookup import Articles

        return command(*args, articles=Articles(since and since.date(), until and until.date(), outlet), **kwargs)

    day = click.DateTime(["%Y-%m-%d"])
    with_articles = click.option("--outlet", help="Only articles of this outlet (any case).")(with_articles)
    with_articles = click.option("--until", type=day, help="Only articles published on this day or before.")(with_articles)
    return click.option("--since", type=day, help="Only articles published on this day or after.")(with_articles)


def words_argument(_ctx, _param, value):
    from quotes.check.wording import words

    if value == "-":
        value = sys.stdin.read()
    if not words(value):
        raise click.BadParameter("has no word to check")
    return value


def cluster_param(_ctx, _param, value):
    """--cluster: local:N or a scheduler address, checked before anything is read."""
    if value is None:
        return None
    from quotes.cluster import check

    try:
        return check(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


@contextmanager
def cluster_errors(spec: str | None):
    """The quotes.cluster.Cluster that ``spec`` names (None for none), for the block; a
    cluster that cannot be reached, or fails it, becomes a one-line message."""
    if spec is None:
        yield None
        return
    from quotes.cluster import ClusterError, connect

    try:
        with connect(spec) as cluster:
            yield cluster
    except ClusterError as exc:
        raise click.ClickException(f"cluster: {exc}") from exc
