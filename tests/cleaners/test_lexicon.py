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
