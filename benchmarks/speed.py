"""Speed and memory of `quotes extract` against textacy's direct-quotation baseline, in one run.

    python benchmarks/speed.py [TEXT_DIR...] [--articles N] [--big-mb MB] [--model NAME] [--json]

Prints one table. On the articles of TEXT_DIR (default: PolNeAR dev + train-a), back to
back in this process:

- textacy: ``nlp.pipe`` of the model as ``spacy.load`` gives it, then
  ``textacy.extract.triples.direct_quotations`` on each article (paragraph by paragraph
  when it refuses one: it raises ``ValueError`` on an odd number of quote tokens, as a
  plural possessive makes);
- bare parse: ``nlp.pipe`` alone, every component, one process: of ``spacy.load``'s
  pipeline, and of the one quotes runs (``quotes.nlp.load``: same annotations, cheaper);
- quotes at ``--jobs 1`` and ``--jobs 2``: ``quotes.pipeline.run`` end to end (parse,
  extract, store, link) into a new store; its overhead over its own bare parse, and the
  seconds spent storing and linking.

Then, each in a ``quotes extract`` process whose memory (the proportional set size of it
and its workers, summed) is sampled: one article of ``--big-mb`` MB, and a corpus of
``--articles`` articles, both made from the texts with words varied at random
(``varied``); seconds per article while the store holds the first 10% and the last 10% of
that corpus; then the wall time of ``quotes lookup``, ``search`` and ``statements`` on it.
Speeds are words (whitespace-split) per second. Not part of the test suite.
"""
import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / ".." / "shared" / "eval"
DEFAULT_TEXTS = [EVAL / "polnear-dev" / "texts", EVAL / "polnear-train-a" / "texts"]
BATCH_SIZE = 16
VARY = 0.15  # share of words replaced in a generated article
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")
_WORD = re.compile(r"[A-Za-z]+")


def words(texts):
    return sum(len(t.split()) for t in texts)


