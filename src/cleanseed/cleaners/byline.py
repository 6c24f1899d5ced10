"""Bylines: the authors' names are lifted into ``authors``, the byline lines dropped."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from .._url import url_host, url_path
from ..document import Draft, Line, Removal
from . import lexicon
from ._base import cleaner
from ._dates import find_date, only_stamp_words
from ._names import (
    BY_PREFIX,
    LEAD_MARKS,
    MAX_BYLINE_WORDS,
    agency_name,
    agency_shaped,
    bio_byline,
    byline_names,
    ends_sentence,
    first_name_tokens,
    is_role_line,
    link_names,
    may_be_byline,
    names_only,
)
from ._scan import lines_with_any, reduce_keys, scan_keys, search_keys
from ._text import (
    body_span,
    is_headline,
    is_sentence,
    next_nonblank,
    norm,
    plain,
    words,
)
from .markdown import author_links, first_heading, line_links, link_texts, source_line, unwrap_links

_LEAD = re.compile(r"(?:^|\s)(?:[/|·•–—-]|by\b)", re.I)
"""Where a byline may start after a stamp: a separator, or "by"."""
_STAMP_LEAD_CHARS = 40
_TRAILING_AGE = re.compile(
    r"(?:^|\s)\d{1,3}\s?(?:" + "|".join(sorted(lexicon.RELATIVE_UNITS, key=len, reverse=True)) + r")\.?(?:\s+ago)?\s*$",
    re.I,
)
"""An age closing a byline, with or without "ago" ("Anna Walsh 2 months")."""
_AGE_CHARS = 24
"""An age is sought in a line's last characters only ("  999 minutes ago")."""
_DIGIT = re.compile(r"\d")
_BARE_PREFIXES = frozenset(p.rstrip(":") for p in lexicon.BYLINE_PREFIXES)
_LONE_SEPARATORS = frozenset([",", "&", "and", "And", "AND", "|", "·", "•"])
_MAX_JOINED_NAMES = 5
_BULLETS = ("* ", "- ", "+ ", "• ")
_MAX_CREDIT_CHARS = 100
_CREDIT_PREFIX = re.compile(r"^[\W_]{0,3}(?:[a-z]{1,12}\s)?by\s", re.I)
"""A cheap first test for a credit line: "By", or a word and "by" ("Reporting by"), opening it."""
_NAME_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b[JS]n?r)\.$")
"""A full stop closing a name's initial or suffix ("Anna C.", "Anna Walsh Jr."), not a sentence."""
_MAX_GAP = 6
"""Source lines read for the name line an earlier cleaner removed under a bare "By" or over a role line (a link
line, and maybe an image line and blank lines around it)."""
_MAX_BYLINE_CHARS = 250
_LONE_NAME_REACH = 3
_STAMP_REACH = 2
"""A lone name within two lines of a removed timestamp is a byline, or within two non-blank lines if the one
between is a label ("Anna Walsh" / "" / "Gear" / "Dec 19, 2023")."""
_MAX_LABEL_WORDS = 4
_MAX_NAME_WORDS = 5
_MAX_NAME_CHARS = 80
_ROLE_KEYS = search_keys(lexicon.ROLE_WORDS)
_BYLINE_KEYS = scan_keys(dict.fromkeys(("by", "author", "and", *",;|&•·", "**", "__", *_ROLE_KEYS)))
"""A line passes the byline test only holding one of these: a by-prefix, a separator, "and", a closing role
word, or bold marks (which may split a bare "B**y**")."""
_MAX_WORDS_BEFORE_LINK = 3
_LINK_REACH_UNDER_HEADLINE = 20
_LINK_REACH_ABOVE, _LINK_REACH_BELOW = 40, 25
"""Source lines under the headline, or around the body's first paragraph, within which an author link is the
byline, not a teaser's or a menu's."""


_Found = tuple[int, int, tuple[str, ...], bool]
"""A byline the loop found: its first and last line positions, its names, whether it opens with a by-prefix."""


