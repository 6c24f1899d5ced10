import pytest

from cleanseed import Draft
from cleanseed.cleaners._names import byline_names, link_names, names_only, person_name
from cleanseed.cleaners.byline import byline
from cleanseed.cleaners.dates import dates
from cleanseed.cleaners.markdown import markdown_link_lines, markdown_links


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Pramod Thomas", ("Pramod Thomas",)),
        ("By Jane Doe and John Smith", ("Jane Doe", "John Smith")),
        ("By **Ursula von der Leyen**", ("Ursula von der Leyen",)),
        (
            "Lily Jamali, North America Technology correspondent and **Kali Hays**, Technology reporter",
            ("Lily Jamali", "Kali Hays"),
        ),
        ("By Staff", ()),
        ("By The Associated Press", ()),
        ("Posted by admin", ()),
        ("By Sandhya Kambhampati Data and Graphics Journalist", ("Sandhya Kambhampati",)),
        ("Jessica Rendall Wellness Writer", ("Jessica Rendall",)),
        ("By Oliver Staley • 05/26/22 4:20pm", ("Oliver Staley",)),
        ("Samy Magdy, Associated Press", ("Samy Magdy",)),
        ("ByAnna Walsh", ("Anna Walsh",)),
        ("By Anna Walsh for The Daily Example", ("Anna Walsh",)),
        ("By Anna WalshPublished", ("Anna Walsh",)),
        ("By Anna Walsh Updated 10:55 AM EST", ("Anna Walsh",)),
        ("By EJ Antoni @RealEJAntoni", ("EJ Antoni",)),
        ("By Anna Walsh in Kyiv, Ukraine", ("Anna Walsh",)),
        ("Author(s): Bill Bender", ("Bill Bender",)),
        ("By Travis Andersen and Adam Sennott Globe Staff", ("Travis Andersen", "Adam Sennott")),
        ("By: Carla Gomez , Jordeene B. Lagare - @inquirerdotnet", ("Carla Gomez", "Jordeene B. Lagare")),
        ("By Marenah Dobin Dec 23, 2023 12:00 PM Tags", ("Marenah Dobin",)),
        ("By Vaughn Cockayne - The Washington Times - Thursday, December 21, 2023", ("Vaughn Cockayne",)),
        ("By Tim Balk | tbalk@nydailynews.com | New York Daily News", ("Tim Balk",)),
        ("Craig Meyer USA TODAY NETWORK", ("Craig Meyer",)),
        ("Review by Rick Lane Contributor", ("Rick Lane",)),
        ("By Michael Ruiz Fox News", ("Michael Ruiz",)),
        ("By John O'connor The Associated Press", ("John O'connor",)),
        ("John Garcia Jr. • Rivals.com", ("John Garcia Jr.",)),
        ("By Anna Walsh, who covers housing", ("Anna Walsh",)),
        ("By Social Links for Jon Levine", ("Jon Levine",)),
        ("posted on  by Rafael Antonio Pineda", ("Rafael Antonio Pineda",)),
        ("By Anna Walsh , one of the authors of the Brief. Walsh has covered housing for a decade.", ("Anna Walsh",)),
    ],
)
def test_byline_names(line: str, names: tuple[str, ...]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, John Smith and Mary Lee had signed",
        "By the end of the year the plant had closed.",
        "By December, the campaign had raised more than $1 million.",
        "Science and technology reporter",
        "Pramod Thomas",
        "New Action Mode, allowing users to capture moments while on the move",
        "Joe Biden, White House",
        "Byron Walsh, Anna Patel",
    ],
)
def test_not_bylines(line: str) -> None:
    assert byline_names(line) is None


def test_person_name_rejects_organisations() -> None:
    assert person_name("Kali Hays") == "Kali Hays"
    assert person_name("BBC News") is None
    assert person_name("The Guardian") is None
    assert person_name("Today’s Paper") is None
    assert person_name("Click Here To Comment") is None
    assert person_name("Show Search") is None
    assert person_name("Gallery Icon") is None  # an image's alternative text, rendered as text


