"""What every reader yields: an Article with its metadata, and Notices about what it passed over."""
import hashlib
import textwrap
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date
from typing import Callable

TITLE_CHARS = 120


class SourceError(Exception):
    """A file or record that holds no article; the message says why ("binary file", "no text"...)."""


@dataclass(frozen=True)
class Metadata:
    """What is known of an article beside its text; any of it may be missing."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    author: str | None = None

    def or_else(self, other: "Metadata") -> "Metadata":
        """These values, each missing one taken from ``other``."""
        return Metadata(**{k: getattr(self, k) or getattr(other, k) for k in self.__dataclass_fields__})


@dataclass(frozen=True)
class Article:
    """One record of one source.

    ``key`` is its identity in the store: its URL, else its path relative to the argument
    it was found under, else its corpus file and record id (``path`` when not given).
    ``doc_id`` names it in `--jsonl` output; ``path`` says where it was read from.
    """

    doc_id: str
    path: str
    text: str
    key: str = ""
    meta: Metadata = field(default_factory=Metadata)

    def __post_init__(self):
        if not self.key:
            object.__setattr__(self, "key", self.path)

    @cached_property
    def hash(self) -> str:
        return text_hash(self.text)

    @property
    def title(self) -> str:
        """The given title, else the first non-empty line, shortened when long."""
        first = next((line.strip() for line in self.text.splitlines() if line.strip()), "")
        return textwrap.shorten(self.meta.title or first.lstrip("# "), TITLE_CHARS, placeholder=" …")


@dataclass(frozen=True)
class Notice:
    """A file or record passed over (``ignored``: not an article type; ``failed``: unreadable),
    or a ``warning`` about an article that was read."""

    where: str
    reason: str
    kind: str = "failed"


def text_hash(text: str, piece: int = 1 << 20) -> str:
    """SHA-256 of the text's UTF-8, encoded a piece at a time (a long text is not held twice)."""
    digest = hashlib.sha256()
    for start in range(0, len(text), piece):
        digest.update(text[start:start + piece].encode("utf-8"))
    return digest.hexdigest()


Report = Callable[[Notice], None]


def with_title(text: str, title: str | None) -> str:
    """The text opening with its headline: ``title`` and a blank line first, unless already
    there (as a Markdown heading too).

    The headline is kept apart from the body's quotes, so a body opening with a short
    quoted paragraph is not taken for a headline.
    """
    if not title or text.lstrip().lstrip("#").lstrip().startswith(title.strip()):
        return text
    return f"{title.strip()}\n\n{text}"
