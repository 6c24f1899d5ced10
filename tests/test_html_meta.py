"""The metadata reader: each field from the most deliberate markup, with its origin; never a guess."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseed._html_meta import PageMeta, authors, parse_date, read_meta


def meta_of(head: str = "", body: str = "", url: str | None = None) -> PageMeta:
    return read_meta(lxml.html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>"), url)


def ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


GRAPH = ld(
    '{"@context": "https://schema.org", "@graph": ['
    '{"@type": "WebPage", "datePublished": "2020-01-01"},'
    '{"@type": "NewsArticle", "headline": "Council expands buses", "datePublished": "2023-05-04T22:10:00-05:00",'
    ' "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Example Times"},'
    ' {"name": "John Smith"}], "publisher": {"@type": "Organization", "name": "Example Times"}}]}'
)


def test_json_ld_graph_gives_the_story_fields_and_their_origins() -> None:
    meta = meta_of(GRAPH)
    assert meta.authors is not None and meta.authors.value == ("Jane Doe", "John Smith")
    assert meta.authors.origin == "html json-ld NewsArticle.author"
    assert meta.published is not None and meta.published.value == dt.date(2023, 5, 4)
    assert meta.published.origin == "html json-ld NewsArticle.datePublished"
    assert meta.site is not None and meta.site.origin == "html json-ld NewsArticle.publisher.name"
    assert meta.title is not None and meta.title.origin == "html json-ld NewsArticle.headline"


def test_json_ld_with_a_raw_line_break_in_a_string_still_reads() -> None:
    meta = meta_of(ld('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane\nDoe"}}'))
    assert meta.authors is not None and meta.authors.value == ("Jane Doe",)


@pytest.mark.parametrize(
    "script",
    ['{"@type": "NewsArticle", "author": ', "[1, 2", "{}", "null", '"text"', "[" * 5000 + "]" * 5000],
)
def test_malformed_json_ld_is_skipped(script: str) -> None:
    meta = meta_of(ld(script) + '<meta name="author" content="Jane Doe">')
    assert meta.authors is not None and meta.authors.value == ("Jane Doe",)


def test_meta_fields_in_order_and_author_urls_skipped() -> None:
    head = (
        '<meta property="article:author" content="https://example.com/jane">'
        '<meta name="parsely-author" content="jane doe">'
        '<meta name="pubdate" content="Sat, 23 Dec 2023 05:42:00 PST">'
    )
    meta = meta_of(head)
    assert meta.authors is not None and meta.authors.value == ("Jane Doe",)
    assert meta.authors.origin == "html meta[name=parsely-author]"
    assert meta.published is not None and meta.published.value == dt.date(2023, 12, 23)
    assert meta.published.origin == "html meta[name=pubdate]"


def test_byline_elements_when_markup_names_no_author() -> None:
    body = (
        '<aside><a href="/author/someone-else">Other Writer</a></aside>'
        '<article><p class="byline">By Jane Doe, Example Times Staff</p></article>'
    )
    meta = meta_of(body=body)
    assert meta.authors is not None and meta.authors.value == ("Jane Doe",)
    assert meta.authors.origin == "html <p> [class=byline]"


def test_every_author_marked_in_markup_is_named() -> None:
    person = '<address><span>By</span> <a itemprop="author" href="/author/{0}"><span>{1}, Associated Press</span></a>'
    body = person.format("najib", "Najib Jobain") + "</address>" + person.format("samy", "Samy Magdy") + "</address>"
    meta = meta_of(body=f"<article><h1>Gaza toll rises</h1>{body}<p>The story.</p></article>")
    assert meta.authors is not None and meta.authors.value == ("Najib Jobain", "Samy Magdy")
    once = meta_of(body="<p>" + person.format("najib", "Najib Jobain") * 2 + "</p>")  # one author, marked twice
    assert once.authors is not None and once.authors.value == ("Najib Jobain",)


def test_a_styled_components_byline_class_marks_a_byline() -> None:
    link = '<div class="sc-cs AuthorLink-sc-10pl2l7-4 fw"><a href="/car-news/greg-potts">Greg Potts</a></div>'
    meta = meta_of(body=f"<article><h1>The Smart Roadster</h1>{link}<p>Published: 22 Dec 2023</p></article>")
    assert meta.authors is not None and meta.authors.value == ("Greg Potts",)
    other = meta_of(body='<div class="Authority-panel"><a href="/x">Greg Potts</a></div>')  # no styled component
    assert other.authors is None


def test_author_link_counts_only_after_by() -> None:
    body = '<aside><a href="/author/x">Other Writer</a></aside><p>By <a href="/author/jane">Jane Doe</a></p>'
    meta = meta_of(body=body)
    assert meta.authors is not None and meta.authors.value == ("Jane Doe",)
    spanned = meta_of(body='<p><a href="/author/x">Other</a><span>By</span><a href="/authors/j">Jane Doe</a></p>')
    assert spanned.authors is not None and spanned.authors.value == ("Jane Doe",)


SHOOT = ld('{"@type": "NewsArticle", "author": [{"name": "Jane Doe"}, {"name": "Ann Lee"}, {"name": "Bo Chan"}]}')


@pytest.mark.parametrize(
    ("credits", "names"),
    [
        ("<p>Photographer: <a href='/ig/annlee'>Ann Lee</a></p>", ("Jane Doe", "Bo Chan")),
        ("<p>Photographs by Ann Lee</p><p><b>Illustration by</b> Bo Chan</p>", ("Jane Doe",)),
        ("<figcaption>The hall. Photograph: Ann Lee/Reuters</figcaption>", ("Jane Doe", "Ann Lee", "Bo Chan")),
        ("<p>Jane Doe interviewed Ann Lee and Bo Chan.</p>", ("Jane Doe", "Ann Lee", "Bo Chan")),
    ],
)
def test_authors_credited_for_the_pictures_are_left_out(credits: str, names: tuple[str, ...]) -> None:
    meta = meta_of(SHOOT, f"<h1>A cover story</h1><p>By Jane Doe</p>{credits}")
    assert meta.authors is not None and meta.authors.value == names
    if len(names) < 3:
        assert meta.authors.origin.endswith("less those credited for pictures")


def test_a_lone_author_credited_for_pictures_stays() -> None:
    meta = meta_of(ld('{"@type": "NewsArticle", "author": "Ann Lee"}'), "<p>Photographs by Ann Lee</p>")
    assert meta.authors is not None and meta.authors.value == ("Ann Lee",)


def test_a_meta_author_field_sharing_a_name_with_json_ld_is_the_byline() -> None:
    story = ld('{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Jane Doe"}, {"name": "Ed Itor"}]}')
    fewer = meta_of(story + '<meta name="parsely-author" content="Jane Doe">')
    assert fewer.authors is not None and fewer.authors.value == ("Jane Doe",)
    assert fewer.authors.origin == "html meta[name=parsely-author]"
    more = meta_of(story + '<meta name="author" content="Jane Doe, Ed Itor, John Smith">')
    assert more.authors is not None and more.authors.value == ("Jane Doe", "Ed Itor", "John Smith")
    publisher = meta_of(story + '<meta name="author" content="Conde Group">')
    assert publisher.authors is not None and publisher.authors.origin == "html json-ld NewsArticle.author"


@pytest.mark.parametrize(
    ("author", "names"),
    [
        ('{"@type": "Person", "name": ["Jane Doe", "John Smith"]}', ("Jane Doe", "John Smith")),
        ('{"@type": "Thing", "name": "Jane Doe"}', ("Jane Doe",)),
        ('{"@type": ["Organization"], "name": "Doe Holdings"}', ()),
        ('{"@type": "NewsMediaOrganization", "name": "Doe Herald"}', ()),
    ],
)
def test_json_ld_author_kinds(author: str, names: tuple[str, ...]) -> None:
    found = meta_of(ld(f'{{"@type": "NewsArticle", "author": {author}}}')).authors
    assert (found.value if found else ()) == names


@pytest.mark.parametrize(
    ("head", "body", "names"),
    [
        (
            ld('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Slate Staff"}}'),
            "<p>By Slate Staff</p>",
            ("Slate Staff",),
        ),
        (
            '<meta name="author" content="Associated Press">',
            "<p><span>By</span><a>Associated Press</a></p>",
            ("Associated Press",),
        ),
        ('<meta name="author" content="AJLabs">', "<p>By AJLabsPublished On 9 Oct 2023</p>", ("AJLabs",)),
        ('<meta name="author" content="John Doe The Associated Press">', "<p>By John Doe</p>", ("John Doe",)),
        ('<meta name="author" content="Autoblog Staff">', "<p>Autoblog Staff</p>", ()),
        ('<meta name="author" content="Country">', "<p>By Country</p>", ()),
    ],
)
def test_a_wire_or_desk_names_the_authors_when_printed_after_by(head: str, body: str, names: tuple[str, ...]) -> None:
    found = meta_of(head, body).authors
    assert (found.value if found else ()) == names


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ('<h1>Buses</h1><h4>By<!-- --> <span class="c">Anna Walsh</span></h4><h4>5 days ago</h4>', ("Anna Walsh",)),
        (
            '<h1>Buses</h1><p class="x">\n by <a href="https://u.example/">University of Tokyo</a></p>',
            ("University of Tokyo",),
        ),
        ("<h1>Buses</h1><p>Byron Bay is lovely in spring, and the buses run late.</p>", ()),
        (
            '<h1>Buses</h1><div><small>posted on <time datetime="2023-12-19">Dec 19</time></small> by Anna Walsh</div>',
            ("Anna Walsh",),
        ),
        ("<h1>Buses</h1><div><b>Council</b> by far the largest spender</div>", ()),
        ("<h1>Buses</h1><i>Photos and Story By Anna Walsh<br>Special Correspondent</i>", ("Anna Walsh",)),
        ("<h1>Buses</h1><p>Nearby schools by the river</p>", ()),
        ("<h1>Buses</h1>" + "<p>Text.</p>" * 40 + "<p>By Anna Walsh</p>", ()),
    ],
)
def test_a_by_line_under_the_headline_names_the_authors_markup_leaves_out(body: str, names: tuple[str, ...]) -> None:
    found = meta_of(body=body).authors
    assert (found.value if found else ()) == names


ONE_WRITER = ld('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe"}}')


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ('<h1>Buses</h1><div class="byline">By Jane Doe and John Smith, CNN</div>', ("Jane Doe", "John Smith")),
        (
            '<h1>Buses</h1><div><span><a rel="author">Jane Doe</a></span> and <span><a rel="author">John Smith</a>'
            "</span></div>",
            ("Jane Doe", "John Smith"),
        ),
        ('<h1>Buses</h1><div class="byline">By Jane Doe and South Florida Sun Sentinel</div>', ("Jane Doe",)),
        ('<h1>Buses</h1><div class="byline">By Other Writer and John Smith</div>', ("Jane Doe",)),
    ],
)
def test_the_printed_byline_adds_the_writers_json_ld_left_out(body: str, names: tuple[str, ...]) -> None:
    found = meta_of(ONE_WRITER, body).authors
    assert found is not None and found.value == names


def test_author_link_inside_a_wrapper_after_by_and_bylines_outside_the_chrome() -> None:
    body = (
        '<aside><p class="byline">By Other Writer</p></aside>'
        '<p>By <span class="vcard"><a href="/staff/jane-doe">Jane Doe</a></span></p>'
    )
    meta = meta_of(body=body)
    assert meta.authors is not None and meta.authors.value == ("Jane Doe",)
    assert meta.authors.origin == "html <a> [href=/staff/jane-doe] after 'By'"


def test_author_link_just_under_the_headline_needs_no_by() -> None:
    body = '<h1>Buses</h1><p class="meta"><a href="/author/jane">Jane Doe</a> - June 1, 2023</p>'
    meta = meta_of(body=body)
    assert meta.authors is not None and meta.authors.value == ("Jane Doe",)
    assert meta.authors.origin == "html <a> [href=/author/jane] under the <h1>"
    far = '<p><a href="/author/jane">Jane Doe</a></p><h1>Buses</h1>' + "<p>Text.</p>" * 50
    assert meta_of(body=far + '<p><a href="/author/john">John Smith</a></p>').authors is None


def test_date_from_marked_up_stamp_and_never_from_free_text() -> None:
    stamp = meta_of(body='<div class="article-date">Published: Dec 20, 2023 4:25 PM</div><p>x</p>')
    assert stamp.published is not None and stamp.published.value == dt.date(2023, 12, 20)
    byline = meta_of(body='<span class="article-byline">By Jane Doe | February 28, 2023</span>')
    assert byline.published is not None and byline.published.value == dt.date(2023, 2, 28)
    prose = meta_of(body='<div class="date-note">The law passed on Dec 20, 2023 after a long debate.</div>')
    assert prose.published is None
    footer = meta_of(body="<footer><p>© 2019 Example Media. All rights reserved.</p></footer>")
    assert footer.published is None


def test_url_date_only_when_markup_names_none() -> None:
    url = "https://example.com/2020/01/02/buses"
    dated = meta_of(url=url).published
    assert dated is not None and dated.value == dt.date(2020, 1, 2) and dated.origin == "url path"
    marked = meta_of('<meta property="article:published_time" content="2023-05-04">', url=url).published
    assert marked is not None and marked.value == dt.date(2023, 5, 4)


URL = "https://www.examplenews.com/buses"
STORY_DATES = ld(
    '{"@type": "NewsArticle", "datePublished": "2021-03-01T09:00:00Z", "dateModified": "2023-06-10T23:30:00Z"}'
)


def test_printed_date_wins_when_a_date_field_confirms_it() -> None:
    meta = meta_of(STORY_DATES, body='<h1>Buses</h1><p class="article-date">Updated June 10, 2023</p>')
    assert meta.published is not None and meta.published.value == dt.date(2023, 6, 10)
    assert meta.published.origin == "html <p> [class=article-date] text, as in html json-ld NewsArticle.dateModified"


def test_printed_date_may_be_a_day_off_a_utc_timestamp() -> None:
    head = '<meta property="article:published_time" content="2023-06-11T02:15:00Z">'
    meta = meta_of(head, body="<h1>Buses</h1><time>June 10, 2023 10:15 PM EDT</time>")
    assert meta.published is not None and meta.published.value == dt.date(2023, 6, 10)
    bare = meta_of('<meta name="date" content="2023-06-11">', body="<h1>B</h1><time>June 10, 2023</time>")
    assert bare.published is not None and bare.published.value == dt.date(2023, 6, 11)


def test_unconfirmed_and_chrome_dates_leave_the_stated_date() -> None:
    far = meta_of(STORY_DATES, body='<h1>Buses</h1><span class="date">May 2, 2022</span>')
    assert far.published is not None and far.published.value == dt.date(2021, 3, 1)
    banner = (
        '<header><span class="today">Sunday, June 11, 2023</span></header>'
        '<nav><time>June 11, 2023</time></nav><div role="banner"><p class="date">June 11, 2023</p></div>'
    )
    chrome = meta_of(STORY_DATES, body=banner + "<article><h1>Buses</h1><p>Text</p></article>")
    assert chrome.published is not None and chrome.published.origin == "html json-ld NewsArticle.datePublished"


def test_a_published_stamp_beats_an_updated_one_and_nested_stamps_are_read_once() -> None:
    body = (
        '<h1>Buses</h1><time class="mod">Updated <span class="date">Jun. 10, 2023</span></time>'
        '<time class="pub">Published Mar. 1, 2021</time>'
    )
    meta = meta_of(STORY_DATES, body=body)
    assert meta.published is not None and meta.published.value == dt.date(2021, 3, 1)
    assert meta.published.origin == "html json-ld NewsArticle.datePublished"


def test_stamp_under_the_headline_when_nothing_marks_a_date() -> None:
    body = '<h1>Buses</h1><div class="info">Dec 20, 2023 <span>4 min read</span></div><p>Text</p>'
    meta = meta_of(body=body, url="https://example.com/2023/12/21/buses")
    assert meta.published is not None and meta.published.value == dt.date(2023, 12, 20)
    assert meta.published.origin == "html <div> [class=info] text after the <h1>, as in url path"
    assert meta_of(body="<h1>Buses</h1><p>It opened on Dec 20, 2023 to applause.</p>").published is None


def test_title_drops_the_site_name() -> None:
    head = '<title>Council expands buses | Example Times</title><meta property="og:site_name" content="Example Times">'
    meta = meta_of(head)
    assert meta.title is not None and meta.title.value == "Council expands buses"
    assert meta.title.origin == "html <title>"


def test_title_prefers_the_printed_h1_and_drops_labels() -> None:
    head = '<meta property="og:title" content="Opinion | It\'s time for buses">'
    printed = meta_of(head, body="<h1>It\u2019s time for buses</h1>")
    assert printed.title is not None and printed.title.value == "It\u2019s time for buses"
    assert printed.title.origin == "html <h1>, as in html meta[property=og:title]"
    unprinted = meta_of(head + '<meta property="og:site_name" content="The Daily">', body="<h1>A</h1><h1>B</h1>")
    assert unprinted.title is not None and unprinted.title.value == "It's time for buses"


def test_printed_headline_named_by_any_title_field_beats_a_rewritten_og_title() -> None:
    head = '<meta property="og:title" content="You won\'t believe these buses">' + ld(
        '{"@type": "NewsArticle", "headline": "Council expands the bus network"}'
    )
    meta = meta_of(head, body="<h1>Sports</h1><h1>Council expands the \u2018bus\u2019 network</h1>")
    assert meta.title is not None and meta.title.value == "Council expands the \u2018bus\u2019 network"
    assert meta.title.origin == "html <h1>, as in html json-ld NewsArticle.headline"


def test_a_long_heading_inside_a_title_field_is_confirmed() -> None:
    head = '<meta property="og:title" content="The Morning Brief for May 2: Council expands the bus network">'
    meta = meta_of(head, body="<h1>May 2: Council expands the bus network</h1><h1>Subscribe</h1>")
    assert meta.title is not None and meta.title.value == "May 2: Council expands the bus network"


def test_the_only_heading_wins_unless_it_is_a_label_and_a_title_or_the_site() -> None:
    head = '<meta property="og:title" content="You won\'t believe these buses">'
    lone = meta_of(head, body="<h1>Council expands the bus network</h1>")
    assert lone.title is not None and lone.title.value == "Council expands the bus network"
    assert lone.title.origin == "html <h1>"
    labelled = meta_of(head, body="<h1>Transport | You won't believe these buses</h1>")
    assert labelled.title is not None and labelled.title.value == "You won't believe these buses"
    logo = meta_of(head, body='<h1><a href="/"><svg><title>Example</title></svg></a></h1>')
    assert logo.title is not None and logo.title.origin == "html meta[property=og:title]"
    site = meta_of(
        head + "<title>You won't believe these buses | Example News</title>", body="<h1>Example News</h1>", url=URL
    )
    assert site.title is not None and site.title.value == "You won't believe these buses"


def test_title_drops_the_host_name_and_html_entities() -> None:
    meta = meta_of(
        '<meta property="og:title" content="ExampleNews - Council&rsquo;s buses">', url="https://www.examplenews.com/a"
    )
    assert meta.title is not None and meta.title.value == "Council\u2019s buses"
    dotted = meta_of("<title>Council buses | Example.com</title>", url="https://example.com/a")
    assert dotted.title is not None and dotted.title.value == "Council buses"
    hyphened = meta_of(
        '<meta property="og:title" content="Council buses | Example News">', url="https://example-news.com"
    )
    assert hyphened.title is not None and hyphened.title.value == "Council buses"


def test_labels_from_json_ld_type_and_section() -> None:
    meta = meta_of(ld('{"@type": "OpinionNewsArticle"}') + '<meta property="article:section" content="Analysis">')
    assert {(f.value, f.origin) for f in meta.labels} == {
        ("opinion", "html json-ld @type OpinionNewsArticle"),
        ("analysis", "html meta[property=article:section]"),
    }


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        (["Jane Doe; John Smith"], ("Jane Doe", "John Smith")),
        (["By Jane Doe"], ("Jane Doe",)),
        (["Amie Mock as told to Heather Eastman"], ("Heather Eastman",)),
        (["View all posts by Jane Doe"], ("Jane Doe",)),
        (["AOL Staff; Pamela Falk"], ("Pamela Falk",)),
        (["The Daily Journal"], ()),
        (["Jane Doe, Financial Times"], ("Jane Doe",)),
        (["Editors"], ()),
        (["Jane Doe is a science journalist based in Boston who writes"], ()),
        (["Jane Doe", "Jane Doe"], ("Jane Doe",)),
        (["Heather.Doe.1232"], ()),
        (["Fiona Doe, (Image: FBI)"], ("Fiona Doe",)),
        (["James O&#039;Neil"], ("James O'Neil",)),
        (["The Associated Press"], ()),
        (["Jane Doe MS, RDN, LD"], ("Jane Doe",)),
        (["Jane Doe, PhD"], ("Jane Doe",)),
        (["John Do"], ("John Do",)),
        (["example.com"], ()),
        (["Nelson C.J."], ("Nelson C.J.",)),
    ],
)
def test_authors_are_persons(raw: list[str], names: tuple[str, ...]) -> None:
    assert authors(raw) == names


def test_strict_authors_want_capitalised_names() -> None:
    assert authors(["updated three hours ago"], strict=True) == ()
    assert authors(["Ludwig van Beethoven"], strict=True) == ("Ludwig van Beethoven",)


@pytest.mark.parametrize(
    ("raw", "date"),
    [
        ("2023-05-04T22:10:00-05:00", dt.date(2023, 5, 4)),
        ("20230504", dt.date(2023, 5, 4)),
        ("Fri, 22 Dec 2023 17:15:49 +0000", dt.date(2023, 12, 22)),
        ("2023-02-30", None),
        ("1700-01-01", None),
        ("soon", None),
        (None, None),
    ],
)
def test_parse_date(raw: str | None, date: dt.date | None) -> None:
    assert parse_date(raw) == date


def test_nested_headers_around_many_elements_stay_linear() -> None:
    # Each <header> used to be searched for the headline and for <time> elements: work grew with depth x size.
    body = "<header>" * 150 + '<time datetime="2023-06-01">June 1, 2023</time>' * 30 + "<p>x</p>" * 5000
    meta = meta_of(body=body + "</header>" * 150, url="https://example.com/2023/06/02/a")
    assert meta.published is not None and meta.published.value == dt.date(2023, 6, 1)
    assert meta.published.origin == "html <time datetime>"


@settings(deadline=None, max_examples=60)
@given(st.text(max_size=300))
def test_any_json_ld_text_reads_without_raising(script: str) -> None:
    meta_of(ld(script.replace("<", "")))


FRAGMENTS = st.sampled_from(
    [
        "<h1>Council expands the bus network</h1>",
        "<h1><svg><title>Logo</title></svg></h1>",
        "<header>",
        "</header>",
        "<nav>",
        "</nav>",
        "<article>",
        "</article>",
        '<time datetime="2023-06-01T23:30:00Z">June 1, 2023</time>',
        '<span class="date">Updated June 3, 2023</span>',
        '<p class="byline">By Jane Doe | June 2, 2023</p>',
        '<a href="/author/jane">Jane Doe</a>',
        "<p>By <span><a href='/staff/john'>John Smith</a></span></p>",
        "<p>Some text about a date, June 9, 2023, in prose.</p>",
        '<meta property="og:title" content="Buses | Example">',
        '<meta property="article:modified_time" content="2023-06-03T08:00:00Z">',
        ld('{"@type": "NewsArticle", "datePublished": "2023-06-02", "author": {"@type": "Person", "name": "A B"}}'),
    ]
)


@settings(deadline=None, max_examples=80)
@given(st.lists(FRAGMENTS, max_size=25), st.sampled_from([None, "https://example.com/2023/06/02/buses"]))
def test_any_mix_of_markup_gives_typed_values_with_origins(fragments: list[str], url: str | None) -> None:
    meta = meta_of(body="".join(fragments), url=url)
    if url is None and all("2023" not in f or "prose" in f for f in fragments):
        assert meta.published is None
    if meta.published is not None:
        assert isinstance(meta.published.value, dt.date) and meta.published.origin
    if meta.title is not None:
        assert meta.title.value.strip() and meta.title.origin
    if meta.authors is not None:
        assert all(isinstance(name, str) and name for name in meta.authors.value) and meta.authors.origin


def test_a_writer_who_took_the_pictures_stays_an_author() -> None:
    body = "<h1>Plan approved</h1><p>By Jane Doe and Ann Lee</p><figcaption>Photograph: Ann Lee/Reuters</figcaption>"
    meta = meta_of(ld('{"@type": "NewsArticle", "author": [{"name": "Jane Doe"}, {"name": "Ann Lee"}]}'), body)
    assert meta.authors is not None and meta.authors.value == ("Jane Doe", "Ann Lee")