@dataclass(slots=True)
class _Read:
    """What the byline loop read off a page: the bylines naming people, the lines they take, the bylines naming no
    person (by their first line), and the first agency such a byline names."""

    found: list[_Found]
    drops: set[int] = field(default_factory=set)
    nameless: dict[int, list[int]] = field(default_factory=dict)
    agency: tuple[int, str] | None = None


@cleaner("meta.byline")
def byline(draft: Draft) -> Draft:
    """Lift the authors of the first byline; drop byline lines and lines repeating an author's name.

    A lone "By" joins the next line (or the source line an earlier cleaner removed under it, and names set out on
    lines of their own between lone separators); "By" lines right under the byline add their authors. A lone name
    on or beside a timestamp (removed, or opening a line above the body), closing with one ("Anna Walsh 2 months"),
    over a role line ("Senior reporter"; read from the source if an earlier cleaner removed it), or right over the
    first paragraph, is a byline too. In markdown, an author link under the headline or near the first paragraph
    names the authors, unless a "By" line above it does.
    """
    lines = draft.lines
    read = _read_bylines(draft)
    linked = _linked_author(draft)
    # A "By" line beats an unprefixed one (a kicker, a blog's name, a menu entry), then the first wins. An author
    # link beats them but for a "By" line above it ("By" / "[Anna Walsh](/anna-walsh)" over "Tested by [Anna Patel]").
    first = min(read.found, key=lambda candidate: (not candidate[3], candidate[0])) if read.found else None
    if linked is not None and (first is None or not first[3] or lines[first[0]].no > linked[0]):
        draft = draft.lift(
            "authors", linked[1], "meta.byline", line=Line(linked[0], source_line(draft.source, linked[0]))
        )
    if first is not None:
        names = _with_next_bylines(lines, read.found, first)
        if names := _without_outlet(names, draft.url):
            draft = draft.lift("authors", names, "meta.byline", line=lines[first[0]])
    if not draft.authors and (lone := _lone_name_under_headline(lines, draft.url)) is not None:
        draft = draft.lift("authors", lone[1], "meta.byline", line=lines[lone[0]])
        read.drops.add(lone[0])
    if not draft.authors and read.agency is not None:
        draft = draft.lift("authors", (read.agency[1],), "meta.byline", line=lines[read.agency[0]])
        read.nameless.pop(read.agency[0], None)
    if not draft.authors and (beside := _link_beside_stamp(draft)) is not None:
        no, names = beside
        draft = draft.lift("authors", names, "meta.byline", line=Line(no, source_line(draft.source, no)))
    authors = {a.lower() for a in draft.authors}
    if authors:
        read.drops.update(i for i in lines_with_any(lines, reduce_keys(authors)) if norm(lines[i].text) in authors)
    reasons = dict.fromkeys(read.drops, "lifted author")
    reasons.update((j, "byline, no person's name read") for joined in read.nameless.values() for j in joined)
    return draft.drop_each(reasons, "meta.byline")


