"""The page's own metadata, read from the lxml tree trafilatura extracts from: markup only, never a guess.

Each reader returns a :class:`Found` value with the exact field it came from. Sources are tried from the
most to the least deliberate statement of the publisher: JSON-LD, then ``<meta>`` fields, then marked-up
elements (``<time datetime>``, ``rel=author``), then the URL path for dates. What the page prints wins where
a field confirms it: the ``<h1>`` that a title field names, the date stamp beside the story that a date field
names (published or modified, a time zone apart), the ``<meta>`` byline that shares a name with the JSON-LD
authors. Dates come from date fields, or from elements marked as dates or bylines whose text (or a part of it)
is nothing but a stamp: never from copyright lines or free text.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any, Generic, TypeVar

from lxml.etree import Element, XPath

from ._url import host_names, squeezed
from .cleaners import lexicon
from .cleaners._dates import find_date, is_timestamp
from .cleaners._names import BY_PREFIX, BYLINE_INFIX, agency_name, agency_shaped, byline_names, person_name

T = TypeVar("T")

# Selectors and lexicons: data, tried in order (like trafilatura's xpaths.py).
ARTICLE_TYPES = frozenset(
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle",
        "ScholarlyArticle", "TechArticle", "AdvertiserContentArticle", "BlogPosting", "LiveBlogPosting",
        "SocialMediaPosting", "Report", "Review",
    }
)  # fmt: skip
"""JSON-LD ``@type`` values of the page's own story; other nodes (reviews, videos, lists) name other things."""
PAGE_TYPES = frozenset({"WebPage", "ItemPage", "MedicalWebPage", "Recipe", "VideoObject", "HowTo"})
"""JSON-LD types of a whole page: their ``datePublished`` counts when no story node and no ``<meta>`` names one."""
TYPE_LABELS = {
    "OpinionNewsArticle": "opinion",
    "AnalysisNewsArticle": "analysis",
    "BackgroundNewsArticle": "explainer",
    "ReviewNewsArticle": "review",
    "LiveBlogPosting": "live",
    "SatiricalArticle": "satire",
    "AdvertiserContentArticle": "sponsored",
}
"""JSON-LD article types that label the page."""
ORGANIZATION_TYPES = frozenset({"Corporation", "NGO", "Brand", "WebSite", "Project", "GovernmentOrganization"})
"""JSON-LD types, besides ``…Organization``, of an ``author`` that is no person; other types (``Thing``) are read."""
SECTION_FIELDS = ("article:section", "og:type")
"""``<meta>`` fields whose value, read through ``lexicon.LABELS``, labels the page ("Opinion" → opinion)."""
TITLE_FIELDS = ("og:title", "twitter:title")
AUTHOR_FIELDS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")
DATE_FIELDS = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "parsely-pub-date",
    "dc.date", "dc.date.issued", "sailthru.date", "publish-date", "publication_date",
)  # fmt: skip
"""``<meta>`` fields (``name``, ``property`` or ``itemprop``, lowercased) naming the publication date."""
SITE_FIELDS = ("og:site_name", "application-name")
AUTHOR_LABELS = (("twitter:label1", "twitter:data1"), ("twitter:label2", "twitter:data2"))
"""``<meta>`` label/value pairs (Yoast's "Written by" card) that name the author when the label says so."""
AUTHOR_LABEL_WORDS = frozenset({"written by", "author", "by"})
BYLINE_CLASSES = frozenset({"byline", "author", "authors", "byline__name"})
"""Whole class names of a byline element."""
BYLINE_CLASS_PARTS = ("author-name", "author__name", "byline")
"""Parts of class names of a byline element ("td-author-name", "c-byline__item")."""
_MAX_BY_LEAD = 40
"""Characters of an element's own text in which a by-prefix ("Photos and story by") must end."""
STYLED_BYLINE = re.compile(r"(?:^|\s)(?:Author|Byline)[A-Za-z]{0,20}-sc-")
"""A styled component's generated class naming a byline ("AuthorLink-sc-10pl2l7-4", "BylineWrapper-sc-…")."""
AUTHOR_HREF_PARTS = ("/author/", "/authors/", "/writer/", "/staff/")
"""Parts of the address of an author's page."""
AUTHOR_CANDIDATES = XPath(
    "//*[@rel[. = 'author'] or @itemprop[. = 'author'] or @class[contains(., 'author') or contains(., 'byline')"
    " or contains(., 'Author') or contains(., 'Byline')]"
    " or self::a[@href[" + " or ".join(f"contains(., '{part}')" for part in AUTHOR_HREF_PARTS) + "]]]"
)
"""Every element that may hold a byline, in document order; ranked by :func:`_byline_rank`. (Testing attribute
nodes in a predicate costs less than ``contains(@class, …)``; selecting them and stepping to ``..`` is quadratic.)"""
MAX_BYLINE_ELEMENTS = 8
"""Elements of one rank tried before the next rank; author links get more (sidebars link to authors too)."""
MAX_AUTHOR_LINKS = 30
MAX_BY_WRAPPERS = 2
"""Elements an author link may open ("By <span class=vcard><a>") before the "By" that precedes it."""
PICTURE_CREDIT = re.compile(
    r"^\W{0,3}(?:photo(?:s|graphs?|grapher|graphy)?|pictures?|images?|illustrations?|illustrator)(?:\s+by)?\s*:?$",
    re.I,
)
"""A picture credit's lead-in, the whole text before a name ("Photographer:", "Photographs by"); not a credit at a
caption's end ("… on Monday. Photograph: Anna Walsh/Reuters"), which may name the story's own writer."""
MAX_FOLLOWING = 30
"""Elements under the headline read for its printed byline."""
MAX_AGENCY_FIELDS = 4
"""Story nodes, and distinct names, read for a wire or desk named as the author: each is sought in the page."""
MAX_FIELD_CHARS = 1000
"""Characters of an author field read: a name is short, and a hostile field may not be."""
MAX_BYLINE_CHARS = 300
"""A byline block (names, links, a stamp) is short; a longer wrapper holds more than the byline."""
TEXTS_WITH = XPath("//text()[contains(., $name)]")
"""The texts holding a name (a wire's, a desk's), to see whether "By" precedes it."""
DATE_ELEMENTS = XPath(
    "(//*[@itemprop='datePublished'][@datetime or @content]"
    " | //time[@datetime][ancestor::article or ancestor::header])[1]"
)
"""The first machine-readable date in the story's markup."""
JSON_LD_DATE_KEYS = ("datePublished", "dateModified", "dateCreated")
MODIFIED_FIELDS = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified")
"""``<meta>`` fields naming the last update: a printed stamp that matches one is the date the page shows."""
PRINTED_ELEMENTS = XPath(
    "(//*[@class[contains(., 'date') or contains(., 'publish') or contains(., 'posted') or contains(., 'timestamp')"
    " or contains(., 'byline')] or @id[contains(., 'date')] or self::time])[position() <= 30]"
)
"""Elements marked as a date or byline, in document order: where the story prints its date."""
CHROME_TAGS = frozenset({"nav", "aside", "footer"})
CHROME_ROLES = frozenset({"navigation", "banner", "complementary", "contentinfo"})
"""Tags and ARIA roles of the site's chrome, whose date is "today" or another story's."""
AFTER_HEADLINE = XPath("(//h1)[1]/following::*[position() <= 40]")
"""Where a page that marks no date prints one anyway: the line under the headline ("Dec 20, 2023 · 4 min read")."""
UPDATE_LABEL = re.compile(r"\b(?:updated|modified|edited)\b", re.IGNORECASE)
"""Labels of a stamp that dates a revision; the page's other stamp, if it prints one, dates the story."""
TIME_OF_DAY = re.compile(r"\d:\d\d")
STAMP_SEPARATORS = re.compile(r"\s[|\u2022\u00b7]\s")
"""Between a byline's name and its stamp: "By Jane Doe | Dec 20, 2023"."""
MAX_STAMP_CHARS = 100
TITLE_SPLIT = re.compile(r"\s+[|\-\u2013\u2014\u00b7:\u00bb]{1,2}\s+")
"""Separators between a headline and the site name in ``<title>``."""
TITLE_EDGES = " |-\u2013\u2014\u00b7\u00bb"
"""A separator left dangling at a title's end ("Headline |")."""
MAX_HEADINGS = 5
"""Pages print section names, sidebars and dialogs as ``<h1>`` too; the story's headline is among the first."""
MAX_TITLE_CHARS = 1000
"""Longer "titles" are markup accidents; the cut also bounds the work on hostile input."""
TITLE_WORD = re.compile(r"\w+")
MIN_QUOTED_HEADING_WORDS = 4
"""A heading this long found inside a title field ("The Daily for <h1>") is the story's; a shorter one may be a
section name that the field also carries."""
ISO_DATE = re.compile(r"\s{0,20}(\d{4})-?(\d{2})-?(\d{2})(?![\d])")
URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)")
AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&|\|)\s*", re.IGNORECASE)
AUTHOR_PREFIX = re.compile(r"^(?:view all posts by|posted by|written by|words by|by)[:\s]\s*", re.IGNORECASE)
NOT_A_PERSON_WORDS = frozenset(
    {
        "admin", "agency", "brandroom", "com", "company", "contributor", "contributors", "correspondent", "daily",
        "desk", "editor", "editorial", "editors", "gazette", "head", "herald", "inc", "independent", "journal",
        "llc", "ltd", "magazine", "media", "network", "news", "newsroom", "officer", "press", "redazione",
        "report", "reporter", "sponsored", "staff", "team", "telegram", "times", "today", "tribune", "university",
        "usa", "wire",
    }
)  # fmt: skip
"""Page metadata often names the publication, a desk or a job title where a person belongs: any of these
words marks the "author" as not a person. Measured against the gold authors in bench/clean_bench.py."""
NOT_IN_NAMES = frozenset("()[]{}<>:@/\\|#=_*")
"""Signs of a credit ("(Image: FBI)"), a handle or a URL, never of a person's name."""
WEB_ADDRESS = re.compile(r"[^\W\d_]{2}\.[^\W\d_]{2}")
"""A dot between two letters on each side ("example.com"): a site's address, never a person's initials ("C.J.")."""
CREDENTIALS = frozenset(
    {
        "ba", "bsc", "cpt", "cscs", "dds", "dnp", "do", "dvm", "faap", "facc", "facs", "lcsw", "ld", "ma", "mba",
        "md", "mph", "ms", "msc", "msn", "np", "pa-c", "pharmd", "phd", "psyd", "rd", "rdn", "rn",
    }
)  # fmt: skip
"""Degrees that health and science sites print after an author's name."""
MAX_NAME_WORDS = 5
"""Longer "names" are bios or sentences that leaked into the author field."""
MAX_JSON_LD_CHARS = 500_000
MAX_JSON_DEPTH = 8
_EARLIEST_YEAR = 1990


