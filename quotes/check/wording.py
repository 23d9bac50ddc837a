"""How claimed words compare with a stored quote, word by word: pure functions, no store.

Words are compared as the search index sees them: lower case, accents, punctuation and
quote-mark style aside. An ellipsis ("...", "…", "[...]") in the claim stands for words
left out openly, so "If the United States persists ... we will not stand idly by" is a cut.
The claim is aligned with the stretch of the quote that matches it best (the most words
matched, the fewest changed), so a claim taken from the end of a long quote is compared with
that end, what comes before and after it being what was cut; inside the stretch difflib
groups what differs into words added, removed and substituted. Edit-distance libraries
(edlib, rapidfuzz) would find the stretch by the fewest edits, which leaves a claim's tail
unmatched rather than bridge a clause the claim dropped.
"""
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from importlib.resources import files

ELLIPSIS = re.compile(r"\[\s*(?:\.\s*){3}\]|\[…\]|(?:\.\s*){3}|…")
WORD = re.compile(r"[^\W_]+")
MATCH, EDIT = 2, 1  # alignment scores: a word matched counts for, a word added, dropped or changed against
NEGATIONS = frozenset(
    line.strip() for line in files("quotes.data").joinpath("negations.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#"))


@dataclass(frozen=True)
class Word:
    text: str  # lower case, accents removed
    start: int  # offsets into the original text
    end: int


@dataclass
class Differences:
    """What the claim changes in a quote: the quote's words before and after the claimed
    stretch (what a cut left out), and inside it words added, removed and substituted."""

    before: str = ""
    after: str = ""
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    substituted: list[list[str]] = field(default_factory=list)  # [the quote's words, the claim's]


@dataclass
class Comparison:
    """A quote against a claim. ``exact`` is "verbatim" when the claim is the whole quote,
    "cut" when every claimed word is found in order inside it (ellipses aside), else None.
    ``similarity``: the share of words the claim and the quote's stretch have in common."""

    exact: str | None
    similarity: float
    differences: Differences
    negation_changed: bool  # the claim has more or fewer "not", "never"... than the quote


def words(text: str) -> list[Word]:
    """The words of ``text`` with their offsets, as the full-text index tokenises them."""
    return [Word(_plain(m.group()), m.start(), m.end()) for m in WORD.finditer(text)]


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).lower()


def segments(claim: str) -> list[list[Word]]:
    """The claim's runs of words between ellipses (offsets into ``claim``)."""
    out, start = [], 0
    for gap in [*ELLIPSIS.finditer(claim), None]:
        end = gap.start() if gap else len(claim)
        run = [Word(w.text, w.start + start, w.end + start) for w in words(claim[start:end])]
        if run:
            out.append(run)
        start = gap.end() if gap else end
    return out


def compare(claim: str, quote: str) -> Comparison:
    """How ``quote`` renders ``claim``: each run of claimed words set against the stretch of
    the quote that matches it best, in order; the quote's words between runs are elided."""
    theirs = words(quote)
    diff, elided, position = Differences(), [], 0
    counts = {"matched": 0, "claimed": 0, "stretch": 0, "ours": 0, "theirs": 0}
    first = last = None
    for number, run in enumerate(segments(claim)):
        begin, end = _stretch(run, theirs, position)
        if number and begin > position:
            elided.append(_text(quote, theirs[position:begin]))
        _differences(diff, counts, claim, quote, run, theirs[begin:end])
        first = begin if first is None else first
        last, position = end, max(end, position)
    if not counts["matched"]:  # nothing in common (an idiom of the lexicon): one said instead of the other
        return Comparison(None, 0.0, Differences(substituted=[[quote.strip(), claim.strip()]]), False)
    exact = None
    if not (diff.added or diff.removed or diff.substituted):
        exact = "cut" if elided or first > 0 or last < len(theirs) else "verbatim"
    diff.removed += elided
    diff.before = _words_only(quote[:theirs[first].start])
    diff.after = _words_only(quote[theirs[last - 1].end:])
    similarity = 2 * counts["matched"] / (counts["claimed"] + counts["stretch"])
    return Comparison(exact, round(similarity, 2), diff, counts["ours"] != counts["theirs"])


def _stretch(run: list[Word], theirs: list[Word], offset: int) -> tuple[int, int]:
    """Where in ``theirs[offset:]`` the words of ``run`` are found best, in order: the most
    matched, the fewest added, dropped or changed; the words around the stretch are free."""
    n, m = len(run), len(theirs) - offset
    score = [0] * (m + 1)  # row i of the table: the best score of run[:i] ending at quote word j
    begin = list(range(offset, offset + m + 1))  # where that alignment's stretch begins
    for i in range(1, n + 1):
        row, starts = [-EDIT * i] + [0] * m, [offset] * (m + 1)
        for j in range(1, m + 1):
            options = ((score[j - 1] + _pair(run[i - 1], theirs[offset + j - 1]), begin[j - 1]),
                       (row[j - 1] - EDIT, starts[j - 1]), (score[j] - EDIT, begin[j]))
            row[j], starts[j] = max(options, key=lambda o: o[0])
        score, begin = row, starts
    end = max(range(m + 1), key=lambda k: (score[k], k))  # of equal ends, the fuller stretch
    return min(begin[end], offset + end), offset + end


def _pair(a: Word, b: Word) -> int:
    return MATCH if a.text == b.text else -EDIT


def _differences(diff: Differences, counts: dict, claim: str, quote: str, run: list[Word], stretch: list[Word]) -> None:
    """Add what ``run`` adds, removes and substitutes in the quote's ``stretch`` (difflib's
    blocks: the longest runs of words in common first)."""
    blocks = SequenceMatcher(None, [w.text for w in stretch], [w.text for w in run], autojunk=False).get_opcodes()
    for tag, i, j, k, m in blocks:
        ours, theirs = run[k:m], stretch[i:j]
        if tag == "equal":
            counts["matched"] += j - i
        elif tag == "replace":
            diff.substituted.append([_text(quote, theirs), _text(claim, ours)])
        elif tag == "delete":
            diff.removed.append(_text(quote, theirs))
        else:
            diff.added.append(_text(claim, ours))
    inner = [b for n, b in enumerate(blocks) if b[0] != "insert" or 0 < n < len(blocks) - 1]
    counts["ours"] += _negations([w for _, _, _, k, m in inner for w in run[k:m]])
    counts["theirs"] += _negations(stretch)
    counts["claimed"] += len(run)
    counts["stretch"] += len(stretch)


def _negations(found: list[Word]) -> int:
    return sum(w.text in NEGATIONS for w in found)


def _text(source: str, found: list[Word]) -> str:
    return source[found[0].start:found[-1].end]


def _words_only(text: str) -> str:
    """``text`` stripped, or nothing when it holds no word (a trailing comma)."""
    return text.strip() if WORD.search(text) else ""


def describe(diff: Differences) -> str:
    """The differences in one line, for a table or CSV cell."""
    parts = [f"before: “{diff.before}”"] if diff.before else []
    parts += [f"after: “{diff.after}”"] if diff.after else []
    parts += [f"substituted: “{a}” → “{b}”" for a, b in diff.substituted]
    parts += [f"added: “{a}”" for a in diff.added]
    parts += [f"removed: “{r}”" for r in diff.removed]
    return "; ".join(parts)
