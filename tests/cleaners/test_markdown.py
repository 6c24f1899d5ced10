from cleanseed import Draft
from cleanseed.cleaners.markdown import (
    author_links,
    first_heading,
    line_links,
    markdown_emphasis,
    markdown_images,
    markdown_link_definitions,
    markdown_link_lines,
    markdown_links,
    under_heading,
)


def test_image_lines_dropped_and_inline_images_cut() -> None:
    draft = markdown_images(Draft.from_text("![logo](https://x/logo.png)\nText ![i](https://x/i.png) here"))
    assert draft.text == "Text  here"
    assert draft.removed[-1].reason == "image"


def test_link_only_lines_dropped() -> None:
    draft = markdown_link_lines(Draft.from_text("* [News](/news)\n[Home](#) | [Sport](#)\nSee [the report](/r) now."))
    assert draft.text == "See [the report](/r) now."


def test_links_unwrapped_with_targets_recorded() -> None:
    draft = markdown_links(Draft.from_text("See [the report](https://x/r) now."))
    assert draft.text == "See the report now."
    assert draft.removed[0].text == "https://x/r"
    assert draft.removed[0].partial


def test_escaped_parentheses_inside_a_link_target() -> None:
    draft = markdown_link_lines(Draft.from_text("[](https://x.com/share?u=a%20\\(Premium\\)b)\nKept."))
    assert draft.text == "Kept."
    assert markdown_links(Draft.from_text("See [it](https://x/\\(1\\)) now.")).text == "See it now."


def test_author_links_found_by_their_target() -> None:
    text = (
        '[Home](/)\nBy [Anna Walsh](https://x/author/anna-walsh "Posts by Anna Walsh") and [Anna Patel](/staff/7)\n'
        "![Anna Walsh](/author/anna.jpg)\n[Anna Chen](/search?authorname=anna+chen)\n[Anna Wu](/@annawu)\n"
        "[Anna Li](/news/authority-report)"
    )
    assert author_links(text, 1, 6) == [(2, "Anna Walsh"), (2, "Anna Patel"), (4, "Anna Chen"), (5, "Anna Wu")]
    assert author_links(text, -3, 3) == [(2, "Anna Walsh"), (2, "Anna Patel")]


def test_first_heading_skips_one_word_headings_and_unwraps_links() -> None:
    text = "[Home](/)\r\n# Menu\n\n#  [Council approves budget](/news/budget) \n# Second heading here"
    assert first_heading(text) == (4, "Council approves budget")
    assert first_heading("## Sub heading only\nText") is None
    assert first_heading("No heading\u2028# Council approves budget") == (2, "Council approves budget")
    assert first_heading("Menu\n\nCouncil approves budget\n===\nText") == (3, "Council approves budget")
    assert first_heading("Sub heading\n---\nText") is None


def test_under_heading_reads_the_lines_under_the_first_heading() -> None:
    text = "[Home](/)\n# Council approves budget\nBy [Anna Walsh](/author/anna)\nDec 22, 2023\nBody."
    assert under_heading(text, 2) == [(3, "By Anna Walsh"), (4, "Dec 22, 2023")]
    assert under_heading("No heading here", 2) == []
    assert under_heading("# Council approves budget\n", 3) == []


def test_emphasis_underscores_unwrapped_in_markdown_only() -> None:
    text = "If the Bills _do_ get in, _the team_ wins.\nKeep snake_case_name, \\_escaped\\_ and _ spaced _."
    draft = markdown_emphasis(Draft.from_text(text, format="markdown"))
    assert draft.text == "If the Bills do get in, the team wins.\n" + text.splitlines()[1]
    assert draft.removed[0].cleaner == "markdown.emphasis"
    assert draft.removed[0].partial
    assert markdown_emphasis(Draft.from_text(text)).text == text


def test_link_targets_with_spaces_and_link_texts_with_escaped_brackets() -> None:
    text = (
        "[](mailto:?subject=Council approves budget&body=x)\n"
        "[ ](https://x/share?title=Council approves budget&u=1)\n"
        'See [the report](https://x/r?s=20 ) and [Anna](/a "Posts by Anna").'
    )
    assert markdown_link_lines(Draft.from_text(text)).text == text.splitlines()[2]
    assert markdown_links(Draft.from_text(text.splitlines()[2])).text == "See the report and Anna."
    assert markdown_links(Draft.from_text("The [pick \\[Watch\\]](/w) is \\[not\\](a link).")).text == (
        "The pick \\[Watch\\] is \\[not\\](a link)."
    )


