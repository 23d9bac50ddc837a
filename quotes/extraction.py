"""From a parsed article to its attributed quotations."""
from dataclasses import dataclass

from spacy.tokens import Doc

from quotes.quotations import QuoteSpan, find_quotations
from quotes.headline import headline_end
from quotes.speakers import Attribution, attribute


@dataclass
class Quotation:
    start: int
    end: int
    text: str
    attribution: Attribution


def extract(doc: Doc, spans: list[QuoteSpan] | None = None) -> list[Quotation]:
    """Every quotation of a speaker in the article, with its attribution.

    ``spans`` are the article's quoted stretches when already found (:func:`quoted`).
    """
    if spans is None:
        spans = quoted(doc.text)
    return [
        Quotation(span.start, span.end, span.text, found)
        for span, found in zip(spans, attribute(doc, spans))
        if found is not None
    ]


def quoted(text: str, headline: bool = True) -> list[QuoteSpan]:
    """The quoted stretches of ``text`` that may be quotations: none in its headline, if ``headline``."""
    start = headline_end(text) if headline else 0
    return [s for s in find_quotations(text) if s.start >= start]
