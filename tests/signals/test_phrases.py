import pytest

from cleanseed.signals._phrases import leading_phrase, phrase_after, phrase_kind, subject_before, tokenize


def _words(text: str) -> list[str]:
    return [t.text for t in tokenize(text, 0, len(text))]


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Jo Bloggs", "named"),
        ("a spokesperson for the Transport Authority", "named"),
        ("official John Smith", "named"),
        ("people familiar with the matter", "anonymous"),
        ("many Republicans", "anonymous"),
        ("he", "pronoun"),
        ("my colleague", None),
        ("the weather", None),
    ],
)
def test_phrase_kind(phrase: str, kind: str | None) -> None:
    assert phrase_kind(tokenize(phrase, 0, len(phrase))) == kind


def test_subject_before_looks_past_an_appositive() -> None:
    text = "Jo Bloggs, the company's chief, said"
    tokens = tokenize(text, 0, len(text))
    found = subject_before(tokens, len(tokens) - 1)
    assert found is not None
    phrase, kind = found
    assert ([t.text for t in phrase], kind) == (["Jo", "Bloggs"], "named")


def test_subject_before_reads_through_who_clauses() -> None:
    text = "Jane Doe, who chairs the panel, said"
    tokens = tokenize(text, 0, len(text))
    found = subject_before(tokens, len(tokens) - 1)
    assert found is not None
    assert ([t.text for t in found[0]], found[1]) == (["Jane", "Doe"], "named")
    text = "a senior official who said"
    tokens = tokenize(text, 0, len(text))
    found = subject_before(tokens, len(tokens) - 1)
    assert found is not None
    assert ([t.text for t in found[0]], found[1]) == (["a", "senior", "official"], "anonymous")


def test_phrase_after_closed_needs_an_end() -> None:
    text = "said the minister, adding"
    tokens = tokenize(text, 0, len(text))
    assert [t.text for t in phrase_after(tokens, 1, closed=True)] == ["the", "minister"]
    assert phrase_after(tokenize("said slowly and", 0, 15), 1, closed=True) == []


def test_leading_phrase_skips_an_opening_adverbial() -> None:
    text = "On Thursday, Senator Jane Doe told reporters"
    assert [t.text for t in leading_phrase(tokenize(text, 0, len(text)))] == ["Senator", "Jane", "Doe"]


def test_tokenize_keeps_contractions_and_initials_whole() -> None:
    assert _words("Sen. O’Brien’s U.S. plan") == ["Sen", ".", "O’Brien’s", "U.S", ".", "plan"]
