"""The headline: lifted into ``title`` and dropped from the text."""

from __future__ import annotations

import math
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache

from .._url import host_names, squeezed, url_path
from ..document import Draft, Line
from ._base import cleaner
from ._dates import find_date
from ._names import is_role_line, names_only
from ._scan import lines_with_any
from ._text import MAX_FEATURE_CHARS, body_span, is_headline, is_prose, next_nonblank, norm, plain, removed_lines, words
from .markdown import first_heading, source_line
from .photo import is_credit

_H1 = re.compile(r"^\s{0,3}#\s")
_DIGIT = re.compile(r"\d")
_SENTENCE_BREAK = re.compile(r"\w\w[.?!][\"'’”]?\s+[\"'‘“]?[A-Z]")
"""One sentence ending and the next starting; two word characters before the stop, so "Robert F. Kennedy" is one."""
_INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}$")
"""A headline may end in an initialism ("… to not celebrate Christmas in L.A."): its stop ends no sentence. Searched
in the last ``_INITIALISM_TAIL`` characters only."""
_INITIALISM_TAIL = 8
_SPACED_POSSESSIVE = re.compile(r"(?<=\w) (?=['’]s\b)")
"""Flattening puts a space after an inline element: "The Changeling ’s Problem" (an italic title, then "’s")."""
_MENU_CLEANERS = frozenset({"chrome.nav", "footer.nav"})
_MENU_ITEM_WORDS = 4
"""Menu items longer than this are rare; a line is matched against item texts of up to this many words."""
_BULLETS = " \t*+o•·-"
_GLUED = re.compile(r"[a-z]{2}[A-Z]")
_MAX_GLUED = 2
"""Menu items flattened without spaces ("Globe TodayMoney, Power, InequalityMetroSports"); a name like "SpaceX"
or "PolitiFact" glues once, and no development headline glues twice."""
_HOME_LINK = re.compile(r"\]\((?:https?://[^/\s()]+)?/?\)\s*$")
_LIST_ITEM = re.compile(r"\s*(?:[*+•·o-]|\d{1,3}[.)])\s")
"""A bulleted or numbered line is an item of a list (a menu, a breadcrumb, a teaser list), never the headline."""
_SLUG_WORD = re.compile(r"[a-z]{2,}")
_MIN_WORDS, _MAX_WORDS = 3, 30
_MIN_LETTERED_WORDS = 2
"""A headline says something in words: "Cost: $60 - 75+" (one word, two numbers) is a price line."""
MIN_SLUG_OVERLAP = 0.5
"""A line spelling this share of the slug's words is the slug's line: the headline, or one of its repeats."""
_MIN_REMOVED_SLUG_OVERLAP = 0.75
_HEADLINE_TAKERS = frozenset({"chrome.nav", "related.teasers"})
"""Cleaners that sometimes remove the headline itself, as a menu item or as a teaser of another story."""
_SLUG_SPLIT = re.compile(r"[-_.+]")
_UNSPELLED = ("'", "’", "*", "_")
"""What a line may hold inside a word that the word's slug form lacks: apostrophes and emphasis marks (removed by
``str.replace``, five times quicker than ``str.translate``)."""
_META_CLEANERS = frozenset({"meta.dates", "meta.byline"})
_STAMP_REACH = 4
_HEAD_DROPPERS = frozenset({"chrome.nav", "chrome.caption"})
"""Cleaners that sometimes remove the headline over the byline, as the last item of a menu or as a caption."""
_BLOCK_CLEANERS = frozenset({"meta.dates", "meta.byline", "chrome.credit"})
"""What may part a headline from its date or byline: the other stamp, a photo's credit. (Not captions: on a
development page the caption parted the byline from a list of teasers, whose top one was taken.)"""
_MAX_SITE_WORDS = 4
_DASHED_TAIL = re.compile(r"(.*\S) [-–—] (.+)")
"""A headline and what follows its last dash set between spaces (a site's name, in a page's ``<title>``)."""
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
    """Lift the headline: a markdown page's first ``#`` heading, unless it links to the home page (a logo); else
    the strongest evidence by the order ``_choose`` gives (the slug's line, a ``#`` heading, the top of the block
    over the lifted date or byline, the line right over a removed stamp, a repeated line, the line right over the
    body); else a line spelling most of the slug that the menu or teaser cleaners removed (lifted, and left
    removed).

    A headline is only taken from a page that had chrome, so text already cleaned keeps its first line; a line
    chosen for its shape alone is the first line or sits beside removed chrome. A bulleted or numbered line is
    never taken.
    """
    lines = draft.lines
    span = body_span(lines)
    head = range(span[0] if span else len(lines))
    if draft.title is not None:
        wanted = norm(draft.title)
        repeats = [i for i in head if norm(lines[i].text) == wanted][:1]
        return draft.drop(repeats, "meta.title", "repeats the title")
    removed = removed_lines(draft)
    if not removed:
        return draft
    heading = first_heading(draft.source) if draft.format == "markdown" else None
    # A heading linking to the site's home page is its logo ("# [POLITICO Logo](https://www.politico.com/)").
    if heading is not None and not _HOME_LINK.search(source_line(draft.source, heading[0])):
        return _lift_heading(draft, *heading)
    best = _choose(draft, span, _candidates(draft, head, removed), removed)
    if best is None:
        return _lift_removed_slug_line(draft)
    draft = draft.lift("title", _headline_text(best.text, draft.url), "meta.title", line=best)
    # The top of the block may be a line the menu or caption cleaners removed: lifted, and left removed.
    return draft.drop(_kept(lines, best), "meta.title", "lifted title")


