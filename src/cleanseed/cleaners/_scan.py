"""Find the few lines worth a closer look with C-level substring search over a draft's joined, lowercased text.

A regular expression of many alternatives costs about as much per character as the page is long; ``str.find``
for each key skips through the text, so a cleaner pays for its closer per-line test only on lines holding a key.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterable, Sequence

from ..document import Line
from ._text import page_memo


def lines_with_any(lines: Sequence[Line], keys: Iterable[str]) -> list[int]:
    """Positions, in order, of the lines whose lowercased text contains one of ``keys`` (lowercase, no line break)."""
    text, starts = _lowered(lines)
    hits: set[int] = set()
    for key in keys:
        at = text.find(key)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            hits.add(i)
            at = text.find(key, starts[i + 1])
    return sorted(hits)


def search_keys(phrases: Iterable[str]) -> tuple[str, ...]:
    """Few keys that find every line holding one of ``phrases``: each phrase's longest word, less any key
    that holds a shorter one ("contributions" goes, "contribution" finds it). Fewer keys, fewer scans."""
    longest = {max(re.findall(r"\w+", p.lower()), key=len, default="") for p in phrases} - {""}
    return tuple(sorted(k for k in longest if not any(o != k and o in k for o in longest)))


def _lowered(lines: Sequence[Line]) -> tuple[str, list[int]]:
    """The lines joined by newlines and lowercased, with each line's start offset (and one past the end)."""
    return page_memo(lines, "lowered", lambda: _lower_and_join(lines))


def _lower_and_join(lines: Sequence[Line]) -> tuple[str, list[int]]:
    texts = [line.text for line in lines]
    text = "\n".join(texts).lower()
    if len(text) != sum(map(len, texts)) + max(len(texts) - 1, 0):
        # A few characters ("İ") lowercase to two: lower line by line so offsets still map to lines.
        texts = [t.lower() for t in texts]
        text = "\n".join(texts)
    starts = [0, *itertools.accumulate(map(operator.add, map(len, texts), itertools.repeat(1)))]
    return text, starts
