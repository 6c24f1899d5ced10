"""The cleaning pipeline: a list of cleaners, and ``clean()`` that runs it on any input."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any, Literal, get_args

from . import cleaners as _cleaners
from ._html import Extracted, extract, visible_text
from ._html_meta import Found
from ._input import MAX_INPUT_BYTES, decode, detect_format
from ._lang import detect_language
from ._markup import strip_markup
from ._references import inline_references
from ._unwrap import join_soft_breaks, unwrap, wrap_width
from .cleaners._text import is_prose
from .document import (
    EXTRACTION_FALLBACK,
    LINKS_INLINED,
    MARKUP_STRIPPED,
    UNWRAPPED,
    Cleaner,
    Document,
    Draft,
    Format,
    MetaField,
)
from .errors import ExtractionError

_FORMATS = ("auto", *get_args(Format))

DEFAULT_CLEANERS: tuple[str, ...] = (
    "meta.front_matter",
    "markdown.link_definitions",
    "markdown.images",
    "markdown.link_lines",
    "markdown.links",
    "markdown.emphasis",
    "chrome.skip_links",
    "chrome.cookie",
    "chrome.newsletter",
    "chrome.appeal",
    "chrome.call_to_action",
    "chrome.shopping",
    "chrome.share",
    "chrome.ads",
    "embeds.social",
    "chrome.editorial_note",
    "chrome.comments",
    "footer.legal",
    "footer.nav",
    "related.teasers",
    "related.next_story",
    "meta.labels",
    "meta.dates",
    "meta.byline",
    "chrome.author_bio",
    "chrome.nav",
    "chrome.caption",
    "chrome.credit",
    "related.links",
    "meta.title",
    "chrome.tags",
    "related.truncated",
    "boilerplate.lines",
    "footer.legal",
    "chrome.tags",
    "text.symbol_lines",
    "text.blank_runs",
)
"""The default pipeline, in order: the one place that says which cleaners run.

