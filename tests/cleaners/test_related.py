import pytest

from cleanseed import Draft
from cleanseed.cleaners.related import _openings, links, teasers, truncated

BODY = "The council voted on Tuesday to approve the new budget after a long and heated debate in the chamber."


def test_teaser_block_with_times_and_summaries_dropped() -> None:
    text = "\n".join(
        [
            BODY,
            "MORE FROM THE BBC",
            "42 mins ago",
            "Acid attack murder accused 'was never in Plymouth'",
            "Danny Cahalane, 38, died several weeks after he was attacked at his home.",
            "42 mins ago",
            "1 hr ago",
            "London Tube strike dates announced by union",
        ]
    )
    out = teasers(Draft.from_text(text))
    assert out.text == BODY
    assert out.removed[0].reason == "teaser block"


def test_teaser_block_stops_at_a_subheading_of_the_body() -> None:
    text = "\n".join(["Related", "Best dating apps for introverts", "Be honest about what you want", BODY])
    assert teasers(Draft.from_text(text)).text == "Be honest about what you want\n" + BODY


def test_inline_related_lines_dropped() -> None:
    text = f"{BODY}\nRelated: Anthropic vows to sue Pentagon\nREAD MORE: Trump orders ban\n{BODY}"
    assert links(Draft.from_text(text)).text == f"{BODY}\n{BODY}"


def test_related_lines_in_brackets_dropped() -> None:
    wrapped = [
        "[Related: How to tune up a table saw]",
        "**[Related:****The best safety advice for any beginner woodworker****.]**",
        "(\u200bMORE: Iceland Volcano Eruption: What We Know)",
    ]
    text = "\n".join([BODY, *wrapped, BODY])
    assert links(Draft.from_text(text)).text == f"{BODY}\n{BODY}"


def test_bracketed_aside_in_the_body_kept() -> None:
    text = f"{BODY}\n(More on the vote: the council meets again on Friday to set the rates.)\n{BODY}"
    assert links(Draft.from_text(text)).text == text


def test_headline_run_after_the_body_dropped() -> None:
    text = "\n".join(
        [
            BODY,
            "",
            "What is AI and how does it work?",
            "Anthropic vows to sue Pentagon over supply chain risk label",
            "Trump orders government to stop using Anthropic",
        ]
    )
    assert links(Draft.from_text(text)).text == BODY


def test_headlines_a_dropped_read_more_line_parted_are_a_run() -> None:
    """Found by hypothesis: the run was read before the "Read more:" line between went, so a second pass dropped
    the two headlines the first had left."""
    text = "\n".join(
        [
            BODY,
            "Anthropic vows to sue Pentagon over supply chain risk label",
            "Read more: [Inside the fight over the housing plan](https://news.example/inside-the-fight)",
            "Trump orders government to stop using Anthropic",
        ]
    )
    once = links(Draft.from_text(text))
    assert once.text == BODY
    assert links(Draft.from_text(once.text)).text == once.text


def test_product_rows_with_their_prices_after_the_body_kept() -> None:
    """A shopping roundup's product rows are no teaser headlines: each names a sale and a regular price."""
    rows = [
        "Fast and Free High-Rise Tight 25″ Sale Price $89 - $109 USD Regular Price $128 USD",
        "Straight-Leg Mid-Rise Pant Luxtreme Sale Price $89 - $99 USD Regular Price $118 USD",
    ]
    text = "\n".join([BODY, *rows])
    assert links(Draft.from_text(text)).text == text


def test_list_rows_after_the_body_kept() -> None:
    text = f"{BODY}\n* Engine type: small-block V-8\n* Displacement: 400 cubic inches"
    assert links(Draft.from_text(text)).text == text


@pytest.mark.parametrize("heading", ["Popular in News", "You might like", "You may like", "You might be interested in"])
def test_popular_in_heading_opens_a_teaser_block(heading: str) -> None:
    text = f"{BODY}\n\n{heading}\n* Leeds council approved the housing plan\n"
    assert teasers(Draft.from_text(text)).text == BODY


