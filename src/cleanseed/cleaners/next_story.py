"""The next story on an infinite-scroll page, in a markdown capture: a second top-level headline after the body."""

from __future__ import annotations

import re

from ..document import Draft
from ._base import cleaner
from ._text import is_prose, next_nonblank, words

MIN_BODY_WORDS = 150
"""Words of long prose that must stand between the page's first top-level heading and a second one."""
_H1 = re.compile(r"^#\s{1,3}\S")
_DEK = re.compile(r"^##\s{1,3}\S")
_BODY_LINE_WORDS = 15
_MIN_HEADLINE_WORDS = 4
_PROSE_REACH = 3
"""Non-blank lines after the headline (a dek, a byline) within which the story's prose must start."""
_STORY_PROSE_WORDS = 12


@cleaner("related.next_story")
def next_story(draft: Draft) -> Draft:
    """Drop the rest of a markdown page from a second ``# Headline`` that opens more prose after the body.

    An article has one top-level heading, its own; pages that load the next article below it give that one
    an ``# H1`` too, set the same way: a ``## dek`` under each. A heading without the dek the page's first
    headline has is a section of the article (some sites use ``#`` for those).
    """
    if draft.format != "markdown":
        return draft
    lines = draft.lines
    seen_h1 = False
    with_dek = False
    body_words = 0
    for i, line in enumerate(lines):
        text = line.text
        if _H1.match(text):
            if not seen_h1:
                with_dek = _has_dek(draft, i)
            elif with_dek and body_words >= MIN_BODY_WORDS and _has_dek(draft, i) and _opens_story(draft, i):
                return draft.drop(range(i, len(lines)), "related.next_story", "next story")
            seen_h1 = True
        elif seen_h1 and is_prose(text, _BODY_LINE_WORDS):
            body_words += len(words(text))
    return draft


def _has_dek(draft: Draft, i: int) -> bool:
    j = next_nonblank(draft.lines, i)
    return j is not None and bool(_DEK.match(draft.lines[j].text))


def _opens_story(draft: Draft, i: int) -> bool:
    """A headline of a few words (no full stop or colon at its end) with prose starting within a few lines."""
    headline = draft.lines[i].text.rstrip(" *_")
    if len(words(headline)) < _MIN_HEADLINE_WORDS or headline.endswith((".", ":")):
        return False
    j: int | None = i
    for _ in range(_PROSE_REACH):
        j = next_nonblank(draft.lines, j) if j is not None else None
        if j is None:
            return False
        if not _H1.match(draft.lines[j].text) and is_prose(draft.lines[j].text, _STORY_PROSE_WORDS):
            return True
    return False
