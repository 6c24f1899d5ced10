"""Properties of clean() on arbitrary text and on generated page-like text."""

from __future__ import annotations

import contextlib
import re
import textwrap

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleanseed import CleanseedError, Document, Draft, Pipeline, clean
from cleanseed.cleaners import lexicon

PROSE = st.lists(
    st.sampled_from(
        [
            "the",
            "council",
            "voted",
            "on",
            "Tuesday",
            "to",
            "approve",
            "budget",
            "after",
            "a",
            "long",
            "debate",
            "said",
            "officials",
            "Khan",
            "wrote",
            "letter",
            "company",
            "Anthropic",
            "London",
            "mayor",
            "would",
            "never",
            "allow",
            "it",
            "and",
            "he",
            "added",
            "that",
            "talks",
            "were",
            "off",
        ]
    ),
    min_size=3,
    max_size=30,
).map(lambda ws: " ".join(ws).capitalize() + ".")
CHROME = st.sampled_from(
    [
        *lexicon.SKIP_LINK_PHRASES,
        *lexicon.SHARE_PHRASES,
        *lexicon.NAV_PHRASES,
        *lexicon.AD_PHRASES,
        *lexicon.RELATED_PREFIXES,
        *lexicon.TAG_HEADINGS,
        *lexicon.FOOTER_NAV_PHRASES,
        "Share  Save ",
        "Copyright 2026 BBC. All rights reserved.",
        "We use cookies to improve your experience.",
        "Sign up for our newsletter",
        "(Photo by Ben Montgomery/Getty Images)",
        "Reuters",
        "42 mins ago",
        "Published March 6, 2026",
        "By Pramod ThomasMar 06, 2026",
        "Lily Jamali, Technology correspondent and **Kali Hays**, Technology reporter",
        "Pramod Thomas",
        "Opinion",
        "* News",
        "Home | News | Sport | Business",
        "[Home](#) [News](#)",
        "![logo](https://example.com/logo.png)",
    ]
)
LINKED = st.tuples(PROSE, st.sampled_from(["report", "letter"])).map(
    lambda t: f"{t[0]} See [the {t[1]}](https://x.org/r)."
)
HEADLINE = st.sampled_from(["London mayor courts embattled AI firm Anthropic", "What is AI and how does it work?"])
MARKUP = st.text(alphabet=" \xa0\u2003*#_>|•-\t", max_size=12)
PAGE_LINE = st.one_of(PROSE, CHROME, LINKED, HEADLINE, MARKUP, st.just(""), st.text(max_size=40))
PAGE = st.lists(PAGE_LINE, min_size=1, max_size=40).map("\n".join)


def _hard_wrapped(page: tuple[str, int]) -> str:
    """A page as a converter that wraps at ``width`` writes it: each long line broken into lines of the width."""
    text, width = page
    return "\n".join(textwrap.fill(line, width) if len(line) > width else line for line in text.splitlines())


def _by_reference(page: str) -> str:
    """A page with its ``[text](url)`` links written by reference, their definitions at the end."""
    links = re.findall(r"\]\((https?://[^)\s]+)\)", page)
    numbered = {url: k for k, url in enumerate(dict.fromkeys(links), start=1)}
    body = re.sub(r"\]\((https?://[^)\s]+)\)", lambda m: f"][{numbered[m.group(1)]}]", page)
    return body + "".join(f"\n   [{k}]: {url}" for url, k in numbered.items())


def _with_markup(page: str) -> str:
    """A page as pandoc writes it, keeping the page's elements: its lines in raw HTML tags and fenced divs."""
    lines = page.splitlines()
    wrapped = [
        f'<div class="row"\n  data-k="{k}">\n\n<span class="x">{line}</span>\n\n</div>'
        if k % 3 == 0
        else f"::: {{.block\n  .k{k}}}\n[{line}]{{.text}}\n:::"
        if k % 3 == 1
        else line
        for k, line in enumerate(lines)
    ]
    return "\n".join(wrapped)


