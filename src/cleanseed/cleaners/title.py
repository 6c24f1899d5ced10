"""The headline: lifted into ``title`` and dropped from the text."""

from __future__ import annotations

import itertools
import math
import operator
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .._url import url_path
from ..document import Draft, Line
from ._base import cleaner
from ._dates import find_date
from ._scan import lines_with_any
from ._text import MAX_FEATURE_CHARS, body_span, is_headline, is_prose, next_nonblank, norm, plain, words
from .byline import is_role_line, names_only
from .markdown import first_heading, source_line

_H1 = re.compile(r"^\s{0,3}#\s")
_DIGIT = re.compile(r"\d")
_SLUG_WORD = re.compile(r"[a-z]{2,}")
_MIN_WORDS, _MAX_WORDS = 3, 30
_MIN_SLUG_OVERLAP = 0.5
_SLUG_SPLIT = re.compile(r"[-_.+]")
_META_CLEANERS = frozenset({"meta.dates", "meta.byline"})
_STAMP_REACH = 4
_MAX_SITE_WORDS = 4
_BODY_WORDS = 15
_ANCHOR_REACH = 8
"""Source lines over a lifted date or byline in which its headline sits (blank lines count)."""
_FALLBACK_REACH = 2
"""With no other evidence, the first headline-shaped line is the headline only right over the body (a standfirst
between at most); higher up it was a tagline, a menu or a promo on all 14 such development pages."""
_CACHED_SHAPES = 1 << 12
"""The date and title cleaners ask the headline shape of the same lines up to four times a page."""
_CACHED_URLS = 16
"""The date and title cleaners both read a page's slug."""
_NUMBER = operator.attrgetter("no")


@cleaner("meta.title")
def title(draft: Draft) -> Draft:
    """Lift the headline: a markdown page's first ``#`` heading; else the URL slug's line anywhere, a ``#`` heading,
    the top line of the block over the lifted date or byline, the line right over a removed stamp, or the first.

    A headline is only taken from a page that had chrome (as the first line, or beside removed chrome),
    so text already cleaned keeps its first line.
    """
    lines = draft.lines
    span = body_span(lines)
    head = range(span[0] if span else len(lines))
    if draft.title is not None:
        wanted = norm(draft.title)
        repeats = [i for i in head if norm(lines[i].text) == wanted][:1]
        return draft.drop(repeats, "meta.title", "repeats the title")
    removed = sorted({n for r in draft.removed if not r.partial for n in range(r.first_line, r.last_line + 1)})
    if not removed:
        return draft
    if draft.format == "markdown" and (heading := first_heading(draft.source)) is not None:
        return _lift_heading(draft, *heading)
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    candidates = [i for i in head if _is_headline(lines[i].text) and (i == first or _beside_removed(draft, i, removed))]
    # The line echoing the URL's slug is the headline wherever it sits: above the body start a long
    # standfirst or a chrome paragraph may have moved, and it need not touch removed chrome.
    slug = slug_line(draft)
    h1 = next((i for i in candidates if _H1.match(lines[i].text)), None)
    over_stamp = _above_stamp(draft, candidates)
    above = next_nonblank(lines, over_stamp, -1) if over_stamp is not None else None
    # Headline, standfirst, byline: the line over the byline is the standfirst when a headline touches it.
    if over_stamp is not None and above in candidates and not _removed_between(above, over_stamp, draft, removed):
        over_stamp = above
    first_near_body = [
        i for i in candidates[:1] if span is not None and _lines_between(lines, i, span[0]) <= _FALLBACK_REACH
    ]
    evidence = (slug, h1, _over_stamp_line(draft), over_stamp, *first_near_body)
    best = next((i for i in evidence if i is not None), None)
    if best is None:
        return draft
    line = lines[best]
    draft = draft.lift("title", _without_site_name(" ".join(plain(line.text).split())), "meta.title", line=line)
    return draft.drop([best], "meta.title", "lifted title")


def _lines_between(lines: tuple[Line, ...], first: int, last: int) -> int:
    """Non-blank lines from position ``first`` up to, not including, ``last``."""
    return sum(not line.blank for line in lines[first:last])


def _over_stamp_line(draft: Draft) -> int | None:
    """The topmost headline-shaped line a few lines over the line the date (else the byline) was lifted from.

    Headline, standfirst, byline, date: the headline tops the block, wherever the body is thought to start.
    """
    lifted = {f.field: f.line for f in draft.lifted if f.line is not None and f.cleaner in _META_CLEANERS}
    anchor = lifted.get("published") or lifted.get("authors")
    if anchor is None:
        return None
    lines = draft.lines
    at = bisect_left(lines, anchor, key=_NUMBER)
    # Up to the reach, and not past removed chrome: lines i and i + 1 must be neighbours in the source.
    above = itertools.takewhile(lambda i: i == at - 1 or lines[i].no + 1 == lines[i + 1].no, range(at - 1, -1, -1))
    near = itertools.takewhile(lambda i: lines[i].no >= anchor - _ANCHOR_REACH, above)
    heads = [i for i in near if _is_headline(lines[i].text) and names_only(lines[i].text) is None]
    return heads[-1] if heads else None


