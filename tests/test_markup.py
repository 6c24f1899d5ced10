"""Markup inside markdown: raw HTML tags and pandoc's attribute syntax are stripped to the text they wrap."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from cleanseed import clean
from cleanseed._input import detect_format
from cleanseed._markup import strip_markup
from cleanseed.document import MARKUP_STRIPPED, UNWRAPPED

BODY = (
    "The city council approved a new budget on Tuesday after a debate that ran late into the night, officials said. "
    '"This is a good day for the city," said Mayor Jane Doe, who had pushed for the plan since last year.'
)
GFM = f"""<div id="main" class="main" role="main">

<div class="article__header">

# Council approves the budget

- <a
  href="https://news.example/share?u=budget"
  class="btn social__btn js-track-link"
  onclick="window.open(&#39;https://news.example/&#39;);return false;"><span
  class="icon icon-facebook"></span> <span class="social__count">4.6K</span></a>

By [Anna Walsh](https://news.example/authors/anna-walsh)

</div>

<style>
.tdi_22 {{ margin-bottom: 40px !important; }}
</style>

<div class="body">

{BODY}

See [the vote](https://news.example/vote) and [the plan](https://news.example/plan).

</div>

</div>
"""
PANDOC = f"""::::::::: {{#main .article role="main"
data-uri="news.example/article"}}
# Council approves the budget {{#title .headline}}

[By [[Anna Walsh]{{.name}}](https://news.example/authors/anna-walsh){{.author-link}}]{{.byline}}

`<style>
.tdi_22 {{ margin-bottom: 40px; }}
</style>`{{=html}}

::: {{.body}}
{BODY}\\
:::

::: {{#ad .slot data-sizes="{{\\"sizes\\":[[300,250],[728,90]]}}"
unit="/567"}}
:::

[](https://news.example/video){{.link ga="[[\\"Video\\",\\"click\\"]]"}}
:::::::::
"""


def test_raw_html_tags_are_dropped_and_their_text_kept() -> None:
    stripped = strip_markup(GFM)
    assert stripped is not None
    assert "<" not in stripped
    assert "margin-bottom" not in stripped  # a style's content is not text
    assert "-  4.6K" in stripped.splitlines()
    assert BODY in stripped.splitlines()
    assert "# Council approves the budget" in stripped.splitlines()


def test_pandoc_divs_spans_attributes_and_raw_html_are_reduced_to_their_text() -> None:
    stripped = strip_markup(PANDOC)
    assert stripped is not None
    lines = [line for line in stripped.splitlines() if line.strip()]
    assert lines == [
        "# Council approves the budget",
        "By [Anna Walsh](https://news.example/authors/anna-walsh)",
        BODY,
        "[](https://news.example/video)",  # attributes whose values hold JSON, braces and brackets
    ]


def test_markdown_without_markup_and_prose_with_angle_brackets_are_left_alone() -> None:
    assert strip_markup(f"# Title\n\n{BODY}\n\n* [Home](https://news.example/)") is None
    assert strip_markup("If x <y and z> 2 then {{#items}} {{title}} {{/items}} render, said the engineer.") is None


def test_unclosed_scripts_and_comments_keep_the_text_before_them() -> None:
    assert strip_markup(f"{BODY}\n<script>var a = 1;") == f"{BODY}\n"
    assert strip_markup(f"{BODY}\n<!-- a comment left open <span>x</span>") == f"{BODY}\n<!-- a comment left open x"
    assert strip_markup(f'<svg viewBox="0 0 1 1"/>{BODY}') == BODY


def test_markdown_keeping_a_pages_divs_is_read_as_markdown_not_html() -> None:
    assert detect_format(GFM) == "markdown"
    assert detect_format(f"<div><p>{BODY}</p></div>") == "html"


def test_clean_reads_markdown_with_raw_html_as_the_same_markdown_without_it() -> None:
    for capture in (GFM, PANDOC):  # that every line is accounted for: test_clean_properties
        doc = clean(capture)
        assert doc.format == "markdown"
        assert BODY in doc.text.splitlines()
        assert doc.title == "Council approves the budget"
        assert doc.authors == ("Anna Walsh",)
        assert MARKUP_STRIPPED in doc.labels
        assert doc.extracted == strip_markup(capture)


@given(st.text(alphabet=st.sampled_from("ab <>/=\"'{}[]#.:`\n"), max_size=300))
def test_stripping_never_adds_text(text: str) -> None:
    stripped = strip_markup(text)
    if stripped is not None:
        assert len(stripped) < len(text)


def test_quotes_and_dollars_pandoc_escapes_are_unescaped() -> None:
    assert strip_markup('Georgia\\\'s plan costs \\$5 million, \\"officials\\" said.') == (
        'Georgia\'s plan costs $5 million, "officials" said.'
    )
    assert strip_markup("A \\*literal\\* star and an escaped backslash \\\\'") is None


def test_paragraphs_wrapped_with_their_inline_tags_are_joined_and_stripped() -> None:
    # pandoc's gfm: spans and links kept as raw HTML inside paragraphs, the whole wrapped at 72 columns; stripped of
    # its tags, a line is as long as the words it holds, not the width it was wrapped at
    words = BODY.split()
    tagged = " ".join(
        f'<span class="story-text__run" data-k="{k}">{" ".join(words[k : k + 3])}</span>'
        for k in range(0, len(words), 3)
    )
    text = '<div class="body">\n\n' + "\n\n".join([textwrap.fill(tagged, 72)] * 4) + "\n\n</div>\n"
    doc = clean(text, format="markdown")
    assert doc.text.splitlines()[0] == BODY
    assert {UNWRAPPED, MARKUP_STRIPPED} <= set(doc.labels)


def test_a_fragment_without_paragraph_tags_and_with_a_markdown_link_is_markdown() -> None:
    text = f'<div class="story">\n\n{BODY} [Read more](https://news.example/more)\n\n</div>'
    assert detect_format(text) == "markdown"
    assert detect_format(text.replace("<div", "<p").replace("</div", "</p")) == "html"


def test_crlf_line_ends_strip_the_same() -> None:
    for capture in (GFM, PANDOC):
        assert clean(capture.replace("\n", "\r\n")).text == clean(capture).text
