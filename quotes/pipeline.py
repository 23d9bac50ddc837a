"""The extract run: read -> parse -> extract -> write -> link.

``run`` takes any iterable of articles (``quotes.sources.Article``: the readers of
``quotes.sources`` yield them) and reports through callbacks, so readers and front ends
plug in without touching the loop. Worker processes parse and extract
(``quotes.parsing``); this one stores and links each article, in input order, so any
number of jobs gives the store and output of one.
"""
from dataclasses import dataclass, field
from typing import Callable, Iterable

from spacy.language import Language
from sqlalchemy.engine import Engine

from quotes import parsing, variants
from quotes.parallel import ordered_map
from quotes.sources import Article
from quotes.statements.linker import Linker
from quotes.storage import Known, copy_article, drop_part, give_key, save_article, save_part

Failed = Callable[[str, str], None]  # (path, reason)


@dataclass
class Tally:
    """What a run did; ``keys`` are the articles read (stored or unchanged), in input order."""

    read: int = 0
    unchanged: int = 0
    quotes: int = 0
    keys: list[str] = field(default_factory=list)


@dataclass
class _Entry:
    """An article on its way: what it needs (Known.need), then what its chunks hold.

    The quotations of a long article's chunks are stored as each chunk comes (save_part),
    all but the last one's under a row marked unfinished, so the writer holds one
    chunk's at a time.
    """

    article: Article
    need: str
    quotations: list = field(default_factory=list)
    forms: list = field(default_factory=list)
    error: str | None = None
    part: int | None = None  # the unfinished row of the chunks stored so far
    count: int = 0  # quotations found, stored or not

    def add(self, found: parsing.Found, engine: Engine) -> None:
        """Take in what one chunk holds; store it at once if it is not the article's last."""
        self.error = self.error or found.error
        self.quotations += found.quotations
        self.forms += found.forms
        self.count += len(found.quotations)
        if not found.last and self.need == "parse" and not self.error:
            self.part = save_part(engine, self.article, self.quotations, self.forms, self.part)
            self.quotations, self.forms = [], []


def run(articles: Iterable[Article], nlp: Language, engine: Engine, lexicon: variants.Variants, *,
        jobs: int = 1, force: bool = False, on_failed: Failed = lambda path, why: None,
        on_article: Callable[[Article], None] = lambda article: None, mapper=ordered_map) -> Tally:
    """Parse, extract, store and link each new article of ``articles``, in order, parsing
    in ``jobs`` processes (or wherever ``mapper``, as quotes.parallel.ordered_map, runs them:
    quotes.cluster.Cluster.ordered_map on a Dask cluster).

    Articles already stored (same key, same text) are passed over unless ``force``; one whose
    text is stored or parsed already (a wire story in another outlet) gets a copy of its
    quotes without a parse. ``on_article`` is called once each article is stored (or passed
    over, or failed), ``on_failed`` for each one whose extraction failed (the others go on).
    """
    tally, pending, known = Tally(), {}, Known(engine)
    limit = min(parsing.CHUNK_CHARS, nlp.max_length)

    def pieces():
        for key, article in enumerate(articles):
            need = known.need(article, force)
            if need == "unkeyed":
                give_key(engine, article)
            pending[key] = _Entry(article, need)
            yield from parsing.chunks(key, article.text, limit) if need == "parse" else [parsing.Chunk(key, "")]

    linker = Linker(engine, lexicon)
    linker.link()  # quotes a killed run stored but did not link
    init = parsing.warmed if jobs > 1 else parsing.init  # warmed before workers fork, to share what it loads
    found = mapper(parsing.extract_batch, parsing.batches(pieces()), jobs, init, (nlp, lexicon))
    for result in (r for batch in found for r in batch):
        entry = pending[result.key]
        entry.add(result, engine)
        if result.last:
            del pending[result.key]
            _finish(entry, engine, linker, force, tally, on_failed)
            known.settled(entry.article)
            on_article(entry.article)
    return tally


def _finish(entry: _Entry, engine: Engine, linker: Linker, force: bool, tally: Tally, on_failed: Failed) -> None:
    """Store (or copy) and link an article once all its chunks are extracted."""
    article = entry.article
    tally.read += 1
    if entry.need in ("stored", "unkeyed"):
        tally.unchanged += 1
        tally.keys.append(article.key)
        return
    if entry.need == "copy":
        stored = copy_article(engine, article)
        if stored is None:  # the extraction of the other article failed
            entry.error = "extraction failed on the same text in another article"
    else:
        stored = None if entry.error else entry.count
        if stored is not None:
            save_article(engine, article, entry.quotations, entry.forms, replace=force, part=entry.part)
        elif entry.part is not None:
            drop_part(engine, article)
    if entry.error:
        on_failed(article.path, entry.error)
        return
    linker.link()
    tally.quotes += stored
    tally.keys.append(article.key)
