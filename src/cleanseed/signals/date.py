"""Date signal: an absolute publication date, a relative one only ("4 days ago"), or none."""

from __future__ import annotations

from ._finding import Finding
from ._reading import Reading

ABSOLUTE = 1.0
RELATIVE = 0.5
"""Values of the finding: a relative stamp says the page was dated, not when."""


def date(reading: Reading) -> Finding:
    """Grade the publication date the cleaners lifted, and say where it came from."""
    doc = reading.doc
    if doc.published is not None:
        return Finding(ABSOLUTE, f"absolute date {doc.published.isoformat()}{_origin(reading, 'published')}")
    if doc.published_relative:
        return Finding(
            RELATIVE, f"relative date only: {doc.published_relative}{_origin(reading, 'published_relative')}"
        )
    return Finding(0.0, "no publication date")


def _origin(reading: Reading, field: str) -> str:
    return next((f", from {m.origin} via {m.cleaner}" for m in reading.doc.lifted if m.field == field), "")
