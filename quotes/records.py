"""The stored quotes of an article as the JSON lines of `quotes extract --jsonl`."""
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from quotes.models import Article, Quote, Speaker, SpeakerAlias
from quotes.people import surname


def quote_records(engine: Engine, key: str) -> list[dict]:
    """The stored quotes of one article, as the JSON lines of `quotes extract --jsonl`."""
    with Session(engine) as session:
        rows = session.exec(
            select(Quote, Article, Speaker)
            .join(Article, Quote.article_id == Article.id)
            .join(Speaker, Quote.speaker_id == Speaker.id, isouter=True)
            .where(Article.key == key)
            .order_by(Quote.start)
        ).all()
        names = {s.id: _known_as(session, s) for _, _, s in rows if s is not None}
        return [_record(q, a, s, names.get(s.id) if s else None) for q, a, s in rows]


def _known_as(session: Session, speaker: Speaker) -> str:
    """The full name of the one person the store knows by a surname alone ("Obama" in one
    article, "Barack Obama" in another), else the speaker's own name."""
    if speaker.type != "person" or surname(speaker.name) is not None:
        return speaker.name
    full = set(session.exec(select(Speaker.name).join(SpeakerAlias).where(
        SpeakerAlias.alias == speaker.name, Speaker.type == "person", Speaker.name != speaker.name)))
    return full.pop() if len(full) == 1 else speaker.name


def _record(quote: Quote, article: Article, speaker: Speaker | None, name: str | None) -> dict:
    mention = [quote.mention_start, quote.mention_end] if quote.mention_start is not None else None
    return {
        "doc_id": article.doc_id, "start": quote.start, "end": quote.end, "text": quote.text,
        "speaker": name,
        "speaker_type": speaker.type if speaker else None,
        "mention": mention, "mention_text": quote.mention_text,
        "cue": quote.cue, "via": quote.via, "statement": quote.statement_id,
    }
