import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanseed.cleaners._text import body_span, introduced_lists, is_paragraph, is_prose, removed_lines, words
from cleanseed.document import Draft


def test_body_span_is_the_first_and_last_long_prose_line() -> None:
    prose = "This sentence has more than enough words in it to count as a line of prose."
    lines = Draft.from_text(f"Menu\n{prose}\nCaption\n{prose}\nFooter").lines
    assert body_span(lines, min_words=10) == (1, 3)
    assert body_span(lines, min_words=100) is None


@given(st.text(alphabet="ab1_’'.-*# \t", max_size=40))
def test_a_line_of_n_words_has_at_least_2n_minus_1_characters(text: str) -> None:
    # body_span skips shorter lines unread.
    assert 2 * len(words(text)) - 1 <= len(text)


@given(st.lists(st.sampled_from(["", "Menu", "Short line.", "One two three four five six.", "a b c d e."]), max_size=9))
def test_body_span_matches_a_scan_of_every_line(texts: list[str]) -> None:
    lines = Draft.from_text("\n".join(texts)).lines
    prose = [i for i, line in enumerate(lines) if is_prose(line.text, 5)]
    assert body_span(lines, min_words=5) == ((prose[0], prose[-1]) if prose else None)


@pytest.mark.parametrize(
    ("text", "paragraph"),
    [
        ("The council voted on Tuesday to approve the budget.", True),
        ("What Is AI and How Does It Work?", False),  # a headline, though it ends in a stop
        ("Sign up for our newsletter", False),
        # a paragraph whose end a capture cut: no stop, but a paragraph's length of words
        ("The company carried out almost a dozen audits in 2022 covering its apps and its privacy policy and", True),
        ("“Light and layered spaces will be the norm in the offices of the new year.” —Studio O+A", True),
    ],
)
def test_is_paragraph_takes_sentences_and_long_lines(text: str, paragraph: bool) -> None:
    assert is_paragraph(text) is paragraph


def test_is_paragraph_takes_a_longer_cut_line_when_asked() -> None:
    cut = "The company carried out almost a dozen audits in 2022 covering its apps and its privacy policy and"
    assert not is_paragraph(cut, min_words=30)
    assert is_paragraph(f"{cut} {cut}", min_words=30)


def test_introduced_lists_are_the_marked_items_under_a_sentence_ending_in_a_colon() -> None:
    text = "Menu:\n- Home\n- News\nThe winners are listed below:\n\n1. Jane Doe\n2. Red River\n- Sign up\nFooter"
    lines = Draft.from_text(text).lines
    assert [lines[i].text for i in sorted(introduced_lists(lines))] == ["1. Jane Doe", "2. Red River"]


def test_removed_lines_lists_whole_removals_only() -> None:
    draft = Draft.from_text("Menu\nHome\nA [link](https://x.example) in prose.\nBody text.\nFooter")
    draft = draft.drop([0, 1], "chrome.nav", "menu").drop([2], "chrome.legal", "footer")
    draft = draft.rewrite({0: ("A link in prose.", "https://x.example")}, "markdown.links", "link target")
    assert removed_lines(draft) == [1, 2, 5]
