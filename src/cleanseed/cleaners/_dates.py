"""Find calendar dates, times of day and relative timestamps ("4 days ago") in a line."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from .._url import url_path
from . import lexicon
from ._text import LETTER_OR_DIGIT, MAX_FEATURE_CHARS

_MONTH = "|".join(sorted(lexicon.MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(lexicon.WEEKDAYS, key=len, reverse=True))
_ZONE = "|".join(sorted(lexicon.TIME_ZONES, key=len, reverse=True))
_LABEL = "|".join(re.escape(w) for w in sorted(lexicon.DATE_LABELS, key=len, reverse=True))
_UNIT = "|".join(sorted(lexicon.RELATIVE_UNITS, key=len, reverse=True))


def _initials(*names: str) -> str:
    """The first characters of ``names``, escaped for a character class.

    ``re`` tries each alternative of a pattern at every position of a line; a lookahead for the characters a match
    can start with turns most positions away in one step (case is ignored alike in the class and in the words).
    """
    return "".join(re.escape(c) for c in sorted({name[0] for name in names}))


# A month name may be glued to the name before it ("By Pramod ThomasMar 06, 2026", "By Desirée ODec. 18, 2023"),
# so a step from a lowercase letter, or from a capital, to a capitalised word counts as a word start; the
# lookarounds stay case-sensitive.
_START = r"(?:(?<![^\W\d_])|(?-i:(?<=[a-z])(?=[A-Z]))|(?-i:(?<=[A-Z])(?=[A-Z][a-z])))"
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{}>(?:19|20)\d\d)"
_YEAR_END = r"(?:(?!\d)|(?=[0-2]?\d:[0-5]\d)|(?=\d{1,7}\s?[^\W\d_]))"
"""After a year written out beside a month name: no digit, unless a time or a count is glued on ("Dec 20, 20236:46
PM", "Dec 05, 20232 Shares")."""
_DATE = re.compile(
    rf"(?=[\d{_initials(*lexicon.MONTHS)}])(?:"
    rf"{_START}(?P<m1>{_MONTH})\.?\s{{1,3}}{_DAY.format('d1')},?\s{{1,3}}{_YEAR.format('y1')}{_YEAR_END}"
    rf"|(?<!\d){_DAY.format('d2')}\s{{1,3}}(?:of\s{{1,3}})?(?P<m2>{_MONTH})\.?,?\s{{1,3}}{_YEAR.format('y2')}{_YEAR_END}"
    rf"|(?<!\d){_YEAR.format('y3')}[-/](?P<m3>[01]?\d)[-/](?P<d3>[0-3]?\d)(?!\d)"
    rf"|(?<![\d.])(?P<a4>[0-3]?\d)(?P<s4>[/.-])(?P<b4>[0-3]?\d)(?P=s4){_YEAR.format('y4')}(?!\d)"
    # A two-digit year ("By Anna Walsh • 12/18/23 4:02pm") only with slashes or dashes: "1.13.24" is a version.
    rf"|(?<![\d./-])(?P<a5>[0-3]?\d)(?P<s5>[/-])(?P<b5>[0-3]?\d)(?P=s5)(?P<y5>\d\d)(?![\d/-]|\.\d))",
    re.I,
)
_TIME = re.compile(
    r"(?=[\dT])(?:"
    rf"(?<![\d:])[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?m\.?)?(?:\s{{0,2}}\(?(?:{_ZONE})\)?)?(?![\w:])"
    rf"|(?<![\d:.])[0-2]?\d\.[0-5]\d\s?(?:[ap]\.?m\.?|(?:{_ZONE})(?!\w))"
    rf"|(?<![\d:])[01]?\d\s?[ap]\.?m\.?(?:\s{{0,2}}\(?(?:{_ZONE})\)?)?(?!\w)"
    rf"|T[0-2]\d:[0-5]\d(?::[0-5]\d)?(?:\.\d{{1,6}})?(?:Z|[+-]\d\d:?\d\d)?)",
    re.I,
)
_RELATIVE = re.compile(
    rf"(?<!\w)(?:\d{{1,3}}\s{{0,2}}|(?:an?|one)\s{{1,2}})(?:{_UNIT})\.?\s{{1,2}}ago(?!\w)"
    r"|(?<!\w)(?:just now|yesterday)(?!\w)",
    re.I,
)
_STAMP_LABEL = "|".join(re.escape(w) for w in sorted(lexicon.STAMP_LABELS, key=len, reverse=True))
_LABELLED = re.compile(rf"{_START}(?:{_STAMP_LABEL})(?:\s{{1,3}}on)?\s{{0,3}}:?\s{{0,3}}$", re.I)
"""A stamp label closing the text before a date, perhaps glued to a name ("Rose MinutaglioPublished: ")."""
_LABEL_REACH = max(map(len, lexicon.STAMP_LABELS)) + 12
"""How far before a date its label may start: the longest label, " on", a colon and spaces."""
_URL_DATE = re.compile(
    rf"/(?P<y1>(?:19|20)\d\d)/(?P<m1>[01]?\d|{_MONTH})/(?P<d1>[0-3]?\d)(?:/|$)"
    r"|(?<![\w])(?P<y2>(?:19|20)\d\d)-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)(?![\d])"
)
"""``/2023/12/21/`` or ``/2023/dec/21/`` as path segments, or ``2023-12-21`` inside one: a slug starting with a
number ("/2023/12/16-new-officers") is no day."""
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)(?:/|$)")
_SHORT_NUMERIC_DATE = re.compile(r"(?<![\d/.])[01]?\d[/.][0-3]?\d[/.]\d\d(?![\d/.])")
_FILLER = re.compile(
    rf"(?=[{_initials(*lexicon.DATE_LABELS, *lexicon.WEEKDAYS, *lexicon.TIME_ZONES)}])"
    rf"(?<!\w)(?:{_LABEL}|{_WEEKDAY}|{_ZONE})\.?(?!\w)",
    re.I,
)
_DIGIT = re.compile(r"\d")
_CAPS_SEAM = re.compile(r"\b([A-Z]{2,5})(?=[A-Z][a-z])")
"""A zone run into the next label, as captures join a stamp's parts ("1:17 AM ESTUpdated Fri, Dec 22")."""
_CENTURY_PIVOT = 69
"""A two-digit year is 19xx from here up and 20xx below, as POSIX ``strptime`` reads ``%y``."""
_CACHED_LINES = 1 << 12
"""The teaser, date, byline and title cleaners ask the same of the same lines in turn; a page has far fewer."""
_T = TypeVar("_T")

