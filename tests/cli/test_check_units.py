"""The pieces behind ``check``: rule lookup, selector specificity, shingle sketches and GitHub escaping."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanseed._check import RULES, SKETCH_SIZE, Settings, overlap, rule, sketch
from cleanseed._output import escape_data, escape_property


def test_rules_have_unique_stable_codes_and_names() -> None:
    assert len({r.code for r in RULES}) == len({r.name for r in RULES}) == len(RULES)
    assert all(re.fullmatch(r"CS[1-9]\d\d", r.code) and re.fullmatch(r"[a-z]+(-[a-z]+)*", r.name) for r in RULES)
    assert rule("cs301") is rule("no-byline") is rule("NO-BYLINE")
    with pytest.raises(KeyError):
        rule("CS3")


def test_selectors_prefer_the_most_specific() -> None:
    low_score, no_date = rule("CS303"), rule("CS302")
    settings = Settings(select=("CS3",), ignore=("CS30",), error=("no-date",), warning=("CS",))
    assert not settings.enabled(low_score)
    assert Settings(select=("CS303",), ignore=("CS3",)).enabled(low_score)
    assert not Settings(select=("CS3",), ignore=("low-score",)).enabled(low_score)
    assert settings.severity(no_date) == "error"
    assert settings.severity(low_score) == "warning"
    assert Settings().severity(low_score) == "error"


def test_overlap_is_exact_for_short_texts() -> None:
    a = sketch("one two three four five six seven")
    b = sketch("One, two: three four five six eight!")
    assert (a.size, b.size) == (3, 3)
    assert overlap(a, b) == pytest.approx(2 / 3)
    assert overlap(a, sketch("")) == 0.0
    assert overlap(sketch("too short"), sketch("too short")) == 0.0


def test_overlap_estimates_containment_for_long_texts() -> None:
    words = [f"w{i}" for i in range(3000)]
    whole, half = sketch(" ".join(words)), sketch(" ".join(words[:1500]))
    assert len(whole.hashes) == SKETCH_SIZE
    assert overlap(whole, half) == pytest.approx(1.0, abs=0.1)
    assert overlap(whole, sketch(" ".join(f"v{i}" for i in range(3000)))) == 0.0


def _unescape(text: str) -> str:
    return re.sub(r"%(25|0D|0A|3A|2C)", lambda m: bytes.fromhex(m[1]).decode(), text)


@given(st.text())
def test_github_escaping_round_trips_and_leaves_no_separator(text: str) -> None:
    data, prop = escape_data(text), escape_property(text)
    assert not set("\r\n") & set(data)
    assert not set("\r\n:,") & set(prop)
    assert _unescape(data) == text
    assert _unescape(prop) == text
