"""Reading statements back: each with its renderings side by side in order of publication,
which article (outlet, date) used which wording, and why each rendering was linked."""
from collections import defaultdict, namedtuple
from contextlib import contextmanager
from datetime import date

_Member = namedtuple("_Member", "statement_id id text article_id doc_id title outlet published url name via")
# Statements quoted in more than one article.
_SEVERAL_ARTICLES = ("select statement_id from quote where statement_id is not null "
                     "group by statement_id having count(distinct article_id) > 1")
RENDERING_COLUMNS = ["statement", "quote", "speaker", "text", "doc_id", "outlet", "published", "url", "via",
                     "linked"]


def statements(source, speaker: str | None = None, every: bool = False, articles=None) -> list[dict]:
    """Statements with their renderings in order of publication (quotes from several articles,
    unless ``every``), optionally only those where a speaker's name contains ``speaker`` and
    those with a rendering in ``articles`` (a quotes.lookup.Articles: dates, outlet).

    ``source`` is a SQLAlchemy engine or connection, or a sqlite3 connection (which spares
    a short read the import of SQLAlchemy). Only the statements shown are read, through
    the index on quote.statement_id."""
    with _connected(source) as conn:
        shown = "select id from statement" if every else \
            ",".join(str(row[0]) for row in _all(conn, _SEVERAL_ARTICLES)) or "null"
        rows = [_Member(*row) for row in _all(conn,
            "select quote.statement_id, quote.id, quote.text, article.id, article.doc_id, article.title, "
            "article.outlet, article.published, article.url, speaker.name, quote.via from quote "
            "join article on article.id = quote.article_id left join speaker on speaker.id = quote.speaker_id "
            f"where quote.statement_id in ({shown}) order by quote.statement_id, article.published is null, "
            "article.published, article.doc_id, quote.start")]
        reasons = _reasons(conn, shown)
        heads = _all(conn,
            "select statement.id, statement.text, speaker.name from statement "
            f"left join speaker on speaker.id = statement.speaker_id where statement.id in ({shown}) "
            "order by statement.id")
    grouped: dict[int, list] = defaultdict(list)
    for row in rows:
        grouped[row.statement_id].append(row)
    out = []
    for statement_id, text, name in heads:
        members = grouped.get(statement_id, [])
        if speaker and not any(m.name and speaker.lower() in m.name.lower() for m in members):
            continue
        if articles and not any(articles.admit(_day(m.published), m.outlet) for m in members):
            continue
        out.append({
            "statement": statement_id, "speaker": name, "text": text,
            "variants": [{"quote": m[1], "text": m.text, "doc_id": m.doc_id, "title": m.title, "outlet": m.outlet,
                          "published": m.published and str(m.published)[:10], "url": m.url,
                          "speaker": m.name, "via": m.via, "links": reasons.get(m[1], [])}
                         for m in members],
        })
    return out


@contextmanager
def _connected(source):
    if hasattr(source, "connect"):  # a SQLAlchemy engine
        with source.connect() as conn:
            yield conn
    else:
        yield source


def _all(conn, sql: str) -> list:
    run = getattr(conn, "exec_driver_sql", None) or conn.execute  # SQLAlchemy's or sqlite3's
    return run(sql).fetchall()


def _day(published) -> date | None:
    return date.fromisoformat(str(published)[:10]) if published else None


def _reasons(conn, shown: str) -> dict[int, list[dict]]:
    """Each quote's links (of the statements ``shown`` selects): the other quote, the rule
    and the words that matched."""
    found: dict[int, list[dict]] = defaultdict(list)
    for quote_id, other_id, rule, words in _all(conn,
            "select quote_id, other_id, rule, words from statement_link where quote_id in "
            f"(select id from quote where statement_id in ({shown})) order by id"):
        found[quote_id].append({"quote": other_id, "rule": rule, "words": words.split()})
    return found


def rendering_rows(found: list[dict]) -> list[dict]:
    """One row per rendering of each statement, for a table or CSV; ``linked`` says to which
    other rendering it was linked and why ("#12 cut: creating/creation risk")."""
    return [{"statement": s["statement"], "quote": v["quote"], "speaker": v["speaker"] or s["speaker"],
             **{c: v[c] for c in ("text", "doc_id", "outlet", "published", "url", "via")},
             "linked": "; ".join(f"#{link['quote']} {link['rule']}: {' '.join(link['words'])}"
                                 for link in v["links"])}
            for s in found for v in s["variants"]]
