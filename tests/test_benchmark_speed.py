"""The speed benchmark still runs, end to end, on samples/ (its timings are not checked)."""
import importlib.util

from conftest import ROOT, SAMPLES


def test_speed_benchmark_runs(capsys):
    spec = importlib.util.spec_from_file_location("speed", ROOT / "benchmarks" / "speed.py")
    speed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(speed)

    result = speed.main([str(SAMPLES), "--articles", "6", "--big-mb", "0.02"])

    table = capsys.readouterr().out
    assert "textacy direct_quotations" in table and "quotes --jobs 2" in table and "read latency" in table
    assert result["articles"] == 5 and result["quotes_jobs1"]["quotes"] == result["quotes_jobs2"]["quotes"] > 0
    assert result["textacy"]["quotes"] > 0 and result["quotes_jobs2"]["ratio"] > 0
    assert result["big_peak_mib"] > 0 and result["corpus_peak_mib"] > 0
    assert 0 < result["s_per_article_first"] and 0 < result["s_per_article_last"]
    assert all(result[f"{read}_s"] > 0 for read in ("lookup", "search", "statements"))


def test_varied_articles_differ_but_keep_their_quotation_marks():
    spec = importlib.util.spec_from_file_location("speed", ROOT / "benchmarks" / "speed.py")
    speed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(speed)
    texts = ['“We will win the cup,” said the coach of Lyon.\n']

    made = list(speed.varied(texts, 3))

    assert len(set(made)) == 3 and all(t.count("“") == 1 and t.count("”") == 1 for t in made)
