from cleanseed import Draft, clean
from cleanseed.cleaners.reference_links import reference_links

BODY = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."

PAGE = f"""[Home][1]
  * [Local][2]
  * [Sport][3] | [![logo][4]][1]

{BODY} Read [the full statement][5] or [see the vote][].

{BODY}

   [1]: https://news.example/
   [2]: https://news.example/local (Local news)
   [3]: https://news.example/sport
   [4]: https://news.example/logo.png
   [5]: https://news.example/statement
   [see the vote]: https://news.example/vote
"""


def test_reference_links_are_unwrapped_menus_and_definitions_dropped() -> None:
    draft = reference_links(Draft.from_text(PAGE, format="markdown"))
    assert draft.text == f"{BODY} Read the full statement or see the vote.\n\n{BODY}"
    reasons = [(r.reason, r.first_line, r.last_line) for r in draft.removed]
    assert ("line holds only links", 1, 3) in reasons
    assert ("link definition", 9, 14) in reasons
    assert ("link target", 5, 5) in reasons


def test_undefined_references_and_pages_without_definitions_stay() -> None:
    for text in (f"{BODY} [sic][1]", f"[Home][1]\n{BODY}\n[2]: https://news.example/"):
        draft = reference_links(Draft.from_text(text))
        assert draft.text.startswith(text.split("\n")[0])


def test_clean_reads_a_reference_style_capture_as_an_inline_one() -> None:
    assert clean(PAGE, format="markdown").text == f"{BODY} Read the full statement or see the vote.\n\n{BODY}"
