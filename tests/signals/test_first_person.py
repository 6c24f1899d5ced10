from cleanseed import Document
from cleanseed.signals import Reading
from cleanseed.signals.first_person import first_person


def count(text: str) -> float:
    return first_person(Reading(Document(text=text))).value


def test_first_person_inside_quotes_belongs_to_the_speaker() -> None:
    assert count('"I will resign," the minister said. "We have lost my trust."') == 0


def test_narration_outside_quotes_counts_once_per_sentence() -> None:
    text = 'One official told me the plan had failed. I recall my doubts. The US said "we agree".'
    found = first_person(Reading(Document(text=text)))
    assert found.value == 2
    assert [e.text for e in found.evidence] == ["me", "I", "my"]


def test_the_country_us_is_not_a_pronoun() -> None:
    assert count("The US and the UK signed the accord. US officials welcomed it.") == 0
    assert count("It is upon us now.") == 1
