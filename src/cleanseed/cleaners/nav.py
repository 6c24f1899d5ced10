"""Navigation menus: menu furniture lines, separator-joined menus and runs of short items outside the body."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..document import Draft, Line
from . import lexicon
from ._base import cleaner
from ._scan import lines_with_any, norm_keys, scan_keys
from ._text import body_span, introduced_lists, is_paragraph, is_prose, norm, phrase_regex, words

_FURNITURE = phrase_regex(lexicon.NAV_PHRASES)
_MAX_FURNITURE_CHARS = max(map(len, lexicon.NAV_PHRASES)) + 20
"""The longest line ``_FURNITURE`` can match: a phrase and up to 20 trailing digits or marks."""
_WIDGET = phrase_regex(lexicon.WIDGET_LEADS, prefix=True)
_SEPARATOR = re.compile(r"\s*[|•·›»]\s*|\s+>\s+|\s+/\s+")
_SEPARATOR_CHAR = re.compile(r"[|•·›»>/]")
"""Tested before splitting: a charset scan costs a fraction of the split, and prose rarely holds one."""
_MENU_OPENINGS = (*lexicon.WIDGET_LEADS, *lexicon.NAV_PHRASES)
_MENU_KEYS = norm_keys(_MENU_OPENINGS, *"|•·›»>/")
"""Name every line whose normalised text may open with a menu phrase or hold a separator: about a quarter of the
lines, so the others are neither normalised nor tested."""
_DIGIT = re.compile(r"\d")
_MAX_ITEM_WORDS = 5
_MIN_RUN = 3
_MAX_MENU_CHARS = 400
_ARROWS = ("\u00bb", "\u203a", "\u00bb ", "\u203a ")
_GUILLEMETS = ("\u00ab", "\u2039")
"""An arrow closing a line closes a quotation instead when the line holds an opening guillemet."""
_MAX_ARROW_WORDS = 20
_ARROW_KEYS = scan_keys(("\u00bb", "\u203a"))
"""The page-wide search finds the few lines holding an arrow; testing each line's end would cost more."""


@cleaner("chrome.nav")
def nav(draft: Draft) -> Draft:
    """Drop menu lines ("Menu", "Home | News | Sport") and runs of short menu items before or after the body."""
    lines = draft.lines
    # Literal tests on the normalised line first: a menu line opens with a widget or menu phrase, or holds a separator.
    drops = [
        i
        for i in lines_with_any(lines, _MENU_KEYS)
        if ((low := norm(text := lines[i].text)).startswith(_MENU_OPENINGS) or _SEPARATOR_CHAR.search(low))
        and _is_menu_line(text)
    ]
    drops += [i for i in lines_with_any(lines, _ARROW_KEYS) if _is_arrow_link(lines[i].text)]
    span = body_span(lines)
    # A line inside the body span ends any run, so runs are sought on either side of the span only.
    sides = [range(len(lines))] if span is None else [range(span[0]), range(span[1] + 1, len(lines))]
    listed = introduced_lists(lines)
    for side in sides:
        drops.extend(_menu_runs(lines, side, listed))
    return draft.drop(drops, "chrome.nav", "navigation menu")


def _menu_runs(lines: Sequence[Line], positions: range, listed: frozenset[int]) -> Iterator[int]:
    """Positions of the runs of at least ``_MIN_RUN`` menu items among ``positions``.

    A run is broken only by a line of the body (``_text.is_paragraph``) or of a list the story introduces
    (``listed``): a headline or caption between items, which a later cleaner may remove, must not decide whether the
    items are a menu. An item is never a sentence, so it is tested first.
    """
    run: list[int] = []
    for i in positions:
        line = lines[i]
        if line.blank:
            continue
        if i not in listed and _is_item(line.text):
            run.append(i)
        elif run and (i in listed or is_paragraph(line.text)):
            yield from run if len(run) >= _MIN_RUN else ()
            run = []
    yield from run if len(run) >= _MIN_RUN else ()


def _is_item(text: str) -> bool:
    """A menu entry: a few words, no digits or inner colon (list rows such as "2011: Bruce Arena" have them)."""
    return (
        1 <= len(words(text)) <= _MAX_ITEM_WORDS
        and not is_prose(text, 1)
        and ":" not in (body := norm(text))
        and not _DIGIT.search(body)
    )


def _is_menu_line(text: str) -> bool:
    line = norm(text)
    # Literal prefix tests first: the phrase patterns only match lines opening with one of their phrases.
    if line.startswith(lexicon.WIDGET_LEADS) and _WIDGET.match(line):
        return True
    if len(text) > _MAX_MENU_CHARS or text.lstrip().startswith("|"):
        return False
    if _is_furniture(line):
        return True
    if not _SEPARATOR_CHAR.search(line):
        return False
    parts = [p for p in _SEPARATOR.split(line) if p]
    return len(parts) >= 3 and all(1 <= len(words(p)) <= 4 and not _DIGIT.search(p) for p in parts)


def _is_furniture(line: str) -> bool:
    """A normalised line that is a menu phrase ("Menu", "Sign in"), at most four words."""
    return (
        len(line) <= _MAX_FURNITURE_CHARS
        and line.startswith(lexicon.NAV_PHRASES)
        and len(words(line)) <= 4
        and bool(_FURNITURE.match(line))
    )


def _is_arrow_link(text: str) -> bool:
    """A link or button set off by a trailing arrow ("How Kobe helped sell Shohei on Dodgers »", "Subscribe »"),
    not a quotation closed by a guillemet ("« Bonjour »")."""
    if not text.endswith(_ARROWS, -3):
        return False
    body = text.rstrip()
    quoted = any(map(body.__contains__, _GUILLEMETS))
    return body[-2:-1].isspace() and not quoted and 1 <= len(words(body)) <= _MAX_ARROW_WORDS
