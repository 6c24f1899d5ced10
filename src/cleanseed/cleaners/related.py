"""Links to other stories: "Related:" lines, headline lists after the body, teaser blocks."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..document import Draft, Line
from . import lexicon
from ._base import cleaner
from ._dates import is_timestamp
from ._names import BY_PREFIX, byline_names, person_name
from ._scan import lines_with_any, norm_keys
from ._text import (
    PRICE,
    TOP_HEADING,
    body_span,
    is_headline,
    is_prose,
    is_sentence,
    next_nonblank,
    norm,
    phrase_regex,
    words,
)
from .title import slug_line, spells_slug

_HEADING = phrase_regex(lexicon.RELATED_PREFIXES)
_MORE_FROM_LEADS = ("more", "latest", "popular", "most popular", "top stories", "most read", "also", "related")
_MORE_FROM = re.compile(r"^(?:" + "|".join(_MORE_FROM_LEADS) + r") (?:from|on|in|at|about) [^.!?]{1,60}$")
_LEAD_WORDS = tuple(p.rstrip(":") for p in lexicon.RELATED_PREFIXES)
_LEAD = re.compile(r"^(?:" + "|".join(map(re.escape, _LEAD_WORDS)) + r")\s{0,3}[:|»›>\-–—]\s{0,3}\S")


def _openings(phrases: Iterable[str]) -> tuple[str, ...]:
    """``phrases`` less those another of them opens ("more" opens "more from"): a line opens with one of these
    if and only if it opens with one of ``phrases``, and half as many prefixes are quicker to test."""
    unique = tuple(dict.fromkeys(phrases))
    return tuple(p for p in unique if not any(q != p and p.startswith(q) for q in unique))


_REVIEW_LINK = re.compile(r"^(?:" + "|".join(lexicon.REVIEW_LINK_LEADS) + r") (?:[^.!?]|\.(?=\S)){1,80} review\.?$")
"""A roundup's link to its full review of one product: "Read our full NordVPN for Mac review", "… hide.me VPN review"
(a stop inside a name, not a sentence's end)."""
_RELATED_OPENINGS = _openings((*lexicon.RELATED_PREFIXES, *_MORE_FROM_LEADS, *_LEAD_WORDS, *lexicon.REVIEW_LINK_LEADS))
"""What a teaser heading or a "Related: …" line opens with."""
_OPENING_KEYS = norm_keys(_RELATED_OPENINGS)
"""Name the few lines that may open with one, sparing the others ``norm()``."""
_WRAPPERS = "[(\u200b "
"""Opening brackets (and a zero-width space) around a whole related-story line: "[Related: …]", "(MORE: …)"."""
_NOT_HEADLINE = re.compile(r"[:;()\[\]]")
"""List items and spec rows hold one of these; a bare headline link does not."""
_LIST_MARKER = re.compile(r"^\s{0,8}(?:[*+•·▪\-–]|\d{1,3}[.)])")
_PRICE = re.compile(PRICE)
_MAX_HEADLINE_PRICES = 1
"""A teaser headline names a price at most ("Apple cuts the iPhone to $699"); a product row of a shopping roundup names
its sale and regular prices ("High-Rise Tight 25″ Sale Price $89 - $109 USD Regular Price $128 USD")."""
_MAX_TEASER_WORDS = 40
_MAX_TAIL_WORDS = 4
"""A teaser card's byline under its summary is a name or an outlet ("Tyler Dann", "Kitces.com")."""
_MAX_KICKER_WORDS = 2
"""A card's section label over its headline ("Gear", "* Politics")."""
_MIN_KICKED_WORDS = 3
"""Words of the headline right under a card's label: two are a name ("Alice Lascelles"), which signs the card above."""
_SENTENCE_MARKS = (".", "!", "?", ":")
_RANK = re.compile(r"\d{1,2}")
"""A card's rank in a list of the most read ("Trending Stories" / "1" / headline / "2" / …)."""
_MAX_BLOCK_LINES = 200
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)[\s*_\])]{0,4}$")
"""A teaser summary cut off mid-sentence ("… after the bank accounts...")."""
_MIN_CUT_RUN = 3
_MAX_CUT_WORDS = 35
_MIN_GONE_LIST = 2
"""Source lines already removed under a heading that make its list of teasers, not one card's image or link."""


