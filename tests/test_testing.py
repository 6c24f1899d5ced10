import dataclasses
import datetime as dt

import pytest

from cleanseed import Document, Draft, Line, Pipeline
from cleanseed.cleaners import REGISTRY, cleaner
from cleanseed.strategies import Expected
from cleanseed.testing import assert_cleaned, check_cleaner

# The built-in cleaners are also checked by the oracle on whole pages; 30 examples of each input
# family (arbitrary text, chrome blocks, pages) keep this file quick.
EXAMPLES = 30


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_builtin_cleaner_conforms(name):
    check_cleaner(REGISTRY[name], max_examples=EXAMPLES)


def test_pipeline_conforms_recording_under_its_steps_ids():
    # A whole pipeline of context-sensitive steps need not be idempotent (dropping chrome changes
    # what its neighbours look like), so this checks a pipeline of line-local steps.
    check_cleaner(Pipeline(["markdown.images", "markdown.links", "chrome.ads"]), max_examples=EXAMPLES)


# ---- planted faults: each breaks exactly one property ------------------------------------------


@cleaner("faulty.shout")
def adds_text(draft: Draft) -> Draft:
    """Appends a marker to every line: invents text."""
    return dataclasses.replace(draft, lines=tuple(Line(line.no, line.text + " [checked]") for line in draft.lines))


@cleaner("faulty.drop_first")
def not_idempotent(draft: Draft) -> Draft:
    """Drops the first line every time it runs, so a second run drops another."""
    return draft.drop([0] if draft.lines else [], "faulty.drop_first", "first line")


@cleaner("faulty.first_char")
def raises_on_odd_input(draft: Draft) -> Draft:
    """Reads the first character of every line: an IndexError on a blank line."""
    doomed = [i for i, line in enumerate(draft.lines) if line.text[0] == "#"]
    return draft.drop(doomed, "faulty.first_char", "heading")


@cleaner("faulty.silent")
def drops_silently(draft: Draft) -> Draft:
    """Drops lines that mention sharing without recording the removal."""
    kept = tuple(line for line in draft.lines if "Share" not in line.text)
    return dataclasses.replace(draft, lines=kept)


@cleaner("faulty.wrong_id")
def records_under_another_id(draft: Draft) -> Draft:
    """Records its removals under a different cleaner's id."""
    doomed = [i for i, line in enumerate(draft.lines) if "Share" in line.text]
    return draft.drop(doomed, "chrome.share", "share bar")


def test_catches_a_cleaner_that_adds_text():
    with pytest.raises(AssertionError, match="breaks property 'deletes or lifts only'") as info:
        check_cleaner(adds_text)
    assert "faulty.shout" in str(info.value)


def test_catches_a_cleaner_that_is_not_idempotent():
    with pytest.raises(AssertionError, match="breaks property 'idempotent'"):
        check_cleaner(not_idempotent)


def test_catches_a_cleaner_that_raises_and_shows_the_smallest_input():
    with pytest.raises(AssertionError, match="breaks property 'never raises': IndexError") as info:
        check_cleaner(raises_on_odd_input)
    smallest = str(info.value).splitlines()[-1]
    assert len(smallest) <= 6 and not eval(smallest).strip()  # one blank line: the smallest failing input


def test_catches_a_cleaner_that_drops_without_a_record():
    with pytest.raises(AssertionError, match=r"breaks property 'records every removal'.*dropped without a record"):
        check_cleaner(drops_silently)


def test_catches_removals_recorded_under_another_id():
    with pytest.raises(AssertionError, match=r"breaks property 'records every removal'.*chrome\.share"):
        check_cleaner(records_under_another_id)


def test_catches_a_cleaner_that_cannot_be_pickled():
    with pytest.raises(AssertionError, match="breaks property 'picklable'"):
        check_cleaner(lambda draft: draft)


@cleaner("faulty.retitle")
def overwrites_the_title(draft: Draft) -> Draft:
    """Sets the title from the first line, replacing one an earlier cleaner lifted."""
    first = draft.lines[0].text.strip() if draft.lines else ""
    return dataclasses.replace(draft, title=first or draft.title)


def test_catches_a_cleaner_that_overwrites_earlier_metadata():
    with pytest.raises(AssertionError, match=r"(?s)'deletes or lifts only': overwrote title .*already lifted"):
        check_cleaner(overwrites_the_title)


def test_catches_a_cleaner_that_returns_something_else():
    with pytest.raises(AssertionError, match="returned str, not a Draft"):
        check_cleaner(returns_text)


@cleaner("faulty.returns_text")
def returns_text(draft: Draft) -> Draft:
    return draft.text  # type: ignore[return-value]


# ---- the news-page oracle ----------------------------------------------------------------------

_EXPECTED = Expected(
    body=("Officials approved the plan on Tuesday.",),
    chrome=("Share", "By Anna J. Walsh"),
    title="Council approves plan",
    authors=("Anna J. Walsh",),
    published=dt.date(2024, 3, 3),
)


def test_oracle_accepts_the_body_with_title_and_loose_author_spelling():
    doc = Document(
        text="# Council approves plan\n\nOfficials approved the plan on Tuesday.",
        authors=("ANNA J WALSH",),
        published=dt.date(2024, 3, 3),
    )
    assert_cleaned(doc, _EXPECTED)


def test_oracle_lists_every_difference():
    doc = Document(text="Share\nOfficials approved the plan.", authors=(), published=None)
    with pytest.raises(AssertionError) as info:
        assert_cleaned(doc, _EXPECTED)
    message = str(info.value)
    assert "body line lost: 'Officials approved the plan on Tuesday.'" in message
    assert "injected chrome kept: 'Share'" in message
    assert "unexpected line kept: 'Officials approved the plan.'" in message
    assert "authors ()" in message and "published None" in message


# ---- the opt-in pytest plugin ------------------------------------------------------------------

_SEED_TESTS = """
def test_seed(seed_path, seed_document):
    assert seed_document.text
    assert seed_path.name in {"a.txt", "b.txt"}

def test_paths(cleanseed_seed_paths):
    assert [p.name for p in cleanseed_seed_paths] == ["a.txt", "b.txt"]
"""
_STORY = "Officials approved the new housing plan on Tuesday after a long debate in the chamber.\n"


def test_plugin_runs_a_test_once_per_seed_file(pytester):
    pytester.makeconftest('pytest_plugins = ["cleanseed.pytest_plugin"]')
    pytester.makeini("[pytest]\ncleanseed_seeds = corpus/*.txt\n")
    (pytester.path / "corpus").mkdir()
    for name in ("a.txt", "b.txt"):
        (pytester.path / "corpus" / name).write_text(_STORY)
    (pytester.path / "corpus" / "notes.md").write_text("not a seed")
    pytester.makepyfile(_SEED_TESTS)
    result = pytester.runpytest("-v", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["*test_seed?a.txt?*PASSED*", "*test_seed?b.txt?*PASSED*"])


def test_plugin_loads_the_ci_profile_when_ci_is_set(pytester, monkeypatch):
    monkeypatch.setenv("CI", "true")
    pytester.makeconftest('pytest_plugins = ["cleanseed.pytest_plugin"]')
    pytester.makepyfile(
        """
from hypothesis import settings

def test_profile():
    assert settings.get_current_profile_name() == "ci"
    assert settings.default.derandomize and settings.default.deadline is None
"""
    )
    pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=1)
