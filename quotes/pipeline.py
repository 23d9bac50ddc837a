"""The extract run: read -> parse -> extract -> write -> link.

``run`` takes any iterable of article records (``quotes.articles.ArticleText`` or a
reader's richer record: anything with ``hash``, ``path`` and ``text`` that
``storage.save_article`` can store) and reports through callbacks, so readers and
front ends plug in without touching the loop. Worker processes parse and extract
(``quotes.parsing``); this one stores and links each article, in input order, so any
number of jobs gives the store and output of one.
"""
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from spacy.language import Language
from sqlalchemy.engine import Engine

from quotes import parsing, variants
from quotes.articles import ArticleError, ArticleText, read_article
from quotes.parallel import ordered_map
from quotes.statements import Linker
from quotes.storage import known_hashes, save_article

Failed = Callable[[str, str], None]  # (path, reason)


@dataclass
class Tally:
    """What a run did; ``hashes`` are the articles read (stored or unchanged), in input order."""

    read: int = 0
    unchanged: int = 0
    quotes: int = 0
    hashes: list[str] = field(default_factory=list)


def read(paths: Iterable[str], on_failed: Failed) -> Iterator[ArticleText]:
    """The articles at ``paths``; a file that holds none is reported and passed over."""
    for path in paths:
        try:
            yield read_article(path)
        except ArticleError as exc:
            on_failed(path, str(exc))


def run(articles: Iterable, nlp: Language, engine: Engine, lexicon: variants.Variants, *,
        jobs: int = 1, force: bool = False, on_failed: Failed = lambda path, why: None,
        on_article: Callable[[object], None] = lambda article: None) -> Tally:
    """Parse, extract, store and link each new article of ``articles``, in order, parsing
    in ``jobs`` processes.

    Articles already stored are passed over unless ``force``. ``on_article`` is called
    once each article is stored (or passed over), ``on_failed`` for each one whose
    extraction failed (the others go on).
    """
    tally, pending = Tally(), {}
    known = known_hashes(engine)
    limit = min(parsing.CHUNK_CHARS, nlp.max_length)

    def pieces():
        for key, article in enumerate(articles):
            new = force or article.hash not in known
            known.add(article.hash)
            pending[key] = _Entry(article, new)
            yield from parsing.chunks(key, article.text, limit) if new else [parsing.Chunk(key, "")]

    linker = Linker(engine, lexicon)
    linker.link()  # quotes a killed run stored but did not link
    found = ordered_map(parsing.extract_batch, parsing.batches(pieces()), jobs, parsing.init, (nlp, lexicon))
    for result in (r for batch in found for r in batch):
        entry = pending[result.key]
        entry.quotations += result.quotations
        entry.forms += result.forms
        entry.error = entry.error or result.error
        if result.last:
            del pending[result.key]
            _finish(entry, engine, linker, force, tally, on_failed)
            on_article(entry.article)
    return tally


@dataclass
class _Entry:
    """An article whose chunks are being extracted."""

    article: object
    new: bool
    quotations: list = field(default_factory=list)
    forms: list = field(default_factory=list)
    error: str | None = None


def _finish(entry: _Entry, engine: Engine, linker: Linker, force: bool, tally: Tally, on_failed: Failed) -> None:
    """Store and link an article once all its chunks are extracted."""
    tally.read += 1
    if entry.error:
        on_failed(entry.article.path, entry.error)
        return
    if entry.new:
        save_article(engine, entry.article, entry.quotations, entry.forms, replace=force)
        linker.link()
        tally.quotes += len(entry.quotations)
    else:
        tally.unchanged += 1
    tally.hashes.append(entry.article.hash)
