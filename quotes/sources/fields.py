"""Reading an article's text and metadata out of a record: a corpus line or front matter.

The field names tried are data (``quotes/data/fields.yml``); options replace them one by one.
"""
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache
from importlib.resources import files
from typing import Callable, Mapping

import yaml
from dateutil import parser as dateparser

from quotes.sources.record import Metadata, SourceError

FIELDS = ("text", "title", "url", "outlet", "published", "author", "id")


@cache
def default_fields() -> dict[str, tuple[str, ...]]:
    data = yaml.safe_load(files("quotes.data").joinpath("fields.yml").read_text(encoding="utf-8"))
    return {name: tuple(data[name]) for name in FIELDS}


@dataclass(frozen=True)
class Options:
    """How to read a run's inputs: field names to use instead of the defaults (``{"text":
    "story"}``), and the metadata of articles that carry none (``--outlet``, ``--date``)."""

    fields: Mapping[str, str] = field(default_factory=dict)
    fallback: Metadata = field(default_factory=Metadata)

    def names(self, name: str) -> tuple[str, ...]:
        return (self.fields[name],) if self.fields.get(name) else default_fields()[name]


def pick(record: Mapping, names: tuple[str, ...]) -> str | None:
    """The first non-empty value of ``names`` in ``record``, as text (a list is joined with "; ")."""
    for name in names:
        value = record.get(name)
        if isinstance(value, (list, tuple)):
            value = "; ".join(str(v).strip() for v in value if v is not None and str(v).strip())
        if isinstance(value, (date, datetime)):
            return value.isoformat()
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def metadata(record: Mapping, options: Options, warn: Callable[[str], None]) -> Metadata:
    """The record's metadata, each missing value from the run's fallback; a date that is
    not one is said to ``warn`` and left out."""
    found = Metadata(**{name: pick(record, options.names(name)) for name in ("title", "url", "outlet", "author")})
    published = read_date(pick(record, options.names("published")), warn)
    return replace(found, published=published).or_else(options.fallback)


def read_date(value: str | None, warn: Callable[[str], None]) -> date | None:
    """The date ``value`` gives, if any; one that is not a date is said to ``warn``."""
    try:
        return parse_date(value) if value else None
    except SourceError as exc:
        warn(f"{exc}; read without it")
        return None


def parse_date(value: str) -> date:
    """The calendar date of ``value``: ISO 8601 ("2024-05-03", "2024-05-03T09:00:00Z") or a
    written date ("3 May 2024", "Fri, 03 May 2024 09:00:00 GMT"; "May 2024" is its first day).
    SourceError if it is none, or lacks its year or month."""
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:  # what dateutil fills in from its default was not written: two defaults tell
        one, other = (dateparser.parse(value, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError) as exc:
        raise SourceError(f"date {value!r} not understood") from exc
    if (one.year, one.month) != (other.year, other.month):
        raise SourceError(f"date {value!r} has no {'year' if one.year != other.year else 'month'}")
    return one.date()


_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))
