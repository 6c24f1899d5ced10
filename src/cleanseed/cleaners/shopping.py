"""Shopping widgets in product roundups and reviews: buy buttons, bare price lines, boxes of pros and cons."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..document import Draft, Line
from . import lexicon
from ._base import cleaner
from ._scan import lines_with_any, norm_keys, scan_keys, search_keys
from ._text import PRICE, is_sentence, list_mark, next_nonblank, norm, phrase_regex, plain, words

_BUTTON = phrase_regex(lexicon.SHOP_BUTTONS)
_LEAD = re.compile(r"^(?:" + "|".join(re.escape(p) for p in lexicon.SHOP_LEADS) + r")\s")
_PRICES_AT = re.compile(rf"^(?:{PRICE}\s{{0,3}}){{1,3}}(?:(?:at|on|from)\s{{1,3}}(?P<shop>.{{1,60}}))?$")
"""A price or two ("$18 $14"), perhaps at a shop ("at Glossier"): the price line of a product card."""
_PRICE_LABEL = re.compile(r"^(?:" + "|".join(re.escape(p) for p in lexicon.PRICE_LABELS) + r")\s{0,3}:\s{0,3}", re.I)
_KEYS = search_keys(lexicon.SHOP_BUTTONS + lexicon.SHOP_LEADS) + scan_keys(("$", "£", "€"))
_PRICE = re.compile(rf"\s{{0,3}}{PRICE}\s{{0,3}}")
"""A price ending each button of a row ("View On Amazon $25 View On Wayfair $25")."""
_MAX_SHOP_WORDS = 4
_MAX_BUTTON_CHARS = 80
_VERDICT = phrase_regex(lexicon.VERDICT_HEADINGS)
_VERDICT_KEYS = norm_keys(lexicon.VERDICT_HEADINGS)
_MAX_HEADING_CHARS = 40
_MAX_POINT_WORDS = 15
"""Words of a point in a box of pros and cons ("Invisible Shield so you can monitor your child without being
detected"); a longer line is the review's prose again."""


@cleaner("chrome.shopping")
def shopping(draft: Draft) -> Draft:
    """Drop a product card's buttons ("View Deal", "View On Amazon") and bare price lines ("$18 $14 at Glossier",
    "Best Prices Today: $40 at FastestVPN"), and a review's box of pros and cons."""
    lines = draft.lines
    drops = [
        i for i in lines_with_any(lines, _KEYS) if len(lines[i].text) <= _MAX_BUTTON_CHARS and _is_widget(lines[i].text)
    ]
    drops.extend(_verdict_boxes(lines))
    return draft.drop(drops, "chrome.shopping", "shopping widget")


def _verdict_boxes(lines: Sequence[Line]) -> Iterator[int]:
    """A review's box of pros and cons: a "Pros" or "The Bad" heading and the list of short points under it."""
    for i in lines_with_any(lines, _VERDICT_KEYS):
        if len(lines[i].text) > _MAX_HEADING_CHARS or not _VERDICT.match(norm(lines[i].text)):
            continue
        points = []
        j = next_nonblank(lines, i)
        while j is not None and _is_point(lines[j].text):
            points.append(j)
            j = next_nonblank(lines, j)
        if points:  # a heading over no list is the review's own ("The Good" over a paragraph)
            yield i
            yield from points


def _is_point(text: str) -> bool:
    """A list item of a few words, not a sentence of the review."""
    return bool(list_mark(text)) and len(words(text)) <= _MAX_POINT_WORDS and not is_sentence(text)


def _is_widget(text: str) -> bool:
    """A button, a button naming its shop ("View On Amazon"), or a line of nothing but prices and a shop."""
    line = norm(text)
    if _BUTTON.match(line):
        return True
    if (lead := _LEAD.match(line)) is not None:
        flat = " ".join(plain(text).split())
        return _names_shop(flat[lead.end() :]) or _is_button_row(flat)
    bare = " ".join(text.split()).strip("*_ ")
    prices = _PRICES_AT.match(_PRICE_LABEL.sub("", bare, count=1).strip("*_ "))
    return prices is not None and (prices["shop"] is None or _names_shop(prices["shop"]))


def _is_button_row(text: str) -> bool:
    """A card's row of priced buttons, one a shop ("View On Amazon $25 View On Walmart $33")."""
    buttons = [b for b in _PRICE.split(text) if b]
    return len(buttons) >= 2 and all((m := _LEAD.match(b.lower())) and _names_shop(b[m.end() :]) for b in buttons)


def _names_shop(text: str) -> bool:
    """A retailer's name: a few words, the first capitalised ("Amazon", "Best Buy", "Free People")."""
    tokens = words(text)
    return 0 < len(tokens) <= _MAX_SHOP_WORDS and text.strip()[:1].isupper()
