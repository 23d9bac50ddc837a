"""Word lists the attribution rules read: reporting verbs, titles, kinds of speakers and channels.

The lists are sets on purpose: the spaCy component (quotes.component) adds the words of a
pipeline's own lexicon to them while it runs, then takes them out again.
"""
from importlib.resources import files


def _words(name: str) -> set[str]:
    """The words of a list in ``quotes/data/``: whitespace-separated, '#' starting a comment."""
    return {w for line in _lines(name) for w in line}


def _table(name: str) -> dict[str, frozenset[str]]:
    """A list in ``quotes/data/`` of a word a line followed by the words that go with it."""
    table: dict[str, set[str]] = {}
    for first, *rest in _lines(name):
        table.setdefault(first, set()).update(rest)
    return {word: frozenset(rest) for word, rest in table.items()}


def _lines(name: str) -> list[list[str]]:
    text = files("quotes.data").joinpath(name).read_text(encoding="utf-8")
    return [words for line in text.splitlines() if (words := line.split("#", 1)[0].split())]


# Lemmas of verbs that introduce reported speech (textacy's REPORTING_VERBS, widened for news).
REPORTING_VERBS = _words("reporting_verbs.txt")
# Verbs that report speech only through a speech complement, with its relations
# ("continue": '"...," he continued' but not 'continue to be "..."').
SPEECH_COMPLEMENTS = _table("speech_complements.txt")
# Verbs whose passive subject is the one spoken to or named: "she was asked, '...'".
PASSIVE_TARGETS = _words("passive_targets.txt")
# Verbs whose participle goes on with a speaker's words: "..., remarking that ...".
CONTINUING_CUES = _words("continuing_cues.txt")
# Verbs that report speech only with their particle: "shot back", "chimed in".
PHRASAL_CUES = _table("phrasal_cues.txt")

# Nouns of things said, whose possessor is the speaker: "Trump's claim that there have been ...".
SPEECH_NOUNS = _words("speech_nouns.txt")

# Nouns that, as the object of "in a ...", "according to a ..." or as a subject, name a
# document or report through which words reach the article.
DOCUMENT_NOUNS = _words("document_nouns.txt")
# Polls and surveys, through which their figures speak: "75 percent of voters said".
POLL_NOUNS = _words("poll_nouns.txt")
# Shows and platforms that, as "on ..." or "in ...", carry words to the article.
CHANNEL_NOUNS = _words("channel_nouns.txt")
# Verbs that name the platform their words went out on: "tweeted" -> Twitter.
CHANNEL_VERBS = {verb: " ".join(platform) for verb, *platform in _lines("channel_verbs.txt")}
# Occasions of direct speech, never a channel: "in an interview", "at a briefing".
DIRECT_SETTINGS = _words("direct_settings.txt")

# Head nouns of institutions speaking as themselves.
ORGANIZATION_NOUNS = _words("organizations.txt")

# Media: the world's wire services, broadcasters and papers of record; the last words of
# an outlet's name ("the Winnipeg Free Press"); nouns that mark a media channel.
MEDIA_OUTLETS = {" ".join(words) for words in _lines("media_outlets.txt")}
MEDIA_MASTHEADS = _words("media_mastheads.txt")
MEDIA_NOUNS = _words("media_nouns.txt")

# Titles and roles before a person's name (with nameparser's, see quotes/people.py), the
# words naming one role, and words that tell a man from a woman.
TITLES = _words("titles.txt")
TITLE_ABBREVIATIONS = _words("title_abbreviations.txt")  # kept whole by the tokenizer (quotes.nlp)
PARTY_WORDS = _words("party_words.txt")
POLITICAL_ROLES = _words("political_roles.txt")
# Words naming one role: "Sen." and "senator", "manager" and "coach".
ROLE_NAMES = {word: frozenset(group) for group in _lines("role_names.txt") for word in group}
MALE_WORDS = _words("male_words.txt")
FEMALE_WORDS = _words("female_words.txt")

PERSON_PRONOUNS = set("he she him her his".split())
GROUP_PRONOUNS = set("they them we us it".split())
