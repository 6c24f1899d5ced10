"""Hard-wrapped text: find the width a converter wrapped its paragraphs at, and join the lines it broke.

html2text, the most used HTML-to-markdown converter, wraps every paragraph, heading and link at 78 characters by
default, and mail or fixed-width text is wrapped too. The cleaners read a line as a unit (a sentence-like line is
prose; a short line that ends without a stop is a menu item or a caption), so a paragraph cut into lines of ten
words reads as chrome. Joined back, each paragraph is one line again, as in a browser copy.
"""

from __future__ import annotations

import itertools
import re
import textwrap

_MIN_WIDTH, _MAX_WIDTH = 40, 160
"""Widths a wrapper is looked for at; a browser copy's paragraph lines are longer than the widest."""
_MIN_BREAKS = 8
_MIN_BREAK_SHARE = 0.5
"""A text is hard-wrapped at width ``w`` when at least this many (and this share) of its lines followed by another
line look broken at ``w``: the next line's first word would not have fitted after them."""
_CONVERTER_WIDTHS = (72, 78)
_MIN_CONVERTER_BREAKS = 3
_MIN_SENTENCE_BREAKS = 2
"""The widths pandoc and html2text wrap at by default, taken on as few as 3 broken lines whatever the other lines
show, 2 of them carried on in lowercase: none of the unwrapped renderings of the 421 dev pages (the data's own,
html2text's, markdownify's) reads as wrapped so, 4 of pandoc's plain renderings, 41 of its markdown and 35 of its
gfm ones more do. Breaks that all open a capitalised line are chance: a 13-line page without blank lines read as
wrapped at 72 on three of them and ran its caption, body and newsletter prompt together."""
_MAX_OVERLONG_SHARE = 0.03
"""Prose lines longer than 160 characters that a wrapper would have broken (see ``_overlong``): more than this share
of the lines mean long paragraph lines, as in a browser copy."""
_MAX_OVERLONG_PER_BREAK = 0.5
"""Prose lines longer than ``w`` that a wrapper would have broken, for each line broken at ``w``: wrappers leave some
lines whole (pandoc a list item's paragraphs), but a text with as many long prose lines as broken ones was not
wrapped at ``w``. Renderings of the 421 dev pages: 0.59 or more unwrapped, under 0.1 for most wrapped ones."""
_IMAGE_OPENINGS = ("![", "[![", "[ ![")
_BLOCK_START = re.compile(r"\s*(?:#{1,6}\s|[*+•-]\s|\d{1,3}[.)]\s|>|\||={3,}\s*$|-{3,}\s*$|```|:::)")
"""A line that opens a block (a heading, a list item, a quote, a table row, a rule, a code fence, a pandoc div) is
never a continuation of the line above it; nothing continues a fence line."""
_ENDS_CLAUSE = re.compile(r"[.!?:;\"”’)\]*_|]\s{0,20}$")
"""A line ending on a stop, a colon, a closing quote or bracket, emphasis or a table's bar ends a clause or a block."""
_FENCES = ("```", ":::")
FRONT_MATTER_FENCE = "---"
MAX_FRONT_MATTER_LINES = 400
"""Lines a front matter block may run to: html-to-markdown writes every ``<meta>`` tag of a page into it."""
_MIN_SOFT_LINE = 20
"""Characters a line needs before a lowercase line under it reads as the same sentence: a menu item is shorter."""
_QUOTE = re.compile(r"\s*>(?:\s?>)*\s?")
"""The marks opening each line of a (nested) markdown quote."""
_ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]")
"""What parts words for a wrapper: ASCII white space only, so "and\xa0Broadleaf," (a no-break space) is one word."""
_HYPHEN_CHUNK = textwrap.TextWrapper.wordsep_re
"""Wrappers break words at hyphens ("christmas-" / "eve-2023"): the first chunk of the next line is what would have
had to fit, cut where Python's ``textwrap`` (html2text's wrapper) cuts words: at a hyphen between letters, so
"Carton-727x727.png" is one chunk, and a URL broken before it is joined back."""


