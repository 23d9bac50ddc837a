"""The extract run: read -> parse -> extract -> write -> link, one article after another.

``run`` takes any iterable of article records (``quotes.articles.ArticleText`` or a
reader's richer record: anything with ``hash``, ``path`` and ``text`` that
``storage.save_article`` can store) and reports through callbacks, so readers and
front ends plug in without touching the loop.
"""
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from spacy.language import Language
from sqlalchemy.engine import Engine

from quotes import extraction
from quotes import parsing, variants
from quotes.articles import ArticleError, ArticleText, read_article
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
        force: bool = False, on_failed: Failed = lambda path, why: None,
        on_article: Callable[[object], None] = lambda article: None) -> Tally:
    """Parse, extract, store and link each new article of ``articles``, in order.

    Articles already stored are passed over unless ``force``; ``on_article`` is called for
    each article read, ``on_failed`` for each one whose extraction failed (the others go on).
    """
    tally = Tally()

    def new(known):
        for article in articles:
            on_article(article)
            tally.read += 1
            if article.hash in known and not force:
                tally.unchanged += 1
                tally.hashes.append(article.hash)
                continue
            known.add(article.hash)
            yield article.text, article

    linker = Linker(engine, lexicon)
    linker.link()  # quotes a killed run stored but did not link
    for doc, article in parsing.pipe(nlp, new(known_hashes(engine))):
        try:
            quotations = extraction.extract(doc)
            forms = [variants.form(doc, q.start, q.end, lexicon) for q in quotations]
        except Exception as exc:  # a bug met on one article must not cost the batch the others
            on_failed(article.path, f"extraction failed: {exc!r}")
            continue
        save_article(engine, article, quotations, forms, replace=force)
        linker.link()
        tally.quotes += len(quotations)
        tally.hashes.append(article.hash)
    return tally
