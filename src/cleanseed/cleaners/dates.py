"""Timestamps and date headers: lifted into ``published`` / ``published_relative`` and dropped."""

from __future__ import annotations

import re

from ..document import Draft
from . import lexicon
from ._base import cleaner
from ._dates import find_date, find_relative, is_timestamp
from ._text import norm, words
from .footer import is_legal

_BYLINE = re.compile(r"^(?:" + "|".join(re.escape(p) for p in lexicon.BYLINE_PREFIXES) + r")\s", re.I)
_TRAILER = re.compile(r"[\s|,·•\-–—:]{1,20}$")
_MAX_STAMP_WORDS = 20


@cleaner("meta.dates")
def dates(draft: Draft) -> Draft:
    """Lift the first timestamp line's date (or "4 days ago" phrase), drop timestamp lines, cut dates off bylines."""
    drops, edits = [], {}
    for i, line in enumerate(draft.lines):
        text = line.text
        if line.blank or len(words(text)) > _MAX_STAMP_WORDS or is_legal(text):
            continue  # never a date from a copyright line
        if is_timestamp(text):
            drops.append(i)
        elif _BYLINE.match(norm(text)):
            stamp = find_date(text)
            if stamp is None or words(text[stamp.end :]):
                continue
            edits[i] = (_TRAILER.sub("", text[: stamp.start]), text[stamp.start :])
        else:
            continue
        absolute = find_date(text)
        if absolute is not None and absolute.date is not None:
            draft = draft.lift("published", absolute.date, "meta.dates", line=line)
        elif (relative := find_relative(text)) is not None and relative.relative is not None:
            draft = draft.lift("published_relative", relative.relative, "meta.dates", line=line)
    return draft.rewrite(edits, "meta.dates", "timestamp").drop(drops, "meta.dates", "timestamp")
