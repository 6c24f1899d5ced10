"""Line features the rule cleaners share: markup-free text, word counts, prose and headline shapes."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TypeVar, cast

from ..document import Draft, Line

_T = TypeVar("_T")

_LIST_MARK = re.compile(r"\s{0,8}([*+•·▪-]|\d{1,3}[.)])\s")
_MIN_INTRO_WORDS = 5
"""Words of a sentence introducing a list: "Sections:" or "Follow us:" over a menu are labels, not sentences."""
MAX_FEATURE_CHARS = 2000
"""Features look at this many characters of a line; chrome is short, and a 5 MB line must stay cheap."""

_LEADING_MARKUP = " \t#>*+•·▪►▶▼|_~-–—"
_TRAILING_MARKUP = " \t*_~|"
_INLINE_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")
_WORD = re.compile(r"\w+(?:['’.-]\w+){0,4}")
ASCII_WORD_BYTES = bytes(c if c < 128 and (chr(c).isalnum() or chr(c) == "_") else 0x20 for c in range(256))
"""A ``bytes.translate`` table keeping ASCII letters, digits and "_" and making every other byte a space: the words
of an ASCII copy of a text are then split, or found between spaces, in C."""
EMAIL_ADDRESS = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
"""An e-mail address, its parts bounded by an address's own limits: with ``+`` a long run of word characters before
an "@" took quadratic time, every start in the run scanning to its end."""
PRICE = r"[$£€]\s?\d{1,7}(?:[.,]\d{1,3}){0,3}"
"""A price ("$18", "£1,299.99"): a product card's price line and a roundup's product rows hold them."""
TOP_HEADING = re.compile(r"^#\s{1,3}\S")
"""A markdown top-level heading ("# Headline"): a story's headline, or the next story's."""
PARAGRAPH_WORDS = 15
"""Words enough for a paragraph of the body."""
_SIGNED_QUOTE = re.compile(r"[.!?…][\"”’]\s{0,2}[—–]\s{0,2}[^\s.!?][^.!?]{0,100}$")
"""A quotation closed and signed after a dash ("… of the norm.” —Laetitia Gorra, Roarke Design Studio")."""
_SIGNATURE_REACH = 120
LETTER_OR_DIGIT = re.compile(r"[^\W_]")
"""What makes a line one of words rather than of symbols ("|", "* * *", "____")."""
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]{0,3}$")
"""Searched in a line's last four characters only: a mark and at most three closing quotes or brackets."""


_CACHED_LINES = 1 << 16
"""Each cleaner asks for the same few features of the same lines; a page has far fewer distinct lines."""


def plain(text: str) -> str:
    """``text`` without markdown emphasis, heading marks, bullets or quote marks at its edges."""
    return _plain(text[:MAX_FEATURE_CHARS])


def norm(text: str) -> str:
    """Lowercase markup-free text with single spaces and no trailing ``:|»›>`` decoration."""
    return _norm(text[:MAX_FEATURE_CHARS])


def words(text: str) -> tuple[str, ...]:
    """The words of ``text`` (markup ignored, first ``MAX_FEATURE_CHARS`` characters only)."""
    return _words(text[:MAX_FEATURE_CHARS])


def is_prose(text: str, min_words: int = 5) -> bool:
    """A sentence-like line: enough words and sentence punctuation at the end."""
    count, sentence_end = _shape(text[:MAX_FEATURE_CHARS])
    return count >= min_words and sentence_end


@lru_cache(maxsize=_CACHED_LINES)
def _plain(text: str) -> str:
    if "*" in text or "_" in text:
        text = _INLINE_EMPHASIS.sub("", text)
    return text.lstrip(_LEADING_MARKUP).rstrip(_TRAILING_MARKUP)


@lru_cache(maxsize=_CACHED_LINES)
def _norm(text: str) -> str:
    return " ".join(_plain(text).split()).rstrip(":|»›>·•-–— ").lower()


@lru_cache(maxsize=_CACHED_LINES)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(_plain(text)))


@lru_cache(maxsize=_CACHED_LINES)
def _shape(text: str) -> tuple[int, bool]:
    body = _plain(text).rstrip()
    return len(_words(text)), bool(_SENTENCE_END.search(body[-4:]))


def is_headline(text: str, max_words: int = 25) -> bool:
    """A headline-like line: a few words starting with a capital or digit, no full stop at the end."""
    body = plain(text).strip()
    count = len(words(body))
    if not 2 <= count <= max_words or body.endswith((".", ",", ";", ":")):
        return False
    return body[:1].isupper() or body[:1].isdigit() or body[:1] in "\"'“‘"


def is_sentence(text: str) -> bool:
    """Prose that is not a headline: "What is AI and how does it work?" is a headline, not body."""
    return is_prose(text) and not is_headline(text)


