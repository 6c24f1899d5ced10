import dataclasses
import math

import pytest

from cleanseed import Document
from cleanseed.signals import Reading
from cleanseed.signals.genre import NEWS_FEATURES, OPINION_FEATURES, classify, features, genre, load_model

NEWS = (
    "The council voted 7-2 on Monday to close the bridge, officials said.\n\n"
    '"The bridge is unsafe," Mayor Jane Smith told reporters after the vote.\n\n'
    "Engineers found cracks in two supports last week, according to a city report.\n\n"
    'Residents were told to use the ferry. "We will reopen it by spring," she added.\n\n'
    "A spokesman for the state transport department said funds were approved on Tuesday."
)
OPINION = (
    "I have crossed that bridge every day for twenty years, and I am tired of being told it is fine. "
    "Why should we accept this? The council is not serious, and it never has been. "
    "Consider what a closure means for you and your family. "
    "The truth is that our leaders must stop pretending. Surely we deserve better than this."
)


def test_reporting_reads_as_news_and_a_column_as_opinion() -> None:
    assert classify(Reading(Document(text=NEWS)))[0] == "news"
    assert classify(Reading(Document(text=OPINION)))[0] == "opinion"


def test_a_page_label_or_an_opinion_url_pushes_towards_opinion() -> None:
    doc = Document(text=NEWS, url="https://example.com/news/2026/bridge")
    _, plain = classify(Reading(doc))
    _, labelled = classify(Reading(dataclasses.replace(doc, labels=("opinion",))))
    _, by_url = classify(Reading(dataclasses.replace(doc, url="https://example.com/commentisfree/2026/bridge")))
    assert labelled == by_url < plain
    assert "page label" in genre(Reading(dataclasses.replace(doc, labels=("analysis",)))).summary


def test_too_little_text_is_unknown() -> None:
    assert classify(Reading(Document(text="Short note.")))[0] == "unknown"


def test_the_finding_grades_from_opinion_to_news_and_points_at_cues() -> None:
    found = genre(Reading(Document(text=OPINION)))
    assert -1 <= found.value < 0
    assert found.summary.startswith("opinion, P(news)=")
    assert {"first person", "questions", "commands"} <= {e.note for e in found.evidence}


def test_the_summary_names_what_sets_the_text_apart_from_a_typical_one() -> None:
    # Every text has a share of each feature: the summary weighs each against its mean over the fitted rows, so a
    # report is told by its attributions, not by "time anchors -1.1" as every text would be.
    news = genre(Reading(Document(text=NEWS))).summary
    opinion = genre(Reading(Document(text=OPINION))).summary
    assert news.startswith("news, P(news)=") and "more said/told +" in news
    assert "more first person -" in opinion
    assert "fewer" not in news.split(":")[1].split(",")[0]  # what makes it news comes first


def test_shipped_means_cover_every_weighted_feature() -> None:
    model = load_model()
    assert set(model.means) == set(model.weights)
    assert model.means["headline_question"] < 0.5 < math.exp(model.means["name"])  # a share, a flag


def test_shipped_weights_keep_each_feature_on_its_side() -> None:
    weights = load_model().weights
    assert set(weights) == set(OPINION_FEATURES) | set(NEWS_FEATURES)
    assert all(weights[f] <= 0 for f in OPINION_FEATURES)
    assert all(weights[f] >= 0 for f in NEWS_FEATURES)


def test_more_of_the_same_text_keeps_its_genre_and_grows_surer() -> None:
    for text in (NEWS, OPINION):
        found = [classify(Reading(Document(text="\n\n".join([text] * k)))) for k in (1, 3, 8)]
        assert len({label for label, _ in found}) == 1
        margins = [abs(p - 0.5) for _, p in found]
        assert margins == sorted(margins)


def test_speech_passed_on_reads_as_reporting() -> None:
    plain = "The bridge shut at noon. Traffic moved to the ferry. The mayor hopes it will reopen by spring."
    passed_on = "The bridge shut at noon. Traffic moved to the ferry. The mayor said it will reopen by spring."
    readings = [Reading(Document(text=text)) for text in (plain, passed_on)]
    assert features(readings[1])["said"] > features(readings[0])["said"]
    assert load_model().weights["said"] > 0
    assert classify(readings[1])[1] > classify(readings[0])[1]


def _nominal(text: str) -> float:
    return features(Reading(Document(text=text)))["nominal"]


def test_abstract_nouns_outside_quotes_lean_towards_opinion() -> None:
    concrete = "The council met about the bridge and the river. The mayor took a walk to the old mill on the hill."
    abstract = "The council met about the regulation and the fairness. The mayor took a walk to the old settlement."
    readings = [Reading(Document(text=text)) for text in (concrete, abstract)]
    assert features(readings[1])["nominal"] > features(readings[0])["nominal"]
    assert load_model().weights["nominal"] < 0
    assert classify(readings[1])[1] < classify(readings[0])[1]


def test_abstract_nouns_are_whole_lowercase_words_outside_quotes_as_a_share_of_the_words() -> None:
    none = _nominal("The nation and the city sent the Department a motion.")
    assert none == _nominal("The river and the hill sent the mayor a letter.")
    quoted = _nominal('The mayor said "regulation and fairness matter" on Monday.')
    assert quoted == _nominal('The mayor said "bridges and rivers matter" on Monday.')
    # A hyphen and a curly apostrophe end a word: one abstract noun in eleven words, smoothed.
    assert _nominal("The self-government’s plan was read out to them by the mayor.") == pytest.approx(math.log(2 / 13))
