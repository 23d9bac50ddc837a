"""The extract run: read -> parse -> extract -> write -> link, one article after another.

``run`` takes any iterable of articles (``quotes.sources.Article``: the readers of
``quotes.sources`` yield them) and reports through callbacks, so readers and front ends
plug in without touching the loop.
"""
from dataclasses import dataclass, field
from typing import Callable, Iterable

from spacy.language import Language
from sqlalchemy.engine import Engine

from quotes import extraction
from quotes import parsing, variants
from quotes.sources import Article
from quotes.statements.linker import Linker
from quotes.storage import Known, copy_article, give_key, save_article

Failed = Callable[[str, str], None]  # (path, reason)


@dataclass
class Tally:
    """What a run did; ``keys`` are the articles read (stored or unchanged), in input order."""

    read: int = 0
    unchanged: int = 0
    quotes: int = 0
    keys: list[str] = field(default_factory=list)


def run(articles: Iterable[Article], nlp: Language, engine: Engine, lexicon: variants.Variants, *,
        force: bool = False, on_failed: Failed = lambda path, why: None,
        on_article: Callable[[Article], None] = lambda article: None) -> Tally:
    """Parse, extract, store and link each new article of ``articles``, in order.

    Articles already stored (same key, same text) are passed over unless ``force``; one whose
    text is stored or parsed already (a wire story in another outlet) gets a copy of its
    quotes without a parse. ``on_article`` is called for each article read, ``on_failed``
    for each one whose extraction failed (the others go on).
    """
    tally = Tally()

    def new(known: Known):  # runs ahead of the parse by a batch
        for article in articles:
            on_article(article)
            tally.read += 1
            need = known.need(article, force)
            if need == "unkeyed":
                give_key(engine, article)
            if need in ("stored", "unkeyed"):
                tally.unchanged += 1
                tally.keys.append(article.key)
                continue
            yield ("" if need == "copy" else article.text), (article, need == "copy")

    linker = Linker(engine, lexicon)
    linker.link()  # quotes a killed run stored but did not link
    known = Known(engine)
    for doc, (article, copy) in parsing.pipe(nlp, new(known)):
        stored = _copy(engine, article, on_failed) if copy else _store(doc, article, engine, lexicon, force, on_failed)
        known.settled(article)
        if stored is None:
            continue
        linker.link()
        tally.quotes += stored
        tally.keys.append(article.key)
    return tally


def _store(doc, article: Article, engine: Engine, lexicon: variants.Variants, force: bool,
           on_failed: Failed) -> int | None:
    """Extract and save the quotes of a parsed article: their number, None if it failed."""
    try:
        quotations = extraction.extract(doc)
        forms = [variants.form(doc, q.start, q.end, lexicon) for q in quotations]
    except Exception as exc:  # a bug met on one article must not cost the batch the others
        on_failed(article.path, f"extraction failed: {exc!r}")
        return None
    save_article(engine, article, quotations, forms, replace=force)
    return len(quotations)


def _copy(engine: Engine, article: Article, on_failed: Failed) -> int | None:
    """Save an article with the quotes of a stored one of the same text, without a parse."""
    stored = copy_article(engine, article)
    if stored is None:  # the extraction of the other article failed
        on_failed(article.path, "extraction failed on the same text in another article")
    return stored
