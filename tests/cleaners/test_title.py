from cleanseed import Draft
from cleanseed.cleaners.byline import byline
from cleanseed.cleaners.dates import dates
from cleanseed.cleaners.nav import nav as chrome_nav
from cleanseed.cleaners.title import spells_slug, title

BODY = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."


def test_headline_beside_removed_chrome_lifted() -> None:
    draft = title(dates(Draft.from_text(f"Council approves budget after debate\n4 days ago\n{BODY}")))
    assert draft.title == "Council approves budget after debate"
    assert draft.text == BODY
    assert draft.removed[-1].reason == "lifted title"


def test_headline_without_chrome_around_it_kept() -> None:
    text = f"Council approves budget after debate\n{BODY}"
    draft = title(Draft.from_text(text))
    assert draft.title is None
    assert draft.text == text


def test_url_slug_picks_the_headline() -> None:
    text = f"Top stories today\nCouncil approves budget after debate\n4 days ago\n{BODY}"
    draft = title(dates(Draft.from_text(text, url="https://example.com/news/council-approves-budget-after-debate")))
    assert draft.title == "Council approves budget after debate"


def test_markdown_heading_preferred() -> None:
    text = f"Breaking news live updates\n# Council approves budget\n4 days ago\n{BODY}"
    draft = title(dates(Draft.from_text(text, format="markdown")))
    assert draft.title == "Council approves budget"


def test_a_setext_heading_is_a_markdown_heading_too() -> None:
    # markdownify and pandoc underline a level-one heading with "=" rather than opening it with "#".
    text = f"Breaking news live updates\n\nCouncil approves budget\n=======================\n4 days ago\n{BODY}"
    draft = title(dates(Draft.from_text(text, format="markdown")))
    assert draft.title == "Council approves budget"


def test_title_from_metadata_drops_its_repeat() -> None:
    draft = Draft.from_text(f"Council approves budget\n{BODY}").lift(
        "title", "Council approves budget", "html.metadata"
    )
    assert title(draft).text == BODY


def test_headline_over_the_byline_beats_earlier_headlines() -> None:
    text = f"Trending: the best laptops of 2023\nMenu\nCouncil approves budget after debate\nBy Jane Doe\n{BODY}"
    draft = title(chrome_nav(byline(Draft.from_text(text))))
    assert draft.title == "Council approves budget after debate"


def test_slug_words_match_possessives_and_contractions() -> None:
    text = f"Top stories today\nZach Wilson’s mom adds intrigue to his mysterious ‘head injury’\n4 days ago\n{BODY}"
    url = "https://www.sbnation.com/nfl/2023/12/19/24007719/zach-wilson-mom-head-injury-jets-dolphins-nfl"
    draft = title(dates(Draft.from_text(text, url=url)))
    assert draft.title is not None and draft.title.startswith("Zach Wilson")


def test_first_line_is_the_headline_of_a_page_that_had_chrome() -> None:
    draft = Draft.from_text(f"Council approves budget after debate\n\n{BODY}\nAdvertisement\n{BODY}")
    draft = title(draft.drop([3], "chrome.ads", "advertisement marker"))
    assert draft.title == "Council approves budget after debate"


def test_site_name_after_a_bar_is_not_part_of_the_title() -> None:
    draft = title(dates(Draft.from_text(f"Council approves budget after debate | Leeds News\n4 days ago\n{BODY}")))
    assert draft.title == "Council approves budget after debate"


def test_the_sites_own_name_after_a_dash_is_not_part_of_the_title() -> None:
    # A page's <title> opens text captures made by html-text, BeautifulSoup's get_text and the like
    for line, site in (
        ("Council approves budget - ESPN", "https://www.espn.com/a"),
        ("Council approves budget – nj.com", "https://nj.com/a"),
        ("Council approves budget - Example", "https://news.example.com/a"),
    ):
        draft = title(dates(Draft.from_text(f"{line}\n4 days ago\n{BODY}", url=site)))
        assert draft.title == "Council approves budget"
    kept = title(
        dates(Draft.from_text(f"Council approves budget - and taxes\n4 days ago\n{BODY}", url="https://espn.com/a"))
    )
    assert kept.title == "Council approves budget - and taxes"


URL = "https://example.com/news/2023/12/21/council-approves-budget-after-debate"


def _menu_dropped(text: str) -> Draft:
    return Draft.from_text(text, url=URL).drop([0], "chrome.nav", "navigation menu")