@cleaner("related.teasers")
def teasers(draft: Draft) -> Draft:
    """Drop "RELATED" / "MORE FROM …" headings and the headlines, summaries and times under them."""
    lines = draft.lines
    headings = [
        i for i in lines_with_any(lines, _OPENING_KEYS) if _opens_related(lines[i].text) and _is_heading(lines[i].text)
    ]
    drops = _blocks(draft, headings)
    # The line echoing the URL's slug is the story's own headline: a block above the story runs into it, and its
    # byline and date under it, with no gap, yet none of them is a teaser. Finding it costs a scan of the page: only
    # when a dropped line spells enough of the slug (the headline and its repeats do) can a block have run into it.
    if any(spells_slug(draft, i) for i in drops):
        own = _own_headline(draft)
        if own in drops:
            drops = _blocks(draft, headings, own)
    return draft.drop(drops, "related.teasers", "teaser block")


@cleaner("related.links")
def links(draft: Draft) -> Draft:
    """Drop "Related: …" / "Read more: …" / "Read our full … review" lines, and runs of headline links after the
    body."""
    lines = draft.lines
    span = body_span(lines)
    end = span[1] if span else len(lines)
    drops = [
        i
        for i in lines_with_any(lines, _OPENING_KEYS)
        if _opens_related(lines[i].text) and _is_lead_line(lines[i].text)
    ]
    # Runs of headlines are read among the lines this pass keeps: two headlines a "Read more:" line stood between
    # are a run, as the next pass would find them.
    dropped = set(drops)
    tail = [j for j in range(end + 1, len(lines)) if j not in dropped]
    kept = [lines[j] for j in tail]
    headlines = {k for k, line in enumerate(kept) if not line.blank and _is_link_headline(line.text)}
    for k in headlines:
        run = [m for m in (k - 1, k, k + 1) if m in headlines]
        if len(run) >= 2 and not _leads_into_prose(kept, max(run)):
            drops.append(tail[k])
    return draft.drop(drops, "related.links", "related-story links")


@cleaner("related.truncated")
def truncated(draft: Draft) -> Draft:
    """Drop runs of three or more short lines cut off with an ellipsis: a sidebar of story summaries."""
    lines = draft.lines
    cut = [
        i
        for i, line in enumerate(lines)
        if not line.blank and _CUT_SHORT.search(line.text[-12:]) and len(words(line.text)) <= _MAX_CUT_WORDS
    ]
    drops: list[int] = []
    run: list[int] = []
    for i in cut:
        if run and next_nonblank(lines, run[-1]) != i:
            drops.extend(run if len(run) >= _MIN_CUT_RUN else ())
            run = []
        run.append(i)
    drops.extend(run if len(run) >= _MIN_CUT_RUN else ())
    return draft.drop(drops, "related.truncated", "truncated teasers")


@lru_cache(maxsize=1 << 16)
def _opens_related(text: str) -> bool:
    """A literal test before the heading and lead patterns: the normalised line opens with a related-stories
    phrase. Cached, as the teaser and link cleaners ask it of the same lines in turn."""
    return _unwrapped(text).startswith(_RELATED_OPENINGS)


def _is_heading(text: str) -> bool:
    if not text.strip() or len(words(text)) > 6:
        return False
    line = norm(text).replace("’", "'")
    return bool(_HEADING.match(line) or _MORE_FROM.match(line))


def _is_lead_line(text: str) -> bool:
    """A "Related: …" or "Read more: …" line, or a link to the full review ("Read our full NordVPN review")."""
    if len(words(text)) > 30:
        return False
    line = _unwrapped(text)
    return bool(_LEAD.match(line) or _REVIEW_LINK.match(line))


def _unwrapped(text: str) -> str:
    """The normalised line without the brackets a site may set around a whole "[Related: …]" line."""
    return norm(text).replace("’", "'").lstrip(_WRAPPERS)


def _is_link_headline(text: str) -> bool:
    """A bare headline: no list marker, no colon or bracket (list items and spec rows have those)."""
    return (
        not _NOT_HEADLINE.search(text)
        and not _LIST_MARKER.match(text)
        and len(words(text)) >= 3
        and is_headline(text, 16)
        and len(_PRICE.findall(text)) <= _MAX_HEADLINE_PRICES
    )


