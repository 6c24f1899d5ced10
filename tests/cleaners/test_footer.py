import pytest

from cleanseed import Draft
from cleanseed.cleaners.footer import footer_nav, is_legal, legal

BODY = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."


def test_copyright_lines_dropped_anywhere() -> None:
    text = f"{BODY}\nCopyright 2026 BBC. All rights reserved.\n© 2026 Example Media Ltd"
    out = legal(Draft.from_text(text))
    assert out.text == BODY
    assert all(r.cleaner == "footer.legal" for r in out.removed)


def test_unauthorised_use_notice_dropped_inside_the_body() -> None:
    # Set under each photo of a story: a notice, not the article's prose, though it reads as two sentences.
    text = f"{BODY}\nPlease be respectful of copyright. Unauthorized use is prohibited.\n{BODY}"
    out = legal(Draft.from_text(text))
    assert out.text == f"{BODY}\n{BODY}"


def test_a_pointer_to_the_sites_own_privacy_page_dropped_inside_the_body() -> None:
    notice = "To learn more about how we handle and protect your data, visit our privacy center."
    assert legal(Draft.from_text(f"{BODY}\n{notice}\n{BODY}")).text == f"{BODY}\n{BODY}"


def test_terms_line_kept_inside_the_body_when_it_is_prose() -> None:
    text = f"{BODY}\nThe firm changed its privacy policy after the ruling, regulators said.\n{BODY}\nPrivacy Policy"
    out = legal(Draft.from_text(text))
    assert out.text == f"{BODY}\nThe firm changed its privacy policy after the ruling, regulators said.\n{BODY}"


def test_a_paragraph_cut_short_mentioning_a_privacy_policy_kept_inside_the_body() -> None:
    """A capture cut the paragraph's full stop; thirty words are no footer's terms line."""
    cut = (
        "ExpressVPN has often led the way when it comes to security, but other providers are quickly catching up, "
        "and the company carried out almost a dozen audits in 2022, covering its apps and privacy policy"
    )
    text = f"{BODY}\n{cut}\n{BODY}\nPrivacy Policy"
    assert legal(Draft.from_text(text)).text == f"{BODY}\n{cut}\n{BODY}"


def test_is_legal_needs_a_notice_not_the_word() -> None:
    assert is_legal("Copyright © 2023 Fox News Network, LLC")
    assert not is_legal("The copyright case reached the Supreme Court.")


def test_footer_rows_dropped_and_lone_entries_only_in_the_tail() -> None:
    text = f"{BODY}\nAbout Us | Contact | Careers\n{BODY}\nAbout\n{BODY}\nHelp\nSitemap"
    out = footer_nav(Draft.from_text(text))
    assert out.text == f"{BODY}\n{BODY}\nAbout\n{BODY}"


def test_footer_row_in_markup_dropped() -> None:
    text = f"{BODY}\n**About Us** | Contact | Careers\n{BODY}"
    assert footer_nav(Draft.from_text(text)).text == f"{BODY}\n{BODY}"


@pytest.mark.parametrize("separator", list("|•·/"))
def test_footer_row_with_any_separator_dropped(separator: str) -> None:
    text = f"{BODY}\nAbout Us {separator} Contact {separator} Careers\n{BODY}"
    assert footer_nav(Draft.from_text(text)).text == f"{BODY}\n{BODY}"
