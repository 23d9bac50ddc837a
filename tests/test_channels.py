"""Channels (via): the document, outlet, show or platform that carried a speaker's words."""


def test_issuer_of_a_statement_is_the_speaker_and_the_statement_the_channel(quotes_of):
    text = ("Transit union president Gloria Mendes issued a statement saying the cuts "
            "“put riders in the outer suburbs last, again.”")
    assert quotes_of(text)[0][1:] == ("Gloria Mendes", "person", "statement")


def test_said_in_a_statement(quotes_of):
    text = "“We are disappointed by the verdict,” chief executive Lena Fischer said in a statement on Friday."
    assert quotes_of(text)[0][1:] == ("Lena Fischer", "person", "statement")


def test_an_institution_in_its_own_readout_speaks_as_itself(quotes_of):
    text = "In a readout of the meeting, the city council said the talks were “frank and useful.”"
    assert quotes_of(text)[0][2:] == ("organization", None)


def test_wrote_on_a_platform(quotes_of):
    text = "“Proud of this squad,” midfielder Lucia Romero wrote on Instagram after the final."
    assert quotes_of(text)[0][1:] == ("Lucia Romero", "person", "Instagram")


def test_told_an_outlet(quotes_of):
    text = "“The merger is off,” chief executive Anil Mehta told Reuters on Tuesday."
    assert quotes_of(text)[0][1:] == ("Anil Mehta", "person", "Reuters")


def test_outlet_told_is_never_the_speaker(quotes_of):
    text = "“Yes, I back the stadium deal,” Maria Santos tells Reuters in an interview."
    assert quotes_of(text)[0][1] == "Maria Santos"


def test_interview_and_reporters_are_direct_speech(quotes_of):
    text = ("“The vaccine trial will finish in June,” lead researcher Ingrid Solberg said "
            "in an interview. “Then we publish,” she told reporters.")
    assert [q[3] for q in quotes_of(text)] == [None, None]


def test_said_on_a_talk_show(quotes_of):
    text = "“The budget is balanced,” Premier Dara Quinn said on a Sunday talk show."
    assert quotes_of(text)[0][3] == "Sunday talk show"


def test_a_verb_that_names_its_platform(quotes_of):
    text = ("The club confirmed the transfer on Monday.\n\n"
            "Striker Kofi Mensah tweeted: “Dreams come true. See you in Lisbon.”")
    assert quotes_of(text)[0][1:] == ("Kofi Mensah", "person", "Twitter")


def test_wrote_on_x_at_the_end_of_the_sentence(quotes_of):
    text = "The club confirmed the transfer.\n\n“Dreams come true,” goalkeeper Tomasz Nowak wrote on X."
    assert quotes_of(text)[0][1:] == ("Tomasz Nowak", "person", "X")


def test_told_a_broadcaster_after_a_second_verb_and_in_the_paragraphs_that_follow(quotes_of):
    text = ("Flooding closed the highway north of Auckland.\n\n"
            "Mayor Wayne Brown visited the site and told Radio New Zealand that the damage was "
            "“worse than anything we have seen.”\n\n"
            "“We will need help from the government.”")
    assert [q[1:] for q in quotes_of(text)] == [("Wayne Brown", "person", "Radio New Zealand")] * 2


def test_telling_a_council_is_no_channel(quotes_of):
    text = "Flooding closed the highway.\n\n“We will rebuild,” Mayor Wayne Brown told the city council."
    assert quotes_of(text)[0][1:] == ("Wayne Brown", "person", None)
