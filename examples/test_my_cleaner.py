"""How a project tests its own cleaner and its seed files with cleanseed's testing kit.

Run it with ``pytest examples/``. The cleaner below drops the "Listen to this article" audio
prompts a (made-up) site prints above its stories; the tests check that it keeps cleanseed's
cleaner properties, that the pipeline built with it drops the prompt from generated news pages
and keeps their story, and that every seed file cleans to a story with an accounted-for audit trail.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseed import DEFAULT_CLEANERS, Document, Draft, Pipeline, clean
from cleanseed.cleaners import cleaner
from cleanseed.strategies import Expected, news_pages
from cleanseed.testing import check_cleaner

_AUDIO_PROMPT = re.compile(r"(?:Listen to (?:this|the) (?:article|story)|Play audio)\b.{0,40}$", re.IGNORECASE)


@cleaner("mysite.audio_prompts")
def audio_prompts(draft: Draft) -> Draft:
    """Drop the audio player's prompt lines ("Listen to this article, 4 min")."""
    doomed = [i for i, line in enumerate(draft.lines) if _AUDIO_PROMPT.match(line.text.strip())]
    return draft.drop(doomed, "mysite.audio_prompts", "audio player prompt")


MY_PIPELINE = Pipeline([*DEFAULT_CLEANERS, audio_prompts])


def test_audio_prompts_is_a_well_behaved_cleaner() -> None:
    check_cleaner(audio_prompts)  # never raises, deletes only, records removals, idempotent, picklable


@st.composite
def pages_with_audio_prompt(draw: st.DrawFn) -> tuple[str, Expected]:
    """A generated news page with the site's audio prompt inserted after its headline."""
    page, expected = draw(news_pages(format="text"))
    prompt = draw(st.sampled_from(("Listen to this article", "Listen to this article, 4 min", "Play audio")))
    lines = page.splitlines()
    at = lines.index(expected.title) + 1
    return "\n".join([*lines[:at], prompt, *lines[at:]]), expected


@settings(deadline=None)
@given(pages_with_audio_prompt())
def test_my_pipeline_keeps_the_story_and_drops_the_prompt(case: tuple[str, Expected]) -> None:
    page, expected = case
    kept = clean(page, format="text", cleaners=MY_PIPELINE).text.splitlines()
    assert not any(_AUDIO_PROMPT.match(line) for line in kept)
    assert [line for line in kept if line in expected.body] == list(expected.body)
    # cleanseed.testing.assert_cleaned(doc, expected) checks the whole oracle: body kept, every
    # injected piece of chrome gone, authors and date found (see docs/testing.md).


@pytest.fixture
def cleanseed_cleaners() -> Pipeline:
    """Clean the seeds with this project's pipeline rather than the default one."""
    return MY_PIPELINE


def test_seed_cleans_to_a_story(seed_document: Document) -> None:
    assert len(seed_document.text.split()) >= 100, "a seed should hold a whole article"
    assert not any(_AUDIO_PROMPT.match(line.strip()) for line in seed_document.text.splitlines())


def test_seed_audit_trail_accounts_for_every_line(seed_document: Document) -> None:
    """Every non-blank source line is either kept in the text or named by a removal record."""
    source = seed_document.extracted if seed_document.format == "html" else seed_document.source
    assert source is not None
    kept = {line.strip() for line in seed_document.text.splitlines()}
    recorded = {no for r in seed_document.removed for no in range(r.first_line, r.last_line + 1)}
    unaccounted = [
        (no, line)
        for no, line in enumerate(source.splitlines(), start=1)
        if line.strip() and line.strip() not in kept and no not in recorded
    ]
    assert not unaccounted