def test_a_name_run_into_its_avatars_alt_text_is_read_once() -> None:
    assert person_name("Stephen Edelstein Stephen Edelstein") == "Stephen Edelstein"
    assert byline_names("By Stephen Edelstein Stephen Edelstein") == ("Stephen Edelstein",)


def test_an_agency_ending_after_two_capitalised_words_names_no_person() -> None:
    """A paper a reporter's name runs into is set apart by its words; "Media" or "Press" alone ends the agency's
    own name ("Field Level Media", not a Field Level of Media)."""
    assert byline_names("By Field Level Media") == ()
    assert byline_names("By Michael Ruiz Fox News") == ("Michael Ruiz",)
    assert byline_names("By Jane Doe Staff") == ("Jane Doe",)


def test_byline_block_lifted_and_repeated_names_dropped() -> None:
    draft = byline(Draft.from_text("Pramod Thomas\nBy Pramod Thomas\nPramod Thomas\nBody text follows here."))
    assert draft.authors == ("Pramod Thomas",)
    assert draft.text == "Body text follows here."
    assert {r.reason for r in draft.removed} == {"lifted author"}
    assert draft.lifted[0].line == 2


def test_staff_byline_names_the_desk() -> None:
    draft = byline(Draft.from_text("By BBC News Staff\nBody text follows here."))
    assert draft.authors == ("BBC News Staff",)
    assert draft.text == "Body text follows here."


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Associated Press", "Associated Press"),
        ("by University of Tokyo", "University of Tokyo"),
        ("By Team EBONY | September 21, 2023", "Team EBONY"),
        ("By AJLabs", "AJLabs"),
        ("By Associated Press 3 minute Read", "Associated Press"),
        ("ByAssociated Press3 minute Read", "Associated Press"),
        ("By Chicago Tribune staff", "Chicago Tribune"),
        ("By Field Level Media", "Field Level Media"),
        ("By\nField Level Media", "Field Level Media"),
        ("By —\n\nAssociated Press Associated Press", "Associated Press"),
    ],
)
def test_an_agency_byline_names_the_agency(line: str, name: str) -> None:
    draft = byline(Draft.from_text(f"{line}\nBody text follows here."))
    assert draft.authors == (name,)
    assert draft.text == "Body text follows here."


@pytest.mark.parametrize("line", ["Sort By Country", "By Country", "By TheHill.com", "By the way"])
def test_no_agency_in_a_menu_word_or_an_address(line: str) -> None:
    assert byline(Draft.from_text(f"{line}\nBody text follows here.")).authors == ()


@pytest.mark.parametrize("line", ["By The Numbers", "BY THE NUMBERS", "By The Way Forward", "By Land And Sea"])
def test_a_capitalised_heading_after_by_is_no_agency(line: str) -> None:
    """An organisation shows it is one (a word like "Press" or "Staff", a capital inside a word, the site's host)."""
    assert byline(Draft.from_text(f"{line}\nBody text follows here.")).authors == ()


def test_an_agency_byline_may_spell_the_site_host() -> None:
    page = "By The Citizen\nBody text follows here."
    assert byline(Draft.from_text(page, url="https://thecitizen.com/2023/12/19/food-drive/")).authors == (
        "The Citizen",
    )
    assert byline(Draft.from_text(page, url="https://news.example/2023/12/19/food-drive/")).authors == ()


