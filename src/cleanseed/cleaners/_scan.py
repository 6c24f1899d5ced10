"""Find the few lines worth a closer look with C-level substring search over a draft's joined, lowercased text.

A regular expression of many alternatives costs about as much per character as the page is long; ``str.find``
for each key skips through the text, so a cleaner pays for its closer per-line test only on lines holding a key.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence

from ..document import Line


def lines_with_any(lines: Sequence[Line], keys: Iterable[str]) -> list[int]:
    """Positions, in order, of the lines whose lowercased text contains one of ``keys`` (lowercase, no line break)."""
    lowered = [line.text.lower() for line in lines]
    text = "\n".join(lowered)
    starts = list(itertools.accumulate((len(t) + 1 for t in lowered), initial=0))
    hits: set[int] = set()
    for key in keys:
        at = text.find(key)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            hits.add(i)
            at = text.find(key, starts[i + 1])
    return sorted(hits)


def with_curly_apostrophes(phrases: Iterable[str]) -> tuple[str, ...]:
    """``phrases`` and, for each holding a straight apostrophe, its spelling with a curly one."""
    return tuple(dict.fromkeys(v for p in phrases for v in (p, p.replace("'", "’"))))