def _read_bylines(draft: Draft) -> _Read:
    """Every byline of the page: the lines holding a byline key, over a role line, beside a stamp or dated above the
    body, read for names (and bare "By" lines joined to the names under them)."""
    lines = draft.lines
    roles = _role_lines(lines)
    over_role = _over_roles(lines, roles)
    head_end = span[0] if (span := body_span(lines)) else len(lines)
    beside_stamp = _beside_stamps(lines, draft.removed)
    dated = [i for i in range(head_end) if _DIGIT.search(lines[i].text, 0, _STAMP_LEAD_CHARS)]
    beside_stamp.update(_over_dated_lines(lines, dated))
    beside_stamp.update(_signed_for_paper(lines, head_end))
    read = _Read(_names_over_removed(draft, roles))
    for i in _byline_candidates(lines, beside_stamp, over_role, dated):
        line = lines[i]
        if line.blank or i in read.drops or len(line.text) > _MAX_BYLINE_CHARS:
            continue
        text, joined = line.text, [i]
        sentence = ends_sentence(text)
        if sentence and (bio := bio_byline(" ".join(plain(text).split()).strip("*_#> "))):
            read.found.append((i, i, bio, True))  # the bio's sentences go with the byline, as author bios do
            read.drops.add(i)
            continue
        if (
            sentence
            and i not in beside_stamp
            and i not in over_role
            and not (i < head_end and _DIGIT.search(text, 0, _STAMP_LEAD_CHARS))
        ):
            # Prose: no byline or bare "By" ends like a sentence, and a lone name is not looked for here; but for a
            # short credit line whose full stop closes an initial or the sentence ("Written by Anna Walsh Jr.").
            if len(text) <= _MAX_CREDIT_CHARS and (dotted := _dotted_byline(text)) is not None:
                if dotted[1]:
                    read.agency = read.agency or (i, dotted[0][0])
                else:
                    read.found.append((i, i, dotted[0], True))
                read.drops.add(i)
            continue
        if norm(text) in _BARE_PREFIXES and next_nonblank(lines, i) is not None:
            text, joined = _join_names(draft, i)
        rest, stamped = _after_stamp(text) if _DIGIT.search(text, 0, _STAMP_LEAD_CHARS) else (text, False)
        if not stamped and i < head_end and plain(text)[:1].isupper() and _DIGIT.search(text):
            rest, stamped = _before_stamp(text)
        names = byline_names(rest) if may_be_byline(rest) else None
        # "May 30, 2023 / Amy Gallo" above the body is a byline; below it, "Dec 22 - Biden Signs Bill" is a teaser.
        if names is None and ((stamped and i < head_end) or i in beside_stamp or i in over_role):
            names = names_only(rest)
        if names is None:
            continue
        if names:
            prefixed = bool(BY_PREFIX.match(" ".join(text.split()).strip("*_#> ")))
            read.found.append((i, joined[-1], tuple(dict.fromkeys(names)), prefixed))
        else:
            read.nameless[i] = joined
            if read.agency is None and (name := agency_name(text, url_host(draft.url))) is not None:
                read.agency = (i, name)
        read.drops.update(joined)
    return read


def _lone_name_under_headline(lines: Sequence[Line], url: str | None) -> tuple[int, tuple[str, ...]] | None:
    """A lone name under a headline and just over the first sentence (a caption may sit between): its position and
    names, failing any other byline."""
    above = next((i for i, line in enumerate(lines) if is_sentence(line.text)), None)
    for _ in range(_LONE_NAME_REACH):
        above = next_nonblank(lines, above, -1) if above is not None else None
        headline = next_nonblank(lines, above, -1) if above is not None else None
        under_headline = (
            headline is not None and is_headline(lines[headline].text) and len(words(lines[headline].text)) >= 3
        )
        if above is not None and under_headline and (names := names_only(lines[above].text)) is not None:
            names = _without_outlet(names, url)
            return (above, names) if names else None
    return None


def _with_next_bylines(lines: Sequence[Line], found: Sequence[_Found], first: _Found) -> tuple[str, ...]:
    """The names of byline ``first`` and of the "By" lines right under it, one an author ("By Anna Walsh" / "By
    Anna Patel")."""
    starts = {candidate[0]: candidate for candidate in found if candidate[3]}
    names, last = first[2], first[1]
    while (below := next_nonblank(lines, last)) in starts:
        _, last, more, _ = starts[below]
        names = tuple(dict.fromkeys(names + more))
    return names


def _removed_between(draft: Draft, first: int | None, last: int | None, step: int = 1) -> Iterator[str]:
    """The non-blank source lines an earlier cleaner removed between the lines at positions ``first`` (``None``: the
    page's start) and ``last``, links unwrapped, the nearest ``first`` first (with ``step=-1``, the nearest
    ``last``), a few at most. None if ``last`` is ``None`` or the lines are no source lines (HTML)."""
    lines = draft.lines
    if last is None or draft.format == "html":
        return
    start, end = lines[first].no if first is not None else 0, lines[last].no
    if end - start == last - (first if first is not None else -1):
        return  # every source line between is still there (blank)
    numbers = (
        range(start + 1, min(end, start + _MAX_GAP)) if step > 0 else range(end - 1, max(start, end - _MAX_GAP), -1)
    )
    for no in numbers:
        try:
            text = source_line(draft.source, no).strip()
        except IndexError:
            return  # a draft built on a shorter source than its lines
        if text:
            yield unwrap_links(text)


