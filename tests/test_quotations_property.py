"""Whatever text and quotation marks it is given, the quote finder returns spans of that text."""
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.quotations import find_quotations

MARKS = ['"', "“", "”", "„", "«", "»", "‘", "’", "'", "``", "''"]
PIECES = st.one_of(
    st.sampled_from(MARKS),
    st.sampled_from([" ", "\n", "\n\n", " \n ", "\t", ".", ",", "—", "(", ")", ":", "s", "S"]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=8),
)


@settings(max_examples=200)
@given(st.lists(PIECES, max_size=60).map("".join))
def test_every_span_is_a_stretch_of_the_text(text):
    for span in find_quotations(text):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end] == span.text