# Cheap necessary conditions, tested before the full patterns, which cost tens of microseconds on a line of
# prose: every date has a four-digit year, every time a digit beside ``:``, ``.`` or am/pm, and every
# relative stamp one of three words. They start with a digit or a literal, so ``re`` scans for them in C.
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")
_NUMERIC_DATE_HINT = re.compile(r"\d[-/.]\d")
_SHORT_YEAR_HINT = re.compile(r"\d[/-]\d\d?[/-]\d\d")
_MONTH_HINT = re.compile("|".join(sorted({name[:3] for name in lexicon.MONTHS} | {"\u017fep"})))
"""Searched in lowercased text: every month name starts with its abbreviation, and ``re`` ignoring case lets a
long s (U+017F, which ``str.lower`` keeps) stand for the "s" of "sep"."""
_TIME_HINT = re.compile(r"\d(?:[:.]\d|\s?[apAP])")
_SHORT_DATE_HINT = re.compile(r"\d[/.]\d")
_ANY_STAMP_HINT = re.compile(r"\d(?:[:.]\d|\s?[apAP]|\d\d\d|[/-]\d\d?[/-]\d)")
"""The year, short-year and time hints at once, a little looser (any four digits for a year, digits about two slashes
or dashes for "12-22-23"): one scan for a line of digits."""
_RELATIVE_WORDS = ("ago", "yesterday", "just now")
STAMP_KEYS = (*"0123456789", *_RELATIVE_WORDS)
"""Every stamp has a digit or a relative word: lines without one need no closer look."""


def _may_hold_date(text: str) -> bool:
    """A cheap exact first test for ``_DATE``: a year, and a month name or digits around a separator; or the
    digits and separators of a date with a two-digit year."""
    if _YEAR_HINT.search(text):
        return bool(_NUMERIC_DATE_HINT.search(text) or _MONTH_HINT.search(text.lower()))
    return bool(_SHORT_YEAR_HINT.search(text))


def may_hold_stamp(text: str) -> bool:
    """A cheap exact first test: ``False`` when ``text`` can hold no date, time or relative stamp."""
    return bool(_ANY_STAMP_HINT.search(text)) or _may_be_relative(text)


def _may_be_relative(text: str) -> bool:
    return any(map(text.lower().__contains__, _RELATIVE_WORDS))


@dataclass(frozen=True, slots=True)
class Stamp:
    """What a timestamp line says: an absolute date, or a relative phrase, and where it sits."""

    date: dt.date | None
    relative: str | None
    start: int
    end: int


def _remembered(function: Callable[[str], _T]) -> Callable[[str], _T]:
    """``function`` of a line, remembered for lines up to ``MAX_FEATURE_CHARS`` (the cache must not hold a long line
    whole)."""
    cached = functools.lru_cache(maxsize=_CACHED_LINES)(function)

    @functools.wraps(function)
    def call(text: str) -> _T:
        return cached(text) if len(text) <= MAX_FEATURE_CHARS else function(text)

    return call


@_remembered
def find_date(text: str) -> Stamp | None:
    """The first valid calendar date in ``text`` (impossible dates such as 31/02 are skipped)."""
    return next(_stamps(text), None)


def earliest_date(text: str) -> Stamp | None:
    """The earliest valid calendar date in ``text``: of "Updated Dec 23 / Published Dec 22", the publication."""
    return min(_stamps(text), key=lambda stamp: stamp.date or dt.date.max, default=None)


def labelled_date(text: str) -> Stamp | None:
    """The first date right after a stamp label ("Date: December 18, 2023", "As told to Rose MinutaglioPublished:
    Mar 09, 2023"): a page's own stamp though other words share its line."""
    for stamp in _stamps(text):
        if _LABELLED.search(text, max(0, stamp.start - _LABEL_REACH), stamp.start):
            return stamp
    return None


