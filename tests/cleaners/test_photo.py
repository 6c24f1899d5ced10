import pytest

from cleanseed import Draft
from cleanseed.cleaners.photo import caption, credit, is_credit

BODY = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."


def test_credit_lines() -> None:
    for line in (
        "(Photo by Ben Montgomery/Getty Images)",
        "Reuters",
        "AP Photo/Evan Vucci",
        "Photograph: Jo Bloggs/PA",
        "Photographer: Stephen Tayo. Creative Director: Ade Samuel.",
    ):
        assert is_credit(line), line
    for line in ("Reuters reported the deal on Monday.", "He showed a photo of the house", "By Jane Doe"):
        assert not is_credit(line), line


def test_caption_above_a_credit_dropped() -> None:
    text = (
        "London mayor Sadiq Khan attends the awards on January 27, 2026 in London, England.\n\n"
        "(Photo by Ben Montgomery/Getty Images)\n"
        f"{BODY}"
    )
    out = credit(caption(Draft.from_text(text)))
    assert out.text == BODY
    assert [r.cleaner for r in out.removed] == ["chrome.caption", "chrome.credit"]


def test_agency_led_caption_dropped() -> None:
    text = f" REUTERS London Mayor Sadiq Khan speaks during an interview\n\nReuters\n{BODY}"
    assert credit(caption(Draft.from_text(text))).text == BODY


def test_caption_carrying_its_own_credit_dropped() -> None:
    text = f"Sadiq Khan in London. Photograph: Ben Montgomery/Getty Images\n{BODY}"
    assert caption(Draft.from_text(text)).text == BODY


@pytest.mark.parametrize(
    "credit_in_brackets",
    ["(Dana Reyes / AFP / Getty Images)", "(Photo by Dana Reyes/Getty Images)", "(AP)", "(Dana Reyes/AP)"],
)
def test_caption_closed_by_its_credit_in_brackets_dropped(credit_in_brackets: str) -> None:
    text = f"The mayor opens the new bridge on Tuesday. {credit_in_brackets}\n{BODY}"
    assert caption(Draft.from_text(text)).text == BODY


def test_sentence_closed_by_other_brackets_kept() -> None:
    text = f"The council approved the plan (the third this year).\nOfficials met in the town hall (left).\n{BODY}"
    assert caption(Draft.from_text(text)).text.startswith("The council approved the plan")


def test_body_paragraph_above_an_uncaptioned_picture_kept() -> None:
    text = f"{BODY}\nGetty Images\n{BODY}"
    assert credit(caption(Draft.from_text(text))).text == f"{BODY}\n{BODY}"


def test_a_long_paragraph_naming_a_date_above_a_credit_kept() -> None:
    """A site that sets its lead picture's credit under the story's last paragraph: that paragraph names a date, as a
    caption may, but runs far longer than one."""
    last = (
        "While 240 million is a considerable number of obsolete computers, only a fraction will end up in landfills "
        "after Win10 enters EOL status on October 14, 2025, as Canalys worries. Modern e-waste recycling companies "
        "can reclaim most of the metals, and charities refurbish many of the rest for schools and libraries."
    )
    text = f"{BODY}\n\n{last}\n\nImage credit: Paul Schultz"
    assert credit(caption(Draft.from_text(text))).text == f"{BODY}\n\n{last}"


def test_a_credit_word_in_a_list_of_nouns_opens_no_credit() -> None:
    """ "photos, videos" is a list in a sentence, not a credit ("Photos, AP" would be one)."""
    line = "This app lets you read all incoming and outgoing emails and see all the photos, videos, and other files"
    text = f"{BODY}\n{line}\n{BODY}"
    assert caption(Draft.from_text(text)).text == text


