"""The headline of an article: its quotations condense the body's, its words are no guide to names."""

_HEADLINE_WORDS = 25
_MIN_LINES = 3  # a headline and at least two paragraphs
_SHORT_WORD = 3  # title case leaves words this short in lower case: "to", "and"


def headline_end(text: str) -> int:
    """Where the headline ends: the first line of an article of several paragraphs, when short.

    Quotations in a headline condense the body's and name no speaker; its "Obama Says" is no name.
    """
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < _MIN_LINES or len(lines[0].split()) > _HEADLINE_WORDS:
        return 0
    return text.index(lines[0]) + len(lines[0])


def title_case_headline(text: str) -> int:
    """Where a headline in title case ends ("Clinton Hid Past Health Problems"), its
    capitalised words no guide to names; 0 when there is none."""
    end = headline_end(text)
    return end if not any(w.islower() and len(w) > _SHORT_WORD for w in text[:end].split()) else 0
