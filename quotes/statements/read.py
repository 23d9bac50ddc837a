"""Reading statements back: each with its renderings side by side, which article (and outlet)
used which wording, and why each rendering was linked to the others."""
from collections import defaultdict

from sqlalchemy.engine import Engine

RENDERING_COLUMNS = ["statement", "quote", "speaker", "text", "outlet", "doc_id", "via", "linked"]


def statements(engine: Engine, speaker: str | None = None, every: bool = False) -> list[dict]:
    """Statements with their renderings (quotes from several articles, unless ``every``),
    optionally only those where a speaker's name contains ``speaker``."""
    with engine.connect() as conn:
        columns = {row[1] for row in conn.exec_driver_sql("pragma table_info(article)").all()}
        outlet = "article.outlet" if "outlet" in columns else "null"
        rows = conn.exec_driver_sql(
            f"select quote.statement_id, quote.id, quote.text, article.id, article.doc_id, article.title, "
            f"{outlet}, speaker.name, quote.via from quote join article on article.id = quote.article_id "
            "left join speaker on speaker.id = quote.speaker_id where quote.statement_id is not null "
            "order by quote.statement_id, article.doc_id, quote.start").all()
        reasons = _reasons(conn)
        heads = conn.exec_driver_sql(
            "select statement.id, statement.text, speaker.name from statement "
            "left join speaker on speaker.id = statement.speaker_id order by statement.id").all()
    grouped: dict[int, list] = defaultdict(list)
    for row in rows:
        grouped[row[0]].append(row)
    out = []
    for statement_id, text, name in heads:
        members = grouped.get(statement_id, [])
        if not every and len({m[3] for m in members}) < 2:
            continue
        if speaker and not any(m[7] and speaker.lower() in m[7].lower() for m in members):
            continue
        out.append({
            "statement": statement_id, "speaker": name, "text": text,
            "variants": [{"quote": q, "text": t, "doc_id": doc, "title": title, "outlet": source,
                          "speaker": who, "via": via, "links": reasons.get(q, [])}
                         for _, q, t, _, doc, title, source, who, via in members],
        })
    return out


def _reasons(conn) -> dict[int, list[dict]]:
    """Each quote's links: the other quote, the rule and the words that matched."""
    found: dict[int, list[dict]] = defaultdict(list)
    for quote_id, other_id, rule, words in conn.exec_driver_sql(
            "select quote_id, other_id, rule, words from statement_link order by id").all():
        found[quote_id].append({"quote": other_id, "rule": rule, "words": words.split()})
    return found


def rendering_rows(found: list[dict]) -> list[dict]:
    """One row per rendering of each statement, for a table or CSV; ``linked`` says to which
    other rendering it was linked and why ("#12 cut: creating/creation risk")."""
    return [{"statement": s["statement"], "quote": v["quote"], "speaker": v["speaker"] or s["speaker"], "text": v["text"],
             "outlet": v["outlet"] or v["title"], "doc_id": v["doc_id"], "via": v["via"],
             "linked": "; ".join(f"#{link['quote']} {link['rule']}: {' '.join(link['words'])}"
                                 for link in v["links"])}
            for s in found for v in s["variants"]]
