"""Reading articles: plain-text files, folders of them, or standard input."""
import codecs
import hashlib
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

STDIN = "-"
TITLE_CHARS = 120
# NUL bytes mean binary content, unless a byte order mark announces UTF-16 or UTF-32.
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Most legacy-encoded news is Latin-1 or Windows-1252 (a superset of its printable part).
_WESTERN = "cp1252"


class ArticleError(Exception):
    """A path that holds no article; the message says why ("binary file", "empty file"...)."""


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
        """The first non-empty line, shortened when the article opens with a long paragraph."""
        first = next((line.strip() for line in self.text.splitlines() if line.strip()), "")
        return textwrap.shorten(first, TITLE_CHARS, placeholder=" …")


def article_paths(paths: list[str]) -> list[str]:
    """Expand folders to the ``*.txt`` files below them, sorted; fail on a path with none."""
    found: list[str] = []
    for given in paths:
        if not given.strip():
            raise ArticleError("an empty path was given")
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
    """The article at ``path`` ("-" for stdin), decoded with nothing normalised.

    Raises ArticleError for a file that cannot be read, is binary or holds no text.
    """
    try:
        data = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
    except OSError as exc:
        raise ArticleError(f"unreadable: {(exc.strerror or str(exc)).lower()}") from exc
    text = decode(data)
    if not text.strip():
        raise ArticleError("empty file")
    return ArticleText("stdin" if path == STDIN else Path(path).stem, path, text)


def decode(data: bytes) -> str:
    """UTF-8 when it is; else the encoding charset-normalizer detects, Windows-1252 on a tie."""
    if b"\0" in data and not data.startswith(_WIDE_BOMS):
        raise ArticleError("binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data)
    if not matches:
        raise ArticleError("binary file")
    least_chaos = min(m.chaos for m in matches)
    if any(m.chaos == least_chaos and _WESTERN in m.could_be_from_charset for m in matches):
        return data.decode(_WESTERN)
    return str(matches.best())
