"""The linking benchmark still runs (on the sample articles; its timings are not checked)."""
import importlib.util

from conftest import ROOT, SAMPLES


def test_linking_benchmark_runs(capsys):
    spec = importlib.util.spec_from_file_location("linking", ROOT / "benchmarks" / "linking.py")
    linking = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(linking)

    result = linking.main([str(SAMPLES), "--base", "3", "--sizes", "4,8", "--probe", "2", "--fast-fill"])

    assert result["base_articles"] == 3
    assert set(result["sizes"]) == {4, 8}
    assert all(0 < found["seconds_per_article"] <= found["max"] for found in result["sizes"].values())
    assert result["fill"] == "fast" and result["cpu_ratio"] > 0
    out = capsys.readouterr().out
    assert "ms per article linked" in out and "CPU per article at 8 / at 4 articles" in out
