"""What a speaker mention resolves to, on wire copy of Canadian beats: abbreviated titles,
names the tagger cut short or typed a place, roles the parse joins to a name, pronouns that
follow the subject, the issuer of "the statement" and an agency's initials."""
import pytest


def speakers(quotes_of, text):
    return [q[1:3] for q in quotes_of(text)]


@pytest.mark.parametrize("text, name", [
    ("“We owe them more than a poster,” said Coun. Janelle Thiessen (St. Norbert-Seine River), "
     "who chairs the public works committee.", "Janelle Thiessen"),
    ("Const. Dani McKinnon said the driver fled on foot.\n\n“He left the car running,” McKinnon said.",
     "Dani McKinnon"),
    ("“We are asking anyone with information to come forward,” said Det. Sgt. Mike Ferraro of the "
     "major crime unit.", "Mike Ferraro"),
])
def test_an_abbreviated_title_does_not_end_the_sentence(quotes_of, text, name):
    assert {s for s in speakers(quotes_of, text)} == {(name, "person")}


def test_a_given_name_the_tagger_left_out_of_the_name_is_kept(quotes_of):
    text = ("Winnipeg's Chantal Roy, who has worked the arena's penalty box for 22 years, said she could "
            "not remember a louder overtime.\n\n“The glass was shaking,” Roy said.")
    assert speakers(quotes_of, text) == [("Chantal Roy", "person")]


@pytest.mark.parametrize("text, name", [
    ("CALGARY — Diego Vasquez made 38 saves for his first shutout of the season on Monday night.\n\n"
     "“Honestly, the guys blocked a ton of shots,” Vasquez said.", "Diego Vasquez"),
    ("CALGARY — Tyrese Banks threw for 311 yards and two touchdowns on Saturday.\n\n"
     "“Those guys gave me all day in the fourth,” Banks said.", "Tyrese Banks"),
])
def test_a_dateline_name_the_tagger_typed_otherwise_is_a_person(quotes_of, text, name):
    assert speakers(quotes_of, text) == [(name, "person")]


def test_a_description_goes_back_to_the_noun_the_parse_joined_to_a_name(quotes_of):
    text = ("Flames forward Noah St-Pierre and defenceman Erik Lindahl scored for Calgary.\n\n"
            "“It means a lot,” the Swedish defenceman said.")
    assert speakers(quotes_of, text) == [("Erik Lindahl", "person")]


def test_he_follows_the_subject_he_stood_for_not_the_name_beside_it(quotes_of):
    text = ("Vancouver coach Jesper Lindgren was frustrated by how his side defended the set piece.\n\n"
            "He also defended his decision to take Ryan Gallagher off in the 80th minute.\n\n"
            "“Ryan had nothing left,” he said.")
    assert speakers(quotes_of, text) == [("Jesper Lindgren", "person")]


def test_the_statement_is_the_words_of_whoever_issued_it(quotes_of):
    text = ("Indigenous Services Canada said in a statement that design work on a new plant was finished.\n\n"
            "“The department is committed to ending all long-term drinking water advisories,” the statement said.")
    assert speakers(quotes_of, text) == [("Indigenous Services Canada", "organization")]


def test_initials_are_the_body_the_article_spelled_out(quotes_of):
    text = ("Immigration, Refugees and Citizenship Canada said about 360,000 permits would be issued.\n\n"
            "“Processing times remain within our service standards,” IRCC said in a statement.")
    assert speakers(quotes_of, text) == [("Immigration, Refugees and Citizenship Canada", "organization")]


def test_initials_nobody_spelled_out_stay_as_written(quotes_of):
    text = "“Our officers are working around the clock,” the CBSA said on Monday."
    assert speakers(quotes_of, text) == [("CBSA", "organization")]


@pytest.mark.parametrize("text, name", [
    ("Mayor Josh Morgan-Lee said the city would appeal.\n\n“We disagree with the ruling,” Mayor Morgan-Lee said.",
     "Josh Morgan-Lee"),
    ("NDP MLA Nahanni Okemaw-Fontaine asked the question in the house.\n\n“Families are waiting,” "
     "Okemaw-Fontaine said.", "Nahanni Okemaw-Fontaine"),
])
def test_a_hyphenated_surname_stays_whole_whatever_the_tagger_cut(quotes_of, text, name):
    assert speakers(quotes_of, text) == [(name, "person")]


def test_a_party_and_a_title_alone_are_the_member_named_with_them(quotes_of):
    text = ("Conservative MP Raquel Danforth questioned the minister.\n\n"
            "“The minister has no plan,” the Conservative MP said.")
    assert speakers(quotes_of, text) == [("Raquel Danforth", "person")]


@pytest.mark.parametrize("text, name", [
    ("The City of Winnipeg announced the closure on Monday.\n\n“Safety comes first,” the city said in a release.",
     "City of Winnipeg"),
    ("The Halifax Regional Police said a man was arrested.\n\n“The investigation is ongoing,” police said.",
     "Halifax Regional Police"),
])
def test_the_city_and_police_are_the_body_named_before(quotes_of, text, name):
    assert speakers(quotes_of, text) == [(name, "organization")]


def test_police_nobody_named_stay_police(quotes_of):
    assert speakers(quotes_of, "“Two people were taken to hospital,” police said on Sunday.") == [
        ("police", "organization")]
