"""Plain-text and Markdown articles, with optional YAML front matter for their metadata."""
import codecs
import re

import yaml
from charset_normalizer import from_bytes

from quotes.sources.fields import Options, metadata
from quotes.sources.record import Metadata, SourceError, with_title

# NUL bytes mean binary content, unless a byte order mark announces UTF-16 or UTF-32.
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Most legacy-encoded news is Latin-1 or Windows-1252 (a superset of its printable part).
_WESTERN = "cp1252"
# YAML between a first line `---` and the next line `---` (or `...`), then the body.
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


def read_text(data: bytes, options: Options, warn) -> tuple[str, Metadata]:
    """The article text of a file's bytes and its metadata (front matter, else the run's).

    Without front matter the text is the file's, decoded with nothing normalised.
    Raises SourceError for binary content, an empty article or front matter that is not YAML.
    """
    text = decode(data)
    found, text = front_matter(text, options, warn)
    if not text or text.isspace():  # no stripped copy of a long text
        raise SourceError("empty file" if found is None else "no text after the front matter")
    if found is None:
        return text, options.fallback
    return with_title(text, found.title), found


def front_matter(text: str, options: Options, warn) -> tuple[Metadata | None, str]:
    """The metadata of the front matter (None when there is none) and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, text
    try:
        fields = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise SourceError(f"front matter is not YAML: {str(exc).splitlines()[0]}") from exc
    if not isinstance(fields, dict):
        return None, text
    return metadata(fields, options, warn), text[match.end():].lstrip("\r\n")


def decode(data: bytes) -> str:
    """UTF-8 when it is; else the encoding charset-normalizer detects, Windows-1252 on a tie."""
    if b"\0" in data and not data.startswith(_WIDE_BOMS):
        raise SourceError("binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data)
    if not matches:
        raise SourceError("binary file")
    least_chaos = min(m.chaos for m in matches)
    if any(m.chaos == least_chaos and _WESTERN in m.could_be_from_charset for m in matches):
        return data.decode(_WESTERN)
    return str(matches.best())
