import dataclasses
import datetime as dt
import json
import pickle
from pathlib import Path

import pytest

import cleanseed
from cleanseed import Document, Report, Weight, Weights, score

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
NEWS_SEEDS = ("000_7a653bbd8f7965a4.txt", "001_b322ea66cfc45219.txt")
COLUMN_SEED = "004_8e2ff9530ed83cf3.txt"


# The same seeds as Documents built by hand (body lines and metadata), so the scorer is
# tested apart from the cleaners as well as end to end through them.
BODIES = {
    NEWS_SEEDS[0]: ((13, 30), Document(text="", authors=("Pramod Thomas",), published=dt.date(2026, 3, 6))),
    NEWS_SEEDS[1]: ((15, 54), Document(text="", authors=("Lily Jamali", "Kali Hays"), published_relative="4 days ago")),
    COLUMN_SEED: ((1, 12), Document(text="")),
}


def by_hand(name: str) -> Document:
    (first, last), meta = BODIES[name]
    lines = (SEEDS / name).read_text(encoding="utf-8").splitlines()[first - 1 : last - 1]
    return dataclasses.replace(meta, text="\n".join(line for line in lines if line.strip()))


@pytest.fixture(scope="module", params=["raw", "document"])
def seed_reports(request: pytest.FixtureRequest) -> dict[str, Report]:
    if request.param == "raw":
        return {name: score((SEEDS / name).read_bytes()) for name in BODIES}
    return {name: score(by_hand(name)) for name in BODIES}


@pytest.mark.parametrize(("name", "most_anonymous"), [(NEWS_SEEDS[0], 1), (NEWS_SEEDS[1], 2)])
def test_news_seeds_score_high_as_named_sourced_news(
    seed_reports: dict[str, Report], name: str, most_anonymous: int
) -> None:
    report = seed_reports[name]
    assert report.score >= 0.7
    assert report.genre == "news"
    assert report.signals["named_sources"].value >= 8
    assert report.signals["anonymous_sources"].value <= most_anonymous
    assert report.signals["first_person"].value == 0
    assert report.signals["byline"].value >= 1
    assert report.score - seed_reports[COLUMN_SEED].score >= 0.3


def test_the_column_scores_low_as_opinion_with_anonymous_sources(seed_reports: dict[str, Report]) -> None:
    report = seed_reports[COLUMN_SEED]
    assert report.score <= 0.4
    assert report.genre == "opinion"
    assert report.signals["first_person"].value >= 1
    assert report.signals["anonymous_sources"].value >= 3
    assert report.signals["named_sources"].value <= 2
    hedged = [c.text for c in report.claims if "hedged" in c.tags]
    assert any("reportedly in talks" in text for text in hedged)


def test_seed_metadata_reaches_the_scorecard() -> None:
    seed_reports = {name: score((SEEDS / name).read_bytes()) for name in NEWS_SEEDS}
    assert "Pramod Thomas" in seed_reports[NEWS_SEEDS[0]].signals["byline"].summary
    assert "absolute date 2026-03-06" in seed_reports[NEWS_SEEDS[0]].signals["date"].summary
    assert seed_reports[NEWS_SEEDS[1]].signals["byline"].value == 2
    assert "4 days ago" in seed_reports[NEWS_SEEDS[1]].signals["date"].summary


def test_explain_lists_every_contribution_and_the_clipping(seed_reports: dict[str, Report]) -> None:
    for report in seed_reports.values():
        line = report.explain()
        assert line.startswith(f"{report.score:.2f} [{report.genre}]: base +")
        for s in report.signals.values():
            assert (f"{s.name} (" in line) == bool(s.contribution)
        assert ("clipped" in line) == (report.total != report.score)


def test_contributions_add_up_to_the_score(seed_reports: dict[str, Report]) -> None:
    for report in seed_reports.values():
        total = report.base + sum(s.contribution for s in report.signals.values())
        assert report.total == pytest.approx(total)
        assert report.score == min(1.0, max(0.0, report.total))


def test_evidence_and_claims_point_into_the_text(seed_reports: dict[str, Report]) -> None:
    report = seed_reports[COLUMN_SEED]
    doc = by_hand(COLUMN_SEED)
    for s in report.signals.values():
        assert all(doc.text[e.start : e.end] == e.text for e in s.evidence)
    assert all(doc.text[c.start : c.end] == c.text and c.tags for c in report.claims)
    assert {"attributed-anonymous", "first-person", "hedged", "unsupported-factual", "plain"} <= {
        t for c in report.claims for t in c.tags
    }


def test_to_dict_is_json_with_stable_keys_and_the_report_pickles(seed_reports: dict[str, Report]) -> None:
    report = seed_reports[NEWS_SEEDS[1]]
    data = report.to_dict()
    assert list(data) == ["score", "total", "base", "genre", "signals", "attributions", "claims"]
    assert json.loads(json.dumps(data)) == data
    assert pickle.loads(pickle.dumps(report)) == report


def test_a_document_is_scored_as_given_and_raw_text_is_cleaned_first() -> None:
    text = "Jane Smith said the plant would close. Workers were told on Monday."
    assert score(Document(text=text, authors=("Ann Lee",))).signals["byline"].value == 1
    assert score(text).signals["named_sources"].value == 1


def test_weights_override_in_part_or_whole() -> None:
    doc = Document(text="Jane Smith said the plant would close.", authors=("Ann Lee",))
    default = score(doc)
    heavier = score(doc, weights={"signals": {"byline": {"weight": 0.3}}, "base": 0.1})
    assert heavier.base == 0.1
    assert heavier.signals["byline"].contribution == 0.3
    assert heavier.signals["date"] == default.signals["date"]
    only = score(doc, weights=Weights(0.5, {"byline": Weight(0.2, 1)}))
    assert list(only.signals) == ["byline"]
    assert only.score == 0.7
    assert only.explain() == "0.70 [unknown]: base +0.50, byline (1 author: Ann Lee) +0.20"


@pytest.mark.parametrize(
    "weights",
    [
        {"signals": {"byline": {"weight": -0.1}}},
        {"signals": {"hedges": {"weight": 0.1}}},
        {"signals": {"clickbait": {"weight": 0.1, "cap": 1}}},
        {"signals": {"date": {"weight": "high"}}},
        {"signals": {"date": {"cap": -1}}},
        {"byline": 0.2},
        {"signals": {"date": {"weight": float("nan")}}},
        {"base": float("inf")},
        {"base": "high"},
        {"signals": {"date": 0.2}},
        {"signals": [("date", 0.2)]},
    ],
)
def test_bad_weights_are_refused(weights: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"signal|weights"):
        score(Document(text="Text."), weights=weights)


def test_a_penalty_that_finds_nothing_contributes_zero_not_minus_zero() -> None:
    signals = score(Document(text="A quiet afternoon, written by nobody at all, about nothing.")).to_dict()["signals"]
    assert "-0.0" not in json.dumps(signals)


def test_bad_raw_input_raises_a_cleanseed_error() -> None:
    with pytest.raises(cleanseed.EmptyInputError):
        score("   ")
