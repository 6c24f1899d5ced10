"""Find the few lines worth a closer look: substring search for keys over a draft's joined, lowercased text.

A cleaner pays for its closer per-line test only on the lines holding one of its keys. The keys cleaners declare
at import (through :func:`search_keys` or :func:`scan_keys`) are found all at once, in one Aho-Corasick pass over
the page (a regular expression of many alternatives is far slower in ``re``), and remembered by line number:
each later cleaner sees the same lines less those dropped since, so it only looks the numbers up. A line
rewritten since (a link unwrapped) is searched again on its own; keys made per page (an author's name) are found
with ``str.find`` in the indexed page's text, and looked up the same way.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import ahocorasick_rs

from ..document import Line
from ._text import page_memo

_DECLARED: dict[str, None] = {}
"""Every key declared so far, in declaration order (a dict as an ordered set)."""


@dataclass(frozen=True, slots=True)
class _PageIndex:
    """Line numbers holding each declared key, for the lines of one page as they were when indexed."""

    lines: dict[int, Line]
    """Line number -> the very ``Line`` indexed; a line that is another object (rewritten since) is searched anew."""
    hits: dict[str, list[int]]
    keys: frozenset[str]
    lowered: str
    """The indexed lines lowercased and joined by newlines: keys made per page are found in it too."""
    starts: list[int]
    numbers: list[int]


@dataclass(frozen=True, slots=True)
class _View:
    """One lines tuple seen through the page index: where each line it vouches for stands, and those it cannot."""

    index: _PageIndex
    position: dict[int, int]
    """Line number -> position in the tuple, for the lines the index holds as they are now."""
    stale: frozenset[int]


_index: _PageIndex | None = None
_EMPHASIS_MARKS = ("**", "__")
"""The emphasis marks whose removal by ``norm()`` may join a word (see ``_text._INLINE_EMPHASIS``): a lone mark is
removed only between a word character and another character, so taking it out joins no two word characters."""
_WORD_CHAR = re.compile(r"\w")
_NUMBER = operator.attrgetter("no")
_BLANK = operator.attrgetter("blank")


def lines_with_any(lines: Sequence[Line], keys: Iterable[str]) -> list[int]:
    """Positions, in order, of the lines whose lowercased text contains one of ``keys`` (lowercase, no line break)."""
    keys = tuple(keys)  # read twice below
    view = page_memo(lines, "scan", lambda: _view(lines))
    if view is None:
        return _search(lines, keys)
    index, position, stale = view.index, view.position, view.stale
    # Set operations in C: the numbers of the lines holding a key, those of them still here, then their positions.
    held = set().union(*map(index.hits.get, keys, itertools.repeat(())))
    if not index.keys.issuperset(keys):
        unindexed = [key for key in keys if key not in index.keys]
        held.update(index.numbers[i] for i in _find(index.lowered, index.starts, unindexed))
    found = set(map(position.__getitem__, position.keys() & held))
    if stale:
        found.update(i for i in stale if any(map(lines[i].text.lower().__contains__, keys)))
    return sorted(found)


def search_keys(phrases: Iterable[str]) -> tuple[str, ...]:
    """Few keys that find every line holding one of ``phrases``: each phrase's longest word, less any key
    that holds a shorter one ("contributions" goes, "contribution" finds it). Fewer keys, fewer scans.

    The keys are declared (see :func:`scan_keys`); for keys made per page, call :func:`reduce_keys`.
    """
    return scan_keys(reduce_keys(phrases))


def reduce_keys(phrases: Iterable[str]) -> tuple[str, ...]:
    """:func:`search_keys` without declaring the keys: for keys a cleaner makes per page (an author's name)."""
    longest = {max(re.findall(r"\w+", p.lower()), key=len, default="") for p in phrases} - {""}
    return tuple(sorted(k for k in longest if not any(o != k and o in k for o in longest)))


def norm_keys(phrases: Iterable[str], *marks: str) -> tuple[str, ...]:
    """Declared keys naming every line whose ``norm()`` holds one of ``phrases`` (or one of ``marks``, characters
    ``norm()`` keeps), so that a cleaner testing the normalised line need not normalise the others.

    ``norm()`` strips a line's edges, collapses its spaces and lowercases it, none of which makes a word the raw
    line lacks; but it also drops emphasis marks, of which doubled ones may split a word in the raw line
    ("coo**kies**"), so a line holding one is always named too.
    """
    phrases = tuple(phrases)
    if not all(map(_WORD_CHAR.search, phrases)):
        raise ValueError("a phrase without a word character has no key")
    return scan_keys((*reduce_keys(phrases), *marks, *_EMPHASIS_MARKS))


def scan_keys(keys: Iterable[str]) -> tuple[str, ...]:
    """Declare ``keys`` (lowercase, no line break) for the once-a-page search, at import; returns them as a tuple."""
    global _index
    keys = tuple(keys)
    if not _DECLARED.keys() >= set(keys):
        _DECLARED.update(dict.fromkeys(keys))
        _index = None
    return keys


def _view(lines: Sequence[Line]) -> _View | None:
    """The page index as it applies to ``lines``, rebuilt when most of them are lines it has not seen."""
    global _index
    # The numbers are read once, into this map: its keys are then the lines' numbers in order (none repeats).
    position = dict(zip(map(_NUMBER, lines), range(len(lines)), strict=True))
    if len(position) < len(lines):
        return None  # a hand-made draft numbering two lines alike: search it directly
    stale = _stale(lines, position.keys(), _index)
    # Another page, or this one mostly rewritten since: index it afresh.
    if _index is None or (stale and 2 * len(stale) > len(lines) - sum(map(_BLANK, lines))):
        _index = _build(lines, list(position))
        stale = frozenset()
    for i in stale:
        del position[lines[i].no]  # the index's hits for this number are of the line's old text
    return _View(_index, position, stale)


def _stale(lines: Sequence[Line], numbers: Iterable[int], index: _PageIndex | None) -> frozenset[int]:
    """Positions of the lines ``index`` does not hold as they are now (rewritten since, or of another page);
    ``numbers`` are the lines' numbers, in order."""
    if index is None:
        return frozenset(range(len(lines)))
    indexed = tuple(map(index.lines.get, numbers))
    # Usually every line is the one indexed, and one tuple comparison in C says so: identical objects compare at
    # once, and an equal line (same number, same text) holds the same keys.
    if indexed == tuple(lines):
        return frozenset()
    changed = map(operator.is_not, indexed, lines)
    return frozenset(itertools.compress(range(len(lines)), changed))


def _build(lines: Sequence[Line], numbers: list[int]) -> _PageIndex:
    text, starts = _lowered(lines)
    keys = tuple(_DECLARED)
    by_number = dict(zip(numbers, lines, strict=True))
    hits: dict[str, list[int]] = {}
    try:
        matches = _automaton(keys).find_matches_as_indexes(text, overlapping=True)
    except UnicodeEncodeError:  # a lone surrogate, which the automaton cannot take: find each key instead
        by_key = {key: [numbers[i] for i in sorted(_find(text, starts, (key,)))] for key in keys}
        hits = {key: found for key, found in by_key.items() if found}
        return _PageIndex(by_number, hits, frozenset(keys), text, starts, numbers)
    line_start = line_end = no = 0
    for k, at, _ in matches:
        if not line_start <= at < line_end:  # most matches fall in the line of the one before
            i = bisect.bisect_right(starts, at) - 1
            line_start, line_end, no = starts[i], starts[i + 1], numbers[i]
        found = hits.setdefault(keys[k], [])
        if not found or found[-1] != no:
            found.append(no)
    return _PageIndex(by_number, hits, frozenset(keys), text, starts, numbers)


@functools.lru_cache(maxsize=1)
def _automaton(keys: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    # A DFA takes a millisecond more to build, once, and searches a page in 0.08 ms rather than the default NFA's 0.13.
    return ahocorasick_rs.AhoCorasick(keys, implementation=ahocorasick_rs.Implementation.DFA)


def _search(lines: Sequence[Line], keys: Iterable[str]) -> list[int]:
    """The direct search: every key found afresh in the lowercased page."""
    text, starts = _lowered(lines)
    return sorted(_find(text, starts, keys))


def _find(text: str, starts: list[int], keys: Iterable[str]) -> set[int]:
    """Which of the joined lines of ``text`` (each beginning at its ``starts`` offset) hold one of ``keys``."""
    hits: set[int] = set()
    for key in keys:
        at = text.find(key)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            hits.add(i)
            at = text.find(key, starts[i + 1])
    return hits


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
