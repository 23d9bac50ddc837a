"""From a parsed article to its attributed quotations."""
from dataclasses import dataclass

from spacy.tokens import Doc

from quotes.quotations import QuoteSpan, find_quotations
from quotes.speakers import Attribution, attribute


_HEADLINE_WORDS = 25
_MIN_LINES = 3  # a headline and at least two paragraphs


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
        spans = quoted(doc.text)  # spaCy joins the text anew on every access
    return [
        Quotation(span.start, span.end, span.text, found)
        for span, found in zip(spans, attribute(doc, spans))
        if found is not None
    ]


def quoted(text: str, headline: bool = True) -> list[QuoteSpan]:
    """The quoted stretches of ``text`` that may be quotations: none in its headline, if ``headline``."""
    headline_end = _headline_end(text) if headline else 0
    return [s for s in find_quotations(text) if s.start >= headline_end]


def _headline_end(text: str) -> int:
    """Where the headline ends: the first line of an article of several paragraphs, when short.

    Quotations in a headline condense the body's and name no speaker.
    """
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < _MIN_LINES or len(lines[0].split()) > _HEADLINE_WORDS:
        return 0
    return text.index(lines[0]) + len(lines[0])
