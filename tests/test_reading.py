"""Reading article files, whatever they hold, and cutting long ones into chunks."""
import os

import pytest

from conftest import SAMPLES
from quotes.sources import Article, Options, Source, SourceError, read
from quotes.parsing import split

FRENCH = "Le ministre a déclaré : « Nous sommes prêts », selon José Müller à Zürich.\n"
ENGLISH = "“We are ready,” said José Müller — the café owner.\n"


def read_article(path, kind="text"):
    """The one article of a file; SourceError with the reason it was passed over."""
    notices = []
    articles = list(read(Source(path, kind, "a.txt", "a"), Options(), notices.append))
    if notices:
        raise SourceError(notices[0].reason)
    [article] = articles
    return article


def test_utf8_is_read_as_it_is(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    article = read_article(str(path))
    assert (article.doc_id, article.text) == ("a", ENGLISH)


@pytest.mark.parametrize("text, encoding", [(FRENCH, "latin-1"), (ENGLISH, "cp1252"), (FRENCH, "cp1252")])
def test_legacy_encodings_are_detected(tmp_path, text, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    assert read_article(str(path)).text == text


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b" \n\n\t\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary file"),
    (b"plain ASCII, then a NUL\x00 byte", "binary file"),
    (bytes(range(1, 256)) * 8, "binary file"),  # no NUL, but no encoding makes text of it
])
def test_files_without_text_are_refused_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError, match=reason):
        read_article(str(path))


def test_utf16_with_a_byte_order_mark_is_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(ENGLISH.encode("utf-16"))
    assert read_article(str(path)).text == ENGLISH


def test_a_folder_is_unreadable(tmp_path):
    with pytest.raises(SourceError, match="unreadable: is a directory"):
        read_article(str(tmp_path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_read_permission_is_unreadable(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    path.chmod(0)
    with pytest.raises(SourceError, match="unreadable: permission denied"):
        read_article(str(path))


@pytest.mark.parametrize("text, limit, chunks", [
    ("one\ntwo\nthree\n", 100, ["one\ntwo\nthree\n"]),
    ("one\ntwo\nthree\n", 9, ["one\ntwo\n", "three\n"]),
    ("one two three", 9, ["one two ", "three"]),
    ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
])
def test_split_cuts_after_paragraphs_then_spaces(text, limit, chunks):
    assert list(split(text, limit)) == chunks


def test_title_is_the_first_line_shortened_when_long():
    assert Article("a", "a.txt", "\nBiden and Xi talk\n\nBody.").title == "Biden and Xi talk"
    long = Article("a", "a.txt", "word " * 100).title
    assert len(long) <= 120 and long.endswith("…")
