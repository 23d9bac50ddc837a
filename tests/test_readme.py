"""The README's Python API example runs as written."""
import doctest
import re

from conftest import ROOT


def test_the_readme_api_example_runs(tmp_path, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    example = re.search(r"```pycon\n(.*?)```", section, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    test = doctest.DocTestParser().get_doctest(example, {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False) == (0, len(test.examples))
    assert (tmp_path / "my_pipeline" / "quotes" / "reporting_verbs.txt").read_text() == "grouse\n"
    assert sorted(p.name for p in tmp_path.glob("council.db*")) == ["council.db"]
