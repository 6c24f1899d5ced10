"""meta.title: the headline over the byline block, the slug's line, and lines earlier cleaners removed."""

import datetime as dt

from cleanseed import Draft, Line
from cleanseed.cleaners.title import title

BODY = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
HEADLINE = "Council approves budget after debate"
BYLINE = "By Anna Walsh"


def _page(lines: list[str], removed: dict[int, str], url: str | None = None) -> Draft:
    """A draft of ``lines`` (one a source line) with the lines at the given 0-based positions removed by the named
    cleaners; a removed "By ..." line lifts the authors, a removed line holding "2023" lifts the date."""
    draft = Draft.from_text("\n".join(lines), url=url)
    for no in sorted((i + 1 for i in removed), reverse=True):
        text = lines[no - 1]
        if text.startswith("By "):
            draft = draft.lift("authors", (text[3:],), "meta.byline", line=Line(no, text))
        elif "2023" in text:
            draft = draft.lift("published", dt.date(2023, 12, 21), "meta.dates", line=Line(no, text))
        at = next(i for i, line in enumerate(draft.lines) if line.no == no)
        draft = draft.drop([at], removed[no - 1], "test")
    return draft


def test_the_block_over_the_first_stamp_may_hold_removed_stamps_and_credits() -> None:
    lines = ["Menu", HEADLINE, "The vote came late.", "Photo: Jane Smith", BYLINE, "Leeds", "21 December 2023", BODY]
    removed = {0: "chrome.nav", 3: "chrome.credit", 4: "meta.byline", 6: "meta.dates"}
    draft = title(_page(lines, removed))
    assert draft.title == HEADLINE
    assert "The vote came late." in draft.text


def test_a_two_sentence_headline_may_end_in_a_full_stop_over_the_byline() -> None:
    headline = "Government technology is famously bad. It doesn't have to be."
    draft = title(_page(["Menu", headline, BYLINE, BODY], {0: "chrome.nav", 2: "meta.byline"}))
    assert draft.title == headline
    prompt = title(_page(["Menu", "Click to save this article.", BYLINE, BODY], {0: "chrome.nav", 2: "meta.byline"}))
    assert prompt.title is None


def test_a_breadcrumb_glued_onto_the_headline_is_passed_over() -> None:
    lines = ["Menu", f"Home News {HEADLINE}", HEADLINE, BYLINE, BODY]
    draft = title(_page(lines, {0: "chrome.nav", 3: "meta.byline"}))
    assert draft.title == HEADLINE
    assert f"Home News {HEADLINE}" in draft.text


def test_a_menu_flattened_into_one_line_is_passed_over() -> None:
    menu = "Movies and TV Entertainment and Culture Columnists"
    lines = ["* Movies and TV", "* Columnists", menu, HEADLINE, BYLINE, BODY]
    draft = title(_page(lines, {0: "chrome.nav", 1: "chrome.nav", 4: "meta.byline"}))
    assert draft.title == HEADLINE
    assert menu in draft.text


def test_a_numbered_or_bulleted_line_is_never_the_headline() -> None:
    lines = ["Menu", "1. Home", "2. World Report Today", HEADLINE, BYLINE, BODY]
    draft = title(_page(lines, {0: "chrome.nav", 4: "meta.byline"}))
    assert draft.title == HEADLINE
    bulleted = title(_page(["Menu", f"* {HEADLINE}", BODY], {0: "chrome.nav"}))
    assert bulleted.title is None


def test_a_headline_may_open_with_a_brand_spelled_in_lowercase() -> None:
    headline = "iPhone 15 Pro Max review: the best just got better"
    draft = title(_page(["Menu", headline, BYLINE, BODY], {0: "chrome.nav", 2: "meta.byline"}))
    assert draft.title == headline


def test_the_slug_is_the_path_segment_with_the_most_words() -> None:
    url = "https://example.com/news/council-approves-budget-after-debate/article_ab6fa276-a0e0-11ee-99a2-d32d185f6ab5.html"
    lines = ["Menu", "Latest headlines from the city", HEADLINE, "A long night", BODY]
    draft = title(_page(lines, {0: "chrome.nav"}, url=url))
    assert draft.title == HEADLINE


