"""boilerplate.lines: the fitted line model drops chrome lines, keeps prose, and records every drop."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanseed.cleaners import REGISTRY
from cleanseed.cleaners.lines import (
    CONTEXT_FEATURES,
    LOCAL_FEATURES,
    MAX_LINE_SIZE,
    boilerplate_lines,
    function_words,
    in_page_language,
    load_model,
    main_block,
    page_lines,
    score_lines,
    shape,
    tokens,
)
from cleanseed.document import EXTRACTION_FALLBACK, Draft, Line

PROSE = [
    "The city council voted on Tuesday to expand the bus network, after a year of public hearings on the plan.",
    "Supporters said the new routes would cut commuting times for thousands of residents in the outer districts.",
    "“We have waited a long time for this,” said a resident who spoke at the final meeting, to loud applause.",
    "Opponents argued that the cost, estimated at $40 million, had not been explained clearly enough to voters.",
    "The first of the new routes is expected to open in the spring, according to the transport department.",
]
MENU = ["Home", "World", "Business", "Sport", "Weather", "Sign in", "Subscribe"]
FOOTER = ["About us", "Contact", "Careers", "Privacy Policy", "Terms of Use", "Site Map"]


def page(lines: list[str]) -> Draft:
    return Draft.from_text("\n\n".join(lines))


def test_registered_under_its_id() -> None:
    assert REGISTRY["boilerplate.lines"] is boilerplate_lines


def test_shipped_model_matches_the_features() -> None:
    model = load_model()
    assert len(model.local) == len(LOCAL_FEATURES) + 1
    assert len(model.context) == len(CONTEXT_FEATURES) + 1
    assert 0.0 < model.threshold < 1.0


def test_drops_menu_and_footer_keeps_the_article() -> None:
    draft = page(MENU + PROSE + FOOTER)
    result = boilerplate_lines(draft)
    kept = [line.text for line in result.lines if not line.blank]
    assert kept == PROSE
    dropped = {line for r in result.removed for line in r.text.splitlines()}
    assert dropped == set(MENU + FOOTER)


def test_every_drop_names_the_cleaner_and_the_probability() -> None:
    result = boilerplate_lines(page(MENU + PROSE))
    assert result.removed
    for record in result.removed:
        assert record.cleaner == "boilerplate.lines"
        assert re.fullmatch(r"boilerplate line \(p=(0\.\d\d|1\.00)\)", record.reason)


def test_an_article_without_chrome_is_left_whole() -> None:
    draft = page(PROSE)
    assert boilerplate_lines(draft) == draft


def test_a_page_without_body_loses_every_line() -> None:
    result = boilerplate_lines(page(MENU + FOOTER))
    assert not result.text.strip()


def test_a_rule_of_underscores_is_no_line_of_words() -> None:
    draft = page([*MENU, "____", *PROSE])
    scored = [draft.lines[i].text for i in page_lines(draft, load_model().stopwords).positions]
    assert "____" not in scored
    assert scored == MENU + PROSE


def test_html_main_text_is_left_to_trafilatura() -> None:
    draft = Draft.from_text("\n\n".join(MENU + PROSE), format="html")
    assert boilerplate_lines(draft) == draft


def test_a_whole_page_from_the_extraction_fallback_is_judged() -> None:
    draft = Draft.from_text("\n\n".join(MENU + PROSE), format="html").label(EXTRACTION_FALLBACK)
    assert boilerplate_lines(draft).removed == boilerplate_lines(page(MENU + PROSE)).removed != ()


def test_a_text_too_short_to_judge_is_left_alone() -> None:
    draft = page(["Sign in", PROSE[0]])
    assert boilerplate_lines(draft) == draft


def test_cleaning_its_own_output_drops_nothing_more() -> None:
    once = boilerplate_lines(page(MENU + PROSE[:2] + ["Advertisement", "Share this"] + PROSE[2:] + FOOTER))
    again = Draft.from_text(once.text)
    assert boilerplate_lines(again) == again


def test_a_page_needing_four_passes_is_cleaned_to_the_end() -> None:
    # Found by check_cleaner: each pass freed the next line's context, and the fourth drop came on a second run
    lines = [
        "Leeds council approved the housing plan",
        "By Anna Walsh",
        "January 1, 2015",
        "Officials in Leeds approved the housing plan on Monday, ending months of uncertainty for residents.",
        "Advertisement",
        "Advertisement",
        "Critics said the timetable left too little room for public consultation before work begins next year. "
        "Supporters argued that the changes were overdue and that costs would only rise if the work waited. The vote "
        "followed a heated meeting at which dozens of residents queued to address the committee.",
        "Advertisement",
        "About us\nContact us\nPrivacy policy",
        "© 2015 The Harbour Courier. All rights reserved.",
        "We and our partners use cookies and similar technologies to personalise content and ads, and to analyse our "
        "traffic. You can change your choices at any time.\nAccept all\nReject all\nCookie settings",
    ]
    once = boilerplate_lines(page(lines))
    assert boilerplate_lines(once).text == once.text


def test_a_page_in_another_language_is_read_with_its_own_function_words() -> None:
    german = [
        "Der Stadtrat hat am Dienstag beschlossen, das Busnetz nach einem Jahr der Anhörungen zu erweitern.",
        "Befürworter sagten, die neuen Linien würden die Fahrzeiten für Tausende Pendler deutlich verkürzen.",
    ]
    draft = page(["Startseite", "Politik", "Wirtschaft", *german])
    assert score_lines(draft, load_model()) is None  # too few English function words for the English list
    assert in_page_language(draft, load_model()).stopwords == function_words()["de"]
    assert boilerplate_lines(draft).text.split("\n\n") == german


def test_english_sharing_a_few_function_words_with_french_is_not_read_as_french() -> None:
    page_text = "\n".join(["London mayor courts embattled AI firm Anthropic"] * 2 + ["The council council on."])
    assert in_page_language(Draft.from_text(page_text), load_model()) is load_model()


def test_a_page_no_list_covers_is_left_alone() -> None:
    finnish = [
        "Kaupunginvaltuusto päätti tiistaina laajentaa bussiverkkoa vuoden kestäneiden kuulemisten jälkeen.",
        "Kannattajien mukaan uudet linjat lyhentäisivät tuhansien työmatkalaisten matka-aikoja selvästi.",
    ]
    draft = page(["Etusivu", "Politiikka", "Talous", *finnish])
    assert in_page_language(draft, load_model()) == load_model()
    assert boilerplate_lines(draft) == draft


def test_a_tokenless_line_between_dropped_lines_goes_with_them() -> None:
    draft = Draft.from_text("\n".join(["Home", "|", "World", "", *PROSE]))
    result = boilerplate_lines(draft)
    assert "|" not in [line.text for line in result.lines]
    assert any(r.text == "|" and "between boilerplate lines" in r.reason for r in result.removed)


def test_nothing_is_lost() -> None:
    draft = page(MENU + PROSE + FOOTER)
    result = boilerplate_lines(draft)
    kept = {line.no for line in result.lines}
    removed = {n for r in result.removed for n in range(r.first_line, r.last_line + 1)}
    nonblank = {line.no for line in draft.lines if not line.blank}
    assert nonblank <= kept | removed
    assert not kept & removed


@pytest.mark.parametrize(
    ("p", "size", "span"),
    [
        ([0.1, 0.9, 0.9, 0.1], [5, 20, 20, 5], (1, 2)),
        ([0.9, 0.2, 0.9], [30, 2, 30], (0, 2)),  # a short chrome line inside the article stays inside the block
        ([0.1, 0.2], [3, 3], (0, -1)),
    ],
)
def test_main_block_is_the_span_with_most_body_evidence(
    p: list[float], size: list[float], span: tuple[int, int]
) -> None:
    assert main_block(p, size, [0] * len(p)) == span


@pytest.mark.parametrize("removed", [5, 30])
def test_a_widget_removed_inside_an_article_costs_no_more_than_a_few_lines(removed: int) -> None:
    # Three 80-token paragraphs with a run of removed lines before the second: short or long, one block.
    assert main_block([0.9, 0.9, 0.9], [80, 80, 80], [0, removed, 0]) == (0, 2)


def test_a_removed_run_still_splits_off_a_short_block() -> None:
    # A short promotion below a removed run is not part of the article above it.
    assert main_block([0.9, 0.9, 0.9], [80, 80, 20], [0, 0, 30]) == (0, 1)


def test_huge_and_many_lines_stay_cheap() -> None:
    long_line = "word " * 200_000
    boilerplate_lines(Draft.from_text("\n".join([*PROSE, long_line, *MENU])))
    many = Draft.from_text("\n".join(MENU * 3000 + PROSE))
    result = boilerplate_lines(many)
    assert [line.text for line in result.lines][-len(PROSE) :] == PROSE


def test_a_huge_flattened_list_counts_no_more_than_a_long_paragraph_as_body_evidence():
    draft = Draft.from_text("Country " * 3000 + "\n\nThe council said on Monday that the plan would go ahead.")
    lines = page_lines(draft, load_model().stopwords)
    assert max(lines.sizes) == MAX_LINE_SIZE


@pytest.mark.parametrize(
    ("text", "title_case"),
    [("The Best Games Of 2023", 1.0), ("The best games of 2023", 0.0), ("Home", 0.0), ("2023 12 25", 0.0)],
)
def test_a_heading_in_title_case_is_marked(text: str, title_case: float) -> None:
    stopwords = load_model().stopwords
    assert shape(text, text, stopwords).features[LOCAL_FEATURES.index("all_title")] == title_case


def test_a_line_before_a_blank_line_or_the_end_is_marked() -> None:
    # The end of the text ends a paragraph too: cleaned output, whose trailing blank lines are gone, must read
    # its last line as the first pass did, or cleaning it again drops more.
    column = LOCAL_FEATURES.index("next_blank")
    for text in (
        "Home\nWorld\n\nThe council met on Tuesday.\nLast line",
        "Home\nWorld\n\nThe council met.\nLast line\n\n",
    ):
        lines = page_lines(Draft.from_text(text), load_model().stopwords)
        assert [row[column] for row in lines.rows] == [0.0, 1.0, 0.0, 1.0]


def test_a_capture_without_blank_lines_reads_each_line_as_a_paragraph() -> None:
    # trafilatura's text output and some copies keep no paragraph breaks: a paragraph ends with every line
    column = LOCAL_FEATURES.index("next_blank")
    lines = page_lines(Draft.from_text("Home\nWorld\nThe council met on Tuesday.\nLast line"), load_model().stopwords)
    assert [row[column] for row in lines.rows] == [1.0, 1.0, 1.0, 1.0]
    story = [  # as trafilatura extracts a short report: its first two lines read as a menu's items before
        "Police say an overnight shooting in Toronto left one man dead and another in hospital.",
        "Toronto police say the two men were shot just before 2 a.m. near Steeles Avenue and Weston Road in North "
        "York.",
        "They say one man was taken to a hospital but didn’t survive.",
        "A second man was located at a hospital with serious but non-life-threatening injuries.",
        "There is no suspect information and the investigation is ongoing.",
        "Toronto police are appealing to anyone with information to contact them.",
    ]
    article = Draft.from_text("\n".join(story))
    assert boilerplate_lines(article) == article


def test_line_numbers_outside_the_source_fall_back_to_the_line_itself() -> None:
    draft = Draft(lines=(Line(0, "A line [with](https://example.com) a link"), Line(9, "Another line")), source="")
    lines = page_lines(draft, load_model().stopwords)
    assert [s.features[LOCAL_FEATURES.index("link_share")] for s in lines.shapes] == [
        shape(line.text, line.text, load_model().stopwords).features[LOCAL_FEATURES.index("link_share")]
        for line in draft.lines
    ]


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80) | st.text(alphabet=st.characters(max_codepoint=127)))
def test_tokens_are_the_word_pattern_matches(text: str) -> None:
    assert tokens(text) == re.findall(r"\w+", text)


def test_each_function_word_list_is_lowercase_words_and_none_is_english() -> None:
    english = load_model().stopwords
    for code, listed in function_words().items():
        assert len(code) == 2 and 80 <= len(listed) <= 160, code
        assert all(w == w.lower() and w.isalpha() for w in listed), code
        # Most of a list is its own language's: an English page must not read as German or Dutch.
        assert len(listed & english) < len(listed) / 5, code
