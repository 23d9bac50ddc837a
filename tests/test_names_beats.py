"""What a speaker mention resolves to on wire copy of other beats: bodies named beside their
noun, descriptions tied to a place or a body, a role named in the lede before the name,
letters after a name, and pronouns after an apposition."""
import pytest


def speakers(quotes_of, text):
    return [q[1:3] for q in quotes_of(text)]


def test_she_is_the_woman_named_in_apposition_to_the_subject_before_it(quotes_of):
    text = ("Tenant Siobhan Byrne said the repairs never came.\n\n"
            "“I phoned them every single week,” Ms Byrne said.\n\n"
            "The council's housing chief, Councillor Niamh Keane, said the landlord would be "
            "“named and shamed.”\n\n"
            "“We will use every power we have,” she said.")
    assert speakers(quotes_of, text)[-1] == ("Niamh Keane", "person")


@pytest.mark.parametrize("text, body", [
    ("The operator, Kestrel Bus Lines, said in a statement it was “reviewing every route.”", "Kestrel Bus Lines"),
    ("The developer, Fraserview Holdings, said it was “deeply disappointed” by the vote.", "Fraserview Holdings"),
])
def test_a_body_named_beside_its_noun_speaks_by_its_name(quotes_of, text, body):
    assert speakers(quotes_of, text) == [(body, "organization")]


@pytest.mark.parametrize("text, body", [
    ("A residents' coalition, Save Our Foreshore, welcomed the ruling.\n\n"
     "“This beach belongs to everyone,” the coalition wrote on Facebook.", "Save Our Foreshore"),
    ("Organisers of the Harbour Lights festival cancelled its last day after the storm.\n\n"
     "“We are heartbroken,” the festival said.", "Harbour Lights festival"),
])
def test_a_body_called_by_its_noun_is_the_one_the_article_named(quotes_of, text, body):
    assert speakers(quotes_of, text) == [(body, "organization")]


def test_a_noun_opening_the_sentence_is_no_part_of_the_name(quotes_of):
    text = ("Wales beat Italy 24-22 in Cardiff.\n\n"
            "Flanker Owain Lewis scored one try on his debut.\n\n"
            "“I just wanted to hit someone,” Lewis said.")
    assert speakers(quotes_of, text) == [("Owain Lewis", "person")]


def test_letters_after_a_name_are_no_part_of_it(quotes_of):
    text = ("Her barrister, Ruth Amankwah SC, told the court her client was “deeply ashamed.”")
    assert speakers(quotes_of, text) == [("Ruth Amankwah", "person")]


@pytest.mark.parametrize("text, name", [
    ("Kowalchuk, 20, has 31 points in 40 games with the Bakersfield Condors this season. He was "
     "drafted by forward-needy Edmonton in 2023, when prospect Liam Kowalchuk was 17.\n\n"
     "Kowalchuk said he heard the news from his mother.\n\n"
     "“I grew up 20 minutes from the rink,” the Sherwood Park native said.", "Liam Kowalchuk"),
    ("Chief executive Adaeze Nwosu said the money would go into the merchant network.\n\n"
     "Nwosu said KoboPay had applied for a banking licence in January.\n\n"
     "“We asked for it,” the KoboPay founder said.", "Adaeze Nwosu"),
])
def test_a_description_by_a_place_or_body_is_the_person_the_story_is_about(quotes_of, text, name):
    assert speakers(quotes_of, text)[-1] == (name, "person")


def test_a_role_given_in_the_lede_is_the_person_named_with_it_after(quotes_of):
    text = ("A Gold Coast man has been fined $9,000, with a magistrate saying he put “hundreds of lives” "
            "at risk.\n\n"
            "Magistrate Tanya Roebuck said the man had ignored two written warnings.")
    assert speakers(quotes_of, text) == [("Tanya Roebuck", "person")]


def test_an_unnamed_source_stays_a_description(quotes_of):
    text = ("Judge Mary-Anne Costello jailed the developer for eight years.\n\n"
            "A spokeswoman for the prosecutor's office said it would “review the judgment carefully.”")
    [(label, kind)] = speakers(quotes_of, text)
    assert label.startswith("spokeswoman") and kind == "anonymous"


