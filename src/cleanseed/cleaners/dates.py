"""Timestamps and date headers: lifted into ``published`` / ``published_relative`` and dropped."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..document import Draft, Line
from . import lexicon
from ._base import cleaner
from ._dates import (
    STAMP_KEYS,
    Stamp,
    date_in_month,
    date_in_url,
    earliest_date,
    find_date,
    find_relative,
    is_timestamp,
    labelled_date,
    may_hold_stamp,
    month_in_url,
    only_stamp_words,
)
from ._names import byline_names, names_only
from ._scan import lines_with_any, scan_keys, search_keys
from ._text import body_span, next_nonblank, norm, removed_lines, words
from .footer import is_legal
from .markdown import source_line, under_heading
from .title import slug_line

_BYLINE = re.compile(r"^(?:" + "|".join(re.escape(p) for p in lexicon.BYLINE_PREFIXES) + r")\s", re.I)
_BY_START = re.compile(
    r"^[\s*_#>]{0,6}(?:" + "|".join(re.escape(p) for p in lexicon.BYLINE_PREFIXES) + r")(?:\s|$)", re.I
)
"""A line opening with a by-prefix, markup aside: read on the raw line, without normalising it."""
_BY_INSIDE = re.compile(r"\s[Bb]y\s")
_TOKEN = re.compile(r"\S+")
_EDGE = " \t|,·•-–—:()[]"
_UPDATED = re.compile(r"\b(?:updated|modified)(?![^\W\d_])", re.I)
"""A label glued to its time counts ("Updated07:26, 24 Dec 2023")."""
_MAX_LOOSE_WORDS = 10
_HEADLINE_STAMP_REACH = 20
_BYLINE_STAMP_REACH = 8
"""Lines under the article's start where a byline's stamp still dates it (under a standfirst)."""
_DIGIT = re.compile(r"\d")
_COUNT_SEAM = re.compile(r"(?<=[^\W\d_])(?=\d)")
"""Where a captured counter runs into the next ("Shares1530 Views")."""
_STAMP_KEYS = scan_keys(STAMP_KEYS)
_LABEL_KEYS = search_keys(lexicon.STAMP_LABELS)
"""A long line gives a date only after a stamp label: the few lines holding one are read for it."""
_MAX_STAMP_WORDS = 30
_CLAUSE_WORDS = 5
"""Lowercase words before a date that make a clause: a byline over its stamp has at most two ("and", "by")."""
_DATE_LABELS = frozenset(lexicon.DATE_LABELS)
"""A byline naming three or four people with its stamp runs past twenty words; prose with a date is cut by
_cut_date only beside a byline or a name, so the bound is against cost, not against prose."""


@cleaner("meta.dates")
def dates(draft: Draft) -> Draft:
    """Drop timestamp lines, cut dates off bylines and name lines; lift the stamp nearest above the body.

    A date in the URL path ("/2023/12/21/") beats them all, then the first date under the headline (a markdown
    ``#`` heading, else the URL slug's line); then a stamp line beats a short line merely
    holding a date, an "Updated" stamp yields to a plain one, and the nearest stamp above the article beats a
    site header's "today" date (with none above, the first under the article's start wins). Of several dates on a
    line the earliest is the publication; a date right after a stamp label ("Published:") counts however many
    other words share its line. A numeric date whose day and month could swap ("12/11/23") is read only in the
    month a URL path names ("/2023/12/"). Failing all, a stamp line an earlier cleaner removed just above the
    article gives the date. Copyright lines never give a date.
    """
    in_month = month_in_url(draft.url) if draft.url else None
    read = _read_stamps(draft.lines, in_month)
    stamped = read.stamped + read.labelled + read.loose
    span = body_span(draft.lines)
    above = [i for i in stamped if span is None or i < span[0]]
    if span is not None:
        # The first byline's stamp a few lines under the article's start (under a standfirst) is in its head too.
        under = (i for i in sorted(stamped) if span[0] <= i < span[0] + _BYLINE_STAMP_REACH)
        if (first := next((i for i in under if _bylines(draft.lines, i, read.edits, in_month)), None)) is not None:
            above.append(first)
    # Above the article the nearest stamp is its own; with none there, the first one under its start is.
    order = -1 if above else 1
    above = above or stamped
    in_url = date_in_url(draft.url) if draft.url else None
    if in_url is None:
        draft = _lift_under_headline(draft)
    strict = {*read.drops, *read.edits, *read.labelled}
    for i in sorted(above, key=lambda i: (i not in strict, _is_update(draft.lines[i].text, in_month), order * i)):
        line = draft.lines[i]
        absolute = _stamp_of(line.text, in_month)
        if absolute is not None and absolute.date is not None:
            if (
                in_url is not None
                and absolute.date != in_url
                and (draft.published is not None or not _bylines(draft.lines, i, read.edits, in_month))
            ):
                continue  # a date in the URL path is the publication date nine times in ten, a stamp less often
            draft = draft.lift("published", absolute.date, "meta.dates", line=line)
        elif (relative := find_relative(line.text)) is not None and relative.relative is not None:
            draft = draft.lift("published_relative", relative.relative, "meta.dates", line=line)
    if in_url is not None:
        draft = draft.lift("published", in_url, "meta.dates", origin="url")
    elif draft.published is None and span is not None:
        draft = _lift_removed_stamp(draft, draft.lines[span[0]].no)
    return draft.rewrite(read.edits, "meta.dates", "timestamp").drop(read.drops, "meta.dates", "timestamp")


@dataclass(slots=True)
class _Stamps:
    """The stamp lines of a page: those dropped or cut (``drops``, ``edits``: a byline's date cut off it), and among
    the lines a date may be lifted from, the strict stamps, those known by their label, and short lines merely
    holding a date, in page order each."""

    drops: list[int] = field(default_factory=list)
    edits: dict[int, tuple[str, str]] = field(default_factory=dict)
    stamped: list[int] = field(default_factory=list)
    labelled: list[int] = field(default_factory=list)
    loose: list[int] = field(default_factory=list)


def _read_stamps(lines: Sequence[Line], in_month: tuple[int, int] | None) -> _Stamps:
    """Every line holding a stamp, sorted as :class:`_Stamps` says; copyright lines never give one."""
    read = _Stamps()
    labels = set(lines_with_any(lines, _LABEL_KEYS))
    for i in lines_with_any(lines, _STAMP_KEYS):
        text = lines[i].text
        # The hint first: most lines with a digit hold no date or time, and it is the cheapest test.
        if not may_hold_stamp(text) or is_legal(text):
            continue
        if len(words(text)) > _MAX_STAMP_WORDS:
            if i in labels and _opening_date(text) is not None:
                read.loose.append(i)  # a field list opening on its date gives it, and stays
            continue
        if is_timestamp(text):
            read.drops.append(i)
        elif (cut := _cut_date(text, date := _find_date(text, in_month))) is not None:
            if cut[0]:
                read.edits[i] = cut
            else:
                read.drops.append(i)
        else:
            if date is not None and labelled_date(text) is not None:
                # "Anna Walsh · CBC News · Posted: Dec 22, 2023": a stamp by its label, and stays.
                read.labelled.append(i)
            elif date is not None and _is_loose_stamp(text, date):
                # A short line that merely holds a date ("World Dec 22, 2023 · 2 min read") gives one, and stays.
                read.loose.append(i)
            continue
        read.stamped.append(i)
    return read


def _bylines(
    lines: Sequence[Line], i: int, edits: dict[int, tuple[str, str]], in_month: tuple[int, int] | None
) -> bool:
    """Whether the stamp at position ``i`` is a byline's, and no update's: cut off a byline, or on one ("posted on
    Dec 19 by Anna Walsh"), or right under or over a "By" line. Its date beats the URL path's, which may be the
    story's first version ("/2018-12-03-…", republished) or a day apart across time zones."""
    text = lines[i].text
    return (
        i in edits
        or any(j is not None and _BY_START.match(lines[j].text) is not None for j in _neighbours(lines, i))
        or ((by := _BY_INSIDE.search(text)) is not None and byline_names(text[by.start() + 1 :]) is not None)
    ) and not _is_update(text, in_month)


def _neighbours(lines: Sequence[Line], i: int) -> tuple[int | None, ...]:
    """Positions of the nearest non-blank line below position ``i`` and of the two above it (a "By" over the
    name over the stamp)."""
    above = next_nonblank(lines, i, -1)
    return above, next_nonblank(lines, i), next_nonblank(lines, above, -1) if above is not None else None


def _stamp_of(text: str, in_month: tuple[int, int] | None) -> Stamp | None:
    """The date a stamp line gives: its earliest ("Updated Dec 23 / Published Dec 22"), or on a long line, where
    other fields may hold other dates, the labelled one it opens on."""
    if len(words(text)) > _MAX_STAMP_WORDS:
        return _opening_date(text)
    return earliest_date(text) or _find_date(text, in_month)


def _is_update(text: str, in_month: tuple[int, int] | None) -> bool:
    """Whether the date a stamp line gives is an update's: "Updated" or "Modified" before it ("Posted: Dec 22, 2023 |
    Last Updated: January 2" is a publication stamp)."""
    if not _UPDATED.search(text):
        return False  # most lines, at once
    stamp = _stamp_of(text, in_month)
    return bool(_UPDATED.search(text, 0, stamp.start if stamp is not None else len(text)))


def _opening_date(text: str) -> Stamp | None:
    """The date a line opens on after its label ("Date: December 18, 2023 Source: … Summary: …"), if it does."""
    stamp = find_date(text)
    if stamp is None or not only_stamp_words(text[: stamp.start]) or labelled_date(text[: stamp.end]) is None:
        return None
    return stamp


def _find_date(text: str, in_month: tuple[int, int] | None) -> Stamp | None:
    """The first date of ``text``; one whose day and month could swap ("12/11/23") only when the URL names a month
    that one reading falls in."""
    return find_date(text) or (date_in_month(text, *in_month) if in_month else None)


def _cut_date(text: str, date: Stamp | None) -> tuple[str, str] | None:
    """``(rest, date part)`` for a short line that starts or ends with a date (``date``, its first one, if any)
    beside a byline, a name or share buttons (``rest`` is empty when the whole line goes), else ``None``."""
    stamp = date or find_relative(text)
    if stamp is None:
        return None
    before, after = text[: stamp.start], text[stamp.end :]
    if not after.strip(_EDGE) or is_timestamp(after) or (before.strip(_EDGE) and _is_counter_tail(after)):
        rest = _strip_labels(before)
    elif not before.strip(_EDGE) or is_timestamp(before):
        rest = after.strip(_EDGE)
    else:
        return None
    if rest and all(w.lower() in lexicon.SHARE_WORDS for w in words(rest)):
        return "", text
    if rest and (_BYLINE.match(norm(rest)) or names_only(rest) or byline_names(rest)):
        return rest, text[len(rest) :] if text.startswith(rest) else text[: text.rindex(rest)]
    return None


def _is_counter_tail(text: str) -> bool:
    """ "12:00 PM · 3 min read", "59 comments", "2 Shares 1530 Views" (or run together, "2 Shares1530 Views"): what
    follows a stamp on a byline line."""
    tokens = _COUNT_SEAM.sub(" ", text).split()
    rest = [t for t in tokens if not t.isdigit() and t.strip(_EDGE + "!.").lower() not in lexicon.SHARE_WORDS]
    return len(rest) < len(tokens) and only_stamp_words(" ".join(rest))


def _strip_labels(text: str) -> str:
    """``text`` without the separators, labels and times ("| Updated 12:00 a.m. EST") at its end."""
    starts = [m.start() for m in _TOKEN.finditer(text)]
    cut = next((at for at in starts if only_stamp_words(text[at:])), len(text))
    return text[:cut].rstrip(_EDGE)


def _is_loose_stamp(text: str, date: Stamp) -> bool:
    """A short line holding ``date``, its first full date, and a few other words ("World Dec 22, 2023 10:59 AM
    EST · 2 min read"); the caller has passed over copyright lines."""
    if len(words(text)) > _MAX_LOOSE_WORDS:
        return False
    rest = text[: date.start] + " " + text[date.end :]
    return not rest.rstrip().endswith((".", "?", "!", '"', "”"))


def _lift_under_headline(draft: Draft) -> Draft:
    """Lift the first date a few lines under the headline, where its stamp sits: a markdown page's ``#``
    heading (read from the source: a teaser cleaner may have taken the stamp line), else the URL slug's line."""
    if draft.format == "markdown" and (under := under_heading(draft.source, _HEADLINE_STAMP_REACH)):
        found = ((Line(no, source_line(draft.source, no)), text) for no, text in under)
    elif (headline := slug_line(draft)) is not None:
        found = ((line, line.text) for line in draft.lines[headline + 1 : headline + 1 + _HEADLINE_STAMP_REACH])
    else:
        return draft
    for line, text in found:
        if not _DIGIT.search(text):
            continue  # every date has a year: most lines are passed over without a closer look
        stamp = earliest_date(text) if len(words(text)) <= _MAX_STAMP_WORDS and not is_legal(text) else None
        if stamp is not None and stamp.date is not None and not _in_a_sentence(text, stamp.start, stamp.end):
            return draft.lift("published", stamp.date, "meta.dates", line=line)
    return draft


def _lift_removed_stamp(draft: Draft, start: int) -> Draft:
    """Lift the date of the nearest stamp line an earlier cleaner removed a few lines above source line ``start``,
    where the article begins: a teaser cleaner may take the headline block, stamp and all, for a teaser."""
    for no in reversed(removed_lines(draft)):
        if no >= start:
            continue
        if no < start - _HEADLINE_STAMP_REACH:
            break
        text = source_line(draft.source, no)
        if len(words(text)) > _MAX_LOOSE_WORDS or not may_hold_stamp(text) or is_legal(text):
            continue
        if (stamp := _stamp_alone(text)) is not None and stamp.date is not None:
            return draft.lift("published", stamp.date, "meta.dates", line=Line(no, text))
    return draft


def _stamp_alone(text: str) -> Stamp | None:
    """The date of a line that is a stamp, labels aside ("last updated 22 December 2023", "AFP / Updated: …")."""
    stamp = earliest_date(text)
    if stamp is not None and only_stamp_words(text[: stamp.start]):
        return stamp
    return labelled_date(text)


def _in_a_sentence(text: str, start: int, end: int) -> bool:
    """A date inside a sentence of a caption or the body, not a stamp: words other than stamp labels before it, and
    a full stop right after it ("Diana wore the dress in Florence on April 23, 1985.") or a clause before it, told
    by its run of lowercase words ("Snow is blown from a cannon near the summit, Thursday, Dec. 21, 2023, in …";
    a byline's "and", "by" and "on" are too few)."""
    before = text[:start]
    if len(words(before)) <= 3 or only_stamp_words(before):
        return False
    return text[end:].lstrip().startswith(".") or _lowercase_words(before) >= _CLAUSE_WORDS


def _lowercase_words(text: str) -> int:
    """How many words of ``text`` are lowercase and no stamp label."""
    return sum(1 for w in words(text) if w.islower() and w not in _DATE_LABELS)
