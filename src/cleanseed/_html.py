"""HTML input: trafilatura finds the main text and the page's own metadata."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .errors import ExtractionError

# htmldate's extensive search guesses dates from copyright lines and free text: off. A date in the page's
# URL path is a fact the publisher wrote, but it only counts when the markup names no date (deferred).
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "deferred_url_extractor": True}
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|,| and | & )\s*")
_AUTHOR_PREFIX = re.compile(r"^(?:view all posts by|posted by|written by|words by|by)\s+", re.IGNORECASE)
# Page metadata often names the publication, a desk or a job title where a person belongs: any of these
# words marks the "author" as not a person. Measured against the gold authors in bench/clean_bench.py.
_NOT_A_PERSON_WORDS = frozenset(
    {
        "admin", "agency", "brandroom", "company", "contributor", "contributors", "correspondent", "daily",
        "desk", "editor", "editorial", "editors", "gazette", "head", "herald", "inc", "independent", "journal",
        "llc", "ltd", "magazine", "media", "network", "news", "newsroom", "officer", "redazione", "reporter",
        "sponsored", "staff", "team", "telegram", "times", "tribune", "university", "wire",
    }
)  # fmt: skip
_MAX_NAME_WORDS = 5
"""Longer "names" are bios or sentences that leaked into the author field."""


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    title: str | None
    authors: tuple[str, ...]
    published: dt.date | None
    site: str | None
    categories: tuple[str, ...]
    used_fallback: bool


def extract(html: str, url: str | None) -> Extracted:
    """Main text and metadata of ``html``; raises ``ExtractionError`` when nothing can be read.

    The page is parsed once; trafilatura's extraction and, when it finds no main text, the fallback both
    work on that tree (trafilatura copies an element before changing it).
    """
    import trafilatura
    from trafilatura.settings import Document
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
        if tree is None:
            raise ExtractionError("HTML could not be parsed: no document element")
        result = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except ExtractionError:
        raise
    except Exception as exc:  # lxml and trafilatura raise many types on hostile markup
        raise ExtractionError(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from None
    text = (result.text or "").strip() if isinstance(result, Document) else ""
    if not isinstance(result, Document) or not text:
        return _fallback(tree)
    return Extracted(
        text=text,
        title=(result.title or None),
        authors=_authors(result.author),
        published=_date(result.date),
        site=result.sitename or None,
        categories=tuple(c for c in (result.categories or []) if c),
        used_fallback=False,
    )


def _fallback(tree: object) -> Extracted:
    """Every visible text node, when trafilatura finds no main text; the text cleaners then trim it."""
    import trafilatura

    try:
        _, text, _ = trafilatura.baseline(tree)
    except Exception as exc:
        raise ExtractionError(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from None
    if not text.strip():
        raise ExtractionError("HTML holds no visible text")
    return Extracted(text, None, (), None, None, (), used_fallback=True)


def _authors(raw: str | None) -> tuple[str, ...]:
    """Person names in trafilatura's author field: split, "By" and the like stripped, non-persons left out."""
    if not raw:
        return ()
    names = (_AUTHOR_PREFIX.sub("", n.strip()) for n in _AUTHOR_SPLIT.split(raw[:1000]))
    return tuple(dict.fromkeys(n for n in names if _is_person(n)))


def _is_person(name: str) -> bool:
    words = name.casefold().replace(".", " ").split()
    return 2 <= len(words) <= _MAX_NAME_WORDS and not any(w in _NOT_A_PERSON_WORDS for w in words)


def _date(raw: str | None) -> dt.date | None:
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        return None
