from cleanseed import Draft
from cleanseed.cleaners.tags import tags

BODY = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."


def test_lone_topic_after_the_body_dropped() -> None:
    out = tags(Draft.from_text(f"{BODY}\n\nSadiq Khan\n"))
    assert out.text == BODY
    assert out.removed[0].cleaner == "chrome.tags"


def test_tags_heading_and_entries_dropped() -> None:
    text = f"Tags\nBudget\nCouncil\n{BODY}\nTopics: budget, council, taxes"
    assert tags(Draft.from_text(text)).text == BODY


def test_a_list_a_sentence_introduces_after_the_body_kept() -> None:
    text = f"{BODY}\nThe full list of winners is below:\n- Jane Doe\n- Red River\n- Ana Ruiz\n\nSadiq Khan"
    assert tags(Draft.from_text(text)).text == text.removesuffix("\n\nSadiq Khan")


def test_short_lines_before_more_body_kept() -> None:
    text = f"{BODY}\nThe vote\nIt passed by 30 votes to 12."
    assert tags(Draft.from_text(text)).text == text


def test_subheadings_over_signed_quotations_at_the_end_kept() -> None:
    signed = "“Think first about material health, acoustics and a good balance of daylight in the office.” —Studio O+A"
    text = f"{BODY}\nDesign for health\n{signed}\nDesign with purpose\n{signed}"
    assert tags(Draft.from_text(text)).text == text


def test_list_rows_at_the_end_kept() -> None:
    text = f"{BODY}\n* 2023: Pat Noonan\n* 2022: Jim Curtin"
    assert tags(Draft.from_text(text)).text == text


def test_bulleted_entries_under_a_heading_dropped() -> None:
    assert tags(Draft.from_text(f"{BODY}\nTopics:\n* Politics\n* Local government")).text == BODY


def test_inline_topics_before_the_body_in_markup_dropped() -> None:
    text = f"**Filed under:** Politics, Budget\n{BODY}"
    assert tags(Draft.from_text(text)).text == BODY
