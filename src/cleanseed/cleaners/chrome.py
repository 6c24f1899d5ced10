"""Page furniture recognised line by line: skip links, share bars, advertisement markers."""

from __future__ import annotations

import re

from ..document import Draft
from . import lexicon
from ._base import cleaner
from ._scan import lines_with_any, norm_keys, scan_keys, search_keys
from ._text import norm, phrase_regex, words

_SKIP = re.compile("|".join(re.escape(p) for p in lexicon.SKIP_LINK_PHRASES))
_SKIP_KEYS = search_keys(lexicon.SKIP_LINK_PHRASES)
_AD_KEYS = scan_keys(lexicon.AD_DISCLOSURE_KEYS)
_SHARE_PHRASE = phrase_regex(lexicon.SHARE_PHRASES)
_SHARE_KEYS = search_keys((*lexicon.SHARE_ANCHORS, *lexicon.SHARE_PHRASES, "follow"))
"""A share bar holds an anchor word or a share phrase; "Follow X on Y" lines start with "follow"."""
_FOLLOW = re.compile(r"^follow (?:\w+ ){0,4}on\b[\W\w]{0,80}$")
_FOLLOW_PLATFORM = re.compile(
    rf"^follow (?:\w[\w'’&.-]* ){{0,6}}?on (?:{'|'.join(lexicon.SOCIAL_PLATFORMS)})\b[\W\w]{{0,100}}$"
)
"""A longer follow prompt names a platform ("Follow the Mirror US News page on Facebook to make sure you're not missing
out", "Follow me on Twitter. Check out my website …"); what it follows has no comma ("Follow the money, they said")."""
_AD = phrase_regex(lexicon.AD_PHRASES)
_AD_PHRASE_KEYS = norm_keys(lexicon.AD_PHRASES)
_AD_LEAD = phrase_regex(lexicon.AD_LEADS, prefix=True)
_DISCLOSURE = re.compile("|".join(lexicon.AD_DISCLOSURES))
_MAX_DISCLOSURE_CHARS = 800
_MAX_CHROME_CHARS = 200
_MAX_MARKER_CHARS = 100
_MAX_MARKER_WORDS = 8
"""Share bars and skip links are short; a longer line is never one, whatever words it holds."""
_COUNTER = re.compile(r"^\d[\d.,]{0,8}[kmb]?$")
_CLICK_LEAD = ["click", "to"]
_NEW_WINDOW_HINTS = tuple(tuple(hint.split()) for hint in lexicon.NEW_WINDOW_HINTS)


@cleaner("chrome.skip_links")
def skip_links(draft: Draft) -> Draft:
    """Drop short lines holding an accessibility link such as "Skip to content"."""
    drops = [
        i
        for i in lines_with_any(draft.lines, _SKIP_KEYS)
        if len(text := draft.lines[i].text) <= _MAX_CHROME_CHARS and _SKIP.search(norm(text)) and len(words(text)) <= 12
    ]
    return draft.drop(drops, "chrome.skip_links", "skip link")


@cleaner("chrome.share")
def share(draft: Draft) -> Draft:
    """Drop share, save and social-follow bars, with their counters ("Share  Save", "12 Comments")."""
    drops = [
        i
        for i in lines_with_any(draft.lines, _SHARE_KEYS)
        if len(text := draft.lines[i].text) <= _MAX_CHROME_CHARS and _is_share(text)
    ]
    return draft.drop(drops, "chrome.share", "share buttons")


@cleaner("chrome.ads")
def ads(draft: Draft) -> Draft:
    """Drop advertisement markers ("Advertisement", "Story continues below advertisement") and affiliate disclosures."""
    lines = draft.lines
    # Every ad lead is also an ad phrase: the page index names the lines holding one, and one literal test on the
    # normalised line spares both patterns.
    drops = [
        i
        for i in lines_with_any(lines, _AD_PHRASE_KEYS)
        if len(text := lines[i].text) <= _MAX_MARKER_CHARS
        and norm(text).startswith(lexicon.AD_PHRASES)
        and _is_ad_marker(text)
    ]
    drops += [
        i
        for i in lines_with_any(lines, _AD_KEYS)
        if len(text := lines[i].text) <= _MAX_DISCLOSURE_CHARS and _DISCLOSURE.search(text.lower())
    ]
    return draft.drop(drops, "chrome.ads", "advertisement marker")


def _is_ad_marker(text: str) -> bool:
    """A short advertisement marker line ("Advertisement", "ADVERTISEMENT - SCROLL TO CONTINUE")."""
    line = norm(text)
    return len(words(text)) <= _MAX_MARKER_WORDS and bool(_AD.match(line) or _AD_LEAD.match(line))


def _is_share(text: str) -> bool:
    found = words(text)
    if not found:
        return False
    if len(found) > 12:
        # Only a follow prompt naming a platform runs longer.
        return found[0].lower() == "follow" and bool(_FOLLOW_PLATFORM.match(norm(text)))
    line = norm(text)
    if (line.startswith(lexicon.SHARE_PHRASES) and _SHARE_PHRASE.match(line)) or (
        line.startswith("follow ") and (_FOLLOW.match(line) or _FOLLOW_PLATFORM.match(line))
    ):
        return True
    # Every word a share word or a counter, one an anchor (no anchor is a counter). Most lines fail at their first
    # word, so the set test goes first and the counter pattern is tried on few words.
    tokens = _without_hints([t.lower() for t in found])
    return all(t in lexicon.SHARE_WORDS or _COUNTER.match(t) for t in tokens) and any(
        t in lexicon.SHARE_ANCHORS for t in tokens
    )


def _without_hints(tokens: list[str]) -> list[str]:
    """``tokens`` less a leading "click to" and a trailing "opens in (a) new window" hint."""
    # A share button's spoken lead and screen-reader hint ("Click to share on X (Opens in new window)") are not share
    # words, but they say nothing of their own, so the button is tested without them.
    if tokens[:2] == _CLICK_LEAD:
        tokens = tokens[2:]
    for hint in _NEW_WINDOW_HINTS:
        if len(tokens) > len(hint) and tuple(tokens[-len(hint) :]) == hint:
            return tokens[: -len(hint)]
    return tokens
