"""Notes the publisher sets around a piece: disclaimers, "originally published in", "edited for clarity",
"… contributed to this report"."""

from __future__ import annotations

import re

from ..document import Draft
from . import lexicon
from ._base import cleaner
from ._scan import lines_with_any, search_keys
from ._text import norm, phrase_regex, words

_NOTE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in lexicon.EDITORIAL_NOTE_PHRASES) + r")\b")
_LEAD = phrase_regex(lexicon.EDITORIAL_NOTE_LEADS, prefix=True)
_SELF = phrase_regex(lexicon.SELF_REFERENCES, prefix=True)
_REPUBLISHED = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in lexicon.REPUBLISHED_PHRASES) + r")\b")
_KEYS = search_keys(lexicon.EDITORIAL_NOTE_PHRASES + lexicon.EDITORIAL_NOTE_LEADS + lexicon.REPUBLISHED_PHRASES)
_MAX_NOTE_WORDS = 60
_MAX_NOTE_CHARS = 500


@cleaner("chrome.editorial_note")
def editorial_note(draft: Draft) -> Draft:
    """Drop short editorial notes: "Editor's note: …", "The opinions expressed are the author's own", "This
    interview has been edited for length and clarity", "This story originally appeared in …", "Jo Bloggs
    contributed to this report"."""
    drops = [i for i in lines_with_any(draft.lines, _KEYS) if _is_note(draft.lines[i].text)]
    return draft.drop(drops, "chrome.editorial_note", "editorial note")


def _is_note(text: str) -> bool:
    if len(text) > _MAX_NOTE_CHARS or len(words(text)) > _MAX_NOTE_WORDS:
        return False
    line = norm(text).replace("’", "'")
    return bool(_LEAD.match(line) or _NOTE.search(line) or (_SELF.match(line) and _REPUBLISHED.search(line)))
