"""Linking quotes across articles into statements: the renderings of one thing said.

Two quotes from different articles render one statement when their words agree, by one of
these rules (see :func:`reason`), and their speakers do not rule it out:

- ``cut``: nearly all the content words of one appear in the other, as a shorter cut of
  longer words or a translation variant of them ("impassable red line" / "the first
  insurmountable red line"). Two words are enough against a short quote when the speakers
  agree or the context of the cut supports it, three against a longer one; an idiom of the
  lexicon counts as three words;
- ``verbatim``: one, five words or more, appears nearly word for word inside the other
  (rapidfuzz's partial ratio), even when its content words are too few or too common;
- ``context``: a fragment's words appear in the other quote together with the words just
  around it ("launched an endless stream of measures to suppress" China's "trade and
  technology" / "suppress China's trade and technology development").

Words agree when equal after normalisation (:mod:`quotes.variants`), when one is the other
with a suffix ("creating" / "creation"), or when rapidfuzz finds them spelt nearly alike.
A statement is a connected group of such links, so the groups do not depend on the order
in which articles arrive; its canonical text is the fullest rendering.
"""
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from quotes.models import Article, Quote, Speaker, Statement
from quotes.storage import writer
from quotes.variants import CONCEPT, Form, Variants

CUT_COVER = 0.8  # share of the shorter quote's words found in the longer one
CONTEXT_COVER = 0.8  # share of a fragment's words found in the other quote and its context
SPELLING = 85  # rapidfuzz ratio of two words spelt alike ("defence" / "defense")
NEAR_IDENTICAL = (0.9, 6)  # cover and weight needed when the speakers differ
SHORT = 5  # words of a quote against which a two-word cut may count
VERBATIM = (95, 5)  # partial ratio of the plain texts, and words of the shorter one
COMMON_MIN, COMMON_SHARE = 50, 0.05  # a word in more renderings than both is not looked up


@dataclass
class Rendering:
    """A stored quote as the linker sees it."""

    quote_id: int
    article_id: int
    statement_id: int | None
    speaker_id: int | None
    speaker: str | None
    speaker_type: str | None
    via: str | None
    text: str
    form: Form


# --- comparing two renderings

@lru_cache(maxsize=1 << 18)
def _near(word: str, alike: tuple[str, ...]) -> bool:
    """Whether a word is one of ``alike`` (words beginning as it does) with a suffix, or spelt
    nearly alike; words that do not begin alike ("responsible" / "irresponsible") never are."""
    if process.extractOne(word, alike, scorer=fuzz.ratio, score_cutoff=SPELLING):
        return True
    return any(min(len(word), len(o)) >= 6 and _common_prefix(word, o) >= min(len(word), len(o)) - 1
               for o in alike if o[:5] == word[:5])


