"""Topic tags: a "Tags:" heading and its entries, and lone topic lines after the article body."""

from __future__ import annotations

import re

from ..document import Draft
from . import lexicon
from ._base import cleaner
from ._scan import lines_with_any, norm_keys
from ._text import introduced_lists, is_prose, next_nonblank, norm, phrase_regex, reads_as_body, words

_HEADING = phrase_regex(lexicon.TAG_HEADINGS)
_TAG_LEADS = tuple(h.rstrip(":") for h in lexicon.TAG_HEADINGS)
"""A tags heading or a "Topics: …" line opens with one of these: a literal test before the patterns."""
_LEAD_KEYS = norm_keys(_TAG_LEADS)
_INLINE = re.compile(r"^(?:" + "|".join(map(re.escape, _TAG_LEADS)) + r")\s{0,3}:\s{0,3}\S")
_MAX_TAG_WORDS = 5
_NOT_A_TAG = re.compile(r"[\d:;()\[\]]")


@cleaner("chrome.tags")
def tags(draft: Draft) -> Draft:
    """Drop topic tags: lines under a "Tags" heading, "Topics: a, b" lines, and short topic lines after the body."""
    lines = draft.lines
    drops: list[int] = []
    # A tags heading or a "Topics: …" line opens with a tag lead: the page index names the few lines that may.
    for i in lines_with_any(lines, _LEAD_KEYS):
        text = norm(lines[i].text)
        if not text.startswith(_TAG_LEADS):
            continue
        if len(words(lines[i].text)) <= _MAX_TAG_WORDS and _HEADING.match(text):
            drops.append(i)
            j = next_nonblank(lines, i)
            while j is not None and _is_entry(lines[j].text):
                drops.append(j)
                j = next_nonblank(lines, j)
        elif len(words(lines[i].text)) <= 40 and _INLINE.match(text):
            drops.append(i)
    # The tail starts after the last line that reads as the body's, not a headline ("What is AI?"), so taking
    # related headlines out later cannot move it; a short line there has no body left to head.
    tail = next((i for i in range(len(lines) - 1, -1, -1) if reads_as_body(lines[i].text)), -1)
    listed = introduced_lists(lines)
    drops.extend(
        i for i in range(tail + 1, len(lines)) if not lines[i].blank and i not in listed and _is_tag(lines[i].text)
    )
    return draft.drop(drops, "chrome.tags", "topic tag")


def _is_entry(text: str) -> bool:
    """An entry under a tags heading: a few words, bullets allowed, no sentence."""
    return 1 <= len(words(text)) <= _MAX_TAG_WORDS and not is_prose(text, 1)


def _is_tag(text: str) -> bool:
    """A topic tag: one to five words, no sentence, no digits, colon or brackets (list rows have those)."""
    return 1 <= len(words(text)) <= _MAX_TAG_WORDS and not is_prose(text, 1) and not _NOT_A_TAG.search(text)
