"""Hypothesis strategies for testing cleaners and the pages you feed them.

Importing this module imports hypothesis (``import cleanseed`` alone does not). Everything is
built constructively from templates of real page furniture, so examples are fast to generate
and shrink to short, readable pages::

    from hypothesis import given
    from cleanseed import clean
    from cleanseed.strategies import news_pages
    from cleanseed.testing import assert_cleaned

    @given(news_pages(format="markdown"))
    def test_clean_keeps_the_story_and_drops_the_chrome(case):
        page, expected = case
        assert_cleaned(clean(page, format="markdown"), expected)
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from hypothesis import strategies as st

from ..document import Document, Removal
from ._build import (
    CHROME_KINDS,
    ChromeKind,
    Draw,
    authors,
    dates,
    draw_attribution,
    draw_byline,
    draw_chrome,
    draw_dateline,
    draw_site,
    paragraph,
    pick,
    plain,
)
from ._pages import Expected, FlatStyle, PageFormat, flat_lines, pages
from ._vocab import QUOTES

__all__ = [
    "CHROME_KINDS",
    "ChromeKind",
    "Expected",
    "article_bodies",
    "attributions",
    "bylines",
    "chrome_lines",
    "datelines",
    "documents",
    "news_pages",
    "quotes",
]


def chrome_lines(
    kind: ChromeKind | None = None, *, format: Literal["text", "markdown"] = "text"
) -> st.SearchStrategy[tuple[str, ...]]:
    """The lines of one piece of page chrome of ``kind`` (any kind when ``None``), as a capture shows it.

    ``format="markdown"`` renders links, lists and headings the way html2text does.
    """
    if kind is not None and kind not in CHROME_KINDS:
        raise ValueError(f"unknown chrome kind {kind!r}; known kinds: {', '.join(CHROME_KINDS)}")
    kinds = (kind,) if kind else CHROME_KINDS
    markdown = format == "markdown"

    @st.composite
    def lines(draw: Draw) -> tuple[str, ...]:
        block = draw_chrome(draw, pick(draw, kinds), draw_site(draw))  # type: ignore[arg-type]
        return tuple(flat_lines(block, markdown, FlatStyle(bullet="* " if markdown else "")))

    return lines()


def bylines() -> st.SearchStrategy[tuple[str, tuple[str, ...]]]:
    """Pairs ``(line, authors)``: a byline as sites print it and the names it credits."""

    @st.composite
    def pair(draw: Draw) -> tuple[str, tuple[str, ...]]:
        names = draw(authors())
        return draw_byline(draw, names, draw_site(draw)), names

    return pair()


def datelines() -> st.SearchStrategy[tuple[str, dt.date]]:
    """Pairs ``(line, date)``: a publication timestamp as sites print it and the date it names."""

    @st.composite
    def pair(draw: Draw) -> tuple[str, dt.date]:
        day = draw(dates())
        return draw_dateline(draw, day), day

    return pair()


def quotes() -> st.SearchStrategy[str]:
    """Direct speech in curly quotes, as a reporter quotes a source."""
    return st.sampled_from(QUOTES).map(lambda q: f"“{q}.”")


def attributions(named: bool | None = None) -> st.SearchStrategy[str]:
    """Sentences attributing speech to a named source (``named=True``), an anonymous one, or either."""

    @st.composite
    def sentence(draw: Draw) -> str:
        return draw_attribution(draw, draw(st.booleans()) if named is None else named)

    return sentence()


def article_bodies(*, min_paragraphs: int = 1, max_paragraphs: int = 6) -> st.SearchStrategy[tuple[str, ...]]:
    """Article bodies: paragraphs of report prose, some with attributed quotes."""
    paragraphs = paragraph().map(plain)
    return st.lists(paragraphs, min_size=min_paragraphs, max_size=max_paragraphs, unique=True).map(tuple)


def news_pages(format: PageFormat = "text") -> st.SearchStrategy[tuple[str, Expected]]:
    """Oracle pairs ``(page, expected)``: a news page with injected chrome, and what ``clean()`` must return.

    ``format`` is ``"text"`` (a browser copy), ``"markdown"`` (html2text output) or ``"html"``.
    """
    if format not in ("text", "markdown", "html"):
        raise ValueError(f"format must be 'text', 'markdown' or 'html', not {format!r}")
    return pages(format)


def documents() -> st.SearchStrategy[Document]:
    """Cleaned ``Document`` values whose removal records account for the chrome of their source.

    Registered for ``st.from_type(Document)`` through cleanseed's hypothesis entry point.
    """

    @st.composite
    def document(draw: Draw) -> Document:
        fmt: PageFormat = draw(st.sampled_from(("text", "markdown")))
        page, expected = draw(pages(fmt))
        removed = []
        chrome = set(expected.chrome)
        for no, line in enumerate(page.splitlines(), start=1):
            if line in chrome:
                removed.append(Removal("strategies.chrome", "injected chrome", line, no, no))
        return Document(
            text="\n\n".join(expected.body),
            title=expected.title,
            authors=expected.authors,
            published=expected.published,
            published_relative=expected.published_relative,
            language="en",
            format=fmt,
            source=page,
            removed=tuple(removed),
        )

    return document()
