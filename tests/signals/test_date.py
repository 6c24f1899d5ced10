import datetime as dt

from cleanseed import Document, Lifted
from cleanseed.signals import Reading
from cleanseed.signals.date import ABSOLUTE, RELATIVE, date


def test_an_absolute_date_outranks_a_relative_one_and_says_where_it_came_from() -> None:
    lifted = (Lifted("published", "2026-03-06", "meta.dates", "line 10", 10),)
    doc = Document(text="Body.", published=dt.date(2026, 3, 6), published_relative="4 days ago", lifted=lifted)
    found = date(Reading(doc))
    assert found.value == ABSOLUTE
    assert found.summary == "absolute date 2026-03-06, from line 10 via meta.dates"


def test_relative_only_and_none() -> None:
    assert date(Reading(Document(text="Body.", published_relative="4 days ago"))).value == RELATIVE
    assert date(Reading(Document(text="Body."))).value == 0
