"""Constructive generators for prose, people, dates and chrome blocks (no filtering)."""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Literal, TypeAlias, get_args

from hypothesis import strategies as st

from . import _vocab as v

ChromeKind = Literal[
    "skip_link",
    "navigation",
    "share",
    "caption",
    "credit",
    "byline",
    "author_bio",
    "timestamp",
    "related",
    "teaser",
    "newsletter",
    "cookie",
    "tags",
    "footer",
    "copyright",
    "ad",
]
CHROME_KINDS: tuple[ChromeKind, ...] = get_args(ChromeKind)

Segment: TypeAlias = tuple[str, str | None]
"""A run of text and the address it links to, if any."""
Row: TypeAlias = tuple[Segment, ...]
"""One rendered line: text runs, some of them links."""
Draw: TypeAlias = st.DrawFn


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of the page: the title, a body paragraph, or one piece of chrome.

    ``listed`` blocks are menus and link lists (one item a row); a ``heading`` block's
    first row is its heading ("Most read"). ``image`` is the picture a caption belongs to.
    """

    kind: str
    rows: tuple[Row, ...]
    listed: bool = False
    heading: bool = False
    image: str | None = None

    def plain(self) -> tuple[str, ...]:
        return tuple(plain(row) for row in self.rows)


@dataclass(frozen=True, slots=True)
class Site:
    """The publication a page belongs to."""

    outlet: str
    short: str
    domain: str

    def url(self, *parts: str) -> str:
        return "https://www." + self.domain + "/" + "/".join(p for p in parts if p)


def plain(row: Row) -> str:
    return "".join(text for text, _ in row)


def text_row(text: str) -> Row:
    return ((text, None),)


def slug(text: str) -> str:
    kept = "".join(c if c.isalnum() else " " for c in text.lower())
    return "-".join(kept.split())[:60]


# Hypothesis validates every strategy object it is handed; building each one once (and drawing
# through plain helper functions inside a few composites) keeps generation fast.


@cache
def choice(options: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.sampled_from(options)


@cache
def subsets(options: tuple[str, ...], low: int, high: int) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(options), min_size=low, max_size=high, unique=True)


def pick(draw: Draw, options: tuple[str, ...]) -> str:
    return draw(choice(options))


_SLOTS: Mapping[str, tuple[str, ...]] = {
    "place": v.PLACES,
    "org": v.ORGANISATIONS,
    "org_person": v.ORG_PEOPLE,
    "subject": v.SUBJECTS,
    "action": v.ACTIONS,
    "weekday": v.WEEKDAYS,
    "month": v.MONTHS,
    "quantity": v.QUANTITIES,
    "unit": v.UNITS,
    "role": v.ROLES,
    "source_role": v.SOURCE_ROLES,
    "outlet": v.OUTLETS,
    "outlet_short": v.OUTLET_SHORT,
    "agency": v.AGENCIES,
    "beat": v.BEATS,
    "quote": v.QUOTES,
    "indirect": v.INDIRECT,
    "section": v.NAV_SECTIONS,
    "nl": v.NEWSLETTER_NAMES,
}
_INITIALS = ("", *(i + " " for i in v.INITIALS))


def draw_person(draw: Draw) -> str:
    """A person's name as a news site prints it, sometimes with a middle initial."""
    first = pick(draw, v.FIRST_NAMES)
    middle = pick(draw, _INITIALS)
    return f"{first} {middle}{pick(draw, v.LAST_NAMES)}"


@cache
def _fields(template: str) -> tuple[tuple[str, str, str], ...]:
    """``(field, vocabulary slot, case change)`` for every ``{field}`` of ``template``."""
    found: list[tuple[str, str, str]] = []
    for _, name, _, _ in string.Formatter().parse(template):
        if name and name not in (f for f, _, _ in found):
            base, case = name, ""
            for suffix in ("_cap", "_lower"):
                if name.endswith(suffix):
                    base, case = name.removesuffix(suffix), suffix[1:]
            found.append((name, base, case))
    return tuple(found)


def draw_fill(draw: Draw, template: str, fixed: Mapping[str, str] | None = None) -> str:
    """``template`` with every ``{slot}`` drawn from the vocabulary (``_cap``/``_lower`` adjust case)."""
    values: dict[str, str] = dict(fixed or {})
    for name, base, case in _fields(template):
        if name in values:
            continue
        value = draw_person(draw) if base == "name" else pick(draw, _SLOTS[base])
        if case == "cap":
            value = value[:1].upper() + value[1:]
        elif case == "lower":
            value = value.lower()
        values[name] = value
    return template.format(**values)