def reads_as_body(text: str) -> bool:
    """A sentence, or a paragraph's length of quotation signed after its closing mark ("… a good balance.” —Studio
    O+A"): no menu item or topic tag runs on past such a line."""
    if is_sentence(text):
        return True
    return len(words(text)) >= PARAGRAPH_WORDS and _SIGNED_QUOTE.search(text[-_SIGNATURE_REACH:]) is not None


def is_paragraph(text: str, min_words: int = PARAGRAPH_WORDS) -> bool:
    """A line no run of chrome goes past: one that reads as the body's, or ``min_words`` words (a capture may cut a
    paragraph's end, "… bringing in the revolution in the technical world-")."""
    return reads_as_body(text) or len(words(text)) >= min_words


def introduced_lists(lines: Sequence[Line]) -> frozenset[int]:
    """Positions of the bulleted or numbered lists a sentence ending in a colon introduces ("The full list of winners
    is below:"): the story's own, however short their items, so no menu or tag run takes them."""
    return page_memo(lines, "introduced_lists", lambda: frozenset(_introduced_lists(lines)))


def _introduced_lists(lines: Sequence[Line]) -> Iterator[int]:
    for i, line in enumerate(lines):
        text = line.text
        # The colon test is a method call; the prose test, under it, reads the line's words.
        if not text.rstrip().endswith(":") or not is_prose(text, _MIN_INTRO_WORDS):
            continue
        first = next_nonblank(lines, i)
        if first is None:
            continue
        # The items opening with the first item's mark. Unmarked items have no end a reader can tell: HTML text puts
        # no blank line between paragraphs.
        mark = list_mark(lines[first].text)
        j: int | None = first
        while mark and j is not None and list_mark(lines[j].text) == mark:
            yield j
            j = next_nonblank(lines, j)


def list_mark(text: str) -> str:
    """A list item's mark: its bullet, or "1." for any number and stop ("" for none)."""
    match = _LIST_MARK.match(text)
    if match is None:
        return ""
    mark = match.group(1)
    return "1" + mark[-1] if mark[0].isdigit() else mark


def body_span(lines: Sequence[Line], min_words: int = 15) -> tuple[int, int] | None:
    """Positions of the first and last long prose lines: chrome sits outside this span."""
    return page_memo(lines, ("body_span", min_words), lambda: _body_span(lines, min_words))


def _body_span(lines: Sequence[Line], min_words: int) -> tuple[int, int] | None:
    # Words are parted by at least one character, so a line of fewer than 2n - 1 characters holds fewer than n
    # words: the short lines (menus, blank lines: most of the chrome over and under a body) are never read.
    shortest = 2 * min_words - 1
    first = next((i for i, ln in enumerate(lines) if len(ln.text) >= shortest and is_prose(ln.text, min_words)), None)
    if first is None:
        return None
    backwards = range(len(lines) - 1, -1, -1)
    last = next(i for i in backwards if len(lines[i].text) >= shortest and is_prose(lines[i].text, min_words))
    return first, last


def page_memo(lines: Sequence[Line], key: Hashable, compute: Callable[[], _T]) -> _T:
    """``compute()``, remembered under ``key`` for as long as the cleaners look at these very lines.

    Several cleaners ask in turn for the same page-wide values (the body span, the lowercased page), and
    most drop nothing, so the next one usually sees the same lines tuple; only the last page is kept.
    """
    global _memo
    cached_lines, values = _memo
    if cached_lines is not lines:
        values = {}
        _memo = (lines, values)
    if key not in values:
        values[key] = compute()
    return cast(_T, values[key])


_memo: tuple[Sequence[Line] | None, dict[Hashable, object]] = (None, {})


def removed_lines(draft: Draft) -> list[int]:
    """Source lines earlier cleaners removed whole (not a link target cut from a kept line), in order."""
    return sorted({n for r in draft.removed if not r.partial for n in range(r.first_line, r.last_line + 1)})


def next_nonblank(lines: Sequence[Line], i: int, step: int = 1) -> int | None:
    """Position of the nearest non-blank line after (or with ``step=-1`` before) position ``i``."""
    j = i + step
    while 0 <= j < len(lines):
        if not lines[j].blank:
            return j
        j += step
    return None


def phrase_regex(phrases: Iterable[str], *, prefix: bool = False) -> re.Pattern[str]:
    """Match a normalised line that is one of ``phrases`` (or starts with one, with ``prefix``)."""
    alternatives = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    tail = r"(?:\W.*)?$" if prefix else r"[\s\d\W]{0,20}$"
    return re.compile(rf"^(?:{alternatives}){tail}", re.S)
