from cleanseed import Draft, clean
from cleanseed.cleaners.author_bio import author_bio
from cleanseed.cleaners.byline import byline


def test_author_bio_dropped() -> None:
    bio = "Pramod Thomas is a senior correspondent with Asian Media Group since 2020, with 19 years of experience."
    draft = author_bio(byline(Draft.from_text(f"By Pramod Thomas\n{bio}\nThomas said the vote was close.")))
    assert draft.text == "Thomas said the vote was close."
    assert draft.removed[-1].cleaner == "chrome.author_bio"


def test_bio_naming_the_author_by_honorific_dropped() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    bio = "Mr. Healy is the deputy Opinion editor."
    draft = author_bio(byline(Draft.from_text(f"By Patrick Healy\n{body}\n{bio}\n{body}")))
    assert draft.text == f"{body}\n{body}"


def test_bio_of_an_unlifted_author_dropped_at_the_end() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    bio = "Starre Vartan is a science writer and investigative reporter at work on a book about coral reefs."
    assert author_bio(Draft.from_text(f"{body}\n{bio}")).text == body
    assert author_bio(Draft.from_text(f"{bio}\n{body}\n{body}")).text == f"{body}\n{body}"


def test_person_described_inside_the_body_kept() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    middle = "Jane Doe is a reporter who covered the trial for the local paper, and she testified on Monday."
    text = f"{body}\n{middle}\n{body}"
    assert author_bio(Draft.from_text(text)).text == text


def test_about_the_author_line_dropped() -> None:
    bio = "About the author: Anna Walsh has reported on local government since 2015."
    assert author_bio(Draft.from_text(f"Body text follows here.\n{bio}")).text == "Body text follows here."


def test_a_paragraph_quoting_someone_who_shares_the_authors_name_is_not_a_bio():
    page = (
        "By Anna Walsh\n\nOfficials in Leeds approved the housing plan on Monday, ending months of uncertainty.\n\n"
        "Anna Walsh, head of planning at the city council, said: “We have listened carefully.” "
        "Critics said the timetable left too little room for consultation.\n"
    )
    doc = clean(page)
    assert doc.authors == ("Anna Walsh",)
    assert "head of planning" in doc.text
