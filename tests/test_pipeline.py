import pickle
import re
from pathlib import Path

import pytest

from cleanseed import DEFAULT_CLEANERS, Draft, Pipeline, clean
from cleanseed.cleaners import REGISTRY


def test_default_pipeline_names_registered_cleaners():
    assert all(name in REGISTRY for name in DEFAULT_CLEANERS)


def test_unknown_cleaner_name_lists_known_ones():
    with pytest.raises(KeyError, match="known cleaners"):
        Pipeline(["no.such.cleaner"])


def test_user_callable_in_pipeline():
    def drop_first(draft: Draft) -> Draft:
        return draft.drop([0], "user.first", "first line")

    doc = clean("one line here\nsecond line here", cleaners=[drop_first])
    assert doc.text == "second line here"
    assert doc.removed[0].cleaner == "user.first"
    assert doc.removed[0].first_line == 1


def test_pipeline_pickles():
    pipeline = Pipeline()
    assert repr(pickle.loads(pickle.dumps(pipeline))) == repr(pipeline)


def test_an_unknown_format_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="format must be one of"):
        clean("Some text that would clean well enough.", format="pdf")  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", [None, 42, ["a list of lines"]])
def test_input_neither_str_nor_bytes_is_a_type_error(raw: object) -> None:
    with pytest.raises(TypeError, match=f"clean\\(\\) takes str or bytes, not {type(raw).__name__}"):
        clean(raw)  # type: ignore[arg-type]


def test_a_cleaner_that_returns_no_draft_is_named() -> None:
    def forgetful(draft: Draft) -> Draft:
        draft.lines  # noqa: B018 - returns nothing, by mistake
        return None  # type: ignore[return-value]

    with pytest.raises(TypeError, match="forgetful returned NoneType, not a Draft"):
        clean("Some text that would clean well enough.", cleaners=[forgetful])


def test_docs_table_lists_the_default_pipeline_in_order() -> None:
    """docs/cleaners.md keeps one row per step of DEFAULT_CLEANERS, in order, each naming its cleaner's module."""
    doc = Path(__file__).resolve().parents[1] / "docs" / "cleaners.md"
    rows = re.findall(r"^\| \d+ \| `([\w.]+)` \| `(\w+)\.py` \|", doc.read_text(encoding="utf-8"), re.M)
    assert [name for name, _ in rows] == list(DEFAULT_CLEANERS)
    for name, module in rows:
        assert REGISTRY[name].__module__ == f"cleanseed.cleaners.{module}", name


def test_a_read_more_line_repeating_the_headline_is_not_the_title() -> None:
    """Found by the news-page oracle under hypothesis's random profile: the title cleaner took the "Read more:" line
    beside the removed advertisement for the headline, and the line model then dropped the real one and the first
    paragraph. related.links now runs first."""
    first = "Opposition members called for an independent review, saying the figures had not been tested."
    page = "\n\n".join(
        [
            "Leeds council approved the housing plan",
            first,
            "Read more: Leeds council approved the housing plan",
            "Advertisement",
            "Officials in Leeds approved the housing plan on Monday, ending months of uncertainty for residents.",
            "“We have listened carefully, and this plan reflects what people told us,” a spokesperson said.",
        ]
    )
    doc = clean(page, format="text")
    assert doc.title == "Leeds council approved the housing plan"
    assert doc.text.startswith(first)
