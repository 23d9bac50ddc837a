"""Parsing and attributing articles chunk by chunk, into plain data.

An article longer than ``CHUNK_CHARS`` (or ``nlp.max_length``) is cut into
paragraph-aligned chunks, each parsed and attributed on its own, so memory stays flat
however long the article; offsets are shifted back to those of the whole text. A chunk
without quotation marks is not parsed at all. ``extract_batch`` runs in worker
processes (or in this one) and returns only plain data: quotations and their forms.
"""
from dataclasses import dataclass, field, replace
from typing import Iterator

from spacy.language import Language

from quotes import extraction, people
from quotes import variants
from quotes.extraction import Quotation

CHUNK_CHARS = 20_000  # parsing and attributing one takes a worker ~75 MiB more
BATCH_CHUNKS = 16  # chunks parsed together by nlp.pipe ...
BATCH_CHARS = 20_000  # ... up to this many characters in all


@dataclass(frozen=True)
class Chunk:
    """A piece of article ``key``: its ``text`` starts at ``start`` in the article's."""

    key: int
    text: str
    start: int = 0
    first: bool = True
    last: bool = True


@dataclass
class Found:
    """What a chunk holds: its quotations (offsets in the whole article) and their forms."""

    key: int
    last: bool
    quotations: list[Quotation] = field(default_factory=list)
    forms: list[variants.Form] = field(default_factory=list)
    error: str | None = None


# Attributed on loading, so that what extraction loads on first use (the dictionary of given
# names, WordNet's phrasal verbs: ~120 MiB) is loaded before workers fork, and shared by them.
WARM_UP = 'Coach Ada Okafor said the players "will not back down" after the final.\n'

_worker: tuple[Language, variants.Variants] | None = None


def init(nlp: Language, lexicon: variants.Variants) -> None:
    """Set the pipeline and lexicon that ``extract_batch`` uses in this process.

    Run before workers fork, it also loads the dictionary of given names that naming
    speakers and their aliases read, so that the workers and the writer share one copy.
    """
    global _worker
    _worker = (nlp, lexicon)
    people.name_gender("Ada")


def warmed(nlp: Language, lexicon: variants.Variants) -> None:
    """``init``, then one extraction of ``WARM_UP``: run before workers fork, the tables
    that extraction loads on first use are loaded once, and shared."""
    init(nlp, lexicon)
    extract_batch([Chunk(0, WARM_UP)])


def chunks(key: int, text: str, limit: int = CHUNK_CHARS) -> Iterator[Chunk]:
    """Article ``key``'s ``text`` cut into chunks of at most ``limit`` characters, one at a
    time (a long article's text is not held twice)."""
    start, ahead = 0, None
    for i, piece in enumerate(split(text, limit)):
        if ahead is not None:
            yield ahead
        ahead = Chunk(key, piece, start, i == 0, False)
        start += len(piece)
    yield replace(ahead, last=True)


def batches(pieces, size: int = BATCH_CHUNKS, chars: int = BATCH_CHARS):
    """``pieces`` (chunks) in lists of at most ``size``, and of ``chars`` characters unless one alone is longer."""
    batch, length = [], 0
    for chunk in pieces:
        if batch and (len(batch) == size or length + len(chunk.text) > chars):
            yield batch
            batch, length = [], 0
        batch.append(chunk)
        length += len(chunk.text)
    if batch:
        yield batch


def extract_batch(batch: list[Chunk]) -> list[Found]:
    """Parse the chunks of ``batch`` that hold quotation marks, and extract their quotations."""
    nlp, lexicon = _worker
    spans = [extraction.quoted(chunk.text, headline=chunk.first) for chunk in batch]
    parsed = iter(nlp.pipe([c.text for c, s in zip(batch, spans) if s], batch_size=len(batch)))
    found = []
    for chunk, chunk_spans in zip(batch, spans):
        result = Found(chunk.key, chunk.last)
        found.append(result)
        if not chunk_spans:
            continue
        doc = next(parsed)
        try:
            quotations = extraction.extract(doc, chunk_spans)
            result.forms = [variants.form(doc, q.start, q.end, lexicon) for q in quotations]
        except Exception as exc:  # a bug met on one article must not cost the batch the others
            result.error = f"extraction failed: {exc!r}"
            continue
        result.quotations = [_shifted(q, chunk.start) for q in quotations]
    return found


def _shifted(q: Quotation, offset: int) -> Quotation:
    if not offset:
        return q
    mention = q.attribution.mention
    attribution = replace(q.attribution, mention=mention and (mention[0] + offset, mention[1] + offset))
    return replace(q, start=q.start + offset, end=q.end + offset, attribution=attribution)


def split(text: str, limit: int) -> Iterator[str]:
    """``text`` cut into contiguous chunks of at most ``limit`` characters, one at a time.

    Each chunk ends after a line break when one is in reach, else after a space,
    else at the limit itself; the chunks joined are ``text``.
    """
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = text.rfind("\n", start, end) + 1 or text.rfind(" ", start, end) + 1 or end
        yield text[start:cut]
        start = cut
    yield text[start:]
