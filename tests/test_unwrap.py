"""Hard-wrapped captures: the wrap width is found and the broken lines are joined back into paragraphs."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from cleanseed import clean
from cleanseed._unwrap import join_soft_breaks, unwrap, wrap_width
from cleanseed.document import UNWRAPPED

PARAGRAPHS = [
    "The city council approved a new budget on Tuesday after a long debate that ran late into the night, "
    "officials said, ending a standoff that had lasted since the spring.",
    '"This is a good day for the city," said Mayor Jane Doe, who had pushed for the plan since last year and '
    "had called the vote a test of the council's resolve.",
    "Critics argued the budget would raise property taxes by 4 percent, a claim the finance office disputed in a "
    "statement released on Wednesday morning.",
    "The vote was 7-2. The plan takes effect in January, and the first payments are due in March, when the "
    "council meets again to review the spending of each department.",
    "Residents who spoke at the hearing were divided. Some praised the new money for parks and libraries, while "
    "others said the city had not explained how it would pay for the expansion of its bus routes.",
    "The finance director, Sam Patel, told the council that reserves would cover the first year of the plan and "
    "that a review in the autumn would show whether further cuts were needed.",
    "Two members who voted against the budget said they would try to amend it next month. One of them, Ana "
    "Ruiz, said the council had rushed a decision that would shape the city for a decade.",
    "The mayor's office said it would publish a summary of the budget online this week, with a breakdown of "
    "spending by neighbourhood, so that residents could see where their money was going.",
]
MENU = [
    "* [Home](https://news.example/)",
    "* [Local](https://news.example/local)",
    "* [Sport](https://news.example/sport)",
]


def _wrapped(width: int = 78) -> str:
    """A capture as html2text writes it: a menu of list items (left whole), then paragraphs wrapped at ``width``."""
    return "\n\n".join(["\n".join(MENU), *(textwrap.fill(p, width) for p in PARAGRAPHS)]) + "\n"


def test_the_width_a_converter_wrapped_at_is_found() -> None:
    assert wrap_width(_wrapped(78)) == 78
    assert wrap_width(_wrapped(64)) == 64


def test_unwrapped_paragraphs_are_whole_lines_again() -> None:
    text = _wrapped()
    assert unwrap(text, 78).split("\n\n") == ["\n".join(MENU), *PARAGRAPHS]


def test_a_text_of_long_paragraph_lines_is_not_wrapped() -> None:
    browser_copy = "\n".join(["Home", "Local", "Sport", *PARAGRAPHS, *PARAGRAPHS])
    assert wrap_width(browser_copy) is None
    assert wrap_width("\n".join(MENU * 10)) is None


def test_headings_and_list_paragraphs_a_wrapper_left_whole_do_not_hide_the_wrapping() -> None:
    # pandoc's plain text: paragraphs wrapped at 72, headings never, a list item's paragraph left whole
    headings = [f"A headline of the page that runs past the wrap width, number {i}" for i in range(6)]
    items = [f"- {i}\n\n  {PARAGRAPHS[i]}" for i in range(3)]
    body = [textwrap.fill(p, 72) for p in PARAGRAPHS]
    text = "\n\n".join([*headings, *items, *body])
    assert wrap_width(text) == 72
    # as many long lines that end a sentence as broken ones: a browser copy, not wrapped
    assert wrap_width("\n\n".join([*body, *PARAGRAPHS * 4])) is None


def test_a_short_article_wrapped_at_a_converters_width_is_found_among_its_menus() -> None:
    # Three broken lines only (a short story), and menu items carried on by others at every width
    menu = "\n".join(f"{item}\n{item.lower()} news" for item in ("Home", "Local", "Sport", "Business", "Weather"))
    for width in (72, 78):
        text = f"{menu}\n\n{textwrap.fill(PARAGRAPHS[0], width)}\n\n{textwrap.fill(PARAGRAPHS[1], width)}"
        assert wrap_width(text) == width
    assert wrap_width(f"{menu}\n\n{textwrap.fill(PARAGRAPHS[0], 64)}\n\n{textwrap.fill(PARAGRAPHS[1], 64)}") is None


def test_a_short_capture_without_blank_lines_is_not_wrapped_by_chance() -> None:
    # Found by hypothesis: three lines that happen to end near 72 characters, each over a capitalised line
    text = (
        "Leeds council approved the housing plan\nJanuary 1, 2015\n"
        "Anna Walsh speaks to reporters in Leeds. (AP Photo/Anna Okafor)\n"
        "Residents in Leeds have waited years for a decision, and several said they would believe it when they "
        "saw it.\n"
        "Sign up to Morning Briefing\nEnter your email address\nSubscribe\n"
        "By signing up you agree to our Terms of Use and Privacy Policy.\nAdvertisement\nAdvertisement\nRelated\n"
        "3.5 million homes affected as the school funding formula is approved\n"
        "Leeds council approved the housing plan\n"
    )
    assert wrap_width(text) is None


def test_nothing_carries_on_a_fence_line() -> None:
    fence = "::: {.sc-14ojfpu-5 .cyzjbU .video-html5-thumbs .wide-block key=196193}"
    text = f"{fence}\n[Watch the video](https://news.example/video) of the vote."
    assert unwrap(text, len(fence)) == text


def test_a_link_broken_at_a_hyphen_is_joined_without_a_space() -> None:
    line = "Read the full statement at [the council's site](https://news.example/local/council-budget-"
    text = "\n".join([line, "statement-2023) before the vote on Tuesday.", ""] * 9)
    assert wrap_width(text) == len(line)
    assert "council-budget-statement-2023)" in unwrap(text, len(line))


def test_a_link_broken_at_a_hyphen_before_digits_is_joined_as_textwrap_cut_it() -> None:
    """textwrap cuts at a hyphen between letters only: "Carton-727x727.png" was one chunk, too long for the line, so
    the break after "New-Craig-" counts as the wrapper's."""
    line = "[![Craig Carton](https://assets.example/persons/New-Craig-"
    text = "\n".join([line, "Carton-727x727.png?downsize=400) Craig Carton", ""])
    assert "New-Craig-Carton-727x727.png" in unwrap(text, 78)


