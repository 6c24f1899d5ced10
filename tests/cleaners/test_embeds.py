import pytest

from cleanseed import Draft
from cleanseed.cleaners.embeds import social

BODY = "The harbour board approved the new ferry timetable on Monday after months of complaints from commuters."
INTRO = (
    "The mayor, who had promised a reliable service during her campaign last spring, welcomed the change in a"
    " short message to residents on Monday evening, and said more sailings would follow once two new boats"
    " arrive from the yard, which has been building them since the old ferries were retired after the storms"
    " of the winter before."
)


def test_tweet_and_its_sign_off_dropped() -> None:
    text = "\n\n".join(
        [
            INTRO,
            "Finally, ferries that run on time! pic.twitter.com/AbCdEf123",
            "— Jo Harbour (@joharbour) March 3, 2024",
            BODY,
        ]
    )
    out = social(Draft.from_text(text))
    assert out.text.replace("\n", "") == INTRO + BODY
    assert {r.cleaner for r in out.removed} == {"embeds.social"}


def test_paragraph_that_would_overrun_a_tweet_kept() -> None:
    text = "\n\n".join([INTRO, "Good news, islanders.", "— Mayor Pat Lee (@mayorlee) May 1, 2024"])
    assert social(Draft.from_text(text)).text == INTRO


def test_intro_line_that_says_who_tweeted_kept() -> None:
    intro = "Lee tweeted that the boats would run late."
    text = "\n".join([intro, "Sorry, all.", "— Pat Lee (@patlee) May 1, 2024"])
    assert social(Draft.from_text(text)).text == intro


def test_markdown_quote_block_dropped_whole() -> None:
    post = ["> Line one of a post about the ferries and the new timetable that runs on and on.", ">", "> Line two."]
    text = "\n".join([BODY, "", *post, "> — Jo Harbour (@joharbour) March 3, 2024", "", BODY])
    assert social(Draft.from_text(text, format="markdown")).text == f"{BODY}\n\n\n{BODY}"


def test_instagram_card_lines_dropped() -> None:
    cards = [
        "View this post on Instagram",
        "A post shared by Jo Harbour (@joharbour)",
        "This content is imported from YouTube. The same video may also be found in another format, or more"
        " about it may be found, on the site it comes from.",
    ]
    text = "\n".join([BODY, *cards, BODY])
    assert social(Draft.from_text(text)).text == f"{BODY}\n{BODY}"


def test_handle_in_prose_kept() -> None:
    text = "The account — run by the port (@portnews) — posted the new times on Monday, to applause."
    assert social(Draft.from_text(text)).text == text


@pytest.mark.parametrize(
    "line", ["Instagram content", "This content can also be viewed on the site it originates from."]
)
def test_embed_placeholders_go(line: str) -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    assert social(Draft.from_text(f"{body}\n{line}\n{body}")).text == f"{body}\n{body}"


def test_player_fallback_notices_dropped() -> None:
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate."
    notices = [
        "To view this video please enable JavaScript, and consider upgrading to a web browser that",
        "supports HTML5 video",
        "Your browser does not support the <audio> element.",
        "Please enable JavaScript to view the comments powered by Disqus.",
        "Waiting for your permission to load the Instagram Media.",
        "Turn on Javascript to see all the available pictures.",
        "Please use Chrome browser for a more accessible video player",
        "The browser you are using is no longer supported on this site.",
        "- Oops!Something went wrong.Please try again later.",
        "Swipe to scroll horizontally",
        "Shrine Rewards: tap to reveal",
        "You need a javascript enabled browser to watch videos.",
        "JavaScript is required to load the comments.",
    ]
    assert social(Draft.from_text("\n".join([body, *notices, body]))).text == f"{body}\n{body}"


def test_reporting_about_browsers_kept() -> None:
    text = (
        "Researchers found that many readers never enable JavaScript blocking, and that older phones whose"
        " browser does not support modern encryption still reach about one in ten of the sites they tested."
    )
    assert social(Draft.from_text(text)).text == text
