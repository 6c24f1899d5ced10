import html
import re
import subprocess
import sys

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

from cleanseed import Document
from cleanseed._input import detect_format
from cleanseed.strategies import (
    CHROME_KINDS,
    Expected,
    article_bodies,
    attributions,
    bylines,
    chrome_lines,
    datelines,
    documents,
    news_pages,
    quotes,
)
from cleanseed.strategies import _vocab as vocab


def test_import_cleanseed_does_not_import_hypothesis():
    code = "import sys, cleanseed, cleanseed.cli; print('hypothesis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("kind", CHROME_KINDS)
@settings(max_examples=20)
@given(data=st.data())
def test_chrome_lines_of_every_kind_are_single_nonblank_lines(kind, data):
    for fmt in ("text", "markdown"):
        lines = data.draw(chrome_lines(kind, format=fmt))
        assert lines
        assert all(line.strip() and "\n" not in line for line in lines)


def test_unknown_chrome_kind_is_refused():
    with pytest.raises(ValueError, match="known kinds"):
        chrome_lines("sidebar")  # type: ignore[arg-type]


@given(bylines())
def test_byline_names_every_author(pair):
    line, names = pair
    assert 1 <= len(names) <= 3
    assert all(name.casefold() in line.casefold() for name in names)


@given(datelines())
def test_dateline_shows_its_year(pair):
    line, day = pair
    assert str(day.year) in line


@given(quotes())
def test_quotes_are_in_curly_quotes(quote):
    assert quote.startswith("“") and quote.endswith(".”")


@given(attributions(named=True))
def test_named_attribution_names_someone(sentence):
    assert any(first in sentence for first in vocab.FIRST_NAMES)


@given(attributions(named=False))
def test_anonymous_attribution_names_nobody(sentence):
    assert not any(f" {first} " in f" {sentence} " for first in vocab.FIRST_NAMES)


@given(article_bodies(min_paragraphs=2, max_paragraphs=4))
def test_article_bodies_are_distinct_finished_paragraphs(paragraphs):
    assert 2 <= len(paragraphs) <= 4
    assert len(set(paragraphs)) == len(paragraphs)
    assert all(p.rstrip().endswith((".", "”")) for p in paragraphs)


_TAG = re.compile(r"<[^>]{0,500}>")
_MD_LINK = re.compile(r"\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)")


def _visible_lines(page, fmt):
    if fmt == "html":
        return [html.unescape(_TAG.sub("", line)) for line in page.replace("><", ">\n<").splitlines()]
    if fmt == "markdown":
        return [_MD_LINK.sub(r"\1", line) for line in page.splitlines()]
    return page.splitlines()


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_news_page_holds_its_body_and_chrome(fmt, data):
    page, expected = data.draw(news_pages(format=fmt))
    assert isinstance(expected, Expected)
    visible = _visible_lines(page, fmt)
    assert all(line in visible for line in expected.body)
    assert expected.title in {line.lstrip("# ") for line in visible}
    if fmt != "html":
        assert all(line in page.splitlines() for line in expected.chrome)
    assert not set(expected.body) & set(expected.chrome)
    assert not (expected.published and expected.published_relative)
    if expected.published_relative:
        assert fmt != "html" and expected.published_relative in page


@settings(max_examples=30, deadline=None)
@given(news_pages(format="html"))
def test_html_pages_are_recognised_as_html(case):
    assert detect_format(case[0]) == "html"


def test_unknown_page_format_is_refused():
    with pytest.raises(ValueError, match="format"):
        news_pages("pdf")  # type: ignore[arg-type]


@settings(max_examples=20)
@given(st.from_type(Document))
def test_from_type_document_uses_the_entry_point(doc):
    assert isinstance(doc, Document)
    source = doc.source.splitlines()
    assert all(source[r.first_line - 1] == r.text for r in doc.removed)


@given(documents())
def test_documents_keep_their_body_out_of_the_removals(doc):
    removed = {r.text for r in doc.removed}
    assert not any(paragraph in removed for paragraph in doc.text.split("\n\n"))


def test_pages_shrink_to_a_short_readable_page():
    # Shrinking ends where it ends: started from an example saved by another run, it may stop at a larger page.
    fresh = settings(database=None, derandomize=True)
    page, expected = find(news_pages("text"), lambda case: "Advertisement" in case[0].splitlines(), settings=fresh)
    assert page.splitlines() == [expected.title, "", expected.body[0], "", "Advertisement"]
