"""Built-in cleaners, registered by their stable dotted ids.

A cleaner is any callable ``Draft -> Draft``. The registry is one explicit dict, so the
set of built-in ids is visible in one place and nothing registers itself on import.
"""

from __future__ import annotations

from ..document import Cleaner
from ._base import cleaner, cleaner_id
from .author_bio import author_bio
from .blank import blank_runs, symbol_lines
from .byline import byline
from .chrome import ads, share, skip_links
from .comments import comments
from .dates import dates
from .embeds import social
from .footer import footer_nav, legal
from .front_matter import front_matter
from .labels import labels
from .lines import boilerplate_lines
from .markdown import (
    markdown_emphasis,
    markdown_images,
    markdown_link_definitions,
    markdown_link_lines,
    markdown_links,
)
from .nav import nav
from .next_story import next_story
from .notes import editorial_note
from .photo import caption, credit
from .prompts import appeal, call_to_action, cookie, newsletter
from .related import links, teasers, truncated
from .shopping import shopping
from .tags import tags
from .title import title

REGISTRY: dict[str, Cleaner] = {
    c.id: c  # type: ignore[attr-defined]
    for c in (
        front_matter,
        markdown_link_definitions,
        markdown_images,
        markdown_link_lines,
        markdown_links,
        markdown_emphasis,
        skip_links,
        cookie,
        newsletter,
        appeal,
        call_to_action,
        shopping,
        share,
        ads,
        social,
        editorial_note,
        comments,
        legal,
        footer_nav,
        teasers,
        labels,
        dates,
        byline,
        author_bio,
        nav,
        title,
        caption,
        credit,
        links,
        truncated,
        next_story,
        tags,
        boilerplate_lines,
        symbol_lines,
        blank_runs,
    )
}
"""Every built-in cleaner by id."""

__all__ = ["REGISTRY", "cleaner", "cleaner_id", "get"]


def get(name: str) -> Cleaner:
    """The built-in cleaner registered as ``name``; a ``KeyError`` lists the known ids."""
    try:
        return REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(REGISTRY))
        raise KeyError(f"no cleaner named {name!r}; known cleaners: {known}") from None
