"""Byline signal: how many named people stand behind the document as its authors."""

from __future__ import annotations

from ..cleaners._names import byline_names, person_name
from ._finding import Evidence, Finding
from ._reading import Reading

_HEAD_PARAGRAPHS = 3
"""A byline left in the text sits in its first few paragraphs."""


def byline(reading: Reading) -> Finding:
    """Count named authors: from the document's ``authors``, else from a "By …" line in the text.

    Only people count; "Staff", "Admin" or the site's own name are not a byline.
    """
    doc = reading.doc
    site = (doc.site or "").casefold()
    lifted = [a for a in doc.authors if person_name(a) and a.casefold() != site]
    if lifted:
        origin = next((f", from {m.origin} via {m.cleaner}" for m in doc.lifted if m.field == "authors"), "")
        return Finding(len(lifted), f"{_authors(len(lifted))}: {', '.join(lifted)}{origin}")
    for start, end in reading.paragraphs[:_HEAD_PARAGRAPHS]:
        names = byline_names(doc.text[start:end])
        if names:
            evidence = Evidence(start, end, doc.text[start:end], "byline in the text")
            return Finding(len(names), f"{_authors(len(names))}: {', '.join(names)}, in the text", (evidence,))
    return Finding(0, "no named author")


def _authors(n: int) -> str:
    return "1 author" if n == 1 else f"{n} authors"
