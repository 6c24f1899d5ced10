"""Reference-style markdown links are written inline before cleaning, and their definitions dropped."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cleanseed import clean
from cleanseed._references import inline_references
from cleanseed.document import LINKS_INLINED

BODY = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."

PAGE = f"""[Home][1]
  * [Local][2]
  * [Sport][3] | [![logo][4]][1]

By [Anna Walsh][6]

{BODY} Read [the full statement][5] or [see the vote][].

{BODY}

   [1]: https://news.example/
   [2]: https://news.example/local (Local news)
   [3]: https://news.example/sport
   [4]: https://news.example/logo_(small).png
   [5]: https://news.example/statement
   [6]: https://news.example/author/anna-walsh
   [see the vote]: https://news.example/vote
"""


def test_links_and_images_by_reference_are_written_inline() -> None:
    inlined = inline_references(PAGE)
    assert inlined is not None
    lines = inlined.splitlines()
    assert lines[0] == "[Home](https://news.example/)"
    # A linked image: the image first, then the link around it; parentheses escaped as a converter escapes them.
    assert (
        lines[2]
        == r"  * [Sport](https://news.example/sport) | [![logo](https://news.example/logo_\(small\).png)](https://news.example/)"
    )
    assert "[see the vote](https://news.example/vote)" in lines[6]
    assert lines[10:] == PAGE.splitlines()[10:]  # the definitions stay, for markdown.link_definitions


def test_text_without_definitions_or_references_is_left_alone() -> None:
    assert inline_references(f"{BODY} [sic][1]") is None
    assert inline_references(f"{BODY}\n[1]: https://news.example/") is None
    assert inline_references(f"[Home][1]\n{BODY}") is None


def test_clean_reads_a_reference_style_capture_as_an_inline_one() -> None:
    doc = clean(PAGE, format="markdown")
    assert doc.text == f"{BODY} Read the full statement or see the vote.\n\n{BODY}"
    assert doc.authors == ("Anna Walsh",)
    assert LINKS_INLINED in doc.labels
    assert doc.extracted == inline_references(PAGE)
    assert [r.reason for r in doc.removed if r.cleaner == "markdown.link_definitions"] == ["link definition"]


@given(st.text(alphabet=st.sampled_from("ab []():!\n/1"), max_size=200))
def test_inlining_keeps_every_character(text: str) -> None:
    inlined = inline_references(text)
    if inlined is not None:
        assert len(inlined) > len(text)
        assert all(c in inlined for c in set(text))
