"""Whether two quotes render one statement, and why: pure functions over two renderings.

Two quotes from different articles render one statement when their content words agree by
one of these rules and nothing rules it out (a quote whose speaker is unknown or anonymous
links only ``verbatim``):

- ``cut``: for one speaker, nearly all the content words of one (weighted by their rarity in the store, IDF)
  are found in the other, as a shorter cut or a translation variant: three words at least
  (two thirds of them for one speaker's quotes of about one length, more than half when
  both are dated, and so within days, when two fifths of the other's are found in it too:
  the reason then says how many days, "(2-days-apart)"), or two against a short quote of
  the same speaker;
- ``cut+context``: most of them, two words at least, for one speaker, when the words around
  both quotes share two telling words more (no names, reporting verbs or common words):
  "Taiwan remained an 'impassable red line' for China" / "Taiwan is 'the first
  insurmountable red line' in China-U.S. relations";
- ``verbatim``: one, five words or more, appears nearly word for word inside the other; for one
  speaker, also ``RUN`` words in a row said word for word in both, common as they are, or a
  quote of ``WHOLE`` words or more said whole in the other (two content words, one rarer);
- ``context``: a fragment's words are found in the other quote together with the words
  just around it ("measures to suppress" China's "trade and technology" / "suppress
  China's trade and technology development"), for one speaker.

A cut of a longer quote (``cut``, ``cut+context``, ``context``, ``verbatim``) needs one
rarer word found, and names do not count among its words. Words are found as
:mod:`quotes.statements.words` says (equal, lexicon groups, relatives, spellings, WordNet
synonyms, phrasal verbs and the verbs they are kinds of; loose synonyms only between two short
quotes); an idiom of the lexicon counts as three words, a phrasal verb as two ("sit_back"). Nothing links a word said with a negation to the same
word said without one ("will allow" / "will never allow"), quotes of two speakers
unless one speaks for the other (as the articles show it: "Foreign Ministry spokeswoman Mao
Ning said"), or quotes published more than ``DAYS_APART`` days apart.
"""
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz import fuzz

from quotes.lexicon import REPORTING_VERBS
from quotes.statements.words import matches, related
from quotes.variants import Form, Variants

CUT_COVER = 0.8  # weighted share of the shorter quote's words found in the longer one
SAME_SPEAKER_COVER = 0.65  # the same, for three words or more of one speaker in quotes of
DATED_COVER = 0.55  # the same, when both are dated (and so within days of each other)
BOTH_WAYS = 0.4  # and then the share of the other's words found in the one
ALIKE = 1.5  # about one length (two translations of one sentence, not a cut of a longer one)
SUPPORTED_COVER = 0.6  # the same for one speaker's quotes whose contexts share two telling words
TELLING = 1.0  # IDF a context word needs to support a link (rarer than in a third of the quotes)
CONTEXT_COVER = 0.75  # share of a fragment's words found in the other quote and its context
SHORT = 5  # content words of a quote against which a two-word cut may count
VERBATIM = (95, 5)  # partial ratio of the plain texts, and words of the shorter one
WHOLE = 3  # words of a quote said whole in another of its speaker's that link it (two content words, one rarer)
RUN = 8  # words said word for word in both that make one speaker's quotes one, common as they are
DAYS_APART = 7  # renderings of one statement appear within days of each other

Weights = Callable[[str], float]


@dataclass
class Rendering:
    """A quote as the comparison sees it: words, speaker and where it was published."""

    quote_id: int
    article_id: int
    text: str
    form: Form
    speaker: str | None = None
    speaker_type: str | None = None
    via: str | None = None
    mentions: tuple[str, ...] = ()  # how articles named the speaker ("ministry spokeswoman X")
    published: date | None = None


@dataclass(frozen=True)
class Link:
    """Why two quotes render one statement: the rule and the words that matched; ``found``
    are the shorter quote's words found as themselves or relatives (not synonyms), and ``cut``
    says whether it is a cut of a longer one (not a rendering of about its length)."""

    rule: str
    words: tuple[str, ...]
    found: tuple[str, ...] = ()
    cut: bool = False

    def __str__(self) -> str:
        return f"{self.rule}: {', '.join(self.words)}"