def _join_names(draft: Draft, i: int) -> tuple[str, list[int]]:
    """The bare "By" at position ``i`` joined to the name under it, and to further names set out on lines of their
    own, each after a line of a separator alone ("By" / "Anna Walsh" / "," / "Anna Patel"); and the positions of
    the lines read. A name line an earlier cleaner removed (a link line) is read from the source."""
    lines = draft.lines
    text, joined, last = lines[i].text.strip(), [i], i
    if not text.endswith(":") and not BY_PREFIX.match(f"{text} "):
        text += ":"  # a label set out alone ("Author" over "Jim Yu") reads as its prefix does, "Author:"
    for k in range(_MAX_JOINED_NAMES):
        if k:
            separator = next_nonblank(lines, last)
            if separator is None or lines[separator].text.strip() not in _LONE_SEPARATORS:
                break
            text, last = f"{text} {lines[separator].text.strip()}", separator
            joined.append(separator)
        after = next_nonblank(lines, last)
        gone = _removed_between(draft, last, after)
        # Under "By", whatever makes a byline; further on, a name only (an image's line may come first).
        name = next((g for g in gone if (names_only(g) if k else byline_names(f"{text} {g}"))), None)
        if name is None:
            if after is None:
                break
            name, last = lines[after].text.strip(), after
            joined.append(after)
        text = f"{text} {name}"
    return text, joined


def _byline_candidates(
    lines: Sequence[Line], beside_stamp: set[int], over_role: set[int], dated: list[int]
) -> list[int]:
    """Positions, in order, of the lines the byline loop must read: those holding a byline key, those over a role
    line or beside a stamp, and those ``dated`` (above the body with a digit near their start: a stamp may open a
    byline)."""
    return sorted(set(lines_with_any(lines, _BYLINE_KEYS)).union(over_role, beside_stamp, dated))


def _beside_stamps(lines: Sequence[Line], removed: Sequence[Removal]) -> set[int]:
    """Positions of the lines a removed timestamp may byline: those within two source lines of it, and, past blank
    lines and at most one short line ("Gear", "Senior Historian"), the nearest on each side."""
    found: set[int] = set()
    for record in removed:
        if record.cleaner != "meta.dates":
            continue
        at = bisect_left(lines, record.first_line - _STAMP_REACH, key=_line_no)
        while at < len(lines) and lines[at].no <= record.last_line + _STAMP_REACH:
            found.add(at)
            at += 1
        before = bisect_left(lines, record.first_line, key=_line_no)
        after = bisect_right(lines, record.last_line, key=_line_no)
        found.update(_across_blanks(lines, before - 1, -1, record.first_line - 1))
        found.update(_across_blanks(lines, after, 1, record.last_line + 1))
    return found


def _signed_for_paper(lines: Sequence[Line], head_end: int) -> list[int]:
    """Positions of the lines above the body that end in a paper's name in capitals after a name ("Kayla Jimenez
    USA TODAY", "Craig Meyer USA TODAY NETWORK"): a byline wherever it stands, like one beside a stamp. The line
    opens with a capitalised word, not a list's mark or a shout ("* NASCAR SERIES NEWS", a menu entry)."""
    return [
        i
        for i in range(head_end)
        if lines[i].text[-1:].isupper()
        and lines[i].text[:1].isupper()
        and not lines[i].text.split(None, 1)[0].isupper()
        and lines[i].text.rsplit(None, 1)[-1].lower() in lexicon.NAMEPLATE_WORDS
        and names_only(lines[i].text) is not None
    ]


def _over_dated_lines(lines: Sequence[Line], dated: list[int]) -> list[int]:
    """Positions of the lines right over a ``dated`` line that opens with a date and goes on ("February 15, 2024 at
    8:15 PM · 4 min read"): no timestamp alone, so not removed, yet a byline's stamp."""
    found = []
    for i in dated:
        if _opens_with_date(lines[i].text):
            found.extend(_across_blanks(lines, i - 1, -1, lines[i].no - 1)[:1])
    return found


