from cleanseed.cleaners._text import body_span
from cleanseed.document import Draft


def test_body_span_is_the_first_and_last_long_prose_line() -> None:
    prose = "This sentence has more than enough words in it to count as a line of prose."
    lines = Draft.from_text(f"Menu\n{prose}\nCaption\n{prose}\nFooter").lines
    assert body_span(lines, min_words=10) == (1, 3)
    assert body_span(lines, min_words=100) is None