def test_heading_with_a_curly_apostrophe_opens_a_teaser_block() -> None:
    text = f"{BODY}\n\nEditor’s picks\nThe 50 best albums of the year so far\nTen films to watch this winter\n"
    assert teasers(Draft.from_text(text)).text == BODY


def test_run_of_summaries_cut_short_dropped() -> None:
    sidebar = [
        "* Mayor says the new ferry timetable will be reviewed after complaints from...",
        "* Harbour seals return to the estuary for the first time since the storm and…",
        "* Council votes to keep the library open on Sundays despite a shortfall in the...",
    ]
    out = truncated(Draft.from_text("\n".join([BODY, *sidebar, BODY])))
    assert out.text == f"{BODY}\n{BODY}"
    assert out.removed[0].reason == "truncated teasers"


def test_two_lines_ending_in_an_ellipsis_kept() -> None:
    text = "\n".join([BODY, "She paused and said: “Well...", "We will see...", BODY])
    assert truncated(Draft.from_text(text)).text == text


def test_headline_and_summary_pairs_under_a_heading_dropped() -> None:
    pairs = [
        "Harbour Lights Official Trailer",
        "A new drama about a lighthouse keeper premieres in May on the island channel.",
        "Tide Tables: Behind the Scenes",
        "The cast talks about filming on the northern quay in the winter storms.",
    ]
    out = teasers(Draft.from_text("\n".join([BODY, "Latest Videos", *pairs, BODY])))
    assert out.text == f"{BODY}\n{BODY}"


def test_teaser_cards_with_an_author_under_the_summary_dropped() -> None:
    cards = [
        "Our Best Ideas for the Harbour",
        "We see room for both ferries and bridges in the year ahead.",
        "Tyler Dann",
        "The Quay at Low Tide",
        "Keep up with the tides and plan your walk with these charts.",
        "Carole Ash",
        "Dec 21, 2023",
    ]
    out = teasers(Draft.from_text("\n".join([BODY, "More on this Topic", *cards, BODY])))
    assert out.text == f"{BODY}\n{BODY}"


def test_a_short_headline_of_the_next_card_is_not_taken_for_an_author() -> None:
    cards = [
        "Our Best Ideas for the Harbour",
        "We see room for both ferries and bridges in the year ahead.",
        "Tyler Dann",
        "Ferry Fares Rise",
        "Keep up with the fares and plan your crossing with these charts.",
        "Carole Ash",
        "Tide Tables Explained",
        "The cast talks about filming on the northern quay in the winter storms.",
    ]
    out = teasers(Draft.from_text("\n".join([BODY, "More on this Topic", *cards, BODY])))
    assert out.text == f"{BODY}\n{BODY}"


def test_a_subheading_after_the_last_unsigned_card_kept() -> None:
    pairs = [
        "Harbour Lights Official Trailer",
        "A new drama about a lighthouse keeper premieres in May on the island channel.",
        "Tide Tables: Behind the Scenes",
        "The cast talks about filming on the northern quay in the winter storms.",
    ]
    kept = ["What the council decided", " ".join([BODY, BODY, BODY])]
    out = teasers(Draft.from_text("\n".join([BODY, "Latest Videos", *pairs, *kept])))
    assert out.text == "\n".join([BODY, *kept])


def test_one_subheading_over_a_short_paragraph_kept_after_a_heading() -> None:
    kept = ["What the council decided", "The vote was close, with six members on each side.", BODY]
    out = teasers(Draft.from_text("\n".join([BODY, "Related Stories", *kept])))
    assert out.text == "\n".join([BODY, *kept])


def test_openings_keep_only_the_shortest_prefixes() -> None:
    assert _openings(("more from", "more", "most read", "more")) == ("more", "most read")


def test_inline_lead_with_a_curly_apostrophe_and_markup_dropped() -> None:
    text = f"{BODY}\n**Editor’s picks:** Council sets its budget\n{BODY}"
    assert links(Draft.from_text(text)).text == f"{BODY}\n{BODY}"


