"""Datasette on a store: its metadata (descriptions, facets, canned queries) and the `datasette` arguments."""
from importlib.resources import files
from pathlib import Path

import yaml


def metadata(db: str | Path) -> dict:
    """Datasette metadata for the store ``db``, from quotes/data/metadata.yml."""
    data = yaml.safe_load(files("quotes.data").joinpath("metadata.yml").read_text(encoding="utf-8"))
    database = data.pop("database")
    return {**data, "databases": {Path(db).stem: database}}


def datasette_args(db: str | Path, metadata_file: str | Path, host: str, port: int, open_browser: bool) -> list[str]:
    """The `datasette` command line serving ``db`` with ``metadata_file``."""
    args = ["serve", str(db), "--metadata", str(metadata_file), "--host", host, "--port", str(port)]
    return [*args, "--open"] if open_browser else args
