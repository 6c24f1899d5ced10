from cleanseed import Draft
from cleanseed.cleaners.comments import comments

BODY = "The harbour board approved the new ferry timetable on Monday after months of complaints from commuters."


def test_comment_section_dropped_from_its_heading() -> None:
    section = [
        "3 Comments",
        "harbourfan March 3, 2024 at 9:15 am",
        "About time. The old boats were always late.",
        "Reply",
        "Jo Lee March 3, 2024 at 10:02 am",
        "harbourfan said:",
        "About time.",
        "Not everyone agrees, the fares went up too.",
        "Reply",
    ]
    out = comments(Draft.from_text("\n".join([BODY, BODY, *section, "About us"])))
    assert out.text == f"{BODY}\n{BODY}\nAbout us"
    assert out.removed[0].reason == "reader comments"


def test_a_lone_reply_button_kept() -> None:
    text = "\n".join([BODY, "Reply", BODY, "Report", BODY])
    assert comments(Draft.from_text(text)).text == text


def test_marks_far_apart_do_not_make_a_section() -> None:
    text = "\n".join(["Reply", *[BODY] * 16, "Reply", *[BODY] * 16, "Reply"])
    assert comments(Draft.from_text(text)).text == text


def test_notes_about_the_comment_section_dropped() -> None:
    text = f"{BODY}\nComments are closed.\nPlease read our comment policy before commenting."
    assert comments(Draft.from_text(text)).text == BODY


def test_comments_run_into_their_reply_buttons_are_marks() -> None:
    # Extraction joins a comment's last words and its button: "… always late. Reply".
    section = [
        "About time. The old boats were always late, and the new ones look much better. Reply",
        "Not everyone agrees: the fares went up too, and the evening sailings are fewer than before. Reply",
        "The timetable is still wrong on the website, which nobody at the harbour board has fixed yet! Reply",
    ]
    out = comments(Draft.from_text("\n".join([BODY, BODY, *section])))
    assert out.text == f"{BODY}\n{BODY}"
    assert comments(Draft.from_text(f"{BODY}\n{section[0]}")).text == f"{BODY}\n{section[0]}"  # one is no section
