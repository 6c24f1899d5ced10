import datetime as dt

from cleanseed import Draft, clean
from cleanseed.cleaners.front_matter import front_matter

BODY = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."

READER = f"""Title: Council approves new budget after long debate

URL Source: https://news.example/local/2023/12/21/council-budget

Published Time: 2023-12-21T10:00:00+00:00

Markdown Content:
Council approves new budget after long debate
===============

{BODY}
"""

CLIPPED = f"""---
title: "Council approves new budget after long debate"
source: "https://news.example/local/council-budget"
author:
  - "[[Anna Walsh]]"
  - "[[Sam Patel]]"
published: 2023-12-21
description: >-
  The budget passed after a long debate,
  officials said.
created: 2024-01-05
tags:
  - "clippings"
---

{BODY}
"""


def test_a_reader_services_header_is_lifted_and_dropped() -> None:
    draft = front_matter(Draft.from_text(READER, format="markdown"))
    assert draft.title == "Council approves new budget after long debate"
    assert draft.url == "https://news.example/local/2023/12/21/council-budget"
    assert draft.published == dt.date(2023, 12, 21)
    assert [r.reason for r in draft.removed] == ["metadata header"]
    assert draft.text.startswith("Council approves new budget after long debate\n===")
    assert [m.origin for m in draft.lifted] == ["line 1", "line 3", "line 5"]


def test_front_matter_is_lifted_and_the_clip_date_is_not_the_publication() -> None:
    draft = front_matter(Draft.from_text(CLIPPED, format="markdown"))
    assert draft.title == "Council approves new budget after long debate"
    assert draft.authors == ("Anna Walsh", "Sam Patel")
    assert draft.published == dt.date(2023, 12, 21)
    assert draft.url == "https://news.example/local/council-budget"
    assert draft.text == BODY


def test_an_author_field_is_read_as_a_pages_author_field() -> None:
    header = 'author: "By Jane Doe PhD | Newsroom Staff; [[Sam Patel]]"'
    draft = front_matter(Draft.from_text(CLIPPED.replace('author:\n  - "[[Anna Walsh]]"\n  - "[[Sam Patel]]"', header)))
    assert draft.authors == ("Jane Doe", "Sam Patel")


def test_the_callers_address_wins() -> None:
    draft = front_matter(Draft.from_text(CLIPPED, url="https://given.example/a"))
    assert draft.url == "https://given.example/a"


def test_a_rule_over_prose_and_a_title_line_alone_are_no_header() -> None:
    for text in (f"---\n{BODY}\n---\n{BODY}", f"Title: {BODY}\n\n{BODY}", f"---\ntitle: x\n\n{BODY}"):
        draft = front_matter(Draft.from_text(text))
        assert draft.text == text
        assert draft.lifted == ()


def test_clean_reads_the_header_first_and_repeats_of_the_title_go() -> None:
    doc = clean(READER)
    assert (doc.title, doc.published, doc.url) == (
        "Council approves new budget after long debate",
        dt.date(2023, 12, 21),
        "https://news.example/local/2023/12/21/council-budget",
    )
    assert doc.text == BODY


def test_a_pages_meta_tags_written_as_front_matter_give_authors_and_date_not_the_title() -> None:
    # html-to-markdown writes every <meta> tag of the page, a hundred lines and more; "title" is the <title> element
    tags = "\n".join(f'meta-al:ios:app_store_id{k}: "{k}"' for k in range(120))
    header = f"""---
canonical: https://news.example/local/council-budget
{tags}
meta-article:author: https://news.example/authors/anna-walsh
meta-article:published_time: "2023-12-21T10:00:00Z"
meta-author: Anna Walsh
meta-og:title: Council approves new budget after long debate | News Example
meta-og:site_name: News Example
title: Council approves new budget after long debate | News Example
---

# Council approves new budget after long debate

{BODY}
"""
    doc = clean(header)
    assert doc.authors == ("Anna Walsh",)
    assert doc.published == dt.date(2023, 12, 21)
    assert doc.site == "News Example"
    assert doc.url == "https://news.example/local/council-budget"
    assert doc.title == "Council approves new budget after long debate"
    assert doc.text == BODY
    assert [r.reason for r in doc.removed if r.cleaner == "meta.front_matter"] == ["metadata header"]
