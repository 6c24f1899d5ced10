"""The next story on an infinite-scroll page, in a markdown capture: a second top-level headline after the body."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ..document import Draft, Line
from ._base import cleaner
from ._text import TOP_HEADING, is_prose, next_nonblank, words

MIN_BODY_WORDS = 150
"""Words of long prose that must stand between the page's first top-level heading and a second one."""
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
    headings = [i for i, line in enumerate(lines) if TOP_HEADING.match(line.text)]
    if len(headings) < 2 or not _has_dek(draft, headings[0]):
        return draft
    body_words = 0
    for above, i in itertools.pairwise(headings):
        # Counting stops once there is body enough: the count only has to reach MIN_BODY_WORDS.
        if body_words < MIN_BODY_WORDS:
            body_words += _prose_words(lines[above + 1 : i])
        if body_words >= MIN_BODY_WORDS and _has_dek(draft, i) and _opens_story(draft, i):
            return draft.drop(range(i, len(lines)), "related.next_story", "next story")
    return draft


def _prose_words(lines: Sequence[Line]) -> int:
    """Words in the long prose lines among ``lines``."""
    return sum(len(words(line.text)) for line in lines if is_prose(line.text, _BODY_LINE_WORDS))


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
        if not TOP_HEADING.match(draft.lines[j].text) and is_prose(draft.lines[j].text, _STORY_PROSE_WORDS):
            return True
    return False