@dataclass(frozen=True, slots=True)
class Found(Generic[T]):
    """A metadata value and the markup field it was read from (``html meta[name=author]``)."""

    value: T
    origin: str


@dataclass(frozen=True, slots=True)
class PageMeta:
    """The page's own title, authors, publication date, site name and labels, each with its origin."""

    title: Found[str] | None = None
    authors: Found[tuple[str, ...]] | None = None
    published: Found[dt.date] | None = None
    site: Found[str] | None = None
    labels: tuple[Found[str], ...] = ()


@dataclass(frozen=True, slots=True)
class _Markup:
    """What the readers share: ``<meta>`` values by lowercased key, the JSON-LD nodes with a ``@type``, the
    page's first ``<h1>`` elements and every element holding one."""

    meta: dict[str, list[tuple[str, str]]]
    nodes: list[tuple[str, dict[str, Any]]]
    headings: list[Any]
    holders: frozenset[Any]

    def story(self, types: frozenset[str] = ARTICLE_TYPES) -> list[tuple[str, dict[str, Any]]]:
        """The JSON-LD nodes of the given types (the page's story by default), in document order."""
        return [(t, n) for t, n in self.nodes if t in types]

    def in_chrome(self, element: Any) -> bool:
        """Whether ``element`` sits in the site's navigation, banner, sidebar or footer, or in a header that holds
        no headline; a set lookup per ancestor, so nested headers cost no subtree searches."""
        return any(self._is_chrome(a) for a in element.iterancestors())

    def _is_chrome(self, element: Any) -> bool:
        tag = element.tag
        if tag in CHROME_TAGS or element.get("role") in CHROME_ROLES:
            return True
        # Custom elements named as headers (<site-header>) are headers too.
        return isinstance(tag, str) and (tag == "header" or tag.endswith("-header")) and element not in self.holders


