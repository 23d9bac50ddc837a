"""The extract run: chunks of long articles, worker processes, articles stored in input order."""
import json

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from quotes import parsing, pipeline, variants
from quotes.sources import Article
from quotes.cli import cli
from quotes.storage import open_store

COUNCIL = ("Council backs new bridge\n"
           "“The bridge will reopen in May,” said Ana Costa, the mayor of Porto.\n"
           "Costa added that the works were on budget.\n")
MATCH = ("Short headline-like line\n"
         "“We played with heart,” coach Luis Moreno said.\n"
         "“The league is long,” Moreno said.\n")


def test_a_long_article_is_attributed_chunk_by_chunk_with_offsets_of_the_whole_text(nlp):
    text = COUNCIL + MATCH
    chunks = list(parsing.chunks(7, text, limit=len(COUNCIL)))
    assert [c.text for c in chunks] == [COUNCIL, MATCH] and chunks[1].start == len(COUNCIL)

    parsing.init(nlp, variants.load())
    found = parsing.extract_batch(chunks)

    assert [(f.key, f.last) for f in found] == [(7, False), (7, True)]
    quotes = [(text[q.start:q.end], q.attribution.speaker) for f in found for q in f.quotations]
    # the second chunk's first line is no headline: only the article's first line is
    assert quotes == [("The bridge will reopen in May,", "Ana Costa"),
                      ("We played with heart,", "Luis Moreno"), ("The league is long,", "Luis Moreno")]
    mention = found[1].quotations[0].attribution.mention
    assert text[mention[0]:mention[1]] == "Luis Moreno"


def test_a_chunk_without_quotation_marks_gives_no_quotations(nlp):
    parsing.init(nlp, variants.load())
    [found] = parsing.extract_batch([parsing.Chunk(0, "The council met on Tuesday.\nNobody spoke.\n")])
    assert found.quotations == [] and found.error is None


def test_two_jobs_store_and_write_what_one_does(tmp_path):
    outputs = {}
    for jobs in (1, 2):
        db, out = tmp_path / f"{jobs}.db", tmp_path / f"{jobs}.jsonl"
        result = CliRunner().invoke(cli, ["extract", str(SAMPLES), "--db", str(db), "--jsonl", str(out),
                                          "--jobs", str(jobs)])
        assert result.exit_code == 0, result.output
        outputs[jobs] = out.read_text(encoding="utf-8")
    assert outputs[1] == outputs[2]
    assert len({json.loads(line)["doc_id"] for line in outputs[2].splitlines()}) > 1


def test_articles_are_reported_once_stored_in_input_order(tmp_path, nlp):
    engine = open_store(tmp_path / "q.db")
    articles = [Article(f"a{i}", f"a{i}.txt", f"“Goal number {i},” said striker Ada Eze.\n") for i in range(5)]
    pipeline.run(articles[:2], nlp, engine, variants.load())
    seen = []

    tally = pipeline.run(articles, nlp, engine, variants.load(), jobs=2, on_article=lambda a: seen.append(a.doc_id))

    assert seen == ["a0", "a1", "a2", "a3", "a4"]
    assert (tally.read, tally.unchanged, tally.quotes) == (5, 2, 3)
    assert tally.keys == [a.key for a in articles]


@pytest.mark.parametrize("jobs", ["0", "two"])
def test_jobs_must_be_a_positive_number(tmp_path, jobs):
    result = CliRunner().invoke(cli, ["extract", str(SAMPLES), "--db", str(tmp_path / "q.db"), "--jobs", jobs])
    assert result.exit_code == 2 and "--jobs" in result.output
    assert not (tmp_path / "q.db").exists()
