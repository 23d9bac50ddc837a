"""Progress of an extract run: a file counts once all of its articles are stored."""
import time
from collections import deque
from typing import Callable, Iterable, Iterator


class FileProgress:
    """Feeds a progress bar (``update(n, label)``) by files done, labelled with words/s."""

    def __init__(self, bar):
        self.bar, self.words, self.begun = bar, 0, time.perf_counter()
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
        """Called as each article read is stored (or passed over)."""
        self.words += len(article.text.split())
        if self.lasts.popleft():
            self.bar.update(1, f"{self.words / (time.perf_counter() - self.begun):,.0f} words/s")