def test_a_section_label_spelling_a_folder_of_the_url_is_no_author() -> None:
    body = "Officials in Leeds approved the housing plan on Monday, ending months of uncertainty for residents."
    page = f"Inside the fight over the housing plan\n\nCollege Football\n\n{body}"
    url = "https://sports.example/stories/college-football/housing-plan"
    assert byline(Draft.from_text(page, url=url)).authors == ()
    assert byline(Draft.from_text(page, url="https://sports.example/stories/housing-plan")).authors != ()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Written by Anna Walsh Jr.", ("Anna Walsh Jr",)),
        ("By Anna Walsh Jr.", ("Anna Walsh Jr",)),
        ("Reporting by The Associated Press.", ("The Associated Press",)),
        ("By Christmas Eve.", ()),
        ("By Anna Walsh/Getty Images.", ()),
        ("By then the stores were empty.", ()),
    ],
)
def test_a_short_credit_line_ending_in_a_full_stop(line: str, names: tuple[str, ...]) -> None:
    body = "Officials in Leeds approved the housing plan on Monday, ending months of uncertainty for residents."
    assert byline(Draft.from_text(f"{body}\n{line}\nMore text follows here.")).authors == names


@pytest.mark.parametrize("stamp", ["", "\nDec 22, 2023, 7:33 PM UTC"])
def test_a_byline_running_on_into_the_writers_bio_goes_with_it(stamp: str) -> None:
    bio = "By Anna Walsh , one of the authors of the Housing Brief. Walsh has covered housing for more than a decade."
    body = "Officials in Leeds approved the housing plan on Monday, ending months of uncertainty for residents."
    draft = byline(dates(Draft.from_text(f"Council approves housing plan\n\n{bio}{stamp}\n\n{body}")))
    assert draft.authors == ("Anna Walsh",)
    assert [r.text for r in draft.removed if r.cleaner == "meta.byline"] == [bio]
    assert draft.lines[-1].text == body


def test_a_bare_by_over_the_label_of_the_authors_profile_icons() -> None:
    body = "Officials in Leeds approved the housing plan on Monday, ending months of uncertainty for residents."
    draft = byline(Draft.from_text(f"Council approves housing plan\nBy\nSocial Links for Jon Levine\n{body}"))
    assert draft.authors == ("Jon Levine",)
    assert draft.text == f"Council approves housing plan\n{body}"


def test_a_person_byline_beats_an_agency_byline() -> None:
    draft = byline(Draft.from_text("By Associated Press\nBy Anna Walsh\nBody text follows here."))
    assert draft.authors == ("Anna Walsh",)


def test_a_reading_time_closes_a_byline() -> None:
    assert byline_names("By Liz Stinson long Read") == ("Liz Stinson",)
    assert byline_names("By Liz Stinson 5 min read") == ("Liz Stinson",)
    assert byline_names("ByLiz Stinson3 minute Read") == ("Liz Stinson",)


def test_bare_by_joins_the_next_line() -> None:
    draft = byline(Draft.from_text("By\nClaire Jackson\nBody text follows here."))
    assert draft.authors == ("Claire Jackson",)
    assert draft.text == "Body text follows here."


def test_lone_name_beside_a_removed_timestamp_is_a_byline() -> None:
    draft = byline(dates(Draft.from_text("James Riswick\nDec 21, 2023 at 10:00AM\nBody text follows here.")))
    assert draft.authors == ("James Riswick",)
    assert draft.text == "Body text follows here."


def test_lone_name_right_over_the_first_paragraph_is_a_byline() -> None:
    body = "Officials in Leeds approved the housing plan on Monday, ending months of uncertainty for residents."
    draft = byline(Draft.from_text(f"Inside the fight over the housing plan\n\nAnna Walsh\n\n{body}"))
    assert draft.authors == ("Anna Walsh",)
    assert [line.text for line in draft.lines if not line.blank] == ["Inside the fight over the housing plan", body]


def test_upper_case_byline() -> None:
    assert byline_names("BY ANNA WALSH AND ANNA PATEL") == ("Anna Walsh", "Anna Patel")


_BODY = "Officials in Leeds approved the housing plan on Monday, ending months of uncertainty for residents."


def _markdown(text: str) -> Draft:
    return markdown_link_lines(Draft.from_text(text, format="markdown"))