def _choose(draft: Draft, span: tuple[int, int] | None, candidates: list[int], removed: list[int]) -> Line | None:
    """The headline among the evidence, or None. With a slug's line: the headline over the stamps when it beats
    that line; else, when that line is in the article, a repeated candidate or the candidate right over the body;
    else the slug's line. Without: a ``#`` heading, the headline over the stamps, the candidate over the body."""
    lines = draft.lines
    # The headline over the stamps: the top of the block over a lifted stamp, else the line over a removed one.
    top = _block_top(draft)
    stamped = top if top is not None else _over_removed_stamp(draft, candidates, removed)
    slug = _slug_headline(draft, span)
    if slug is None:
        # No slug's line: a heading, then the headline over the stamps, then the line right over the body.
        evidence = (_h1(lines, candidates), stamped, _near_body(lines, candidates, span))
        return next((line for line in evidence if line is not None), None)
    if stamped is not None:
        # The slug's line wherever it sits, unless the headline over the stamps beats it.
        return stamped if _beats_slug(draft, slug, stamped) else lines[slug]
    if not _under_body_start(draft, slug):
        # Over the body, with no headline over the stamps to rival it: the slug's line.
        return lines[slug]
    # The slug's line is in the article: a repeated candidate beats it, else the line right over the body,
    # unless the slug's line sits right under the stamps (a headline under its byline and date).
    near = None if _under_stamps(draft, slug) else _near_body(lines, candidates, span)
    rival = _repeated(lines, candidates) or near
    return rival if rival is not None else lines[slug]


def _candidates(draft: Draft, head: range, removed: list[int]) -> list[int]:
    """Headline-shaped lines over the body start that are the page's first line or sit beside removed chrome."""
    lines = draft.lines
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    return [i for i in head if _is_headline(lines[i].text) and (i == first or _beside_removed(draft, i, removed))]


def _slug_headline(draft: Draft, span: tuple[int, int] | None) -> int | None:
    """The line echoing the URL's slug, or else the body's first line when it is a headline spelling most of it.

    The slug's line is the headline wherever it sits: above the body start a long standfirst or a chrome
    paragraph may have moved, and it need not touch removed chrome."""
    slug = slug_line(draft)
    if slug is None and span is not None:
        slug = _slug_at_body_start(draft, span[0])
    return slug


def _h1(lines: tuple[Line, ...], candidates: list[int]) -> Line | None:
    """The first candidate that is a markdown ``#`` heading."""
    return next((lines[i] for i in candidates if _H1.match(lines[i].text)), None)