def test_a_description_by_the_word_before_the_name_is_that_person(quotes_of):
    text = ("Paramedic Jess Tran, who spoke at a rally outside the Royal Adelaide Hospital, said she had waited "
            "six hours with one patient.\n\n"
            "“Six hours in the back of a truck,” the paramedic said.")
    assert speakers(quotes_of, text) == [("Jess Tran", "person")]


@pytest.mark.parametrize("text, name", [
    ("Others were less forgiving. Nandini Rao of Jefferies said the delay handed rivals “a clear run.”",
     "Nandini Rao"),
    ("“We are deeply sorry,” chief executive Kim Ji-won said.", "Kim Ji-won"),
])
def test_a_name_ends_at_its_last_name_word(quotes_of, text, name):
    assert speakers(quotes_of, text) == [(name, "person")]


@pytest.mark.parametrize("text", [
    "The bank's monetary policy committee, known as Copom, said the outlook had “worsened” since June.",
    "The central bank's rate-setting committee, called Copom, said inflation was “uncomfortably high.”",
])
def test_a_body_is_the_name_it_is_known_as(quotes_of, text):
    assert speakers(quotes_of, text) == [("Copom", "organization")]


def test_mr_before_a_surname_two_people_share_is_the_man(quotes_of):
    text = ("Bakery chain sold\n\n"
            "Priya Raman sold the bakery chain her father, Mohan Raman, founded in 1987, to a Mumbai fund.\n\n"
            "“It was time,” Mr. Raman said.")
    assert speakers(quotes_of, text) == [("Mohan Raman", "person")]


def test_a_generational_suffix_stays_in_the_name(quotes_of):
    text = "“We will appeal,” said Thomas Okonjo III, the club's owner."
    assert speakers(quotes_of, text) == [("Thomas Okonjo III", "person")]


def test_a_role_in_the_lede_is_not_a_name_inside_its_own_description(quotes_of):
    text = ("A senior member of the party who backs Adebayo Okafor said the leadership had “lost the room.”\n\n"
            "Okafor, a former minister, did not comment.")
    [(label, kind)] = speakers(quotes_of, text)
    assert kind == "anonymous" and "member" in label


def test_a_name_no_tagger_typed_is_a_person_when_its_surname_acts(quotes_of):
    text = ("Riders defensive back Emeka Obi, who returned an interception 62 yards, called it “the best day of "
            "my life.”\n\nHis mother was in the stands. “She cried the whole fourth quarter,” Obi said.")
    assert speakers(quotes_of, text) == [("Emeka Obi", "person")] * 2


def test_a_role_tied_to_a_place_is_no_name(quotes_of):
    text = ("Conservative immigration critic Michelle Rempel-Harris said the case showed the system was broken.\n\n"
            "“Nobody should need a judge to stay in this country,” the Calgary MP said.")
    assert speakers(quotes_of, text) == [("Michelle Rempel-Harris", "person")]


def test_the_department_is_the_body_spelled_out_as_a_list(quotes_of):
    text = ("Immigration, Refugees and Citizenship Canada said it was reviewing the ruling.\n\n"
            "“We do not comment on individual cases,” the department said.")
    assert speakers(quotes_of, text) == [("Immigration, Refugees and Citizenship Canada", "organization")]


def test_he_is_the_unnamed_speaker_of_the_sentence_before(quotes_of):
    text = ("Lawyer Hadi Rahmani said his clients had waited eight months.\n\n"
            "The interpreter, who asked that his name not be used, said his daughter had started university.\n\n"
            "“She wants to be a doctor,” he said.")
    assert speakers(quotes_of, text)[-1] == ("interpreter", "anonymous")


def test_he_is_the_named_speaker_when_the_unnamed_one_came_first(quotes_of):
    text = ("A neighbour said the fire started in the kitchen.\n\n"
            "Fire captain Liam O'Driscoll said crews arrived within six minutes.\n\n"
            "“The house was fully involved,” he said.")
    assert speakers(quotes_of, text)[-1] == ("Liam O'Driscoll", "person")


@pytest.mark.parametrize("text, name", [
    ("Leicester manager Ruud van der Merwe said he understood the anger.\n\n"
     "“The supporters have the right to say what they think,” the Dutchman said.", "Ruud van der Merwe"),
    ("Defenceman Erik Lindqvist scored twice for Ottawa on Friday.\n\n"
     "“I was just in the right spot,” the Swede said.", "Erik Lindqvist"),
])
def test_a_person_described_by_nation_is_the_one_the_story_is_about(quotes_of, text, name):
    assert speakers(quotes_of, text) == [(name, "person")]