def read_meta(tree: Any, url: str | None = None) -> PageMeta:
    """Title, authors, date, site and labels of the page parsed as ``tree`` (an lxml HTML element)."""
    headings = list(islice(tree.iter("h1"), MAX_HEADINGS))
    holders = frozenset(holder for heading in headings for holder in heading.iterancestors())
    markup = _Markup(_meta_fields(tree), _json_ld_nodes(tree), headings, holders)
    site = _site(markup)
    return PageMeta(
        title=_title(tree, markup, _site_names(site.value if site else None, url)),
        authors=_writers(tree, _authors_found(tree, markup)),
        published=_published(tree, markup, url),
        site=site,
        labels=_labels(markup),
    )


def _meta_fields(tree: Any) -> dict[str, list[tuple[str, str]]]:
    """Every ``<meta>`` content by its lowercased name/property/itemprop, with the attribute it used."""
    fields: dict[str, list[tuple[str, str]]] = {}
    for element in tree.iter("meta"):
        content = (element.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = element.get(attr)
            if key:
                fields.setdefault(key.strip().lower(), []).append((f"meta[{attr}={key.strip()}]", content))
                break
    return fields


def _json_ld_nodes(tree: Any) -> list[tuple[str, dict[str, Any]]]:
    """Every JSON-LD object with a ``@type``, in document order; malformed scripts are skipped."""
    nodes: list[tuple[str, dict[str, Any]]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        if len(script.text) > MAX_JSON_LD_CHARS:
            continue
        try:
            # strict=False: raw line breaks inside strings are a common publishing slip, not a reason to skip.
            data = json.loads(script.text, strict=False)
        except (ValueError, RecursionError):
            continue
        nodes.extend(_typed(data, 0))
    return nodes


def _typed(data: Any, depth: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """Typed objects in ``data``: the object itself, ``@graph`` members and nested values, depth-bounded."""
    if depth > MAX_JSON_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _typed(item, depth + 1)
    elif isinstance(data, dict):
        kinds = data.get("@type")
        for kind in kinds if isinstance(kinds, list) else [kinds]:
            if isinstance(kind, str):
                yield kind, data
        for key, value in data.items():
            if isinstance(value, (dict, list)) and key not in ("author", "publisher", "creator"):
                yield from _typed(value, depth + 1)


def _title(tree: Any, markup: _Markup, names: frozenset[str]) -> Found[str] | None:
    """The printed headline (``<h1>``) when a title field names it or none disagrees, else the best title field.

    Social and search titles (og:title, ``<title>``) are often rewritten for their audience, while the ``<h1>``
    is the headline as the page prints it, so the text cleaners find it again in the extracted text. A heading
    that a title field names, whole or as one part ("Opinion | <h1> | Site"), is the story's (the longest, when
    a section name is named too); the page's only heading is too, unless it holds a title field behind a label
    ("Politics | <title>") or is the site's logo or name.
    """
    headings = [
        text for h in markup.headings if (text := _heading(h)) and not _is_logo(h) and squeezed(text) not in names
    ]
    fields = [
        (raw, _trim_title(raw, origin, names), origin)
        for raw, origin in ((html.unescape(raw), origin) for raw, origin in _title_candidates(tree, markup))
    ]
    confirmed = [
        Found(heading, f"html <h1>, as in {origin}")
        for heading in headings
        for raw, title, origin in fields
        if _confirms(raw, title, heading)
    ]
    if confirmed:
        return max(confirmed, key=lambda found: len(found.value))
    titles = [(title, origin) for _, title, origin in fields if title]
    if len(headings) == 1 and not any(_title_key(headings[0]).find(_title_key(title)) > 0 for title, _ in titles):
        return Found(headings[0], "html <h1>")
    return Found(*titles[0]) if titles else None


def _heading(element: Any) -> str:
    return " ".join(element.text_content()[:MAX_TITLE_CHARS].split())


def _is_logo(element: Any) -> bool:
    """Whether a heading holds an image: the site's logo, not a headline."""
    return next(element.iter("img", "svg", "{http://www.w3.org/2000/svg}svg"), None) is not None


def _confirms(raw: str, title: str, heading: str) -> bool:
    """Whether a title field (``raw``, ``title`` once trimmed) names the heading: as its title, as one of its
    parts, or inside its title when the heading is long."""
    key = _title_key(heading)
    parts = TITLE_SPLIT.split(" ".join(raw[:MAX_TITLE_CHARS].split()))
    if key in {_title_key(part) for part in parts} | {_title_key(title)}:
        return True
    return len(key.split()) >= MIN_QUOTED_HEADING_WORDS and f" {key} " in f" {_title_key(title)} "


def _trim_title(raw: str, origin: str, names: frozenset[str]) -> str:
    """A title field without the site's name and page labels at either end ("Opinion | … | The Daily").

    ``<title>`` also carries section names and slogans; its longest part is the headline.
    """
    title = " ".join(raw[:MAX_TITLE_CHARS].split())
    while seps := list(TITLE_SPLIT.finditer(title)):
        first, last = title[: seps[0].start()], title[seps[-1].end() :]
        if _names_site(last, names):
            title = title[: seps[-1].start()]
        elif _names_site(first, names):
            title = title[seps[0].end() :]
        else:
            break
    if origin == "html <title>":
        title = max((p.strip(TITLE_EDGES) for p in TITLE_SPLIT.split(title)), key=len)
    return title.strip(TITLE_EDGES)


def _names_site(part: str, names: frozenset[str]) -> bool:
    """Whether a title part is the site's name (or its host's) or a page label ("Opinion")."""
    return part.casefold() in lexicon.LABELS or squeezed(part) in names


def _site_names(site: str | None, url: str | None) -> frozenset[str]:
    """The site's name and the spellings of it its host gives (see ``host_names``), squeezed."""
    return host_names(url) | ({squeezed(site)} - {""} if site else frozenset())


def _title_candidates(tree: Any, markup: _Markup) -> Iterator[tuple[str, str]]:
    """Raw titles with their origins, most deliberate first: og/twitter title, JSON-LD headline, ``<title>``."""
    for key in TITLE_FIELDS:
        for where, value in markup.meta.get(key, ()):
            yield value, f"html {where}"
    for kind, node in markup.story():
        if isinstance(headline := node.get("headline"), str):
            yield headline, f"html json-ld {kind}.headline"
    element = tree.find("head/title")
    if element is not None:
        yield element.text_content(), "html <title>"


def _title_key(title: str) -> str:
    """A title folded for comparison: its words, case, spacing and punctuation aside."""
    return " ".join(TITLE_WORD.findall(title.casefold()))


def _writers(tree: Any, found: Found[tuple[str, ...]] | None) -> Found[tuple[str, ...]] | None:
    """``found`` less the names the page credits for its pictures: magazines list a shoot's photographers among a
    story's authors, in JSON-LD and ``<meta>`` alike. One name is left as it is."""
    if found is None or len(found.value) < 2:
        return found
    writers = tuple(name for name in found.value if not _credited_for_pictures(tree, name))
    if not writers or writers == found.value:
        return found
    return Found(writers, f"{found.origin}, less those credited for pictures")


def _authors_found(tree: Any, markup: _Markup) -> Found[tuple[str, ...]] | None:
    """Persons named by the story's JSON-LD ``author``, by ``<meta>`` author fields, or by byline elements.

    JSON-LD author lists often add the story's editors and photographers, or keep only its first writer, where
    a ``<meta>`` author field mirrors the printed byline; a field that shares a name with the JSON-LD list is
    the story's byline (not the publisher's name) and wins.
    """
    fields = [found for found in _meta_authors(markup) if found.value]
    for kind, node in markup.story():
        names = authors(_json_names(node.get("author")))
        if names:
            folded = {name.casefold() for name in names}
            for found in fields:
                mirrored = {name.casefold() for name in found.value}
                if mirrored != folded and mirrored & folded:
                    return found
            if printed := _printed_byline(markup, folded):
                return Found(printed, f"html json-ld {kind}.author, as printed under the <h1>")
            return Found(names, f"html json-ld {kind}.author")
    return (
        fields[0]
        if fields
        else (_byline_authors(tree, markup) or _agency_found(tree, markup) or _by_line_under_headline(markup))
    )


def _by_line_under_headline(markup: _Markup) -> Found[tuple[str, ...]] | None:
    """Failing any marked author, the names of a short text opening with "By" just under the headline, read as the
    text cleaners read a byline ("By <span>Anna Walsh</span>", "By Associated Press", or the text after an element:
    "<small>posted on …</small> by Anna Walsh"): markup names no author there, the page prints one."""
    if not markup.headings:
        return None
    for element in _after(markup.headings[0], MAX_FOLLOWING):
        # An element's own text, or the text after it, opens with "By" ("Photos and story by"): its whole text is
        # read only then.
        own = (element.text or "")[:_MAX_BY_LEAD]
        if "by" in own.casefold() and BY_PREFIX.match(f"{own.lstrip()} "):
            text, where = " ".join(element.text_content().split()), "text"
        elif (element.tail or "").lstrip()[:3].casefold() == "by ":
            text, where = " ".join(element.tail.split()), "the text after it"
        else:
            continue
        if len(text) > MAX_BYLINE_CHARS or not BY_PREFIX.match(text) or (names := byline_names(text)) is None:
            continue
        if names or (where == "text" and (names := tuple(filter(None, [agency_name(text)])))):
            return Found(names, f"html <{element.tag}> {where} under the <h1>")
    return None


def _printed_byline(markup: _Markup, folded: set[str]) -> tuple[str, ...] | None:
    """The names of the byline printed under the headline when they are the JSON-LD authors (``folded``) and more:
    JSON-LD often keeps only the first writer ("By Anna Walsh and Anna Patel"). The byline is the first element
    marked as one (``rel``/``itemprop=author``, a byline class) that names a JSON-LD author, with the marked
    elements beside it (one link each)."""
    if not markup.headings:
        return None
    for element in _after(markup.headings[0], MAX_FOLLOWING):
        if not _marks_byline(element) or markup.in_chrome(element):
            continue
        own = authors([element.text_content()], strict=True)
        if not folded & {name.casefold() for name in own}:
            continue
        block = element
        for _ in range(MAX_BY_WRAPPERS):
            parent = block.getparent()
            if parent is None or len(parent.text_content()) > MAX_BYLINE_CHARS:
                break
            block = parent
        names = list(own)
        for marked in block.iterdescendants(Element):
            if marked is not element and _marks_byline(marked):
                names.extend(authors([marked.text_content()], strict=True))
        # A name JSON-LD left out must be a person's by the text cleaners' test too ("South Florida Sun Sentinel").
        printed = tuple(n for n in dict.fromkeys(names) if n.casefold() in folded or person_name(n) is not None)
        return printed if folded < {name.casefold() for name in printed} else None
    return None


def _marks_byline(element: Any) -> bool:
    """Whether ``element`` is marked as a byline: ``rel``/``itemprop=author``, or a byline class name (rank 0 or 1
    of :func:`_byline_rank`), tested on the few elements whose attributes mention one."""
    classes = element.get("class")
    if classes is not None and ("author" in classes or "byline" in classes):
        return bool(BYLINE_CLASSES.intersection(classes.split())) or _byline_rank(element) == 0
    return bool(element.get("rel") == "author" or element.get("itemprop") == "author")


def _after(element: Any, limit: int) -> Iterator[Any]:
    """Up to ``limit`` elements after ``element`` in document order, read without searching the whole tree."""
    count = 0
    node = element
    while node is not None:
        for following in node.itersiblings(Element):
            for item in following.iter(Element):
                yield item
                count += 1
                if count >= limit:
                    return
        node = node.getparent()


def _agency_found(tree: Any, markup: _Markup) -> Found[tuple[str, ...]] | None:
    """The wire or desk that the story's JSON-LD ``author`` (one not typed an organisation, which is the
    publisher's own entry) or a ``<meta>`` author field names where no person is named ("Associated Press",
    "Slate Staff", "AJLabs"), if the page prints it after "By": a field naming the site's staff that no byline
    prints ("Autoblog Staff") is a template's default, not the story's byline."""
    found = [
        (name, f"html json-ld {kind}.author")
        for kind, node in markup.story()[:MAX_AGENCY_FIELDS]
        for name in _json_names(node.get("author"))[:1]
    ]
    for key in (*AUTHOR_FIELDS, *(data for _, data in AUTHOR_LABELS)):
        found.extend((value, f"html {origin}") for origin, value in markup.meta.get(key, [])[:1])
    read: set[str] = set()
    for raw, origin in found:
        names = _field_names(AUTHOR_PREFIX.sub("", html.unescape(raw[:MAX_FIELD_CHARS]).strip()))
        if not names or names[0] in read or len(read) >= MAX_AGENCY_FIELDS:
            continue  # each name is sought in the page once, and a few names at most
        read.add(names[0])
        if _printed_after_by(tree, names[0]):
            return Found(names, f"{origin}, printed after 'By'")
    return None


def _field_names(field: str) -> tuple[str, ...]:
    """The persons an author field names before an outlet, as a byline would ("John Doe The Associated Press"),
    else the organisation it names whole ("Associated Press")."""
    if names := byline_names(f"By {field}"):
        return names
    return (agency,) if (agency := agency_shaped(field)) else ()


def _printed_after_by(tree: Any, name: str) -> bool:
    """Whether the page prints ``name`` right after "By", in one text ("By Slate Staff") or across elements
    ("<span>By</span><a>AJLabs</a>"); only the few texts holding the name are read."""
    for before, same_text in _lead_ins(tree, name):
        if not same_text:
            return before.casefold().endswith("by")
        if before.casefold().endswith("by") and not before[-3:-2].isalnum():
            return True
    return False


def _credited_for_pictures(tree: Any, name: str) -> bool:
    """Whether the page prints ``name`` after a picture credit's lead-in ("Photographer: …", "Photographs by …")
    and never in a byline ("By Anna Walsh and …"): a writer may take the story's pictures too. Only the first few
    texts holding the name are read."""
    credited = False
    for before, _ in _lead_ins(tree, name):
        if PICTURE_CREDIT.match(before):
            credited = True
        elif BY_PREFIX.match(f"{before} "):
            return False
    return credited


def _lead_ins(tree: Any, name: str) -> Iterator[tuple[str, bool]]:
    """The text printed just before ``name`` in each of the few texts holding it, and whether that text is in the
    same text node (else it is the text before the element the name fills: "<span>By</span><a>Anna Walsh</a>")."""
    for text in islice(TEXTS_WITH(tree, name=name), MAX_BYLINE_ELEMENTS):
        before = text[: text.find(name)].rstrip()
        if before:
            yield before, True
        elif text.is_tail:
            yield text.getparent().text_content()[-20:].rstrip(), True
        else:
            yield _text_before(text.getparent()), False


def _meta_authors(markup: _Markup) -> Iterator[Found[tuple[str, ...]]]:
    """Persons named by ``<meta>`` author fields, in order, and by a "Written by" label card."""
    for key in AUTHOR_FIELDS:
        values = markup.meta.get(key, [])
        if values:
            yield Found(authors(v for _, v in values if not _is_url(v)), f"html {values[0][0]}")
    for label, data in AUTHOR_LABELS:
        said = markup.meta.get(label)
        values = markup.meta.get(data, [])
        if said and said[0][1].strip().casefold() in AUTHOR_LABEL_WORDS and values:
            yield Found(authors(v for _, v in values), f"html {values[0][0]}")


def _byline_authors(tree: Any, markup: _Markup) -> Found[tuple[str, ...]] | None:
    """Persons in the most explicit byline element whose whole text is names ("By Jane Doe, Staff"), else in a
    link to an author's page just under the headline; bylines in the site's chrome (a sidebar's other stories)
    left out, and other author links only after "By"."""
    ranked: list[list[Any]] = [[], [], [], []]
    for element in AUTHOR_CANDIDATES(tree):
        rank = _byline_rank(element)
        if rank is None or len(ranked[rank]) >= (MAX_AUTHOR_LINKS if rank == 3 else MAX_BYLINE_ELEMENTS):
            continue
        if not markup.in_chrome(element):
            ranked[rank].append(element)
    # Markup naming each author (rel/itemprop=author) names them all: "By <a itemprop=author>…</a> and <a …>".
    marked = [(element, authors([element.text_content()], strict=True)) for element in ranked[0]]
    every = tuple(dict.fromkeys(name for _, names in marked for name in names))
    if len(every) > 1:
        return Found(every, f"html <{ranked[0][0].tag}>{_described(ranked[0][0])}, each author")
    if (first := next(((element, names) for element, names in marked if names), None)) is not None:
        return Found(first[1], f"html <{first[0].tag}>{_described(first[0])}")
    for rank, elements in enumerate(ranked[1:], start=1):
        for element in elements:
            if rank == 3 and not _after_by(element):
                continue
            if names := authors([element.text_content()], strict=True):
                after = " after 'By'" if rank == 3 else ""
                return Found(names, f"html <{element.tag}>{_described(element)}{after}")
    below = set(AFTER_HEADLINE(tree))
    for element in ranked[3]:
        if element in below and (names := authors([element.text_content()], strict=True)):
            return Found(names, f"html <{element.tag}>{_described(element)} under the <h1>")
    return None


def _byline_rank(element: Any) -> int | None:
    """How explicitly ``element`` marks a byline: 0 ``rel``/``itemprop=author``, 1 a byline class name,
    2 a class name with a byline part, 3 a link to an author's page; None when it marks none."""
    if element.get("rel") == "author" or element.get("itemprop") == "author":
        return 0
    classes = element.get("class") or ""
    if BYLINE_CLASSES.intersection(classes.split()):
        return 1
    if any(part in classes for part in BYLINE_CLASS_PARTS) or STYLED_BYLINE.search(classes):
        return 2
    href = element.get("href") or ""
    if element.tag == "a" and any(part in href for part in AUTHOR_HREF_PARTS):
        return 3
    return None


def _after_by(element: Any) -> bool:
    """Whether the text just before ``element`` ends with "By" ("By <a>…", "<span>By</span><a>…",
    "By <span><a>…</a></span>")."""
    return _text_before(element).casefold().endswith("by")


def _text_before(element: Any) -> str:
    """The text just before ``element``, looking up through the few wrappers the element opens; "" if none."""
    node = element
    for _ in range(MAX_BY_WRAPPERS + 1):
        before = node.getprevious()
        parent = node.getparent()
        if before is not None:
            text: str = (before.tail or "").strip() or before.text_content()[-20:]
        elif parent is None or (parent.text or "").strip():
            text = parent.text if parent is not None else ""
        else:
            node = parent
            continue
        return text.strip()
    return ""


def _json_names(author: Any) -> list[str]:
    """Names in a JSON-LD ``author`` value: a string, a Person (whose ``name`` may list several), or a list of
    either; organisations left out."""
    items = author if isinstance(author, list) else [author]
    names: list[str] = []
    for item in items[:20]:
        if isinstance(item, str) and not _is_url(item):
            names.append(item)
        elif isinstance(item, dict) and not _names_organization(item.get("@type")):
            names.extend(_strings(item.get("name"))[:20])
    return names


def authors(raw: Iterable[str], *, strict: bool = False) -> tuple[str, ...]:
    """Person names in author fields: split, "By" and the like stripped, non-persons left out, deduplicated.

    ``strict`` (free text from a byline element) also wants every word capitalised.
    """
    found: list[str] = []
    for field in raw:
        # JSON-LD written by templates often carries HTML entities ("O&#039;Neil").
        text = " ".join(html.unescape(field[:1000]).split())
        if (infix := BYLINE_INFIX.search(text)) is not None:
            text = text[infix.end() :]
        for part in AUTHOR_SPLIT.split(text):
            name = _without_credentials(AUTHOR_PREFIX.sub("", part.strip()))
            if is_person(name) and not (strict and not _name_shaped(name)):
                found.append(name.title() if name.islower() else name)
    return tuple(dict.fromkeys(found))


def _without_credentials(name: str) -> str:
    """``name`` without the degrees written after it ("Jane Doe MS" from "Jane Doe MS, RDN")."""
    words = name.split()
    while len(words) > 2 and _is_credential(words[-1]):
        words.pop()
    return " ".join(words)


def _is_credential(word: str) -> bool:
    """A degree abbreviation, capitals past its first letter ("MD", "PhD"): "Do" may be a surname, "DO" is not."""
    bare = word.strip(".,")
    return bare.casefold() in CREDENTIALS and bare != bare.capitalize()


def is_person(name: str) -> bool:
    """Two to five words, no digits, markup signs or web address, and no word naming a publication, desk or role."""
    words = name.casefold().replace(".", " ").split()
    return (
        2 <= len(words) <= MAX_NAME_WORDS
        and not any(w in NOT_A_PERSON_WORDS for w in words)
        and not any(c.isdigit() or c in NOT_IN_NAMES for c in name)
        and not WEB_ADDRESS.search(name)
    )


def _name_shaped(name: str) -> bool:
    """Every word capitalised, name particles ("van", "de") aside: a byline, not a sentence."""
    return all(w[0].isupper() or w.casefold() in lexicon.NAME_PARTICLES for w in name.split())


def _published(tree: Any, markup: _Markup, url: str | None) -> Found[dt.date] | None:
    """The date printed beside the story when a stated date confirms it, else the first date the page states.

    Pages state several dates (published, modified, in UTC or in local time); the one printed beside the story
    is the one its readers see, and a stated date that agrees with it shows it is the story's date and not a
    site header's "today". A stamp that no field confirms still beats no date at all.
    """
    stated = next(_stated_dates(tree, markup, url), None)
    printed = _printed_date(tree, markup)
    if printed is None or (stated is not None and printed.value == stated.value):
        return stated
    for field, zoned in _date_fields(markup, url):
        if field.value == printed.value or (zoned and abs((field.value - printed.value).days) == 1):
            return Found(printed.value, f"{printed.origin}, as in {field.origin}")
    return stated or printed


def _stated_dates(tree: Any, markup: _Markup, url: str | None) -> Iterator[Found[dt.date]]:
    """Publication dates in order of trust: story JSON-LD, ``<meta>``, page JSON-LD, marked-up dates, the URL."""
    for kind, node in markup.story():
        if date := parse_date(node.get("datePublished")):
            yield Found(date, f"html json-ld {kind}.datePublished")
    for key in DATE_FIELDS:
        for where, value in markup.meta.get(key, ()):
            if date := parse_date(value):
                yield Found(date, f"html {where}")
    for kind, node in markup.story(PAGE_TYPES):
        if date := parse_date(node.get("datePublished")):
            yield Found(date, f"html json-ld {kind}.datePublished")
    for element in DATE_ELEMENTS(tree):
        attr = "datetime" if element.get("datetime") else "content"
        if date := parse_date(element.get(attr)):
            yield Found(date, f"html <{element.tag} {attr}>")
    if date := _url_date(url):
        yield Found(date, "url path")


def _date_fields(markup: _Markup, url: str | None) -> Iterator[tuple[Found[dt.date], bool]]:
    """Every date the page states for its story, published or modified, and whether a time zone may shift it.

    A timestamp with a time of day may fall on the day before or after in the zone the page prints; so may the
    URL's date, which the publishing system writes in its own zone.
    """
    for kind, node in markup.story(ARTICLE_TYPES | PAGE_TYPES):
        for key in JSON_LD_DATE_KEYS:
            raw = node.get(key)
            if isinstance(raw, str) and (date := parse_date(raw)):
                yield Found(date, f"html json-ld {kind}.{key}"), TIME_OF_DAY.search(raw) is not None
    for key in (*DATE_FIELDS, *MODIFIED_FIELDS):
        for where, raw in markup.meta.get(key, ()):
            if date := parse_date(raw):
                yield Found(date, f"html {where}"), TIME_OF_DAY.search(raw) is not None
    if date := _url_date(url):
        yield Found(date, "url path"), True


def _url_date(url: str | None) -> dt.date | None:
    match = URL_DATE.search(url or "")
    return _date(int(match[1]), int(match[2]), int(match[3])) if match else None


def _printed_date(tree: Any, markup: _Markup) -> Found[dt.date] | None:
    """The stamp printed beside the story: in a date-marked element, else in the elements after the headline."""
    return _first_stamp(PRINTED_ELEMENTS(tree), markup, "text") or _first_stamp(
        AFTER_HEADLINE(tree), markup, "text after the <h1>"
    )


def _first_stamp(elements: Iterable[Any], markup: _Markup, where: str) -> Found[dt.date] | None:
    """The first bare stamp in ``elements`` outside the site's chrome; an "Updated" stamp only when no other is.

    An element inside one already read repeats part of it, and is skipped.
    """
    read: set[Any] = set()
    updated: Found[dt.date] | None = None
    for element in elements:
        stamp = _labelled_stamp(element)
        if stamp is None or read.intersection(element.iterancestors()) or markup.in_chrome(element):
            continue
        read.add(element)
        date, label = stamp
        found = Found(date, f"html <{element.tag}>{_described(element)} {where}")
        if not UPDATE_LABEL.search(label):
            return found
        updated = updated or found
    return updated


def _labelled_stamp(element: Any) -> tuple[dt.date, str] | None:
    """The date of the first bare stamp in an element's text (or its own text), with the label before it."""
    for text in (element.text_content(), element.text or ""):
        if len(text) > MAX_STAMP_CHARS:
            continue
        for part in STAMP_SEPARATORS.split(text):
            part = part.strip()
            if part and is_timestamp(part) and (stamp := find_date(part)) and stamp.date:
                date = _date(stamp.date.year, stamp.date.month, stamp.date.day)
                return (date, part[: stamp.start]) if date else None
    return None


def parse_date(raw: object) -> dt.date | None:
    """The calendar date of a machine-readable value: ISO 8601 (``2023-05-04T10:00Z``) or RFC 2822."""
    if not isinstance(raw, str):
        return None
    match = ISO_DATE.match(raw)
    if match:
        return _date(int(match[1]), int(match[2]), int(match[3]))
    stamp = find_date(raw[:MAX_STAMP_CHARS])
    return _date(stamp.date.year, stamp.date.month, stamp.date.day) if stamp and stamp.date else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date if _EARLIEST_YEAR <= year <= dt.date.today().year + 1 else None


def _site(markup: _Markup) -> Found[str] | None:
    """og:site_name (or application-name), else the story's JSON-LD ``publisher.name``."""
    for key in SITE_FIELDS:
        for where, value in markup.meta.get(key, ()):
            return Found(" ".join(value.split()), f"html {where}")
    for kind, node in markup.story():
        publisher = node.get("publisher")
        name = publisher.get("name") if isinstance(publisher, dict) else None
        if isinstance(name, str) and name.strip():
            return Found(" ".join(name.split()), f"html json-ld {kind}.publisher.name")
    return None


def _labels(markup: _Markup) -> tuple[Found[str], ...]:
    """Labels from the story's JSON-LD type and ``articleSection``, and from section ``<meta>`` fields."""
    found: dict[str, Found[str]] = {}
    for kind, node in markup.story():
        if kind in TYPE_LABELS:
            found.setdefault(TYPE_LABELS[kind], Found(TYPE_LABELS[kind], f"html json-ld @type {kind}"))
        sections = node.get("articleSection")
        for section in _strings(sections):
            label = lexicon.LABELS.get(section.strip().casefold())
            if label:
                found.setdefault(label, Found(label, f"html json-ld {kind}.articleSection"))
    for key in SECTION_FIELDS:
        for where, value in markup.meta.get(key, ()):
            label = lexicon.LABELS.get(value.strip().casefold())
            if label:
                found.setdefault(label, Found(label, f"html {where}"))
    return tuple(found.values())


def _names_organization(kind: Any) -> bool:
    """Whether a JSON-LD ``@type`` (a string or a list) names an organisation rather than a person."""
    return any(k in ORGANIZATION_TYPES or k.endswith("Organization") for k in _strings(kind))


def _strings(value: Any) -> Sequence[str]:
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _is_url(value: str) -> bool:
    return value.lstrip().startswith(("http://", "https://", "/", "www."))


def _described(element: Any) -> str:
    """A short selector for an element, for the origin record: `` [rel=author]``, `` [class=byline]``, or none."""
    for attr in ("rel", "itemprop", "href"):
        if element.get(attr):
            return f" [{attr}={element.get(attr)[:80]}]"
    classes = " ".join((element.get("class") or "").split())
    return f" [class={classes[:60]}]" if classes else ""
