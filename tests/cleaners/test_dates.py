import datetime as dt

import pytest

from cleanseed import Draft
from cleanseed.cleaners._dates import (
    date_in_url,
    earliest_date,
    find_date,
    is_timestamp,
    labelled_date,
    may_hold_stamp,
    only_stamp_words,
)
from cleanseed.cleaners.dates import dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Mar 06, 2026", dt.date(2026, 3, 6)),
        ("6 March 2026", dt.date(2026, 3, 6)),
        ("Sept. 5th, 2023", dt.date(2023, 9, 5)),
        ("2023-09-05T10:00:00Z", dt.date(2023, 9, 5)),
        ("13/06/2026", dt.date(2026, 6, 13)),
        ("By Pramod ThomasMar 06, 2026", dt.date(2026, 3, 6)),
        ("By Desirée ODec. 18, 2023 9:00 am EST", dt.date(2023, 12, 18)),
        ("Mike Coppinger, ESPNDec 22, 2023, 06:21 AM ET", dt.date(2023, 12, 22)),
        ("SMAR 5, 2023", None),
        ("03/06/2026", None),
        ("12-20-2023", dt.date(2023, 12, 20)),
        ("12/18/23 4:02pm", dt.date(2023, 12, 18)),
        ("18-12-99", dt.date(1999, 12, 18)),
        ("05/06/22", None),
        ("v1.13.24", None),
        ("2023/12/18/23", dt.date(2023, 12, 18)),
        ("February 30, 2026", None),
        ("March 2026", None),
    ],
)
def test_find_date(text: str, date: dt.date | None) -> None:
    stamp = find_date(text)
    assert (stamp.date if stamp else None) == date


@pytest.mark.parametrize(
    "text",
    [
        "4 days ago",
        "Published 10:32 AM EST, Mon March 6, 2026",
        "Updated: 6 March 2026",
        "Posted on Sept. 5, 2023 at 4:30 pm",
        "UPDATED: DEC. 22, 2023 10:00 AM EST",
        "Fri 2023-12-22T10:00:00+01:00",
        "Published Fri, Dec 22 20231:17 AM ESTUpdated Fri, Dec 22 202311:25 AM EST",  # parts run together
        "Fri 22 Dec 2023 18.08 CETFirst published on Thu 21 Dec 2023 18.30 CET",
        "Saturday 23 December 2023 05:39, UK",
    ],
)
def test_timestamps(text: str) -> None:
    assert is_timestamp(text)


@pytest.mark.parametrize(
    "text",
    [
        "2023/12/21",
        "21.06.2026",
        "12-20-2023",
        "12/18/23 4:02pm",
        "* 12-22-23",
        "5 of SEPTEMBER 2023",
        "ByAnna WalshSept. 5th, 2023",
        "Updated 9.30pm",
        "10 AM",
        "4 days ago",
        "YESTERDAY",
    ],
)
def test_the_cheap_first_tests_let_every_stamp_through(text: str) -> None:
    assert may_hold_stamp(text)
    assert is_timestamp(text) or find_date(text) is not None


def test_a_long_s_spells_a_month_for_re() -> None:
    """``re`` ignoring case reads a long s (U+017F) as "s": the month hint must not skip what the pattern finds,
    and the month must be looked up case-folded (it was a KeyError out of ``clean()``)."""
    assert is_timestamp("Updated \u017fep 5, 2023")
    stamp = find_date("Updated \u017fep 5, 2023")
    assert stamp is not None and stamp.date == dt.date(2023, 9, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| Updated ", True),
        ("Last updated:", True),
        ("Friday, ", True),
        ("Walsh | Updated ", False),
        ("Updated by Walsh", False),
        ("UpdatedDec 22, 2023", True),  # the label is a word of its own once the date glued to it is gone
        ("Updated yesterday", True),
        ("Dec 22, 2023 12:00 PM EST", True),
        ("Published 12/21/23", True),
        ("Dec 22, 2023 by Anna Walsh", False),
        ("12/21/23 Walsh", False),
        ("²", False),
    ],
)
def test_only_stamp_words(text: str, expected: bool) -> None:
    assert only_stamp_words(text) is expected


