"""The HTML path: trafilatura's main text, the page's own metadata lifted with its origin, clear errors."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseed import ExtractionError, clean
from cleanseed._html import Extracted, extract
from cleanseed.document import EXTRACTION_FALLBACK

BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "The city council voted on Tuesday to expand the bus network, after a year of public hearings on the plan.",
        "Supporters said the new routes would cut commuting times for thousands of residents in the outer districts.",
        "Opponents argued that the cost, estimated at $40 million, had not been explained clearly enough to voters.",
    )
)


def page(head: str = "", body: str = BODY, footer: str = "") -> str:
    return (
        f"<html><head><title>Council expands buses</title>{head}</head><body>"
        f"<nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
        f"<article><h1>Council expands buses</h1>{body}</article><footer>{footer}</footer></body></html>"
    )


def test_main_text_and_metadata_from_markup() -> None:
    head = (
        '<meta property="og:site_name" content="Example Times">'
        '<meta name="author" content="Jane Doe and John Smith">'
        '<meta property="article:published_time" content="2023-05-04T10:00:00Z">'
    )
    got = extract(page(head), "https://example.com/news/buses")
    assert "expand the bus network" in got.text
    assert "Home" not in got.text
    meta = got.meta
    assert meta.title is not None and meta.title.value == "Council expands buses"
    assert meta.authors is not None and meta.authors.value == ("Jane Doe", "John Smith")
    assert meta.published is not None and meta.published.value == dt.date(2023, 5, 4)
    assert meta.site is not None and meta.site.value == "Example Times"
    assert not got.used_fallback


def test_the_page_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura.core
    import trafilatura.utils

    parsed: list[str] = []
    real = trafilatura.utils.load_html

    def counting(html: object, *args: object) -> object:
        if isinstance(html, (str, bytes)):
            parsed.append("parse")
        return real(html, *args)

    monkeypatch.setattr(trafilatura.utils, "load_html", counting)
    monkeypatch.setattr(trafilatura.core, "load_html", counting)
    clean(page('<meta name="author" content="Jane Doe">'), format="html")
    assert parsed == ["parse"]


def test_lifted_metadata_records_its_origin() -> None:
    head = '<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2023-05-04">'
    doc = clean(page(head), format="html")
    origins = {m.field: m.origin for m in doc.lifted}
    assert doc.authors == ("Jane Doe",)
    assert origins["authors"] == "html meta[name=author]"
    assert origins["published"] == "html meta[property=article:published_time]"


def test_page_labels_from_markup_reach_the_document() -> None:
    head = '<script type="application/ld+json">{"@type": "OpinionNewsArticle", "headline": "Buses"}</script>'
    assert "opinion" in clean(page(head), format="html").labels


def test_no_date_guessed_from_copyright_lines() -> None:
    got = extract(page(footer="<p>© 2019 Example Media. All rights reserved.</p>"), "https://example.com/news/x")
    assert got.meta.published is None


def test_markup_date_wins_over_the_url_path() -> None:
    head = '<meta property="article:published_time" content="2023-05-04">'
    got = extract(page(head), "https://example.com/2020/01/02/buses")
    assert got.meta.published is not None and got.meta.published.value == dt.date(2023, 5, 4)


def test_page_without_an_article_still_gives_its_visible_text() -> None:
    html = "<html><body><div><span>Opening hours</span><span>Monday to Friday</span></div></body></html>"
    assert "Opening hours" in extract(html, None).text


def test_page_without_visible_text_is_an_extraction_error() -> None:
    with pytest.raises(ExtractionError):
        extract("<html><head><title></title></head><body><script>var x = 1;</script></body></html>", None)


@pytest.mark.parametrize("wrapper", [("", ""), ("<div>" * 5, "</div>" * 5)])
def test_a_fragment_of_one_element_is_read_as_a_page(wrapper: tuple[str, str]) -> None:
    # trafilatura's own loader gives no tree for a lone top-level element (it doubts such input is HTML).
    text = "The council voted on Tuesday to approve the new budget after a long debate."
    assert extract(f"{wrapper[0]}<p>{text}</p>{wrapper[1]}", None).text == text


@pytest.mark.parametrize("depth", [300, 50_000])
def test_text_nested_past_the_tree_depth_limit_is_streamed_not_lost(depth: int) -> None:
    # libxml2 builds no tree below 255 levels and drops what lies there; every line must still come through.
    html = (
        "<html><head><title>T</title><script>var hidden = 1;</script></head><body><p>Top paragraph.</p>"
        + "<div>" * depth
        + "<p>Deep text one.</p><p>Deep text two.</p>"
        + "</div>" * depth
        + "<p>Closing paragraph.</p></body></html>"
    )
    got = extract(html, None)
    assert got.used_fallback
    assert got.text.splitlines() == ["Top paragraph.", "Deep text one.", "Deep text two.", "Closing paragraph."]


WORDS = st.lists(st.sampled_from(["council", "bridge", "Tuesday", "opened", "river", "spring"]), min_size=1, max_size=6)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 150), WORDS), min_size=1, max_size=6))
def test_every_word_comes_through_at_any_depth(blocks: list[tuple[int, list[str]]]) -> None:
    # Blocks nested one inside the next, often past libxml2's 255 levels: each block's words must come out.
    html = "<html><body>" + "".join("<div>" * depth + "<p>" + " ".join(words) + "</p>" for depth, words in blocks)
    html += "</div>" * sum(depth for depth, _ in blocks) + "</body></html>"
    text = extract(html, None).text
    for _, words in blocks:
        assert " ".join(words) in text


def test_a_page_within_the_depth_limit_goes_through_trafilatura() -> None:
    html = "<html><body>" + "<div>" * 100 + "<p>" + "Shallow enough text for a tree. " * 20 + "</p>" + "</div>" * 100
    got = extract(html + "</body></html>", None)
    assert not got.used_fallback
    assert "Shallow enough text" in got.text


TEASERS = (
    "Winning Ugly, revisited: Brad Gilbert's ethos returns with a Slam triumph",
    "Dec 19, 2023",
    "On the 50th anniversary of a famous win, a push to honor her in Congress",
    "Sep 30, 2023",
    "Decades before the Battle of the Sexes, two champions met on a court in Ohio",
    "Sep 20, 2023",
)


def teaser_pick(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura, patched to take the page's column of teasers for its main text, as it does on some pages."""
    import cleanseed.pipeline

    def picks_teasers(html: str, url: str | None) -> Extracted:
        return dataclasses.replace(extract(html, url), text="\n".join(TEASERS), used_fallback=False)

    monkeypatch.setattr(cleanseed.pipeline, "extract", picks_teasers)