def run_textacy(nlp, texts):
    from textacy.extract.triples import direct_quotations

    found = 0
    for doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        try:
            found += len(list(direct_quotations(doc)))
        except ValueError:
            for m in _PARAGRAPH.finditer(doc.text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                try:
                    found += len(list(direct_quotations(span.as_doc())))
                except ValueError:
                    pass
    return {"quotes": found}


def run_bare(nlp, texts):
    for _doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return {}


def run_quotes(nlp, texts, jobs, lexicon):
    """quotes.pipeline.run into a new store, with the time spent storing and linking."""
    from quotes import pipeline
    from quotes.sources import Article
    from quotes.statements.linker import Linker
    from quotes.storage import open_store

    spent = {"store_s": 0.0, "link_s": 0.0}
    save, link = pipeline.save_article, Linker.link

    def timed(fn, key):
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[key] += time.perf_counter() - t
        return wrapper

    with tempfile.TemporaryDirectory() as tmp:
        engine = open_store(Path(tmp) / "q.db")
        articles = [Article(f"a{i}", f"a{i}.txt", t) for i, t in enumerate(texts)]
        pipeline.save_article, Linker.link = timed(save, "store_s"), timed(link, "link_s")
        try:
            tally = pipeline.run(articles, nlp, engine, lexicon, jobs=jobs)
        finally:
            pipeline.save_article, Linker.link = save, link
            engine.dispose()
    return {"quotes": tally.quotes, **spent}


def timed_run(fn, *args):
    started = time.perf_counter()
    result = fn(*args)
    result["seconds"] = time.perf_counter() - started
    print(f"speed.py: {fn.__name__}{args[2:3]}: {result}", file=sys.stderr, flush=True)  # long runs show progress
    return result


def varied(texts, n, seed=13):
    """``n`` articles, the texts in turn with ``VARY`` of their words replaced by others of
    the corpus (capitalised by capitalised), so that no two are alike."""
    rng = random.Random(seed)
    vocabulary = sorted({w for t in texts for w in _WORD.findall(t)})
    pools = {True: [w for w in vocabulary if w.istitle()], False: [w for w in vocabulary if w.islower()]}

    def swap(m):
        w = m.group()
        if rng.random() >= VARY or not (w.istitle() or w.islower()):
            return w
        return rng.choice(pools[w.istitle()])

    for i in range(n):
        yield _WORD.sub(swap, texts[i % len(texts)])


def pss_mib(pid):
    """Proportional set size of a process and its descendants, in MiB (0 once gone)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            rollup = Path(f"/proc/{p}/smaps_rollup").read_text()
            total += int(re.search(r"^Pss:\s+(\d+)", rollup, re.M).group(1))
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, AttributeError):
            continue
    return total / 1024


def measured(args):
    """Run a command, sampling its memory; (seconds, peak MiB, stdout)."""
    peak, started = [0.0], time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], pss_mib(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, err = proc.communicate()
    sampler.join()
    if proc.returncode:
        raise RuntimeError(f"{args[:4]} failed: {err.strip()[-500:]}")
    return time.perf_counter() - started, peak[0], out


def corpus_timing(folder, db, jobs):
    """In this process: store the folder's articles, timing each; print the marks as JSON."""
    from quotes import nlp as nlp_loader
    from quotes import pipeline, sources, variants
    from quotes.storage import open_store

    from quotes.statements.linker import Linker

    nlp, lexicon, engine = nlp_loader.load(), variants.load(), open_store(db)
    stamps, linking, link = [], [], Linker.link

    def linked(self):  # called once at the start, then once each article is stored
        begun = time.perf_counter()
        link(self)
        stamps.append(time.perf_counter())
        linking.append(stamps[-1] - begun)

    Linker.link = linked
    started = time.perf_counter()
    report = lambda notice: print(notice, file=sys.stderr)  # noqa: E731
    articles = (a for s in sources.find([folder], report) for a in sources.read(s, sources.Options(), report))
    pipeline.run(articles, nlp, engine, lexicon, jobs=jobs)
    print(json.dumps({"seconds": time.perf_counter() - started, "stamps": [s - started for s in stamps[1:]],
                      "linking": linking[1:]}))


def per_article(stamps):
    """Seconds per article over the first and the last tenth of a run."""
    tenth = max(1, len(stamps) // 10)
    first = stamps[tenth - 1] / tenth
    last = (stamps[-1] - stamps[-tenth - 1]) / tenth if len(stamps) > tenth else first
    return first, last


def linking_per_article(linking):
    """Seconds of linking per article over the first and the last tenth of a run."""
    tenth = max(1, len(linking) // 10)
    return sum(linking[:tenth]) / tenth, sum(linking[-tenth:]) / tenth


def scale(texts, tmp, n_articles, big_mb, jobs):
    """Peak memory on one big article (unless ``big_mb`` is 0) and on a generated corpus
    (unless ``n_articles`` is 0); s/article; read latencies on that corpus."""
    tmp = Path(tmp)
    quotes = [str(Path(sys.executable).with_name("quotes"))]
    result = {"load_start": load_average()}
    if big_mb:
        big = tmp / "big.txt"
        with big.open("w", encoding="utf-8") as out:
            size = 0
            for text in varied(texts, 10**9, seed=7):
                out.write(text + "\n\n")
                size += len(text.encode("utf-8")) + 2
                if size >= big_mb * 2**20:
                    break
        result["big_mb"] = round(big.stat().st_size / 2**20, 1)
        result["big_s"], result["big_peak_mib"], _ = measured(
            quotes + ["extract", str(big), "--db", str(tmp / "big.db"), "--jobs", str(jobs)])
        print(f"speed.py: big article: {result}", file=sys.stderr, flush=True)
    if n_articles:
        result.update(corpus(texts, tmp, n_articles, jobs))
        result.update(read_latencies(quotes, tmp / "corpus.db"))
    result["load_end"] = load_average()
    return result


def corpus(texts, tmp, n_articles, jobs):
    """Peak memory and seconds per article (and of linking) storing a generated corpus."""
    folder = tmp / "corpus"
    folder.mkdir()
    for i, text in enumerate(varied(texts, n_articles)):
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    result = {"corpus_articles": n_articles, "corpus_words": words(p.read_text() for p in folder.iterdir())}
    seconds, result["corpus_peak_mib"], out = measured(
        [sys.executable, __file__, "--corpus-timing", str(folder), str(tmp / "corpus.db"), str(jobs)])
    timing = json.loads(out.splitlines()[-1])
    result["corpus_s"] = seconds
    result["s_per_article_first"], result["s_per_article_last"] = per_article(timing["stamps"])
    result["link_per_article_first"], result["link_per_article_last"] = linking_per_article(timing["linking"])
    print(f"speed.py: corpus: {result}", file=sys.stderr, flush=True)
    return result


def load_average():
    return float(Path("/proc/loadavg").read_text().split()[0])


def read_latencies(quotes, db):
    """Best wall time of three runs of each read command, on queries that find something."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        speaker = conn.execute("select speaker.name from quote join speaker on speaker.id = quote.speaker_id "
                               "group by speaker.id order by count(*) desc limit 1").fetchone()[0]
        quote = conn.execute("select text from quote where length(text) > 40 limit 1").fetchone()[0]
    phrase = " ".join(quote.split()[:3])
    commands = {"lookup": ["lookup", "--speaker", speaker], "search": ["search", phrase],
                "statements": ["statements"]}
    latencies = {}
    for name, args in commands.items():
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            done = subprocess.run(quotes + args + ["--db", str(db), "--format", "json"], stdout=subprocess.DEVNULL)
            if done.returncode not in (0, 1):  # 1: nothing found
                raise RuntimeError(f"quotes {name} failed")
            best = min(best, time.perf_counter() - started)
        latencies[f"{name}_s"] = best
    return latencies


def benchmark(texts, model=None, n_articles=10_000, big_mb=50.0, jobs=(1, 2), speed=True):
    result = speed_of(texts, model, jobs) if speed else {"articles": len(texts), "words": words(texts)}
    if n_articles or big_mb:
        with tempfile.TemporaryDirectory() as tmp:
            result.update(scale(texts, tmp, n_articles, big_mb, max(jobs)))
    return result


def speed_of(texts, model, jobs):
    """Words per second of textacy, the bare parses and quotes at each of ``jobs``, back to back."""
    import spacy

    from quotes import nlp as nlp_loader
    from quotes import variants

    stock, nlp, lexicon = spacy.load(nlp_loader.model_name(model)), nlp_loader.load(model), variants.load()
    run_textacy(stock, texts[:1])  # warm up and import textacy outside the timings
    n_words = words(texts)
    result = {"articles": len(texts), "words": n_words, "textacy": timed_run(run_textacy, stock, texts),
              "bare": timed_run(run_bare, stock, texts), "parse": timed_run(run_bare, nlp, texts)}
    for j in jobs:
        result[f"quotes_jobs{j}"] = timed_run(run_quotes, nlp, texts, j, lexicon)
    for name in ["textacy", "bare", "parse"] + [f"quotes_jobs{j}" for j in jobs]:
        result[name]["words_per_s"] = n_words / result[name]["seconds"]
    textacy = result["textacy"]["words_per_s"]
    for j in jobs:
        result[f"quotes_jobs{j}"]["ratio"] = result[f"quotes_jobs{j}"]["words_per_s"] / textacy
    result["overhead"] = result[f"quotes_jobs{jobs[0]}"]["seconds"] / result["parse"]["seconds"] - 1
    return result


def table(r, jobs=(1, 2)):
    from tabulate import tabulate

    rows = speed_rows(r, jobs) if "textacy" in r else []
    n = r.get("corpus_articles", 0)
    if "big_peak_mib" in r:
        rows.append([f"peak memory, one {r['big_mb']:g} MB article", f"{r['big_peak_mib']:,.0f} MiB",
                     f"{r['big_s']:.0f} s, --jobs {max(jobs)}"])
    if "corpus_peak_mib" in r:
        first, last = r["s_per_article_first"], r["s_per_article_last"]
        lfirst, llast = r["link_per_article_first"], r["link_per_article_last"]
        rows += [[f"peak memory, {n:,} articles", f"{r['corpus_peak_mib']:,.0f} MiB",
                  f"{r['corpus_s']:.0f} s, {r['corpus_words']:,} words"],
                 [f"s/article, store at {n // 10:,} / at {n:,}", f"{first:.3f} / {last:.3f}", f"{last / first:.2f}x"],
                 ["  of which linking", f"{lfirst:.3f} / {llast:.3f}", f"{llast / max(lfirst, 1e-9):.2f}x"]]
    if "lookup_s" in r:
        rows.append([f"read latency on {n:,} articles",
                     " / ".join(f"{r[k + '_s']:.2f}" for k in ("lookup", "search", "statements")),
                     "s: lookup / search / statements"])
    if "load_start" in r:
        rows.append(["load average, start / end of these", f"{r['load_start']:.1f} / {r['load_end']:.1f}", ""])
    return (f"{r['articles']} articles, {r['words']:,} words\n"
            + tabulate(rows, headers=["measure", "value", "against"], tablefmt="simple", disable_numparse=True))


def speed_rows(r, jobs):
    textacy = r["textacy"]["words_per_s"]
    rows = [["textacy direct_quotations, 1 process", f"{textacy:,.0f} words/s", "1.00x textacy"]]
    for key, name in (("bare", "bare nlp.pipe, spacy.load"), ("parse", "bare nlp.pipe, quotes.nlp.load")):
        rows.append([f"{name}, 1 process", f"{r[key]['words_per_s']:,.0f} words/s",
                     f"{r[key]['words_per_s'] / textacy:.2f}x textacy"])
    for j in jobs:
        q = r[f"quotes_jobs{j}"]
        rows.append([f"quotes --jobs {j} (parse, extract, store, link)", f"{q['words_per_s']:,.0f} words/s",
                     f"{q['ratio']:.2f}x textacy; storing {q['store_s']:.1f} s, linking {q['link_s']:.1f} s"])
    rows.append([f"quotes --jobs {jobs[0]} over its bare parse", f"{r['overhead']:+.1%}", "target <= +15%"])
    q, bare = r[f"quotes_jobs{jobs[0]}"], r["parse"]["seconds"]
    rows.append(["  of which linking / storing", f"{q['link_s'] / bare:+.1%} / {q['store_s'] / bare:+.1%}",
                 f"parse + extract {(q['seconds'] - q['link_s'] - q['store_s']) / bare - 1:+.1%}"])
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("text_dirs", nargs="*", type=Path, help="folders of .txt articles [default: PolNeAR dev + train-a]")
    parser.add_argument("--model", help="spaCy pipeline (as for `quotes extract --model`)")
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the generated corpus (0: none)")
    parser.add_argument("--big-mb", type=float, default=50.0, help="size of the generated single article (0: none)")
    parser.add_argument("--no-speed", action="store_true", help="measure only memory, s/article and reads")
    parser.add_argument("--jobs", type=lambda v: tuple(int(j) for j in v.split(",")), default=(1, 2),
                        help="worker counts to time quotes with [default: 1,2]")
    parser.add_argument("--json", action="store_true", help="print the results as JSON, not a table")
    parser.add_argument("--corpus-timing", nargs=3, metavar=("DIR", "DB", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.corpus_timing:
        folder, db, jobs = args.corpus_timing
        return corpus_timing(folder, db, int(jobs))
    dirs = args.text_dirs or [d.resolve() for d in DEFAULT_TEXTS]
    paths = sorted(p for d in dirs for p in d.glob("*.txt"))
    if not paths:
        parser.error(f"no .txt articles in {', '.join(map(str, dirs))}")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    result = benchmark(texts, args.model, args.articles, args.big_mb, args.jobs, not args.no_speed)
    print(json.dumps(result, indent=2) if args.json else table(result, args.jobs))
    return result


if __name__ == "__main__":
    main()
