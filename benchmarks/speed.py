"""Speed of `quotes` against textacy's direct-quotation baseline, in one run.

    python benchmarks/speed.py [TEXT_DIR] [--model NAME] [--repeat N] [--json]

Both sides use the same loaded spaCy pipeline (``quotes.nlp.load``) and parse the
articles (every ``*.txt`` in TEXT_DIR) the same way, with ``nlp.pipe`` and the same
batch size as ``quotes extract``; each side is timed end to end, parse included:

- textacy: ``textacy.extract.triples.direct_quotations(doc)`` on each article. It
  raises ``ValueError`` on an odd number of quote tokens (a plural possessive is one),
  so an article it rejects is retried paragraph by paragraph, as textacy users do,
  and the articles and paragraphs it gave up on are counted.
- quotes: ``quotes.extraction.extract(doc)`` on each article.

On both sides the time spent after the parse (in ``extract()``, in textacy's
extraction) is also summed apart: its share of the run is what the extraction on top
of spaCy's own parse costs.

Speed is in words per second (whitespace-split words of the texts). Each side runs
``--repeat`` times, alternating which goes first to cancel warm-up effects, and the
best run of each counts. Not part of the test suite.
"""
import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = ROOT / ".." / "shared" / "eval" / "polnear-dev" / "texts"
FALLBACK_TEXTS = ROOT / "samples"
BATCH_SIZE = 16  # as in `quotes extract`
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")


def run_textacy(nlp, texts):
    """Parse + textacy's direct_quotations on each article (paragraphs if it refuses)."""
    from textacy.extract.triples import direct_quotations

    found = failed_articles = failed_paragraphs = 0
    extracting = 0.0
    started = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        t = time.perf_counter()
        try:
            found += len(list(direct_quotations(doc)))
        except ValueError:
            failed_articles += 1
            for m in _PARAGRAPH.finditer(doc.text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                try:
                    found += len(list(direct_quotations(span.as_doc())))
                except ValueError:
                    failed_paragraphs += 1
        extracting += time.perf_counter() - t
    return {"seconds": time.perf_counter() - started, "quotes": found,
            "extract_seconds": extracting,
            "failed_articles": failed_articles, "failed_paragraphs": failed_paragraphs}


def run_quotes(nlp, texts):
    """Parse + quotes.extraction.extract on each article, with extract()'s own time apart."""
    from quotes.extraction import extract

    found, extracting = 0, 0.0
    started = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        t = time.perf_counter()
        found += len(extract(doc))
        extracting += time.perf_counter() - t
    return {"seconds": time.perf_counter() - started, "quotes": found,
            "extract_seconds": extracting}


def benchmark(nlp, texts, repeat=3):
    words = sum(len(t.split()) for t in texts)
    runners = {"textacy": run_textacy, "quotes": run_quotes}
    for run in runners.values():  # warm up (and import textacy) outside the timings
        run(nlp, texts[:1])
    runs = {name: [] for name in runners}
    for r in range(repeat):
        for name in (list(runners) if r % 2 == 0 else list(runners)[::-1]):
            runs[name].append(runners[name](nlp, texts))
    best = {name: min(results, key=lambda x: x["seconds"]) for name, results in runs.items()}
    for result in best.values():
        result["words_per_s"] = words / result["seconds"]
    for result in best.values():
        result["extract_share"] = result["extract_seconds"] / result["seconds"]
    q = best["quotes"]
    return {"articles": len(texts), "words": words, "repeat": repeat, "batch_size": BATCH_SIZE,
            "textacy": best["textacy"], "quotes": q,
            "ratio": q["words_per_s"] / best["textacy"]["words_per_s"]}


def report(result, model):
    t, q = result["textacy"], result["quotes"]
    print(f"{result['articles']} articles, {result['words']} words, model {model}, "
          f"best of {result['repeat']}")
    print(f"{'':10}{'seconds':>9}{'words/s':>10}{'quotes':>8}{'extraction':>12}")
    for name, r in (("textacy", t), ("quotes", q)):
        print(f"{name:10}{r['seconds']:9.2f}{r['words_per_s']:10.0f}{r['quotes']:8d}"
              f"{r['extract_seconds']:10.2f} s  ({r['extract_share']:.1%} of the run)")
    print(f"ratio quotes/textacy: {result['ratio']:.2f}")
    print(f"textacy gave up on {t['failed_articles']} whole articles "
          f"(then on {t['failed_paragraphs']} of their paragraphs)")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("text_dir", nargs="?", type=Path,
                        help=f"folder of .txt articles [default: {DEFAULT_TEXTS.resolve()}]")
    parser.add_argument("--model", help="spaCy pipeline (as for `quotes extract --model`)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side [default: 3]")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    text_dir = args.text_dir
    if text_dir is None:
        text_dir = DEFAULT_TEXTS.resolve()
        if not text_dir.is_dir():
            print(f"speed.py: PolNeAR dev texts not found at {text_dir}; "
                  f"benchmarking {FALLBACK_TEXTS} instead", file=sys.stderr)
            text_dir = FALLBACK_TEXTS
    paths = sorted(text_dir.glob("*.txt")) if text_dir.is_dir() else []
    if not paths:
        parser.error(f"no .txt articles in {text_dir}")
    texts = [p.read_text(encoding="utf-8") for p in paths]

    from quotes import nlp as nlp_loader

    model = nlp_loader.model_name(args.model)
    result = benchmark(nlp_loader.load(model), texts, args.repeat)
    result.update(model=model, text_dir=str(text_dir))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        report(result, model)
    return result


if __name__ == "__main__":
    main()
