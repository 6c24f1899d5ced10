"""Navigation menus: menu furniture lines, separator-joined menus and runs of short items outside the body."""

from __future__ import annotations

import re

from ..document import Draft
from . import lexicon
from ._base import cleaner
from ._text import body_span, is_prose, is_sentence, norm, phrase_regex, words

_FURNITURE = phrase_regex(lexicon.NAV_PHRASES)
_WIDGET = phrase_regex(lexicon.WIDGET_LEADS, prefix=True)
_SEPARATOR = re.compile(r"\s*[|•·›»]\s*|\s+>\s+|\s+/\s+")
_SEPARATOR_CHAR = re.compile(r"[|•·›»>/]")
"""Tested before splitting: a charset scan costs a fraction of the split, and prose rarely holds one."""
_DIGIT = re.compile(r"\d")
_MAX_ITEM_WORDS = 5
_MIN_RUN = 3
_MAX_MENU_CHARS = 400


@cleaner("chrome.nav")
def nav(draft: Draft) -> Draft:
    """Drop menu lines ("Menu", "Home | News | Sport") and runs of short menu items before or after the body."""
    lines = draft.lines
    drops = [i for i, line in enumerate(lines) if not line.blank and _is_menu_line(line.text)]
    span = body_span(lines)
    # A run of menu items is broken only by a sentence: a headline or caption between items, which a
    # later cleaner may remove, must not decide whether the items are a menu.
    run: list[int] = []
    for i, line in enumerate(lines):
        inside = span is not None and span[0] <= i <= span[1]
        if inside or is_sentence(line.text):
            drops.extend(run if len(run) >= _MIN_RUN else ())
            run = []
        elif _is_item(line.text):
            run.append(i)
    drops.extend(run if len(run) >= _MIN_RUN else ())
    return draft.drop(drops, "chrome.nav", "navigation menu")


def _is_item(text: str) -> bool:
    """A menu entry: a few words, no digits or inner colon (list rows such as "2011: Bruce Arena" have them)."""
    body = norm(text)
    return (
        1 <= len(words(text)) <= _MAX_ITEM_WORDS
        and not is_prose(text, 1)
        and ":" not in body
        and not _DIGIT.search(body)
    )


def _is_menu_line(text: str) -> bool:
    line = norm(text)
    if _WIDGET.match(line):
        return True
    if len(text) > _MAX_MENU_CHARS or text.lstrip().startswith("|"):
        return False
    if len(words(line)) <= 4 and _FURNITURE.match(line):
        return True
    if not _SEPARATOR_CHAR.search(line):
        return False
    parts = [p for p in _SEPARATOR.split(line) if p]
    return len(parts) >= 3 and all(1 <= len(words(p)) <= 4 and not _DIGIT.search(p) for p in parts)
