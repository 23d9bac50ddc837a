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