def _opens_with_date(text: str) -> bool:
    """Whether ``text`` opens with a date, but for stamp words before it ("Published Dec 21, 2023 · 4 min read")."""
    stamp = find_date(text)
    return stamp is not None and (stamp.start == 0 or only_stamp_words(text[: stamp.start]))


def _is_label(text: str) -> bool:
    """A section label or a role between a byline and its stamp: a few words, each capitalised ("Gear")."""
    tokens = words(text)
    return 0 < len(tokens) <= _MAX_LABEL_WORDS and all(t[:1].isupper() for t in tokens)


def _line_no(line: Line) -> int:
    """The source line number of ``line``: the key lines are sorted by."""
    return line.no


def _across_blanks(lines: Sequence[Line], start: int, step: int, no: int) -> list[int]:
    """The first non-blank line from position ``start`` on (direction ``step``), and the next if the first is a label,
    while the lines run on unbroken from source line ``no`` (a gap is a removed line, which may be anything)."""
    found: list[int] = []
    i = start
    while 0 <= i < len(lines) and lines[i].no == no and len(found) < _STAMP_REACH:
        if not lines[i].blank:
            found.append(i)
            if not _is_label(lines[i].text):
                break
        i += step
        no += step
    return found


def _without_outlet(names: tuple[str, ...], url: str | None) -> tuple[str, ...]:
    """The names less the paper a capture runs into them: "Sarah Barnacle Worcester Telegram" on telegram.com,
    "Jim Walsh Cherry Hill Courier-Post" (a network's reporter writing for a sister paper); a name that spells the
    site's ("Medical Xpress" on medicalxpress.com) or a folder of its path is the site or a section, not a person."""
    host = url_host(url)
    labels = host.split(".")
    sections = _sections(url)
    return tuple(
        first_name_tokens(name) if _ends_in_paper(name, host) else name
        for name in names
        if "".join(filter(str.isalpha, name.lower())) not in labels and "-".join(name.lower().split()) not in sections
    )


def _sections(url: str | None) -> list[str]:
    """The folders of ``url``'s path ("/stories/college-football/…" holds "college-football"): a "name" spelling
    one is the section's label over the headline ("College Football"), no person. The last part, the story's
    slug, is left out."""
    return url_path(url).split("/")[1:-1]


def _ends_in_paper(name: str, host: str) -> bool:
    tokens = name.split()
    if len(tokens) < 3:
        return False
    last = tokens[-1].lower()
    letters = "".join(filter(str.isalpha, last))
    return (len(letters) >= 3 and letters in host) or any(p in lexicon.NAMEPLATE_WORDS for p in last.split("-"))


def _after_stamp(text: str) -> tuple[str, bool]:
    """What follows a stamp opening ``text`` and a separator after it ("May 30, 2023 / Amy Gallo",
    "posted on 2023-12-19 23:30 EST by Rafael Pineda"), and whether there was one; else ``(text, False)``."""
    stamp = find_date(text)
    if stamp is None or (stamp.start and not only_stamp_words(text[: stamp.start])):
        return text, False
    tail = text[stamp.end :]
    match = _LEAD.search(tail)
    if match is None or not only_stamp_words(tail[: match.start()]):
        return text, False
    return tail[match.start() :].lstrip(LEAD_MARKS), True


def _before_stamp(text: str) -> tuple[str, bool]:
    """What precedes a stamp closing ``text`` ("Anna Walsh Dec 21, 2023", "Anna Walsh 2 months"), and whether there
    was one; else ``(text, False)``."""
    if (age := _TRAILING_AGE.search(text, max(0, len(text) - _AGE_CHARS))) is not None:
        return text[: age.start()], True
    stamp = find_date(text)
    if stamp is None or not stamp.start or not only_stamp_words(text[stamp.start :]):
        return text, False
    return text[: stamp.start].rstrip(LEAD_MARKS + ","), True