def _over_removed_stamp(draft: Draft, candidates: list[int], removed: list[int]) -> Line | None:
    """The candidate right over a line meta.dates or meta.byline removed, or the candidate over that one.

    Headline, standfirst, byline: the line over the byline is a standfirst when a candidate sits right over it,
    no removed line between, unless that candidate is the same line with a breadcrumb glued on."""
    lines = draft.lines
    at = _above_stamp(draft, candidates)
    if at is None:
        return None
    above = next_nonblank(lines, at, -1)
    if (
        above is not None
        and above in candidates
        and not _removed_between(above, at, draft, removed)
        and not _crumbed(lines[above].text, lines[at].text)
    ):
        return lines[above]
    return lines[at]


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


def _near_body(lines: tuple[Line, ...], candidates: list[int], span: tuple[int, int] | None) -> Line | None:
    """The first candidate right over the body (a standfirst between at most)."""
    if span is None:
        return None
    return next((lines[i] for i in candidates if _lines_between(lines, i, span[0]) <= _FALLBACK_REACH), None)


def _kept(lines: tuple[Line, ...], line: Line) -> list[int]:
    """The position of ``line`` among the kept ``lines``, in a list, or an empty list when it was removed."""
    at = bisect_left(lines, line.no, key=_NUMBER)
    return [at] if at < len(lines) and lines[at] == line else []


def _beats_slug(draft: Draft, slug: int, stamped: Line) -> bool:
    """The headline over the byline beats the slug's line when it spells as much of the slug, or when the slug's
    line is below the body start and the lifted stamps: a subheading, a product box's name, a photo's caption.
    (A slug's line over the byline is in the headline's block, wherever a market ticker or a promo made the body
    start.)"""
    if _under_body_start(draft, slug):
        return True
    cover = _text_cover(draft, stamped.text, singular=True)
    return cover >= _text_cover(draft, draft.lines[slug].text, singular=True)


def _slug_at_body_start(draft: Draft, i: int) -> int | None:
    """Line ``i``, the body's first long line, when it is headline-shaped and spells most of the slug: a long
    headline ending in "!" reads as a paragraph ("… At Maestro Premiere! LOOK!")."""
    text = draft.lines[i].text
    return i if _is_headline(text) and _text_cover(draft, text, singular=True) >= _MIN_REMOVED_SLUG_OVERLAP else None


def _repeated(lines: tuple[Line, ...], candidates: list[int]) -> Line | None:
    """The last candidate whose words another kept line repeats: a page's own headline recurs (a breadcrumb, the
    document title, a share box), a teaser's rarely does."""
    keys = {tuple(w.lower() for w in words(lines[i].text)): i for i in candidates}
    seen: dict[int, int] = {}
    for line in lines:
        if not line.blank and len(line.text) <= MAX_FEATURE_CHARS:
            at = keys.get(tuple(w.lower() for w in words(line.text)))
            if at is not None:
                seen[at] = seen.get(at, 0) + 1
    return next((lines[i] for i in reversed(candidates) if seen.get(i, 0) > 1), None)


def _stamp_lines(draft: Draft) -> set[int]:
    """Source lines a date or a byline was lifted from."""
    return {f.line for f in draft.lifted if f.line is not None and f.cleaner in _META_CLEANERS}


def _under_stamps(draft: Draft, i: int) -> bool:
    """Line ``i`` is within reach under the last lifted stamp."""
    stamps = _stamp_lines(draft)
    return bool(stamps) and 0 < draft.lines[i].no - max(stamps) <= _ANCHOR_REACH


def _under_body_start(draft: Draft, i: int) -> bool:
    """Line ``i`` is under the body start and under the lifted stamps: in the article, not in its headline block."""
    span = body_span(draft.lines)
    return span is not None and i > span[0] and draft.lines[i].no > max(_stamp_lines(draft), default=0)


def _lines_between(lines: tuple[Line, ...], first: int, last: int) -> int:
    """Non-blank lines from position ``first`` up to, not including, ``last``."""
    return sum(not line.blank for line in lines[first:last])