def test_a_no_break_space_joins_the_words_it_stands_between() -> None:
    """A wrapper parts words at ASCII white space only: "and\xa0Broadleaf," was one word, too long for the line."""
    line = "A great amount of planning went into the purchase of its logistics arm"
    assert len(line) == 70
    text = f"{line}\nand\xa0Broadleaf, an IT services firm."
    assert unwrap(text, 78) == f"{line} and\xa0Broadleaf, an IT services firm."


def test_a_no_break_space_opening_the_next_line_is_part_of_its_first_word() -> None:
    """ "\xa0(58)" was the chunk that did not fit after "September 2020", not "(58)"."""
    line = "At December 2020\xa0(60) November 2020\xa0(82) October 2020\xa0(80) September 2020"
    assert len(line) == 73
    text = f"{line}\n\xa0(58) August 2020\xa0(38) July 2020"
    assert len(unwrap(text, 78).splitlines()) == 1


def test_a_wrapped_quote_is_joined_without_its_marks_and_an_empty_quote_line_ends_it() -> None:
    text = "> A quote that a converter wrapped at the width it wraps\n> every line at.\n>\n> Another paragraph."
    assert unwrap(text, 56).splitlines() == [
        "> A quote that a converter wrapped at the width it wraps every line at.",
        ">",
        "> Another paragraph.",
    ]


def test_a_markdown_line_break_and_a_block_opening_below_stay_apart() -> None:
    text = "A line of a poem that is long enough to be full  \nand its next line\n* an item of a list"
    assert unwrap(text, 48).splitlines() == text.splitlines()


@given(st.text(alphabet=st.sampled_from("ab -\n *#>|1."), max_size=300), st.integers(min_value=1, max_value=200))
def test_unwrapping_only_joins_lines(text: str, width: int) -> None:
    joined = unwrap(text, width)
    # Nothing but whitespace and the quote marks opening a quote's carried-on lines goes.
    assert "".join(joined.replace(">", "").split()) == "".join(text.replace(">", "").split())
    assert joined.count("\n") <= text.count("\n")


def test_clean_reads_a_wrapped_capture_as_its_paragraphs() -> None:
    doc = clean(_wrapped(), format="markdown")
    assert UNWRAPPED in doc.labels
    assert doc.text.split("\n\n") == PARAGRAPHS
    assert clean(doc.text, format="markdown").text == doc.text
    assert doc.extracted == unwrap(_wrapped(), 78)
    # Removal records count lines of the joined text, which the document keeps.
    extracted = doc.extracted.splitlines()
    for removal in doc.removed:
        assert removal.text.splitlines()[0].strip() in extracted[removal.first_line - 1]


def test_a_markdown_paragraph_broken_mid_sentence_is_joined() -> None:
    # markdownify writes the line breaks of the page's HTML source into its paragraphs, at no fixed width.
    text = (
        "Car accidents are an inevitable and traumatic reality of everyday life. Aside from the pain, there may be\n"
        "significant losses suffered due to property damage\n"
        "or hospital bills.\n\nHome\nnews\n* a list item\n* another one that is long enough\nand carries on"
    )
    assert join_soft_breaks(text).splitlines() == [
        "Car accidents are an inevitable and traumatic reality of everyday life. Aside from the pain, there may be "
        "significant losses suffered due to property damage or hospital bills.",
        "",
        "Home",
        "news",
        "* a list item",
        "* another one that is long enough and carries on",
    ]


def test_lines_ending_a_clause_or_followed_by_a_capital_stay_apart() -> None:
    text = "The council voted to approve the budget.\nthen it adjourned\nA line long enough to carry on\nNew line"
    assert join_soft_breaks(text) == text


def test_clean_joins_a_soft_broken_markdown_paragraph() -> None:
    body = [p.replace(", officials said", "\nofficials said") for p in PARAGRAPHS]
    doc = clean("\n\n".join(["\n".join(MENU), *body]), format="markdown")
    assert UNWRAPPED in doc.labels
    assert doc.text.split("\n\n") == [p.replace(", officials said", " officials said") for p in PARAGRAPHS]