def _role_lines(lines: Sequence[Line]) -> list[int]:
    """Positions of a journalist's role lines ("Political reporter"). Only lines holding a role word are read, found
    in C."""
    return [
        i
        for i in lines_with_any(lines, _ROLE_KEYS)
        if len(lines[i].text) <= _MAX_NAME_CHARS and is_role_line(lines[i].text)
    ]


def _over_roles(lines: Sequence[Line], roles: list[int]) -> set[int]:
    """Positions of the lines of a few words right over a role line ("Anna Walsh" / "Political reporter")."""
    over = {i for below in roles if (i := next_nonblank(lines, below, -1)) is not None}
    return {
        i for i in over if len(lines[i].text) <= _MAX_NAME_CHARS and 2 <= len(words(lines[i].text)) <= _MAX_NAME_WORDS
    }


def _names_over_removed(draft: Draft, roles: list[int]) -> list[_Found]:
    """The names of a line right over a role line that an earlier cleaner removed ("[Anna Walsh](/anna-walsh)" /
    "Senior Reporter"), read from the source, as bylines found at the role line."""
    lines, found = draft.lines, []
    for below in roles:
        above = next_nonblank(lines, below, -1)
        gone = next(_removed_between(draft, above, below, -1), "")
        if gone and not gone.startswith(_BULLETS) and (names := names_only(gone)):
            found.append((below, below, names, False))  # a list item is a list's: "* Anna Walsh" / "Contributors"
    return found


def _linked_author(draft: Draft) -> tuple[int, tuple[str, ...]] | None:
    """The source line number and the names of the author-page link ("[Anna Walsh](/author/anna-walsh)") that
    bylines the article, or ``None``.

    That is the first such link under the page's ``#`` headline, else the one nearest above the body's first
    paragraph, else the first just under it (under a standfirst). The line is often gone already (a link-only
    line), so the names are read from the source.
    """
    if draft.format != "markdown" or draft.authors or "](" not in draft.source:
        return None
    return _link_under_headline(draft) or _link_over_body(draft) or _by_link_under_headline(draft)


def _named_links(draft: Draft, first: int, last: int) -> dict[int, tuple[str, ...]]:
    """The person names of the author links on each of source lines ``first`` to ``last`` that open their line
    (past a by-prefix): a link further on is a name the text mentions ("[Anna Walsh](/people/…)'s teammate"), or a
    caption's credit ("… since May. By [Anna Walsh](/writer/…)")."""
    found: dict[int, list[str]] = {}
    for no, text in author_links(draft.source, first, last):
        if (no in found or _opens_line(source_line(draft.source, no), text)) and (names := link_names(text)):
            found.setdefault(no, []).extend(names)
    return {no: tuple(dict.fromkeys(names)) for no, names in found.items()}


def _opens_line(line: str, text: str) -> bool:
    """Whether link ``text`` comes first on ``line`` (but for a by-prefix or a few words of markup), and the line
    is a byline: "By" opens it (a bio may follow: "By [Anna Walsh](…), who covers …"), or it is no longer than one."""
    at = line.find(f"[{text}]")
    if at > _MAX_WORDS_BEFORE_LINK and len(words(line[:at])) > _MAX_WORDS_BEFORE_LINK:
        return False
    if BY_PREFIX.match(line.lstrip(" *_#>")):
        return True
    # A short sentence naming someone ("Wanna know what [Larry Merchant](/people/…) WON'T be doing?") is no byline.
    return len(words(line)) <= MAX_BYLINE_WORDS and not ends_sentence(line)


def _link_under_headline(draft: Draft) -> tuple[int, tuple[str, ...]] | None:
    heading = first_heading(draft.source)
    if heading is None:
        return None
    found = _named_links(draft, heading[0] + 1, heading[0] + _LINK_REACH_UNDER_HEADLINE)
    return min(found.items(), default=None)