def test_an_author_page_link_over_the_body_names_the_author() -> None:
    page = "# Housing plan approved\n\n[Anna Walsh](https://news.example/author/anna-walsh)\n\n" + _BODY
    draft = byline(_markdown(page))
    assert draft.authors == ("Anna Walsh",)
    assert draft.lifted[0].line == 3
    assert draft.removed[0].cleaner == "markdown.link_lines"


def test_profile_page_links_name_the_authors() -> None:
    links = "[Anna Walsh](https://news.example/profile/annawalsh) and [Anna Patel](https://news.example/profile/apatel)"
    draft = byline(_markdown(f"# Housing plan approved\n\n{links} in Leeds\n\n" + _BODY))
    assert draft.authors == ("Anna Walsh", "Anna Patel")


def test_a_link_under_the_headline_whose_text_is_a_byline_names_the_author() -> None:
    link = "[![Anna Walsh](https://img.example/anna.jpg)by Anna WalshStaff Writer](/annawalsh2)"
    draft = byline(_markdown(f"# Housing plan approved\n\n{link}\n\n" + _BODY))
    assert draft.authors == ("Anna Walsh",)
    link = "[![Anna Walsh](https://img.example/anna.jpg) Anna Walsh  NFL Analyst ](/personalities/anna-walsh)"
    draft = byline(_markdown(f"# Housing plan approved\n\n{link}\n\n" + _BODY))
    assert draft.authors == ("Anna Walsh",)
    link = "[Read more about the housing plan](/housing)"
    assert byline(_markdown(f"# Housing plan approved\n\n{link}\n\n" + _BODY)).authors == ()


def test_a_link_under_a_bare_by_line_may_name_an_organisation() -> None:
    link = "[The Citizen](https://news.example/author/the-citizen/)"
    draft = byline(_markdown(f"# Housing plan approved\n\nBy\n\n{link}\n\n" + _BODY))
    assert draft.authors == ("The Citizen",)
    assert byline(_markdown(f"# Housing plan approved\n\n{link}\n\n" + _BODY)).authors == ()


def test_the_author_link_nearest_above_the_body_wins_over_a_menu_of_columnists() -> None:
    menu = "* [Anna Patel](/columnists/anna-patel)\n* [Anna Chen](/author/anna-chen)"
    page = f'{menu}\n\n# Housing plan approved\n\nBy [Anna Walsh](/author/anna-walsh "Posts by Anna Walsh")\n\n{_BODY}'
    assert byline(markdown_links(_markdown(page))).authors == ("Anna Walsh",)


def test_author_links_far_below_the_body_or_in_plain_text_name_no_one() -> None:
    body = "\n\n".join([_BODY] * 20)
    teaser = "[Anna Chen](/author/anna-chen)\nAnother story"
    assert byline(_markdown(f"# Housing plan approved\n\n{body}\n\n{teaser}")).authors == ()
    plain = f"# Housing plan approved\n\n[Anna Walsh](/author/anna-walsh)\n\n{_BODY}"
    assert byline(Draft.from_text(plain)).authors == ()


def test_a_lone_name_over_a_role_line_is_a_byline() -> None:
    draft = byline(Draft.from_text(f"{_BODY}\n\nAnna Walsh@annawalsh\n\nPolitical reporter"))
    assert draft.authors == ("Anna Walsh",)
    assert byline(Draft.from_text(f"{_BODY}\n\nAnna Walsh\n\nPolitical reporting")).authors == ()


def test_a_by_line_beats_an_earlier_unprefixed_byline() -> None:
    text = f"Money Talk, Weekly column\n\nHousing plan approved\n\nBy Anna Walsh\n\n{_BODY}"
    draft = byline(Draft.from_text(text))
    assert draft.authors == ("Anna Walsh",)
    assert draft.lifted[0].line == 5


