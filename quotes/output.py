"""Writing statements as a readable table, JSON or CSV."""
import csv
import json
import textwrap
from typing import TextIO

FORMATS = ("table", "json", "csv")
CSV_COLUMNS = ("statement", "speaker", "statement_text", "quote", "doc_id", "title", "quote_speaker",
               "via", "text")


def write_statements(statements: list[dict], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        json.dump(statements, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for s in statements:
            for v in s["variants"]:
                writer.writerow((s["statement"], s["speaker"], s["text"], v["quote"], v["doc_id"],
                                 v["title"], v["speaker"], v["via"], v["text"]))
    else:
        for s in statements:
            out.write(f"[{s['statement']}] {s['speaker'] or '(unknown speaker)'}: "
                      f"{_short(s['text'], 100)}\n")
            for v in s["variants"]:
                channel = f" via {v['via']}" if v["via"] else ""
                out.write(f"    {v['doc_id']}{channel}: \"{_short(v['text'], 80)}\"\n")


def _short(text: str, width: int) -> str:
    return textwrap.shorten(" ".join(text.split()), width, placeholder=" ...")