def test_a_hyphenated_word_spells_each_of_its_parts_of_the_slug() -> None:
    url = "https://example.com/ford-raptor-king-of-off-road/"
    headline = "The Ford Raptor Is King Of Off-Road"
    draft = title(_page(["Menu", "Off Road Raptor King", headline, BODY], {0: "chrome.nav"}, url=url))
    assert draft.title == headline


def test_the_space_a_capture_put_before_a_possessive_is_dropped() -> None:
    draft = title(_page(["Menu", "The Changeling ’s Problem With a Disappearing Woman", BODY], {0: "chrome.nav"}))
    assert draft.title == "The Changeling’s Problem With a Disappearing Woman"


def test_the_headline_over_the_byline_beats_a_shorter_line_spelling_as_much_of_the_slug() -> None:
    url = "https://example.com/2023/12/21/council-budget-vote/"
    headline = "Council budget vote ends in a late-night deal"
    lines = ["Menu", "Council budget vote", "Share", headline, BYLINE, BODY]
    draft = title(_page(lines, {0: "chrome.nav", 2: "chrome.share", 4: "meta.byline"}, url=url))
    assert draft.title == headline


def test_a_caption_below_the_body_start_echoing_the_slug_loses_to_the_headline_over_the_byline() -> None:
    url = "https://example.com/2023/12/21/council-approves-budget/"
    headline = "A long night ends in a vote at the town hall"
    caption = "The council approves the budget. Jane Smith / Leeds News"
    draft = title(_page(["Menu", headline, BYLINE, BODY, caption, BODY], {0: "chrome.nav", 2: "meta.byline"}, url=url))
    assert draft.title == headline
    assert caption in draft.text


def test_a_headline_the_menu_cleaner_removed_is_lifted_when_it_spells_the_slug() -> None:
    url = "https://www.example.com/articles/2023/12/22/the_politics_of_incumbent_rejection_150241.html"
    headline = "The Politics of Incumbent Rejection"
    draft = title(_page(["Menu", headline, BODY], {0: "chrome.nav", 1: "chrome.nav"}, url=url))
    assert draft.title == headline
    assert draft.text == BODY
    caption = title(_page(["Menu", headline, BODY], {0: "chrome.nav", 1: "chrome.caption"}, url=url))
    assert caption.title is None


def test_when_no_headline_sits_over_the_first_stamp_the_block_over_the_next_is_read() -> None:
    lines = ["Menu", "21 December 2023", HEADLINE, "The vote came late.", BYLINE, "Leeds", BODY]
    draft = title(_page(lines, {0: "chrome.nav", 1: "meta.dates", 4: "meta.byline"}))
    assert draft.title == HEADLINE


def test_a_line_after_the_last_body_paragraph_is_not_the_slugs_line() -> None:
    url = "https://example.com/story/artificial-intelligence-spirituality-tarot"
    tags = "Topics psychology communication Cognition artificial intelligence religion"
    draft = title(_page(["Menu", "Latest headlines", BODY, BODY, tags], {0: "chrome.nav"}, url=url))
    assert draft.title is None
    assert tags in draft.text


def test_a_line_gluing_words_together_twice_is_a_flattened_menu() -> None:
    menu = "Watch: Globe TodayMoney, Power, InequalityMetroSports"
    draft = title(_page(["Menu", menu, BODY], {0: "chrome.nav"}))
    assert draft.title is None
    named = "SpaceX hits rocket milestone in latest launch"
    assert title(_page(["Menu", named, BODY], {0: "chrome.nav"})).title == named