def test_a_line_too_long_to_remember_is_still_read_to_its_end() -> None:
    text = "word " * 1000 + "Updated Dec 22, 2023"
    stamp = find_date(text)
    assert stamp is not None and stamp.date == dt.date(2023, 12, 22)
    assert not is_timestamp(text) and is_timestamp(text[-20:])


@pytest.mark.parametrize("text", ["He left on March 6, 2026.", "10.50", "Copyright 2026 BBC", "The 4 days ago rule"])
def test_not_timestamps(text: str) -> None:
    assert not is_timestamp(text)


def test_absolute_date_lifted_and_line_dropped() -> None:
    draft = dates(Draft.from_text("Headline\nPublished March 6, 2026\nBody."))
    assert draft.published == dt.date(2026, 3, 6)
    assert draft.text == "Headline\nBody."
    assert draft.lifted[0].line == 2


def test_relative_timestamp_lifted() -> None:
    draft = dates(Draft.from_text("Headline\n4 days ago\nBody."))
    assert draft.published_relative == "4 days ago"
    assert draft.published is None


def test_date_cut_off_a_byline() -> None:
    draft = dates(Draft.from_text("By Pramod ThomasMar 06, 2026\nBody."))
    assert draft.text == "By Pramod Thomas\nBody."
    assert draft.published == dt.date(2026, 3, 6)
    assert draft.removed[0].partial


def test_date_with_a_two_digit_year_cut_off_a_byline() -> None:
    draft = dates(Draft.from_text("By Anna Walsh • 12/18/23 4:02pm\nBody."))
    assert draft.text == "By Anna Walsh\nBody."
    assert draft.published == dt.date(2023, 12, 18)


def test_copyright_year_never_lifted() -> None:
    draft = dates(Draft.from_text("Body.\n© 2026-03-06 Example Ltd"))
    assert draft.published is None


def test_date_beside_a_name_or_share_buttons() -> None:
    draft = dates(Draft.from_text("June 8, 2023 Share link\nTex Hollywood - December 21, 2023\nBody."))
    assert draft.text == "Tex Hollywood\nBody."
    assert draft.published == dt.date(2023, 12, 21)


def test_stamp_nearest_above_the_body_wins_over_a_site_header_date() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    stamps = "Published December 20, 2023\nUpdated December 21, 2023"
    text = f"December 24, 2023\nHome\nCouncil approves budget\n{stamps}\n{body}"
    draft = dates(Draft.from_text(text))
    assert draft.published == dt.date(2023, 12, 20)
    assert draft.text == f"Home\nCouncil approves budget\n{body}"


def test_date_cut_off_a_byline_with_a_role() -> None:
    draft = dates(Draft.from_text("Anna Walsh, Political correspondent | January 1, 2015\nBody."))
    assert draft.text == "Anna Walsh, Political correspondent\nBody."
    assert draft.published == dt.date(2015, 1, 1)


def test_time_and_zone_between_a_name_and_its_date() -> None:
    draft = dates(Draft.from_text("Anna Walsh | Updated 00:00 GMT, 1 January 2015\nBody."))
    assert draft.text == "Anna Walsh\nBody."
    assert draft.published == dt.date(2015, 1, 1)


def test_a_stamp_beside_a_byline_of_three_names_is_lifted():
    line = "Written by Anna J. Walsh, Anna J. Patel and Anna J. Chen | Posted on January 1, 2015 at 12:00 AM"
    draft = dates(
        Draft.from_text(f"Headline here\n\n{line}\n\nOfficials approved the plan on Monday, ending months of doubt.")
    )
    assert draft.published == dt.date(2015, 1, 1)
    assert "Anna J. Chen" in draft.text


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://news.example/2023/12/21/council-votes/", dt.date(2023, 12, 21)),
        ("https://news.example/world/2023/dec/21/council-votes", dt.date(2023, 12, 21)),
        ("https://news.example/safety/2018-12-03-council-votes", dt.date(2018, 12, 3)),
        ("https://news.example/2023/12/16-new-officers-sworn-in.html", None),
        ("https://news.example/2023/12/council-votes", None),
        ("https://news.example/2023/02/30/council-votes", None),
        ("https://news.example/item?id=2023-12-21", None),
    ],
)
def test_date_in_url(url: str, date: dt.date | None) -> None:
    assert date_in_url(url) == date


