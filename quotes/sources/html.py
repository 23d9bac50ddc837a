"""HTML news pages: the main text and metadata through trafilatura, offline.

trafilatura drops navigation, footers, comments and markup; links to other stories set
between paragraphs ("Read more: ...", labels in quotes/data/teasers.txt) go too. The page
is never fetched (it is given as bytes, so no URL is ever opened).
"""
from functools import cache
from importlib.resources import files

from quotes.sources.fields import Options, read_date
from quotes.sources.record import Metadata, SourceError, with_title


def read_html(data: bytes, options: Options, warn) -> tuple[str, Metadata]:
    """The article text of a page (headline, blank line, paragraphs separated by blank lines)
    and its metadata: title, canonical URL, site name, date and author, else the run's."""
    import trafilatura  # imported here: it takes a while, and only HTML needs it

    if not data.strip():
        raise SourceError("empty file")
    document = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                           include_tables=False)
    found = document.as_dict() if document is not None else {}
    lines = (line.strip() for line in (found.get("text") or "").splitlines())
    body = "\n\n".join(line for line in lines if line and not line.casefold().startswith(_teasers()))
    if not body:
        raise SourceError("no article text found in the page")
    meta = Metadata(found.get("title"), found.get("url"), found.get("sitename"),
                    read_date(found.get("date"), warn), found.get("author")).or_else(options.fallback)
    return with_title(body, meta.title), meta


@cache
def _teasers() -> tuple[str, ...]:
    """Labels of links to other stories ("Read more:"), from quotes/data/teasers.txt."""
    text = files("quotes.data").joinpath("teasers.txt").read_text(encoding="utf-8")
    return tuple(line.strip().casefold() for line in text.splitlines() if line.strip() and not line.startswith("#"))