WRAPPED_PAGE = st.tuples(st.lists(PROSE, min_size=4, max_size=12).map(" ".join), st.integers(40, 100)).flatmap(
    lambda page: st.tuples(PAGE, st.just(page)).map(lambda t: t[0] + "\n\n" + _hard_wrapped(t[1]))
)
"""Generated page lines, then a long paragraph hard-wrapped at a width from 40 to 100."""
CAPTURE = st.one_of(PAGE, WRAPPED_PAGE, PAGE.map(_by_reference), PAGE.map(_with_markup))
ANY_TEXT = st.one_of(st.text(max_size=3000), CAPTURE)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _clean(text: str) -> Document | None:
    try:
        return clean(text)
    except CleanseedError:
        return None


def _is_subsequence(small: str, big: str) -> bool:
    chars = iter(big)
    return all(c in chars for c in small)


@SETTINGS
@given(st.one_of(ANY_TEXT, st.binary(max_size=2000)))
def test_clean_raises_only_cleanseed_errors(raw: str | bytes) -> None:
    _clean(raw) if isinstance(raw, str) else _clean_bytes(raw)


URLS = st.one_of(
    st.text(max_size=60),
    st.builds("https://{}/{}".format, st.text(max_size=20), st.text(max_size=40)),
    st.sampled_from(["http://[::1", "https://example.com/2023/13/45/story", "https://x.com/opinion/"]),
)


@SETTINGS
@given(PAGE, URLS)
def test_any_url_raises_nothing(text: str, url: str) -> None:
    with contextlib.suppress(CleanseedError):
        clean(text, url=url)


def _clean_bytes(raw: bytes) -> None:
    with contextlib.suppress(CleanseedError):
        clean(raw)


@SETTINGS
@given(CAPTURE)
# Found by hypothesis: a line of one underscore counted as words kept the line model off on the first pass only.
@example(
    "London mayor courts embattled AI firm Anthropic\nLondon mayor courts embattled AI firm Anthropic\n"
    "What is AI and how does it work?\n_\n0:0:0:0:0:0:0:0:0\n0:0:0:0:0:0:0:0:0"
)
# Found by hypothesis: counted with the "_" line, the page's words fell just short of the French list's share; the
# second pass, without it, read the page as French and dropped the headlines.
@example(
    "London mayor courts embattled AI firm Anthropic\nLondon mayor courts embattled AI firm Anthropic\n_\n"
    "The council council council council on."
)
def test_idempotent_on_own_output(text: str) -> None:
    doc = _clean(text)
    if doc is None or not doc.text.strip():
        return
    assert clean(doc.text).text == doc.text


@SETTINGS
@given(PAGE)
def test_kept_lines_are_source_lines_in_order(text: str) -> None:
    source = text.splitlines()
    draft = Pipeline()(Draft.from_text(text))
    numbers = [line.no for line in draft.lines]
    assert numbers == sorted(set(numbers))
    rewritten = {r.first_line for r in draft.removed if r.partial}
    for line in draft.lines:
        original = source[line.no - 1]
        if line.no in rewritten:
            assert _is_subsequence(line.text, original)  # a link target or a date cut out, nothing added
        else:
            assert line.text == original


@SETTINGS
@given(CAPTURE)
def test_nothing_lost(text: str) -> None:
    doc = _clean(text)
    if doc is None or doc.format == "html":
        return
    # A hard-wrapped text is cleaned with its broken lines joined (``extracted``); the records count those lines.
    source = text if doc.extracted is None else doc.extracted
    draft = Pipeline()(Draft.from_text(source, format=doc.format))
    assert draft.removed == doc.removed
    kept = {line.no for line in draft.lines}
    removed = {n for r in doc.removed if not r.partial for n in range(r.first_line, r.last_line + 1)}
    for no, line in enumerate(source.splitlines(), start=1):
        if line.strip():
            assert no in kept or no in removed, (no, line)
    touched = {n for r in doc.removed for n in range(r.first_line, r.last_line + 1)}
    assert {m.line for m in doc.lifted if m.line is not None} <= touched  # lifted lines go whole or in part


@SETTINGS
@given(PAGE, st.characters(categories=["Cs"]), st.integers(min_value=0))
def test_a_lone_surrogate_raises_nothing(page: str, surrogate: str, at: int) -> None:
    # A str may hold one (from "surrogateescape" decoding, say); C extensions encoding to UTF-8 reject it.
    at %= len(page) + 1
    _clean(page[:at] + surrogate + page[at:])