def compare(a: Rendering, b: Rendering, variants: Variants, idf: Weights | None = None,
            rarity: Weights | None = None) -> Link | None:
    """The link between two renderings of one statement, or None if they are not.

    ``idf`` weighs words for the shares found, ``rarity`` (0 to 1) for how many were found:
    a word found in most quotes of the store ("people", "go") tells little. Both default to
    one for every word."""
    if a.article_id == b.article_id or not a.form.words or not b.form.words:
        return None
    if a.published and b.published and abs((a.published - b.published).days) > DAYS_APART:
        return None
    agree = speakers_agree(a, b)
    if agree is False:
        return None
    weigh = _weigher(variants, idf)
    short, long = sorted((a, b), key=lambda r: (len(set(r.form.words)), r.quote_id, r.text))
    loose = len(set(long.form.words)) <= SHORT  # two short renderings: loose synonyms tell
    found = _unnamed(matches(short.form.words, long.form.words, loose), (a, b))
    if _polarity_differs(found, short.form, long.form) or not _count(found, variants, rarity):
        return None
    cut = len(set(long.form.words)) > ALIKE * len(set(short.form.words))
    link = _same_speaker(short, long, found, cut, weigh, variants, rarity) if agree else None
    if link is None and _cover(short.form.words, found, weigh) >= CUT_COVER / 2 and _word_for_word(
            a.text, b.text, agree, found, _rare(found, variants, rarity)):
        link = Link("verbatim", tuple(sorted(found)))
    for x, y in ((a, b), (b, a)) if agree and link is None else ():
        link = link or _context(x, y, weigh, variants, rarity)
    return link and Link(link.rule, link.words, tuple(sorted(w for w, o in found.items() if w == o or related(w, o))), cut)


def _same_speaker(short: Rendering, long: Rendering, found: dict[str, str], cut: bool, weigh: Weights,
                  variants: Variants, rarity: Weights | None) -> Link | None:
    """``cut`` or ``cut+context`` between two quotes of one speaker. A cut of a longer quote
    needs one rarer word found (not "bad things happen" in any quote saying so), and names
    do not count among its words found: they tell who or where, not what was said."""
    if cut:
        names = _names(short.text) | _names(long.text)
        found = {w: o for w, o in found.items() if w not in names} if _rare(found, variants, rarity) else {}
    share, count = _cover(short.form.words, found, weigh), _count(found, variants, rarity)
    cover = CUT_COVER if cut else DATED_COVER if short.published and long.published else SAME_SPEAKER_COVER
    if count >= 3 and share >= cover or (share >= CUT_COVER and count >= 2 and len(set(long.form.words)) <= SHORT
                                         and _rare(found, variants, rarity)):
        dated = cover == DATED_COVER and share < SAME_SPEAKER_COVER  # linked only for being days apart
        if not dated or _cover(long.form.words, matches(long.form.words, short.form.words), weigh) >= BOTH_WAYS:
            return Link("cut", _described(found) + ((_apart(short, long),) if dated else ()))
    if share >= SUPPORTED_COVER and count >= 2:
        around = _telling(matches(short.form.context, long.form.context), (short, long), weigh)
        if _count(around, variants, rarity) >= 2:
            return Link("cut+context", _described(found) + tuple(f"[{w}]" for w in _described(around)))
    return None


def _apart(a: Rendering, b: Rendering) -> str:
    """How far apart two dated renderings were published, as a link reason says it."""
    days = abs((a.published - b.published).days)
    return "(same-day)" if not days else f"({days}-day{'s' if days > 1 else ''}-apart)"


def speakers_agree(a: Rendering, b: Rendering) -> bool | None:
    """True for one speaker (or one speaking for the other), False for two different known
    speakers, None when either is unknown or anonymous."""
    if not a.speaker or not b.speaker or "anonymous" in (a.speaker_type, b.speaker_type):
        return None
    if a.speaker.lower() == b.speaker.lower() or _one_person(a, b):
        return True
    return speaks_for(a, b) or speaks_for(b, a)


def speaks_for(r: Rendering, other: Rendering) -> bool:
    """Whether the article names the speaker of ``r`` as speaking for (or through) the
    institution or outlet speaking in ``other``: "Foreign Ministry spokeswoman Mao Ning" for
    the Foreign Ministry, Biden's words from "a White House readout" for the White House."""
    if other.speaker_type == "person":
        return False
    said = [f" {_plain(t)} " for t in (*r.mentions, r.via) if t]
    words = _plain(other.speaker).split()
    tails = [" ".join(words[i:]) for i in range(len(words)) if len(words) - i >= min(2, len(words))]
    return any(f" {tail} " in text for tail in tails for text in said)


def _one_person(a: Rendering, b: Rendering) -> bool:
    """Two names of one person: one surname, and one name is the bare surname or both begin
    alike ("Trump" / "Donald J. Trump"; never "Hillary Clinton" / "Bill Clinton")."""
    if a.speaker_type != "person" or b.speaker_type != "person":
        return False
    x, y = a.speaker.lower().split(), b.speaker.lower().split()
    return x[-1] == y[-1] and (len(x) == 1 or len(y) == 1 or x[0] == y[0])


