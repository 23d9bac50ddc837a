"""The spaCy component "quotes": the attributed quotations of a Doc, on ``doc._.quotes``.

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("quotes", config={"words": {"reporting_verbs": ["grouse"]}})
    for quote in nlp(text)._.quotes:
        print(quote.speaker, quote.content)

The Doc keeps plain offsets (``doc._.quote_offsets``), so results survive
``nlp.pipe(n_process=2)``; ``doc._.quotes`` builds Spans from them. The component's words
extend the word lists of quotes.lexicon while it runs, and are saved with the pipeline
(``nlp.to_disk``) as one file a list, like the patterns of spaCy's span_ruler.
"""
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from quotes import lexicon
from quotes.extraction import extract
from quotes.nlp import keep_titles_whole

# What the rules read from the pipeline before them, and who provides it.
NEEDS = {"token.dep": "a dependency parser", "doc.ents": "named entities", "token.lemma": "lemmas"}


@dataclass(frozen=True)
class Quote:
    """One attributed quotation."""

    content: Span  # the quoted words, without their marks
    speaker: str | None  # the canonical name: "Xi Jinping" for "he" or "the Chinese leader"
    speaker_type: str | None  # person | organization | anonymous | media
    mention: Span | None  # the words naming the speaker
    cue: Span | None  # the reporting verb ("said") or "according to"
    via: str | None  # the channel the words came through ("Xinhua")


def word_lists() -> dict[str, set[str]]:
    """quotes.lexicon's word lists by lower-case name: reporting_verbs, titles, media_names, ..."""
    return {name.lower(): words for name, words in vars(lexicon).items()
            if name.isupper() and isinstance(words, set)}


@contextmanager
def extended(words: dict[str, set[str]]):
    """quotes.lexicon's word lists with ``words`` added, for the length of the block."""
    lists = word_lists()
    added = {name: set(new) - lists[name] for name, new in words.items()}
    for name, new in added.items():
        lists[name] |= new
    try:
        yield
    finally:
        for name, new in added.items():
            lists[name] -= new


class QuoteFinder:
    """The component: finds and attributes the quotations of a parsed Doc."""

    def __init__(self, name: str = "quotes", words: dict[str, list[str]] | None = None):
        self.name = name
        self.words: dict[str, set[str]] = {}
        for list_name, new in (words or {}).items():
            self.add_words(list_name, new)

    def add_words(self, list_name: str, words) -> None:
        """Add ``words`` (lower case) to the word list ``list_name``, e.g. "reporting_verbs"."""
        lists = word_lists()
        if list_name not in lists:
            raise ValueError(f"quotes has no word list {list_name!r}: choose one of {', '.join(sorted(lists))}")
        self.words.setdefault(list_name, set()).update(w.strip().lower() for w in words if w.strip())

    def __call__(self, doc: Doc) -> Doc:
        with extended(self.words):
            found = extract(doc)
        doc._.quote_offsets = [_offsets(q) for q in found]
        return doc

    def to_bytes(self, exclude=()) -> bytes:
        return srsly.msgpack_dumps({name: sorted(words) for name, words in self.words.items()})

    def from_bytes(self, data: bytes, exclude=()) -> "QuoteFinder":
        self.words = {}
        for name, words in srsly.msgpack_loads(data).items():
            self.add_words(name, words)
        return self

    def to_disk(self, path, exclude=()) -> None:
        """One ``<list>.txt`` file a word list, one word a line."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name, words in self.words.items():
            (path / f"{name}.txt").write_text("".join(f"{w}\n" for w in sorted(words)), encoding="utf-8")

    def from_disk(self, path, exclude=()) -> "QuoteFinder":
        self.words = {}
        for file in sorted(Path(path).glob("*.txt")):
            self.add_words(file.stem, file.read_text(encoding="utf-8").splitlines())
        return self


@Language.factory("quotes", default_config={"words": {}}, assigns=["doc._.quotes"],
                  requires=list(NEEDS))
def make_quotes(nlp: Language, name: str, words: dict[str, list[str]]) -> QuoteFinder:
    """The "quotes" component; ``words`` adds words to quotes' word lists by list name."""
    provided = {attr for pipe in nlp.pipe_names for attr in nlp.get_pipe_meta(pipe).assigns}
    missing = [what for attr, what in NEEDS.items() if attr not in provided]
    if missing:
        raise ValueError(
            f"the quotes component needs {', '.join(missing)}, which this pipeline "
            f"({', '.join(nlp.pipe_names) or 'no components'}) does not give: add it to an English "
            "pipeline with a parser and NER, such as en_core_web_sm")
    keep_titles_whole(nlp)  # for the texts this pipeline reads from now on
    return QuoteFinder(name, words)


def _offsets(q) -> dict:
    """A quotation as plain data: character offsets, names and labels."""
    a = q.attribution
    return {"start": q.start, "end": q.end, "speaker": a.speaker, "speaker_type": a.speaker_type,
            "mention": a.mention, "cue": a.cue_span, "via": a.via}


def _quotes(doc: Doc) -> list[Quote]:
    if doc._.quote_offsets is None:
        raise ValueError("doc._.quotes is set by the quotes component: add it with nlp.add_pipe('quotes')")
    return [Quote(_content(doc, o["start"], o["end"]), o["speaker"], o["speaker_type"],
                  _span(doc, o["mention"]), _span(doc, o["cue"]), o["via"])
            for o in doc._.quote_offsets]


def _span(doc: Doc, offsets) -> Span | None:
    return None if offsets is None else doc.char_span(*offsets, alignment_mode="expand")


def _content(doc: Doc, start: int, end: int) -> Span:
    """The tokens of the quoted words, without a quotation mark the tokenizer kept beside them."""
    span = doc.char_span(start, end, alignment_mode="expand")
    first, last = span.start, span.end
    while last - first > 1 and doc[first].is_quote:
        first += 1
    while last - first > 1 and doc[last - 1].is_quote:
        last -= 1
    return doc[first:last]


if not Doc.has_extension("quote_offsets"):
    Doc.set_extension("quote_offsets", default=None)
    Doc.set_extension("quotes", getter=_quotes)