def test_images_with_escaped_brackets_and_long_data_uris_dropped() -> None:
    svg = "data:image/svg+xml,%3csvg clip-path='url\\(%23c\\)' d='" + "M57.2 12.8H57.4 " * 800 + "'%3e"
    text = f"![play]({svg})\n![Pictorial \\[France\\] \\(2023\\)](//img/x.jpg)\nKept."
    assert markdown_images(Draft.from_text(text)).text == "Kept."


def test_strong_marks_unwrapped_unless_glued_to_a_word() -> None:
    text = "**A woman has died after a crash.**\nHe proposed to**Anna Walsh** on Thursday. B**y** Anna"
    draft = markdown_emphasis(Draft.from_text(text, format="markdown"))
    assert draft.text == "A woman has died after a crash.\n" + text.splitlines()[1]
    assert draft.removed[0].text == "****"


def test_the_end_of_a_link_broken_over_lines() -> None:
    text = '  * [Black-owned\nAtlanta Businesses](/guide "Support Atlanta\'s businesses")\nKept.'
    assert markdown_link_lines(Draft.from_text(text)).text == "Kept."
    text = "[![Telescope was $219.95 now $144.99\nSave 34%](https://x/t.jpg)](https://shop/t)\nKept."
    assert markdown_link_lines(Draft.from_text(text)).text == "Kept."
    text = "Kept.\n[![Anna Walsh / The Daily\nAnna at the shoot.\nAnna at the shoot.](https://x/a.jpg)](https://x/a)\nKept."
    assert markdown_link_lines(Draft.from_text(text)).text == "Kept.\nKept."
    far = "[Opening\n" + "Line.\n" * 4 + "End](/x)"
    assert markdown_link_lines(Draft.from_text(far)).text == "[Opening\n" + "Line.\n" * 3 + "Line."
    # the ends of links following one another are all read, as markdown.links unwraps them all
    assert markdown_link_lines(Draft.from_text("[![a\nb](/b.jpg)](/c)](/d)\nKept.")).text == "Kept."
    draft = markdown_links(Draft.from_text("](https://x/pugh.jpeg)Florence Pugh at the panel, with [Anna](/a)."))
    assert draft.text == "Florence Pugh at the panel, with Anna."
    assert draft.removed[0].text == "https://x/pugh.jpeg /a"


def test_empty_emphasis_dropped_but_not_rules_or_words() -> None:
    text = "__ See all comments (8)\nfrom around __ the world.\n## ___\nx __init__ y"
    draft = markdown_emphasis(Draft.from_text(text, format="markdown"))
    assert draft.text == "See all comments (8)\nfrom around the world.\n## ___\nx __init__ y"


def test_unwrapping_reaches_what_a_second_run_would() -> None:
    assert markdown_links(Draft.from_text("a](/x)b](/y) c](/z)")).text == "ab c"
    assert markdown_links(Draft.from_text("]()]()")).text == ""
    # no image was there: unwrapping "!](/x)[" to "![" leaves nothing for a second run to take as an image line
    assert markdown_images(Draft.from_text("![")).text == "!["
    for text, once in (("__ **a**", "a"), ("_**a**_", "a"), ("_*_a_*_", "*a*")):
        assert markdown_emphasis(Draft.from_text(text, format="markdown")).text == once


def test_links_nested_in_link_texts_unwrapped_from_the_inside_out() -> None:
    draft = markdown_links(Draft.from_text("See [[the [report](/a)](/b)](/c) now."))
    assert draft.text == "See the report now."
    assert draft.removed[0].text == "/a /b /c"
    assert markdown_link_lines(Draft.from_text("[[]()]()\n[[News](/n)](/m)\nKept.")).text == "Kept."


def test_line_links_reads_link_only_lines_without_their_images() -> None:
    assert line_links("![](/a.png)[Anna Walsh](/anna)[@anna](/x)") == [("Anna Walsh", "/anna"), ("@anna", "/x")]
    assert line_links("Written by [Anna Walsh](/anna) for us.") == []


def test_link_definitions_are_dropped() -> None:
    text = "The council met.\n\n   [1]: https://news.example/ (Home)\n   [see the vote]: /vote\n[not a definition]"
    draft = markdown_link_definitions(Draft.from_text(text, format="markdown"))
    assert draft.text == "The council met.\n\n[not a definition]"
    assert [(r.reason, r.first_line, r.last_line) for r in draft.removed] == [("link definition", 3, 4)]