def test_a_markdown_heading_linking_to_the_home_page_is_a_logo_not_the_headline() -> None:
    text = (
        f"# [ POLITICO Politico Logo ](https://www.politico.com/)\n\n[Menu](/menu)\n\n{HEADLINE}\n\n{BYLINE}\n\n{BODY}"
    )
    draft = Draft.from_text(text, format="markdown").drop([2], "chrome.nav", "test")
    draft = draft.lift("authors", ("Anna Walsh",), "meta.byline", line=Line(7, BYLINE))
    draft = title(draft.drop([5], "meta.byline", "test"))  # source line 7, once line 3 is gone
    assert BYLINE not in draft.text
    assert draft.title == HEADLINE


def test_a_subheading_spelling_more_of_the_slug_loses_to_the_headline_over_the_byline() -> None:
    # popsci-like: the headline names one slug word, a subheading in the body names both.
    headline = "The best saws for every cut"
    subheading = "Hand saws: types of their own"
    lines = ["Menu", headline, BYLINE, BODY, subheading, BODY]
    draft = title(_page(lines, {0: "chrome.nav", 2: "meta.byline"}, url="https://example.com/diy/types-of-saws/"))
    assert draft.title == headline
    assert subheading in draft.text


def test_a_list_over_the_headline_ends_the_block_over_the_byline() -> None:
    lines = ["Menu", "What Are Deepfakes?", "1. Science", f"2. {HEADLINE}", HEADLINE, "The vote came late.", BYLINE]
    draft = title(_page([*lines, BODY], {0: "chrome.nav", 6: "meta.byline"}))
    assert draft.title == HEADLINE
    assert "What Are Deepfakes?" in draft.text


def test_a_headline_the_menu_cleaner_removed_right_over_the_byline_is_lifted_and_left_removed() -> None:
    lines = ["Search for: Submit", "Business", HEADLINE, "The vote came late.", BYLINE, BODY]
    draft = title(_page(lines, {1: "chrome.nav", 2: "chrome.nav", 4: "meta.byline"}))
    assert draft.title == HEADLINE
    assert HEADLINE not in draft.text
    assert "Search for: Submit" in draft.text


def test_a_removed_menu_item_over_the_kept_headline_is_not_lifted() -> None:
    lines = ["Menu", "Politico Pro Free From", HEADLINE, BYLINE, BODY]
    draft = title(_page(lines, {0: "chrome.nav", 1: "chrome.nav", 3: "meta.byline"}))
    assert draft.title == HEADLINE


def test_a_removed_caption_of_sentences_or_a_credit_over_the_byline_is_not_lifted() -> None:
    for chrome in ("Some of the top fighters in boxing. Illustration by ESPN", "Image: Vicky Leta / Remedy / Nintendo"):
        lines = ["Menu", HEADLINE, chrome, BYLINE, BODY]
        draft = title(_page(lines, {0: "chrome.nav", 2: "chrome.caption", 3: "meta.byline"}))
        assert draft.title == HEADLINE


def test_a_headline_may_end_in_an_initialism() -> None:
    headline = "What it’s like to not celebrate Christmas in L.A."
    caption = "A family plays cards at home. For them, Christmas is “just another day.”"
    lines = ["Menu", headline, caption, BYLINE, BODY]
    draft = title(_page(lines, {0: "chrome.nav", 3: "meta.byline"}))
    assert draft.title == headline


def test_a_plural_in_the_slug_matches_its_singular_in_the_headline() -> None:
    url = "https://example.com/38901-celestron-deals-telescopes-binoculars.html"
    headline = "Celestron telescope & binocular deals"
    draft = title(_page(["Menu", headline, BODY], {0: "chrome.nav", 1: "related.teasers"}, url=url))
    assert draft.title == headline
    saws = "https://example.com/diy/types-of-saws/"
    headline = "A guide to choosing the right saw for each cut"
    lines = ["Menu", headline, BYLINE, BODY, "Hand saws: types of their own", BODY]
    assert title(_page(lines, {0: "chrome.nav", 2: "meta.byline"}, url=saws)).title == headline


