"""Did this speaker really say these words? A verdict on claimed words, with the evidence.

- ``verbatim``: the words are a whole quote of the speaker (case, punctuation and quote
  marks aside);
- ``cut``: they are part of a longer quote of the speaker, whose words before and after
  are shown (a dropped "if ..." is visible);
- ``variant``: they render a statement of the speaker in other words (another translation,
  a paraphrase), each outlet's wording shown with what the claim added, removed, substituted;
- ``other_speaker``: the store has the words, or a variant, from someone else only;
- ``not_found``: nothing close; the speaker's nearest quotes are shown with their similarity.

Without a speaker the verdict is on anyone's quotes, and the evidence says who said them.
"""
import sqlite3
from dataclasses import asdict, dataclass

from quotes.check import store
from quotes.check.statement import Statements
from quotes.check.wording import Comparison, compare, segments
from quotes.lookup import speaker_ids

FOUND = ("verbatim", "cut", "variant")
VERDICTS = (*FOUND, "other_speaker", "not_found")
RELATIONS = (*FOUND, "nearest")
NEAREST = 3  # quotes shown when nothing is close
SHOWN = 20  # evidence shown at most, the best first


@dataclass
class Match:
    """One piece of evidence: a stored quote, how it relates to the claim, and how it differs."""

    row: store.Row
    relation: str  # verbatim, cut, variant or nearest
    comparison: Comparison

    def as_dict(self) -> dict:
        r = self.row
        return {"quote": r.text, "speaker": r.speaker, "outlet": r.outlet, "published": r.published,
                "url": r.url, "similarity": self.comparison.similarity, "relation": self.relation,
                "differences": asdict(self.comparison.differences)}


@dataclass
class Verdict:
    verdict: str
    speaker: str | None  # the speaker checked, or who said the words
    matches: list[Match]

    @property
    def found(self) -> bool:
        return self.verdict in FOUND

    def as_dict(self) -> dict:
        return {"verdict": self.verdict, "speaker": self.speaker, "matches": [m.as_dict() for m in self.matches]}


def check(conn: sqlite3.Connection, claim: str, speaker: str | None = None,
          statements: Statements | None = None) -> Verdict:
    """The verdict on ``claim`` as words of ``speaker`` (of anyone when None), best evidence
    first: the speaker's before others', closer relations, more similar words, earlier dates.
    ``statements`` (the language model) is loaded only when no exact match settles it."""
    runs = segments(claim)
    if not runs:
        raise ValueError(f"nothing to check in {claim!r}: give at least one word")
    ids = speaker_ids(conn, speaker) if speaker is not None else None
    ours = (lambda row: True) if ids is None else (lambda row: row.speaker_id in ids)
    found = _exact(conn, claim, runs, ids)
    nearest = []
    if not any(ours(m.row) for m in found):
        more, nearest = _variants(conn, claim, ids, statements or Statements(), {m.row.quote_id for m in found})
        found += more
    found += _renderings(conn, claim, found)
    found, contradicted = _contradicted(found)
    nearest += contradicted
    found.sort(key=lambda m: (not ours(m.row), RELATIONS.index(m.relation), -m.comparison.similarity,
                              m.row.published or "~", m.row.quote_id))
    if found and ours(found[0].row):
        verdict = found[0].relation
    else:
        verdict = "other_speaker" if found else "not_found"
    if verdict == "not_found":
        found = sorted((m for m in nearest if ours(m.row)), key=lambda m: -m.comparison.similarity)[:NEAREST]
    if ids is None:
        name = found[0].row.speaker if found and verdict != "not_found" else None
    else:
        name = found[0].row.speaker if verdict in FOUND else store.speaker_name(conn, ids) or speaker
    return Verdict(verdict, name, found[:SHOWN])


def _exact(conn, claim: str, runs, ids) -> list[Match]:
    """Quotes holding every run of the claimed words, in order: verbatim or cut."""
    query = store.phrase_query([[w.text for w in run] for run in runs])
    out = []
    for row in store.candidates(conn, query, ids, ranked=False):
        comparison = compare(claim, row.text)
        if comparison.exact:
            out.append(Match(row, comparison.exact, comparison))
    return out


def _variants(conn, claim: str, ids, statements: Statements, seen: set[int]) -> tuple[list[Match], list[Match]]:
    """Quotes sharing content words with the claim that render its statement, and the
    others, as the nearest quotes."""
    parsed = statements.claim(claim)
    if not parsed.query:
        return [], []
    variants, nearest = [], []
    for row in store.candidates(conn, parsed.query, ids, ranked=True):
        if row.quote_id in seen:
            continue
        comparison = compare(claim, row.text)
        same = statements.same(parsed, row)
        (variants if same else nearest).append(Match(row, "variant" if same else "nearest", comparison))
    return variants, nearest


def _renderings(conn, claim: str, found: list[Match]) -> list[Match]:
    """The other stored renderings of the statements found: each outlet's wording."""
    statement_ids = sorted({m.row.statement_id for m in found if m.row.statement_id is not None})
    seen = {m.row.quote_id for m in found}
    return [Match(row, "variant", compare(claim, row.text))
            for row in store.renderings(conn, statement_ids) if row.quote_id not in seen]


def _contradicted(found: list[Match]) -> tuple[list[Match], list[Match]]:
    """Variants set apart as nearest quotes when a rendering of their statement says "not"
    where the claim does not, or the reverse, and no rendering has the claim's exact words."""
    def key(m: Match):
        return m.row.statement_id if m.row.statement_id is not None else -m.row.quote_id

    exact = {key(m) for m in found if m.relation != "variant"}
    flipped = {key(m) for m in found if m.comparison.negation_changed} - exact
    kept = [m for m in found if m.relation != "variant" or key(m) not in flipped]
    return kept, [Match(m.row, "nearest", m.comparison) for m in found if m not in kept]
