"""The headline: lifted into ``title`` and dropped from the text."""

from __future__ import annotations

import re
from bisect import bisect_right
from urllib.parse import urlsplit

from ..document import Draft
from ._base import cleaner
from ._text import body_span, is_headline, norm, plain, words

_H1 = re.compile(r"^\s{0,3}#\s")
_SLUG_WORD = re.compile(r"[a-z]{2,}")
_MIN_WORDS, _MAX_WORDS = 3, 30
_MIN_SLUG_OVERLAP = 0.6


@cleaner("meta.title")
def title(draft: Draft) -> Draft:
    """Lift the headline above the body: the URL slug's line, a markdown ``#`` heading, or the first headline.

    A headline is only taken beside chrome other cleaners removed, so text already cleaned keeps its first line.
    """
    lines = draft.lines
    span = body_span(lines)
    head = range(span[0] if span else len(lines))
    if draft.title is not None:
        wanted = norm(draft.title)
        repeats = [i for i in head if norm(lines[i].text) == wanted][:1]
        return draft.drop(repeats, "meta.title", "repeats the title")
    removed = sorted({n for r in draft.removed if not r.partial for n in range(r.first_line, r.last_line + 1)})
    candidates = [
        i
        for i in head
        if _MIN_WORDS <= len(words(lines[i].text)) <= _MAX_WORDS
        and is_headline(lines[i].text, _MAX_WORDS)
        and _beside_removed(draft, i, removed)
    ]
    if not candidates:
        return draft
    best = _by_slug(draft, candidates) or next((i for i in candidates if _H1.match(lines[i].text)), candidates[0])
    line = lines[best]
    draft = draft.lift("title", " ".join(plain(line.text).split()), "meta.title", line=line)
    return draft.drop([best], "meta.title", "lifted title")


def _beside_removed(draft: Draft, i: int, removed: list[int]) -> bool:
    """True when a removed source line sits between line ``i`` and its kept non-blank neighbours."""
    lines = draft.lines
    no = lines[i].no
    before = next((lines[j].no for j in range(i - 1, -1, -1) if not lines[j].blank), 0)
    after = next((lines[j].no for j in range(i + 1, len(lines)) if not lines[j].blank), None)
    first_after = bisect_right(removed, no)
    if first_after < len(removed) and (after is None or removed[first_after] < after):
        return True
    return first_after > 0 and removed[first_after - 1] > before


def _by_slug(draft: Draft, candidates: list[int]) -> int | None:
    """The candidate sharing most words with the URL's last path segment, if it shares enough."""
    if not draft.url:
        return None
    path = [p for p in urlsplit(draft.url).path.lower().split("/") if p]
    slug = set(_SLUG_WORD.findall(max(path, key=len))) if path else set()
    if len(slug) < 2:
        return None
    scores = {i: len(slug & {w.lower() for w in words(draft.lines[i].text)}) / len(slug) for i in candidates}
    best = max(scores, key=lambda i: scores[i])
    return best if scores[best] >= _MIN_SLUG_OVERLAP else None
