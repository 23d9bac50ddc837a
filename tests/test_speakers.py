"""Attributing quotations: the cue, the canonical speaker, its type and the channel."""


def test_surname_goes_back_to_the_full_name(quotes_of):
    text = ("National Security Council spokesman John Kirby spoke after the call.\n\n"
            "“It was candid,” Kirby said.")
    assert quotes_of(text) == [("It was candid,", "John Kirby", "person", None)]


def test_title_is_stripped(quotes_of):
    text = "“Trade must stay open,” Treasury Secretary Janet Yellen said on Monday."
    assert quotes_of(text)[0][1:3] == ("Janet Yellen", "person")


def test_speaker_after_the_cue(quotes_of):
    text = "''This isn't tax reform,'' said Douglas Holtz-Eakin, a former budget director."
    assert quotes_of(text)[0][1] == "Douglas Holtz-Eakin"


def test_interrupted_quote_has_one_speaker(quotes_of):
    text = "“A deal is close,” Jane Smith said, “but it is not done.”"
    assert [q[1] for q in quotes_of(text)] == ["Jane Smith", "Jane Smith"]


def test_pronoun_goes_back_to_the_person(quotes_of):
    text = ("Senator Mary Jones spoke on Tuesday.\n\n"
            "“We need a vote this week,” she said.")
    assert quotes_of(text)[0][1] == "Mary Jones"


def test_anonymous_source(quotes_of):
    text = "“There is no deal yet,” a senior administration official told reporters."
    assert quotes_of(text)[0][1:3] == ("senior administration official", "anonymous")


def test_organization_speaking_as_itself(quotes_of):
    text = "The White House said the talks were “candid and constructive.”"
    assert quotes_of(text)[0][1:3] == ("White House", "organization")


def test_channel_according_to_state_media(quotes_of):
    text = "“We will not stand idly by,” Xi Jinping warned, according to Chinese state media."
    assert quotes_of(text) == [("We will not stand idly by,", "Xi Jinping", "person", "Chinese state media")]


def test_quote_without_a_cue_continues_the_one_before(quotes_of):
    text = "“We are ready,” Jane Smith said. “We have been ready for years.”"
    assert [q[1] for q in quotes_of(text)] == ["Jane Smith", "Jane Smith"]


def test_scare_quotes_are_not_a_speakers_words(quotes_of):
    assert quotes_of("The so-called “gig economy” keeps growing in cities.") == []
