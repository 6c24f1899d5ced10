"""A capture's own metadata header: YAML front matter or a reader service's "Title:" lines, lifted and dropped.

Web clippers open the markdown they save with front matter (``---`` / ``title: …`` / ``author: …`` / ``---``),
html-to-markdown with every ``<meta>`` tag of the page (``meta-author: …``, ``meta-article:published_time: …``), and
reader services with header lines ("Title: …", "URL Source: …", "Published Time: …", "Markdown Content:"). The
page's metadata, stated outright: lifted before any cleaner guesses it from the chrome.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .._html_meta import AUTHOR_FIELDS, AUTHOR_SPLIT, DATE_FIELDS, SITE_FIELDS, TITLE_FIELDS, authors
from .._unwrap import FRONT_MATTER_FENCE, MAX_FRONT_MATTER_LINES
from ..document import Draft, Line, MetaField
from . import lexicon
from ._base import cleaner
from ._dates import find_date

_FIELD = re.compile(r"\s{0,8}([A-Za-z][\w .:-]{0,60}?)\s{0,4}:(?:\s+(.*))?$")
"""A ``key: value`` line; a key may hold colons and dots (``meta-article:published_time``), a value follows a colon
and a space."""
_ITEM = re.compile(r"\s{0,8}-\s+(.*)$")
_META_PREFIX = "meta-"
_META_FIELDS: dict[str, str] = {
    **dict.fromkeys(TITLE_FIELDS, "title"),
    **dict.fromkeys(AUTHOR_FIELDS, "authors"),
    **dict.fromkeys(DATE_FIELDS, "published"),
    **dict.fromkeys(SITE_FIELDS, "site"),
}
"""A page's ``<meta>`` tags as html-to-markdown writes them (``meta-og:title: …``), read as the HTML path reads
them."""
_EDGE = " \t\"'[]"
"""Quotes and a clipper's wiki-link brackets ("[[Anna Walsh]]") around a value."""
_TEXT_FIELDS: dict[str, MetaField] = {"title": "title", "site": "site", "url": "url"}


@cleaner("meta.front_matter")
def front_matter(draft: Draft) -> Draft:
    """Lift title, authors, date, site and address from a metadata header atop the capture, and drop the header."""
    lines = draft.lines
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    if first is None:
        return draft
    header = (
        _yaml_block(lines, first) if lines[first].text.strip() == FRONT_MATTER_FENCE else _reader_header(lines, first)
    )
    if header is None:
        return draft
    end, fields = header
    # Beside a page's <meta> tags, "title" is its <title> element, and og:title often the same: the site's name
    # after the headline ("… | Creative Loafing"). The page's own heading, read later, is the better title.
    page_meta = any(key.startswith(_META_PREFIX) for key, _, _ in fields)
    for key, line, values in fields:
        if (field := _field(key)) != "title" or not page_meta:
            draft = _lift(draft, field, line, values)
    return draft.drop(range(first, end), "meta.front_matter", "metadata header")


Fields = list[tuple[str, Line, list[str]]]


def _yaml_block(lines: Sequence[Line], first: int) -> tuple[int, Fields] | None:
    """The end of a front matter block opening at ``first`` and its fields; ``None`` unless every line inside is a
    field or a list item and a closing fence comes within ``MAX_FRONT_MATTER_LINES``."""
    fields: Fields = []
    for i in range(first + 1, min(len(lines), first + MAX_FRONT_MATTER_LINES)):
        text = lines[i].text
        if text.strip() in (FRONT_MATTER_FENCE, "..."):
            return i + 1, fields
        if lines[i].blank:
            continue
        if (item := _ITEM.match(text)) and fields:
            fields[-1][2].append(item.group(1))
        elif text[:1].isspace() and fields:
            continue  # a folded or nested value ("description: >-" over indented lines): no field of ours
        elif field := _FIELD.match(text):
            fields.append((field.group(1).strip().lower(), lines[i], [field.group(2) or ""]))
        else:
            return None
    return None


def _reader_header(lines: Sequence[Line], first: int) -> tuple[int, Fields] | None:
    """The end of a reader service's header lines opening at ``first`` and their fields, or ``None``."""
    fields: Fields = []
    end = first
    for i in range(first, min(len(lines), first + MAX_FRONT_MATTER_LINES)):
        if lines[i].blank:
            continue
        field = _FIELD.match(lines[i].text)
        if field is None or (key := field.group(1).strip().lower()) not in lexicon.READER_HEADER_KEYS:
            break
        fields.append((key, lines[i], [field.group(2) or ""]))
        end = i + 1
        if key == "markdown content":
            break
    # A lone "Title: …" line may open a plain text; a reader's header has its address too.
    return (end, fields) if any(key == "url source" for key, _, _ in fields) else None


def _field(key: str) -> str | None:
    """The field a header key gives: a clipper's or reader's key, or a page's ``<meta>`` tag."""
    if key.startswith(_META_PREFIX):
        name = key.removeprefix(_META_PREFIX)
        return _META_FIELDS.get(name) or lexicon.FRONT_MATTER_FIELDS.get(name)
    return lexicon.FRONT_MATTER_FIELDS.get(key)


def _lift(draft: Draft, field: str | None, line: Line, values: list[str]) -> Draft:
    """``draft`` with ``field`` lifted from a header field's values (a list's items, or its one value)."""
    values = [v.strip(_EDGE) for v in values if v.strip(_EDGE)]
    if field is None or not values:
        return draft
    if field == "authors":
        # Read as a page's author fields are: split, "By" and credentials cut, a desk or a publication left out.
        names = authors(n.strip(_EDGE) for v in values for n in AUTHOR_SPLIT.split(v))
        return draft.lift("authors", names, "meta.front_matter", line=line) if names else draft
    if field == "published":
        stamp = find_date(values[0])
        if stamp is None or stamp.date is None:
            return draft
        return draft.lift("published", stamp.date, "meta.front_matter", line=line)
    return draft.lift(_TEXT_FIELDS[field], values[0], "meta.front_matter", line=line)
