"""Sentence and quoted-speech spans as character offsets, found in one linear pass each.

Every span is a half-open ``(start, end)`` pair of offsets into the text it came from,
so signals can point at evidence without copying it.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Sequence

__all__ = ["Span", "inner", "inside", "mask", "paragraphs", "quote_spans", "sentences"]

Span = tuple[int, int]

# Tokens ending in a period that rarely end a sentence: titles, months, corporate
# suffixes, Latin shorthand. Compared in lower case, without the final period.
ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "messrs",
        "dr",
        "prof",
        "sen",
        "rep",
        "reps",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "cpl",
        "pvt",
        "st",
        "ste",
        "rev",
        "hon",
        "pres",
        "supt",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "llc",
        "plc",
        "bros",
        "dept",
        "univ",
        "assn",
        "est",
        "approx",
        "vs",
        "etc",
        "al",
        "fig",
        "no",
        "nos",
        "vol",
        "pp",
        "ed",
        "eds",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "ave",
        "blvd",
        "rd",
        "mt",
        "ft",
    }
)

# One alternative per end mark, each opening with that literal character: the regex engine then
# jumps from one candidate character to the next instead of trying every position.
_CLOSERS = "[\"'\u201d\u2019)\\]]*(?=\\s)"
_SENTENCE_END = re.compile(
    "|".join([*(re.escape(mark) + f"[.!?]*{_CLOSERS}" for mark in ".!?"), f"\u2026{_CLOSERS}", "\n"])
)
_NEXT_START = re.compile("\\s*(?:''|``|[\"'\u201c\u2018(\\[])?[A-Z0-9\u00c0-\u00de]")
_WORD_BEFORE = re.compile(r"(\w+(?:\.\w+){0,8})\.$")
_PARAGRAPH = re.compile(r"[^\n]+")

_OPEN_DOUBLE = "\u201c"
_CLOSE_DOUBLE = "\u201d"
_OPEN_SINGLE = "\u2018"
_CLOSE_SINGLE = "\u2019"


def sentences(text: str) -> tuple[Span, ...]:
    """Sentence spans, trimmed of surrounding whitespace; a line break always ends a sentence."""
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group() != "\n" and not _ends_sentence(text, match.start(), end):
            continue
        _add_trimmed(spans, text, start, end)
        start = end
    _add_trimmed(spans, text, start, len(text))
    return tuple(spans)


def _ends_sentence(text: str, punct_start: int, end: int) -> bool:
    """Whether the punctuation at ``punct_start`` closes a sentence (not an abbreviation)."""
    if not _NEXT_START.match(text, end, min(len(text), end + 8)):
        return False
    if text[punct_start] != "." or text[punct_start : punct_start + 2] == "..":
        return True
    reach = max(0, punct_start - 40)
    # The word holds no space, so the search may start after the last one: from further back it
    # would try, and fail, at every position in between.
    reach = max(reach, text.rfind(" ", reach, punct_start) + 1)
    word = _WORD_BEFORE.search(text, reach, punct_start + 1)
    if word is None:
        return True
    token = word.group(1)
    if "." in token:  # U.S., a.m., e.g.: dotted shorthand rarely ends news sentences
        return False
    if len(token) == 1 and token.isupper():  # an initial: "J. K. Rowling"
        return False
    return token.lower() not in ABBREVIATIONS


def _add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    body = piece.lstrip()
    if body:
        start += len(piece) - len(body)
        spans.append((start, start + len(body.rstrip())))


def paragraphs(text: str) -> tuple[Span, ...]:
    """Spans of the non-empty lines; cleaned text puts one paragraph on each line."""
    return tuple(m.span() for m in _PARAGRAPH.finditer(text) if not m.group().isspace())


def quote_spans(text: str) -> tuple[Span, ...]:
    """Quoted-speech spans, quote marks included: curly and straight double quotes, and single curly quotes.

    Two apostrophes (``''``) read as a straight double mark and two backticks as an opening
    one, the typewriter convention kept in some newswire archives.

    A quote ends with its paragraph unless the next paragraph reopens it (the
    convention for quotes running over several paragraphs), so an unbalanced mark
    never swallows the rest of the document. Single quotes inside double quotes
    belong to the outer span; elsewhere single curly marks count only when they pair up as
    quote marks, not as apostrophes.
    """
    doubles: list[Span] = []
    open_at: int | None = None
    width = 1  # of the mark that opened the quote
    previous_end = 0
    lines = paragraphs(text)
    for p_start, p_end in lines:
        scan_from = p_start
        if open_at is not None:
            lead = _first_visible(text, p_start, p_end)
            reopening = _REOPENING.match(text, lead, p_end)
            if reopening and p_end - open_at <= MAX_QUOTE_CHARS:
                scan_from = reopening.end()
            else:
                doubles.append((open_at, previous_end))
                open_at = None
        lead = _first_visible(text, p_start, p_end)
        depth = 0  # curly quotes nested in curly quotes ("he calls \u201chell\u201d")
        for mark in _DOUBLE_MARK.finditer(text, scan_from, p_end):
            at = mark.start()
            if open_at is None:
                # A closing mark that opens a paragraph is a typo for an opening one.
                if (mark.group() != _CLOSE_DOUBLE or at == lead) and _opens(text, mark.end(), p_end):
                    open_at = at
                    width = len(mark.group())
            elif mark.group() in _OPEN_ONLY:
                depth += 1
            elif depth and mark.group() == _CLOSE_DOUBLE:
                depth -= 1
            elif len(mark.group()) == width:  # '' closes only what '' or `` opened, " only what " opened
                doubles.append((open_at, mark.end()))
                open_at = None
        previous_end = p_end
    if open_at is not None:
        doubles.append((open_at, previous_end))
    merged: list[Span] = []
    for span in sorted(doubles + _single_quote_spans(text, lines, doubles)):
        if merged and span[0] < merged[-1][1]:
            # A double quote nested in a single-quoted one: keep the outer span.
            merged[-1] = (merged[-1][0], max(merged[-1][1], span[1]))
        else:
            merged.append(span)
    return tuple(merged)


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end - 1 and text[start].isspace():
        start += 1
    return start


def _opens(text: str, after: int, end: int) -> bool:
    """A straight or curly mark ending at ``after`` opens a quote when text follows it on the same line."""
    return after < end and not text[after].isspace()


def _single_quote_spans(text: str, lines: Sequence[Span], doubles: Sequence[Span]) -> list[Span]:
    """Single curly quote spans outside double quotes: opener after a space, closer before a space."""
    spans: list[Span] = []
    if _OPEN_SINGLE not in text:  # no span opens without one
        return spans
    for p_start, p_end in lines:
        open_at: int | None = None
        for mark in _SINGLE_MARK.finditer(text, p_start, p_end):
            at = mark.start()
            if inside(doubles, at):
                continue
            if open_at is None:
                before = text[at - 1] if at > p_start else " "
                after_space = before.isspace() or before in _BEFORE_OPENING_SINGLE
                if mark.group() == _OPEN_SINGLE and after_space and _opens(text, at + 1, p_end):
                    open_at = at
            elif mark.group() == _CLOSE_SINGLE and not text[at - 1].isspace():
                after = text[at + 1] if at + 1 < p_end else " "
                if after.isspace() or after in _AFTER_CLOSING_SINGLE:
                    spans.append((open_at, at + 1))
                    open_at = None
    return spans


def inner(text: str, span: Span) -> Span:
    """A quote span without its marks: one character each side, two for a two-character mark."""
    start, end = span
    start += 2 if text.startswith(_TWO_CHAR_MARKS, start, end) else 1
    end -= 2 if end - start >= 2 and text.startswith("''", end - 2, end) else 1
    return (start, max(start, end))


def inside(spans: Sequence[Span], offset: int) -> bool:
    """Whether ``offset`` falls inside one of the sorted, non-overlapping ``spans``."""
    i = bisect_right(spans, (offset, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def mask(text: str, spans: Sequence[Span]) -> str:
    """The text with every character inside ``spans`` blanked to a space; offsets stay valid."""
    parts: list[str] = []
    cursor = 0
    for start, end in spans:
        if start < cursor:
            start = cursor
        if start >= end:
            continue
        parts.append(text[cursor:start])
        parts.append("\n".join(" " * len(line) for line in text[start:end].split("\n")))
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)


MAX_QUOTE_CHARS = 20_000
# Every alternative a literal, so the regex engine jumps from one candidate mark to the next.
_DOUBLE_MARK = re.compile("\"|\u201c|\u201d|''|``")
_SINGLE_MARK = re.compile("[\u2018\u2019]")
_REOPENING = re.compile("[\"\u201c]|''|``")
_OPEN_ONLY = frozenset({_OPEN_DOUBLE, "``"})
_TWO_CHAR_MARKS = ("''", "``")
_BEFORE_OPENING_SINGLE = frozenset("([-\u2013\u2014")
_AFTER_CLOSING_SINGLE = frozenset(',.;:!?)]-\u2013\u2014"\u201d')
