"""Progress of an extract run: a file counts once all of its articles are stored; the label
counts the articles stored and their words per second."""
import re
import time
from collections import deque
from typing import Callable, Iterable, Iterator

_WORD = re.compile(r"\S+")


class FileProgress:
    """Feeds a progress bar (``update(n, label)``) by files done, labelled as each article is stored."""

    def __init__(self, bar):
        self.bar, self.count, self.words, self.begun = bar, 0, 0, time.perf_counter()
        self.lasts: deque[bool] = deque()  # for each article read, whether its file's last

    def articles(self, files: Iterable, read: Callable[[object], Iterable]) -> Iterator:
        """The articles ``read(file)`` yields for each of ``files``, in order."""
        for source in files:
            previous = None
            for article in read(source):
                if previous is not None:
                    self.lasts.append(False)
                    yield previous
                previous = article
            if previous is None:
                self.bar.update(1)  # nothing to store from this file
            else:
                self.lasts.append(True)
                yield previous

    def stored(self, article) -> None:
        """Called as each article read is stored (or passed over): the bar moves on once its file is done."""
        self.count += 1
        self.words += sum(1 for _ in _WORD.finditer(article.text))  # no list of a long text's words
        speed = self.words / (time.perf_counter() - self.begun)
        self.bar.update(1 if self.lasts.popleft() else 0, f"{self.count:,} articles stored, {speed:,.0f} words/s")
