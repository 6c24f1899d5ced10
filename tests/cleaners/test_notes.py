import pytest

from cleanseed import Draft
from cleanseed.cleaners.notes import editorial_note

BODY = "The harbour board approved the new ferry timetable on Monday after months of complaints from commuters."


def test_editorial_notes_dropped() -> None:
    text = "\n".join(
        [
            "Editor’s note: this piece is part of our series on island transport.",
            BODY,
            "This interview has been lightly edited and condensed for clarity.",
            "The views expressed here are the writer's own.",
            "This story originally appeared in the Island Courier.",
            "This story will appear in the Dec. 16, 2023, issue of Billboard.",
            "This story contains spoilers for Monarch and the Toho Godzilla franchise.",
            "This story is from the Nov/Dec issue. GET THE MAG",
            "A copy of The Finals was independently sourced for review by Eurogamer.",
            "Read the original article on Parents.",
            "Cross-posted from the Boston Globe.",
            "Updated to add comments from the harbour board.",
            "Story Source:",
            "Materials provided by Institute for Basic Science. Note: Content may be edited for style and length.",
        ]
    )
    out = editorial_note(Draft.from_text(text))
    assert out.text == BODY
    assert {r.reason for r in out.removed} == {"editorial note"}


@pytest.mark.parametrize(
    "text",
    [
        "The report, originally published by the port authority in 2019, found that ferries ran late.",
        "The new timetable will appear in the Courier next week, the port authority said.",
        "Her first novel contains spoilers for anyone who has not read the series.",
    ],
)
def test_sentence_about_another_publication_kept(text: str) -> None:
    assert editorial_note(Draft.from_text(text)).text == text


def test_contributor_credits_dropped() -> None:
    text = "\n".join(
        [
            BODY,
            "Island Courier correspondent Jo Bloggs contributed to this story.",
            "Associated Press writer Sam Patel in Leeds contributed to this report.",
            "Priya Osei contributed reporting.",
            "Associated Press researcher Randy Herschaft in New York contributed.",
        ]
    )
    assert editorial_note(Draft.from_text(text)).text == BODY


def test_a_sentence_ending_in_contributed_kept() -> None:
    text = f"{BODY}\nThe writer said his father, a retired ferry captain, contributed."
    assert editorial_note(Draft.from_text(text)).text == text


def test_notes_pointing_to_the_publishers_policies_dropped() -> None:
    text = "\n".join(
        [
            "Why you can trust Island Tech We spend hours testing every product we review.",
            BODY,
            "Find out how we conduct our reviews by reading our review policy.",
            "Read our editorial policy to learn more about our process.",
            "This article has been reviewed according to Science X's editorial process and policies.",
        ]
    )
    assert editorial_note(Draft.from_text(text)).text == BODY


def test_prose_on_trust_and_policy_kept() -> None:
    text = "Voters asked why you can trust a timetable that changed.\nThe Courier's editorial policy changed."
    assert editorial_note(Draft.from_text(text)).text == text


def test_publishers_blurb_about_itself_dropped() -> None:
    blurb = (
        "The Island Courier is an independent news organization dedicated to factual reporting. Founded in 1846, "
        "the Courier remains the most trusted source of news on the island."
    )
    assert editorial_note(Draft.from_text(f"{BODY}\n{blurb}")).text == BODY


def test_histories_and_staff_bios_with_a_year_kept() -> None:
    text = (
        "Since 2007, the harbour board has maintained strict control over the island's ferry routes.\n"
        "Courier editor since 2008, Karen has covered the island's transport for two decades."
    )
    assert editorial_note(Draft.from_text(text)).text == text