def test_the_first_author_link_under_the_headline_wins() -> None:
    menu = "\n".join(f"* [Anna Chen](/author/anna-chen) {i}" for i in range(3))
    notice = "When search suggestions are available use up and down arrows to review and enter to select them."
    page = f"{notice}\n\n{menu}\n\n# Housing plan approved\n\n[Anna Walsh](/staff/anna-walsh)\n\n" + "\n".join(
        f"[Anna Patel](/author/anna-patel)\n\n{_BODY}" for _ in range(3)
    )
    assert byline(_markdown(page)).authors == ("Anna Walsh",)


@pytest.mark.parametrize("phrase", ["Senior Research", "Executive Content", "A Call", "National Recruiting"])
def test_role_qualifiers_and_articles_make_no_name(phrase: str) -> None:
    assert person_name(phrase) is None


@pytest.mark.parametrize(
    ("line", "url", "author"),
    [
        ("Sarah Barnacle Worcester Telegram", "https://eu.telegram.com/story/x", "Sarah Barnacle"),
        ("Jim Walsh Cherry Hill Courier-Post", "https://thedailyjournal.com/story/x", "Jim Walsh"),
        ("Greyson Steele Battle Creek Enquirer", None, "Greyson Steele"),
        ("Ursula von der Leyen", "https://example.com/story/x", "Ursula von der Leyen"),
    ],
)
def test_a_paper_run_into_the_byline_is_no_part_of_the_name(line: str, url: str | None, author: str) -> None:
    body = "Officials in Leeds approved the housing plan on Monday, ending months of uncertainty for residents."
    draft = byline(dates(Draft.from_text(f"{line}\nDec 21, 2023 at 10:00AM\n{body}", url=url)))
    assert draft.authors == (author,)


@pytest.mark.parametrize("line", ["Trump Wins NH PRIMARY", "Biden Signs NDAA"])
def test_a_headline_ending_in_capitals_names_no_one(line: str) -> None:
    assert names_only(line) is None


@pytest.mark.parametrize("name", ["George T. Conway III", "Nelson C.J.", "EJ Antoni", "ANNA WALSH"])
def test_initials_and_generations_in_capitals_stay_in_a_name(name: str) -> None:
    assert person_name(name) is not None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Dec 21, 2023 at1:39 pm | By Lexi Grant", "Lexi Grant"),
        ("May 30, 2023 / Amy Gallo", "Amy Gallo"),
        ("posted on 2023-12-19 23:30 EST by Rafael Antonio Pineda", "Rafael Antonio Pineda"),
    ],
)
def test_a_byline_after_a_stamp_above_the_body(line: str, author: str) -> None:
    body = "Officials in Leeds approved the housing plan on Monday, ending months of uncertainty for residents."
    draft = byline(Draft.from_text(f"Housing plan approved in Leeds\n{line}\n{body}\n{body}"))
    assert draft.authors == (author,)
    assert draft.text == f"Housing plan approved in Leeds\n{body}\n{body}"


def test_a_stamped_teaser_below_the_body_names_no_one() -> None:
    body = "Officials in Leeds approved the housing plan on Monday, ending months of uncertainty for residents."
    draft = byline(
        Draft.from_text(f"{body}\n{body}\nDec 22, 2023 - Biden Signs Bill Into Law\nMay 3, 2023 / Anna Walsh")
    )
    assert draft.authors == ()


@pytest.mark.parametrize(
    "phrase", ["Biden Signs Bill Into Law", "How Ash Became Champion", "Our Unions", "Warner Bros.", "Pixar Studios"]
)
def test_headline_and_company_words_make_no_name(phrase: str) -> None:
    assert person_name(phrase) is None