def _link_over_body(draft: Draft) -> tuple[int, tuple[str, ...]] | None:
    span = body_span(draft.lines)
    if span is None:
        return None
    start = draft.lines[span[0]].no
    found = _named_links(draft, start - _LINK_REACH_ABOVE, start + _LINK_REACH_BELOW)
    above = [item for item in found.items() if item[0] < start]
    return max(above) if above else min(found.items(), default=None)


def _by_link_under_headline(draft: Draft) -> tuple[int, tuple[str, ...]] | None:
    """The source line number and names of a link under the ``#`` headline whose text is a byline ("[by Anna
    WalshStaff Writer](/annawalsh)", "[![Anna Walsh](…) Anna Walsh NFL Analyst](/personalities/…)": a profile link
    the author-page test does not know): a link-only line, gone before this cleaner reads the page. Under a line
    of a bare "By", the link's text may name an organisation ("By" / "[The Citizen](/author/the-citizen/)")."""
    heading = first_heading(draft.source)
    if heading is None:
        return None
    by = ""
    for no in range(heading[0] + 1, heading[0] + _LINK_REACH_UNDER_HEADLINE):
        try:
            line = source_line(draft.source, no)
        except IndexError:
            return None
        if "](" in line and len(line) <= _MAX_BYLINE_CHARS * 4:
            for link_text in link_texts(line):
                text = f"{by}{' '.join(plain(link_text).split())}"
                if names := byline_names(text):
                    return no, names
                if by and names is not None and (name := agency_shaped(text[len(by) :])) is not None:
                    return no, (name,)
        if line.strip():
            by = "By " if norm(line) in _BARE_PREFIXES else ""
    return None


def _dotted_byline(text: str) -> tuple[tuple[str, ...], bool] | None:
    """The names of a short by-line ending in a full stop ("Written by Anna Walsh Jr.", "Reporting by The Associated
    Press."), and whether they are an organisation's, else ``None``. Prose may open "By Christmas Eve." too, so
    after a bare "By" the stop must close an initial or a suffix ("By Anna C.", "By Anna Walsh Jr."), and an
    organisation counts only after a credit's longer prefix ("Reporting by"); a picture's credit names its agency
    after a slash."""
    if not _CREDIT_PREFIX.match(text) or "/" in text:
        return None  # "By Anna Walsh/Getty Images.": a picture's credit
    line = " ".join(plain(text).split()).strip("*_#> ")
    prefix = BY_PREFIX.match(line)
    if prefix is None or not line.endswith("."):
        return None
    bare, credit = line[:-1], prefix.group(0).strip().lower() != "by"
    if not credit and not _NAME_ABBREVIATION.search(line):
        return None  # after a bare "By", the stop must close a name's initial or suffix
    if names := byline_names(bare):
        return names, False
    if names == () and credit and (name := agency_name(bare)) is not None:
        return (name,), True
    return None


def _link_beside_stamp(draft: Draft) -> tuple[int, tuple[str, ...]] | None:
    """The source line number and names of a link-only line within two lines of a removed stamp, each name linking
    to a page its target names after it ("[Lucy Handley](https://…/lucy-handley/)[@lucyhandley](…)" under
    "Published Fri, Dec 22 2023"): an author's page the author-page test does not know. A topic's page
    ("/tag/joe-biden") is no author's. Read from the source: the link line is gone before this cleaner runs."""
    if draft.format != "markdown" or "](" not in draft.source:
        return None
    for record in draft.removed:
        if record.cleaner != "meta.dates":
            continue
        for no in range(max(record.first_line - _STAMP_REACH, 1), record.last_line + _STAMP_REACH + 1):
            try:
                links = line_links(source_line(draft.source, no))
            except IndexError:
                break
            names = names_only(" ".join(text for text, _ in links)) if links else None
            if names and all(any(_page_of(name, target) for _, target in links) for name in names):
                return no, names
    return None


def _page_of(name: str, target: str) -> bool:
    """Whether link ``target`` is a page named after ``name`` ("…/lucy-handley/"), and no topic's page."""
    parts = url_path(target).rstrip("/").split("/")
    return parts[-1] == "-".join(name.lower().split()) and not lexicon.TAG_URL_SEGMENTS.intersection(parts)