def draw_template(draw: Draw, templates: tuple[str, ...], fixed: Mapping[str, str] | None = None) -> str:
    return draw_fill(draw, pick(draw, templates), fixed)


def join_names(names: list[str] | tuple[str, ...]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


@st.composite
def authors(draw: Draw) -> tuple[str, ...]:
    """One to three author names with distinct surnames."""
    names = [draw_person(draw)]
    for _ in range(draw(st.integers(0, 2))):
        name = draw_person(draw)
        if all(name.split()[-1] != n.split()[-1] for n in names):
            names.append(name)
    return tuple(names)


def draw_byline(draw: Draw, names: tuple[str, ...], site: Site) -> str:
    """A byline crediting ``names``, in one of the forms news sites print."""
    joined = join_names(names)
    role = pick(draw, v.ROLES)
    fixed = {"names": joined, "names_upper": joined.upper(), "outlet": site.outlet, "role": role}
    return draw_template(draw, v.BYLINE_FORMS, fixed)


# Publication dates lie in the past: htmldate rejects a date later than the day it runs.
_DATE_RANGE = (dt.date(2015, 1, 1), dt.date(2025, 12, 31))
_DATES = st.dates(*_DATE_RANGE)
_HOURS = st.integers(0, 23)
_MINUTES = st.sampled_from((0, 5, 15, 30, 41, 58))
_MERIDIEM = st.sampled_from(("{}", "{lower}", "{dotted}"))


def dates() -> st.SearchStrategy[dt.date]:
    return _DATES


def draw_dateline(draw: Draw, day: dt.date) -> str:
    """``day`` rendered as a publication timestamp."""
    form = pick(draw, v.DATELINE_FORMS)
    hour, minute = draw(_HOURS), draw(_MINUTES)
    half = "AM" if hour < 12 else "PM"
    am_pm = draw(_MERIDIEM).format(half, lower=half.lower(), dotted=f"{half[0]}.{half[1]}.".lower())
    return form.format(
        d=day.day,
        dd=f"{day.day:02d}",
        mm=f"{day.month:02d}",
        yyyy=day.year,
        month=v.MONTHS[day.month - 1],
        mon=v.MONTHS[day.month - 1][:3],
        wday=v.WEEKDAYS[day.weekday()][:3],
        wday_long=v.WEEKDAYS[day.weekday()],
        time12=f"{hour % 12 or 12}:{minute:02d} {am_pm}",
        time24=f"{hour:02d}:{minute:02d}",
        time24dot=f"{hour:02d}.{minute:02d}",
    )


@st.composite
def relative_phrases(draw: Draw) -> str:
    """A relative timestamp phrase: "4 days ago", "12 hrs ago"."""
    return f"{draw(st.integers(2, 23))} {pick(draw, v.RELATIVE_UNITS)} ago"


def draw_relative_line(draw: Draw, ago: str) -> str:
    return pick(draw, v.RELATIVE_FORMS).format(ago=ago)


# ---- prose -------------------------------------------------------------------------------------


def draw_attribution(draw: Draw, named: bool) -> str:
    return draw_template(draw, v.NAMED_ATTRIBUTIONS if named else v.ANONYMOUS_ATTRIBUTIONS)


_SENTENCE_TEMPLATES = subsets(v.SENTENCES, 1, 3)


@st.composite
def paragraph(draw: Draw) -> Row:
    """One body paragraph: one to three report sentences, maybe an attributed quote and a link.

    Links are site-relative (``/news/…``), as html2text leaves them.
    """
    said = [draw_fill(draw, t) for t in draw(_SENTENCE_TEMPLATES)]
    if draw(st.booleans()):
        at = draw(st.integers(0, len(said)))
        said.insert(at, draw_attribution(draw, named=draw(st.booleans())))
    row: list[Segment] = [(" ".join(said), None)]
    if draw(st.booleans()):
        anchor = pick(draw, v.LINKED_CLAIMS)
        who = draw_fill(draw, "{org_cap}")
        row += [(f" {who} ", None), (anchor, "/news/" + slug(anchor)), (" earlier this week.", None)]
    return tuple(row)


def draw_headline(draw: Draw) -> str:
    headline = draw_template(draw, v.HEADLINE_TEMPLATES)
    return headline[:1].upper() + headline[1:]


# ---- chrome ------------------------------------------------------------------------------------


def draw_site(draw: Draw) -> Site:
    outlet = pick(draw, v.OUTLETS)
    domain = slug(outlet.removeprefix("The ")).replace("-", "") + ".com"
    return Site(outlet, v.OUTLET_SHORT[v.OUTLETS.index(outlet)], domain)


def _links(site: Site, section: str, items: list[str]) -> tuple[Row, ...]:
    return tuple(((item, site.url(section, slug(item))),) for item in items)


def _headlines(draw: Draw, low: int, high: int) -> list[str]:
    titles: list[str] = []
    for _ in range(draw(st.integers(low, high))):
        title = draw_headline(draw)
        if title not in titles:
            titles.append(title)
    return titles


def draw_chrome(
    draw: Draw, kind: ChromeKind, site: Site, names: tuple[str, ...] = (), day: dt.date | None = None
) -> Block:
    """One piece of ``kind`` chrome for ``site``; ``names`` and ``day`` tie bylines, bios and timestamps to the page."""
    if kind == "skip_link":
        return Block(kind, (((pick(draw, v.SKIP_LINKS), "#main"),),))
    if kind == "navigation":
        sections = draw(subsets(v.NAV_SECTIONS, 3, 8))
        extras = draw(subsets(v.NAV_EXTRAS, 0, 2))
        return Block(kind, _links(site, "", extras[:1] + sections + extras[1:]), listed=True)
    if kind == "share":
        buttons = draw(choice_of_tuples(v.SHARE_BARS))
        return Block(kind, tuple(((b, site.url("share")),) for b in buttons), listed=True)
    if kind == "caption":
        scene = draw_template(draw, v.CAPTION_SCENES)
        return Block(kind, (text_row(draw_template(draw, v.CAPTION_FORMS, {"scene": scene})),), image=scene)
    if kind == "credit":
        return Block(kind, (text_row(draw_template(draw, v.CREDIT_FORMS)),))
    if kind == "byline":
        return Block(kind, (text_row(draw_byline(draw, names or draw(authors()), site)),))
    if kind == "author_bio":
        name = names[0] if names else draw_person(draw)
        pronoun, obj = draw(choice_of_tuples((("She", "her"), ("He", "him"), ("They", "them"))))
        fixed = {
            "name": name,
            "outlet": site.outlet,
            "pronoun_cap": pronoun,
            "pronoun_obj": obj,
            "handle": slug(name).replace("-", ""),
            "domain": site.domain,
            "other_short": pick(draw, v.OUTLET_SHORT),
        }
        return Block(kind, (text_row(draw_template(draw, v.AUTHOR_BIOS, fixed)),))
    if kind == "timestamp":
        return Block(kind, (text_row(draw_dateline(draw, day or draw(_DATES))),))
    if kind == "related":
        if draw(st.booleans()):
            lead, title = pick(draw, v.RELATED_LEADS), draw_headline(draw)
            return Block(kind, (((lead + " ", None), (title, site.url("news", slug(title)))),))
        heading = pick(draw, v.RELATED_HEADINGS)
        titles = _headlines(draw, 2, 4)
        return Block(kind, (text_row(heading), *_links(site, "news", titles)), listed=True, heading=True)
    if kind == "teaser":
        heading = draw_template(draw, v.TEASER_HEADINGS, {"outlet": site.outlet})
        titles = _headlines(draw, 3, 5)
        return Block(kind, (text_row(heading), *_links(site, "news", titles)), listed=True, heading=True)
    if kind == "newsletter":
        box, nl = draw(choice_of_tuples(v.NEWSLETTER_BOXES)), pick(draw, v.NEWSLETTER_NAMES)
        return Block(kind, tuple(text_row(line.format(nl=nl)) for line in box))
    if kind == "cookie":
        return Block(kind, tuple(text_row(line) for line in draw(choice_of_tuples(v.COOKIE_BOXES))))
    if kind == "tags":
        words = draw(subsets(v.TAG_WORDS, 2, 5))
        if draw(st.booleans()):
            row: list[Segment] = [(pick(draw, v.TAG_LEADS) + " ", None)]
            for i, word in enumerate(words):
                row += [(", ", None)] if i else []
                row.append((word, site.url("topic", slug(word))))
            return Block(kind, (tuple(row),))
        return Block(kind, _links(site, "topic", words), listed=True)
    if kind == "footer":
        return Block(kind, _links(site, "info", draw(subsets(v.FOOTER_LINKS, 3, 7))), listed=True)
    if kind == "copyright":
        year = draw(st.integers(2015, 2026))
        return Block(kind, (text_row(pick(draw, v.COPYRIGHTS).format(year=year, outlet=site.outlet)),))
    if kind == "ad":
        return Block(kind, (text_row(pick(draw, v.AD_MARKERS)),))
    raise ValueError(f"unknown chrome kind {kind!r}; known kinds: {', '.join(CHROME_KINDS)}")


@cache
def choice_of_tuples(options: tuple[tuple[str, ...], ...]) -> st.SearchStrategy[tuple[str, ...]]:
    return st.sampled_from(options)
