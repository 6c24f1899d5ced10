import pytest

from cleanseed import Draft
from cleanseed.cleaners.shopping import shopping

BODY = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."


@pytest.mark.parametrize(
    "line",
    [
        "View Deal",
        "**View Deal**",
        "View On Amazon",
        "See it at Best Buy",
        "Buying Options",
        "$180",
        "$18 $14 at Glossier",
    ],
)
def test_product_card_buttons_and_prices_go(line: str) -> None:
    draft = shopping(Draft.from_text(f"{BODY}\n{line}\n{BODY}"))
    assert draft.text == f"{BODY}\n{BODY}"
    assert draft.removed[0].reason == "shopping widget"


@pytest.mark.parametrize(
    "line",
    ["The $50 gift is great.", "View on the river was lovely", "$1.5 billion deal", "Buy now, pay later is growing"],
)
def test_prose_about_prices_and_views_stays(line: str) -> None:
    assert shopping(Draft.from_text(f"{BODY}\n{line}")).removed == ()


def test_labelled_price_line_of_a_product_card_dropped() -> None:
    body = "The app keeps every password in one vault and fills them in for you, which saves a lot of typing."
    cards = ["Best Prices Today: $0 at Bitwarden", "**Best Prices Today:** $4.99 at Dashlane"]
    assert shopping(Draft.from_text("\n".join([body, *cards, body]))).text == f"{body}\n{body}"


def test_price_in_a_spec_list_kept() -> None:
    text = "Price: $35,000\nBest price today for a used model is hard to pin down: $20,000 at most dealers, they say."
    assert shopping(Draft.from_text(text)).text == text


def test_row_of_priced_shop_buttons_dropped() -> None:
    text = "View On Amazon $25 View On Harbour Books $24 View On Walmart $25\nThe mug holds a pint of tea."
    assert shopping(Draft.from_text(text)).text == "The mug holds a pint of tea."


def test_row_with_a_sentence_after_a_price_kept() -> None:
    text = "View on Amazon $25 and then wait for the ferry to bring it home"
    assert shopping(Draft.from_text(text)).text == text


def test_a_box_of_pros_and_cons_goes() -> None:
    box = "Pros\n- Unlimited data\n- Decent speeds\n\n### Cons\n\n  * No optimized servers\n  * Expensive monthly plan"
    review = "ProtonVPN is the one free service we trust for torrenting, and it has no data cap."
    out = shopping(Draft.from_text(f"{review}\n{box}\n{review}"))
    assert [line for line in out.text.split("\n") if line] == [review, review]


def test_a_verdict_heading_over_prose_stays() -> None:
    text = "The Good\nThe battery lasts two full days, and the screen is the brightest we have measured.\nPros\n"
    assert shopping(Draft.from_text(text)).text == text.rstrip("\n")
