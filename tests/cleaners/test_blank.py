from cleanseed import Draft
from cleanseed.cleaners.blank import blank_runs, symbol_lines


def test_blank_runs_collapse_and_edges_trimmed() -> None:
    draft = blank_runs(Draft.from_text("\n\nOne\n\n\n\nTwo\n \n"))
    assert [line.text for line in draft.lines] == ["One", "", "Two"]
    assert draft.removed == ()


def test_every_trailing_blank_line_goes() -> None:
    draft = blank_runs(Draft.from_text("One\n \n \n"))
    assert [line.text for line in draft.lines] == ["One"]


BODY = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."


def test_symbol_lines_around_the_body_dropped_section_breaks_inside_kept() -> None:
    draft = symbol_lines(Draft.from_text(f"\u00d7\nHeadline here\n*\n{BODY}\n* * *\n{BODY}\n|  |\n+"))
    assert [line.text for line in draft.lines] == ["Headline here", BODY, "* * *", BODY]
    assert [r.text for r in draft.removed] == ["\u00d7", "*", "|  |\n+"]
    assert {r.reason for r in draft.removed} == {"symbols only"}


def test_without_a_body_every_symbol_line_goes() -> None:
    draft = symbol_lines(Draft.from_text("Short note\n---\nAnother short line"))
    assert draft.text == "Short note\nAnother short line"
