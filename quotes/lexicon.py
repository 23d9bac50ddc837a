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
# Verbs that report speech only with their particle: "shot back", "chimed in".
PHRASAL_CUES = _table("phrasal_cues.txt")

# Nouns of things said, whose possessor is the speaker: "Trump's claim that there have been ...".
SPEECH_NOUNS = _words("speech_nouns.txt")

# Nouns that, as the object of "in a ...", "according to a ..." or as a subject, name a
# document or report through which words reach the article.
DOCUMENT_NOUNS = _words("document_nouns.txt")
# Shows and platforms that, as "on ..." or "in ...", carry words to the article.
CHANNEL_NOUNS = _words("channel_nouns.txt")
# Occasions of direct speech, never a channel: "in an interview", "at a briefing".
DIRECT_SETTINGS = _words("direct_settings.txt")

# Head nouns of institutions speaking as themselves.
ORGANIZATION_NOUNS = set("""
ministry department government administration agency office house campaign committee
council commission company firm embassy party army military police court congress
senate parliament cabinet kremlin pentagon bureau union association organization
organisation group foundation institute university coalition
""".split())

# Media outlets and nouns that mark a media channel.
MEDIA_NAMES = set("""
xinhua reuters ap afp bloomberg cnn bbc msnbc nbc cbs abc fox politico axios breitbart
tass ria kcna yonhap kyodo npr pbs c-span
""".split())
MEDIA_PHRASES = (
    "associated press", "new york times", "washington post", "wall street journal",
    "los angeles times", "financial times", "new york post", "fox news", "nbc news",
    "cbs news", "abc news", "the times", "the guardian", "huffington post", "huffpost",
    "global times", "people's daily", "china daily", "cctv", "state media",
    "state television", "state tv", "news agency", "state news agency",
)
MEDIA_NOUNS = set("""
media newspaper paper agency broadcaster network outlet television tv radio magazine
tabloid channel daily
""".split())

# Roles that, in a definite description ("the Vermont senator"), stand for a person the
# article names with that role; with the abbreviations of them used as titles.
ROLE_NOUNS = set("""
president senator governor secretary mayor nominee candidate businessman businesswoman
congressman congresswoman representative leader chairman chairwoman minister spokesman
spokeswoman ambassador general judge lawmaker chancellor premier director lady billionaire
""".split())
ROLE_ABBREVIATIONS = {"senator": "sen", "governor": "gov", "representative": "rep", "general": "gen"}

# Titles and honorifics dropped from the front of a person's name.
TITLES = set("""
mr mrs ms miss dr prof president vice secretary minister premier spokesman spokeswoman
spokesperson senator sen rep representative congressman congresswoman gov governor gen
general chairman chairwoman chair leader ambassador commissioner judge justice mayor
chancellor king queen prince princess pope rev sir dame lord lady lt col capt sgt adm
director deputy assistant chief attorney treasury state former acting candidate nominee
president-elect
""".split())

PERSON_PRONOUNS = set("he she him her".split())
GROUP_PRONOUNS = set("they them we us it".split())
