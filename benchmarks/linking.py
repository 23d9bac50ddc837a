"""Seconds per article spent linking statements, as the store grows.

    python benchmarks/linking.py [TEXT_DIR] [--base N] [--sizes 1000,10000] [--probe K] [--json]

Parses ``--base`` articles of TEXT_DIR (default: PolNeAR train-a) once, then fills a fresh
store with generated articles made from them: copy k of an article keeps its speakers and
the shape of its quotes, but a share of each quote's content words (its text and its lemmas)
is replaced by words drawn from the whole corpus, so that the copies vary as real coverage
does and do not all render one statement. Articles are saved and linked as `quotes extract`
does (``save_article`` then ``Linker.link``); at each of ``--sizes`` stored articles, the
next ``--probe`` articles are timed one by one (wall and CPU time: linking runs in this
process, so its CPU time is what it takes from the parse on a busy machine). With
``--fast-fill`` the filler articles' quotes each get a statement of their own instead of
being linked (the probes are linked as usual against all of them): the store reaches
10,000 articles in minutes. Not part of the test suite.
"""
import argparse
import json
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = ROOT / ".." / "shared" / "eval" / "polnear-train-a" / "texts"
VARY = 0.5  # share of a quote's content words replaced in each copy


def parse(texts: Path, count: int):
    """(article, quotations, forms) of the first ``count`` articles of ``texts``."""
    from quotes import nlp as nlp_loader
    from quotes import variants
    from quotes.extraction import extract
    from quotes.sources.record import Article

    nlp, lexicon = nlp_loader.load(), variants.load()
    articles = [Article(p.stem, str(p), p.read_text(encoding="utf-8")) for p in sorted(texts.glob("*.txt"))[:count]]
    out = []
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles)):
        quotations = extract(doc)
        out.append((article, quotations, [variants.form(doc, q.start, q.end, lexicon) for q in quotations]))
    return out


def vary(base, k: int, vocabulary: list[str], rng: random.Random):
    """Copy ``k`` of a parsed article, its quotes' words partly replaced."""
    from quotes.sources.record import Article

    article, quotations, forms = base
    new_quotes, new_forms = [], []
    for q, form in zip(quotations, forms):
        words = [rng.choice(vocabulary) if rng.random() < VARY else w for w in form.words]
        swap = dict(zip(form.words, words))
        text = " ".join(swap.get(w, w) for w in q.text.split())
        new_quotes.append(replace(q, text=text))
        new_forms.append(replace(form, words=tuple(words)))
    text = f"{article.text}\n\n(copy {k})"
    return Article(f"{article.doc_id}-{k}", article.path, text, key=f"{article.path}#{k}"), new_quotes, new_forms


def _fill_statements(engine, linker) -> None:
    """Give each unlinked quote a statement of its own (ids far above the linker's), and
    tidy the lemma index when the linker would have."""
    from quotes.lemmas import lemma_index

    with engine.begin() as conn:
        conn.exec_driver_sql("insert into statement (id, text) select id + 10000000, text from quote "
                             "where statement_id is null")
        conn.exec_driver_sql("update quote set statement_id = id + 10000000 where statement_id is null")
        if linker.memory.untidy(conn.exec_driver_sql("select count(*) from quote").scalar()):
            lemma_index(conn).tidy()


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", nargs="?", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--base", type=int, default=100)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--probe", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--fast-fill", action="store_true")
    args = parser.parse_args(argv)
    from quotes import variants
    from quotes.statements.linker import Linker
    from quotes.statements.synonyms import sharing
    from quotes.storage import open_store, save_article

    sizes = sorted(int(s) for s in args.sizes.split(","))
    bases = [b for b in parse(args.texts, args.base) if b[1]]
    vocabulary = sorted({w for _, _, forms in bases for f in forms for w in f.words})
    rng = random.Random(7)
    result = {"base_articles": len(bases), "sizes": {}}
    sharing("statement")  # WordNet's index is read once a process: not in the timings
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_store(Path(tmp) / "bench.db")
        linker = Linker(engine, variants.load())
        stored = 0
        for size in sizes:
            while stored < size:  # filled and linked in batches, as one `quotes extract` run
                for _ in range(min(50, size - stored)):
                    save_article(engine, *vary(bases[stored % len(bases)], stored, vocabulary, rng))
                    stored += 1
                _fill_statements(engine, linker) if args.fast_fill else linker.link()
            timings, cpu = [], []
            for _ in range(args.probe):
                save_article(engine, *vary(bases[stored % len(bases)], stored, vocabulary, rng))
                stored += 1
                started, used = time.perf_counter(), time.process_time()
                linker.link()
                timings.append(time.perf_counter() - started)
                cpu.append(time.process_time() - used)
            found = result["sizes"][size] = {"seconds_per_article": sum(timings) / len(timings),
                                             "max": max(timings), "cpu_seconds_per_article": sum(cpu) / len(cpu)}
            if not args.json:
                print(f"{size:>7} articles: {found['seconds_per_article'] * 1000:.1f} ms per article linked "
                      f"(max {found['max'] * 1000:.1f} ms; CPU {found['cpu_seconds_per_article'] * 1000:.1f} ms)",
                      flush=True)
    per = [result["sizes"][size]["cpu_seconds_per_article"] for size in sizes]
    result["cpu_ratio"] = per[-1] / per[0]  # largest store against smallest: near-linear within 1.5x
    result["fill"] = "fast" if args.fast_fill else "full"
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"CPU per article at {sizes[-1]:,} / at {sizes[0]:,} articles: {result['cpu_ratio']:.2f}x ({result['fill']} fill)")
    return result


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
