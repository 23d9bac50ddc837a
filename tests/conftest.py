from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def nlp():
    from quotes.nlp import load

    return load()


@pytest.fixture(scope="session")
def quotes_of(nlp):
    """Extract the quotations of a short text: a list of (text, speaker, type, via) tuples."""
    from quotes.extraction import extract

    def run(text):
        return [(q.text, q.attribution.speaker, q.attribution.speaker_type, q.attribution.via)
                for q in extract(nlp(text))]

    return run


@pytest.fixture(scope="session")
def postgres():
    """A real PostgreSQL server for the session (tests/pgserver.py); ``postgres.new_database()``
    gives the URL of a fresh database."""
    from pgserver import server

    running = server()
    yield running
    running.stop()
