"""Finding quoted stretches in plain text, by quotation marks alone.

Works paragraph by paragraph (a paragraph is a line of its own), so one stray
mark never costs more than its own paragraph. Inside a double quotation, single
quotes are nested and belong to it. A quotation that reaches the end of its
paragraph unclosed, when the next paragraph re-opens, runs over paragraphs: each
paragraph's piece is a quotation of its own.
"""
import re
from typing import NamedTuple

_PARAGRAPH = re.compile(r"\n\s*")
# Double marks: curly, low-9, guillemets, TeX/PTB-style `` and '' pairs, doubled single
# curly marks (‘‘ ’’), straight.
_DOUBLE = re.compile(r"``|''|‘‘|’’|[\"“”„«»]")
_SINGLE = re.compile(r"[‘’']")
_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*):\s+")
_OPEN, _CLOSE, _EITHER = "open", "close", "either"
_STYLES = {"“": "curly", "”": "curly", "„": "curly", "‘‘": "curly", "’’": "curly",
           "«": "guillemet", "»": "guillemet", "``": "tex", "''": "tex"}
_DOUBLE_KINDS = {"“": _OPEN, "„": _OPEN, "«": _OPEN, "``": _OPEN, "‘‘": _OPEN, "”": _CLOSE, "»": _CLOSE, "’’": _CLOSE}
_BEFORE_OPEN = set("([{—–-/:")  # characters that may stand right before an opening mark
_AFTER_CLOSE = set(".,;:!?)]}—–-…'’")  # ... and right after a closing one


class QuoteSpan(NamedTuple):
    start: int  # offset of the first quoted character (after the opening mark)
    end: int  # offset just past the last quoted character (before the closing mark)
    text: str
    label: tuple[int, int] | None = None  # a transcript's speaker label: "PENCE: Well, ..."


def find_quotations(text: str) -> list[QuoteSpan]:
    """Every quoted stretch in ``text``, in order; offsets index ``text`` itself."""
    spans: list[QuoteSpan] = []
    paragraphs = _paragraphs(text)
    for i, (start, end) in enumerate(paragraphs):
        reopens = i + 1 < len(paragraphs) and _starts_with_opener(text, *paragraphs[i + 1])
        for s, e in _paragraph_quotes(text, start, end, reopens):
            s, e = _strip(text, s, e)
            label = _LABEL.match(text, s, e)
            if label:
                s = label.end()
            if s < e:
                spans.append(QuoteSpan(s, e, text[s:e], label.span(1) if label else None))
    return spans


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs' bounds; a line break inside an open quotation, before a lowercase
    word, is a stray one and does not end its paragraph."""
    bounds, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    joined: list[tuple[int, int]] = []
    for s, e in bounds:
        if not text[s:e].strip():
            continue
        if joined and text[s].islower() and _double_quotes(text, *joined[-1])[2] is not None:
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    return joined


def _starts_with_opener(text: str, start: int, end: int) -> bool:
    s, _ = _strip(text, start, end)
    m = _DOUBLE.match(text, s)
    return bool(m) and _direction(text, m.start(), m.end(), start, end) != _CLOSE


def _direction(text: str, i: int, j: int, start: int, end: int) -> str:
    """Whether the mark text[i:j] opens or closes a quotation: by its shape, unless an
    opening mark stands plainly as a closer (“...,“ she said)."""
    kind = _DOUBLE_KINDS.get(text[i:j])
    context = _context(text, i, j, start, end)
    return _CLOSE if kind == _OPEN and context == _CLOSE else kind or context


def _context(text: str, i: int, j: int, start: int, end: int) -> str:
    """Whether the mark text[i:j] opens or closes a quotation, from its neighbours alone."""
    left_free = i == start or text[i - 1].isspace() or text[i - 1] in _BEFORE_OPEN
    right_free = j >= end or text[j].isspace() or text[j] in _AFTER_CLOSE
    if left_free and not right_free:
        return _OPEN
    if right_free and not left_free:
        return _CLOSE
    return _EITHER


def _paragraph_quotes(text: str, start: int, end: int, reopens: bool):
    """(start, end) pairs of the double-quoted stretches of one paragraph, then single-quoted."""
    found, marks, opened = _double_quotes(text, start, end)
    if opened is not None and reopens:
        found.append((opened, end))
    return found + _single_quotes(text, start, end, found, marks)


def _double_quotes(text: str, start: int, end: int):
    """The double-quoted stretches of one paragraph, the offsets of their marks, and where
    a quotation still open at its end begins (None when all are closed).

    Inside a quotation, marks of another style open a nested one ("PENCE: ... “Shark Tank.” ...").
    """
    found, marks = [], set()
    opened = None  # offset just past the pending opening mark
    style = nested = None  # the open quotation's mark style, and a nested one's
    for m in _DOUBLE.finditer(text, start, end):
        marks.update(range(m.start(), m.end()))
        kind = _direction(text, m.start(), m.end(), start, end)
        mark_style = _STYLES.get(m.group(), m.group())
        if opened is None:
            if kind != _CLOSE:
                opened, style = m.end(), mark_style
        elif nested is not None:
            if mark_style == nested and kind != _OPEN:
                nested = None
        elif kind == _OPEN and mark_style != style:
            nested = mark_style
        elif kind == _OPEN:
            opened = m.end()  # the earlier opening mark was never closed: a stray
        else:
            found.append((opened, m.start()))
            opened = None
    return found, marks, opened


def _single_quotes(text: str, start: int, end: int, doubles: list[tuple[int, int]], marks: set):
    """Single-quoted stretches outside double quotations (headline style, British style).

    An apostrophe (a mark with a letter on both sides) or a plural possessive never
    opens; a stretch must open after a space and close before a space or punctuation.
    """
    found, opened = [], None
    for m in _SINGLE.finditer(text, start, end):
        i = m.start()
        if i in marks or any(s <= i < e for s, e in doubles):
            continue
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if opened is None:
            if m.group() != "’" and (prev.isspace() or prev in _BEFORE_OPEN) and nxt.isalnum():
                opened = i + 1
        elif m.group() != "‘" and not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSE):
            if not (prev in "sS" and nxt.isspace() and not _ends_clause(text, i, end)):
                found.append((opened, i))
                opened = None
    return found


def _ends_clause(text: str, i: int, end: int) -> bool:
    """A closing single quote before a space is real when what follows starts a new clause."""
    rest = text[i + 1:end].lstrip()
    return not rest or not rest[0].islower()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
