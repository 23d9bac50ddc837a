"""Finding quoted stretches by their marks."""
from quotes.quotations import find_quotations


def texts(text):
    return [q.text for q in find_quotations(text)]


def test_curly_quotes():
    assert texts("“We will not stand idly by,” Xi warned.") == ["We will not stand idly by,"]


def test_straight_quotes():
    assert texts('He said "we are ready" on Monday.') == ["we are ready"]


def test_attribution_interrupting_a_quote_makes_two():
    assert texts('"A deal is close," she said, "but not done."') == ["A deal is close,", "but not done."]


def test_tex_style_double_apostrophes():
    assert texts("''This isn't tax reform,'' said Douglas Holtz-Eakin.") == ["This isn't tax reform,"]


def test_guillemets():
    assert texts("Macron said «nous sommes prêts» today.") == ["nous sommes prêts"]


def test_nested_single_quotes_stay_inside():
    text = "“This is not ‘risk removal’ but creation of risk,” Xi said."
    assert texts(text) == ["This is not ‘risk removal’ but creation of risk,"]


def test_headline_single_quotes():
    assert texts("Obama on Climate Change: The Trends Are 'Terrifying.'") == ["Terrifying."]


def test_apostrophes_and_plural_possessives_are_not_quotes():
    assert texts("The players' union said it's Biden's call.") == []


def test_quotation_over_paragraphs_gives_one_quote_per_paragraph():
    text = "“The first part of it.\n\n“And the second part,” he said."
    assert texts(text) == ["The first part of it.", "And the second part,"]


def test_unbalanced_paragraph_keeps_its_well_formed_quotes():
    text = "A 6'2\" guard said “we won” and then “oops.\n\nNo more quotes here."
    assert texts(text) == ["we won"]


def test_offsets_index_the_text_as_given():
    text = "Intro.\r\n\r\n“Exactly this,” she said."
    [quote] = find_quotations(text)
    assert text[quote.start:quote.end] == "Exactly this,"


def test_opening_curly_mark_typed_as_a_closer():
    text = "“We will win the cup,“ captain Sara Lind said after training."
    assert texts(text) == ["We will win the cup,"]


def test_doubled_single_curly_marks_as_a_pair_or_a_closer():
    assert texts("‘‘The verdict stands,’’ Justice Okonkwo said.") == ["The verdict stands,"]
    assert texts("“The verdict stands,’’ Justice Okonkwo said.") == ["The verdict stands,"]


def test_stray_line_break_inside_a_quotation():
    text = "“The board will vote\non the merger in May,” chair Ines Alvarez said.\n\nShares rose."
    assert texts(text) == ["The board will vote\non the merger in May,"]


def test_paragraph_ending_inside_an_open_quotation_still_ends():
    text = "“We will appeal.\n\n“The ruling ignores the evidence,” lawyer Femi Adebayo said."
    assert texts(text) == ["We will appeal.", "The ruling ignores the evidence,"]
