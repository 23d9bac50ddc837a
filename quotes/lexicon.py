"""Word lists the attribution rules read: reporting verbs, titles, kinds of speakers and channels."""
from importlib.resources import files


def _words(name: str) -> frozenset[str]:
    """The words of a list in ``quotes/data/``: whitespace-separated, '#' starting a comment."""
    text = files("quotes.data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() for w in line.split("#", 1)[0].split())


def _lines(name: str) -> list[str]:
    """The lines of a list in ``quotes/data/``, one entry a line, '#' starting a comment."""
    text = files("quotes.data").joinpath(name).read_text(encoding="utf-8")
    return [e for e in (line.split("#", 1)[0].strip() for line in text.splitlines()) if e]


# Lemmas of verbs that introduce reported speech (textacy's REPORTING_VERBS, widened for news).
REPORTING_VERBS = frozenset("""
accuse acknowledge add address admit advise affirm allege announce answer argue ask
assert assure aver boast brag call caution cite claim comment complain concede conclude
confirm contend continue counter cry declare decry demand deny describe dismiss echo
emphasize emphasise estimate explain express fume grumble highlight indicate inform insist
joke lament mention muse note notice object observe offer opine plead pledge point posit
post praise predict proclaim promise propose protest quip quote rail recall recount
reflect reiterate reject remark remind reply report respond retort reveal say scoff
scream shout sing snap state stress suggest swear tell testify tweet urge vow warn
whisper write yell attack blast slam criticize criticise condemn denounce dub label brand
term hail tout mock ridicule lambaste chide blame thank question wonder read recite chant
characterize characterise laud applaud pen underline charge press
""".split())

# Nouns of things said, whose possessor is the speaker: "Trump's claim that there have been ...".
SPEECH_NOUNS = frozenset("""
claim statement remark comment assertion warning promise pledge words charge accusation
allegation argument message description vow threat boast insistence suggestion call
""".split())

# Nouns that, as the object of "in a ...", "according to a ..." or as a subject, name a
# document or report through which words reach the article.
DOCUMENT_NOUNS = frozenset("""
statement readout report release transcript letter memo email tweet post interview
communique communiqué editorial commentary broadcast op-ed column briefing note filing
article ad advertisement spot clip book ruling complaint study survey poll document brief
missive
""".split())

# Head nouns of institutions speaking as themselves.
ORGANIZATION_NOUNS = _words("organizations.txt")

# Media: the world's wire services, broadcasters and papers of record; the last words of
# an outlet's name ("the Winnipeg Free Press"); nouns that mark a media channel.
MEDIA_OUTLETS = frozenset(_lines("media_outlets.txt"))
MEDIA_MASTHEADS = _words("media_mastheads.txt")
MEDIA_NOUNS = _words("media_nouns.txt")

# Titles and roles before a person's name (with nameparser's, see quotes/people.py), the
# abbreviations of roles used as titles, and words that tell a man from a woman.
TITLES = _words("titles.txt")
ROLE_ABBREVIATIONS = dict(line.split() for line in _lines("title_abbreviations.txt"))
MALE_WORDS = _words("male_words.txt")
FEMALE_WORDS = _words("female_words.txt")

PERSON_PRONOUNS = frozenset("he she him her".split())
GROUP_PRONOUNS = frozenset("they them we us it".split())
