"""Hypothesis strategies for testing cleaners and the pages you feed them.

Importing this module imports hypothesis (``import cleanseed`` alone does not). Everything is
built constructively from templates of real page furniture, so examples are fast to generate
and shrink to short, readable pages::

    from hypothesis import given
    from cleanseed import clean
    from cleanseed.strategies import news_pages

    @given(news_pages(format="markdown"))
    def test_clean_keeps_the_story(case):
        page, expected = case
        doc = clean(page, format="markdown")
        assert all(line in doc.text.splitlines() for line in expected.body)
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
    Site,
    attribution,
    authors,
    byline,
    chrome_block,
    dateline,
    dates,
    paragraph,
    plain,
    quote_text,
    sites,
)
from ._pages import Expected, FlatStyle, PageFormat, flat_lines, pages

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
    kinds = st.just(kind) if kind else st.sampled_from(CHROME_KINDS)
    markdown = format == "markdown"

    @st.composite
    def lines(draw: Draw) -> tuple[str, ...]:
        block = draw(chrome_block(draw(kinds), draw(sites())))
        return tuple(flat_lines(block, markdown, FlatStyle(bullet="* " if markdown else "")))

    return lines()


def bylines() -> st.SearchStrategy[tuple[str, tuple[str, ...]]]:
    """Pairs ``(line, authors)``: a byline as sites print it and the names it credits."""

    @st.composite
    def pair(draw: Draw) -> tuple[str, tuple[str, ...]]:
        names = draw(authors())
        return draw(byline(names, draw(sites()))), names

    return pair()


def datelines() -> st.SearchStrategy[tuple[str, dt.date]]:
    """Pairs ``(line, date)``: a publication timestamp as sites print it and the date it names."""
    return dates().flatmap(lambda day: dateline(day).map(lambda line: (line, day)))


def quotes() -> st.SearchStrategy[str]:
    """Direct speech in curly quotes, as a reporter quotes a source."""
    return quote_text()


def attributions(named: bool | None = None) -> st.SearchStrategy[str]:
    """Sentences attributing speech to a named source (``named=True``), an anonymous one, or either."""
    if named is None:
        return st.booleans().flatmap(attribution)
    return attribution(named)


def article_bodies(*, min_paragraphs: int = 1, max_paragraphs: int = 6) -> st.SearchStrategy[tuple[str, ...]]:
    """Article bodies: paragraphs of report prose, some with attributed quotes."""
    def body(site: Site) -> st.SearchStrategy[tuple[str, ...]]:
        paragraphs = paragraph(site).map(plain)
        return st.lists(paragraphs, min_size=min_paragraphs, max_size=max_paragraphs, unique=True).map(tuple)

    return sites().flatmap(body)


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
            language="en",
            format=fmt,
            source=page,
            removed=tuple(removed),
        )

    return document()
