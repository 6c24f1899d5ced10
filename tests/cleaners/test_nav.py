import pytest

from cleanseed import Draft
from cleanseed.cleaners.nav import nav

BODY = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."


def test_menu_furniture_and_separator_menus_dropped() -> None:
    menus = ["Menu", "Search", "Social links navigation", "Home | News | Sport | Business"]
    text = "\n".join([*menus, BODY, "READ THE STORY", "Cite This Page:"])
    out = nav(Draft.from_text(text))
    assert out.text == BODY
    assert {r.cleaner for r in out.removed} == {"chrome.nav"}


@pytest.mark.parametrize("furniture", ["Supported by", "READ THE STORY", "Full story", "Cite This Page:"])
def test_furniture_inside_the_body_dropped(furniture: str) -> None:
    assert nav(Draft.from_text(f"{BODY}\n{furniture}\n{BODY}")).text == f"{BODY}\n{BODY}"


def test_run_of_short_items_before_the_body_dropped() -> None:
    text = f"* News\n\n+ Truck News\n+ SUV News\n+ Electric News\nCouncil approves budget after long debate\n{BODY}"
    assert nav(Draft.from_text(text)).text == f"Council approves budget after long debate\n{BODY}"


ITEMS = "- Best Actor - Jane Doe\n- Best Film - Red River\n- Best Score - Ana Ruiz"


def test_a_list_a_sentence_introduces_after_the_body_kept() -> None:
    text = f"{BODY}\nThe full list of winners is below:\n{ITEMS}"
    assert nav(Draft.from_text(text)).text == text


def test_a_menu_under_a_label_is_no_introduced_list() -> None:
    text = f"{BODY}\nMore sections:\n{ITEMS}"
    assert "Jane Doe" not in nav(Draft.from_text(text)).text


def test_short_lines_inside_the_body_kept() -> None:
    text = f"{BODY}\nApples\nPears\nPlums\n{BODY}"
    assert nav(Draft.from_text(text)).text == text


def test_markdown_table_rows_kept() -> None:
    text = f"{BODY}\n| Team | Won | Lost |"
    assert nav(Draft.from_text(text)).text == text


def test_flattened_drop_down_dropped() -> None:
    text = f"{BODY}\nArchives Select Month December 2023 (38) November 2023 (71) October 2023 (66)"
    assert nav(Draft.from_text(text)).text == BODY


def test_furniture_in_markup_or_with_a_counter_dropped() -> None:
    # The longest furniture line: the longest phrase and twenty trailing marks, the bound the prefilter uses.
    longest = "Toggle navigation (12345678901234567)"
    text = f"**Menu**\n## Sections (12)\n{longest}\n{BODY}"
    assert nav(Draft.from_text(text)).text == BODY


def test_run_broken_only_by_a_sentence() -> None:
    headline = "Council approves the new budget after a long debate"
    items = "News\nSport\nWeather"
    sentence = "Readers can send us their views about the council and its budget."
    kept = nav(Draft.from_text(f"{BODY}\nNews\n{headline}\nSport\nWeather\n\n{sentence}\nOne\nTwo"))
    assert kept.text == f"{BODY}\n{headline}\n\n{sentence}\nOne\nTwo"
    assert nav(Draft.from_text(f"{items}\n{BODY}")).text == BODY


QUOTED = "“Think first about material health, acoustics and a good balance of daylight in the office,” she said."
SIGNED = "“Think first about material health, acoustics and a good balance of daylight in the office.” —Studio O+A"
CUT = "Here are the top emerging technologies of this year that are bringing in the revolution in the technical world-"


@pytest.mark.parametrize("paragraph", [QUOTED, SIGNED, CUT])
def test_subheadings_between_paragraphs_after_the_body_are_no_menu(paragraph: str) -> None:
    # A quotation signed after its closing mark, or a paragraph a capture cut short, ends in no sentence's stop.
    items = ["Design for connection", paragraph, "Humanize the workplace", paragraph, "Design with purpose"]
    text = "\n".join([BODY, *items])
    assert nav(Draft.from_text(text)).text == text


@pytest.mark.parametrize("separator", list("|•·›»>/"))
def test_breadcrumb_with_any_separator_dropped(separator: str) -> None:
    # No menu phrase opens the line: only the separator marks it as a menu.
    text = f"Politics {separator} Europe {separator} France\n{BODY}"
    assert nav(Draft.from_text(text)).text == BODY


def test_reader_feedback_widget_dropped() -> None:
    text = f"{BODY}\nWas this page helpful?\n Thanks for your feedback! \nTell us why!\n{BODY}"
    assert nav(Draft.from_text(text)).text == f"{BODY}\n{BODY}"


def test_links_set_off_by_an_arrow_dropped() -> None:
    text = f"{BODY}\nHow the harbour won the ferry vote »\nFind a Top Agent ›\n{BODY}"
    assert nav(Draft.from_text(text)).text == f"{BODY}\n{BODY}"


def test_quotation_closed_by_a_guillemet_kept() -> None:
    text = f"{BODY}\nLe maire a déclaré : « Nous allons voter demain »\n{BODY}"
    assert nav(Draft.from_text(text)).text == text
