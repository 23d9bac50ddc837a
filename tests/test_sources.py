"""Readers of each input kind, without the language model: what article each file gives."""
import csv
import gzip
import json
from datetime import date

import pytest

from conftest import SAMPLES
from quotes.sources import Metadata, Options, SourceError, find, read
from quotes.sources.fields import parse_date

RULING = "“We will appeal,” said Maria Silva, the club’s lawyer.\n\nThe hearing lasted two days.\n"


def read_all(paths, options=Options()):
    """The articles of ``paths`` and the notices given while reading them."""
    notices = []
    articles = [a for source in find([str(p) for p in paths], notices.append)
                for a in read(source, options, notices.append)]
    return articles, notices


def test_a_folder_gives_every_article_type_and_names_the_rest(tmp_path):
    (tmp_path / "a.txt").write_text(RULING, encoding="utf-8")
    (tmp_path / "B.TXT").write_text(RULING, encoding="utf-8")
    (tmp_path / "c.Md").write_text(RULING, encoding="utf-8")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "notes").write_text("no extension", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\0\0")
    articles, notices = read_all([tmp_path])
    assert [a.doc_id for a in articles] == ["B", "a", "c"]
    assert [(n.where, n.reason, n.kind) for n in notices] == [
        (str(tmp_path / "notes"), "unsupported type (no extension)", "ignored"),
        (str(tmp_path / "report.pdf"), "unsupported type .pdf", "ignored"),
    ]


def test_a_file_given_by_itself_is_read_by_its_type_or_named(tmp_path):
    (tmp_path / "ruling").write_text(RULING, encoding="utf-8")
    (tmp_path / "ruling.text").write_text(RULING, encoding="utf-8")
    (tmp_path / "dump.json").write_text(json.dumps([{"text": RULING}]), encoding="utf-8")
    articles, notices = read_all([tmp_path / "ruling", tmp_path / "ruling.text", tmp_path / "dump.json"])
    assert [a.doc_id for a in articles] == ["ruling", "ruling"]
    assert [(n.where, n.reason, n.kind) for n in notices] == [
        (str(tmp_path / "dump.json"), "unsupported type .json", "failed")]


def test_a_folder_of_other_files_only_is_refused_with_what_was_looked_for(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7\n")
    with pytest.raises(SourceError, match=r"no articles in folder: .* \(looked for \.txt, .*; 1 files of other types\)"):
        read_all([tmp_path])


def test_files_of_one_name_in_nested_folders_are_two_articles(tmp_path):
    for month in ("05", "06"):
        (tmp_path / "2024" / month).mkdir(parents=True)
        (tmp_path / "2024" / month / "001.txt").write_text(f"Council meets in month {month}.\n", encoding="utf-8")
    articles, _ = read_all([tmp_path])
    assert [(a.doc_id, a.key) for a in articles] == [("2024/05/001", "2024/05/001.txt"),
                                                     ("2024/06/001", "2024/06/001.txt")]
    [alone], _ = read_all([tmp_path / "2024" / "05" / "001.txt"])
    assert (alone.doc_id, alone.key) == ("001", (tmp_path / "2024" / "05" / "001.txt").as_posix())


def test_front_matter_gives_the_metadata_and_the_title_opens_the_text(tmp_path):
    path = tmp_path / "ruling.md"
    path.write_text("---\ntitle: Club to appeal stadium ruling\noutlet: Lisbon Ledger\ndate: 2024-05-03\n"
                    "url: https://ledger.example/ruling\nauthors: [Ana Costa, Rui Lopes]\n---\n" + RULING,
                    encoding="utf-8")
    [article], notices = read_all([path])
    assert notices == []
    assert article.meta == Metadata("Club to appeal stadium ruling", "https://ledger.example/ruling",
                                    "Lisbon Ledger", date(2024, 5, 3), "Ana Costa; Rui Lopes")
    assert article.text == "Club to appeal stadium ruling\n\n" + RULING
    assert article.key == "https://ledger.example/ruling" and article.title == "Club to appeal stadium ruling"


def test_a_markdown_heading_that_is_the_title_is_not_repeated(tmp_path):
    path = tmp_path / "ruling.md"
    path.write_text("---\ntitle: Club to appeal\n---\n# Club to appeal\n\n" + RULING, encoding="utf-8")
    [article], _ = read_all([path])
    assert article.text == "# Club to appeal\n\n" + RULING and article.title == "Club to appeal"


def test_front_matter_that_is_not_yaml_is_a_reason_to_skip(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("---\ntitle: [unclosed\n---\n" + RULING, encoding="utf-8")
    articles, [notice] = read_all([path])
    assert articles == [] and notice.reason.startswith("front matter is not YAML")


def test_run_metadata_fills_only_what_a_file_lacks(tmp_path):
    (tmp_path / "plain.txt").write_text(RULING, encoding="utf-8")
    (tmp_path / "dated.md").write_text("---\ndate: 3 May 2024\n---\n" + RULING, encoding="utf-8")
    run = Options(fallback=Metadata(outlet="Lisbon Ledger", published=date(2024, 6, 1)))
    dated, plain = read_all([tmp_path], run)[0]
    assert (plain.meta.outlet, plain.meta.published) == ("Lisbon Ledger", date(2024, 6, 1))
    assert (dated.meta.outlet, dated.meta.published) == ("Lisbon Ledger", date(2024, 5, 3))
    assert plain.text == RULING  # no front matter: the file as it is



def test_a_date_in_the_path_dates_an_article_that_gives_none(tmp_path):
    folder = tmp_path / "ledger" / "2024" / "05" / "14"
    folder.mkdir(parents=True)
    (folder / "appeal.txt").write_text(RULING, encoding="utf-8")
    (tmp_path / "gazette_2024-05-15_stadium-ruling.txt").write_text(RULING, encoding="utf-8")
    (tmp_path / "courier_2024-05-16.md").write_text("---\ndate: 3 May 2024\n---\n" + RULING, encoding="utf-8")
    (tmp_path / "wire_2024-13-40_ruling.txt").write_text(RULING, encoding="utf-8")  # no such day
    run = Options(fallback=Metadata(published=date(2024, 6, 1)))
    articles, _ = read_all([tmp_path], run)
    dates = {a.doc_id: a.meta.published for a in articles}
    assert dates == {"ledger/2024/05/14/appeal": date(2024, 5, 14),
                     "gazette_2024-05-15_stadium-ruling": date(2024, 5, 15),
                     "courier_2024-05-16": date(2024, 5, 3),  # its front matter's date first
                     "wire_2024-13-40_ruling": date(2024, 6, 1)}  # the run's date last


@pytest.mark.parametrize("written, day", [
    ("2024-05-03", date(2024, 5, 3)),
    ("2024-05-03T23:10:00Z", date(2024, 5, 3)),
    ("2024-05-03 09:15:00", date(2024, 5, 3)),
    ("Fri, 03 May 2024 09:00:00 GMT", date(2024, 5, 3)),
    ("3 May 2024", date(2024, 5, 3)),
    ("May 2024", date(2024, 5, 1)),
])
def test_dates_are_read_in_the_forms_corpora_use(written, day):
    assert parse_date(written) == day


@pytest.mark.parametrize("written, reason", [
    ("3 May", "has no year"), ("2024", "has no month"), ("soon", "not understood")])
def test_dates_without_year_or_month_are_refused(written, reason):
    with pytest.raises(SourceError, match=reason):
        parse_date(written)


def test_a_date_that_is_none_is_named_and_the_article_kept(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": RULING, "date": "last Tuesday-ish"}) + "\n", encoding="utf-8")
    [article], [notice] = read_all([path])
    assert article.meta.published is None
    assert (notice.where, notice.kind) == (f"{path}:1", "warning") and "not understood" in notice.reason


def test_news_please_records_are_read_with_the_default_fields(tmp_path):
    path = tmp_path / "dump.jsonl.gz"
    record = {"maintext": RULING, "title": "Club to appeal", "date_publish": "2024-05-03 10:00:00",
              "source_domain": "ledger.example", "url": "https://ledger.example/a", "authors": ["Ana Costa"]}
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps(record) + "\n\n" + json.dumps({**record, "url": "https://ledger.example/b"}) + "\n")
    articles, notices = read_all([path])
    assert notices == [] and [a.key for a in articles] == ["https://ledger.example/a", "https://ledger.example/b"]
    assert articles[0].meta == Metadata("Club to appeal", "https://ledger.example/a", "ledger.example",
                                        date(2024, 5, 3), "Ana Costa")
    assert [a.doc_id for a in articles] == ["dump:1", "dump:3"]  # no id field: corpus and line
    assert articles[0].path == f"{path}:1"


def test_bad_lines_of_a_corpus_are_named_by_line_and_the_rest_read(tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": "r1", "text": RULING}), "{not json", json.dumps(["a", "list"]),
             json.dumps({"id": "r4", "text": "  "}), json.dumps({"id": "r5", "body": RULING})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, notices = read_all([path])
    given = path.as_posix()  # a file given by itself is named by its path as given
    assert [(a.doc_id, a.key) for a in articles] == [("r1", f"{given}#r1"), ("r5", f"{given}#r5")]
    assert [(n.where, n.reason.split(":")[0]) for n in notices] == [
        (f"{path}:2", "not JSON"), (f"{path}:3", "not a JSON object"), (f"{path}:4", "no text (fields tried")]


def test_csv_records_are_named_by_the_line_they_start_on(tmp_path):
    path = tmp_path / "media.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["stories_id", "publish_date", "media_name", "title", "story"])
        writer.writerow(["11", "2024-05-03", "Lisbon Ledger", "Club to appeal", RULING])  # lines 2 to 5
        writer.writerow(["12", "2024-05-04", "Porto Post", "No text here", ""])
        writer.writerow(["13", "2024-05-05", "Porto Post", "Fans react", "“Shocking,” said one fan."])
    articles, notices = read_all([path], Options(fields={"text": "story"}))
    assert [(a.doc_id, a.meta.outlet, a.meta.published) for a in articles] == [
        ("11", "Lisbon Ledger", date(2024, 5, 3)), ("13", "Porto Post", date(2024, 5, 5))]
    assert [(n.where, n.reason) for n in notices] == [(f"{path}:6", "no text (fields tried: story)")]


def test_an_html_page_gives_its_story_without_the_page_around_it():
    page = SAMPLES / "pages" / "bergen-light-rail.html"
    [article], notices = read_all([page])
    assert notices == []
    assert article.meta == Metadata(
        "Bergen council backs light rail extension to Åsane",
        "https://harbourgazette.example/local/2024/06/04/bergen-light-rail-asane",
        "The Harbour Gazette", date(2024, 6, 4), "Liv Andersen")
    assert article.key == article.meta.url and article.doc_id == "bergen-light-rail"
    assert article.text.startswith("Bergen council backs light rail extension to Åsane\n\nBergen city council on Tuesday")
    for boilerplate in ("Home", "Most read", "We were robbed", "Finally!", "cookies", "All rights reserved", "<"):
        assert boilerplate not in article.text
    assert "\n\n“" not in article.text and article.text.count('"') == 8  # four quotations, all kept


def test_a_page_without_an_article_is_named(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Gallery</title></head><body><img src='a.jpg'></body></html>")
    (tmp_path / "blank.htm").write_text("\n")
    articles, notices = read_all([tmp_path])
    assert articles == []
    assert [n.reason for n in notices] == ["empty file", "no article text found in the page"]


def test_links_to_other_stories_between_paragraphs_are_left_out(tmp_path):
    path = tmp_path / "ghent.htm"
    path.write_text(
        "<html><head><title>Ghent court jails fraudster</title></head><body><div class='text'>"
        "<p>A court in Ghent on Tuesday sentenced a former bank adviser to four years in prison.</p>"
        "<p>&#8220;He abused the trust of people who had nobody else,&#8221; judge Els Maes said.</p>"
        "<p>Read more: <a href='/x'>&#8220;I lost everything,&#8221; says victim</a></p>"
        "<p>RELATED: <a href='/y'>Bank fined over adviser</a></p>"
        "<p>The defence said it would appeal against the sentence handed down on Tuesday.</p>"
        "</div></body></html>", encoding="utf-8")
    [article], _ = read_all([path])
    assert "I lost everything" not in article.text and "Bank fined" not in article.text
    assert "He abused the trust" in article.text and "would appeal" in article.text
