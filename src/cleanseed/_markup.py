"""Markup inside markdown: raw HTML and pandoc's attribute syntax, stripped to the text it wraps before cleaning.

Converters keep what markdown cannot say. GitHub-flavoured markdown from pandoc keeps a page's ``<div>``, ``<span>``
and ``<img>`` elements as raw HTML, tag attributes wrapped over several lines; pandoc's own markdown writes them as
fenced divs (``::: {.class}``), bracketed spans (``[text]{.class}``), attributes after links and headings, and raw
HTML (`` `<style>…</style>`{=html} ``). The cleaners read lines of text: a line of tag attributes reads as neither
prose nor chrome, and a paragraph split by a span's tags reads as two short lines. Stripped, such a capture reads as
the same page from a converter that drops markup, as trafilatura drops it from HTML.
"""

from __future__ import annotations

import re

_ELEMENTS = (
    "a|abbr|address|article|aside|audio|b|bdi|bdo|blockquote|body|br|button|canvas|caption|center|cite|code|col|"
    "colgroup|data|dd|del|details|dfn|dialog|div|dl|dt|em|embed|fieldset|figcaption|figure|font|footer|form|h[1-6]|"
    "head|header|hgroup|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|link|main|mark|menu|meta|meter|nav|object|"
    "ol|optgroup|option|output|p|param|picture|pre|progress|q|s|samp|section|select|slot|small|source|span|strong|"
    "sub|summary|sup|table|tbody|td|textarea|tfoot|th|thead|time|title|tr|track|u|ul|var|video|wbr"
)
_TAG = re.compile(rf"</?(?:{_ELEMENTS})(?=[\s/>])[^<>]*>", re.I)
"""An HTML element's opening or closing tag, its attributes over any number of lines; an element name is required,
so "x <y and z>" in prose is no tag. ``[^<>]`` stops at the next angle bracket: each match is tried in linear time."""
_DROPPED = re.compile(r"<(script|style|noscript|template|svg)(?=[\s/>])", re.I)
"""Elements whose content is code or drawing, not text: dropped with their tags."""
_RAW_INLINE = re.compile(r"`([^`]*)`\{=html\}")
_RAW_BLOCK = re.compile(r"^ {0,3}```+[ \t]*\{=html\}[ \t\r]*\n([^`]*)\n {0,3}```+[ \t\r]*$", re.M)
"""pandoc's raw HTML: an inline code span or a fenced block marked ``{=html}``; its content is HTML."""
_ATTRIBUTE_BODY = r'(?:[^{}"]|"(?:[^"\\\n]|\\.)*+")*+'
"""The inside of a pandoc attribute block: words, and quoted values that may hold braces (JSON) but no line break.
Each part starts on a different character and the repeats are possessive, so no text is tried two ways; a value
left open on a line is scanned to the line's end once, from the last brace before it."""
_FENCED_DIV = re.compile(r"^[ \t]*:{3,}+[ \t]*(?:\{" + _ATTRIBUTE_BODY + r"\}|[\w-]+)?[ \t\r]*$", re.M)
"""A pandoc fenced div's opening or closing line: ``::: {.class …}`` (attributes wrapped over lines), ``:::: name``,
``:::``."""
_ATTRIBUTES = r"(?<!\{)\{(?:[.#][\w-]|[\w-]+=)" + _ATTRIBUTE_BODY + r"\}(?!\})"
"""pandoc's attribute block: ``{#id .class key="value" …}``, possibly wrapped over lines; not a template's
``{{#items}}``."""
_SPAN = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])*+)\]" + _ATTRIBUTES)
"""A bracketed span, its text holding brackets one deep (a link): each part starts on a different character and the
repeat is possessive, so no text is tried two ways."""
_ATTRIBUTE_MARKS = ("]{", "){", " {#", " {.")
"""Where pandoc's attribute blocks stand (after a span, a link or image, a heading's text), found at C speed before
the patterns run: braces elsewhere (code, JSON in a page) are no attributes."""
_MAX_SPAN_DEPTH = 4
"""Spans nested in spans (and links) unwrapped: pandoc writes a byline as ``[[[Name]{.name}](/users/1)]{.author}``."""
_ATTRIBUTE_BLOCK = re.compile(r"[ \t]*" + _ATTRIBUTES)
"""An attribute block left once spans are unwrapped (after a link or image, a heading's text), with the spaces
before it."""
_NEEDLESS_ESCAPE = re.compile(r"\\(?<!\\\\)(['\"$])")
"""pandoc escapes quotes and dollars, which mean nothing to markdown: "Georgia\\'s" is "Georgia's"."""
_HARD_BREAK = re.compile(r"(?<!\\)\\(?=\r?$)", re.M)
"""pandoc's hard line break, a backslash ending the line: the line ends anyway. (Line ends may be CRLF: ``$`` stands
before the ``\n``, so these patterns allow a ``\r`` there.)"""


def strip_markup(markdown: str) -> str | None:
    """``markdown`` with raw HTML tags dropped (the content of scripts, styles and drawings with them) and pandoc's
    fenced divs, bracketed spans, attribute blocks, hard breaks and needless escapes reduced to the text they wrap;
    ``None`` when it holds none."""
    text = markdown
    if "{=html}" in text:
        text = _RAW_INLINE.sub(r"\1", _RAW_BLOCK.sub(r"\1", text))
    if ":::" in text:
        text = _FENCED_DIV.sub("", text)
    if "{" in text and any(mark in text for mark in _ATTRIBUTE_MARKS):
        for _ in range(_MAX_SPAN_DEPTH):  # each pass unwraps one level of spans in spans
            text, found = _SPAN.subn(r"\1", text)
            if not found:
                break
        text = _ATTRIBUTE_BLOCK.sub("", text)
    if text != markdown:  # pandoc's own markdown: its hard breaks too
        text = _HARD_BREAK.sub("", text)
    if "\\" in text:
        text = _NEEDLESS_ESCAPE.sub(r"\1", text)
    if "<" in text:
        text = _TAG.sub("", _without_comments(_without_elements(text)))
    return None if text == markdown else text


def _without_elements(text: str) -> str:
    """``text`` without the elements whose content is not text (tags and content); one left open runs to the end."""
    found = _DROPPED.search(text)
    if found is None:
        return text
    lowered = text.lower()
    pieces: list[str] = []
    start = 0
    # One pass, the closing tag found with str.find: a regex with a lazy body would rescan the rest of the text for
    # each element left open.
    while found is not None:
        pieces.append(text[start : found.start()])
        opened = text.find(">", found.end())
        if opened == -1:
            start = len(text)
            break
        if text[opened - 1] == "/":  # <svg … />: no content
            start = opened + 1
        else:
            closed = lowered.find(f"</{found.group(1).lower()}", opened)
            end = -1 if closed == -1 else text.find(">", closed)
            start = len(text) if end == -1 else end + 1
        found = _DROPPED.search(text, start)
    pieces.append(text[start:])
    return "".join(pieces)


def _without_comments(text: str) -> str:
    """``text`` without HTML comments; an unclosed one stays."""
    if "<!--" not in text:
        return text
    pieces: list[str] = []
    start = 0
    while (opened := text.find("<!--", start)) != -1 and (closed := text.find("-->", opened + 4)) != -1:
        pieces.append(text[start:opened])
        start = closed + 3
    pieces.append(text[start:])
    return "".join(pieces)