@pytest.mark.parametrize(
    "head",
    ["Home\nDecember 20, 2023\nAnna Walsh Jr.", "Home\nAnna Walsh Jr.\nReporter"],
)
def test_a_lone_name_ending_in_a_full_stop_beside_a_stamp_or_over_a_role_is_a_byline(head: str) -> None:
    """Lines ending like a sentence are passed over, but not these."""
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    draft = byline(dates(Draft.from_text(f"{head}\n{body}")))
    assert draft.authors == ("Anna Walsh Jr.",)
    assert "Anna Walsh Jr." not in draft.text


def test_a_glued_label_is_split_off_only_where_it_is_glued() -> None:
    assert byline_names("By Anna WalshUpdated Dec 22, 2023") == ("Anna Walsh",)
    assert byline_names("Anna Walsh, Reporter") == ("Anna Walsh",)
    assert byline_names("Politics, Anna Walsh, Reporter") is None


@pytest.mark.parametrize(
    "head",
    [
        "B**y**\nAnna Walsh, Reporter",
        "Home\nAnna Walsh · Reporter",
        "Home\nAUTHOR: ANNA WALSH",
        "Home\nAnna Walsh Correspondent",
    ],
)
def test_every_byline_shape_holds_a_key_the_loop_looks_for(head: str) -> None:
    """Only lines holding a by-prefix, a separator, "and", a role word or bold marks are read: these must be."""
    body = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."
    draft = byline(Draft.from_text(f"{head}\n{body}"))
    assert draft.authors == ("Anna Walsh",)
    assert draft.text.splitlines()[-1] == body and "Walsh" not in draft.text and "B**y**" not in draft.text


@pytest.mark.parametrize("run_together", ["TravelNorth AmericaUSA", "AdvertiseNewslettersHelp CenterCurrent Issue"])
def test_menu_entries_run_together_are_no_name(run_together: str) -> None:
    assert person_name(run_together) is None
    draft = byline(dates(Draft.from_text(f"{run_together}\n* 12-22-23\nBody text follows here.")))
    assert draft.authors == ()


@pytest.mark.parametrize("name", ["Nicholas McEntyre", "Ryan MacKenzie", "DeShawn Jones", "Leonardo DiCaprio"])
def test_a_capital_inside_a_name_is_no_seam(name: str) -> None:
    assert person_name(name) == name


@pytest.mark.parametrize(
    "line", ["Amie Mock as told to Heather Eastman", "As told to Heather Eastman", "AS TOLD TO HEATHER EASTMAN"]
)
def test_the_author_of_an_as_told_to_byline_is_the_listener(line: str) -> None:
    assert byline_names(line) == ("Heather Eastman",)
    draft = byline(dates(Draft.from_text(f"A headline\n{line}\nMarch 07, 2022 • 6 min read\nBody text follows here.")))
    assert draft.authors == ("Heather Eastman",)


def test_an_as_told_to_author_link_names_the_listener() -> None:
    assert link_names(" Amie Mock as told to Heather Eastman ") == ("Heather Eastman",)


@pytest.mark.parametrize("tail", [", +55 more", " and 3 others", " · 12 more"])
def test_a_count_of_names_left_out_closes_a_byline(tail: str) -> None:
    assert byline_names(f"By Anna Walsh , Anna Patel{tail}") == ("Anna Walsh", "Anna Patel")


