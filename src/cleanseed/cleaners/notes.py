"""Notes the publisher sets around a piece: disclaimers, "originally published in", "edited for clarity",
"… contributed to this report", and the publisher's blurb about itself ("Since 1957, GQ has inspired men …")."""

from __future__ import annotations

import re

from ..document import Draft
from . import lexicon
from ._base import cleaner
from ._scan import lines_with_any, scan_keys, search_keys
from ._text import norm, phrase_regex, words

_NOTE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in lexicon.EDITORIAL_NOTE_PHRASES) + r")\b")
_LEAD = phrase_regex(lexicon.EDITORIAL_NOTE_LEADS, prefix=True)
_SELF = phrase_regex(lexicon.SELF_REFERENCES, prefix=True)
_REPUBLISHED = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in lexicon.REPUBLISHED_PHRASES) + r")\b")
_CONTRIBUTED = re.compile(
    r"\b(?i:" + "|".join(lexicon.CONTRIBUTOR_ROLES) + r") [A-Z][\w'’-]+ [A-Z][\w'’-]+[^.!?]{0,80}\bcontributed\.?$"
)
"""A wire story's closing credit, a role and a name before "contributed." (read in the line as written)."""
_KEYS = search_keys(
    (*lexicon.EDITORIAL_NOTE_PHRASES, *lexicon.EDITORIAL_NOTE_LEADS, *lexicon.REPUBLISHED_PHRASES, "contributed")
)
_MAX_NOTE_WORDS = 60
_MAX_NOTE_CHARS = 500
_FOUNDED = re.compile(r"\b(?:since|founded in|established in) (?:1[5-9]\d\d|20[0-2]\d)\b")
_ABOUT_KEYS = scan_keys(tuple(f"{lead} {d}" for lead in ("since", "founded in", "established in") for d in "12"))
"""A founding year's lead and first digit: far fewer lines hold one than hold "since"."""
_ABOUT_CUE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in lexicon.PUBLISHER_ABOUT_CUES) + r")\b")
_MAX_ABOUT_WORDS = 90
_MAX_ABOUT_CHARS = 800


@cleaner("chrome.editorial_note")
def editorial_note(draft: Draft) -> Draft:
    """Drop short editorial notes: "Editor's note: …", "The opinions expressed are the author's own", "This
    interview has been edited for length and clarity", "This story originally appeared in …", "Jo Bloggs
    contributed to this report", and the publisher's blurb about itself ("Since 1957, GQ has inspired men …")."""
    drops = [i for i in lines_with_any(draft.lines, _KEYS) if _is_note(draft.lines[i].text)]
    drops += [i for i in lines_with_any(draft.lines, _ABOUT_KEYS) if _is_about_publisher(draft.lines[i].text)]
    return draft.drop(sorted(set(drops)), "chrome.editorial_note", "editorial note")


def _is_note(text: str) -> bool:
    if len(text) > _MAX_NOTE_CHARS or len(words(text)) > _MAX_NOTE_WORDS:
        return False
    line = norm(text).replace("’", "'")
    return bool(
        _LEAD.match(line)
        or _NOTE.search(line)
        or (_SELF.match(line) and _REPUBLISHED.search(line))
        or _CONTRIBUTED.search(text.strip()) is not None
    )


def _is_about_publisher(text: str) -> bool:
    """The publisher's blurb about itself: its founding year and words an outlet says of itself ("Since 1957, GQ
    has inspired men …", "… an independent global news organization … Founded in 1846, AP …"). A history in the
    body ("Since 2007, Israel has …") holds no such words; a staff bio ("Macworld editor since 2008") no cue."""
    if len(text) > _MAX_ABOUT_CHARS or len(words(text)) > _MAX_ABOUT_WORDS:
        return False
    line = norm(text)
    if not _FOUNDED.search(line):
        return False
    return bool(_ABOUT_CUE.search(line))