def test_the_stamp_agreeing_with_the_url_wins() -> None:
    text = "December 24, 2023\nCouncil approves budget\nDecember 22, 2023\nBody."
    draft = dates(Draft.from_text(text, url="https://news.example/2023/12/24/council-approves-budget/"))
    assert draft.published == dt.date(2023, 12, 24)
    assert draft.lifted[0].line == 1


@pytest.mark.parametrize(
    "head",
    [
        "Council approves budget\nBy Anna Walsh\n\nDecember 22, 2023",
        "Council approves budget\nposted on 2023-12-22 23:30 EST by Anna Walsh",
        "Council approves budget\nDecember 22, 2023\nBy Anna Walsh",
    ],
)
def test_a_byline_stamp_beats_the_url_date(head: str) -> None:
    draft = dates(Draft.from_text(f"{head}\nBody.", url="https://news.example/2018/12/03/council-budget/"))
    assert draft.published == dt.date(2023, 12, 22)


@pytest.mark.parametrize(
    "head",
    [
        "Sunday, December 24, 2023\nCouncil approves budget\nBody starts here.",
        "Council approves budget\nBy Anna Walsh\nUpdated December 24, 2023",
    ],
)
def test_a_header_date_or_an_update_yields_to_the_url_date(head: str) -> None:
    draft = dates(Draft.from_text(head, url="https://news.example/2023/12/22/council-budget/"))
    assert draft.published == dt.date(2023, 12, 22)


def test_a_byline_stamp_under_the_standfirst_beats_a_menu_date_above() -> None:
    page = (
        "February 16, 2024\n* Trending News\n\nIf You See a Cardinal, Here Is What It Means\n\n"
        "Here's why a cardinal might fly into your life, and whether that is a good thing for you and yours.\n"
        "* Author:\nAnna Walsh\n* Dec 23, 2023\n\n"
        "Cardinals are bright red birds that many people see as messengers, an old tradition in many places.\n"
        "Another long paragraph of body text follows here, so the body runs on past the byline and stamp.\n"
    )
    assert dates(Draft.from_text(page)).published == dt.date(2023, 12, 23)
    assert dates(Draft.from_text(page.replace("* Author:\nAnna Walsh\n", ""))).published == dt.date(2024, 2, 16)


def test_the_url_date_is_lifted_when_no_line_has_one() -> None:
    draft = dates(Draft.from_text("Council approves budget\nBody.", url="https://news.example/2023/12/21/budget/"))
    assert draft.published == dt.date(2023, 12, 21)
    assert draft.lifted[0].origin == "url"


def test_earliest_date_of_a_line_is_the_publication() -> None:
    stamp = earliest_date("Updated Dec. 23, 2023 4:04AM EST / Published Dec. 22, 2023 12:16PM EST")
    assert stamp is not None and stamp.date == dt.date(2023, 12, 22)
    assert earliest_date("No date here, 2023") is None


def test_a_short_line_holding_a_date_gives_it_and_stays() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    draft = dates(Draft.from_text(f"Council approves budget\nPolitics Dec 22, 2023 · 2 min read\n{body}"))
    assert draft.published == dt.date(2023, 12, 22)
    assert "Politics Dec 22, 2023" in draft.text
    prose = dates(Draft.from_text(f"Council approves budget\nThe vote was held on Dec 22, 2023.\n{body}"))
    assert prose.published is None


def test_a_stamp_line_beats_a_line_merely_holding_a_date() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    text = f"Published December 20, 2023\nCouncil approves budget\nPolitics Dec 22, 2023 · 2 min read\n{body}"
    assert dates(Draft.from_text(text)).published == dt.date(2023, 12, 20)


def test_the_first_date_under_a_markdown_headline_wins_even_once_dropped() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    text = f"# Council approves budget\n\npublished 22 December 2023\n\nDecember 24, 2023\n\n{body}"
    draft = Draft.from_text(text, format="markdown").drop([2], "related.teasers", "teaser block")
    draft = dates(draft)
    assert draft.published == dt.date(2023, 12, 22)
    assert draft.lifted[0].line == 3
    assert dates(Draft.from_text(text)).published == dt.date(2023, 12, 24)


