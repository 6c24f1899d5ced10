import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseed.cleaners import lexicon
from cleanseed.cleaners._text import norm

PHRASE_LISTS = [
    lexicon.SKIP_LINK_PHRASES,
    lexicon.SHARE_PHRASES,
    lexicon.NAV_PHRASES,
    lexicon.NEWSLETTER_LEADS,
    lexicon.COOKIE_BUTTONS,
    lexicon.AD_PHRASES,
    lexicon.FOOTER_NAV_PHRASES,
    lexicon.RELATED_PREFIXES,
    lexicon.TAG_HEADINGS,
    lexicon.CREDIT_LEADS,
    lexicon.AGENCIES,
]


def test_phrases_are_already_normalised() -> None:
    """Cleaners compare phrases with normalised lines, so a phrase that norm() would change never matches."""
    for phrases in PHRASE_LISTS:
        for phrase in phrases:
            assert norm(phrase) == phrase.rstrip(":") or phrase.endswith(":"), phrase


def test_every_month_maps_to_its_number() -> None:
    assert sorted(set(lexicon.MONTHS.values())) == list(range(1, 13))


@pytest.mark.parametrize(
    ("fragments", "keys"),
    [
        (lexicon.LEGAL_STRONG + lexicon.LEGAL_WEAK, lexicon.LEGAL_KEYS),
        (lexicon.AD_DISCLOSURES, lexicon.AD_DISCLOSURE_KEYS),
    ],
)
@settings(max_examples=60)
@given(data=st.data())
def test_every_match_of_a_fragment_holds_one_of_its_keys(fragments, keys, data) -> None:
    """Cleaners test only the lines holding a key, so a match without one would be missed."""
    fragment = data.draw(st.sampled_from(fragments))
    match = data.draw(st.from_regex(fragment, fullmatch=True))
    assert any(key in match for key in keys), (fragment, match)