def wrap_width(text: str) -> int | None:
    """The width ``text`` was hard-wrapped at, or ``None`` when its lines were not wrapped."""
    lines = [line.rstrip() for line in text.splitlines()]
    nonblank = len(lines) - lines.count("")
    if _overlong(lines, _MAX_WIDTH, _MAX_OVERLONG_SHARE * nonblank):
        return None  # a browser copy's long paragraph lines: told from a few of them, at C speed
    # Each line followed by another was broken at any width from its own length up to the one at which the next
    # line's first word would have fitted after it: the width most lines agree on wins.
    votes = [0] * (_MAX_WIDTH + 2)
    mid_sentence = []  # the ranges of the lines carried on in lowercase, for a converter's own width below
    pairs = 0
    for line, following in itertools.pairwise(lines):
        carried = _continuation(line, following)
        if carried is None:
            continue
        pairs += 1
        low, high = len(line), len(line) + _next_word(line, carried) - 1
        if low <= _MAX_WIDTH and high >= _MIN_WIDTH:
            votes[max(low, _MIN_WIDTH)] += 1
            votes[min(high, _MAX_WIDTH) + 1] -= 1
            if carried[:1].islower():
                mid_sentence.append((low, high))
    best = width = running = 0
    for w in range(_MIN_WIDTH, _MAX_WIDTH + 1):
        running += votes[w]
        if running > best:
            best, width = running, w
    if best >= _MIN_BREAKS and best >= _MIN_BREAK_SHARE * pairs:
        return None if _overlong(lines, width, _MAX_OVERLONG_PER_BREAK * best) else width
    # A short article has few broken lines among its menus and teasers: a converter's own width needs fewer, some
    # of them breaking a sentence (a menu item over the next, a headline over a byline, break anywhere by chance).
    for w in _CONVERTER_WIDTHS:
        breaks = sum(votes[: w + 1])  # the lines broken at w: the votes are where each line's range opens and closes
        in_sentence = sum(low <= w <= high for low, high in mid_sentence)
        if (
            breaks >= _MIN_CONVERTER_BREAKS
            and in_sentence >= _MIN_SENTENCE_BREAKS
            and not _overlong(lines, w, _MAX_OVERLONG_PER_BREAK * breaks)
        ):
            return w
    return None


def _overlong(lines: list[str], width: int, allowed: float) -> bool:
    """Whether more than ``allowed`` lines are longer than ``width`` where a wrapper would have broken them: prose
    lines (ending a clause: pandoc never wraps a heading) with a space, outside what html2text leaves whole (a list
    item, a table row, a linked image)."""
    found = 0
    for line in itertools.compress(lines, map(width.__lt__, map(len, lines))):
        if (
            _ENDS_CLAUSE.search(line[-21:])
            and " " in line.strip()
            and not _BLOCK_START.match(line)
            and not line.lstrip().startswith(_IMAGE_OPENINGS)
        ):
            found += 1
            if found > allowed:
                return True
    return False


def unwrap(text: str, width: int) -> str:
    """``text`` with each line a wrapper broke at ``width`` joined to the next: by a space, or without one after a
    hyphen it broke at. A line ending in two spaces (a markdown line break) or followed by a block's first line
    stays apart; the lines kept apart are kept as they were."""
    lines = text.splitlines()
    separators = {}
    header = front_matter_end(lines)
    for i, (line, following) in enumerate(itertools.pairwise(lines)):
        if i < header:
            continue
        end = line.rstrip()
        carried = _continuation(end, following)
        if carried is not None and not line.endswith("  ") and len(end) + _next_word(end, carried) > width:
            separators[i] = "" if _broken_at_hyphen(end) else " "
    return _joined(lines, separators)