def test_a_slug_line_over_the_byline_is_in_the_headline_block_wherever_the_body_starts() -> None:
    # A market ticker made the body start over the headline; the standfirst sits right over the byline.
    url = "https://example.com/economy/tesla-recalls-vehicles-doors-may-unlock"
    ticker = (
        "Quotes displayed in real-time or delayed by at least fifteen minutes, with market data provided by Factset."
    )
    headline = "Tesla recalls vehicles with doors that may unlock"
    standfirst = "Tesla recall applies to Model S and Model X vehicles"
    share = ["* Facebook", "* Twitter", "* Comments", "* Print", "* Email"]
    lines = ["Menu", ticker, "Tesla", "Published December 22, 2023", headline, "", standfirst, "", *share, BYLINE, BODY]
    removed = {0: "chrome.nav", 3: "meta.dates", **dict.fromkeys(range(8, 13), "chrome.share"), 13: "meta.byline"}
    draft = title(_page(lines, removed, url=url))
    assert draft.title == headline


def test_a_slug_line_under_the_byline_and_the_body_start_loses_to_the_headline_over_the_byline() -> None:
    # The headline names no slug word; a product box's name in the body names two of three.
    url = "https://example.com/gaming/marvel-snap-2023-retrospective/"
    headline = "A busy year wasn’t enough to pull me away from my go-to mobile game"
    lines = ["Menu", headline, BYLINE, BODY, "Marvel Snap (iOS, Android)", BODY]
    draft = title(_page(lines, {0: "chrome.nav", 2: "meta.byline"}, url=url))
    assert draft.title == headline
    assert "Marvel Snap (iOS, Android)" in draft.text


def test_a_repeated_headline_beats_a_slug_line_under_the_body_start() -> None:
    url = "https://example.com/story/artificial-intelligence-spirituality-tarot"
    headline = "Generative AI Has Ushered In the Next Phase of Digital Spirituality"
    tags = "Topics psychology artificial intelligence religion"
    lines = ["Menu", headline, "Sections", "* Coupons", BYLINE, "21 December 2023", headline, BODY, tags, BODY]
    removed = {0: "chrome.nav", 2: "chrome.nav", 4: "meta.byline", 5: "meta.dates"}
    draft = title(_page(lines, removed, url=url))
    assert draft.title == headline
    assert tags in draft.text


def test_a_long_headline_read_as_the_first_paragraph_is_the_slugs_line_when_it_spells_most_of_it() -> None:
    url = "https://example.com/bradley-cooper-daughter-lea-rare-appearance-maestro-premiere/"
    headline = "Bradley Cooper’s Daughter Lea Makes Super Rare Red Carpet Appearance At The Maestro Premiere! LOOK!"
    teaser = "Selena Gomez Talks About Her New Romance!"
    lines = ["Menu", headline, BODY, BODY, "Related", teaser, "21 December 2023", BODY]
    draft = title(_page(lines, {0: "chrome.nav", 4: "chrome.nav", 6: "meta.dates"}, url=url))
    assert draft.title == headline
    assert teaser in draft.text


def test_a_slug_line_far_under_the_stamps_loses_to_the_headline_right_over_the_body() -> None:
    url = "https://example.com/2023/12/22/us/politics/trump-ballot-colorado-supreme-court.html"
    headline = "Principles at Stake in Push to Disqualify Trump"
    coverage = "Our Coverage of the Trump Colorado Ballot Ruling"
    share = ["* Share", "* Facebook", "* Twitter", "* Email", "* Print", "* Comments", "* Save"]
    lines = ["Menu", headline, BODY, *share, BYLINE, *[BODY] * 9, coverage, BODY]
    removed = {0: "chrome.nav", **dict.fromkeys(range(3, 10), "chrome.share"), 10: "meta.byline"}
    draft = title(_page(lines, removed, url=url))
    assert draft.title == headline
    assert coverage in draft.text
    # Right under the byline, the slug's line is a headline under its stamps, not a subheading.
    lines = ["Menu", "Stand up for the facts!", *[BODY] * 9, BYLINE, coverage, BODY]
    draft = title(_page(lines, {0: "chrome.nav", 11: "meta.byline"}, url=url))
    assert draft.title == coverage
