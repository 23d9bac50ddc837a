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


def test_cue_in_the_sentence_the_quote_runs_into(quotes_of):
    text = "“Does anybody know what our platform is?” Lindsey Graham asked. “Neither do I.”"
    assert [q[1] for q in quotes_of(text)] == ["Lindsey Graham", "Lindsey Graham"]


def test_speaker_named_in_the_sentence_before(quotes_of):
    text = ("Adam Schiff spoke to reporters on Tuesday. The administration may be reluctant, Schiff said. "
            "“The other factor is the appearance of tipping the scales.”")
    assert quotes_of(text)[0][1] == "Adam Schiff"


def test_colon_lead_in(quotes_of):
    text = "And from Chairwoman Jessica Rosenworcel: “We need to close the digital divide now.”"
    assert quotes_of(text)[0][1] == "Jessica Rosenworcel"


def test_signature_line_after_a_dash(quotes_of):
    text = "“He represents our greatest shame and I will vote against him.” ― Sonya Herridge"
    assert quotes_of(text)[0][1] == "Sonya Herridge"


def test_transcript_speaker_labels(quotes_of):
    text = ('Mike Pence spoke to Chris Wallace.\n\n"WALLACE: Will she be at the debate tomorrow?"\n\n'
            '"PENCE: She will not be attending the debate tomorrow night."')
    assert [q[:2] for q in quotes_of(text)] == [
        ("Will she be at the debate tomorrow?", "Chris Wallace"),
        ("She will not be attending the debate tomorrow night.", "Mike Pence"),
    ]


def test_appositive_description_of_a_speaker(quotes_of):
    text = "“It is a disgrace,” Hugh Hill, a doctor at the city hospital, said on Monday."
    assert quotes_of(text)[0][1] == "Hugh Hill"


def test_as_she_put_it(quotes_of):
    text = "As Margarita Simonyan put it in a statement, RT is “providing a perspective you won't get elsewhere.”"
    assert quotes_of(text)[0][1] == "Margarita Simonyan"


def test_definite_description_goes_back_to_the_fuller_one(quotes_of):
    text = ("A senior administration official briefed reporters before the call.\n\n"
            "The talks will resume “in the coming weeks,” the official said.")
    assert quotes_of(text)[0][1:3] == ("senior administration official", "anonymous")


def test_it_goes_back_to_the_institution(quotes_of):
    text = ("The United Nations Security Council condemned the test and pledged sanctions against "
            "what it called “a clear threat to international peace and security.”")
    assert quotes_of(text)[0][1:3] == ("United Nations Security Council", "organization")


def test_media_outlet_as_speaker(quotes_of):
    text = ("China’s state news agency Xinhua reported that during their “candid and in-depth exchange” "
            "of views, Xi Jinping stressed that Taiwan is “the first insurmountable red line.”")
    assert quotes_of(text) == [
        ("candid and in-depth exchange", "Xinhua", "media", None),
        ("the first insurmountable red line.", "Xi Jinping", "person", "Xinhua"),
    ]


def test_the_news_agency_reported_the_person_said(quotes_of):
    text = ("Xinhua covered the call between the leaders.\n\n"
            "“We will not let separatist activities go unchecked,” the news agency reported Xi Jinping said.")
    assert quotes_of(text)[0][1:] == ("Xi Jinping", "person", "Xinhua")


def test_a_document_that_carries_a_persons_words(quotes_of):
    text = ("Xi Jinping, in turn, argued to Joe Biden that the export curbs “suppress China’s trade and "
            "technology development,” said a Chinese Foreign Ministry statement summarizing Xi's comments.")
    assert quotes_of(text)[0][1:] == ("Xi Jinping", "person", "Chinese Foreign Ministry statement")


def test_a_document_speaking_for_its_institution(quotes_of):
    text = "Blinken's trip will occur “in the near future,” said the Chinese Foreign Ministry statement."
    assert quotes_of(text)[0][1:3] == ("Chinese Foreign Ministry", "organization")


def test_according_to_a_person_makes_the_speaker(quotes_of):
    text = "According to Adam Schiff, “the American people need to know what Russia is doing.”"
    assert quotes_of(text)[0][1] == "Adam Schiff"


def test_reportedly_keeps_the_channel_of_the_report(quotes_of):
    text = ("According to Xinhua, Xi Jinping accused the U.S. of having “launched measures to suppress” China.\n\n"
            "“This is not ‘risk removal’ but creation of risk,” Xi reportedly said.")
    assert [q[3] for q in quotes_of(text)] == ["Xinhua", "Xinhua"]


def test_titles_of_shows_are_not_quotes(quotes_of):
    text = "Paul Ryan said on “Face the Nation” that the bill would pass."
    assert quotes_of(text) == []


