"""Writing a gold set from its articles and annotations (benchmarks/heldout, benchmarks/canada).

Offsets are computed from the text, never written by hand: a quote is located by its words
(which must occur exactly once between quotation marks, or twice when a headline repeats
them), a mention by a unique anchor phrase and the word(s) inside it.
"""
import json
from pathlib import Path

OPEN, CLOSE = "\"“‘'", "\"”’'"
P, O, A = "person", "organization", "anonymous"


def Q(words, speaker, kind=P, via=None, mention=None, optional=False):
    """One gold quote; mention is a unique anchor phrase or (anchor, words inside it)."""
    return dict(words=words, speaker=speaker, kind=kind, via=via, mention=mention, optional=optional)


def find_mention(text: str, mention) -> list[int]:
    anchor, words = mention if isinstance(mention, tuple) else (mention, mention)
    assert text.count(anchor) == 1, (anchor, text.count(anchor))
    start = text.index(anchor) + anchor.index(words)
    return [start, start + len(words)]


def build(here: Path, articles: dict, gold: dict) -> None:
    """Write texts/<id>.txt and gold.jsonl under ``here``."""
    (here / "texts").mkdir(exist_ok=True)
    lines = []
    for doc_id, text in articles.items():
        (here / "texts" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        assert (here / "texts" / f"{doc_id}.txt").read_text(encoding="utf-8") == text
        quotes, seen = [], set()
        for q in gold[doc_id]:
            words = q["words"]
            # the headline and body may share words ("corridor care"): headline = first, body = second
            hits = [i for i in range(len(text)) if text.startswith(words, i) and text[i - 1] in OPEN]
            start = hits[0] if len(hits) == 1 else [h for h in hits if h not in seen][0]
            assert len(hits) <= 2 and hits, (doc_id, words, hits)
            seen.add(start)
            end = start + len(words.rstrip("\n"))
            after = text[end] if end < len(text) else "\n"
            assert after in CLOSE or after == "\n", (doc_id, words, repr(after))
            assert text[start:end] == words.rstrip("\n")
            entry = {"start": start, "end": end, "text": text[start:end], "speaker": q["speaker"],
                     "speaker_type": q["kind"], "via": q["via"],
                     "mention": find_mention(text, q["mention"]) if q["mention"] else None,
                     "optional": q["optional"]}
            if q["kind"] == "anonymous":  # a descriptive label: judged by the mention it is tied to
                entry["speaker_is_mention"] = True
            quotes.append(entry)
        quotes.sort(key=lambda e: e["start"])
        lines.append(json.dumps({"doc_id": doc_id, "text": text, "quotes": quotes}, ensure_ascii=False))
    (here / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

