"""The page footer: copyright and legal lines, and rows of footer links."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import Draft, Line
from . import lexicon
from ._base import cleaner
from ._scan import lines_with_any, norm_keys, scan_keys
from ._text import body_span, is_paragraph, is_prose, norm, words

_STRONG = re.compile("|".join(lexicon.LEGAL_STRONG))
_WEAK = re.compile("|".join(lexicon.LEGAL_WEAK))
_FOOTER_ITEM = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in sorted(lexicon.FOOTER_NAV_PHRASES, key=len, reverse=True)) + r")$"
)
_FOOTER_START = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in sorted(lexicon.FOOTER_NAV_PHRASES, key=len, reverse=True)) + r")\b"
)
_MAX_FOOTER_CHARS = 300
_FOOTER_NAV_KEYS = norm_keys(lexicon.FOOTER_NAV_PHRASES)
_LEGAL_KEYS = scan_keys(lexicon.LEGAL_KEYS)
_SEPARATORS = re.compile(r"\s*(?:[|•·/]|\s{2,}|\u2022)\s*")
_MAX_NOTICE_WORDS = 150
_MIN_SENTENCE_WORDS = 5
_MIN_PARAGRAPH_WORDS = 30
"""Words that make a line without its stop a paragraph, not a legal line: twice the body's ``PARAGRAPH_WORDS``, as a
teaser's headline can run to fifteen ("Mickey Mouse, Long a Symbol in Copyright Wars, to Enter Public Domain: …")."""


def is_legal(text: str) -> bool:
    """A copyright notice: ``©``, "All rights reserved", "Copyright 2026 …" and the like."""
    return bool(_STRONG.search(norm(text)))


@cleaner("footer.legal")
def legal(draft: Draft) -> Draft:
    """Drop copyright lines anywhere, and terms/privacy lines outside the article body."""
    lines = draft.lines
    drops = []
    for i in lines_with_any(lines, _LEGAL_KEYS):
        line = lines[i]
        low = line.text.lower()
        if not (_STRONG.search(low) or _WEAK.search(low)) or len(words(line.text)) > _MAX_NOTICE_WORDS:
            continue
        text = norm(line.text)
        # The body span costs a pass over the page: only a prose line of weak legal wording needs it.
        if _STRONG.search(text) or (_WEAK.search(text) and not _body_paragraph(lines, i)):
            drops.append(i)
    return draft.drop(drops, "footer.legal", "copyright or legal line")


def _body_paragraph(lines: Sequence[Line], i: int) -> bool:
    """Whether the line at ``i`` is a paragraph lying strictly between the first and last long prose lines."""
    if not is_paragraph(lines[i].text, _MIN_PARAGRAPH_WORDS):
        return False
    span = body_span(lines)
    return span is not None and span[0] < i < span[1]


@cleaner("footer.nav")
def footer_nav(draft: Draft) -> Draft:
    """Drop footer link rows: a line of several footer entries anywhere, a single entry after the last sentence."""
    lines = draft.lines
    # A footer row opens with a footer entry: the page index names the few lines holding one, then a literal test.
    rows = {
        i: count
        for i in lines_with_any(lines, _FOOTER_NAV_KEYS)
        if len(text := lines[i].text) <= _MAX_FOOTER_CHARS
        and norm(text).startswith(lexicon.FOOTER_NAV_PHRASES)
        and (count := _footer_items(text))
    }
    singles = [i for i, count in rows.items() if count == 1]
    tail = _last_sentence(lines, min(singles)) if singles else -1
    drops = [i for i, count in rows.items() if count >= 2 or i > tail]
    return draft.drop(drops, "footer.nav", "footer navigation")


def _last_sentence(lines: Sequence[Line], start: int) -> int:
    """Position of the last sentence (of ``_MIN_SENTENCE_WORDS`` words or more) at or after ``start``, else
    ``start - 1``: only rows of one entry ask whether a sentence follows them, and these rows start at ``start``,
    so the lines above it need no test (nor the whole page a body span)."""
    after = range(len(lines) - 1, start - 1, -1)
    return next((j for j in after if is_prose(lines[j].text, _MIN_SENTENCE_WORDS)), start - 1)


def _footer_items(text: str) -> int:
    """How many footer entries ``text`` is made of (0 when anything else is on the line)."""
    if not text.strip() or len(text) > _MAX_FOOTER_CHARS or not _FOOTER_START.match(norm(text)):
        return 0
    parts = [p for p in _SEPARATORS.split(norm(text)) if p]
    return len(parts) if parts and all(_FOOTER_ITEM.match(p) for p in parts) else 0