def test_links_to_the_full_review_dropped() -> None:
    reviews = [
        "Read our full NordVPN for Mac review",
        "Read our full EliteSingles review.",
        "Read our full hide.me VPN review",
    ]
    text = "\n".join([BODY, *reviews, BODY])
    assert links(Draft.from_text(text)).text == f"{BODY}\n{BODY}"


def test_sentence_about_reading_a_review_kept() -> None:
    text = f"{BODY}\nRead the full report before you decide. Critics gave it a mixed review.\n{BODY}"
    assert links(Draft.from_text(text)).text == text


def test_people_are_also_reading_is_a_related_heading() -> None:
    text = "\n".join([BODY, "People are also reading…", BODY])
    assert teasers(Draft.from_text(text)).text == f"{BODY}\n{BODY}"


STORY_URL = "https://news.example.com/world/china-shuts-down-online-accounts-for-spreading-rumours/123"


def test_teaser_block_stops_at_the_headline_echoing_the_url_slug() -> None:
    header = ["China shuts down online accounts for spreading rumours", "By Jane Doe", "Dec 22, 2023"]
    text = "\n".join(["Trending", "Earthquake relief", "Gaza hostages", *header, BODY])
    out = teasers(Draft.from_text(text, url=STORY_URL))
    assert out.text == "\n".join([*header, BODY])


def test_the_story_headline_is_the_repeat_nearest_the_body() -> None:
    headline = "China shuts down online accounts for spreading rumours"
    popular = ["Most Popular", headline, "Floods close the coast road", "Markets rally after the vote"]
    header = [headline, "Dec 22, 2023"]
    aside = "- Advertisement -"
    text = "\n".join([*popular, aside, "Read more", *header, BODY])
    out = teasers(Draft.from_text(text, url=STORY_URL))
    assert out.text == "\n".join([aside, *header, BODY])


def test_a_byline_right_under_a_heading_is_the_story_byline() -> None:
    text = "\n".join(["Read More", "By HEATHER HOLLINGSWORTH", "Updated 3:05 PM EST, December 22, 2023", BODY])
    out = teasers(Draft.from_text(text))
    assert out.text == "\n".join(["By HEATHER HOLLINGSWORTH", "Updated 3:05 PM EST, December 22, 2023", BODY])


def test_a_byline_under_a_dropped_teaser_link_stays_in_the_block() -> None:
    link = "* [Banksy loses trademark fight](https://example.com/banksy-trademark)"
    text = "\n".join([BODY, "## Related", link, "By Jill Lawless, Associated Press", link, "By Corinne Segal"])
    draft = Draft.from_text(text, format="markdown")
    draft = draft.drop([2, 4], "markdown.links", "link-only line")  # as the link cleaner drops bare links first
    assert teasers(draft).text == BODY


def test_a_sentence_past_a_heading_whose_list_was_removed_kept() -> None:
    links_ = ["* [Wordle's wild year](https://example.com/a)", "* [Wordle joins the app](https://example.com/b)"]
    kept = ["The answer to today’s Wordle is …", "### BUILT", BODY]
    draft = Draft.from_text("\n".join([BODY, "Related", *links_, *kept]), format="markdown")
    draft = draft.drop([2, 3], "markdown.link_lines", "line holds only links")  # the heading's own list went first
    assert teasers(draft).text == "\n".join([BODY, *kept])


def test_a_teaser_past_its_removed_image_dropped() -> None:
    image = "[![](https://example.com/cami.jpg)](https://example.com/cami)"
    text = "\n".join([BODY, "Related posts", image, "Celebs Madelaine Petsch and Cami Mendes Take Off!"])
    draft = Draft.from_text(text, format="markdown").drop([2], "markdown.images", "image")  # one card's image only
    assert teasers(draft).text == BODY


def test_every_item_of_a_teaser_list_dropped_though_a_paragraph_follows() -> None:
    items = ["* Wordle’s wild year in review", "* Wordle is now playable on New York Times Crossword app"]
    kept = ["The answer to today’s Wordle is …", "BUILT", BODY]
    out = teasers(Draft.from_text("\n".join([BODY, "Related", *items, *kept])))
    assert out.text == "\n".join([BODY, *kept])


