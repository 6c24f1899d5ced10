"""Reader comments under an article: runs of "Name, date at time" headers, "Reply" buttons (alone, or run into a
comment's last words) and "X said:" quotes."""

from __future__ import annotations

import re

from ..document import Draft
from . import lexicon
from ._base import cleaner
from ._scan import lines_with_any, scan_keys, search_keys
from ._text import norm, phrase_regex, words

_BUTTON = phrase_regex(lexicon.COMMENT_BUTTONS)
_HEADING = re.compile(
    r"^(?:\d{1,5}\s)?(?:" + "|".join(re.escape(h) for h in lexicon.COMMENT_HEADINGS) + r")(?:\s?\(\d{0,5}\))?\W{0,3}$"
)
_SAID = re.compile(r"^[\w.@-]{1,40}(?: [\w.@-]{1,40}){0,2} said$")
"""A quoted comment's opening, "jdoe said:" (the colon is checked on the raw line; ``norm`` strips it)."""
_HEADER = re.compile(
    r"^[\w.@-]{1,40}(?: [\w.@-]{1,40}){0,3},? (?:on )?\w{3,9}\.? \d{1,2},? \d{4},? (?:at|@) \d{1,2}:\d\d ?[ap]\.?m\.?$"
)
"""A comment's header: who wrote it and when ("jdoe December 21, 2023 at 1:24 pm")."""
MIN_MARKS = 3
"""Comment marks (headers, buttons, "X said:") a run needs: one "Reply" alone may be anything."""
MAX_COMMENT_LINES = 15
"""Non-blank lines between two marks of one comment section; a longer stretch is not a comment."""
_MARK_KEYS = scan_keys(("repl", "comment", "report", "flag", "said:", " am", " pm", "a.m", "p.m"))
"""Every comment mark holds one of these; only lines that do are looked at closely."""
_NOTE = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in lexicon.COMMENT_NOTES) + r")\b")
_NOTE_KEYS = search_keys(lexicon.COMMENT_NOTES)
_MAX_NOTE_WORDS = 60
_HEADING_REACH = 5
_MAX_MARK_CHARS = 120
_GLUED_BUTTON = (". Reply", "! Reply", "? Reply", ") Reply")


@cleaner("chrome.comments")
def comments(draft: Draft) -> Draft:
    """Drop reader comment sections, from the first comment mark (or the heading just above it) to the last,
    and the site's notes about them ("Comments are closed.")."""
    lines = draft.lines
    candidates = lines_with_any(lines, _MARK_KEYS + _NOTE_KEYS)
    marks = [i for i in candidates if _is_mark(lines[i].text)]
    drops: list[int] = []
    for run in _runs(draft, marks):
        start = _heading_above(draft, run[0])
        drops.extend(range(start, run[-1] + 1))
    drops += [i for i in candidates if _is_note(lines[i].text)]
    return draft.drop(drops, "chrome.comments", "reader comments")


def _is_mark(text: str) -> bool:
    if text.endswith(_GLUED_BUTTON):
        return True  # a comment's last words run into its button, as extraction joins them ("… airflow. Reply")
    if len(text) > _MAX_MARK_CHARS:
        return False
    line = norm(text)
    said = text.rstrip().endswith(":") and _SAID.match(line)
    return bool(_BUTTON.match(line) or said or _HEADER.match(line))


def _is_note(text: str) -> bool:
    return len(words(text)) <= _MAX_NOTE_WORDS and bool(_NOTE.search(text.lower()))


def _runs(draft: Draft, marks: list[int]) -> list[list[int]]:
    """Marks grouped where at most ``MAX_COMMENT_LINES`` non-blank lines separate neighbours; big groups only."""
    groups: list[list[int]] = []
    for i in marks:
        if groups and _nonblank_between(draft, groups[-1][-1], i) <= MAX_COMMENT_LINES:
            groups[-1].append(i)
        else:
            groups.append([i])
    return [g for g in groups if len(g) >= MIN_MARKS]


def _nonblank_between(draft: Draft, a: int, b: int) -> int:
    return sum(1 for line in draft.lines[a + 1 : b] if not line.blank)


def _heading_above(draft: Draft, start: int) -> int:
    """``start``, or the comment-section heading a few non-blank lines above it."""
    seen = 0
    j = start - 1
    while j >= 0 and seen < _HEADING_REACH:
        line = draft.lines[j]
        if not line.blank:
            seen += 1
            if len(words(line.text)) <= 5 and _HEADING.match(norm(line.text)):
                return j
        j -= 1
    return start
