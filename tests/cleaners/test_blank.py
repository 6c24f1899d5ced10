from cleanseed import Draft
from cleanseed.cleaners.blank import blank_runs


def test_blank_runs_collapse_and_edges_trimmed() -> None:
    draft = blank_runs(Draft.from_text("\n\nOne\n\n\n\nTwo\n \n"))
    assert [line.text for line in draft.lines] == ["One", "", "Two"]
    assert draft.removed == ()


def test_every_trailing_blank_line_goes() -> None:
    draft = blank_runs(Draft.from_text("One\n \n \n"))
    assert [line.text for line in draft.lines] == ["One"]