``footer.legal`` and ``chrome.tags`` run again after the line model: they judge a line by where the body
ends, and the line model can move that end. Without this second look, cleaning the output again removed
more on 11 of the 842 flat development captures; with it (and company words kept out of names), on 2.
"""

_MIN_PROSE_SHARE = 0.3
"""Below this share of its characters in sentence-like lines, the cleaned main text trafilatura picked reads as a
list, not an article (on two development pages it took a column of teasers for the story), so the page's whole
visible text is cleaned as well, and wins if it holds at least twice the prose (a page whose story is a list, a
schedule or a table, keeps it unless the whole page holds far more sentences). Of the 421 development pages, 3 fall
below it, and the whole page wins on all 3; the next lowest share is 0.32."""


class Pipeline:
    """A list of cleaners run in order; itself a cleaner. Names resolve through the registry."""

    __slots__ = ("steps",)

    def __init__(self, steps: Iterable[Cleaner | str] = DEFAULT_CLEANERS) -> None:
        self.steps: tuple[Cleaner, ...] = tuple(_cleaners.get(s) if isinstance(s, str) else s for s in steps)

    def __call__(self, draft: Draft) -> Draft:
        for step in self.steps:
            draft = step(draft)
            if not isinstance(draft, Draft):
                # A user's cleaner that forgot its return would otherwise fail in the next step, far from the cause.
                raise TypeError(f"cleaner {_cleaners.cleaner_id(step)} returned {type(draft).__name__}, not a Draft")
        return draft

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(_cleaners.cleaner_id(s) for s in self.steps)}])"

    def __reduce__(self) -> tuple[type[Pipeline], tuple[tuple[Cleaner, ...]]]:
        return (Pipeline, (self.steps,))


def clean(
    raw: str | bytes,
    *,
    format: Format | Literal["auto"] = "auto",
    url: str | None = None,
    cleaners: Sequence[Cleaner | str] | Pipeline | None = None,
    max_bytes: int = MAX_INPUT_BYTES,
) -> Document:
    """Strip page chrome from ``raw`` (text, markdown or HTML; ``str`` or ``bytes``).

    Returns a :class:`Document` whose ``removed`` records account for every non-blank source line not kept in
    ``text``. HTML is cleaned from the main text trafilatura finds, or from the page's whole visible text where that
    fails or reads as a list (``labels`` then holds ``extraction-fallback``); a text or markdown capture with raw HTML
    tags and pandoc's attribute syntax stripped (``labels`` holds ``markup-stripped``), the lines a wrapper broke
    joined (``unwrapped``), and reference-style links written inline (``links-inlined``); ``extracted`` then holds
    the text the cleaners read. Raises a :class:`CleanseedError` subclass on empty, binary, undecodable or oversized
    input; ``ValueError`` for an unknown ``format``, ``KeyError`` for an unknown cleaner name, and ``TypeError`` when
    ``raw`` is neither ``str`` nor ``bytes`` or a cleaner returns something other than a :class:`Draft`.
    """
    if not isinstance(raw, str | bytes):
        raise TypeError(f"clean() takes str or bytes, not {type(raw).__name__}")
    if format not in _FORMATS:
        raise ValueError(f"format must be one of {', '.join(_FORMATS)}, not {format!r}")
    text = decode(raw, max_bytes=max_bytes)
    fmt: Format = detect_format(text) if format == "auto" else format
    if not isinstance(cleaners, Pipeline):
        cleaners = Pipeline(DEFAULT_CLEANERS if cleaners is None else cleaners)
    draft = _clean_html(text, url, cleaners) if fmt == "html" else cleaners(_text_draft(text, fmt, url))
    body = draft.text
    return Document(
        text=body,
        title=draft.title,
        authors=draft.authors,
        published=draft.published,
        published_relative=draft.published_relative,
        site=draft.site,
        language=detect_language(body),
        format=fmt,
        source=text,
        extracted=None if draft.source == text else draft.source,
        url=draft.url,
        removed=draft.removed,
        lifted=draft.lifted,
        labels=draft.labels,
    )


def _text_draft(text: str, fmt: Format, url: str | None) -> Draft:
    """The working lines of a text or markdown capture, as the cleaners read them best: a hard-wrapped one (html2text
    wraps at 78 characters, pandoc at 72) with the lines its wrapper broke joined back into paragraphs (label
    ``unwrapped``), raw HTML tags and pandoc's attribute syntax stripped (``markup-stripped``), a markdown one with
    the lines of a paragraph broken mid-sentence joined (``unwrapped``), and reference-style links written inline
    (``links-inlined``)."""
    working, labels = text, []
    stripped = strip_markup(text)
    if (width := _wrap_width(text, stripped)) is not None:
        # Joined before the markup is stripped: stripped, a broken line is shorter than its wrapper left it.
        working, labels = unwrap(text, width), [UNWRAPPED]
        stripped = None if stripped is None else strip_markup(working)
    if stripped is not None:
        working, labels = stripped, [*labels, MARKUP_STRIPPED]
    if fmt == "markdown" and (joined := join_soft_breaks(working)) != working:
        working, labels = joined, labels if UNWRAPPED in labels else [*labels, UNWRAPPED]
    if (inlined := inline_references(working)) is not None:
        working, labels = inlined, [*labels, LINKS_INLINED]
    draft = Draft.from_text(working, format=fmt, url=url)
    for label in labels:
        draft = draft.label(label)
    return draft


def _wrap_width(text: str, stripped: str | None) -> int | None:
    """The width ``text`` was wrapped at, read from its lines without markup (a line of tag attributes is no wrapped
    prose), else from its raw lines (where tags inline in paragraphs were wrapped with the words)."""
    width = wrap_width(stripped or text)
    return wrap_width(text) if width is None and stripped is not None else width


def _clean_html(html: str, url: str | None, pipeline: Pipeline) -> Draft:
    """The cleaned main text of ``html``; or its whole visible text, cleaned, when the main text trafilatura picked
    reads as a list and the whole page holds far more prose."""
    page = extract(html, url)
    draft = pipeline(_html_draft(page, url))
    prose, length = _prose(draft.text)
    if page.used_fallback or (length and prose >= _MIN_PROSE_SHARE * length):
        return draft
    try:
        whole = dataclasses.replace(page, text=visible_text(html), used_fallback=True)
    except ExtractionError:
        return draft
    rival = pipeline(_html_draft(whole, url))
    return rival if _prose(rival.text)[0] > 2 * prose else draft


def _prose(text: str) -> tuple[int, int]:
    """Characters in the sentence-like lines of ``text``, and in all its lines."""
    lengths = [(len(line), is_prose(line)) for line in text.splitlines() if line.strip()]
    return sum(n for n, sentence in lengths if sentence), sum(n for n, _ in lengths)


def _html_draft(page: Extracted, url: str | None) -> Draft:
    """The page's main text as the working lines, with its own metadata and labels already lifted."""
    draft = Draft.from_text(page.text, format="html", url=url)
    meta = page.meta
    fields: tuple[tuple[MetaField, Found[Any] | None], ...] = (
        ("title", meta.title),
        ("authors", meta.authors),
        ("published", meta.published),
        ("site", meta.site),
    )
    for name, found in fields:
        if found is not None:
            draft = draft.lift(name, found.value, "html.metadata", origin=found.origin)
    for label in meta.labels:
        draft = draft.label(label.value)
    if page.used_fallback:
        draft = draft.label(EXTRACTION_FALLBACK)
    return draft