def test_read_and_see_lead_lines_dropped() -> None:
    text = f"{BODY}\nRead: The new question haunting adoption\nSee: Markets are declaring victory\n{BODY}"
    assert links(Draft.from_text(text)).text == f"{BODY}\n{BODY}"


def test_required_reading_next_and_also_lead_lines_dropped() -> None:
    leads = (
        "REQUIRED READING: Families have verbal fights all the time\nNext: Singer Shares Cover of ‘Jingle Bells’\n"
        "Also: The best wireless headphones\nWatch this: Apple MacBook Pro 16-Inch Review"
    )
    kept = "Next, the council will vote on the plan. Also, it will meet on Friday."
    assert links(Draft.from_text(f"{BODY}\n{leads}\n{kept}\n{BODY}")).text == f"{BODY}\n{kept}\n{BODY}"


def test_lines_opening_with_read_or_see_kept() -> None:
    text = f"{BODY}\nRead the full ruling before Friday.\nSee you in court, the mayor told them.\n{BODY}"
    assert links(Draft.from_text(text)).text == text


def test_teaser_block_stops_at_a_top_level_markdown_heading() -> None:
    next_story = [
        "# Broke Giuliani Files for Bankruptcy",
        "## Rudy Giuliani has filed for Chapter 11 bankruptcy, days after a $148 million judgment.",
        "Tom Williams/Getty Images",
        "Rudy Giuliani filed for bankruptcy on Thursday, faced with insurmountable debt.",
    ]
    text = "\n".join([BODY, "More on Education:", "The University President Is Not the Speech Police", *next_story])
    assert teasers(Draft.from_text(text, format="markdown")).text == "\n".join([BODY, *next_story])


def test_featured_stories_and_related_from_headings_open_teaser_blocks() -> None:
    teaser = "DOTr voids taxi firm operation at Naia over alleged fare rip off"
    for heading in ("FEATURED STORIES", "Related From Slate", "More Coverage"):
        text = "\n".join([BODY, heading, teaser])
        assert teasers(Draft.from_text(text)).text == BODY


def test_labelled_cards_inside_the_article_dropped_to_its_next_paragraph() -> None:
    # A "Most Popular" widget set between two paragraphs: each card a section label, a headline and its writer.
    cards = [
        "Most Popular",
        "* Gear",
        "A First Look at the Reengineered Robot Vacuum",
        "",
        "Adrienne Walsh",
        "",
        "* Gear",
        "Take Your Tunes Anywhere With Our Favourite Speakers",
        "",
        "Parker Hall",
        "",
        "* Gear",
        "Your TV Sounds Awful and These Soundbars Can Fix It",
    ]
    text = "\n".join([BODY, "", *cards, "", BODY])
    assert teasers(Draft.from_text(text)).text.split() == f"{BODY} {BODY}".split()


def test_ranked_cards_dropped_up_to_the_article_resuming() -> None:
    ranked = [
        "Trending Stories",
        "1",
        "Council Leader Speaks Out Amid Criticism",
        "2",
        "Storm Closes Schools Across the North",
    ]
    text = "\n".join([BODY, *ranked, "3", "Bus Fares to Rise by Ten Percent in Spring", BODY])
    assert teasers(Draft.from_text(text)).text == f"{BODY}\n{BODY}"


def test_a_section_label_over_the_storys_own_headline_after_the_cards_kept() -> None:
    # The cards' labels are their writers' names here; the story's own section label appears once.
    cards = ["More From Dear Council", "* Council Approves the Budget", "Anna Walsh", "* Council Delays the Budget"]
    story = ["Anna Walsh", "Dear Council", "Dear Council: Why I Voted Against the Budget", BODY]
    out = teasers(Draft.from_text("\n".join([*cards, *story])))
    assert out.text.splitlines()[-2:] == story[2:]


def test_a_label_right_over_a_byline_is_the_storys_own() -> None:
    text = "\n".join(["Most Popular", "News", "By Anna Walsh", "4 hours ago", BODY])
    assert teasers(Draft.from_text(text)).text == f"News\nBy Anna Walsh\n4 hours ago\n{BODY}"