def _block_top(draft: Draft) -> Line | None:
    """The topmost headline-shaped line a few lines over the first line a date or a byline was lifted from (over
    the other one when none is over the first: a date may stand over the headline).

    Headline, standfirst, byline, date: the headline tops the block, wherever the body is thought to start. The
    block may hold removed stamps and photo credits; over a byline a two-sentence line ending in a full stop is a
    headline too. A list (a breadcrumb, a menu) over a headline ends the block, and so does a headline-shaped line
    the menu or caption cleaners removed, which is its top. The top line is passed over for one below it when it
    is a menu flattened into one line, or that line with a breadcrumb glued on.
    """
    lifted = {f.field: f.line for f in draft.lifted if f.line is not None and f.cleaner in _META_CLEANERS}
    anchors = sorted(lifted[f] for f in ("published", "authors") if f in lifted)
    if not anchors:
        return None
    block = {n for r in draft.removed if r.cleaner in _BLOCK_CLEANERS for n in range(r.first_line, r.last_line + 1)}
    dropped = _dropped_heads(draft)
    lines = tuple(sorted((*draft.lines, *dropped), key=_NUMBER)) if dropped else draft.lines
    heads = next(filter(None, (_heads_over(lines, anchor, block, dropped) for anchor in anchors)), [])
    if len(heads) > 1 and _menu_made(lines[heads[-1]].text, _menu_items(draft)):
        heads.pop()
    if not heads:
        return None
    top = lines[heads[-1]].text
    return lines[next((i for i in heads[:-1] if _crumbed(top, lines[i].text)), heads[-1])]


def _dropped_heads(draft: Draft) -> set[Line]:
    """Headline-shaped source lines the menu or caption cleaners removed within reach over a lifted stamp (not
    the stamp's own line, nor a photo's credit or a caption of several sentences)."""
    stamps = _stamp_lines(draft)
    reach = sorted({n for stamp in stamps for n in range(max(stamp - _ANCHOR_REACH, 1), stamp)} - stamps)
    found = set()
    for record in draft.removed:
        if record.partial or record.cleaner not in _HEAD_DROPPERS:
            continue
        for no in reach[bisect_left(reach, record.first_line) : bisect_right(reach, record.last_line)]:
            text = source_line(draft.source, no)
            if (
                _is_headline(text)
                and _SENTENCE_BREAK.search(text[:MAX_FEATURE_CHARS]) is None
                and names_only(text) is None
                and not is_credit(text)
            ):
                found.add(Line(no, text))
    return found


def _heads_over(lines: tuple[Line, ...], anchor: int, block: set[int], dropped: set[Line]) -> list[int]:
    """Positions of the headline-shaped lines over source line ``anchor``, nearest first, within the reach and not
    past removed chrome other than the ``block`` lines, a list under a headline, or a ``dropped`` headline."""
    at = bisect_left(lines, anchor, key=_NUMBER)
    heads: list[int] = []
    for i in range(at - 1, -1, -1):
        # Lines i and i + 1 are neighbours in the source, or only lines of the block's furniture part them.
        joined = i == at - 1 or all(n in block for n in range(lines[i].no + 1, lines[i + 1].no))
        if not joined or lines[i].no < anchor - _ANCHOR_REACH or (heads and _LIST_ITEM.match(lines[i].text)):
            break
        if lines[i] in dropped:
            # A removed headline is the block's top only right over the stamp or standfirst: over a kept
            # headline it is the last item of a menu.
            return heads or [i]
        if _is_headline(_unstopped(lines[i].text)) and names_only(lines[i].text) is None:
            heads.append(i)
    return heads


def _menu_items(draft: Draft) -> set[str]:
    """The items of the menus removed from the page, lowercase, without their bullets."""
    return {
        t.strip(_BULLETS).lower() for r in draft.removed if r.cleaner in _MENU_CLEANERS for t in r.text.splitlines()
    }


def _menu_made(text: str, menu: set[str]) -> bool:
    """ "Movies and TV Entertainment and Culture Columnists": a menu flattened into one line, when at least two items
    of the page's removed menus spell half its words or more."""
    found = text.lower().split()
    at = items = covered = 0
    while at < len(found):
        size = next((n for n in range(_MENU_ITEM_WORDS, 0, -1) if " ".join(found[at : at + n]) in menu), 0)
        items += size > 0
        covered += size
        at += size or 1
    return items >= 2 and 2 * covered >= len(found)