def test_the_first_date_under_the_slug_headline_wins_in_plain_text() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    text = f"Council approves budget after debate\nPolitics · Dec 22, 2023\nDecember 24, 2023\n{body}"
    url = "https://news.example/politics/council-approves-budget-after-debate"
    assert dates(Draft.from_text(text, url=url)).published == dt.date(2023, 12, 22)
    assert dates(Draft.from_text(text)).published == dt.date(2023, 12, 24)


def test_counters_after_the_stamp_of_a_byline_go_with_the_stamp() -> None:
    draft = dates(Draft.from_text("Anna Walsh December 20, 2023 12:00 PM · 59 comments\nBody."))
    assert draft.text == "Anna Walsh\nBody."
    assert draft.published == dt.date(2023, 12, 20)
    kept = "Anna Walsh December 20, 2023 at the council meeting\nBody."
    assert dates(Draft.from_text(kept)).text == kept


def test_a_date_closing_a_caption_under_the_headline_is_no_stamp() -> None:
    body = "The dress sold at auction on Tuesday for more than a million dollars, the auction house said."
    caption = "Diana wore the dress in Florence, Italy, on April 23, 1985."
    text = f"Diana dress sells for a record\n{caption}\nDec 19, 2023\n{body}"
    draft = dates(Draft.from_text(text, url="https://example.com/news/diana-dress-sells-record"))
    assert draft.published == dt.date(2023, 12, 19)


def test_a_date_whose_day_and_month_could_swap_is_read_in_the_month_the_url_names() -> None:
    text = "By Anna Walsh • 12/11/23 4:23pm\nBody."
    assert dates(Draft.from_text(text)).published is None
    draft = dates(Draft.from_text(text, url="https://example.com/2023/12/council-budget"))
    assert draft.published == dt.date(2023, 12, 11)
    assert draft.text == "By Anna Walsh\nBody."
    elsewhere = dates(Draft.from_text(text, url="https://example.com/2023/10/council-budget"))
    assert elsewhere.published is None


def test_with_no_stamp_above_the_article_the_first_one_under_its_start_wins() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    teaser = "Mayor resigns\nBy Tom Reed\nDecember 23, 2023"
    text = f"{body}\nBy Anna Walsh on December 22, 2023\n{body}\n{teaser}\nMore news"
    draft = dates(Draft.from_text(text))
    assert draft.published == dt.date(2023, 12, 22)
    assert draft.lifted[0].line == 2


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Dec 20, 20236:46 PM", dt.date(2023, 12, 20)),
        ("Dec 23, 202310:30 AM", dt.date(2023, 12, 23)),
        ("20 December 20239:15", dt.date(2023, 12, 20)),
        ("Dec 05, 20232 Shares1530 Views", dt.date(2023, 12, 5)),
        ("Dec 20, 202345", None),
        ("Dec 20, 202345678901 views", None),
    ],
)
def test_a_time_or_a_count_glued_to_the_year(text: str, date: dt.date | None) -> None:
    stamp = find_date(text)
    assert (stamp.date if stamp else None) == date


def test_a_glued_time_leaves_a_stamp_line() -> None:
    assert is_timestamp("Dec 20, 20236:46 PM")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Date: December 18, 2023 Source: Institute for Basic Science", dt.date(2023, 12, 18)),
        ("As told to Rose MinutaglioPublished: Mar 09, 2023 4:13 PM EST", dt.date(2023, 3, 9)),
        ("AFP / Updated: Dec 22, 2023, 19:28 IST", dt.date(2023, 12, 22)),
        ("Posted on Dec 23, 2023", dt.date(2023, 12, 23)),
        ("The report was published in 2023 and on December 18, 2023 it was cited", None),
        ("Dated December 18, 2023", None),
    ],
)
def test_labelled_date(text: str, date: dt.date | None) -> None:
    stamp = labelled_date(text)
    assert (stamp.date if stamp else None) == date


def test_a_date_after_its_label_on_a_line_with_other_words_gives_it_and_stays() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    line = "Arts and Culture Desk · Reviews and Features · Published: Mar 09, 2023 4:13 PM EST"
    draft = dates(Draft.from_text(f"Council approves budget\n{line}\n{body}"))
    assert draft.published == dt.date(2023, 3, 9)
    assert line in draft.text