def _lift_heading(draft: Draft, no: int, heading: str) -> Draft:
    """Lift a markdown page's first ``#`` heading, read from the source: another cleaner may have dropped it."""
    line = Line(no, source_line(draft.source, no))
    draft = draft.lift("title", _without_site_name(plain(heading)), "meta.title", line=line)
    at = bisect_left(draft.lines, no, key=_NUMBER)
    kept = at < len(draft.lines) and draft.lines[at].no == no
    return draft.drop([at] if kept else [], "meta.title", "lifted title")


def _is_headline(text: str) -> bool:
    """Headline-shaped, and not a journalist's role ("Contributing Food Columnist") or a stamp's line."""
    return _headline_shaped(text[:MAX_FEATURE_CHARS]) and (not _DIGIT.search(text) or find_date(text) is None)


@lru_cache(maxsize=_CACHED_SHAPES)
def _headline_shaped(text: str) -> bool:
    """A headline's length and shape, and no role line: features of the first ``MAX_FEATURE_CHARS`` characters only,
    so the cache holds no long line whole."""
    return _MIN_WORDS <= len(words(text)) <= _MAX_WORDS and is_headline(text, _MAX_WORDS) and not is_role_line(text)


def _without_site_name(headline: str) -> str:
    """ "Gov't eyes sugar purchases | Inquirer News" -> the headline, when the tail is a short site name."""
    head, bar, site = headline.rpartition(" | ")
    if bar and len(words(site)) <= _MAX_SITE_WORDS and len(words(head)) >= _MIN_WORDS:
        return head
    return headline


def _removed_between(first: int | None, last: int, draft: Draft, removed: list[int]) -> bool:
    if first is None:
        return False
    at = bisect_right(removed, draft.lines[first].no)
    return at < len(removed) and removed[at] < draft.lines[last].no


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


def slug_line(draft: Draft) -> int | None:
    """The headline-shaped line sharing most words with the URL's slug (fewest other words on a tie), if it
    shares enough: one above the body first, else one below."""
    slug = _slug_words(draft.url) if draft.url else frozenset()
    if len(slug) < 2:
        return None
    lines = draft.lines
    # A line sharing half the slug holds one of its longest n - ceil(n/2) + 1 words: find only those, in C.
    # Ties in length go alphabetically, so the same words are searched in every process (sets iterate by hash).
    half = math.ceil(len(slug) / 2)
    longest = sorted(slug, key=lambda w: (-len(w), w))[: len(slug) - half + 1]
    # The shape first: remembered, and most lines holding a slug word are paragraphs, far past a headline's length.
    candidates = [
        i for i in lines_with_any(lines, longest) if _is_headline(lines[i].text) and _holds(lines[i].text, slug, half)
    ]
    span = body_span(lines)

    def score(i: int) -> tuple[float, float]:
        found = {_slug_form(w) for w in words(lines[i].text)}
        return len(slug & found) / len(slug), len(slug & found) / len(slug | found)

    head = [i for i in candidates if span is None or i < span[0]]
    # Below the body start, a long line ending like a sentence is a paragraph echoing the headline, not it.
    body = [i for i in candidates[len(head) :] if not is_prose(lines[i].text, _BODY_WORDS)]
    for pool in (head, body):
        best = max(pool, key=score, default=None)
        if best is not None and score(best)[0] >= _MIN_SLUG_OVERLAP:
            return best
    return None


@lru_cache(maxsize=_CACHED_URLS)
def _slug_words(url: str) -> frozenset[str]:
    """The words of the longest segment of the URL's path, its slug."""
    path = [p for p in url_path(url).split("/") if p]
    slug = _SLUG_SPLIT.split(max(path, key=len)) if path else []
    return frozenset(t for t in slug if t.isalpha() and len(t) > 1)


def _holds(text: str, slug: frozenset[str], enough: int) -> bool:
    """A cheap necessary test: ``text`` spells at least ``enough`` slug words somewhere, apostrophes dropped."""
    low = text.lower().replace("'", "").replace("’", "")
    return sum(map(low.__contains__, slug)) >= enough


def _slug_form(word: str) -> str:
    """A word as URL slugs spell it: lowercase, no possessive, no apostrophes ("Didn't" -> "didnt")."""
    word = word.lower().replace("’", "'")
    return word.removesuffix("'s").replace("'", "")


def _above_stamp(draft: Draft, candidates: list[int]) -> int | None:
    """The last candidate just above a line meta.dates or meta.byline removed: a headline sits over its byline."""
    meta = {r.first_line for r in draft.removed if r.cleaner in _META_CLEANERS}
    lines = draft.lines
    for i in reversed(candidates):
        no = lines[i].no
        following = next((lines[j].no for j in range(i + 1, len(lines)) if not lines[j].blank), no + _STAMP_REACH + 1)
        if any(n in meta for n in range(no + 1, min(following, no + _STAMP_REACH + 1))):
            return i
    return None
