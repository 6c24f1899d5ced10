import pytest

from cleanseed import Draft
from cleanseed.cleaners.chrome import ads, share, skip_links


def test_skip_link_dropped_even_with_a_date_in_front() -> None:
    out = skip_links(Draft.from_text(" date 2026-03-06 Skip to content\nHeadline here"))
    assert out.text == "Headline here"
    assert out.removed[0].cleaner == "chrome.skip_links"


def test_sentence_mentioning_content_kept() -> None:
    text = "Readers can skip to the end of the report for the content they need."
    assert skip_links(Draft.from_text(text)).text == text


def test_share_bars_and_counters_dropped() -> None:
    bars = ["Share  Save ", "Share on Facebook", "12 Comments", "Facebook Twitter Email", "Follow BBC on:"]
    bars += ["Share this Gallery", "Share this post"]
    text = "\n".join([*bars, "5 min read", "Copied", "Body."])
    assert share(Draft.from_text(text)).text == "Body."


def test_share_buttons_with_click_lead_and_new_window_hint_dropped() -> None:
    text = "* Click to share on Facebook (Opens in new window)\n* Click to print (Opens in new window)\nBody."
    assert share(Draft.from_text(text)).text == "Body."


def test_follow_prompts_naming_a_platform_dropped() -> None:
    text = (
        "Follow the New York Times Opinion section on Facebook, Instagram, TikTok, X and Threads.\n"
        "Follow the Mirror US News page on Facebook to make sure you're not missing out.\nBody."
    )
    assert share(Draft.from_text(text)).text == "Body."


def test_follow_in_prose_kept() -> None:
    text = (
        "Follow the river north for three days and you reach the old border post on foot.\n"
        "Follow the money, investigators said on Facebook, and the trail leads to a shell company in Delaware."
    )
    assert share(Draft.from_text(text)).text == text


def test_click_to_and_window_hint_alone_kept() -> None:
    text = "Click to continue\nThe link opens in a new window\nOpens in new window"
    assert share(Draft.from_text(text)).text == text


def test_prose_about_sharing_kept() -> None:
    text = "Shareholders will vote to save the company on Facebook's advice, the chairman said.\nRead"
    assert share(Draft.from_text(text)).text == text


def test_advertisement_markers_dropped() -> None:
    text = (
        "ADVERTISEMENT\nStory continues below advertisement\nAdvertisement - Scroll to continue\nAd hoc talks resumed."
    )
    assert ads(Draft.from_text(text)).text == "Ad hoc talks resumed."


@pytest.mark.parametrize(
    "disclosure",
    [
        "We may earn a commission when you buy through links on our site.",
        "If you make a purchase by clicking one of the links, we may earn an affiliate fee.",
        "Advertiser Disclosure: Some of the products that appear on this site are from companies we work with.",
    ],
)
def test_affiliate_disclosure_dropped(disclosure: str) -> None:
    assert ads(Draft.from_text(f"{disclosure}\nThe phone costs $799.")).text == "The phone costs $799."


def test_advertisement_markers_in_markup_dropped() -> None:
    text = "**ADVERTISEMENT**\n* Sponsored content\nAd hoc talks resumed."
    assert ads(Draft.from_text(text)).text == "Ad hoc talks resumed."


def test_article_continues_below_this_ad_is_a_marker() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    assert ads(Draft.from_text(f"{body}\nArticle continues below this ad\n{body}")).text == f"{body}\n{body}"


def test_story_continues_alone_is_a_marker() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    text = f"{body}\nStory continues\n{body}\nThe story continues to unfold in the chamber."
    assert ads(Draft.from_text(text)).text == f"{body}\n{body}\nThe story continues to unfold in the chamber."
