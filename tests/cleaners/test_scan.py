from cleanseed import Draft
from cleanseed.cleaners._scan import lines_with_any, with_curly_apostrophes


def test_lines_holding_any_key_found_once_in_order() -> None:
    lines = Draft.from_text("Reply\nnothing here\nREPLY and report\n\nlast line: report").lines
    assert lines_with_any(lines, ("report", "reply")) == [0, 2, 4]


def test_a_key_never_spans_a_line_break() -> None:
    lines = Draft.from_text("sign\nup").lines
    assert lines_with_any(lines, ("sign up",)) == []


def test_curly_apostrophe_spellings_added() -> None:
    assert with_curly_apostrophes(("editor's note", "reply")) == ("editor's note", "editor’s note", "reply")