def test_the_slug_line_is_the_headline_though_no_removed_chrome_touches_it() -> None:
    text = f"Menu\n\nTop stories\n\nCouncil approves budget after debate\n\nA long night at city hall\n\n{BODY}"
    draft = title(_menu_dropped(text))
    assert draft.title == "Council approves budget after debate"
    assert draft.lifted[-1].line == 5


def test_the_slug_line_may_sit_under_a_chrome_paragraph_but_a_body_paragraph_is_never_the_title() -> None:
    notice = "We use cookies and similar tools to give you the best experience on our site, as our policy explains!"
    text = f"Menu\n\n{notice}\n\nCouncil approves budget after debate\n\n{BODY}"
    assert title(_menu_dropped(text)).title == "Council approves budget after debate"
    paragraph = "Council approves budget after debate that ran past midnight, and the mayor called the vote historic!"
    draft = title(_menu_dropped(f"Menu\n\n{BODY}\n\n{paragraph}"))
    assert draft.title != paragraph
    assert paragraph in draft.text


def test_a_markdown_pages_first_heading_is_the_title_even_once_dropped() -> None:
    text = f"[Home](/)\n\n# Council approves budget after debate\n\n## Top stories\n\n{BODY}"
    draft = Draft.from_text(text, format="markdown").drop([0, 2], "related.teasers", "teaser block")
    draft = title(draft)
    assert draft.title == "Council approves budget after debate"
    assert draft.lifted[-1].line == 3
    kept = title(Draft.from_text(text, format="markdown").drop([0], "chrome.nav", "navigation menu"))
    assert kept.title == "Council approves budget after debate"
    assert "Council approves" not in kept.text


def test_the_headline_tops_the_block_over_the_lifted_byline() -> None:
    text = (
        f"Menu\n\nA long and winding paragraph of site news that runs on past fifteen words, as such things do.\n\n"
        f"Council approves budget after debate\n\nA long night at city hall\n\nBy Anna Walsh\n\n{BODY}"
    )
    draft = title(byline(Draft.from_text(text).drop([0], "chrome.nav", "navigation menu")))
    assert draft.title == "Council approves budget after debate"
    assert "A long night at city hall" in draft.text


def test_a_headline_shaped_line_far_above_the_body_is_no_title_without_other_evidence() -> None:
    promos = "Your source for the latest research news\nMenu\nTop Science News\nHealth Tips Every Day\nMore Stories"
    draft = Draft.from_text(f"{promos}\n{BODY}")
    draft = title(draft.drop([1], "chrome.nav", "navigation menu"))
    assert draft.title is None
    near = title(Draft.from_text(f"Menu\nCouncil approves budget after debate\n{BODY}").drop([0], "chrome.nav", "menu"))
    assert near.title == "Council approves budget after debate"


def test_a_role_line_or_a_stamp_line_is_no_headline() -> None:
    for chrome in ("Culture and entertainment reporter @gemmapeplow", "As told to Rose Minutaglio Mar 09, 2023"):
        draft = title(Draft.from_text(f"Menu\n{chrome}\n{BODY}").drop([0], "chrome.nav", "menu"))
        assert draft.title is None
    ending_in_a_role = "Americans packing bags to leave region: IRGC chief"
    draft = title(Draft.from_text(f"Menu\n{ending_in_a_role}\n{BODY}").drop([0], "chrome.nav", "menu"))
    assert draft.title == ending_in_a_role


def test_the_headline_near_the_body_is_found_past_a_far_headline_shaped_line() -> None:
    text = f"Menu\nThe Verge Homepage Logo\nSearch\nSign in\n* Gaming\nCouncil approves budget after debate\n{BODY}"
    draft = Draft.from_text(text).drop([0, 4], "chrome.nav", "navigation menu")
    assert title(draft).title == "Council approves budget after debate"


def test_a_line_of_one_word_and_numbers_is_no_headline() -> None:
    draft = title(Draft.from_text(f"Menu\nCost: $60 - 75+\n{BODY}").drop([0], "chrome.nav", "menu"))
    assert draft.title is None
    worded = title(Draft.from_text(f"Menu\nTop 10 games of 2023\n{BODY}").drop([0], "chrome.nav", "menu"))
    assert worded.title == "Top 10 games of 2023"


def test_slug_spelt_across_emphasis_marks() -> None:
    # The substring test before the word split must not miss a slug word that emphasis marks split.
    url = "https://example.com/news/council-approves-budget"
    draft = Draft.from_text("Coun**cil** budget\nSport news", url=url)
    assert spells_slug(draft, 0)
    assert not spells_slug(draft, 1)
