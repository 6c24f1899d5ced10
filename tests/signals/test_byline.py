import dataclasses

from cleanseed import Document, Lifted
from cleanseed.signals import Reading
from cleanseed.signals.byline import byline


def test_lifted_authors_count_with_their_origin() -> None:
    lifted = (Lifted("authors", "Ada Lovelace, Alan Turing", "meta.byline", "line 3", 3),)
    found = byline(Reading(Document(text="Body.", authors=("Ada Lovelace", "Alan Turing"), lifted=lifted)))
    assert found.value == 2
    assert found.summary == "2 authors: Ada Lovelace, Alan Turing, from line 3 via meta.byline"


def test_staff_admin_and_the_site_itself_are_not_a_byline() -> None:
    doc = Document(text="Body.", authors=("Staff", "Admin", "Daily Planet"), site="Daily Planet")
    assert byline(Reading(doc)).value == 0


def test_a_by_line_left_in_the_text_counts_with_its_span() -> None:
    text = "By Jane Smith and Omar Khan\nThe council met on Monday."
    found = byline(Reading(Document(text=text)))
    assert found.value == 2
    assert [(e.start, e.end) for e in found.evidence] == [(0, 27)]


def test_no_author_anywhere() -> None:
    doc = Document(text="The council met on Monday. It voted.")
    assert byline(Reading(doc)).value == 0
    assert byline(Reading(dataclasses.replace(doc, authors=("Jane Smith",)))).value == 1
