"""The store's tables, as SQLModel classes; Alembic migrations in migrations/ create them."""
from datetime import date, datetime, timezone

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

# Named constraints let SQLite batch migrations find and alter them later.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

def _now() -> datetime:
    return datetime.now(timezone.utc)


class Article(SQLModel, table=True):
    """One record of one source, known by ``key``: its URL, else its path relative to the
    argument it was found under, else its corpus file and record id (None for articles stored
    before keys existed, until a run reads them again). Articles sharing a text (a wire story
    in several outlets) share its ``hash``, and are parsed once."""

    id: int | None = Field(default=None, primary_key=True)
    key: str | None = Field(default=None, unique=True, index=True)
    hash: str = Field(index=True)
    doc_id: str = Field(index=True)
    path: str
    title: str
    text: str
    outlet: str | None = Field(default=None, index=True)
    url: str | None = None
    published: date | None = Field(default=None, index=True)
    author: str | None = None
    extracted_at: datetime = Field(default_factory=_now)


class Speaker(SQLModel, table=True):
    """A canonical speaker: a person, organization, anonymous source or media outlet."""

    __table_args__ = (UniqueConstraint("name", "type"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    type: str
    first_key: str | None = Field(default=None, index=True)  # a person's first and last name,
    last_key: str | None = Field(default=None, index=True)  # as aliases.name_key, for lookups


class SpeakerAlias(SQLModel, table=True):
    """A surface form a speaker was named by ("Xi", "President Xi Jinping")."""

    __tablename__ = "speaker_alias"
    __table_args__ = (UniqueConstraint("speaker_id", "alias"),)

    id: int | None = Field(default=None, primary_key=True)
    speaker_id: int = Field(foreign_key="speaker.id", index=True, ondelete="CASCADE")
    alias: str = Field(index=True)
    key: str | None = Field(default=None, index=True)  # the alias as aliases.name_key, for lookups


class Statement(SQLModel, table=True):
    """One underlying statement; its quotes are the renderings of it across articles."""

    id: int | None = Field(default=None, primary_key=True)
    speaker_id: int | None = Field(default=None, foreign_key="speaker.id", index=True)
    text: str


class Quote(SQLModel, table=True):
    """A direct quotation: character offsets into its article's text, speaker and channel."""

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    speaker_id: int | None = Field(default=None, foreign_key="speaker.id", index=True)
    statement_id: int | None = Field(
        default=None, foreign_key="statement.id", index=True, ondelete="SET NULL"
    )
    start: int
    end: int
    text: str
    cue: str | None = None
    via: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    mention_text: str | None = None
    norm: str | None = None  # content lemmas, lexicon variants unified (quotes.variants)
    context: str | None = None  # the same for the words around the quote in its sentence
    negated: str | None = None  # those of its words said under a negation


class StatementLink(SQLModel, table=True):
    """Why two quotes were found to render one statement (quotes.statements.compare)."""

    __tablename__ = "statement_link"

    id: int | None = Field(default=None, primary_key=True)
    quote_id: int = Field(foreign_key="quote.id", index=True, ondelete="CASCADE")
    other_id: int = Field(foreign_key="quote.id", index=True, ondelete="CASCADE")
    rule: str  # cut, verbatim or context
    words: str  # the words that matched, "creating/creation" for relatives


class StatementRegroup(SQLModel, table=True):
    """A statement that lost renderings (their article was replaced) and must be regrouped."""

    __tablename__ = "statement_regroup"

    statement_id: int = Field(primary_key=True)