def _unstopped(text: str) -> str:
    """A two-sentence line without its final full stop: "Tech is bad. It doesn't have to be." is a headline over
    a byline, but "Click to save this article." is not."""
    stopped = text.endswith(".") and not text.endswith("..")
    return text[:-1] if stopped and _SENTENCE_BREAK.search(text[:MAX_FEATURE_CHARS]) else text


def _crumbed(line: str, headline: str) -> bool:
    """ "Home News Downtown Madison rebound?" over "Downtown Madison rebound?": a breadcrumb glued onto the headline."""
    return norm(line).endswith(" " + norm(headline))


def _lift_heading(draft: Draft, no: int, heading: str) -> Draft:
    """Lift a markdown page's first ``#`` heading, read from the source: another cleaner may have dropped it."""
    line = Line(no, source_line(draft.source, no))
    draft = draft.lift("title", _headline_text(heading, draft.url), "meta.title", line=line)
    at = bisect_left(draft.lines, no, key=_NUMBER)
    kept = at < len(draft.lines) and draft.lines[at].no == no
    return draft.drop([at] if kept else [], "meta.title", "lifted title")


def _is_headline(text: str) -> bool:
    """Headline-shaped, and not a journalist's role ("Contributing Food Columnist") or a stamp's line."""
    if text.endswith(".") and _INITIALISM_END.search(text[-_INITIALISM_TAIL:]):
        text = text[:-1]
    return (
        _headline_shaped(text[:MAX_FEATURE_CHARS])
        and not _LIST_ITEM.match(text)
        and (not _DIGIT.search(text) or find_date(text) is None)
    )


@lru_cache(maxsize=_CACHED_SHAPES)
def _headline_shaped(text: str) -> bool:
    """A headline's length and shape, and no role line: features of the first ``MAX_FEATURE_CHARS`` characters only,
    so the cache holds no long line whole."""
    found = words(text)
    return (
        _MIN_WORDS <= len(found) <= _MAX_WORDS
        and is_headline(_brand_capitalised(text), _MAX_WORDS)
        and not is_role_line(text)
        and len(_GLUED.findall(text)) < _MAX_GLUED
        and len(found) - sum(map(str.isdigit, found)) >= _MIN_LETTERED_WORDS
    )


def _brand_capitalised(text: str) -> str:
    """ "iPhone 15 review" -> "IPhone 15 review": a first word with a capital inside is a name, as good as a capital."""
    body = plain(text).lstrip()
    first = body.split(maxsplit=1)[0] if body else ""
    if first[:1].islower() and not first.islower():
        return body[0].upper() + body[1:]
    return text


def _headline_text(line: str, url: str | None) -> str:
    """The headline a line spells: markup, a trailing site name and the space a capture put before "’s" dropped."""
    return _without_site_name(_SPACED_POSSESSIVE.sub("", " ".join(plain(line).split())), url)


def _without_site_name(headline: str, url: str | None) -> str:
    """ "Gov't eyes sugar purchases | Inquirer News" -> the headline, when the tail is a short site name; after a
    dash, only the site's own name ("… - ESPN" on espn.com, "… - nj.com"), as a page's ``<title>`` ends."""
    head, bar, site = headline.rpartition(" | ")
    if bar and len(words(site)) <= _MAX_SITE_WORDS and len(words(head)) >= _MIN_WORDS:
        return head
    dashed = _DASHED_TAIL.fullmatch(headline)
    if dashed and len(words(dashed[1])) >= _MIN_WORDS and squeezed(dashed[2]) in host_names(url):
        return dashed[1]
    return headline


