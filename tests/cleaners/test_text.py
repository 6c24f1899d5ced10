from cleanseed.cleaners._text import body_span, lines_containing, needles
from cleanseed.document import Draft


def test_lines_containing_finds_each_line_once_in_order_whatever_the_case() -> None:
    lines = Draft.from_text("Share this\nno match here\nSHARE and share again\n\nprivacy").lines
    assert lines_containing(lines, ("share", "privacy")) == [0, 2, 4]
    assert lines_containing(lines, ("absent",)) == []


def test_lines_containing_keeps_offsets_when_lowercasing_lengthens_a_line() -> None:
    # "İ" lowercases to two characters: offsets of the later lines must not drift.
    lines = Draft.from_text("İİİİ\nshare\nnothing").lines
    assert lines_containing(lines, ("share",)) == [1]


def test_needles_are_the_longest_word_of_each_phrase() -> None:
    assert needles(["skip to content", "Back to top"]) == {"content", "back"}


def test_body_span_is_the_first_and_last_long_prose_line() -> None:
    prose = "This sentence has more than enough words in it to count as a line of prose."
    lines = Draft.from_text(f"Menu\n{prose}\nCaption\n{prose}\nFooter").lines
    assert body_span(lines, min_words=10) == (1, 3)
    assert body_span(lines, min_words=100) is None
