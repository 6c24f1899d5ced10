"""Constructive generators for prose, people, dates and chrome blocks (no filtering)."""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, TypeAlias

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
CHROME_KINDS: tuple[ChromeKind, ...] = (
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
)

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


@st.composite
def person(draw: Draw) -> str:
    """A person's name as a news site prints it, sometimes with a middle initial."""
    first = draw(st.sampled_from(v.FIRST_NAMES))
    last = draw(st.sampled_from(v.LAST_NAMES))
    middle = draw(st.one_of(st.just(""), st.sampled_from(v.INITIALS).map(lambda i: i + " ")))
    return f"{first} {middle}{last}"


@st.composite
def fill(draw: Draw, template: str, fixed: Mapping[str, str] | None = None) -> str:
    """``template`` with every ``{slot}`` drawn from the vocabulary (``_cap``/``_lower`` adjust case)."""
    values: dict[str, str] = dict(fixed or {})
    for _, name, _, _ in string.Formatter().parse(template):
        if not name or name in values:
            continue
        base, case = name, ""
        for suffix in ("_cap", "_lower"):
            if name.endswith(suffix):
                base, case = name.removesuffix(suffix), suffix[1:]
        value = draw(person()) if base == "name" else draw(st.sampled_from(_SLOTS[base]))
        if case == "cap":
            value = value[:1].upper() + value[1:]
        elif case == "lower":
            value = value.lower()
        values[name] = value
    return template.format(**values)


