import itertools

import pytest

from cleanseed._parallel import WINDOW_PER_JOB, ordered_map


def test_results_come_back_in_input_order():
    numbers = [-(i % 7) for i in range(40)]
    assert list(ordered_map(abs, numbers, jobs=2)) == [abs(n) for n in numbers]


def test_input_is_read_lazily_within_the_window():
    source = itertools.count()
    results = ordered_map(abs, source, jobs=2)
    assert next(results) == 0
    assert next(source) <= 2 * WINDOW_PER_JOB + 1


def test_a_worker_error_reaches_the_caller():
    with pytest.raises(ValueError, match="invalid literal"):
        list(ordered_map(int, ["1", "x", "3"], jobs=2))