def _stamps(text: str) -> Iterator[Stamp]:
    """Every valid calendar date in ``text``, in order."""
    if not _may_hold_date(text):
        return
    for match in _DATE.finditer(text):
        if (date := _to_date(match)) is not None:
            yield Stamp(date, None, match.start(), match.end())


def date_in_url(url: str) -> dt.date | None:
    """The publication date a URL path spells ("/2023/12/21/…", "/news/2023-12-21-…"), or ``None``."""
    path = url_path(url)
    match = _URL_DATE.search(path) if _YEAR_HINT.search(path) else None
    if match is None:
        return None
    year, month, day = match.group("y1", "m1", "d1") if match.group("y1") else match.group("y2", "m2", "d2")
    try:
        return dt.date(int(year), lexicon.MONTHS[month] if month.isalpha() else int(month), int(day))
    except ValueError:
        return None


def month_in_url(url: str) -> tuple[int, int] | None:
    """The year and month a URL path spells without a day ("/2023/12/slug"), or ``None``."""
    path = url_path(url)
    match = _URL_MONTH.search(path) if _YEAR_HINT.search(path) else None
    return (int(match.group("y")), int(match.group("m"))) if match and 1 <= int(match.group("m")) <= 12 else None


def date_in_month(text: str, year: int, month: int) -> Stamp | None:
    """The first date of ``text`` that falls in ``month`` of ``year``: of a numeric date whose day and month could
    swap ("12/11/23"), the reading in that month (the month a URL path names)."""
    if not _may_hold_date(text):
        return None
    for match in _DATE.finditer(text):
        for date in _readings(match):
            if (date.year, date.month) == (year, month):
                return Stamp(date, None, match.start(), match.end())
    return None


def find_relative(text: str) -> Stamp | None:
    """The first relative timestamp in ``text``, lowercased ("4 days ago")."""
    match = _RELATIVE.search(text) if _may_be_relative(text) else None
    if match is None:
        return None
    return Stamp(None, " ".join(match.group(0).lower().split()), match.start(), match.end())


def only_stamp_words(text: str) -> bool:
    """True when ``text`` has nothing but dates, times, zones, weekdays and labels ("Updated 00:00 GMT")."""
    if _CAPS_SEAM.search(text):
        text = _CAPS_SEAM.sub(r"\1 ", text)
    if _may_hold_date(text):
        text = _DATE.sub(" ", text)
    if _may_be_relative(text):
        text = _RELATIVE.sub(" ", text)
    if _TIME_HINT.search(text):
        text = _TIME.sub(" ", text)
    # Every match left to find opens on a word (a label) or a digit (a short date): the first word left, if it is
    # neither, stays. Most texts are told so ("By Anna Walsh"), without the label substitution.
    first = LETTER_OR_DIGIT.search(text)
    if first is None:
        return True
    if not _DIGIT.match(first.group()) and not _FILLER.match(text, first.start()):
        return False
    text = _FILLER.sub(" ", text)
    if _SHORT_DATE_HINT.search(text):
        text = _SHORT_NUMERIC_DATE.sub(" ", text)
    return not LETTER_OR_DIGIT.search(text)


@_remembered
def is_timestamp(text: str) -> bool:
    """True when ``text`` holds a date, time or relative stamp and nothing else but labels."""
    has_stamp = (
        (_may_hold_date(text) and _DATE.search(text))
        or (_may_be_relative(text) and _RELATIVE.search(text))
        or (_TIME_HINT.search(text) and _TIME.search(text))
    )
    if not has_stamp:
        return False
    # "05/06/22" is a stamp too, though its order (May or June) is too uncertain to lift.
    return only_stamp_words(text)


def _to_date(match: re.Match[str]) -> dt.date | None:
    # 03/06/2026 is March in New York and June in London: only an order-proof date is trusted.
    readings = _readings(match)
    return readings[0] if len(readings) == 1 else None


def _readings(match: re.Match[str]) -> list[dt.date]:
    """The valid dates a ``_DATE`` match may mean: one, or for a numeric date whose day and month could swap, two."""
    groups = match.groupdict()
    try:
        if groups["m1"]:
            return [dt.date(int(groups["y1"]), lexicon.MONTHS[groups["m1"].casefold()], int(groups["d1"]))]
        if groups["m2"]:
            return [dt.date(int(groups["y2"]), lexicon.MONTHS[groups["m2"].casefold()], int(groups["d2"]))]
        if groups["m3"]:
            return [dt.date(int(groups["y3"]), int(groups["m3"]), int(groups["d3"]))]
    except ValueError:
        return []
    if groups["a4"]:
        first, second, year = int(groups["a4"]), int(groups["b4"]), int(groups["y4"])
    else:
        first, second, year = int(groups["a5"]), int(groups["b5"]), int(groups["y5"])
        year += 1900 if year >= _CENTURY_PIVOT else 2000
    found = []
    for month, day in dict.fromkeys([(first, second), (second, first)]):
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            continue
    return found