def join_soft_breaks(text: str) -> str:
    """Markdown ``text`` with each paragraph line that breaks off mid-sentence joined to the next: the line holds some
    text and ends on no stop, closing mark or markdown break, and the next line carries on in lowercase. Markdown reads
    such lines as one paragraph; markdownify writes the line breaks of the page's HTML source into its paragraphs."""
    lines = text.splitlines()
    header = front_matter_end(lines)
    # The cheap test first (the next line opens in lowercase): most lines of most pages fail it.
    breaks = [
        i
        for i, following in enumerate(lines[1:])
        if following.lstrip(" \t>")[:1].islower()
        and i >= header
        and _breaks_off(lines[i])
        and (carried := _continuation(lines[i].rstrip(), following)) is not None
        and carried[:1].islower()
    ]
    return _joined(lines, dict.fromkeys(breaks, " ")) if breaks else text


def front_matter_end(lines: list[str]) -> int:
    """The position of the line closing a YAML front matter block the text opens with (``---`` … ``---``), or 0:
    its ``key: value`` lines are no wrapped prose, and ``meta.front_matter`` reads them as they are."""
    first = next((i for i, line in enumerate(lines[:MAX_FRONT_MATTER_LINES]) if line.strip()), None)
    if first is None or lines[first].strip() != FRONT_MATTER_FENCE:
        return 0
    closing = (i for i in range(first + 1, min(len(lines), first + MAX_FRONT_MATTER_LINES)))
    return next((i for i in closing if lines[i].strip() in (FRONT_MATTER_FENCE, "...")), 0)


def _joined(lines: list[str], separators: dict[int, str]) -> str:
    """``lines`` with each line at a position ``separators`` holds joined to the next by its separator, the next
    line's quote marks and edge spaces dropped."""
    out: list[str] = []
    parts: list[str] = []  # the pieces of the line being joined, each with what follows it: joined once, not each time
    for i, line in enumerate(lines):
        piece = _unquoted(line).strip() if parts else line
        if i in separators:
            parts += (piece.rstrip(), separators[i])
        else:
            out.append("".join((*parts, piece)))
            parts = []
    return "\n".join(out)


def _breaks_off(line: str) -> bool:
    """Whether ``line`` stops mid-sentence: enough text, no markdown line break, no stop or closing mark at its end."""
    # The mark and up to 20 spaces after it: the last 21 characters hold them, and a long line is not scanned.
    return len(line.strip()) >= _MIN_SOFT_LINE and not line.endswith("  ") and not _ENDS_CLAUSE.search(line[-21:])


def _continuation(line: str, following: str) -> str | None:
    """The text ``following`` adds if it carries on ``line``: both hold text, in the same quote (each line of a
    wrapped quote opens on its "> "), and ``following`` opens no block; else ``None``."""
    depth, rest = _split_quote(following)
    line_depth, line_rest = _split_quote(line)
    if depth != line_depth or not rest.strip() or not line_rest.strip() or _BLOCK_START.match(rest):
        return None
    if line_rest.lstrip().startswith(_FENCES):  # a fence line holds no text to carry on
        return None
    return rest.strip(" \t")  # a no-break space opening the line is part of its first word (see _ASCII_SPACE)


def _unquoted(line: str) -> str:
    return _split_quote(line)[1]


def _split_quote(line: str) -> tuple[int, str]:
    """How deep ``line`` is quoted (its "> " marks), and its text after them."""
    quote = _QUOTE.match(line)
    return (quote.group().count(">"), line[quote.end() :]) if quote else (0, line)


def _broken_at_hyphen(line: str) -> bool:
    return line.endswith("-") and line[-2:-1].isalnum()


def _next_word(line: str, carried: str) -> int:
    """Characters the next line's first word (of ``carried``, its text) would have added to ``line``, its space
    included; after a line broken at a hyphen, its first chunk up to the next hyphen; for a raw HTML tag, the tag
    up to its end on the line (pandoc keeps a tag's name and first attributes together)."""
    if _broken_at_hyphen(line):
        chunk = _HYPHEN_CHUNK.match(carried)
        return len(chunk.group()) if chunk else 1
    if carried.startswith("<"):
        end = carried.find(">")
        return 1 + (len(carried) if end == -1 else end + 1)
    return 1 + len(_ASCII_SPACE.split(carried, maxsplit=1)[0])
