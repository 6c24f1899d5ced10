"""Social posts embedded in an article: a tweet's text above its "— Name (@handle) date" line, Instagram cards,
players' fallback notices."""

from __future__ import annotations

import re

from ..document import Draft
from . import lexicon
from ._base import cleaner
from ._scan import lines_with_any, norm_keys, scan_keys, search_keys
from ._text import norm, phrase_regex, words

_ATTRIBUTION = re.compile(r"^[>\s]{0,6}[—–-]\s{0,3}[^()\n]{1,80}\(@\w{1,30}\)(?:[^()\n]{0,60})$")
"""How an embedded tweet signs off: "— Jane Doe (@jdoe) March 3, 2023" (a quote block's ``>`` allowed)."""
_SIGN_OFF_KEYS = scan_keys(("(@",))
_CARD = phrase_regex(lexicon.EMBED_LINES)
_CARD_LEAD = phrase_regex(lexicon.EMBED_LEADS, prefix=True)
_CARD_KEYS = norm_keys((*lexicon.EMBED_LINES, *lexicon.EMBED_LEADS))
_FALLBACK = re.compile("|".join(re.escape(p) for p in lexicon.EMBED_FALLBACKS))
_FALLBACK_KEYS = search_keys(lexicon.EMBED_FALLBACKS)
_MAX_FALLBACK_WORDS = 20
_INTRO = re.compile(r"\b(?:" + "|".join(lexicon.EMBED_INTRO_VERBS) + r")\b")
_URL = re.compile(r"(?:pic\.twitter\.com|https?://)\S{0,2048}")
_MAX_POST_CHARS = 280
"""A tweet's length limit: lines above the sign-off join the post while its text (links aside) stays within it."""
_MAX_CARD_CHARS = 200
_MAX_SIGN_OFF_CHARS = 180
_MAX_LINE_CHARS = 4 * _MAX_POST_CHARS
"""A line this long is not a post's text, links and all: the walk up stops there."""


@cleaner("embeds.social")
def social(draft: Draft) -> Draft:
    """Drop embedded social posts: a tweet's sign-off line and the post text above it, Instagram card lines, and
    the notice an embedded player or widget leaves in its place ("Please enable JavaScript to view the comments")."""
    lines = draft.lines
    drops: set[int] = set()
    for i in lines_with_any(lines, _SIGN_OFF_KEYS):
        text = lines[i].text
        if len(text) <= _MAX_SIGN_OFF_CHARS and _ATTRIBUTION.match(text):
            drops.add(i)
            drops.update(_post_above(draft, i))
    # A card line opens with a card phrase: the page index names the few lines that may, sparing norm() the rest.
    drops.update(
        i
        for i in lines_with_any(lines, _CARD_KEYS)
        if len(lines[i].text) <= _MAX_CARD_CHARS and _is_card(lines[i].text)
    )
    reasons = {i: "embed fallback notice" for i in lines_with_any(lines, _FALLBACK_KEYS) if _is_fallback(lines[i].text)}
    reasons.update(dict.fromkeys(drops, "embedded social post"))
    return draft.drop_each(reasons, "embeds.social")


def _is_fallback(text: str) -> bool:
    """A short line an embedded player shows in its place ("Please enable JavaScript to view the comments")."""
    return len(words(text)) <= _MAX_FALLBACK_WORDS and _FALLBACK.search(text.lower()) is not None


def _is_card(text: str) -> bool:
    line = norm(text)
    return bool(_CARD.match(line) or _CARD_LEAD.match(line))


def _post_above(draft: Draft, end: int) -> list[int]:
    """Positions of the post text above the sign-off at ``end``.

    In a markdown capture the post is the quote block the sign-off closes. In flat text the nearest line is
    always post text; earlier lines join while the post fits a tweet, up to a line that introduces it (ends
    in ":" or says someone "tweeted"), another sign-off, or lines an earlier cleaner removed (a post is one
    unbroken run of the source).
    """
    lines = draft.lines
    quoted = lines[end].text.lstrip().startswith(">")
    post: list[int] = []
    chars = 0
    j = end - 1
    while j >= 0:
        line = lines[j]
        if lines[j + 1].no - line.no > 1:
            break
        text = line.text.strip()
        if quoted:
            if not text.startswith(">"):
                break
            post.append(j)
        elif text:
            if len(text) > _MAX_LINE_CHARS or _ATTRIBUTION.match(text):
                break
            chars += len(_URL.sub("", text))
            if post and (chars > _MAX_POST_CHARS or text.endswith(":") or _INTRO.search(text.lower())):
                break
            post.append(j)
        j -= 1
    return post