def join_names(names: list[str] | tuple[str, ...]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


@st.composite
def authors(draw: Draw) -> tuple[str, ...]:
    """One to three distinct author names."""
    names = draw(st.lists(person(), min_size=1, max_size=3, unique_by=lambda n: n.split()[-1]))
    return tuple(names)


@st.composite
def byline(draw: Draw, names: tuple[str, ...], site: Site) -> str:
    """A byline crediting ``names``, in one of the forms news sites print."""
    form = draw(st.sampled_from(v.BYLINE_FORMS))
    joined = join_names(names)
    role = draw(st.sampled_from(v.ROLES))
    return draw(fill(form, {"names": joined, "names_upper": joined.upper(), "outlet": site.outlet, "role": role}))


_DATE_RANGE = (dt.date(2015, 1, 1), dt.date(2026, 12, 31))


@st.composite
def dateline(draw: Draw, day: dt.date) -> str:
    """``day`` rendered as a publication timestamp."""
    form = draw(st.sampled_from(v.DATELINE_FORMS))
    hour = draw(st.integers(0, 23))
    minute = draw(st.sampled_from((0, 5, 15, 30, 41, 58)))
    half = "AM" if hour < 12 else "PM"
    hour12 = hour % 12 or 12
    am_pm = draw(st.sampled_from((half, half.lower(), half[0].lower() + "." + half[1].lower() + ".")))
    return form.format(
        d=day.day,
        dd=f"{day.day:02d}",
        mm=f"{day.month:02d}",
        yyyy=day.year,
        month=v.MONTHS[day.month - 1],
        mon=v.MONTHS[day.month - 1][:3],
        wday=v.WEEKDAYS[day.weekday()][:3],
        wday_long=v.WEEKDAYS[day.weekday()],
        time12=f"{hour12}:{minute:02d} {am_pm}",
        time24=f"{hour:02d}:{minute:02d}",
        time24dot=f"{hour:02d}.{minute:02d}",
    )


def dates() -> st.SearchStrategy[dt.date]:
    return st.dates(*_DATE_RANGE)


# ---- prose -------------------------------------------------------------------------------------


def quote_text() -> st.SearchStrategy[str]:
    return st.sampled_from(v.QUOTES).map(lambda q: f"“{q}.”")


def attribution(named: bool) -> st.SearchStrategy[str]:
    forms = v.NAMED_ATTRIBUTIONS if named else v.ANONYMOUS_ATTRIBUTIONS
    return st.sampled_from(forms).flatmap(fill)


@st.composite
def sentences(draw: Draw) -> list[str]:
    """One to three distinct sentences of report prose."""
    templates = draw(st.lists(st.sampled_from(v.SENTENCES), min_size=1, max_size=3, unique=True))
    return [draw(fill(t)) for t in templates]


@st.composite
def paragraph(draw: Draw, site: Site) -> Row:
    """One body paragraph: report sentences and at most one attributed quote, maybe a link."""
    said = draw(sentences())
    if draw(st.booleans()):
        at = draw(st.integers(0, len(said)))
        said.insert(at, draw(attribution(named=draw(st.booleans()))))
    row: list[Segment] = [(" ".join(said), None)]
    if draw(st.booleans()):
        anchor = draw(st.sampled_from(v.LINKED_CLAIMS))
        who = draw(fill("{org_cap}"))
        row += [(f" {who} ", None), (anchor, site.url("news", slug(anchor))), (" earlier this week.", None)]
    return tuple(row)


def headline(site: Site) -> st.SearchStrategy[str]:
    return st.sampled_from(v.HEADLINE_TEMPLATES).flatmap(fill).map(lambda h: h[:1].upper() + h[1:])


# ---- chrome ------------------------------------------------------------------------------------


@st.composite
def sites(draw: Draw) -> Site:
    i = draw(st.integers(0, len(v.OUTLETS) - 1))
    outlet = v.OUTLETS[i]
    domain = slug(outlet.removeprefix("The ")).replace("-", "") + ".com"
    return Site(outlet, v.OUTLET_SHORT[i], domain)


def _links(site: Site, section: str, items: list[str]) -> tuple[Row, ...]:
    return tuple(((item, site.url(section, slug(item))),) for item in items)


@st.composite
def chrome_block(
    draw: Draw, kind: ChromeKind, site: Site, names: tuple[str, ...] = (), day: dt.date | None = None
) -> Block:
    """One piece of ``kind`` chrome for ``site``; ``names`` and ``day`` tie bylines, bios and timestamps to the page."""
    if kind == "skip_link":
        return Block(kind, (((draw(st.sampled_from(v.SKIP_LINKS)), "#main"),),))
    if kind == "navigation":
        sections = draw(st.lists(st.sampled_from(v.NAV_SECTIONS), min_size=3, max_size=8, unique=True))
        extras = draw(st.lists(st.sampled_from(v.NAV_EXTRAS), max_size=2, unique=True))
        return Block(kind, _links(site, "", extras[:1] + sections + extras[1:]), listed=True)
    if kind == "share":
        buttons = draw(st.sampled_from(v.SHARE_BARS))
        return Block(kind, tuple(((b, site.url("share")),) for b in buttons), listed=True)
    if kind == "caption":
        scene = draw(st.sampled_from(v.CAPTION_SCENES).flatmap(fill))
        text = draw(st.sampled_from(v.CAPTION_FORMS).flatmap(lambda f: fill(f, {"scene": scene})))
        return Block(kind, (text_row(text),), image=scene)
    if kind == "credit":
        return Block(kind, (text_row(draw(st.sampled_from(v.CREDIT_FORMS).flatmap(fill))),))
    if kind == "byline":
        names = names or draw(authors())
        return Block(kind, (text_row(draw(byline(names, site))),))
    if kind == "author_bio":
        name = names[0] if names else draw(person())
        pronouns = draw(st.sampled_from((("She", "her"), ("He", "him"), ("They", "them"))))
        fixed = {
            "name": name,
            "outlet": site.outlet,
            "pronoun_cap": pronouns[0],
            "pronoun_obj": pronouns[1],
            "handle": slug(name).replace("-", ""),
            "domain": site.domain,
            "other_short": draw(st.sampled_from(v.OUTLET_SHORT)),
        }
        return Block(kind, (text_row(draw(st.sampled_from(v.AUTHOR_BIOS).flatmap(lambda f: fill(f, fixed)))),))
    if kind == "timestamp":
        return Block(kind, (text_row(draw(dateline(day or draw(dates())))),))
    if kind == "related":
        if draw(st.booleans()):
            lead = draw(st.sampled_from(v.RELATED_LEADS))
            title = draw(headline(site))
            return Block(kind, (((lead + " ", None), (title, site.url("news", slug(title)))),))
        heading = draw(st.sampled_from(v.RELATED_HEADINGS))
        titles = draw(st.lists(headline(site), min_size=2, max_size=4, unique=True))
        return Block(kind, (text_row(heading), *_links(site, "news", titles)), listed=True, heading=True)
    if kind == "teaser":
        heading = draw(st.sampled_from(v.TEASER_HEADINGS).flatmap(lambda f: fill(f, {"outlet": site.outlet})))
        titles = draw(st.lists(headline(site), min_size=3, max_size=5, unique=True))
        return Block(kind, (text_row(heading), *_links(site, "news", titles)), listed=True, heading=True)
    if kind == "newsletter":
        box = draw(st.sampled_from(v.NEWSLETTER_BOXES))
        nl = draw(st.sampled_from(v.NEWSLETTER_NAMES))
        return Block(kind, tuple(text_row(line.format(nl=nl)) for line in box))
    if kind == "cookie":
        return Block(kind, tuple(text_row(line) for line in draw(st.sampled_from(v.COOKIE_BOXES))))
    if kind == "tags":
        words = draw(st.lists(st.sampled_from(v.TAG_WORDS), min_size=2, max_size=5, unique=True))
        if draw(st.booleans()):
            lead = draw(st.sampled_from(v.TAG_LEADS))
            row: list[Segment] = [(lead + " ", None)]
            for i, word in enumerate(words):
                row += [(", ", None)] if i else []
                row.append((word, site.url("topic", slug(word))))
            return Block(kind, (tuple(row),))
        return Block(kind, _links(site, "topic", words), listed=True)
    if kind == "footer":
        links = draw(st.lists(st.sampled_from(v.FOOTER_LINKS), min_size=3, max_size=7, unique=True))
        return Block(kind, _links(site, "info", links), listed=True)
    if kind == "copyright":
        year = draw(st.integers(2015, 2026))
        form = draw(st.sampled_from(v.COPYRIGHTS))
        return Block(kind, (text_row(form.format(year=year, outlet=site.outlet)),))
    if kind == "ad":
        return Block(kind, (text_row(draw(st.sampled_from(v.AD_MARKERS))),))
    raise ValueError(f"unknown chrome kind {kind!r}; known kinds: {', '.join(CHROME_KINDS)}")
