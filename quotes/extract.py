"""From a parsed article to its attributed quotations."""
from dataclasses import dataclass

from spacy.tokens import Doc

from quotes.quotations import find_quotations
from quotes.speakers import Attribution, attribute


_HEADLINE_WORDS = 25


@dataclass
class Quotation:
    start: int
    end: int
    text: str
    attribution: Attribution


def extract(doc: Doc) -> list[Quotation]:
    """Every quotation of a speaker in the article, with its attribution."""
    spans = [s for s in find_quotations(doc.text) if s.start >= _headline_end(doc.text)]
    return [
        Quotation(span.start, span.end, span.text, found)
        for span, found in zip(spans, attribute(doc, spans))
        if found is not None
    ]


def _headline_end(text: str) -> int:
    """Where the headline ends: quotations in it condense the body's and name no speaker."""
    first = text.lstrip()
    line = first.split("\n", 1)[0]
    if len(line.split()) > _HEADLINE_WORDS or not first[len(line):].strip():
        return 0
    return len(text) - len(first) + len(line)