def test_embedded_credit_with_initials() -> None:
    text = f"Residents gather outside the town hall in Leeds on Monday. Photograph: Anna J. Walsh/Reuters\n{BODY}"
    assert caption(Draft.from_text(text)).text == BODY


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Squint and you'll see daylight. Photograph by Rob Brunner.", False),
        ("A Light in Constant Motion, Julia Bottoms, 2023. Image: Tiffany Gaines.", False),
        ("The show ends tonight. Photos: The Best Moments.", True),
        ("He liked the photo. Photos by the river were his favourites.", True),
    ],
)
def test_a_caption_closed_by_a_stopped_credit_to_a_person(line: str, kept: bool) -> None:
    assert caption(Draft.from_text(f"{line}\n{BODY}")).text == (f"{line}\n{BODY}" if kept else BODY)


def test_labelled_caption_and_credit() -> None:
    text = f"Image source, Getty Images\nImage caption, Work on the housing plan began last year\n{BODY}"
    assert credit(caption(Draft.from_text(text))).text == BODY


def test_caption_is_idempotent_when_a_labelled_caption_stood_between_a_stamp_and_the_credit():
    page = Draft.from_text(
        "By Anna Walsh\n\nJanuary 1, 2015\n\n"
        "Residents gather outside the town hall in Leeds on Monday. Photograph: Anna Walsh/Reuters\n\nReuters\n\n"
        "Officials in Leeds approved the housing plan on Monday, ending months of uncertainty for residents.\n"
    )
    once = caption(page)
    assert once.removed[0].text.startswith("Residents gather")
    assert caption(once).lines == once.lines


def test_a_bare_credit_label_goes_with_the_name_under_it() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    draft = credit(Draft.from_text(f"{body}\nCredit:\n\nNina Berman\n\n{body}\nPhoto:\n{body}"))
    assert draft.text == f"{body}\n\n\n{body}\n{body}"
    assert [r.text for r in draft.removed] == ["Credit:", "Nina Berman", "Photo:"]


@pytest.mark.parametrize(
    "caption_line",
    [
        "Ryan Garcia, left, scored a TKO victory in Houston on Dec. 1. Carmen Mandato/Getty Images",
        "Skaters take to the ice at the Frog Pond rink. John Tlumacki/Globe Staff",
        "A pull saw could change your opinion of hand sawing. Ono Kosuki / Pexels",
        "Kim says she lost 30 years of memories. WAFB/YouTube",
        "Elon Musk in Rome on December 15. Alberto E. Rodriguez/Getty Images",
        "John Mulaney performs at a comedy club in Chicago. (Nuccio DiNuzzo/Chicago Tribune)",
        "Supporters gather for a rally outside the club on August 19, 2022. AFP via Getty Images",
        "Dancers at the club became the first to unionise in the nation. Getty Images",
    ],
)
def test_caption_closed_by_a_bare_credit_dropped(caption_line: str) -> None:
    assert caption(Draft.from_text(f"{caption_line}\n{BODY}")).text == BODY


@pytest.mark.parametrize(
    "sentence",
    [
        "He said the deal was done. It was a win for the U.S. Senate/House",
        "The vote split the chamber. Republicans/Democrats said little",
        "3. Aerospace/Defense",
        "Ask him. Yes/No",
        "The agency said it would publish more of them. Images",
        "She licensed the photographs to an agency. Getty Images paid",
    ],
)
def test_sentence_ending_in_a_slashed_pair_kept(sentence: str) -> None:
    assert caption(Draft.from_text(f"{sentence}\n{BODY}")).text.startswith(sentence)


@pytest.mark.parametrize(
    "caption_line",
    [
        "A view of the eruption seen from a helicopter. Credit: IMO.",
        "Of the maps, Las Vegas is the most interesting. | Image credit: Embark Studios / Eurogamer.",
        "An artistic reconstruction of the snail. Image credit: Márton Zsoldos.",
        "Holotype of Ferussina petofiana. Image credit: Páll-Gergely et al., doi: 10.17109/azh.69.4.337.2023.",
        "A wood engraving showing flooded Elizabeth Street in December 1882.Credit: State Library of Victoria",
    ],
)
def test_caption_closed_by_a_labelled_credit_and_a_full_stop_dropped(caption_line: str) -> None:
    assert caption(Draft.from_text(f"{caption_line}\n{BODY}")).text == BODY


