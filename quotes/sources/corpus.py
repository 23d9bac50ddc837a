"""Corpora of one article a record: JSON Lines and CSV, gzipped or not, read as streams.

A record without text, or a line that is not a JSON object, is reported by file and line
and the others are read; memory stays flat however long the file.
"""
import csv
import gzip
import json
import sys
from pathlib import Path
from typing import Iterator

from quotes.sources.fields import Options, metadata, pick
from quotes.sources.files import Source
from quotes.sources.record import Article, Notice, Report, SourceError, with_title

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article bodies outgrow csv's 128 kB default


def read_corpus(source: Source, options: Options, report: Report) -> Iterator[Article]:
    """The articles of a corpus, one a record."""
    path = Path(source.path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    records = _json_lines if source.kind == "jsonl" else _csv_rows
    line = 0
    try:
        with opener(path, "rt", encoding="utf-8-sig", newline="") as stream:
            for line, record in records(stream):
                where = f"{path}:{line}"
                try:
                    yield _article(record, where, source, line, options, report)
                except SourceError as exc:
                    report(Notice(where, str(exc)))
    except (OSError, UnicodeDecodeError, EOFError, csv.Error) as exc:
        report(Notice(f"{path}:{line + 1}" if line else str(path), _reason(exc)))


def _json_lines(stream) -> Iterator[tuple[int, dict | SourceError]]:
    for line, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield line, SourceError(f"not JSON: {exc.msg}")
            continue
        yield line, record if isinstance(record, dict) else SourceError("not a JSON object")


def _csv_rows(stream) -> Iterator[tuple[int, dict]]:
    reader = csv.DictReader(stream)
    start = 2  # the line after the header, where the next record begins
    for row in reader:
        yield start, row
        start = reader.line_num + 1


def _article(record, where: str, source: Source, line: int, options: Options, report: Report) -> Article:
    if isinstance(record, SourceError):
        raise record
    text = pick(record, options.names("text"))
    if not text:
        raise SourceError(f"no text (fields tried: {', '.join(options.names('text'))})")
    meta = metadata(record, options, lambda why: report(Notice(where, why, "warning")))
    record_id = pick(record, options.names("id"))
    key = meta.url or (f"{source.name}#{record_id}" if record_id else f"{source.name}:{line}")
    return Article(record_id or f"{source.doc_id}:{line}", where, with_title(text, meta.title), key, meta)


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(exc, OSError) and exc.strerror:
        return f"unreadable: {exc.strerror.lower()}"
    return f"unreadable: {exc}"
