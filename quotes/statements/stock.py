"""Stock phrases: words a speaker says in many statements.

A cut ("radical Islamic terrorism", "pay their fair share") found inside a longer quote of
the same speaker links the two only while the speaker is quoted saying all of the cut's words
(as themselves or relatives) in fewer than ``STOCK`` other articles, not counting the two
quotes' own articles and the renderings of about their length linked to them. Past that, the words are a
phrase the speaker repeats, which tells nothing about which statement the cut was taken
from. The test is made when a cut is linked and again whenever the speaker is quoted saying
the words once more, so a link made before the phrase became a stock phrase is undone then,
and the statements come out alike whatever the order the articles arrived in.
"""
from sqlalchemy.engine import Connection

from quotes.lemmas import lemma_index
from quotes.statements.compare import ALIKE
from quotes.statements.words import query_term

STOCK = 2  # other articles quoting a speaker saying a cut's words, that make them a stock phrase


def is_stock(conn: Connection, speaker_id: int | None, words: tuple[str, ...], pair: tuple[int, int]) -> bool:
    """Whether the speaker says all of ``words`` (or their relatives) in ``STOCK`` articles
    or more besides those of the ``pair`` of quotes and their renderings."""
    terms = [t for t in map(query_term, words) if t]
    if speaker_id is None or not terms:
        return False
    skip = set(pair) | _renderings(conn, pair)
    own = {a for (a,) in conn.exec_driver_sql("select article_id from quote where id in (?, ?)", pair).all()}
    said = lemma_index(conn).said_by(terms, speaker_id)
    return len({article for quote, article in said if quote not in skip and article not in own}) >= STOCK


def _renderings(conn: Connection, pair: tuple[int, int]) -> set[int]:
    """The quotes linked to either of ``pair`` as a rendering of about its length."""
    rows = conn.exec_driver_sql(
        "select a.id, a.norm, b.id, b.norm from statement_link join quote a on a.id = statement_link.quote_id "
        "join quote b on b.id = statement_link.other_id where a.id in (?, ?) or b.id in (?, ?)", pair + pair).all()
    return {i for a, norm_a, b, norm_b in rows if not _cut(norm_a, norm_b) for i in (a, b)}


def _cut(norm_a: str | None, norm_b: str | None) -> bool:
    """Whether one of two quotes (by their stored words) is a cut of the other."""
    sizes = sorted(len(set((n or "").split())) for n in (norm_a, norm_b))
    return sizes[1] > ALIKE * sizes[0]


def said_again(conn: Connection, speaker_id: int | None,
               words: tuple[str, ...]) -> list[tuple[int, tuple[int, int], tuple[str, ...]]]:
    """The speaker's cut links (id, its two quotes, words found) whose words found are all
    among ``words``, just said again: the links to test again."""
    if speaker_id is None:
        return []
    said = set(words)
    rows = conn.exec_driver_sql(  # the speaker's links found through the indexes, not by reading all links
        "select statement_link.id, a.id, b.id, statement_link.words, a.norm, b.norm from statement_link "
        "join quote a on a.id = statement_link.quote_id join quote b on b.id = statement_link.other_id "
        "where statement_link.id in (select l.id from quote q join statement_link l on l.quote_id = q.id "
        "where q.speaker_id = ? union select l.id from quote q join statement_link l on l.other_id = q.id "
        "where q.speaker_id = ?) and statement_link.rule != 'verbatim'",
        (speaker_id, speaker_id)).all()
    again = []
    for link_id, a, b, described, norm_a, norm_b in rows:
        found = found_words(described)
        if found and set(found) <= said and _cut(norm_a, norm_b):
            again.append((link_id, (a, b), found))
    return again


def found_words(described: str) -> tuple[str, ...]:
    """The words of the shorter quote found as themselves or relatives in a link's stored
    words ("creating/creation risk firm=strong [context]" -> creating, risk)."""
    return tuple(sorted(w.split("/")[0] for w in described.split() if not w.startswith("[") and "=" not in w))
