"""What the statement linker keeps of the store from one article to the next.

The document frequency of each token it looked up in the lemma index, the mentions of each
speaker and the stored quotes it read (which linking does not change): they are brought up
to date with the quotes stored since the last run (each read once), so that one article's
linking asks the store only about words, speakers and quotes it has not met yet. In a store
of few quotes (a new one, most often) the whole vocabulary is read at the start and kept up
to date, so no word is looked up at all. When the store lost quotes since (an article replaced), many
were stored by others, or a new quote holds characters whose tokens cannot be told here,
all is forgotten and read again.
"""
from array import array

from sqlalchemy.engine import Connection

FORGET = 5000  # quotes stored since the last run past which all is read again rather than counted in
KEEP = 50_000  # stored quotes kept at most (past it, they are read again)
WHOLE = 20_000  # quotes in a store up to which the index's whole vocabulary is read at once
TIDY = 0.1, 200  # share of the store (and quotes at least) stored since the lemma index was tidied


class Memory:
    """Token -> in how many quotes (words or context) it appears (every token of the index,
    if ``whole``: one not there is in none); speaker -> mentions, and name and type; quote
    id -> its speaker (every quote), and the quote as linking reads it
    (quotes.statements.reader.Stored)."""

    def __init__(self):
        self.df: dict[str, int] = {}
        self.whole = False
        self.mentions: dict[int, tuple[str, ...]] = {}
        self.quotes: dict[int, tuple] = {}
        self.speakers: dict[int, tuple[str, str | None]] = {}  # speaker id -> name, type
        self.spoken = array("q")  # quote id -> its speaker id (0: none), every quote of the store
        self._count: int | None = None  # quotes in the store, and the highest id, when last seen
        self._top = 0
        self._tidied = 0  # quotes in the store when the lemma index was last tidied

    def catch_up(self, conn: Connection, lemmas, lost: bool) -> int:
        """Count the quotes stored since the last call into what is known (or forget all if
        ``lost``: quotes were deleted); the number of quotes in the store. ``lemmas`` is the
        store's lemma index (quotes.lemmas)."""
        count, top = conn.exec_driver_sql("select count(*), coalesce(max(id), 0) from quote").one()
        lost = lost or self._count is None or not 0 <= count - self._count <= FORGET
        added = [] if lost else conn.exec_driver_sql(
            "select id, norm, context, speaker_id from quote where id > ?", (self._top,)).all()
        if lost or count != self._count + len(added) or not self._add(added, lemmas.tokens_of):
            self.mentions.clear()
            self.quotes.clear()
            self.speakers.clear()
            self.spoken = array("q")
            self._note(conn.exec_driver_sql("select id, speaker_id from quote").all())
            self.whole = count <= WHOLE
            self.df = lemmas.vocabulary() if self.whole else {}
        elif len(self.quotes) > KEEP:
            self.quotes.clear()
        self._count, self._top = count, top
        return count

    def untidy(self, count: int) -> bool:
        """Whether the lemma index is due to be tidied, with ``count`` quotes stored
        (``TIDY`` of them since it last was); if so, it is counted as tidied."""
        if count - self._tidied < max(TIDY[0] * count, TIDY[1]):
            return False
        self._tidied = count
        return True

    def _add(self, added: list, tokens_of) -> bool:
        """Count ``added`` quotes (id, norm, context, speaker id) in; False if one's tokens are unknown."""
        found = [tokens_of(f"{norm or ''} {context or ''}") for _, norm, context, _ in added]
        if any(tokens is None for tokens in found):
            return False
        for tokens in found:
            for token in tokens if self.whole else [t for t in tokens if t in self.df]:
                self.df[token] = self.df.get(token, 0) + 1
        for *_, speaker_id in added:
            self.mentions.pop(speaker_id, None)
        self._note([(quote_id, speaker_id) for quote_id, *_, speaker_id in added])
        return True

    def _note(self, rows: list) -> None:
        """Note the speaker of each quote of ``rows`` (id, speaker id)."""
        spoken = self.spoken
        for quote_id, speaker_id in rows:
            if quote_id >= len(spoken):
                spoken.extend([0] * (quote_id + 1 - len(spoken)))
            spoken[quote_id] = speaker_id or 0
