"""Parsing articles of any length: one longer than ``nlp.max_length`` is parsed in
paragraph-aligned chunks joined back into one Doc, its offsets those of the whole text."""
from typing import Iterable, Iterator, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

Context = TypeVar("Context")


def pipe(nlp: Language, items: Iterable[tuple[str, Context]],
         batch_size: int = 16) -> Iterator[tuple[Doc, Context]]:
    """Like ``nlp.pipe(items, as_tuples=True)``, for texts of any length."""
    def pieces():
        for text, context in items:
            chunks = split(text, nlp.max_length)
            for i, chunk in enumerate(chunks):
                yield chunk, (context, i == len(chunks) - 1)

    parts: list[Doc] = []
    for doc, (context, last) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
        parts.append(doc)
        if last:
            yield (parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)), context
            parts = []


def split(text: str, limit: int) -> list[str]:
    """``text`` cut into contiguous chunks of at most ``limit`` characters.

    Each chunk ends after a line break when one is in reach, else after a space,
    else at the limit itself; the chunks joined are ``text``.
    """
    chunks, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        cut = text.rfind("\n", start, end) + 1 or text.rfind(" ", start, end) + 1 or end
        chunks.append(text[start:cut])
        start = cut
    chunks.append(text[start:])
    return chunks