@lru_cache(maxsize=1 << 14)
def _by_beginning(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Plain words (no lexicon groups) by their first two letters."""
    found = defaultdict(list)
    for word in sorted(words):
        if not word.startswith(CONCEPT):
            found[word[:2]].append(word)
    return {k: tuple(v) for k, v in found.items()}


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def cover(words: tuple[str, ...], others: tuple[str, ...], variants: Variants) -> tuple[float, int]:
    """The weighted share of ``words`` found in ``others``, and the weight found."""
    theirs = frozenset(others)
    beginning = _by_beginning(theirs)
    total = found = 0
    for word in set(words):
        weight = variants.weight(word)
        total += weight
        alike = None if word.startswith(CONCEPT) else beginning.get(word[:2])
        if word in theirs or alike and _near(word, alike):
            found += weight
    return (found / total if total else 0.0), found


def speakers_agree(a: Rendering, b: Rendering, variants: Variants) -> bool | None:
    """True for one speaker (or a person and the institution speaking for them), False for two
    different known speakers, None when either is unknown or anonymous."""
    if not a.speaker or not b.speaker or "anonymous" in (a.speaker_type, b.speaker_type):
        return None
    x, y = a.speaker.lower(), b.speaker.lower()
    surname = _surname(a)
    if x == y or (surname and surname == _surname(b)):
        return True
    if (a.via and y in a.via.lower()) or (b.via and x in b.via.lower()):
        return True
    return variants.related_speakers(x, y)


def _surname(r: Rendering) -> str | None:
    return r.speaker.lower().split()[-1] if r.speaker_type == "person" else None


def reason(a: Rendering, b: Rendering, variants: Variants) -> str | None:
    """Why ``a`` and ``b`` render one statement ("cut", "verbatim" or "context"), or None."""
    if a.article_id == b.article_id or not a.form.words or not b.form.words:
        return None
    agree = speakers_agree(a, b, variants)
    cuts = [cover(x.form.words, y.form.words, variants) for x, y in ((a, b), (b, a))]
    share, weight = max(cuts)
    if agree is False:
        return "cut" if share >= NEAR_IDENTICAL[0] and weight >= NEAR_IDENTICAL[1] else None
    longest = max(len(set(a.form.words)), len(set(b.form.words)))
    if share >= CUT_COVER and (weight >= 3 or weight == 2 and longest <= SHORT
                               and (agree or _supported(a, b, variants))):
        return "cut"
    if _verbatim(a.text, b.text):
        return "verbatim"
    if agree and any(_context_match(x, y, variants) for x, y in ((a, b), (b, a))):
        return "context"
    return None


def _verbatim(a: str, b: str) -> bool:
    short, long = sorted((_plain(a), _plain(b)), key=len)
    return len(short.split()) >= VERBATIM[1] and fuzz.partial_ratio(short, long) >= VERBATIM[0]


def _plain(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _supported(a: Rendering, b: Rendering, variants: Variants) -> bool:
    """Whether a short cut's context names something of the other rendering beyond the cut."""
    for x, y in ((a, b), (b, a)):
        extra = tuple(w for w in y.form.words if w not in x.form.words)
        if x.form.context and extra and cover(extra, x.form.context, variants)[1]:
            return True
    return False


def _context_match(fragment: Rendering, other: Rendering, variants: Variants) -> bool:
    share, weight = cover(fragment.form.words, other.form.words + other.form.context, variants)
    anchored = cover(fragment.form.words, other.form.words, variants)[1] > 0
    return anchored and share >= CONTEXT_COVER and weight >= 3


# --- the store

class Linker:
    """Links the quotes of newly saved articles to the statements of the store."""

    def __init__(self, engine: Engine, variants: Variants):
        self.engine, self.variants = engine, variants
        self.renderings: dict[int, Rendering] = {}
        self.by_word: dict[str, set[int]] = defaultdict(set)
        self.by_context: dict[str, set[int]] = defaultdict(set)

    def link(self) -> None:
        """Give every stored quote that has none a statement, merging the statements it joins.

        Runs holding the store's write lock, after catching up with what other processes
        stored meanwhile, so concurrent runs group statements as one run would; quotes
        a killed run stored without linking are linked by the next.
        """
        with Session(writer(self.engine)) as session:
            touched = self._sync(session)
            for statement_id in touched:
                self._regroup(session, statement_id)
            for rendering in [r for r in self.renderings.values() if r.statement_id is None]:
                touched |= self._attach(session, rendering)
            _drop_empty(session)
            session.flush()
            for statement_id in touched:
                self._refresh(session, statement_id)
            session.commit()

    def _sync(self, session: Session) -> set[int]:
        """Catch up with the store; the statements that lost renderings (replaced articles)."""
        current = dict(session.exec(select(Quote.id, Quote.statement_id)).all())
        lost = set()
        for quote_id in [i for i in self.renderings if i not in current]:
            lost.add(self.renderings[quote_id].statement_id)
            self._unindex(self.renderings[quote_id])
        for rendering in self.renderings.values():
            rendering.statement_id = current[rendering.quote_id]
        new = [i for i in current if i not in self.renderings]
        if new:
            for rendering in _renderings(session, since=min(new)):
                self._index(rendering)
        return lost - {None}

    def _attach(self, session: Session, new: Rendering) -> set[int]:
        linked = {other.statement_id for other in self._candidates(new)
                  if other.statement_id is not None and reason(new, other, self.variants)}
        if not linked:
            statement = Statement(text=new.text, speaker_id=new.speaker_id)
            session.add(statement)
            session.flush()
            self._assign(session, [new], statement.id)
            return {statement.id}
        keep = min(linked)
        members = [r for r in self.renderings.values() if r.statement_id in linked - {keep}]
        self._assign(session, members + [new], keep)
        return {keep}

    def _candidates(self, new: Rendering) -> list[Rendering]:
        """Renderings sharing a word with ``new`` or its context; words too common to tell
        statements apart ("say", a candidate's name in an election) are not looked up."""
        common = max(COMMON_MIN, COMMON_SHARE * len(self.renderings))
        ids = set()
        for word in new.form.words:
            ids |= _rare(self.by_word.get(word), common) | _rare(self.by_context.get(word), common)
        for word in new.form.context:
            ids |= _rare(self.by_word.get(word), common)
        return [self.renderings[i] for i in sorted(ids) if self.renderings[i].article_id != new.article_id]

    def _regroup(self, session: Session, statement_id: int) -> None:
        """Split a statement that lost the renderings joining its parts."""
        members = [r for r in self.renderings.values() if r.statement_id == statement_id]
        groups: list[list[Rendering]] = []
        for r in members:
            joined = [g for g in groups if any(reason(r, o, self.variants) for o in g)]
            merged = [r] + [o for g in joined for o in g]
            groups = [g for g in groups if g not in joined] + [merged]
        for group in groups[1:]:
            statement = Statement(text=group[0].text)
            session.add(statement)
            session.flush()
            self._assign(session, group, statement.id)
            self._refresh(session, statement.id)

    def _assign(self, session: Session, renderings: list[Rendering], statement_id: int) -> None:
        for r in renderings:
            r.statement_id = statement_id
            session.get(Quote, r.quote_id).statement_id = statement_id

    def _refresh(self, session: Session, statement_id: int) -> None:
        """Canonical text (the fullest rendering) and speaker (the most frequent, persons first)."""
        statement = session.get(Statement, statement_id)
        members = [r for r in self.renderings.values() if r.statement_id == statement_id]
        if statement is None or not members:
            return
        statement.text = max(members, key=lambda r: (len(r.form.words), len(r.text))).text
        speakers = Counter((r.speaker_type == "person", r.speaker_id) for r in members if r.speaker_id)
        statement.speaker_id = max(speakers, key=lambda k: (k[0], speakers[k]))[1] if speakers else None

    def _index(self, r: Rendering) -> None:
        self.renderings[r.quote_id] = r
        for word in r.form.words:
            self.by_word[word].add(r.quote_id)
        for word in r.form.context:
            self.by_context[word].add(r.quote_id)

    def _unindex(self, r: Rendering) -> None:
        del self.renderings[r.quote_id]
        for word in r.form.words:
            self.by_word[word].discard(r.quote_id)
        for word in r.form.context:
            self.by_context[word].discard(r.quote_id)


def _rare(ids: set[int] | None, common: float) -> set[int]:
    return ids if ids and len(ids) <= common else set()


def _renderings(session: Session, article_id: int | None = None, since: int | None = None) -> list[Rendering]:
    """The stored quotes of one article, or those from quote id ``since`` on."""
    query = (select(Quote, Speaker).join(Speaker, Quote.speaker_id == Speaker.id, isouter=True)
             .order_by(Quote.id))
    if article_id is not None:
        query = query.where(Quote.article_id == article_id)
    if since is not None:
        query = query.where(Quote.id >= since)
    return [
        Rendering(q.id, q.article_id, q.statement_id, q.speaker_id, s.name if s else None,
                  s.type if s else None, q.via, q.text,
                  Form(tuple((q.norm or "").split()), tuple((q.context or "").split())))
        for q, s in session.exec(query).all()
    ]


def _drop_empty(session: Session) -> None:
    used = select(Quote.statement_id).where(Quote.statement_id.is_not(None))
    for statement in session.exec(select(Statement).where(Statement.id.not_in(used))).all():
        session.delete(statement)


# --- reading statements back

def statements(engine: Engine, speaker: str | None = None, every: bool = False,
               articles=None) -> list[dict]:
    """Statements with their renderings in order of publication (quotes from several articles,
    unless ``every``), optionally only those where a speaker's name contains ``speaker`` and
    those with a rendering in ``articles`` (a quotes.lookup.Articles: dates, outlet)."""
    with Session(engine) as session:
        rows = session.exec(
            select(Quote, Article, Speaker)
            .join(Article, Quote.article_id == Article.id)
            .join(Speaker, Quote.speaker_id == Speaker.id, isouter=True)
            .where(Quote.statement_id.is_not(None))
            .order_by(Quote.statement_id, Article.published.is_(None), Article.published, Article.doc_id, Quote.start)
        ).all()
        grouped: dict[int, list] = defaultdict(list)
        for row in rows:
            grouped[row[0].statement_id].append(row)
        names = dict(session.exec(select(Speaker.id, Speaker.name)).all())
        out = []
        for statement in session.exec(select(Statement).order_by(Statement.id)).all():
            members = grouped.get(statement.id, [])
            if not every and len({a.id for _, a, _ in members}) < 2:
                continue
            if speaker and not any(s and speaker.lower() in s.name.lower() for _, _, s in members):
                continue
            if articles and not any(articles.admit(a.published, a.outlet) for _, a, _ in members):
                continue
            out.append({
                "statement": statement.id, "speaker": names.get(statement.speaker_id),
                "text": statement.text,
                "variants": [{"quote": q.id, "text": q.text, "doc_id": a.doc_id, "title": a.title,
                              "outlet": a.outlet, "published": a.published and a.published.isoformat(),
                              "url": a.url, "speaker": s.name if s else None, "via": q.via}
                             for q, a, s in members],
            })
        return out


RENDERING_COLUMNS = ["statement", "speaker", "text", "doc_id", "outlet", "published", "url", "via"]


def rendering_rows(found: list[dict]) -> list[dict]:
    """One row per rendering of each statement, for a table or CSV."""
    return [{"statement": s["statement"], "speaker": v["speaker"] or s["speaker"],
             **{c: v[c] for c in ("text", "doc_id", "outlet", "published", "url", "via")}}
            for s in found for v in s["variants"]]
