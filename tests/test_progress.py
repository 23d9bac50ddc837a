"""The extract progress bar counts files once all their articles are stored; its label counts the
articles stored, with words/s."""
from types import SimpleNamespace

from quotes.progress import FileProgress


class Bar:
    def __init__(self):
        self.updates = []

    def update(self, n, label=None):
        self.updates.append((n, label))


def test_a_corpus_file_counts_once_its_last_article_is_stored():
    bar = Bar()
    progress = FileProgress(bar)
    files = {"wire.jsonl": ["Rain in Bergen.", "Snow in Tromsø today."], "empty.csv": [], "one.txt": ["Sun."]}
    read = progress.articles(files, lambda name: (SimpleNamespace(text=t) for t in files[name]))

    first = next(read)
    progress.stored(first)
    assert [n for n, _ in bar.updates] == [0]  # the corpus has one more article to go
    assert bar.updates[0][1].startswith("1 articles stored, ") and bar.updates[0][1].endswith(" words/s")
    progress.stored(next(read))
    assert [n for n, _ in bar.updates] == [0, 1] and bar.updates[1][1].startswith("2 articles stored, ")
    progress.stored(next(read))  # the empty file counted as done when read, then one.txt
    assert [n for n, _ in bar.updates] == [0, 1, 1, 1] and bar.updates[-1][1].startswith("3 articles stored, ")
