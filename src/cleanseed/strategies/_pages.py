"""Whole news pages: a layout of blocks, rendered as a browser copy, html2text markdown or HTML."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from hypothesis import strategies as st

from . import _vocab as v
from ._build import (
    Block,
    ChromeKind,
    Draw,
    Row,
    Site,
    authors,
    dates,
    draw_byline,
    draw_chrome,
    draw_dateline,
    draw_headline,
    draw_relative_line,
    draw_site,
    paragraph,
    plain,
    relative_phrases,
    slug,
    text_row,
)

PageFormat = Literal["text", "markdown", "html"]


@dataclass(frozen=True, slots=True)
class Expected:
    """What ``clean()`` must give back for a generated page: the oracle half of ``news_pages()``.

    ``body`` holds the article's paragraphs as they must appear, one a line, in ``Document.text``;
    ``chrome`` every injected chrome line, none of which may survive; ``title`` the headline, which
    ``clean()`` may keep as the first line or lift; ``authors`` and ``published`` what the byline and
    timestamp said (empty and ``None`` when the page had none), or ``published_relative`` the
    lowercase phrase of a relative timestamp ("4 days ago").
    """

    body: tuple[str, ...]
    chrome: tuple[str, ...]
    title: str
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    published_relative: str | None = None


@dataclass(frozen=True, slots=True)
class Layout:
    """A page before rendering: its blocks in reading order, and the facts the oracle needs."""

    site: Site
    title: str
    top: tuple[Block, ...]
    head: tuple[Block, ...]
    article: tuple[Block, ...]
    after: tuple[Block, ...]
    footer: tuple[Block, ...]
    authors: tuple[str, ...]
    published: dt.date | None
    published_relative: str | None

    def expected(self, body: list[str], chrome: list[str]) -> Expected:
        return Expected(tuple(body), tuple(chrome), self.title, self.authors, self.published, self.published_relative)

    @property
    def blocks(self) -> tuple[Block, ...]:
        title = Block("title", (text_row(self.title),))
        return (*self.top, title, *self.head, *self.article, *self.after, *self.footer)


@lru_cache(maxsize=4096)
def _optional_chrome(kind: ChromeKind, site: Site, names: tuple[str, ...]) -> st.SearchStrategy[Block | None]:
    """A piece of chrome or nothing, drawn as one unit so the shrinker can drop it whole."""

    @st.composite
    def optional(draw: Draw) -> Block | None:
        return draw_chrome(draw, kind, site, names) if draw(st.booleans()) else None

    return optional()


_MAYBE_AUTHORS: st.SearchStrategy[tuple[str, ...]] = st.one_of(st.just(()), authors())
_MAYBE_DATE = st.none() | dates()
_MAYBE_STAMP: st.SearchStrategy[dt.date | str | None] = st.one_of(st.none(), dates(), relative_phrases())
_INLINE_KINDS: tuple[ChromeKind, ...] = ("ad", "related", "newsletter", "caption")
_INLINE = st.lists(st.sampled_from(_INLINE_KINDS), max_size=3)


@cache
def _bodies(min_paragraphs: int) -> st.SearchStrategy[list[Row]]:
    return st.lists(paragraph(), min_size=min_paragraphs, max_size=6, unique_by=plain)


def draw_layout(draw: Draw, min_paragraphs: int = 1, relative: bool = True) -> Layout:
    """A page layout. Every piece of chrome is optional and shrinks away when not needed.

    With ``relative``, the timestamp may be relative ("4 days ago") instead of a date.
    """
    site = draw_site(draw)
    title = draw_headline(draw)

    def maybe(kind: ChromeKind, names: tuple[str, ...] = ()) -> list[Block]:
        block = draw(_optional_chrome(kind, site, names))
        return [block] if block else []

    top = maybe("cookie") + maybe("skip_link") + maybe("navigation")

    names = draw(_MAYBE_AUTHORS)
    when = draw(_MAYBE_STAMP if relative else _MAYBE_DATE)
    day = when if isinstance(when, dt.date) else None
    ago = when if isinstance(when, str) else None
    stamp_line = draw_dateline(draw, day) if day else draw_relative_line(draw, ago) if ago else ""
    head: list[Block] = []
    if names and stamp_line and draw(st.booleans()):
        joiner = draw(st.sampled_from(v.BYLINE_DATE_JOINERS))
        head.append(Block("byline", (text_row(draw_byline(draw, names, site) + joiner + stamp_line),)))
    else:
        credit = [Block("byline", (text_row(draw_byline(draw, names, site)),))] if names else []
        stamp = [Block("timestamp", (text_row(stamp_line),))] if stamp_line else []
        head += stamp + credit if draw(st.booleans()) else credit + stamp
    head += maybe("share")
    lead_picture = maybe("caption")
    head += lead_picture + (maybe("credit") if lead_picture else [])

    article: list[Block] = [Block("body", (p,)) for p in draw(_bodies(min_paragraphs))]
    for kind in draw(_INLINE):
        at = draw(st.integers(1, len(article)))
        block = draw_chrome(draw, kind, site)
        if kind == "related" and block.listed:
            continue  # a list of links sits beside the article, not inside a paragraph run
        article.insert(at, block)
    article += maybe("tags") + maybe("share")
    if names:
        article += maybe("author_bio", names)

    after = maybe("related") + maybe("teaser") + maybe("newsletter")
    footer = maybe("footer") + maybe("copyright") + maybe("cookie")
    parts = (tuple(top), tuple(head), tuple(article), tuple(after), tuple(footer))
    return Layout(site, title, *parts, names, day, ago)


# ---- text and markdown -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FlatStyle:
    """How a flat capture lays blocks out: list bullets and the gap between blocks."""

    bullet: str = ""
    gap: str = "\n\n"


@cache
def flat_styles(markdown: bool) -> st.SearchStrategy[FlatStyle]:
    bullets = ("* ", "  * ") if markdown else ("", "* ", "• ")
    return st.builds(FlatStyle, st.sampled_from(bullets), st.sampled_from(("\n\n", "\n")))


def md_row(row: Row) -> str:
    return "".join(f"[{text}]({href})" if href else text for text, href in row)


def flat_lines(block: Block, markdown: bool, style: FlatStyle) -> list[str]:
    """The lines ``block`` occupies in a browser copy (``markdown=False``) or html2text output."""
    render = md_row if markdown else plain
    lines: list[str] = []
    if block.image and markdown:
        lines.append(f"![{block.image}](https://cdn.example.net/img/{slug(block.image)}.jpg)")
    for i, row in enumerate(block.rows):
        if block.kind == "title":
            lines.append(("# " if markdown else "") + render(row))
        elif block.heading and i == 0:
            lines.append(("## " if markdown else "") + render(row))
        elif block.listed:
            lines.append(style.bullet + render(row))
        else:
            lines.append(render(row))
    return lines


def render_flat(layout: Layout, markdown: bool, style: FlatStyle) -> tuple[str, Expected]:
    chunks: list[str] = []
    body: list[str] = []
    chrome: list[str] = []
    for block in layout.blocks:
        lines = flat_lines(block, markdown, style)
        chunks.append("\n".join(lines))
        if block.kind == "body":
            body += [plain(row) for row in block.rows]
        elif block.kind != "title":
            chrome += lines
    page = style.gap.join(chunks) + "\n"
    return page, layout.expected(body, chrome)


# ---- HTML --------------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def html_row(row: Row) -> str:
    return "".join(f'<a href="{_esc(href)}">{_esc(text)}</a>' if href else _esc(text) for text, href in row)


def _items(rows: tuple[Row, ...], tag: str = "ul") -> str:
    return f"<{tag}>" + "".join(f"<li>{html_row(r)}</li>" for r in rows) + f"</{tag}>"


_ROW_MARKUP = {
    "title": "<h1>{}</h1>",
    "body": "<p>{}</p>",
    "credit": '<p class="image-credit">{}</p>',
    "byline": '<p class="byline">{}</p>',
    "author_bio": '<div class="author-bio"><p>{}</p></div>',
    "copyright": '<p class="copyright">{}</p>',
    "ad": '<div class="ad-slot"><p>{}</p></div>',
}
"""Blocks whose markup is one element around their single row."""
_LIST_MARKUP = {
    "navigation": '<nav class="site-nav">{}</nav>',
    "share": '<div class="share-tools">{}</div>',
}
"""Blocks whose rows are the items of one list, set in a container."""


def html_block(block: Block, day: dt.date | None) -> str:
    """``block`` as the markup a news CMS would give it."""
    kind, rows = block.kind, block.rows
    if kind in _ROW_MARKUP:
        return _ROW_MARKUP[kind].format(html_row(rows[0]))
    if kind in _LIST_MARKUP:
        return _LIST_MARKUP[kind].format(_items(rows))
    if kind == "skip_link":
        return f'<a class="skip-link" href="#main">{_esc(plain(rows[0]))}</a>'
    if kind == "caption":
        img = f'<img src="https://cdn.example.net/img/lead.jpg" alt="{_esc(block.image or "")}">'
        return f"<figure>{img}<figcaption>{html_row(rows[0])}</figcaption></figure>"
    if kind == "timestamp":
        stamp = f' datetime="{day.isoformat()}T08:00:00Z"' if day else ""
        return f'<p class="dateline"><time{stamp}>{html_row(rows[0])}</time></p>'
    if kind in ("related", "teaser") and block.heading:
        items = _items(rows[1:], "ol" if kind == "teaser" else "ul")
        return f'<section class="{kind}"><h2>{html_row(rows[0])}</h2>{items}</section>'
    if kind == "related":
        lead, *rest = rows[0]
        return f"<p><strong>{_esc(lead[0].strip())}</strong> {html_row(tuple(rest))}</p>"
    if kind == "tags":
        return f'<div class="article-tags">{_items(rows) if block.listed else "<p>" + html_row(rows[0]) + "</p>"}</div>'
    if kind == "cookie":
        buttons = "".join(f"<button>{html_row(r)}</button>" for r in rows[1:])
        return f'<div id="cookie-banner"><p>{html_row(rows[0])}</p>{buttons}</div>'
    if kind == "newsletter":
        return '<div class="newsletter-signup">' + "".join(f"<p>{html_row(r)}</p>" for r in rows) + "</div>"
    if kind == "footer":
        return f'<ul class="footer-links">{"".join(f"<li>{html_row(r)}</li>" for r in rows)}</ul>'
    raise ValueError(f"no markup for block kind {kind!r}")


def render_html(layout: Layout) -> tuple[str, Expected]:
    def part(blocks: tuple[Block, ...]) -> str:
        return "\n".join(html_block(b, layout.published) for b in blocks)

    meta = [f"<title>{_esc(layout.title)} | {_esc(layout.site.outlet)}</title>"]
    if layout.authors:
        meta.append(f'<meta name="author" content="{_esc(", ".join(layout.authors))}">')
    if layout.published:
        meta.append(f'<meta property="article:published_time" content="{layout.published.isoformat()}T08:00:00Z">')
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        + "".join(meta)
        + f'</head>\n<body>\n<header>{part(layout.top)}</header>\n<main id="main"><article>\n'
        + html_block(Block("title", (text_row(layout.title),)), None)
        + "\n"
        + part(layout.head + layout.article)
        + "\n</article>\n<aside>"
        + part(layout.after)
        + "</aside></main>\n<footer>"
        + part(layout.footer)
        + "</footer>\n</body></html>\n"
    )
    body: list[str] = []
    chrome: list[str] = []
    for block in layout.blocks:
        if block.kind == "body":
            body += block.plain()
        elif block.kind != "title":
            chrome += [line.strip() for line in block.plain()]
    return page, layout.expected(body, chrome)


@st.composite
def pages(draw: Draw, format: PageFormat) -> tuple[str, Expected]:
    if format == "html":
        # trafilatura flattens a very short article (under its 250-character minimum) into a single
        # line with its headline and caption, so generated HTML articles are three paragraphs or more.
        # HTML carries a machine-readable date, so its timestamps are absolute.
        return render_html(draw_layout(draw, min_paragraphs=3, relative=False))
    layout = draw_layout(draw)
    markdown = format == "markdown"
    return render_flat(layout, markdown, draw(flat_styles(markdown)))
