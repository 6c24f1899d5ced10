from cleanseed import Draft
from cleanseed.cleaners.prompts import appeal, call_to_action, cookie, newsletter


def test_newsletter_prompt_dropped() -> None:
    text = (
        "Sign up for our Tech Decoded newsletter to follow the top tech stories. **Outside the UK? Sign up here.**\n"
        "Get the latest headlines delivered to your inbox\n"
        "Newsletter\n"
        "Body line."
    )
    out = newsletter(Draft.from_text(text))
    assert out.text == "Body line."
    assert {r.cleaner for r in out.removed} == {"chrome.newsletter"}


def test_call_to_action_without_an_offer_is_news() -> None:
    text = "Sign up for the vaccine at your local pharmacy, officials said.\nSupport for the bill grew on Tuesday."
    assert newsletter(Draft.from_text(text)).text == text


def test_cookie_banner_and_buttons_dropped() -> None:
    text = "We use cookies to improve your experience on our site.\nAccept all\nReject all\nBody."
    assert cookie(Draft.from_text(text)).text == "Body."


def test_recipe_mentioning_cookies_kept() -> None:
    text = "Bake the cookies for 12 minutes until golden."
    assert cookie(Draft.from_text(text)).text == text


def test_long_cookie_notice_in_the_site_voice_dropped() -> None:
    notice = "When you visit our website, we store cookies on your browser to collect information. " * 5
    assert cookie(Draft.from_text(f"{notice}\nBody.")).text == "Body."


def test_news_about_cookies_kept() -> None:
    text = "Google will phase out third-party cookies in Chrome next year, the company said."
    assert cookie(Draft.from_text(text)).text == text


def test_pitch_without_a_leading_call_to_action_dropped() -> None:
    text = "Want to keep up with breaking news? Subscribe to our email newsletter\nBody."
    assert newsletter(Draft.from_text(text)).text == "Body."


def test_reporting_about_a_newsletter_kept() -> None:
    text = "The company's newsletter reached 40,000 subscribers by email last year, its filing shows."
    assert newsletter(Draft.from_text(text)).text == text


def test_the_rest_of_a_sign_up_box_goes_with_it() -> None:
    box = "Get the Morning Briefing newsletter\nOur best stories, delivered to your inbox every weekday.\nSign up"
    text = f"Body.\n\n{box}"
    assert newsletter(Draft.from_text(text)).text == "Body."


def test_a_blurb_between_two_lines_of_a_sign_up_box_goes_with_it() -> None:
    blurb = "Breaking space news, the latest updates on rocket launches, skywatching events and more!"
    box = f"Get the Space.com Newsletter\n\n{blurb}\n\nBy submitting your information you agree to the Terms."
    out = newsletter(Draft.from_text(f"Body.\n\n{box}\n\nMore body."))
    assert out.text.split() == ["Body.", "More", "body."]


def test_offer_words_in_the_body_away_from_a_prompt_kept() -> None:
    text = "Newsletter\n\nThe firm emailed every subscriber's inbox a warning on Monday."
    assert newsletter(Draft.from_text(text)).text == "The firm emailed every subscriber's inbox a warning on Monday."


def test_terms_line_of_a_sign_up_box_goes_with_it() -> None:
    box = "Sign up to Local Matters\nEnter your email address\nSubscribe\nBy signing up you agree to our Terms of Use."
    assert newsletter(Draft.from_text(f"Body.\n\n{box}")).text == "Body."


def test_sign_up_fine_print_and_checkbox_labels_dropped() -> None:
    text = (
        "Body line.\n"
        "Tick here to get offers from our partner brands\n"
        "Contact me with offers from partner brands\n"
        "By submitting your details you agree to our Privacy Policy and to receive emails from us.\n"
        "Body."
    )
    kept = "Body line.\nTick here to get offers from our partner brands\nBody."
    assert newsletter(Draft.from_text(text)).text == kept


def test_sign_up_confirmation_dropped() -> None:
    # Found by the page index through its last word: its first, "you", names most paragraphs.
    text = "Body line.\nYou’re all set. Thank you.\nBody."
    assert newsletter(Draft.from_text(text)).text == "Body line.\nBody."


def test_reporting_about_terms_of_use_kept() -> None:
    text = "The regulator said the app's terms of use broke the law, and the company agreed to change them."
    assert newsletter(Draft.from_text(text)).text == text


APPEAL = [
    "Keep Local News Alive",
    "At the Gazette, we believe good journalism should be free for every reader in the valley.",
    "Our reporters cover the council, the courts and the schools every single day.",
    "Can you chip in? Your contribution of as little as $3 keeps our newsroom going.",
]


def test_donation_appeal_box_dropped_with_its_heading() -> None:
    body = "The bridge reopened on Friday after three weeks of repairs, the county said."
    out = appeal(Draft.from_text("\n".join([body, "", *APPEAL, "", body])))
    assert out.text == f"{body}\n\n\n{body}"
    assert {r.cleaner for r in out.removed} == {"chrome.appeal"}


def test_article_about_donations_kept() -> None:
    text = "\n".join(
        [
            "Local News Desk",
            "The charity said donations to its food bank rose by a third this year, helped by a news appeal.",
            "“We need your help more than ever,” its director said of the coming winter.",
        ]
    )
    assert appeal(Draft.from_text(text)).text == text


