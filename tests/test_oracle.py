"""The news-page oracle: clean() keeps every body line, drops every injected chrome line, and
recovers the injected authors and date, for every input format.

A thousand generated pages per format; under the ``ci`` profile (CI=true) the run is derandomized,
so CI replays the same pages every time.
"""

import pytest
from hypothesis import HealthCheck, given, settings

from cleanseed import clean
from cleanseed.strategies import Expected, news_pages
from cleanseed.testing import assert_cleaned

ORACLE = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_oracle(fmt):
    @ORACLE
    @given(news_pages(format=fmt))
    def check(case: tuple[str, Expected]) -> None:
        page, expected = case
        assert_cleaned(clean(page, format=fmt), expected)

    check()
