"""The HTML path: trafilatura's main text, metadata from markup only, persons only as authors, clear errors."""

from __future__ import annotations

import datetime as dt

import pytest

from cleanseed import ExtractionError, clean
from cleanseed._html import _authors, extract

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
    assert got.title == "Council expands buses"
    assert got.authors == ("Jane Doe", "John Smith")
    assert got.published == dt.date(2023, 5, 4)
    assert got.site == "Example Times"
    assert not got.used_fallback


def test_lifted_metadata_records_its_origin() -> None:
    head = '<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2023-05-04">'
    doc = clean(page(head), format="html")
    origins = {m.field: m.origin for m in doc.lifted}
    assert doc.authors == ("Jane Doe",)
    assert origins["authors"].startswith("html metadata")
    assert "markup only" in origins["published"]


def test_no_date_guessed_from_copyright_lines() -> None:
    got = extract(page(footer="<p>© 2019 Example Media. All rights reserved.</p>"), "https://example.com/news/x")
    assert got.published is None


def test_markup_date_wins_over_the_url_path() -> None:
    head = '<meta property="article:published_time" content="2023-05-04">'
    got = extract(page(head), "https://example.com/2020/01/02/buses")
    assert got.published == dt.date(2023, 5, 4)


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Jane Doe; John Smith", ("Jane Doe", "John Smith")),
        ("By Jane Doe", ("Jane Doe",)),
        ("View all posts by Jane Doe", ("Jane Doe",)),
        ("AOL Staff; Pamela Falk", ("Pamela Falk",)),
        ("The Daily Journal", ()),
        ("Jane Doe, Financial Times", ("Jane Doe",)),
        ("Editors", ()),
        ("Jane Doe is a science journalist based in Boston who writes", ()),
        ("Jane Doe; Jane Doe", ("Jane Doe",)),
    ],
)
def test_authors_are_persons(raw: str, names: tuple[str, ...]) -> None:
    assert _authors(raw) == names


def test_page_without_an_article_still_gives_its_visible_text() -> None:
    html = "<html><body><div><span>Opening hours</span><span>Monday to Friday</span></div></body></html>"
    assert "Opening hours" in extract(html, None).text


def test_page_without_visible_text_is_an_extraction_error() -> None:
    with pytest.raises(ExtractionError):
        extract("<html><head><title></title></head><body><script>var x = 1;</script></body></html>", None)


def test_deeply_nested_markup_ends_in_text_or_extraction_error() -> None:
    depth = 50_000
    html = "<html><body>" + "<div>" * depth + "<p>deep text</p>" + "</div>" * depth + "</body></html>"
    try:
        got = extract(html, None)
    except ExtractionError:
        return
    assert got.text
