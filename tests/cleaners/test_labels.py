from cleanseed import Draft
from cleanseed.cleaners.labels import labels

BODY = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."


def test_kicker_labels_the_page_and_goes() -> None:
    draft = labels(Draft.from_text(f"Opinion\nWhy the budget is wrong\n{BODY}"))
    assert draft.labels == ("opinion",)
    assert draft.text == f"Why the budget is wrong\n{BODY}"


def test_url_path_labels_the_page() -> None:
    draft = labels(Draft.from_text(BODY, url="https://www.theguardian.com/commentisfree/2026/mar/06/budget"))
    assert draft.labels == ("opinion",)


def test_kicker_word_inside_the_body_kept() -> None:
    text = f"{BODY}\nAnalysis\n{BODY}"
    draft = labels(Draft.from_text(text))
    assert draft.labels == ()
    assert draft.text == text


def test_label_word_among_menu_entries_is_not_a_kicker() -> None:
    draft = labels(Draft.from_text(f"Opinion\nNews\nWorld\n\nWhy the budget is wrong\n\n{BODY}"))
    assert draft.labels == ()