def test_a_long_field_list_opening_on_its_date_gives_it() -> None:
    fields = (
        "Date: December 18, 2023 Source: Institute for Basic Science Summary: An interdisciplinary team of"
        " researchers has revealed a striking similarity between the memory processing of artificial intelligence"
        " models and the hippocampus of the human brain, first described in 2019-01-05 work."
    )
    draft = dates(Draft.from_text(f"AI memory mirrors the brain\n{fields}\nBody."))
    assert draft.published == dt.date(2023, 12, 18)
    assert fields in draft.text
    unlabelled = fields.replace("Date: ", "Researchers said on ")
    assert dates(Draft.from_text(f"AI memory mirrors the brain\n{unlabelled}\nBody.")).published is None


def test_a_stamp_an_earlier_cleaner_removed_just_above_the_article_is_lifted_when_none_is_left() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    text = f"Council approves budget\nBy Anna Walsh\nlast updated 22 December 2023\nShare\n{body}"
    draft = Draft.from_text(text).drop([0, 1, 2], "related.teasers", "teaser block")
    draft = dates(draft)
    assert draft.published == dt.date(2023, 12, 22)
    assert draft.lifted[0].line == 3
    far = Draft.from_text(text.replace("Share\n", "Share\n" * 25)).drop([0, 1, 2], "related.teasers", "teaser block")
    assert dates(far).published is None
    kept_stamp = Draft.from_text(f"Council approves budget\nDecember 24, 2023\n{text}").drop([2, 3, 4], "x", "y")
    assert dates(kept_stamp).published == dt.date(2023, 12, 24)


def test_a_date_inside_a_caption_clause_under_the_headline_is_no_stamp() -> None:
    body = "The resort opened on Friday with less snow than in any year since records began, its owners said."
    caption = (
        "Man-made snow is blown from equipment near the summit of the ski resort, Thursday, Dec. 21, 2023, in"
        " Bridgton, Maine. [Photo: Anna Walsh/AP]"
    )
    text = f"* 12-22-23\nWhy is there no snow this Christmas?\n{caption}\n{body}"
    draft = dates(Draft.from_text(text, url="https://example.com/91002919/why-no-snow-this-christmas"))
    assert draft.published == dt.date(2023, 12, 22)
    byline = "By Chris Hayner and Tom Caswell on December 21, 2023 at 3:53PM PST"
    text = f"Why is there no snow this Christmas?\n{byline}\n{caption}\n{body}"
    draft = dates(Draft.from_text(text, url="https://example.com/91002919/why-no-snow-this-christmas"))
    assert draft.published == dt.date(2023, 12, 21)


def test_a_labelled_stamp_beside_a_byline_beats_a_correction_stamp_under_the_article() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    stamp = "Anna Walsh · CBC News · Posted: Dec 22, 2023 8:25 AM EST | Last Updated: January 2"
    text = f"{body}\n{stamp}\n{body}\nCorrections\nJan 02, 2024 9:25 AM ET\nMore news"
    draft = dates(Draft.from_text(text))
    assert draft.published == dt.date(2023, 12, 22)
    assert stamp in draft.text


def test_counters_run_together_after_a_glued_stamp_go_with_it() -> None:
    draft = dates(Draft.from_text("Daisy-Mae SchmittDec 05, 20232 Shares1530 Views\nBody."))
    assert draft.text == "Daisy-Mae Schmitt\nBody."
    assert draft.published == dt.date(2023, 12, 5)


def test_an_updated_label_glued_to_its_time_still_marks_the_update() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    text = f"Council approves budget\n* 19:00, 23 Dec 2023\n* Updated07:26, 24 Dec 2023\n{body}"
    assert dates(Draft.from_text(text)).published == dt.date(2023, 12, 23)


def test_a_stamp_glued_to_a_name_ending_in_a_capital_is_cut_off() -> None:
    draft = dates(Draft.from_text("By Desirée ODec. 18, 2023 9:00 am EST\nBody."))
    assert draft.text == "By Desirée O\nBody."
    assert draft.published == dt.date(2023, 12, 18)
