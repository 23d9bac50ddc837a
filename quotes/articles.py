"""Reading articles: plain-text files, folders of them, or standard input."""
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

STDIN = "-"


class ArticleError(Exception):
    """A path given on the command line that holds no article."""


@dataclass(frozen=True)
class ArticleText:
    doc_id: str  # the file name without .txt
    path: str
    text: str

    @property
    def hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def title(self) -> str:
        """The first non-empty line."""
        return next((line.strip() for line in self.text.splitlines() if line.strip()), "")


def article_paths(paths: list[str]) -> list[str]:
    """Expand folders to the ``*.txt`` files below them, sorted; fail on a path with none."""
    found: list[str] = []
    for given in paths:
        if given == STDIN:
            found.append(STDIN)
            continue
        path = Path(given)
        if path.is_dir():
            files = sorted(str(p) for p in path.rglob("*.txt") if p.is_file())
            if not files:
                raise ArticleError(f"no .txt articles in folder: {given}")
            found.extend(files)
        elif path.is_file():
            found.append(given)
        else:
            raise ArticleError(f"no such file or folder: {given}")
    return found


def read_article(path: str) -> ArticleText:
    """The article at ``path`` ("-" for stdin), decoded as UTF-8 with nothing normalised."""
    if path == STDIN:
        return ArticleText("stdin", STDIN, sys.stdin.buffer.read().decode("utf-8"))
    return ArticleText(Path(path).stem, path, Path(path).read_bytes().decode("utf-8"))


def read_articles(paths: list[str]) -> Iterator[ArticleText]:
    for path in paths:
        yield read_article(path)
