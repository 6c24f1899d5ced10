"""Provenance signals: each finds one kind of evidence in a document, as character spans.

A signal is a plain callable ``Reading -> Finding``: it reads the document (and what was
read off its text once: sentences, quotes, cues, attributions) and returns a value, a
one-line summary and its evidence as offsets into ``doc.text``. The registry is one
explicit dict, so the set of built-in signals is visible in one place.
"""

from __future__ import annotations

from collections.abc import Callable

from ._finding import Evidence, Finding
from ._reading import Reading
from .byline import byline
from .date import date
from .first_person import first_person
from .genre import genre
from .hedges import hedges, unsupported_claims
from .site import site
from .sources import anonymous_sources, named_sources

SignalFn = Callable[[Reading], Finding]

REGISTRY: dict[str, SignalFn] = {
    "byline": byline,
    "date": date,
    "site": site,
    "named_sources": named_sources,
    "anonymous_sources": anonymous_sources,
    "hedges": hedges,
    "unsupported_claims": unsupported_claims,
    "first_person": first_person,
    "genre": genre,
}
"""Every built-in signal by name, in the order a report lists them."""

PENALTIES = frozenset({"anonymous_sources", "hedges", "unsupported_claims", "first_person"})
"""Signals whose weight may only lower the score; every other weight may only raise it."""

__all__ = ["PENALTIES", "REGISTRY", "Evidence", "Finding", "Reading", "SignalFn", "get"]


def get(name: str) -> SignalFn:
    """The built-in signal registered as ``name``; a ``KeyError`` lists the known names."""
    try:
        return REGISTRY[name]
    except KeyError:
        known = ", ".join(REGISTRY)
        raise KeyError(f"no signal named {name!r}; known signals: {known}") from None