def test_credit_word_inside_a_sentence_kept() -> None:
    text = f"The coach gave her credit: She won the match alone.\n{BODY}"
    assert caption(Draft.from_text(text)).text == text


@pytest.mark.parametrize(
    "caption_line",
    [
        "_Robert Kennedy speaks during a campaign event in Philadelphia. (AP)_",
        "You can use a table saw for many cuts if you have the right jigs. _Anna Shvets / Pexels_",
        'Four brothers portray the wrestlers in "The Iron Claw."Eric Chakeen / A24',
    ],
)
def test_caption_in_markdown_emphasis_or_glued_to_its_credit_dropped(caption_line: str) -> None:
    assert caption(Draft.from_text(f"{caption_line}\n{BODY}")).text == BODY


def test_source_lines_of_charts_and_pictures_dropped() -> None:
    sources = ["Sources: Bureau of Economic Analysis, Morningstar.", "[Source: Avison Young]", "Source: unsplash.com"]
    out = credit(Draft.from_text("\n".join([BODY, *sources, BODY])))
    assert out.text == f"{BODY}\n{BODY}"
    assert {r.reason for r in out.removed} == {"source line"}


def test_sentences_about_sources_kept() -> None:
    text = (
        "Sources say the deal is close.\n"
        "Source: a person familiar with the talks said on Monday that the bank would not raise its offer again."
    )
    assert credit(Draft.from_text(text)).text == text


def test_gallery_slide_counters_dropped() -> None:
    text = "1 of 12 |\nThe mayor opens the market.\n2 of 12\nStalls line the square.\nThe market runs until May."
    out = credit(Draft.from_text(text))
    assert out.text == "The mayor opens the market.\nStalls line the square.\nThe market runs until May."


def test_scores_and_lone_fractions_kept() -> None:
    text = "Battery\n8 / 10\nScreen\n7 / 10\nOnly 3 of 4 voters agreed.\n1 of 3"
    assert credit(Draft.from_text(text)).text == text


def test_bare_slash_credit_lines_dropped() -> None:
    text = "The chef plates the eggs.\nClay Enos/Netflix\nITV News / YouTube\nThe dish takes ten minutes."
    assert credit(Draft.from_text(text)).text == "The chef plates the eggs.\nThe dish takes ten minutes."


def test_sentences_and_dates_with_a_slash_kept() -> None:
    text = "He signed on 12/25 with the club.\nThe Yes/no vote passed easily on Monday."
    assert credit(Draft.from_text(text)).text == text


def test_caption_standing_with_its_credit_as_one_block_dropped() -> None:
    caption_line = "Visitors walk along Reese Way to see the neighborhood's holiday lights."
    text = f"{BODY}\n\n{caption_line}\nWally Skalij/Getty Images\n\n{BODY}"
    assert credit(caption(Draft.from_text(text))).text == f"{BODY}\n\n\n{BODY}"


def test_subheading_or_paragraph_set_apart_above_a_credit_kept() -> None:
    text = f"{BODY}\n\nTrench coat with casual clothes\nGetty Images\n\n{BODY}\n\nGetty Images\n\n{BODY}"
    out = credit(caption(Draft.from_text(text))).text
    assert out.split("\n").count(BODY) == 3 and "Trench coat with casual clothes" in out


def test_labelled_slide_counter_and_picture_buttons_dropped() -> None:
    text = "Enlarge this image\nImage 1 of 4\nThe market runs until May.\ntoggle caption"
    assert credit(Draft.from_text(text)).text == "The market runs until May."


def test_a_caption_dropped_above_a_line_makes_it_a_figure_block_on_the_first_run_too() -> None:
    # Found by check_cleaner: the second run saw the first run's caption gone above the line and dropped it then
    text = (
        "Skip to main content\nResidents gather outside the town hall in Leeds on Monday. Photograph: Anna Walsh/"
        "Reuters\nSubscribe to our daily briefing to get the day's top stories.\nReuters"
    )
    once = caption(Draft.from_text(text))
    assert caption(once).text == once.text