def test_headline_quotes_are_left_to_the_body(quotes_of):
    text = ("Obama on Climate Change: The Trends Are 'Terrifying.'\n\n"
            "Barack Obama flew to Midway Atoll last week.\n\n"
            "“And they're terrifying,” Obama said of the charts.")
    assert quotes_of(text) == [("And they're terrifying,", "Barack Obama", "person", None)]


def test_possessor_of_a_claim_is_the_speaker(quotes_of):
    text = "PolitiFact checked Donald Trump’s claim that there have been “thousands of shootings” in Chicago."
    assert quotes_of(text)[0][1] == "Donald Trump"


def test_role_description_goes_back_to_the_person_with_that_role(quotes_of):
    text = ("Sen. Bernie Sanders spoke in Ohio on Tuesday.\n\n"
            "“Young people do not want to see that debate again,” the Vermont senator said.")
    assert quotes_of(text)[0][1:3] == ("Bernie Sanders", "person")


def test_relative_pronoun_is_the_mention_of_the_person_before_it(nlp):
    from quotes.extraction import extract

    text = "The guests included Stevie Wonder, who joked of the museum, “I haven't seen it yet, but I'm going to.”"
    [quote] = extract(nlp(text))
    assert (quote.attribution.speaker, quote.attribution.mention_text) == ("Stevie Wonder", "who")


def test_organization_names_keep_words_that_are_also_titles(quotes_of):
    text = "The State Department said the talks were “candid and useful for both sides.”"
    assert quotes_of(text)[0][1:3] == ("State Department", "organization")


def test_unnamed_source_keeps_what_describes_it(quotes_of):
    text = "“No decision has been made,” a person familiar with the talks said."
    assert quotes_of(text)[0][1:3] == ("person familiar with the talks", "anonymous")


def test_quoted_by_an_agency(quotes_of):
    text = ("Vladimir Putin spoke in Moscow on Friday.\n\n"
            "“We are ready for talks,” Putin was quoted as saying by the Interfax news agency.")
    assert quotes_of(text)[0][1:] == ("Vladimir Putin", "person", "Interfax")


def test_an_institution_keeps_its_country(quotes_of):
    text = "Taiwan's presidential office said it “firmly rejects all of the claims made today.”"
    assert quotes_of(text)[0][1:3] == ("Taiwan presidential office", "organization")


def test_full_name_the_tagger_missed(quotes_of):
    text = ("Xi Jinping met Joe Biden in California.\n\n"
            "“The world is big enough for both countries,” Xi said.")
    assert quotes_of(text)[0][1] == "Xi Jinping"


def test_with_no_cue_the_named_subject_of_the_clause(quotes_of):
    text = "In recent weeks, Harry Reid has gone after Donald Trump as a “human leech who will bleed the country.”"
    assert quotes_of(text)[0][1] == "Harry Reid"


def test_which_goes_back_to_the_institution(quotes_of):
    text = ("They turned to the Chicago Police Department which reported “2,521 shooting incidents” "
            "in the city this year.")
    assert quotes_of(text)[0][1:3] == ("Chicago Police Department", "organization")


def test_a_person_subject_of_the_quotations_own_clause_is_not_the_speaker_before(quotes_of):
    text = ("“We were robbed,” said coach Ana Ruiz of the Lisbon club.\n\n"
            "Her captain, Kofi Mensah, was calmer. He put the loss down to “a mistake anyone can make.”")
    assert [q[1] for q in quotes_of(text)] == ["Ana Ruiz", "Kofi Mensah"]


def test_label_lines_with_a_role_in_brackets_name_the_speaker(quotes_of):
    text = ("The council debated the transit budget until midnight.\n\n"
            'Councillor Ama Boateng (Ward 4): "We will not cut the bus routes."\n\n'
            'Mayor Jonas Lind: "The budget is balanced."')
    assert [q[1] for q in quotes_of(text)] == ["Ama Boateng", "Jonas Lind"]


def test_signature_line_right_below_the_quotation(quotes_of):
    text = ("Readers wrote in after the final.\n\n"
            "“Great match. Proud of this team.”\n-Coach Ana Ruiz, after the final.\n\n"
            "“The whole idea of a replay is wrong.”\n― Kofi Mensah, Accra.")
    assert [q[1] for q in quotes_of(text)] == ["Ana Ruiz", "Kofi Mensah"]


def test_the_writers_own_words_go_on_as_i_in_the_paragraphs_that_follow(nlp):
    from quotes.extraction import extract

    text = ("The hearing in Lagos was short.\n\n"
            "“Your Honour, I am sorry,” I said, trying to stay calm. “I was seventeen when I came to this city.”\n\n"
            "“I had no money and no friends.”")
    mentions = [q.attribution.mention_text for q in extract(nlp(text))]
    assert mentions == ["I", "I", "I"]
