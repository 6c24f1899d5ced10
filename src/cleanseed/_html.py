"""HTML input: trafilatura finds the main text; our own reader takes the page's metadata from the same tree."""

from __future__ import annotations

from dataclasses import dataclass

from ._html_meta import PageMeta, read_meta
from .errors import ExtractionError


@dataclass(frozen=True, slots=True)
class Extracted:
    """The main text of a page and its metadata; ``used_fallback`` when trafilatura found no main text."""

    text: str
    meta: PageMeta
    used_fallback: bool


def extract(html: str, url: str | None) -> Extracted:
    """Main text and metadata of ``html``; raises ``ExtractionError`` when nothing can be read.

    The page is parsed once. trafilatura runs in fast mode (no readability/jusText comparison: faster and,
    on the development pages, more accurate) without its metadata pass, which :func:`read_meta` replaces.
    trafilatura copies the tree before changing it, so the metadata reader and the fallback see it intact.
    """
    import trafilatura
    from trafilatura.settings import Document
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
        if tree is None:
            raise ExtractionError("HTML could not be parsed: no document element")
        result = trafilatura.bare_extraction(
            tree, url=url, fast=True, with_metadata=False, include_comments=False, include_tables=True
        )
        meta = read_meta(tree, url)
    except ExtractionError:
        raise
    except Exception as exc:  # lxml and trafilatura raise many types on hostile markup
        raise ExtractionError(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from None
    text = (result.text or "").strip() if isinstance(result, Document) else ""
    if not text:
        return Extracted(_fallback(tree), meta, used_fallback=True)
    return Extracted(text, meta, used_fallback=False)


def _fallback(tree: object) -> str:
    """Every visible text node, when trafilatura finds no main text; the text cleaners then trim it."""
    import trafilatura

    try:
        _, text, _ = trafilatura.baseline(tree)
    except Exception as exc:
        raise ExtractionError(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from None
    if not text.strip():
        raise ExtractionError("HTML holds no visible text")
    return str(text)