@pytest.mark.parametrize(
    ("line", "names"), [("Mike Coppinger, ESPN", ("Mike Coppinger",)), ("By Anna Walsh, AP", ("Anna Walsh",))]
)
def test_initials_right_after_a_name_sign_its_outlet(line: str, names: tuple[str, ...]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize("line", ["Andrew Saunders, President and CEO", "EXCUSE ME, WHUT"])
def test_initials_elsewhere_sign_no_outlet(line: str) -> None:
    assert byline_names(line) is None


@pytest.mark.parametrize("line", ["Audience Relations, CBC", "Corporate Communications, BBC"])
def test_a_department_signing_with_its_outlet_is_no_person(line: str) -> None:
    assert byline_names(line) is None


def test_a_byline_naming_no_person_is_dropped_as_such() -> None:
    page = "Council expands buses\n\nBy Staff\n\nThe city council voted on Tuesday to expand the bus network."
    draft = byline(Draft.from_text(page))
    assert draft.authors == ()
    assert [(r.text, r.reason) for r in draft.removed] == [("By Staff", "byline, no person's name read")]
    lifted = byline(Draft.from_text(page.replace("By Staff", "By Associated Press")))
    assert lifted.authors == ("Associated Press",)
    assert lifted.removed[0].reason == "lifted author"


def test_where_the_writers_filed_from_closes_a_byline_of_names() -> None:
    assert names_only("Joanna Walters and Edward Helmore in New York") == ("Joanna Walters", "Edward Helmore")
    assert names_only("LaKeith Stanfield and Clark Backo in The Changeling") is None  # a caption, no dateline
    page = "Trump pressured officials\n\nJoanna Walters in Washington\n\nFri 22 Dec 2023 17.47 CET\n\nThe story."
    assert byline(dates(Draft.from_text(page))).authors == ("Joanna Walters",)


def test_a_label_set_out_alone_over_the_name_reads_as_its_prefix() -> None:
    page = (
        "Five things you need to know about content optimization in 2023\n\nAuthor\nJim Yu\n"
        "Date published February 3, 2023 Categories\n\nThe first paragraph of the story is here, long enough."
    )
    draft = byline(dates(Draft.from_text(page)))
    assert draft.authors == ("Jim Yu",)
    assert [r.text for r in draft.removed if r.cleaner == "meta.byline"] == ["Author\nJim Yu"]
    assert byline(dates(Draft.from_text(page.replace("Author\n", "Author(s)\n")))).authors == ("Jim Yu",)
    menu = byline(dates(Draft.from_text(page.replace("Author\n", "* Authors\n"))))  # a menu's link, no label
    assert [r.text for r in menu.removed if r.cleaner == "meta.byline"] == ["Jim Yu"]


@pytest.mark.parametrize(
    ("link", "authors"),
    [
        ("[Cory Spondent](/car-news/cory-spondent)", ("Cory Spondent",)),
        ("[Lucy Handley](https://x.com/lucy-handley/)[@lucyhandley](https://x.com/@lucyhandley)", ("Lucy Handley",)),
        ("[Joe Biden](/tag/joe-biden)", ()),  # a topic's page
        ("[Joe Biden](/news/biden-speech)", ()),  # a page not named after him
    ],
)
def test_a_name_linking_to_its_own_page_beside_a_stamp_is_a_byline(link: str, authors: tuple[str, ...]) -> None:
    page = f"# Santa must pay to enter London\n\n{link}\n\nPublished: 22 Dec 2023\n\nChristmas was thrown into doubt."
    draft = markdown_link_lines(Draft.from_text(page, format="markdown"))
    assert byline(dates(draft)).authors == authors


def test_a_name_signed_with_its_paper_in_capitals_above_the_body_is_a_byline() -> None:
    head = "Mass shootings are rare in Europe, experts say after Prague\n\n"
    body = "\n\nThe Czech Republic is reeling from the worst mass shooting in its history, officials said."
    signed = byline(Draft.from_text(f"{head}Kayla Jimenez USA TODAY\nShow Caption\nHide Caption{body}"))
    assert signed.authors == ("Kayla Jimenez",)
    menu = byline(Draft.from_text(f"{head}* NASCAR SERIES NEWS\nShow Caption{body}"))
    assert menu.authors == () and not menu.removed


@pytest.mark.parametrize("credit", ["James Manning - Pa Images | Getty Images", "Anna Walsh, Reuters Pictures"])
def test_a_name_and_a_picture_agency_credit_a_photograph(credit: str) -> None:
    assert byline_names(credit) is None
    assert byline_names(f"By {credit.split(' - ')[0].split(',')[0]}, Staff Writer") is not None
