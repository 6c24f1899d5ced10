import dataclasses
import json
import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseed import Document, score
from cleanseed.strategies import article_bodies, attributions

PIECES = (
    "The council voted on Monday to close the bridge.",
    '"We will appeal," Mayor Ann Lee said.',
    "I think this is a disgrace, and you should be angry.",
    "Sources said the firm is reportedly worth $2 billion.",
    "Why would anyone believe that?",
    "It is the largest plant in the region.",
    "A senior official told me the plan had failed.",
    "“Nobody asked us,” one resident said.",
    "Consider the facts.",
    "He added that costs rose 12 percent.",
)
NAMED_ATTRIBUTION = "Jane Smith, the director of the company, said the plant would close."

texts = st.one_of(
    st.text(max_size=400),
    st.lists(
        st.one_of(st.sampled_from(PIECES), st.text(alphabet=st.characters(codec="utf-8"), max_size=40)),
        max_size=12,
    ).map(lambda parts: " ".join(parts) if len(parts) % 2 else "\n\n".join(parts)),
)
authors = st.lists(st.sampled_from(("Ann Lee", "Omar Khan", "Staff", "Admin", "Li Wei")), max_size=3).map(tuple)


@settings(max_examples=60, deadline=None)
@given(texts, authors)
def test_the_score_is_in_the_unit_interval_and_deterministic(text: str, names: tuple[str, ...]) -> None:
    doc = Document(text=text, authors=names)
    report = score(doc)
    assert 0.0 <= report.score <= 1.0
    assert score(doc) == report


@settings(max_examples=60, deadline=None)
@given(texts, authors)
def test_a_named_byline_never_lowers_the_score(text: str, names: tuple[str, ...]) -> None:
    doc = Document(text=text, authors=names)
    more = dataclasses.replace(doc, authors=(*names, "Maria Garcia"))
    assert score(more).score >= score(doc).score


@settings(max_examples=60, deadline=None)
@given(texts)
def test_a_named_attribution_never_lowers_the_score(text: str) -> None:
    before = score(Document(text=text))
    after = score(Document(text=f"{text}\n\n{NAMED_ATTRIBUTION}"))
    assert after.signals["named_sources"].value == before.signals["named_sources"].value + 1
    assert after.total >= before.total


@settings(max_examples=60, deadline=None)
@given(article_bodies(), attributions(named=True))
def test_a_drawn_named_attribution_never_lowers_the_score_of_a_drawn_article(body: tuple[str, ...], said: str) -> None:
    text = "\n\n".join(body)
    before = score(Document(text=text))
    after = score(Document(text=f"{text}\n\n{said}"))
    assert after.signals["named_sources"].value > before.signals["named_sources"].value
    assert after.total >= before.total


@settings(max_examples=40, deadline=None)
@given(texts)
def test_to_dict_round_trips_through_json_and_the_report_pickles(text: str) -> None:
    report = score(Document(text=text))
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert pickle.loads(pickle.dumps(report)) == report


@settings(max_examples=40, deadline=None)
@given(texts)
def test_evidence_and_claims_are_spans_of_the_text_in_order(text: str) -> None:
    report = score(Document(text=text))
    for signal in report.signals.values():
        assert all(text[e.start : e.end] == e.text for e in signal.evidence)
    assert all(text[c.start : c.end] == c.text and c.tags for c in report.claims)
    assert all(a.end <= b.start for a, b in zip(report.claims, report.claims[1:], strict=False))
