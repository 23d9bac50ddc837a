"""HTML news pages: the main text and metadata through trafilatura, offline.

trafilatura drops navigation, footers, comments and markup; the page is never fetched
(it is given as bytes, so no URL is ever opened).
"""
from quotes.sources.fields import Options, parse_date
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
    body = "\n\n".join(line.strip() for line in (found.get("text") or "").splitlines() if line.strip())
    if not body:
        raise SourceError("no article text found in the page")
    published = None
    if found.get("date"):
        try:
            published = parse_date(found["date"])
        except SourceError as exc:
            warn(f"{exc}; read without it")
    meta = Metadata(found.get("title"), found.get("url"), found.get("sitename"), published,
                    found.get("author")).or_else(options.fallback)
    return with_title(body, meta.title), meta
