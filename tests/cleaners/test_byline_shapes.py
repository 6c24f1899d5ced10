"""Byline shapes of flat captures: names set out over several lines, beside stamps, glued or escaped."""

import pytest

from cleanseed import Draft
from cleanseed.cleaners._names import byline_names, names_only, person_name
from cleanseed.cleaners.byline import byline
from cleanseed.cleaners.dates import dates
from cleanseed.cleaners.markdown import markdown_link_lines, markdown_links

_BODY = "Officials in Leeds approved the housing plan on Monday, ending months of uncertainty for residents."
_HEADLINE = "Housing plan approved in Leeds after a long debate"


def _authors(text: str, url: str | None = None) -> tuple[str, ...]:
    return byline(dates(Draft.from_text(text, url=url))).authors


def _markdown_authors(text: str) -> tuple[str, ...]:
    return byline(markdown_links(markdown_link_lines(Draft.from_text(text, format="markdown")))).authors


def test_a_name_over_a_section_label_over_a_stamp_is_a_byline() -> None:
    assert _authors(f"Home\n\nAnna Walsh\n\nGear\nDec 19, 2023 9:00 AM\n\n{_BODY}") == ("Anna Walsh",)


@pytest.mark.parametrize("between", ["Play video content", "Officials say the plan is sound."])
def test_a_name_is_no_byline_past_a_line_that_is_no_label(between: str) -> None:
    assert _authors(f"Home\n\nAnna Walsh\n\n{between}\nDec 19, 2023 9:00 AM\n\n{_BODY}") == ()


def test_a_separator_closing_a_lone_name_is_no_part_of_it() -> None:
    assert names_only("Anna Walsh /") == ("Anna Walsh",)
    assert _authors(f"Anna Walsh /\nDecember 21, 2023 / 9:43 p.m. ET\n{_HEADLINE}\n\n{_BODY}") == ("Anna Walsh",)


def test_a_name_over_a_line_opening_with_a_date_is_a_byline() -> None:
    page = f"Home\n\nAnna Walsh\nFebruary 15, 2024 at 8:15 PM · 4 min read\n\n{_BODY}"
    assert _authors(page) == ("Anna Walsh",)
    assert _authors(f"Home\n\nAnna Walsh\nFebruary 2024 was the warmest month\n\n{_BODY}") == ()


@pytest.mark.parametrize("line", ["Anna Walsh 2 months", "Anna Walsh 3 hours ago", "Anna Walsh | Dec 21, 2023"])
def test_a_name_closed_by_a_stamp_above_the_body_is_a_byline(line: str) -> None:
    draft = byline(Draft.from_text(f"Home\n\n{line}\n\n{_BODY}"))
    assert draft.authors == ("Anna Walsh",)
    assert "Walsh" not in draft.text


def test_a_name_closed_by_an_age_below_the_body_is_a_teaser() -> None:
    assert byline(Draft.from_text(f"{_BODY}\n\n{_BODY}\n\nAnna Walsh 2 months")).authors == ()


@pytest.mark.parametrize("separator", [",", "and", "&"])
def test_names_set_out_on_lines_of_their_own_after_a_bare_by(separator: str) -> None:
    page = f"By\n\nAnna Walsh\n\n{separator}\n\nAnna Patel\n\n,\n\nTom Price\n\n{_BODY}"
    draft = byline(Draft.from_text(page))
    assert draft.authors == ("Anna Walsh", "Anna Patel", "Tom Price")
    assert draft.text.strip() == _BODY


def test_by_lines_right_under_the_byline_add_their_authors() -> None:
    teaser = "By Tom Price December 3, 2023"
    page = f"By Anna Walsh December 21, 2023\n\nBy Anna Patel December 21, 2023\n\n{_BODY}\n\n{teaser}"
    assert byline(Draft.from_text(page)).authors == ("Anna Walsh", "Anna Patel")


def test_a_name_spelling_the_site_is_the_site() -> None:
    page = f"by Anna Walsh , Medical Xpress\n\n{_BODY}"
    assert _authors(page, url="https://medicalxpress.com/news/2023-12-x.html") == ("Anna Walsh",)


def test_and_inside_an_institution_name_adds_no_author() -> None:
    line = "by Anna Walsh, U.S. National Institute of Allergy and Infectious Diseases"
    assert byline_names(line) == ("Anna Walsh",)
    assert byline_names("By Anna Walsh, Reuters and Anna Patel") == ("Anna Walsh", "Anna Patel")