def test_click_here_promos_dropped() -> None:
    body = "The bridge reopened on Friday after three weeks of repairs, the county said."
    promos = [
        "CLICK HERE TO GET THE HARBOUR NEWS APP",
        "Install the Harbour News app for free",
        "Be the first to know",
        "Listen to The Harbour Hour on Spotify, Apple Podcasts and Google Podcasts.",
        "Click to subscribe to the Harbour Daily wherever you get your podcasts",
        "Get alerts on the latest ferry times throughout the season. Sign up here.",
        "This article was featured in the Morning Tide newsletter. Sign up for it here.",
    ]
    text = "\n".join([body, *promos, body, "Read the full ruling (mobile users go here)"])
    out = call_to_action(Draft.from_text(text))
    assert out.text == f"{body}\n{body}"
    assert {r.reason for r in out.removed} == {"call to action"}


def test_long_paragraph_saying_click_here_kept() -> None:
    text = (
        "Officials said residents who click here and there on the council website rarely find the form, and"
        " that the new portal, launched on Monday after two years of work and several delays, puts every permit"
        " application on a single page that works on phones as well as on computers."
    )
    assert call_to_action(Draft.from_text(text)).text == text


def test_reporting_on_listening_platforms_kept() -> None:
    text = "The show is on Spotify and Apple Podcasts, where it has topped the charts since its first episode."
    assert call_to_action(Draft.from_text(text)).text == text


def test_instructions_to_download_an_app_kept() -> None:
    text = "Download the ferry app from your phone's store and allow it to use your location before you travel."
    assert call_to_action(Draft.from_text(text)).text == text


def test_prompt_with_a_curly_apostrophe_dropped() -> None:
    text = "Don’t miss our morning newsletter\nWe’ve added you to our mailing list.\nBody."
    assert newsletter(Draft.from_text(text)).text == "Body."


def test_long_consent_notice_naming_cookies_often_dropped() -> None:
    notice = (
        "When you visit our website, we store cookies on your browser to collect information. "
        + "You can choose not to allow some types of cookies, which may change how the site works for you. " * 6
        + "Strictly necessary cookies cannot be switched off in our systems."
    )
    assert cookie(Draft.from_text(f"{notice}\nBody.")).text == "Body."


def test_sign_up_to_a_named_newsletter_dropped() -> None:
    assert newsletter(Draft.from_text("Sign up to Island Mornings\nBody.")).text == "Body."


def test_sign_up_pitch_promising_updates_dropped() -> None:
    pitches = [
        "Sign up for Island Shop to get updates on the biggest sales and must-have products!",
        "Sign up to receive our daily Morning Lineup to stay in the know about the harbour.",
        "Subscribe to the Courier and stay smart with more of your favourite writers.",
    ]
    assert newsletter(Draft.from_text("\n".join([*pitches, "Body."]))).text == "Body."


def test_sign_up_in_a_long_line_without_a_promise_kept() -> None:
    text = "Sign up for the flu jab at the clinic on Harbour Street before the end of the month."
    assert newsletter(Draft.from_text(f"{text}\nBody.")).text == f"{text}\nBody."


def test_long_line_naming_cookies_once_kept() -> None:
    # 151 words in 310 characters: the word limit applies, though the line is far below 2,000 characters.
    text = "We use cookies" + " x" * 148
    assert cookie(Draft.from_text(f"{text}\nBody.")).text == f"{text}\nBody."


def test_short_button_in_markup_dropped() -> None:
    text = "**Accept all**\n* Manage preferences\nBody."
    assert cookie(Draft.from_text(text)).text == "Body."


def test_fine_print_in_markup_dropped() -> None:
    text = "_By signing up, you **agree** to our Terms of Use and Privacy Policy._\nBody."
    assert newsletter(Draft.from_text(text)).text == "Body."


def test_cookie_word_split_by_emphasis_marks_dropped() -> None:
    # The raw line holds no "cookie": only the normalised one, with the marks gone, names it.
    assert cookie(Draft.from_text("We use coo**kies**\nBody.")).text == "Body."


def test_box_line_of_thirty_words_goes_with_the_prompt() -> None:
    # Thirty words, the most a box line may have: the offer search must not skip it.
    box_line = "Our best stories " + "and more " * 10 + "delivered right to your inbox every weekday"
    assert len(box_line.split()) == 30
    text = f"Body.\n\nGet the Morning Briefing newsletter\n{box_line}"
    assert newsletter(Draft.from_text(text)).text == "Body."


def test_lines_offering_an_email_address_dropped() -> None:
    body = "The bridge reopened on Friday after three weeks of repairs, the county said."
    contacts = [
        "—Contact Jo Bloggs at jo.bloggs@example.com. Follow her on X @jobloggs.",
        "Have a tip? Send it to us! Email the newsroom at tips@example.com.",
        "Priya Patel can be reached at ppatel@example.com.",
        "jo.bloggs@example.com",
    ]
    out = call_to_action(Draft.from_text("\n".join([body, *contacts, body])))
    assert out.text == f"{body}\n{body}"


def test_body_lines_holding_an_email_address_kept() -> None:
    lines = [
        # Several sentences of reporting that end with an address readers may use.
        "The experiments are run with industry and universities. The terminal is the first user. NASA is still"
        " accepting experiments. Interested parties should contact lab@example.gov for more information.",
        # An address that is not offered to the reader.
        "The messages, sent from an account named admin@example.org, asked staff for their passwords.",
        # An author bio, which chrome.author_bio judges.
        "Jo Bloggs is a senior reporter for the Harbour News. Email: jo@example.com.",
    ]
    text = "\n".join(lines)
    assert call_to_action(Draft.from_text(text)).text == text