def _leads_into_prose(lines: Sequence[Line], i: int) -> bool:
    """True when the next non-blank line after ``i`` is a sentence (not a headline): a heading or list of the body."""
    after = next_nonblank(lines, i)
    return after is not None and is_sentence(lines[after].text)


def _blocks(draft: Draft, headings: Sequence[int], own: int | None = None) -> list[int]:
    """The teaser blocks under ``headings``, each stopped before the story's ``own`` headline."""
    drops: list[int] = []
    for i in headings:
        if not drops or i > drops[-1]:  # a heading inside the last block is one of its teasers
            drops.extend(_teaser_block(draft, i, own))
    return drops


def _own_headline(draft: Draft) -> int | None:
    """The story's headline: the line echoing the URL's slug or, where lists of teasers repeat it, the repeat
    nearest the body's first paragraph (past the last paragraph, a repeat is a teaser)."""
    slug = slug_line(draft)
    if slug is None:
        return None
    lines = draft.lines
    span = body_span(lines)
    if span is None:
        return slug
    headline = norm(lines[slug].text)
    repeats = [i for i in range(span[1]) if not lines[i].blank and norm(lines[i].text) == headline]
    return min(repeats, key=lambda i: abs(i - span[0]), default=slug)


def _teaser_block(draft: Draft, start: int, own: int | None = None) -> list[int]:
    """The heading at ``start`` and the teaser lines after it, up to the first line of other kind or the story's
    ``own`` headline."""
    lines = draft.lines
    block = [start]
    # "Listen" or "Watch" alone is a player's button as often as a heading: only a fuller heading opens pairs.
    pairs = len(words(lines[start].text)) >= 2
    in_pairs = signed = False
    labels: set[str] = set()
    j = next_nonblank(lines, start)
    if j is not None and _is_byline(lines[j].text) and _adjacent(lines, start, j):
        return block  # a byline signs the line over it: the heading sits between the story's headline and byline
    while j is not None and j - start < _MAX_BLOCK_LINES and j != own:
        if TOP_HEADING.match(lines[j].text):
            # A top-level markdown heading is a story's headline, never a teaser's: on an infinite-scroll page
            # the next story's, which related.next_story cuts from there.
            break
        after = next_nonblank(lines, j)
        pair = pairs and after is not None and _is_teaser_pair(draft, j)
        if pair and after is not None:
            card = _card(draft, j, after, signed)
            following = next_nonblank(lines, card[-1])
            if in_pairs or _is_teaser_pair(draft, following):
                in_pairs = True
                signed = len(card) > 2 and not is_timestamp(lines[card[2]].text)
                block.extend(card)
                j = following
                continue
        if len(block) > 1 and _LIST_MARKER.match(lines[block[-1]].text):
            # The next item of a list of teasers is one too, though a paragraph follows it (the body's subheadings
            # are no list items); a paragraph after the list, unless a time-stamped summary, is the body's.
            if _is_list_headline(lines[j].text):
                block.append(j)
                j = after
                continue
            if is_prose(lines[j].text) and not _is_summary(draft, j):
                break
        label = _RANK.sub("#", norm(lines[j].text))  # ranks ("1", "2") label cards alike
        if after is not None and after != own and _is_kicker(draft, j, after, label in labels):
            block += [j, after]  # the label and its card's headline
            labels.add(label)
            j = next_nonblank(lines, after)
            continue
        if not (is_timestamp(lines[j].text) or _is_teaser_headline(draft, j, after) or _is_summary(draft, j)):
            break
        block.append(j)
        j = next_nonblank(lines, j)
    if len(block) == 2 and _resumes_body(lines, start, block[1]):
        return block[:1]
    return block


def _adjacent(lines: Sequence[Line], i: int, j: int) -> bool:
    """No source line between lines ``i`` and ``j`` was removed: an earlier cleaner may have dropped a teaser's
    headline (a bare link) between a related heading and the teaser's byline."""
    return _gone(lines, i, j) == 0


def _gone(lines: Sequence[Line], i: int, j: int) -> int:
    """How many source lines between lines ``i`` and ``j`` earlier cleaners removed."""
    return lines[j].no - lines[i].no - (j - i)


def _resumes_body(lines: Sequence[Line], heading: int, i: int) -> bool:
    """The lone sentence at ``i`` after a heading whose list an earlier cleaner already removed ("Related", its
    links gone, then "The answer to today's Wordle is …"): the body resumes there, past the list."""
    return _gone(lines, heading, i) >= _MIN_GONE_LIST and is_prose(lines[i].text)


