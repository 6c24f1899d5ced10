import pytest

from cleanseed import Document
from cleanseed.signals import Reading
from cleanseed.signals.site import site


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("LONDON — The mayor wrote to the firm.", "LONDON"),
        ("WASHINGTON (Reuters) - The Pentagon said on Friday.", "WASHINGTON (Reuters)"),
        ("NEW YORK, March 3 (AP) — Stocks fell.", "NEW YORK (AP)"),
        ("SAN FRANCISCO -- The company said.", "SAN FRANCISCO"),
    ],
)
def test_datelines(text: str, place: str) -> None:
    found = site(Reading(Document(text=text)))
    assert found.value == 1
    assert found.summary == f"dateline {place}"
    assert found.evidence[0].start == 0


def test_a_dateline_may_follow_a_standfirst_but_not_sit_deeper() -> None:
    text = "The mayor writes to the firm\nLONDON — The mayor wrote.\nPARIS — Later."
    found = site(Reading(Document(text=text)))
    assert found.summary == "dateline LONDON"
    assert text[found.evidence[0].start :].startswith("LONDON —")


def test_a_capitalised_opening_word_without_a_dash_is_not_a_dateline() -> None:
    assert site(Reading(Document(text="LONDON mayor Sir Sadiq Khan has written to the firm."))).value == 0


def test_site_from_the_document_or_else_the_url_host() -> None:
    assert site(Reading(Document(text="Body.", site="BBC"))).summary == "site BBC"
    found = site(Reading(Document(text="Body.", url="https://www.example.com/news/1")))
    assert found.summary == "site www.example.com (from the url)"
    assert found.value == 1