def _removed_between(first: int, last: int, draft: Draft, removed: list[int]) -> bool:
    """True when a removed source line sits between the lines at positions ``first`` and ``last``."""
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
    shares enough: one above the body first, else one inside it (after its last paragraph come tags and teasers)."""
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
        found = _slug_forms(lines[i].text)
        return len(slug & found) / len(slug), len(slug & found) / len(slug | found)

    head = [i for i in candidates if span is None or i < span[0]]
    # Below the body start, a long line ending like a sentence is a paragraph echoing the headline, not it; past the
    # last paragraph, a line echoing the slug is a list of topics or a teaser.
    body = [
        i for i in candidates[len(head) :] if not is_prose(lines[i].text, _BODY_WORDS) and (span is None or i < span[1])
    ]
    for pool in (head, body):
        best = max(pool, key=score, default=None)
        if best is not None and score(best)[0] >= MIN_SLUG_OVERLAP:
            return best
    return None


def _lift_removed_slug_line(draft: Draft) -> Draft:
    """Lift, and leave removed, a removed line spelling most of the slug: a headline an earlier cleaner took for
    a teaser or a menu item (plurals read as their singulars)."""
    slug = _singulars(_slug_words(draft.url)) if draft.url else frozenset()
    if len(slug) < 2:
        return draft
    enough = math.ceil(len(slug) * _MIN_REMOVED_SLUG_OVERLAP)
    for record in draft.removed:
        if record.partial or record.cleaner not in _HEADLINE_TAKERS:
            continue
        # Read from the source: a record's text loses the blank lines at its ends, and with them the numbering.
        for no in range(record.first_line, record.last_line + 1):
            text = source_line(draft.source, no)
            if (
                _holds(text, slug, enough)
                and _is_headline(text)
                and _text_cover(draft, text, singular=True) >= _MIN_REMOVED_SLUG_OVERLAP
            ):
                return draft.lift("title", _headline_text(text, draft.url), "meta.title", line=Line(no, text))
    return draft


def spells_slug(draft: Draft, i: int) -> bool:
    """Line ``i`` spells at least ``MIN_SLUG_OVERLAP`` of the slug's words. The substring test first: most lines
    hold too few of them to be worth splitting into words."""
    slug = _slug_words(draft.url) if draft.url else frozenset()
    text = draft.lines[i].text
    enough = math.ceil(len(slug) * MIN_SLUG_OVERLAP)
    return _holds(text, slug, enough) and _text_cover(draft, text) >= MIN_SLUG_OVERLAP


def _text_cover(draft: Draft, text: str, singular: bool = False) -> float:
    """The share of the slug's words ``text`` spells, maybe reading plurals as their singulars."""
    slug = _slug_words(draft.url) if draft.url else frozenset()
    found = frozenset(_slug_forms(text))
    if singular:
        slug, found = _singulars(slug), _singulars(found)
    return len(slug & found) / len(slug) if slug else 0.0


@lru_cache(maxsize=_CACHED_URLS)
def _slug_words(url: str) -> frozenset[str]:
    """The words of the URL path's segment with the most words, its slug ("police-chase-ends", not "article_ab6f")."""
    segments = [
        frozenset(t for t in _SLUG_SPLIT.split(p) if t.isalpha() and len(t) > 1) for p in url_path(url).split("/")
    ]
    return max(segments, key=len, default=frozenset())


def _holds(text: str, slug: frozenset[str], enough: int) -> bool:
    """A cheap necessary test: ``text`` spells at least ``enough`` slug words somewhere, apostrophes and emphasis
    marks dropped (a slug word's form drops the one, ``plain()`` the other, even inside a word)."""
    low = text.lower()
    for mark in _UNSPELLED:
        low = low.replace(mark, "")
    return sum(map(low.__contains__, slug)) >= enough


def _slug_forms(text: str) -> set[str]:
    """The words of a line as a slug spells them; a hyphenated word also as its parts ("Off-Road": off, road)."""
    found = {_slug_form(w) for w in words(text)}
    return found | {part for w in found if "-" in w for part in w.split("-")}


def _slug_form(word: str) -> str:
    """A word as URL slugs spell it: lowercase, no possessive, no apostrophes ("Didn't" -> "didnt")."""
    word = word.lower().replace("’", "'")
    return word.removesuffix("'s").replace("'", "")


def _singulars(found: Iterable[str]) -> frozenset[str]:
    """Slug words without a plural's "s": a slug may say "telescopes" where its headline says "telescope"."""
    return frozenset(w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in found)
