"""HTML input: trafilatura finds the main text; our own reader takes the page's metadata from the same tree."""

from __future__ import annotations

from dataclasses import dataclass

from ._html_meta import PageMeta, read_meta
from ._input import is_html_document
from .errors import ExtractionError

_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
"""Elements that end a line of text in the streamed fallback."""
_HIDDEN_TAGS = frozenset({"head", "noscript", "script", "style", "svg", "template"})
"""Elements whose text no reader sees."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """The main text of a page and its metadata; ``used_fallback`` when the text is every visible text of the
    page instead (trafilatura found no main text, or the page was too deep for a tree)."""

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
        # trafilatura doubts a fragment ("<p>…</p>", a CMS's article body) is HTML, logs an error and may return no
        # tree: wrapped in a page, it reads as one.
        tree = load_html(html if is_html_document(html) else f"<html><body>{html}</body></html>")
        if tree is None:
            raise ExtractionError("HTML could not be parsed: no document element")
        if _cut_short():
            return Extracted(visible_text(html), read_meta(tree, url), used_fallback=True)
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


def _cut_short() -> bool:
    """Whether libxml2 stopped building the last tree at its depth limit (256 elements), dropping all that
    lay deeper and saying so only in the parser's error log."""
    from lxml.etree import ErrorTypes
    from trafilatura.utils import HTML_PARSER

    return bool(HTML_PARSER.error_log.filter_types([ErrorTypes.ERR_RESOURCE_LIMIT]))


class _TextCollector:
    """lxml parser target: the visible text of a page, a line per block element, without building a tree."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.hidden = 0

    def start(self, tag: str, attrib: object) -> None:
        self.hidden += tag in _HIDDEN_TAGS
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def end(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS and self.hidden:
            self.hidden -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)

    def close(self) -> str:
        return "".join(self.parts)


def visible_text(html: str) -> str:
    """Every visible text of ``html``, a line per block element, read as a stream of parser events, which have no
    depth limit: the page read whole when it is too deep for a tree, or when trafilatura's pick is in doubt.
    Raises ``ExtractionError`` when there is no visible text or lxml fails."""
    from lxml import etree

    # lxml refuses a str that declares its encoding; as UTF-8 bytes, it reads any.
    data = html.encode("utf-8", "surrogatepass")
    try:
        text = etree.fromstring(data, parser=etree.HTMLParser(target=_TextCollector(), encoding="utf-8"))
    except Exception as exc:  # lxml raises many types on hostile markup
        raise ExtractionError(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from None
    lines = (" ".join(line.split()) for line in str(text).splitlines())
    kept = "\n".join(line for line in lines if line)
    if not kept:
        raise ExtractionError("HTML holds no visible text")
    return kept


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
