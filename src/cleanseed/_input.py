"""Turn raw input (str or bytes) into text, and tell HTML from markdown from plain text."""

from __future__ import annotations

import codecs
import itertools
import re

from .document import Format
from .errors import BinaryInputError, DecodeError, EmptyInputError, InputTooLargeError

MAX_INPUT_BYTES = 20_000_000
"""Inputs larger than this (in bytes, or characters for ``str``) raise ``InputTooLargeError``."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_HTML_DOCUMENT = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_HTML_MARKERS = re.compile(
    r"<(?:div|p|article|section|main|span|meta|script|style|a|ul|ol|li|h[1-6]|img|br|table|figure|blockquote)\b"
    r"[^<>]{0,200}>",
    re.I,
)
_MD_MARKERS = re.compile(
    r"^(?:#{1,6} \S|\s{0,4}[*+-] \[|!\[[^\]\n]{0,300}\]\(|\[[^\]\n]{1,300}\]\([^)\s]{1,500}\)|:::)"
    r"|\]\((?:https?://|/|#)|\]\{[.#]|`\{=html\}",
    re.M,
)
"""Headings, links, images; pandoc's fenced divs, bracketed spans and raw HTML."""
_MIN_MD_IN_HTML = 3
"""Markdown headings and links that make a text holding HTML tags (not a whole page) markdown with raw HTML: the first
20,000 characters of none of the 421 dev pages' HTML hold one."""
_PARAGRAPH_TAG = re.compile(r"<(?:p|br)[\s/>]", re.I)
_SNIFF = 20_000
_WESTERN = "cp1252"


def decode(raw: str | bytes, *, max_bytes: int = MAX_INPUT_BYTES) -> str:
    """Decode ``raw`` to ``str``: BOM, declared charset, UTF-8, then a detected charset.

    A ``str`` holding lone surrogates (as ``json.loads`` makes of ``"\\ud800"``) gets U+FFFD for each.

    Raises a ``CleanseedError`` subclass for empty, oversized, binary or undecodable input.
    """
    if len(raw) > max_bytes:
        raise InputTooLargeError(f"input is {len(raw):,} bytes; the limit is {max_bytes:,}")
    if isinstance(raw, str):
        text = raw.removeprefix("\ufeff")  # a BOM left by a reader that decoded without utf-8-sig
        if not text.isascii() and _holds_surrogate(text):
            # JSON's "\ud800" decodes to a lone surrogate, which no UTF-8 output can hold: one U+FFFD each.
            text = _SURROGATE.sub("\ufffd", text)
    else:
        if not raw.strip():
            raise EmptyInputError("input is empty")
        text = _decode_bytes(raw)
    if not text.strip():
        raise EmptyInputError("input is empty or only whitespace")
    sample = text[:_SNIFF]
    controls = len(_CONTROL.findall(sample))
    if "\x00" in sample or controls > max(8, len(sample) // 100):
        raise BinaryInputError(f"input looks binary: {controls} control characters in the first {len(sample):,}")
    return text


def _holds_surrogate(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate: the one thing UTF-8 cannot encode (and encoding, in C, is five times
    quicker than a pattern search)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _decode_bytes(raw: bytes) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _strict(raw, encoding)
    head = raw[:_SNIFF]
    if b"\x00" in head:
        # UTF-16 without a BOM still has a NUL beside every ASCII byte; real binary rarely decodes cleanly.
        # Any other NUL means binary: no text encoding this function would try puts one in text.
        for encoding in ("utf-16-le", "utf-16-be") if head.count(b"\x00") > len(head) // 4 else ():
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not _CONTROL.search(text[:_SNIFF]):
                return text
        raise BinaryInputError("input looks binary: NUL bytes in the first bytes")
    declared = _DECLARED.search(head)
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            return raw.decode(codecs.lookup(name).name)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall through to UTF-8 and detection
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(raw)
    best = matches.best()
    if best is None:
        raise DecodeError("input is not valid UTF-8 and no other text encoding fits it")
    # charset_normalizer ranks equally plausible code pages in no telling order, and put windows-1250 first
    # for Spanish ("Espańa"). windows-1252 is what browsers assume for an undeclared Western page (the WHATWG
    # encoding standard), so it wins a tie.
    western = next((m for m in matches if m.encoding == _WESTERN), None)
    if western is not None and (western.chaos, -western.coherence) <= (best.chaos, -best.coherence):
        return str(western)
    return str(best)


def _strict(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"input starts with a {encoding} byte-order mark but does not decode: {exc}") from None


def is_html_document(text: str) -> bool:
    """Whether ``text`` opens as a whole HTML page (a doctype, or an ``html``, ``head`` or ``body`` tag), not a
    fragment."""
    return _HTML_DOCUMENT.search(text[:_SNIFF].lstrip()[:2000]) is not None


def detect_format(text: str) -> Format:
    """Guess ``html``, ``markdown`` or ``text`` from the first 20,000 characters of ``text``; for markup that is not a
    whole page, from all of it."""
    sample = text[:_SNIFF]
    stripped = sample.lstrip()
    if is_html_document(stripped):
        return "html"
    # A browser copy can start with a stray tag from a <noscript> block: one tag is not a page. A fragment that opens
    # and closes on a tag ("<p>…</p>", a CMS's article body) is markup, however few tags it holds, unless markdown's
    # headings and links stand between its tags: pandoc's markdown keeps a page's <div>s as raw HTML, often for the
    # first 20,000 characters and more, so the whole text is read for them.
    fragment = _HTML_MARKERS.match(stripped) is not None and text[-200:].rstrip().endswith(">")
    if fragment or _found(_HTML_MARKERS, sample, 5) >= 5:
        markdown = _found(_MD_MARKERS, text, _MIN_MD_IN_HTML)
        # Without a paragraph or break tag, a fragment's text stands between its tags, as in a converter's markdown.
        in_markdown = markdown >= _MIN_MD_IN_HTML or (markdown and _PARAGRAPH_TAG.search(text) is None)
        return "markdown" if in_markdown else "html"
    return "markdown" if _found(_MD_MARKERS, sample, 2) >= 2 else "text"


def _found(pattern: re.Pattern[str], text: str, enough: int) -> int:
    """How many matches of ``pattern`` ``text`` holds, counted up to ``enough``: the rest need not be read."""
    return sum(1 for _ in itertools.islice(pattern.finditer(text), enough))
