"""Reporting cues and runs of quotation paragraphs: which verb reports the words, and whose."""


def test_continue_reports_speech_only_with_a_speech_complement(quotes_of):
    text = ("Coach Ama Owusu said she is sure the club will continue to be "
            "“a home for young players from the whole region.”")
    assert quotes_of(text)[0][1] == "Ama Owusu"


def test_continue_with_the_quotation_as_its_complement_is_a_cue(quotes_of):
    text = "“We will appeal the ruling,” defence lawyer Priya Nair continued."
    assert quotes_of(text)[0][1] == "Priya Nair"


def test_charge_ahead_is_not_a_cue_but_said_is(quotes_of):
    text = ("Councillor Lena Berg said the transit board charged ahead with "
            "“a plan nobody in the east end asked for.”")
    assert quotes_of(text)[0][1] == "Lena Berg"


def test_press_reports_what_a_speaker_urged(quotes_of):
    text = "Mayor Tomas Lindqvist pressed the province to deliver “the funding it promised in March.”"
    assert quotes_of(text)[0][1] == "Tomas Lindqvist"


def test_verbs_with_a_particle_report_speech(quotes_of):
    text = ("Kenji Watanabe, the club's striker, was asked about the transfer.\n\n"
            "“Ask my agent,” Watanabe shot back.\n\n"
            "Midfielder Lars Eriksen sat beside him.\n\n"
            "“We are all staying,” Eriksen chimed in.")
    assert [q[1] for q in quotes_of(text)] == ["Kenji Watanabe", "Lars Eriksen"]


def test_less_common_verbs_of_speech(quotes_of):
    text = ("“It was a long season,” goalkeeper Tomasz Nowak sighed.\n\n"
            "“Order in the court!” Judge Adaeze Okafor exclaimed.")
    assert [q[1] for q in quotes_of(text)] == ["Tomasz Nowak", "Adaeze Okafor"]


def test_quotation_after_a_title_continues_the_speaker(quotes_of):
    text = ("“I expect to be questioned,” the minister said on “Question Period.” "
            "“But not like this.”\n\n")
    text = "Finance Minister Sofia Marquez appeared on television on Sunday.\n\n" + text
    assert [q[1] for q in quotes_of(text)] == ["Sofia Marquez", "Sofia Marquez"]


def test_quotation_paragraph_after_the_sentence_that_carries_the_cue(quotes_of):
    text = ("“We like several of the bids,” Hiroshi Tanaka said during an interview in Osaka, "
            "ahead of the opening of the company's new plant in the port district.\n\n"
            "“It is changing every day. The board will decide in March.”")
    assert [q[1] for q in quotes_of(text)] == ["Hiroshi Tanaka", "Hiroshi Tanaka"]


def test_quotation_paragraph_is_the_words_of_the_person_just_described(quotes_of):
    text = ("Market trader Maria Costa praised the council's new market rules at the meeting.\n\n"
            "“We need someone who will cut the red tape and bring the stallholders together.”")
    assert quotes_of(text)[0][1] == "Maria Costa"


def test_short_quotation_in_title_case_that_a_cue_reports_is_speech(quotes_of):
    text = "“Absolutely Not,” Judge Hana Kim said when asked about a retrial."
    assert quotes_of(text) == [("Absolutely Not,", "Hana Kim", "person", None)]


def test_title_named_by_a_cue_is_not_speech(quotes_of):
    text = "“Running the Numbers,” economist Mei Lin's book on city budgets, argues that councils overspend."
    assert quotes_of(text) == []


def test_participle_cue_shares_the_subject_of_the_verb_above_what_it_reports(quotes_of):
    text = ("Club president Ana Ferreira argued that the new stadium would pay for itself, "
            "saying it is “the best deal this city has seen in decades.”")
    assert quotes_of(text)[0][1] == "Ana Ferreira"


def test_participle_cue_after_a_noun_clause_shares_the_main_subject(quotes_of):
    text = ("Professor Kwame Asante rejected the notion that the trial should be stopped, "
            "saying that if the data “showed any harm, we would halt it at once.”")
    assert quotes_of(text)[0][1] == "Kwame Asante"


def test_document_a_person_released_speaks_for_them(quotes_of):
    text = ("Ivan Petrov, the goalkeeper, released a letter from his doctor on Friday "
            "that says he is “fully fit to play.”")
    assert quotes_of(text)[0][1:] == ("Ivan Petrov", "person", "letter")


def test_bare_verb_of_speech_after_a_question(quotes_of):
    text = ("Finance chief Ruth Okeke defended the levy.\n\n"
            "“Will you resign over the audit?” reporter Tom Hale pressed.")
    assert quotes_of(text)[0][1] == "Tom Hale"


def test_cut_in_reports_speech(quotes_of):
    text = ("“The vote is on Thursday,” Mayor Ines Duarte said, and her deputy Paulo Reis cut in. "
            "“Unless the budget is late.”")
    assert [q[1] for q in quotes_of(text)] == ["Ines Duarte", "Paulo Reis"]


def test_reporting_word_the_tagger_took_for_a_noun(quotes_of):
    text = ("The transit authority's campaign opened on Monday.\n\n"
            "“Vote yes on the transit levy,” the narrator states.")
    assert quotes_of(text)[0][1:3] == ("narrator", "anonymous")


def test_a_because_clause_is_not_what_the_cue_reports(quotes_of):
    text = ("Tennis coach Marta Vidal backed the new rules on Saturday, saying she had not called "
            "for the referee's suspension because she believed “the players deserve a fair hearing.”")
    assert quotes_of(text)[0][1] == "Marta Vidal"


def _lead_in(nlp, text):
    from quotes.extraction import extract
    last = extract(nlp(text))[-1].attribution
    return last.speaker, last.mention_text


