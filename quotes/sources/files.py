"""Finding the inputs of a run: files given, the article files of folders, standard input."""
from dataclasses import dataclass
from pathlib import Path

from quotes.sources.record import Notice, Report, SourceError

STDIN = "-"
KINDS = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text", ".html": "html", ".htm": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl",
    ".csv": "csv", ".csv.gz": "csv",
}


@dataclass(frozen=True)
class Source:
    """A file to read (or "-"), its kind, its name (the path relative to the folder it was
    found in, or the path as given) and the ``doc_id`` of its article (that name without
    its type suffix; a file given by itself: its file name without it)."""

    path: str
    kind: str
    name: str
    doc_id: str


def kind_of(path: Path) -> str | None:
    return KINDS.get(_suffix(path.name))


def _suffix(name: str) -> str:
    """The type suffix of a file name: ".jsonl.gz", ".txt"..., else its last suffix."""
    lower = name.lower()
    known = [s for s in KINDS if lower.endswith(s) and lower != s]
    return max(known, key=len) if known else Path(lower).suffix


def without_suffix(name: str) -> str:
    suffix = _suffix(name.rsplit("/", 1)[-1])
    return name[:len(name) - len(suffix)] if suffix else name


def find(paths: list[str], report: Report) -> list[Source]:
    """The inputs of ``paths``: a file of an article type (one without a suffix is plain
    text), every file below a folder (sorted, hidden ones left out) of an article type.
    Other files are reported: failed when given, ignored when found in a folder.

    Raises SourceError for a path that does not exist, a folder without articles, or
    nothing to read at all.
    """
    found: list[Source] = []
    for given in paths:
        if not given.strip():
            raise SourceError("an empty path was given")
        path = Path(given)
        if given == STDIN:
            found.append(Source(STDIN, "text", "stdin", "stdin"))
        elif path.is_dir():
            found.extend(_folder(path, report))
        elif path.is_file() and (kind_of(path) or not path.suffix):  # no suffix: plain text
            found.append(Source(given, kind_of(path) or "text", path.as_posix(), without_suffix(path.name)))
        elif path.is_file():
            report(Notice(given, f"unsupported type {_suffix(path.name)}"))
        else:
            raise SourceError(f"no such file or folder: {given}")
    if not found:
        raise SourceError(f"nothing to read: articles are {', '.join(KINDS)}")
    return found


def _folder(folder: Path, report: Report) -> list[Source]:
    found, ignored = [], 0
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        kind = kind_of(path)
        if kind is None:
            ignored += 1
            report(Notice(str(path), f"unsupported type {_suffix(path.name) or '(no extension)'}", "ignored"))
            continue
        found.append(Source(str(path), kind, relative.as_posix(), without_suffix(relative.as_posix())))
    if not found:
        others = f"; {ignored} files of other types" if ignored else ""
        raise SourceError(f"no articles in folder: {folder} (looked for {', '.join(KINDS)}{others})")
    return found