def _polarity_differs(found: dict[str, str], short: Form, long: Form) -> bool:
    """Whether a word found in both is said with a negation in one only."""
    return any((word in short.negated) != (other in long.negated) for word, other in found.items())


def _weigher(variants: Variants, idf: Weights | None) -> Weights:
    def weigh(word: str) -> float:
        return (idf(word) if idf else 1.0) * variants.weight(word)
    return weigh


def _cover(words: tuple[str, ...], found: dict[str, str], weigh: Weights) -> float:
    total = sum(weigh(w) for w in set(words))
    return sum(weigh(w) for w in found) / total if total else 0.0


def _count(found: dict[str, str], variants: Variants, rarity: Weights | None = None) -> float:
    """How many words were found, a word counting less the more quotes it appears in."""
    return sum(variants.weight(w) * (rarity(w) if rarity else 1.0) for w in found)


def _rare(found: dict[str, str], variants: Variants, rarity: Weights | None) -> bool:
    """Whether a rarer word (or an idiom of the lexicon) is among those found."""
    return any(rarity is None or rarity(w) >= 1 or w in variants.heavy for w in found)


def _described(found: dict[str, str]) -> tuple[str, ...]:
    """The words found: "risk", relatives "creating/creation", synonyms "firm=strong"."""
    return tuple(sorted(w if w == o else f"{w}/{o}" if related(w, o) else f"{w}={o}" for w, o in found.items()))


def _unnamed(found: dict[str, str], renderings: tuple[Rendering, ...]) -> dict[str, str]:
    """The words found that are not a speaker's name: quotes about a speaker are not his."""
    names = {w for r in renderings for w in _plain(r.speaker or "").split()}
    return {w: o for w, o in found.items() if w not in names and o not in names}


def _telling(found: dict[str, str], renderings: tuple[Rendering, ...], weigh: Weights) -> dict[str, str]:
    """Context words that tell what a quote is about: not a speaker's name, a reporting verb
    or a word found around most quotes."""
    return {w: o for w, o in _unnamed(found, renderings).items()
            if w not in REPORTING_VERBS and weigh(w) >= TELLING}


def _verbatim(a: str, b: str) -> bool:
    short, long = sorted((_plain(a), _plain(b)), key=len)
    return len(short.split()) >= VERBATIM[1] and fuzz.partial_ratio(short, long) >= VERBATIM[0]


def _word_for_word(a: str, b: str, agree: bool | None, found: dict[str, str], rare: bool) -> bool:
    """``verbatim``: a stretch of the shorter nearly word for word in the other, a rarer word
    found; for one speaker, also a quote said whole in the other (two words found, a rarer
    one among them) or ``RUN`` words in a row, common as they are."""
    if rare and (_verbatim(a, b) or agree and len(found) > 1 and _whole(a, b)):
        return True
    return bool(agree) and _run(a, b) >= RUN


def _run(a: str, b: str) -> int:
    """The longest run of words two quotes share word for word ("how many times do we have to
    see this in our country")."""
    x, y = _plain(a).split(), _plain(b).split()
    return SequenceMatcher(None, x, y, autojunk=False).find_longest_match().size


def _whole(a: str, b: str) -> bool:
    """Whether the shorter of two quotes, three words or more, is said whole, word for word,
    in the other ("makes me smart" / "That makes me smart.")."""
    words = min(len(_plain(a).split()), len(_plain(b).split()))
    return words >= WHOLE and _run(a, b) == words


def _names(text: str) -> set[str]:
    """Words written with a capital inside a quote ("Donald Trump", "United States"): names
    tell who or where, not what was said about them."""
    words = text.split()
    return {name for before, w in zip(words, words[1:]) if w[:1].isupper() and before[-1:] not in ".!?:;"
            for name in _plain(w).split()}


@lru_cache(maxsize=1 << 16)
def _plain(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _context(fragment: Rendering, other: Rendering, weigh: Weights, variants: Variants,
             rarity: Weights | None) -> Link | None:
    """``context``: the fragment's words found in the other quote and the words around it,
    three of them at least besides names (which tell who or where, not what was said)."""
    found = matches(fragment.form.words, other.form.words + other.form.context)
    anchored = matches(fragment.form.words, other.form.words)
    names = _names(fragment.text) | _names(other.text)
    telling = {w: o for w, o in found.items() if w not in names}
    if (anchored and _cover(fragment.form.words, found, weigh) >= CONTEXT_COVER
            and _count(telling, variants, rarity) >= 3 and _rare(telling, variants, rarity)
            and not _polarity_differs(anchored, fragment.form, other.form)):
        return Link("context", _described(found))
    return None