def test_a_report_is_a_nameplate() -> None:
    assert person_name("Bleacher Report") is None
    assert byline_names("Jonathan Wasserman, Bleacher Report") == ("Jonathan Wasserman",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jon Bitner on", ("Jon Bitner",)),
        ("By Chris E. Hayner and Tom Caswell on December 21, 2023 at 3:53PM PST", ("Chris E. Hayner", "Tom Caswell")),
        ("By Deborah NetburnStaff Writer", ("Deborah Netburn",)),
        ("By Sandhya KambhampatiData and Graphics Journalist", ("Sandhya Kambhampati",)),
        ("By Nicholas McEntyre and MacKenzie Scott", ("Nicholas McEntyre", "MacKenzie Scott")),
        ("By: Carla Gomez, Jordeene B. Lagare \\- @inquirerdotnet", ("Carla Gomez", "Jordeene B. Lagare")),
        ("By Lauren Manaker MS, RDN, LD", ("Lauren Manaker",)),
        ("Sherri Gordon, CLC", ("Sherri Gordon",)),
    ],
)
def test_byline_names_of_captured_shapes(line: str, names: tuple[str, ...]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize("name", ["Jack Ma", "Anh Thu Do", "Mary Ma Lee"])
def test_surnames_spelled_like_degrees_stay(name: str) -> None:
    assert person_name(name) == name


def test_an_author_link_the_text_mentions_or_a_caption_credits_names_no_one() -> None:
    mention = f"[Anna Patel](/people/anna-patel)'s teammate has not met [Tom Price](/people/tom-price), {_BODY}"
    caption = f"Council members at the vote in Leeds on Monday evening. By [Anna Chen](/writer/1/anna-chen)\n\n{_BODY}"
    assert _markdown_authors(f"# {_HEADLINE}\n\n{mention}\n\n{_BODY}") == ()
    assert _markdown_authors(f"# {_HEADLINE}\n\n{caption}\n\nBy Anna Walsh\n\n{_BODY}") == ("Anna Walsh",)
    bio = f"By [Anna Walsh](/authors/anna-walsh), who covers housing for the paper and has done so for years. {_BODY}"
    assert _markdown_authors(f"# {_HEADLINE}\n\n{bio}\n\n{_BODY}") == ("Anna Walsh",)


def test_a_by_line_over_an_author_link_names_the_author() -> None:
    """The name under "By" is a link line, dropped before the byline is read: it is read from the source."""
    page = (
        f"# {_HEADLINE}\n\nBy\n\n[Anna Walsh](https://news.example/anna-walsh-123)\n\n"
        f"Recipe tested by [Anna Patel](/author/anna-patel)\n\n{_BODY}"
    )
    assert _markdown_authors(page) == ("Anna Walsh",)


def test_an_illustrator_is_a_role() -> None:
    assert byline_names("Anna Walsh, Illustrator") == ("Anna Walsh",)


def test_a_role_line_under_a_dropped_link_line_names_its_author() -> None:
    """The name over "Senior Reporter" is a link line, dropped before the byline is read: it is read from the source."""
    page = f"# {_HEADLINE}\n\n{_BODY}\n\n[Anna Walsh](https://news.example/anna-walsh)\n\nSenior Reporter\n\n{_BODY}"
    assert _markdown_authors(page) == ("Anna Walsh",)
    listed = f"# {_HEADLINE}\n\n{_BODY}\n\n* [Anna Walsh](https://news.example/anna-walsh)\n\nContributors\n\n{_BODY}"
    assert _markdown_authors(listed) == ()


def test_names_set_out_as_dropped_link_lines_between_separators() -> None:
    """Each name a link line (dropped before the byline is read), an image line by it, a lone comma between."""
    people = [("Anna Walsh", "anna-walsh"), ("Anna Patel", "anna-patel"), ("Tom Price", "tom-price")]
    lines = [f"![{name}](/img/{slug}.jpg)\n\n[{name}](https://news.example/{slug})" for name, slug in people]
    page = f"# {_HEADLINE}\n\nBy\n\n" + "\n\n,\n\n".join(lines) + f"\n\n{_BODY}"
    draft = byline(markdown_links(markdown_link_lines(Draft.from_text(page, format="markdown"))))
    assert draft.authors == ("Anna Walsh", "Anna Patel", "Tom Price")
    assert [line.text for line in draft.lines if line.text.strip()] == [f"# {_HEADLINE}", _BODY]


def test_a_draft_on_a_shorter_source_than_its_lines_is_read_without_error() -> None:
    draft = Draft.from_text(f"By\n\nShare this\n\nAnna Walsh\n\n{_BODY}", source="By").drop([2], "test", "gone")
    assert byline(draft).authors == ("Anna Walsh",)


def test_an_author_link_in_a_short_sentence_is_a_mention() -> None:
    question = "Wanna know what [**Larry Merchant**](/people/larry-merchant/) WON'T be doing on Saturday night?"
    assert _markdown_authors(f"# {_HEADLINE}\n\n{question}\n\n{_BODY}") == ()
    assert _markdown_authors(f"# {_HEADLINE}\n\n[**Larry Merchant**](/people/larry-merchant/)\n\n{_BODY}") == (
        "Larry Merchant",
    )