def test_a_list_picked_for_the_story_gives_way_to_the_whole_page(monkeypatch: pytest.MonkeyPatch) -> None:
    teaser_pick(monkeypatch)
    aside = "<aside>" + "".join(f"<p>{t}</p>" for t in TEASERS) + "</aside>"
    doc = clean(page(footer=aside), format="html")
    assert "expand the bus network" in doc.text
    assert EXTRACTION_FALLBACK in doc.labels
    assert doc.extracted is not None and "Opponents argued" in doc.extracted


def test_a_list_stays_when_the_whole_page_holds_no_more_prose(monkeypatch: pytest.MonkeyPatch) -> None:
    teaser_pick(monkeypatch)
    html = "<html><body><ul>" + "".join(f"<li>{t}</li>" for t in TEASERS) + "</ul></body></html>"
    doc = clean(html, format="html")
    assert EXTRACTION_FALLBACK not in doc.labels
    assert doc.extracted == "\n".join(TEASERS)


def test_a_main_text_of_prose_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    import cleanseed.pipeline

    def unexpected(html: str) -> str:
        raise AssertionError("the whole page was read though trafilatura's main text is prose")

    monkeypatch.setattr(cleanseed.pipeline, "visible_text", unexpected)
    doc = clean(page(), format="html")
    assert "expand the bus network" in doc.text
    assert EXTRACTION_FALLBACK not in doc.labels


def test_a_list_stays_unless_the_whole_page_holds_twice_its_prose(monkeypatch: pytest.MonkeyPatch) -> None:
    import cleanseed.pipeline

    lead = "The fixtures for the new season were published on Tuesday by the league."
    schedule = ("Dec 2 | Oregon 86, Michigan 83", "Dec 5 | Indiana 78, Michigan 75", "Dec 10 | Michigan 90, Iowa 80")
    rows = "\n".join(schedule * 4)

    def picks_the_schedule(html: str, url: str | None) -> Extracted:
        return dataclasses.replace(extract(html, url), text=f"{lead}\n{rows}", used_fallback=False)

    monkeypatch.setattr(cleanseed.pipeline, "extract", picks_the_schedule)
    more = "<p>Tickets go on sale next week.</p>"
    much_more = "".join(
        f"<p>{s}</p>"
        for s in (
            "Tickets for the home games go on sale next week at the stadium box office.",
            "Season passes will cost less than last year, the club said in a statement.",
        )
    )
    html = f"<html><body><p>{lead}</p><ul>" + "".join(f"<li>{r}</li>" for r in schedule * 4) + "</ul>"
    kept = clean(f"{html}{more}</body></html>", format="html")
    assert EXTRACTION_FALLBACK not in kept.labels
    assert "Oregon 86" in kept.text
    swapped = clean(f"{html}{much_more}</body></html>", format="html")
    assert EXTRACTION_FALLBACK in swapped.labels
