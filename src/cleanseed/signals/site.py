"""Site signal: who published the page, and whether the story carries a dateline."""

from __future__ import annotations

import re

from .._url import url_host
from ._finding import Evidence, Finding
from ._reading import Reading

# "LONDON —", "WASHINGTON (Reuters) -", "NEW YORK, March 3 (AP) —": a place in capitals,
# an optional date and agency, then a dash, at the start of the first paragraph.
_PLACE = r"[A-Z][A-Z.'’-]{1,24}(?:[ ][A-Z][A-Z.'’-]{0,24}){0,3}"
DATELINE = re.compile(
    rf"(?P<place>{_PLACE})(?:,[ ]{{1,2}}[A-Z][\w.'’]{{0,24}}(?:[ ][\w.'’]{{1,24}}){{0,3}})?"
    r"[ ]{0,2}(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?[ ]{0,2}(?:--|[—–-])[ ]"
)
_HEAD = 2
"""A dateline opens the first paragraph of the story, which may follow a standfirst."""


def site(reading: Reading) -> Finding:
    """Count the publisher (from the document, else the url's host) and a dateline: 0, 1 or 2."""
    doc = reading.doc
    parts: list[str] = []
    publisher = doc.site or url_host(doc.url) or None
    if publisher:
        parts.append(f"site {publisher}" + ("" if doc.site else " (from the url)"))
    evidence: tuple[Evidence, ...] = ()
    match = next(filter(None, (DATELINE.match(doc.text, start) for start, _ in reading.paragraphs[:_HEAD])), None)
    if match:
        agency = f" ({match['agency']})" if match["agency"] else ""
        parts.append(f"dateline {match['place']}{agency}")
        evidence = (Evidence(match.start(), match.end(), match.group(), "dateline"),)
    return Finding(len(parts), "; ".join(parts) or "no site or dateline", evidence)
