"""From a parsed article to its attributed quotations."""
from dataclasses import dataclass

from spacy.tokens import Doc

from quotes.quotations import find_quotations
from quotes.roster import headline_end
from quotes.speakers import Attribution, attribute


@dataclass
class Quotation:
    start: int
    end: int
    text: str
    attribution: Attribution


def extract(doc: Doc) -> list[Quotation]:
    """Every quotation of a speaker in the article, with its attribution."""
    text = doc.text  # spaCy joins it anew on every access
    body = headline_end(text)
    spans = [s for s in find_quotations(text) if s.start >= body]
    return [
        Quotation(span.start, span.end, span.text, found)
        for span, found in zip(spans, attribute(doc, spans))
        if found is not None
    ]
