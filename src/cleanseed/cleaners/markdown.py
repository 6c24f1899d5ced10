"""Markdown syntax that carries no article text: image lines, link-only lines, link targets."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from .._references import DEFINITION
from ..document import Draft, Line
from . import lexicon
from ._base import cleaner

# Bounded repeats keep these linear on a 1 MB line. html2text escapes brackets in link texts and parentheses in
# URLs (``\[``, ``\(``): a text or URL is a run of plain characters, then runs each opened by a backslash pair. No
# plain character is a backslash or an opening bracket, so each run ends at the next one, a failed match scans only
# to the next place another match could start, and nothing backtracks further; a run of one character class is
# matched in C, three times as fast as an alternation tried character by character. An escaped bracket starts no
# match (the test follows the literal opening, so the engine still searches for that first). So a long data URI (an
# inline SVG: 12,000 characters) is matched whole.
_PART = r"{0}{{0,{1}}}(?:\\.{0}{{0,{1}}}){{0,{1}}}"
_TEXT = _PART.format(r"[^\[\]\n\\]", 2000)
_URL = _PART.format(r"[^()\n\\]", 100_000)
_IMAGE = re.compile(r"!\[(?<!\\!\[)" + _TEXT + r"\]\(" + _URL + r"\)")
_LINK = re.compile(r"\[(?<!\\\[)(" + _TEXT + r")\]\((" + _URL + r")\)")
"""A link; its target may hold spaces: html2text copies an ``href`` as written (share links carry the headline in
their query, ``mailto:?subject=…``), and a ``"title"`` after the URL is part of the same run."""
_LINK_TAIL = re.compile(r"(" + _TEXT + r")\]\((" + _URL + r")\)")
"""The end of a link whose text html2text broke over lines (``[Black-owned`` / ``Atlanta Businesses](/guide)``);
used with ``match`` only, at a line's start."""
_LINK_HEAD = re.compile(r"^[\s*+\-•|]{0,20}(?:!?\[){1,2}" + _TEXT + r"$")
"""The opening of a link whose text html2text broke over lines: bullets, then ``[`` (or ``[![``, an image in a
link) and text that no ``]`` closes."""
_MAX_BROKEN_LINK_LINES = 4
"""A link or image broken over more lines than this is not read as one (an alt text with a caption spans three)."""
_FIRST_GROUP = operator.itemgetter(1)
"""A replacement keeping a match's first group, as the template ``r"\\1"`` does but called in C: Python 3.11 expands a
template with Python code for every match, four times slower on a line of links."""
_H1 = re.compile(r"^ {0,3}(?:# {1,8}(\S[^\n]{0,1000})|(\S[^\n]{0,1000})\n {0,3}={3,}[ \t]{0,20})$", re.M)
"""A level-one heading: ATX ("# Title", as html2text writes it) or setext ("Title" over a line of "=", as markdownify
and pandoc write it)."""
_WORDS = re.compile(r"\w+")
_WORD = re.compile(r"[^\W_]")
_EMPHASIS_ROUNDS = 8
"""Emphasis nested deeper than this is left partly marked."""
_LINK_ROUNDS = 8
"""Links nested in link texts ("[[a](b)](c)") are unwrapped from the inside out, a round per level, each linear in
the line; deeper than this, a second cleaning finds the rest."""
_AUTHOR_SEGMENT = "|".join(re.escape(s) for s in sorted(lexicon.AUTHOR_URL_SEGMENTS, key=len, reverse=True))
_AUTHOR_TARGET = re.compile(rf"/(?:{_AUTHOR_SEGMENT})(?=[/?#\s]|$)|/@|[?&][^=&#\s]{{0,40}}author", re.I)
"""A link target to an author's page: an author path segment ("/author/…", "/@anna"), or an author query key."""
_MAX_BYLINE_CHARS = 2000
"""A line of author links longer than this is a list of them, not a byline (and reading it would cost)."""
_OTHER_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""The line breaks ``str.splitlines`` knows besides ``\\n``. A page rarely holds one: looking for each in turn
(``str.__contains__``) is six times quicker than one search for the character class."""
_LEFTOVER = re.compile(r"^[\s*+\-•|>#\[\]()!.,:;/·▶▼►–—]*$")
_EMPHASIS = re.compile(r"_(?<![\w\\]_)([^\s_](?:[^_\n]{0,1000}[^\s_\\])?)_(?!\w)")
"""html2text's ``_emphasis_``: the underscores are word characters, so left in they change the words they touch.
Not inside a word (``snake_case``) and not an escaped ``\\_``; the text between holds no underscore, so each
underscore starts at most one scan that stops at the next one."""
_EMPTY_EMPHASIS = re.compile(r" ?_(?<![\w\\]_)_{1,7}(?!\w) ?")
"""Empty emphasis, ``__`` or ``____`` standing alone: html2text's trace of an icon (``<i class="icon"></i>``). It is
a word to a tokenizer, so left in it makes a word no reader sees ("__ See all comments")."""
_STRONG = re.compile(r"\*\*(?<!\w\*\*)([^\s*](?:[^*\n]{0,1000}[^\s*\\])?)\*\*(?!\w)")
"""html2text's ``**strong**``: the stars split no word, but a line in them ends in no full stop, so the line model
took a bold lede for chrome. Not when glued to a word outside (``to**Anna Walsh**``, ``B**y**``): html2text moved
the space, and joining would glue two words."""


@cleaner("markdown.images")
def markdown_images(draft: Draft) -> Draft:
    """Drop lines that are only images, and cut inline image syntax out of other lines."""
    drops, edits = [], {}
    for i, line in enumerate(draft.lines):
        if "![" not in line.text:
            continue
        stripped, images = _IMAGE.subn("", line.text)
        if images and _LEFTOVER.match(stripped):
            drops.append(i)
        elif images:
            edits[i] = (stripped, "".join(m.group(0) for m in _IMAGE.finditer(line.text)))
    return draft.rewrite(edits, "markdown.images", "inline image").drop(drops, "markdown.images", "image")


@cleaner("markdown.link_definitions")
def markdown_link_definitions(draft: Draft) -> Draft:
    """Drop reference-style link definitions (``[3]: https://…``): their targets went inline before cleaning."""
    if "]:" not in draft.source:
        return draft
    drops = [i for i, line in enumerate(draft.lines) if "]:" in line.text and DEFINITION.match(line.text)]
    return draft.drop(drops, "markdown.link_definitions", "link definition")


@cleaner("markdown.link_lines")
def markdown_link_lines(draft: Draft) -> Draft:
    """Drop lines made only of links (menus, teaser rows, footers), bullets and separators aside."""
    lines = draft.lines
    drops = [i for i, line in enumerate(lines) if "](" in line.text and _only_links(line.text)]
    # The opening of a link broken over lines ("* [Black-owned") goes with its end, and so do the lines between.
    heads = [
        k
        for i in drops
        if i and "]" not in lines[i - 1].text and _LINK_TAIL.match(lines[i].text)
        for k in _opening(lines, i)
    ]
    return draft.drop(sorted({*drops, *heads}) if heads else drops, "markdown.link_lines", "line holds only links")


def _opening(lines: Sequence[Line], end: int) -> range:
    """Positions of the lines over the end of a broken link at ``end`` up to its opening line, or none."""
    for start in range(end - 1, max(end - 1 - _MAX_BROKEN_LINK_LINES, -1), -1):
        if lines[start].no != lines[start + 1].no - 1 or "]" in lines[start].text:
            break
        if _LINK_HEAD.match(lines[start].text):
            return range(start, end)
    return range(0)


def _only_links(text: str) -> bool:
    leftover, links = _replace_links(text, "")
    if "](" in leftover and (tails := _link_tails(leftover)):
        leftover, links = leftover[tails[-1].end() :], links + len(tails)
    return bool(links) and bool(_LEFTOVER.match(leftover))


def _link_tails(text: str) -> list[re.Match[str]]:
    """The ends of links opening ``text``, one after another: an image in a link broken over lines ends twice
    ("Save 34%](/pic.jpg)](/shop)"), and unwrapping only the first would leave a new one."""
    pos, tails = 0, []
    while tail := _LINK_TAIL.match(text, pos):
        tails.append(tail)
        pos = tail.end()
    return tails


@cleaner("markdown.links")
def markdown_links(draft: Draft) -> Draft:
    """Unwrap ``[text](url)`` in kept prose to ``text``; the URL goes to the audit trail."""
    edits = {}
    for i, line in enumerate(draft.lines):
        if "](" not in line.text:
            continue
        text, targets = _unwrap_links(line.text)
        if "](" in text:
            text, targets = _unwrap_tails(text, targets)
        if targets:
            edits[i] = (text, " ".join(targets))
    return draft.rewrite(edits, "markdown.links", "link target")


def _unwrap_tails(text: str, targets: list[str]) -> tuple[str, list[str]]:
    """``text`` with the ends of links opening it unwrapped (each end's text kept), and ``targets`` with theirs."""
    if not (tails := _link_tails(text)):
        return text, targets
    return "".join(t.group(1) for t in tails) + text[tails[-1].end() :], [*(t.group(2) for t in tails), *targets]


@cleaner("markdown.emphasis")
def markdown_emphasis(draft: Draft) -> Draft:
    """Unwrap ``_emphasis_`` and ``**strong**`` in kept lines of a markdown capture; the marks go to the audit trail."""
    if draft.format != "markdown":
        return draft  # in plain text and HTML an underscore is the author's own
    edits = {}
    for i, line in enumerate(draft.lines):
        if "_" in line.text or "**" in line.text:
            text, marks = _unwrap_emphasis(line.text)
            if marks:
                edits[i] = (text, marks)
    return draft.rewrite(edits, "markdown.emphasis", "emphasis marks")


def _unwrap_emphasis(text: str) -> tuple[str, str]:
    """``text`` without its emphasis marks, and the marks taken out."""
    taken = ""
    # Unwrapping one kind can reveal another ("_**a**_", "__ **a**"): a few rounds reach what a second run would.
    for _ in range(_EMPHASIS_ROUNDS):
        before = text
        if "__" in text and _WORD.search(text):  # a line of underscores alone is a rule, not an empty emphasis
            text, empty = _EMPTY_EMPHASIS.subn(" ", text)
            text, taken = (text.strip(), taken + "__" * empty) if empty else (text, taken)
        if "_" in text:
            text, marks = _EMPHASIS.subn(_FIRST_GROUP, text)
            taken += "_" * 2 * marks
        if "**" in text:
            text, strong = _STRONG.subn(_FIRST_GROUP, text)
            taken += "*" * 4 * strong
        if text == before:
            break
    return text, taken


@lru_cache(maxsize=4)
def unwrap_links(text: str) -> str:
    """``text`` with each ``[text](url)`` link replaced by its text."""
    return _unwrap_links(text)[0] if "](" in text else text


def _unwrap_links(text: str) -> tuple[str, list[str]]:
    """``text`` with its links unwrapped, nested ones too, and their targets."""
    targets: list[str] = []
    return _replace_links(text, _FIRST_GROUP, targets)[0], targets


def _replace_links(
    text: str, replacement: str | Callable[[re.Match[str]], str], targets: list[str] | None = None
) -> tuple[str, int]:
    """``text`` with each link replaced (by ``""`` to drop it, by ``_FIRST_GROUP`` to unwrap it), nested ones from
    the inside out, and how many were; each link's target is added to ``targets`` when given (only unwrapping keeps
    them: dropping counts, in one ``subn`` a round)."""
    count = 0
    for _ in range(_LINK_ROUNDS):
        if targets is not None:
            targets.extend(m.group(2) for m in _LINK.finditer(text))
        text, replaced = _LINK.subn(replacement, text)
        count += replaced
        if not replaced or "](" not in text:
            break
    return text, count


def link_texts(text: str) -> list[str]:
    """The texts of the links in ``text``, images left out."""
    return [m.group(1) for m in _LINK.finditer(_IMAGE.sub("", text) if "![" in text else text)]


def first_heading(text: str, min_words: int = 2) -> tuple[int, str] | None:
    """``(line number, text)`` of the first level-one heading of ``text`` with ``min_words`` words, links unwrapped.

    Converters write a page's ``<h1>`` so, and a news page's one ``<h1>`` is its headline.
    """
    text = _one_break(text)
    for match in _H1.finditer(text) if "#" in text or "===" in text else ():
        heading = " ".join(unwrap_links(match.group(1) or match.group(2)).split()).strip(" #")
        if len(_WORDS.findall(heading)) >= min_words:
            return text.count("\n", 0, match.start()) + 1, heading
    return None


def under_heading(text: str, count: int) -> list[tuple[int, str]]:
    """``(line number, text)`` of the ``count`` source lines under the first ``#`` heading, links unwrapped."""
    heading = first_heading(text)
    if heading is None:
        return []
    lines = source_lines(text)[heading[0] : heading[0] + count]
    return [(heading[0] + 1 + k, unwrap_links(line)) for k, line in enumerate(lines)]


def source_line(text: str, no: int) -> str:
    """Line ``no`` (1-based, numbered as :class:`Draft` numbers them) of ``text``."""
    return source_lines(text)[no - 1]


@lru_cache(maxsize=4)
def source_lines(text: str) -> tuple[str, ...]:
    """The lines of a page, split once: several cleaners read lines of the same source."""
    return tuple(text.splitlines())


def author_links(text: str, first: int, last: int) -> list[tuple[int, str]]:
    """``(line number, link text)`` of each link to an author's page ("[Anna](/author/anna-walsh)") on lines
    ``first`` to ``last`` of ``text``: a byline sits near the headline, and reading only there keeps it cheap."""
    found: list[tuple[int, str]] = []
    for no, line in enumerate(source_lines(text)[max(first, 1) - 1 : max(last, 0)], start=max(first, 1)):
        if len(line) <= _MAX_BYLINE_CHARS and "](" in line and _AUTHOR_TARGET.search(line):
            found.extend(
                (no, link.group(1))
                for link in _LINK.finditer(line)
                if not line[: link.start()].endswith("!") and _AUTHOR_TARGET.search(link.group(2))
            )
    return found


def line_links(line: str) -> list[tuple[str, str]]:
    """``(text, target)`` of each link of a link-only ``line``, images left out; ``[]`` for a line with words
    outside its links."""
    if "](" not in line or len(line) > _MAX_BYLINE_CHARS or not _only_links(line):
        return []
    bare = _IMAGE.sub("", line) if "![" in line else line
    return [(link.group(1), link.group(2)) for link in _LINK.finditer(bare)]


def _one_break(text: str) -> str:
    """``text`` with every line break ``str.splitlines`` knows made ``\\n``, so counting ``\\n`` numbers lines as
    :class:`Draft` does."""
    return "\n".join(text.splitlines()) if any(map(text.__contains__, _OTHER_BREAKS)) else text
