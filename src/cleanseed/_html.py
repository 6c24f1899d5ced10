"""HTML input: trafilatura finds the main text and the page's own metadata."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .errors import ExtractionError

# htmldate's extensive search reads dates out of copyright lines and URLs; only markup dates count here.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|,| and | & )\s*")
_NOT_A_PERSON = frozenset({"staff", "admin", "editor", "editors", "news desk", "newsroom", "wire", "reporter"})


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
    """Main text and metadata of ``html``; raises ``ExtractionError`` when nothing can be read."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # lxml and trafilatura raise many types on hostile markup
        raise ExtractionError(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from None
    if result is None:
        return _fallback(html)
    text = (result.text or "").strip()
    if not text:
        return _fallback(html)
    return Extracted(
        text=text,
        title=(result.title or None),
        authors=_authors(result.author),
        published=_date(result.date),
        site=result.sitename or None,
        categories=tuple(c for c in (result.categories or []) if c),
        used_fallback=False,
    )


def _fallback(html: str) -> Extracted:
    """Every visible text node, when trafilatura finds no main text; the text cleaners then trim it."""
    import trafilatura

    try:
        _, text, _ = trafilatura.baseline(html)
    except Exception as exc:
        raise ExtractionError(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from None
    if not text.strip():
        raise ExtractionError("HTML holds no visible text")
    return Extracted(text, None, (), None, None, (), used_fallback=True)


def _authors(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    names = (n.strip() for n in _AUTHOR_SPLIT.split(raw))
    return tuple(dict.fromkeys(n for n in names if n and n.lower() not in _NOT_A_PERSON))


def _date(raw: str | None) -> dt.date | None:
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        return None
