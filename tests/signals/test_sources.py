from cleanseed import Document
from cleanseed.signals import Reading
from cleanseed.signals.sources import anonymous_sources, named_sources

TEXT = (
    '"We will appeal," Jane Smith said. "The ruling is wrong," she added.\n\n'
    "Sources said the board met in secret. A senior official told reporters the vote was close."
)


def test_named_and_anonymous_attributions_are_counted_apart() -> None:
    reading = Reading(Document(text=TEXT))
    named, anonymous = named_sources(reading), anonymous_sources(reading)
    assert named.value == 2
    assert named.summary == "2 named attributions, 1 distinct source"
    assert anonymous.value == 2
    assert [e.text for e in anonymous.evidence] == ["Sources", "A senior official"]
    assert all(TEXT[e.start : e.end] == e.text for e in named.evidence + anonymous.evidence)


def test_no_attributions() -> None:
    assert named_sources(Reading(Document(text="It rained."))).summary == "no named attributions"
