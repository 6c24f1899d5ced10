import pickle

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
