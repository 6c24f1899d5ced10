"""Prompts that ask something of the reader: newsletter and paywall sign-ups, cookie banners."""

from __future__ import annotations

import re

from ..document import Draft
from . import lexicon
from ._base import cleaner
from ._text import norm, phrase_regex, words

_LEAD = phrase_regex(lexicon.NEWSLETTER_LEADS, prefix=True)
_OFFER = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lexicon.NEWSLETTER_WORDS) + r")s?\b")
_SITE_VOICE = re.compile(r"\b(?:you|your|our|us)\b")
_COOKIE = re.compile(r"\b(?:" + "|".join(lexicon.COOKIE_WORDS) + r")\b")
_COOKIE_CONTEXT = re.compile("|".join(re.escape(w) for w in lexicon.COOKIE_CONTEXT))
_COOKIE_BUTTON = phrase_regex(lexicon.COOKIE_BUTTONS)
_MAX_WORDS = 60
_MAX_PITCH_WORDS = 25
_MAX_BANNER_WORDS = 150
_MAX_BUTTON_CHARS = 40
_MAX_PROMPT_CHARS = 600
_MAX_BOX_WORDS = 30


@cleaner("chrome.newsletter")
def newsletter(draft: Draft) -> Draft:
    """Drop newsletter, subscription and paywall prompts ("Sign up for our … newsletter")."""
    lines = draft.lines
    offers = [len(line.text) <= _MAX_PROMPT_CHARS and bool(_OFFER.search(line.text.lower())) for line in lines]
    drops = {i for i, line in enumerate(lines) if offers[i] and _is_prompt(line.text)}
    # A sign-up box is several lines; an offer line touching a prompt (no blank between) is part of it.
    grown = sorted(drops)
    while grown:
        i = grown.pop()
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and j not in drops and offers[j] and len(words(lines[j].text)) <= _MAX_BOX_WORDS:
                drops.add(j)
                grown.append(j)
    return draft.drop(drops, "chrome.newsletter", "subscription prompt")


@cleaner("chrome.cookie")
def cookie(draft: Draft) -> Draft:
    """Drop cookie and consent banners and their buttons."""
    drops = []
    for i, line in enumerate(draft.lines):
        low = line.text.lower()
        if line.blank or (len(low) > _MAX_BUTTON_CHARS and not _COOKIE.search(low)):
            continue
        if len(words(line.text)) > _MAX_BANNER_WORDS:
            continue
        text = norm(line.text)
        if _COOKIE_BUTTON.match(text) or (_COOKIE.search(text) and _COOKIE_CONTEXT.search(text)):
            drops.append(i)
    return draft.drop(drops, "chrome.cookie", "cookie banner")


def _is_prompt(text: str) -> bool:
    count = len(words(text))
    if count > _MAX_WORDS:
        return False
    line = norm(text)
    if _LEAD.match(line):
        # The offer must follow the call to action: "Sign up for the vaccine" is news, not a prompt.
        return bool(_OFFER.search(line[_lead_length(line) :]))
    if count <= 8:
        return bool(_OFFER.search(line)) and not line.endswith(".")
    # "Want to keep up? Subscribe to our email newsletter": the site pitching two offers to "you".
    offers = {m.group(0).rstrip("s") for m in _OFFER.finditer(line)}
    return count <= _MAX_PITCH_WORDS and len(offers) >= 2 and bool(_SITE_VOICE.search(line))


def _lead_length(line: str) -> int:
    return max((len(p) for p in lexicon.NEWSLETTER_LEADS if line.startswith(p)), default=0)
