"""A verdict as `quotes check` prints it: a sentence and a table, one JSON object, or CSV."""
import json

from quotes.check import Verdict
from quotes.check.wording import describe
from quotes.output import render

COLUMNS = ["relation", "similarity", "speaker", "quote", "outlet", "published", "url", "differences"]

SENTENCES = {
    "verbatim": "{who} said these words, word for word.",
    "cut": "{who} said these words inside a longer quote: see what was cut before and after.",
    "variant": "{who} said this in other words: see each outlet's wording and what differs.",
    "other_speaker": "Not {who}: the store has these words, or a variant, only from {others}.",
}


def report(verdict: Verdict, fmt: str, width: int | None = None) -> str:
    """The verdict and its evidence in ``fmt`` (table, json or csv)."""
    if fmt == "json":
        return json.dumps(verdict.as_dict(), ensure_ascii=False, indent=2)
    rows = [{**m.as_dict(), "differences": describe(m.comparison.differences)} for m in verdict.matches]
    if fmt == "csv":
        return render([{"verdict": verdict.verdict, **row} for row in rows] or [{"verdict": verdict.verdict}],
                      ["verdict", *COLUMNS], "csv")
    line = f"{verdict.verdict}: {sentence(verdict)}"
    if not rows:
        return line
    columns = [c for c in COLUMNS if any(row.get(c) not in (None, "") for row in rows)]
    return line + "\n\n" + render(rows, columns, "table", width)


def sentence(verdict: Verdict) -> str:
    """The verdict in words: who said it, or that nobody did."""
    others = ", ".join(dict.fromkeys(m.row.speaker or "an unnamed speaker" for m in verdict.matches))
    if verdict.verdict == "not_found":
        text = f"Nothing close{f' from {verdict.speaker}' if verdict.speaker else ''} in the store."
        return text + (" The nearest quotes:" if verdict.matches else "")
    return SENTENCES[verdict.verdict].format(who=verdict.speaker or "An unnamed speaker", others=others)