def test_a_chief_named_with_the_role_is_the_chief_tied_to_the_company(quotes_of):
    text = ("Co-founder and chief executive Arjun Malhotra said no one had been hurt.\n\n"
            "Malhotra said customers would get a replacement or a full refund. “Whichever they want,” "
            "the VoltRide chief said.")
    assert speakers(quotes_of, text)[-1] == ("Arjun Malhotra", "person")


def test_one_and_another_are_of_the_group_counted_before(quotes_of):
    text = ("Two supporters outside the ground held a banner calling for the owners to sell. "
            "“We love the club, not the people running it,” one said.")
    assert speakers(quotes_of, text) == [("supporter", "anonymous")]


@pytest.mark.parametrize("text", [
    "Montreal also signed forward Leah Park, 22, from the Minnesota Frost on Thursday.\n\n"
    "“I'm excited to play in front of these fans,” she said.",
    "Ottawa coach Marie Dubois watched from the bench. Montreal also signed Leah Park, 22, on Thursday.\n\n"
    "“I'm excited to play in front of these fans,” she said.",
])
def test_a_name_with_a_title_or_an_age_is_a_person_whatever_the_tagger_typed_it(quotes_of, text):
    assert speakers(quotes_of, text) == [("Leah Park", "person")]


@pytest.mark.parametrize("text, name", [
    ("Rookie defenceman Ty Kowalski, who was called up last week, is expected to make his debut on Tuesday.\n\n"
     "“I haven't slept much,” the 20-year-old said.", "Ty Kowalski"),
    ("Forward Mathieu Perreault-Dion, 35, and goalie Sam Ferris, 24, joined the team on Monday.\n\n"
     "“I always wanted to come back here,” the 35-year-old said.", "Mathieu Perreault-Dion"),
])
def test_an_age_is_the_person_given_it_or_the_one_the_story_is_about(quotes_of, text, name):
    assert speakers(quotes_of, text) == [(name, "person")]


def test_he_is_the_hyphenated_surname_subject_of_the_sentence_before(quotes_of):
    text = ("Jaylen Brown-Harris scored 28 points and Boston beat Toronto.\n\n"
            "Scottie Barnes-Okoro led Toronto with 31 points.\n\n"
            "Brown-Harris said he always enjoyed playing in Toronto.\n\n"
            "Toronto hosts Milwaukee on Sunday. Barnes-Okoro said the team needed a quick reset.\n\n"
            "“Short memory,” he said.")
    assert speakers(quotes_of, text)[-1] == ("Scottie Barnes-Okoro", "person")


def test_a_description_by_age_is_the_person_the_story_is_about(quotes_of):
    text = ("Marcus Holloway-Reid had 14 assists for Boston on Friday.\n\n"
            "“I just try to make the right play,” said the 34-year-old guard.")
    assert speakers(quotes_of, text) == [("Marcus Holloway-Reid", "person")]


def test_a_party_role_the_tagger_took_for_a_name_is_the_person_introduced(quotes_of):
    text = ("Opposition housing critic Kurt Vander-Veen said the announcement came too late.\n\n"
            "“The government knew this was coming in the spring,” the Progressive Conservative MLA said.")
    assert speakers(quotes_of, text) == [("Kurt Vander-Veen", "person")]


def test_the_statement_of_an_office_is_that_office_not_the_last_person_named(quotes_of):
    text = ("Housing Minister Bernadette Smith-Laroque announced 120 new shelter beds on Wednesday.\n\n"
            "The mayor's office said in a statement that the city would provide two buildings. "
            "“This is the partnership we've been asking for,” the statement said.")
    assert speakers(quotes_of, text) == [("mayor's office", "organization")]


def test_a_body_whose_first_word_is_a_given_name_is_no_person(quotes_of):
    text = ("The Royal College of Nursing said in a statement that its members were being asked to deliver "
            "“corridor care” on a routine basis.")
    assert speakers(quotes_of, text) == [("Royal College of Nursing", "organization")]
