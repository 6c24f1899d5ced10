from cleanseed import Document
from cleanseed.signals import Reading
from cleanseed.signals.hedges import hedges, unsupported_claims


def test_hedges_outside_named_attributions() -> None:
    text = (
        "The firm is reportedly in talks. The claim could not be verified.\n"
        "Jane Smith said the deal was allegedly signed."
    )
    found = hedges(Reading(Document(text=text)))
    assert [e.text for e in found.evidence] == ["reportedly", "could not be verified"]


def test_a_hedge_in_quoted_speech_is_the_speakers() -> None:
    assert hedges(Reading(Document(text='"It is said to be huge," one fan wrote.'))).value == 0


def test_figures_and_superlatives_without_a_source_nearby_are_unsupported() -> None:
    text = (
        "The company is worth $1 trillion.\n\n"
        "It is the most valuable firm in the region.\n\n"
        "The weather was mild.\n\n"
        "The weather stayed mild.\n\n"
        "Profits rose 12 percent last year.\n\n"
        "Jane Smith, the finance director, said the results were strong."
    )
    found = unsupported_claims(Reading(Document(text=text)))
    assert [e.note for e in found.evidence] == ["unsupported: $1 trillion", "unsupported: most valuable"]


def test_a_figure_in_an_attributed_sentence_is_supported() -> None:
    text = "Jane Smith said sales fell 40 percent."
    assert unsupported_claims(Reading(Document(text=text))).value == 0
