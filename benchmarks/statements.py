"""Statement link F1 across articles, with and without the shipped lexicon of variants.

    python benchmarks/statements.py [--errors] [--jobs N]

Runs `quotes extract --jsonl` on the seed articles and on the held-out variant articles of
tests/data/variants/, once with the shipped lexicon (quotes/data/variants.txt) and once with
none, and scores the `statement` ids with ../shared/eval/score.py (cross-article links).
With ``--errors`` it lists the links missed and the links made wrongly. Not part of the test
suite.
"""
import argparse
import importlib.util
import itertools
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT / ".." / "shared"
SETS = {"seeds": (SHARED / "seeds", SHARED / "eval" / "seeds.gold.jsonl"),
        "variants": (ROOT / "tests" / "data" / "variants" / "texts", ROOT / "tests" / "data" / "variants" / "gold.jsonl")}


def _score_module():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract(texts: Path, out: Path, lexicon: bool, jobs: int) -> None:
    """`quotes extract TEXTS --jsonl OUT` in a fresh store, the shipped lexicon loaded or not."""
    from click.testing import CliRunner

    from quotes import variants
    from quotes.cli import cli

    empty = lambda extra=None: variants.Variants().add_file(extra) if extra else variants.Variants()  # noqa: E731
    with mock.patch.object(variants, "load", variants.load if lexicon else empty):
        result = CliRunner().invoke(cli, ["extract", str(texts), "--db", str(out.with_suffix(".db")),
                                          "--jsonl", str(out), "--jobs", str(jobs)])
    if result.exit_code:
        raise SystemExit(f"extract failed: {result.output}")


def link_errors(gold: Path, pred: Path) -> tuple[list, list]:
    """(missed, wrong): cross-article pairs of quote texts, by IoU pairing of gold and prediction."""
    score = _score_module()
    predicted = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines() if line.strip()]
    quotes = []  # (doc, gold statement, predicted statement, text)
    for line in gold.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        for g in article["quotes"]:
            if g.get("optional"):
                continue
            mine = [p for p in predicted if p["doc_id"] == article["doc_id"]]
            best = max(mine, key=lambda p: score.iou_of(g, p), default=None)
            found = best if best and score.iou_of(g, best) >= score.IOU_THRESHOLD else None
            quotes.append((article["doc_id"], g.get("statement"), found and found.get("statement"), g["text"]))
    missed, wrong = [], []
    for a, b in itertools.combinations(quotes, 2):
        if a[0] == b[0]:
            continue
        same_gold, same_pred = a[1] is not None and a[1] == b[1], a[2] is not None and a[2] == b[2]
        if same_gold and not same_pred:
            missed.append((a[3], b[3]))
        elif same_pred and not same_gold:
            wrong.append((a[3], b[3]))
    return missed, wrong


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    result = {}
    with tempfile.TemporaryDirectory() as tmp:
        for (name, (texts, gold)), lexicon in itertools.product(SETS.items(), (True, False)):
            label = f"{name} {'with' if lexicon else 'without'} lexicon"
            pred = Path(tmp) / f"{name}-{lexicon}.jsonl"
            extract(texts, pred, lexicon, args.jobs)
            scores = json.loads(subprocess.run(
                [sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(pred), "--json"],
                capture_output=True, text=True, check=True).stdout)["statement"]["cross_doc"]
            result[label] = scores
            print(f"{label:<28} P {scores['precision']:.3f} R {scores['recall']:.3f} F1 {scores['f1']:.3f} "
                  f"(tp {scores['tp']} fp {scores['fp']} fn {scores['fn']})", flush=True)
            if args.errors:
                missed, wrong = link_errors(gold, pred)
                for kind, pairs in (("missed", missed), ("wrong", wrong)):
                    for a, b in pairs:
                        print(f"    {kind}: {a!r} / {b!r}")
    return result


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
