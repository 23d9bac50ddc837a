"""Articles from what a user points `quotes extract` at: files, folders or standard input.

``find(paths, report)`` lists the inputs, naming to ``report`` the files of a folder that
are not articles; ``read(source, options, report)`` yields the Articles of one input and
reports what it passes over. Kinds, by name (case-insensitive):

- ``.txt``, ``.text``, ``.md``, no suffix: plain text, optional YAML front matter (quotes.sources.text);
- ``.html``, ``.htm``: news pages through trafilatura (quotes.sources.html);
- ``.jsonl``, ``.ndjson``, ``.csv``, gzipped or not: corpora (quotes.sources.corpus).

A text file or page that gives no date of its own is dated by a full date in its path
("breitbart_2016-10-04_trump.txt", "2024/05/14/budget.html") before the run's ``--date``.
"""
import re
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Iterator

from quotes.sources.fields import Options
from quotes.sources.files import STDIN, Source, find
from quotes.sources.record import Article, Metadata, Notice, Report, SourceError, text_hash

__all__ = ["Article", "Metadata", "Notice", "Options", "Source", "SourceError", "find", "read"]


def read(source: Source, options: Options, report: Report) -> Iterator[Article]:
    """The articles of one input: one for a page or text file, one a record for a corpus."""
    if source.kind in ("jsonl", "csv"):
        from quotes.sources.corpus import read_corpus

        yield from read_corpus(source, options, report)
        return
    try:
        yield _document(source, options, report)
    except SourceError as exc:
        report(Notice(source.path, str(exc)))


def _document(source: Source, options: Options, report: Report) -> Article:
    """The article of a text file, a page or standard input."""
    from quotes.sources.html import read_html
    from quotes.sources.text import read_text

    try:
        data = sys.stdin.buffer.read() if source.path == STDIN else Path(source.path).read_bytes()
    except OSError as exc:
        raise SourceError(f"unreadable: {(exc.strerror or str(exc)).lower()}") from exc
    reader = read_html if source.kind == "html" else read_text
    dated = path_date(source.path) if source.path != STDIN else None
    if dated:
        options = replace(options, fallback=replace(options.fallback, published=dated))
    text, meta = reader(data, options, lambda why: report(Notice(source.path, why, "warning")))
    # standard input has no name: the same text read again is the same article
    name = f"stdin:{text_hash(text)[:16]}" if source.path == STDIN else source.name
    return Article(source.doc_id, source.path, text, meta.url or name, meta)


# A year, month and day one separator apart ("2016-10-04", "2016_10_04", "2024/05/14"), not
# inside a longer number.
_PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_/.])(\d\d)\2(\d\d)(?!\d)")


def path_date(name: str) -> date | None:
    """The last calendar date written in a file's path, if any (a month alone is no date:
    it says too little for telling statements days apart)."""
    for match in reversed(list(_PATH_DATE.finditer(name))):
        try:
            return date(int(match[1]), int(match[3]), int(match[4]))
        except ValueError:
            continue
    return None
