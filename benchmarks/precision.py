"""Relink a store's statements from scratch, time it, and sample statements to check by hand.

    python benchmarks/precision.py STORE [--sample 50] [--seed 11] [--out FILE] [--profile N] [--keep COPY]

Copies STORE (a `quotes extract` SQLite store), forgets its statements and links, links every
quote again with the rules of this checkout (as `quotes extract` does, in the order the quotes
were stored), and prints the seconds per article and the count of statements quoted in
several articles. ``--sample`` of those, drawn with ``--seed``, are written to ``--out`` with
each rendering's article, speaker, text and the reason of its links, for a reader to mark each
statement right or wrong. ``--profile N`` prints the N costliest functions of the relinking.
Not part of the test suite.
"""
import argparse
import cProfile
import pstats
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path


def relink(store: Path, profile: int = 0) -> float:
    """Link ``store``'s quotes again from scratch; the seconds it took."""
    from quotes import variants
    from quotes.statements.linker import Linker
    from quotes.storage import open_store

    with sqlite3.connect(store) as conn:
        conn.executescript("update quote set statement_id = null; delete from statement_link; "
                           "delete from statement; delete from statement_regroup;")
    engine = open_store(store)
    linker = Linker(engine, variants.load())
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    profiler and profiler.enable()
    linker.link()
    profiler and profiler.disable()
    seconds = time.perf_counter() - started
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(profile)
    return seconds


def describe(statement: dict) -> str:
    lines = [f"## statement {statement['statement']} ({statement['speaker']})"]
    for v in statement["variants"]:
        links = "; ".join(f"#{link['quote']} {link['rule']}: {' '.join(link['words'])}" for link in v["links"])
        lines.append(f"- #{v['quote']} [{v['doc_id']}] {v['speaker']}: “{v['text']}”" + (f"  <- {links}" if links else ""))
    return "\n".join(lines) + "\nverdict: \n"


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--profile", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="keep the relinked store here")
    args = parser.parse_args(argv)
    from quotes.statements.read import statements
    from quotes.storage import open_store

    with tempfile.TemporaryDirectory() as tmp:
        copy = args.keep or Path(tmp) / "store.db"
        shutil.copy(args.store, copy)
        seconds = relink(copy, args.profile)
        engine = open_store(copy)
        with engine.connect() as conn:
            articles = conn.exec_driver_sql("select count(*) from article").scalar()
            links = conn.exec_driver_sql("select rule, count(*) from statement_link group by rule").all()
        found = statements(engine)
    sample = random.Random(args.seed).sample(found, min(args.sample, len(found)))
    result = {"articles": articles, "seconds_per_article": seconds / max(articles, 1),
              "links": dict(links), "multi_article_statements": len(found)}
    print(f"{articles} articles relinked in {seconds:.1f} s ({result['seconds_per_article'] * 1000:.1f} ms per "
          f"article); links by rule {result['links']}; {len(found)} statements quoted in several articles")
    if args.out:
        args.out.write_text(f"# {len(sample)} of {len(found)} statements quoted in several articles\n\n"
                            + "\n".join(describe(s) for s in sorted(sample, key=lambda s: s["statement"])),
                            encoding="utf-8")
    return result


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
