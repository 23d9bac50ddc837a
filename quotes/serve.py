"""Datasette on a store: its metadata (descriptions, facets, canned queries) and the `datasette` arguments."""
from html import escape
from importlib.resources import files
from pathlib import Path
from urllib.parse import quote

import yaml

from quotes.lookup import CHECK_QUOTE, QUOTES_OF_SPEAKER, WHO_SAID

QUERIES = {"quotes_of_speaker": QUOTES_OF_SPEAKER, "who_said": WHO_SAID, "check_quote": CHECK_QUOTE}
START_HERE = ("quotes_by_speaker", "speakers_summary", "statement_timeline")  # the views a visitor should see first


def metadata(db: str | Path) -> dict:
    """Datasette metadata for the store ``db``, from quotes/data/metadata.yml, with the
    canned queries' SQL from quotes.lookup and links to the views and queries leading
    the home and database pages."""
    data = yaml.safe_load(files("quotes.data").joinpath("metadata.yml").read_text(encoding="utf-8"))
    database, name = data.pop("database"), Path(db).stem
    for query, sql in QUERIES.items():
        database["queries"][query]["sql"] = sql
    links = _start_here(name, database)
    data["description_html"] = f"<p>{escape(data.pop('description'))}</p>{links}"
    database["description_html"] = links
    return {**data, "databases": {name: database}}


def _start_here(name: str, database: dict) -> str:
    """An HTML list of links to the views and canned queries, with their descriptions."""
    pages = [(view, view.replace("_", " ").capitalize(), database["tables"][view]["description"])
             for view in START_HERE]
    pages += [(query, spec["title"], spec["description"]) for query, spec in database["queries"].items()]
    items = "".join(f'<li><a href="/{quote(name)}/{page}">{escape(title)}</a>: {escape(text)}</li>'
                    for page, title, text in pages)
    return f"<ul>{items}</ul>"


def datasette_args(db: str | Path, metadata_file: str | Path, host: str, port: int, open_browser: bool) -> list[str]:
    """The `datasette` command line serving ``db`` with ``metadata_file``."""
    args = ["serve", str(db), "--metadata", str(metadata_file), "--host", host, "--port", str(port)]
    return [*args, "--open"] if open_browser else args
