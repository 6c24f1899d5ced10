from cleanseed.cleaners._text import body_span, removed_lines
from cleanseed.document import Draft


def test_body_span_is_the_first_and_last_long_prose_line() -> None:
    prose = "This sentence has more than enough words in it to count as a line of prose."
    lines = Draft.from_text(f"Menu\n{prose}\nCaption\n{prose}\nFooter").lines
    assert body_span(lines, min_words=10) == (1, 3)
    assert body_span(lines, min_words=100) is None


def test_removed_lines_lists_whole_removals_only() -> None:
    draft = Draft.from_text("Menu\nHome\nA [link](https://x.example) in prose.\nBody text.\nFooter")
    draft = draft.drop([0, 1], "chrome.nav", "menu").drop([2], "chrome.legal", "footer")
    draft = draft.rewrite({0: ("A link in prose.", "https://x.example")}, "markdown.links", "link target")
    assert removed_lines(draft) == [1, 2, 5]