def test_a_colon_lead_in_speaks_through_its_own_subject(nlp):
    text = ('Judge Mara Quist said both appeals were "without merit," but she gave the defence '
            'one concession: "Your client was never a flight risk."')
    assert _lead_in(nlp, text) == ("Mara Quist", "she")


def test_a_colon_lead_in_after_another_speakers_cue(nlp):
    text = ("Club president Ola Berg said the squad would travel on Friday. "
            "Midfielder Ines Duarte, however, played down her injury: “I will be ready for the derby.”")
    assert _lead_in(nlp, text) == ("Ines Duarte", "Ines Duarte")


def test_a_lead_in_below_its_cue_keeps_the_cue(nlp):
    text = "The club said it would appeal: “We disagree with the ruling and will say so in court.”"
    assert _lead_in(nlp, text)[0] == "club"


def test_a_cue_after_the_quotation_wins_over_the_lead_in(nlp):
    text = ("Mayor Lena Holt opened the budget meeting with a warning: "
            "“Every department will have to cut,” treasurer Omar Haddad added.")
    assert _lead_in(nlp, text) == ("Omar Haddad", "Omar Haddad")


def test_a_lead_in_inside_what_the_cue_reports_keeps_the_cue(nlp):
    text = ('Coach Ian Moss said the defeat was a "fatal mistake" and that he has learned his lesson: '
            '"We will never again travel without a second keeper."')
    assert _lead_in(nlp, text) == ("Ian Moss", "Ian Moss")


def test_speech_reported_inside_what_a_speaker_says_is_that_speakers(quotes_of):
    text = "Judge Amara Osei said the defendant had told officers that he was “only borrowing the car.”"
    assert quotes_of(text)[0][1] == "Amara Osei"


def test_speech_a_medium_reports_stays_the_speakers_with_the_medium_as_channel(quotes_of):
    text = "Kyodo News reported that Prime Minister Haruto Sato said the talks were “a step forward.”"
    assert quotes_of(text)[0][1::2] == ("Haruto Sato", "Kyodo News")


def test_a_quotation_after_a_paragraph_about_another_person_is_theirs(quotes_of):
    text = ("The council voted on the stadium plan on Monday.\n\n"
            "“This is a waste of public money,” said Councillor Rosa Medina.\n\n"
            "Deputy Mayor Tom Becker disagreed.\n\n"
            "“The stadium will pay for itself within ten years.”")
    assert [q[1] for q in quotes_of(text)] == ["Rosa Medina", "Tom Becker"]



def test_speech_an_institution_reports_stays_the_persons(quotes_of):
    text = ("The ministers met in Nairobi.\n\n"
            "The Kenyan Foreign Ministry said Amina Odhiambo told Samuel Kiprop that the border "
            "must stay “calm and stable.”")
    assert quotes_of(text)[0][1] == "Amina Odhiambo"


def test_speaker_after_the_cue_that_the_parse_lost(quotes_of):
    text = ("“One man came in and said we should close the market early,” said the stallholder, "
            "who like many in the square did not want to be named.")
    assert quotes_of(text)[0][1] == "stallholder"


def test_inverted_cue_with_a_document_for_its_speaker(quotes_of):
    text = "The rowing club wrote to its members on Friday.\n\n“The boathouse will reopen in May,” read the email."
    assert quotes_of(text)[0][1] == "email"


def test_speaker_between_the_quotation_and_the_cue_beyond_a_parenthesis(quotes_of):
    text = ("“We have had better seasons than this one,” Ajax defender Bram Visser, wearing a cap "
            "and a club scarf, said matter-of-factly.")
    assert quotes_of(text)[0][1] == "Bram Visser"


def test_a_person_who_is_the_subject_of_a_relative_clause_speaks_its_words(quotes_of):
    text = ("“We start on Monday,” said coach Ama Mensah.\n\n"
            "The striker was introduced by club captain Ines Duarte, who portrayed him as "
            "“the hardest worker I have ever trained with.”")
    assert [q[1] for q in quotes_of(text)] == ["Ama Mensah", "Ines Duarte"]


def test_speaker_before_a_relative_clause_the_parse_hung_it_in(quotes_of):
    text = ("Okafor, meanwhile, who sits on no committee, said the vote speaks volumes about who is "
            "“prepared to take on the provincial board.”")
    assert quotes_of(text)[0][1] == "Okafor"


def test_verbs_that_open_or_repeat_speech(quotes_of):
    text = ("“The league has been talking about this for a decade,” Chen Wei began.\n\n"
            "“We will not pay the fine,” the club's lawyer, Sipho Ndlovu, repeated.")
    assert [q[1] for q in quotes_of(text)] == ["Chen Wei", "Sipho Ndlovu"]


def test_agree_with_a_speech_complement_is_a_cue(quotes_of):
    text = "Judge Maren Holt agreed that the landlord had acted “in plain bad faith.”"
    assert quotes_of(text)[0][1] == "Maren Holt"


def test_a_quotation_paragraph_after_a_sentence_with_its_own_cue_takes_its_speaker(quotes_of):
    text = ("“We have the best academy in the country,” said coach Ama Mensah. Goalkeeper Lars Berg "
            "disagreed. The club is not ready for the top flight, he said.\n\n"
            "“We lost our three best players in the summer.”")
    assert [q[1] for q in quotes_of(text)] == ["Ama Mensah", "Lars Berg"]


def test_a_cue_that_reports_the_words_itself_wins_over_an_aside_beside_it(quotes_of):
    text = ("As coach Paul Mensah attacked the referee, the home fans chanted, "
            "“Send him off!” as they had all season.")
    assert quotes_of(text)[0][1] == "home fans"