def _is_byline(text: str) -> bool:
    """A "By …" line naming its authors (or an agency)."""
    return bool(BY_PREFIX.match(norm(text))) and byline_names(text) is not None


def _card(draft: Draft, headline: int, summary: int, signed: bool) -> list[int]:
    """A teaser card: its headline, its summary, and the author ("Tyler Dann") and time a card may set under them.

    A name is the card's only when the next card or a time follows it, or the cards before were ``signed``: after
    the last card a short line may be a subheading of the body."""
    lines = draft.lines
    card = [headline, summary]
    i = next_nonblank(lines, summary)
    if i is not None and not is_timestamp(lines[i].text) and _is_name_line(draft, i):
        after = next_nonblank(lines, i)
        if signed or after is None or is_timestamp(lines[after].text) or _is_teaser_pair(draft, after):
            card.append(i)
            i = after
    if i is not None and is_timestamp(lines[i].text):
        card.append(i)
    return card


def _is_list_headline(text: str) -> bool:
    """A list item holding a headline ("* Wordle is now playable on New York Times Crossword app")."""
    return bool(_LIST_MARKER.match(text)) and is_headline(text, 20)


def _is_name_line(draft: Draft, i: int) -> bool:
    """A few words without sentence punctuation that head no card of their own: an author or an outlet."""
    text = draft.lines[i].text
    short = 1 <= len(words(text)) <= _MAX_TAIL_WORDS and not text.rstrip().endswith(_SENTENCE_MARKS)
    return short and not _is_teaser_pair(draft, i)


def _is_teaser_headline(draft: Draft, i: int, after: int | None) -> bool:
    """A headline at ``i``, unless a paragraph that is not a time-stamped summary follows at ``after``: such a
    headline is a subheading of the body."""
    lines = draft.lines
    if not is_headline(lines[i].text, 20):
        return False
    return after is None or not is_prose(lines[after].text) or _is_summary(draft, after)


def _is_kicker(draft: Draft, i: int, after: int, repeated: bool) -> bool:
    """A card's section label ("Gear", "* Politics"): a word or two, no sentence's end, a teaser's headline next.
    A label ``repeated`` from a card above may head a card over the article's next paragraph, where the widget
    stood inside the article: a subheading has no label, and a section label over the story's own headline
    appears once."""
    text, under = draft.lines[i].text, draft.lines[after].text
    label = words(text)
    if not 1 <= len(label) <= _MAX_KICKER_WORDS or text.rstrip().endswith(_SENTENCE_MARKS):
        return False
    if not (all(map(str.isalpha, label)) or _RANK.fullmatch(text.strip())):
        return False  # a score or a count ("6 -2"), not a section's name or a rank
    if not _adjacent(draft.lines, i, after):
        # The card's headline, a bare link, went with an earlier cleaner: its byline or writer is under the label.
        return _is_byline(under) or person_name(under) is not None
    if BY_PREFIX.match(norm(under)) or sum(map(str.isalpha, words(under))) < _MIN_KICKED_WORDS:
        return False  # right under a label, a byline is the story's own ("News" over "By Anna Walsh")
    if repeated:
        return is_headline(under, 20)
    return _is_teaser_headline(draft, after, next_nonblank(draft.lines, after))


def _is_teaser_pair(draft: Draft, i: int | None) -> bool:
    """A headline at ``i`` with a one- or two-sentence summary under it; two such pairs in a row under a
    related-stories heading are teasers, where one headline over a paragraph may be the body's subheading."""
    if i is None or not is_headline(draft.lines[i].text, 20):
        return False
    after = next_nonblank(draft.lines, i)
    if after is None:
        return False
    text = draft.lines[after].text
    return is_prose(text) and len(words(text)) <= _MAX_TEASER_WORDS and not is_headline(text)


def _is_summary(draft: Draft, i: int) -> bool:
    """A one-sentence teaser summary: short prose stamped with a time right after it."""
    after = next_nonblank(draft.lines, i)
    text = draft.lines[i].text
    return (
        is_prose(text)
        and len(words(text)) <= _MAX_TEASER_WORDS
        and after is not None
        and is_timestamp(draft.lines[after].text)
    )
