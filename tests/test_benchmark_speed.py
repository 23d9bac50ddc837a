"""The speed benchmark still runs (on two short texts; its timings are not checked)."""
import importlib.util

from conftest import ROOT


def test_speed_benchmark_runs(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("speed", ROOT / "benchmarks" / "speed.py")
    speed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(speed)
    (tmp_path / "a.txt").write_text('"We will win," Smith said.\n\nThe players\' union agreed.\n')
    (tmp_path / "b.txt").write_text('The minister said: "Prices will fall." "Soon," she added.\n')

    result = speed.main([str(tmp_path), "--repeat", "1", "--json"])

    assert result["articles"] == 2 and result["words"] == 18
    assert result["textacy"]["failed_articles"] == 1  # the possessive's odd quote token
    assert result["quotes"]["quotes"] >= 2
    assert 0 < result["quotes"]["extract_share"] < 1 and result["ratio"] > 0
    assert '"ratio"' in capsys.readouterr().out
