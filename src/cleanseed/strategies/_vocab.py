"""Words and templates the generators draw from: data only, written for this module.

The chrome templates imitate how English-language news sites render their page furniture
(menus, share bars, captions, sign-up boxes, footers) in a browser copy. They are written
independently of the cleaners' lexicon, so the oracle tests the cleaners rather than
repeating them. Within each tuple the first entry is the plainest, because hypothesis
shrinks a ``sampled_from`` choice towards its first element.
"""

from __future__ import annotations

# Word tables laid out by hand, several entries a line: one entry a line would make the file four times longer.
# fmt: off
FIRST_NAMES = (
    "Anna", "James", "Priya", "Tom", "Maria", "David", "Chloe", "Samuel", "Aisha", "Daniel",
    "Helen", "Kwame", "Sofia", "Liam", "Mei", "Oliver", "Fatima", "Lucas", "Grace", "Rahul",
    "Elena", "Marcus", "Yuki", "Patrick", "Nadia", "Ben", "Ingrid", "Omar", "Rosa", "Kevin",
)
LAST_NAMES = (
    "Walsh", "Patel", "Chen", "Okafor", "Brennan", "Silva", "Novak", "Harper", "Ahmed", "Lindqvist",
    "Moreno", "Fischer", "Kowalski", "Nakamura", "Osei", "Romero", "Gallagher", "Haddad", "Jensen",
    "MacLeod", "O'Brien", "Dubois", "Bianchi", "Mensah", "Kaur", "Thornton", "Delgado", "Ivanova",
)
INITIALS = ("J.", "A.", "M.", "R.", "K.")

OUTLETS = (
    "The Harbour Courier", "Northfield Gazette", "The Daily Meridian", "Riverside Post",
    "Capital Ledger", "The Evening Lantern", "Westmoor Herald", "Coastline Times",
)
OUTLET_SHORT = ("Courier", "Gazette", "Meridian", "Post", "Ledger", "Lantern", "Herald", "Times")
AGENCIES = ("Reuters", "AP", "AFP", "Getty Images", "EPA", "PA Media", "Bloomberg", "Shutterstock")
ROLES = (
    "Political correspondent", "Staff writer", "Senior reporter", "Health editor", "Business reporter",
    "Technology correspondent", "Economics editor", "Climate reporter", "Washington bureau chief",
    "Community affairs reporter", "Education correspondent", "Chief political correspondent",
)
SOURCE_ROLES = (
    "head of planning", "chief executive", "a local councillor", "director of policy", "a senior engineer",
    "the finance lead", "a spokesperson", "the deputy mayor", "chair of the residents' association",
)
BEATS = (
    "local government", "public health", "energy and climate", "courts and crime", "technology",
    "the economy", "education", "transport", "housing", "science",
)

PLACES = (
    "Leeds", "Toronto", "Melbourne", "Cardiff", "Denver", "Glasgow", "Auckland", "Bristol", "Ottawa",
    "Sacramento", "Brisbane", "Dublin", "Nairobi", "Manchester", "Portland", "Halifax",
)
ORGANISATIONS = (
    "the city council", "the health ministry", "the regional transport authority", "the central bank",
    "the state education department", "the national grid operator", "the port authority",
    "the environment agency", "the teachers' union", "the chamber of commerce", "the water regulator",
)
ORG_PEOPLE = (
    "a spokesperson for", "a senior official at", "an adviser to", "a person familiar with the plans at",
    "two officials at",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
QUANTITIES = ("12", "40", "250", "1,200", "3.5 million", "18,000", "7", "65", "900", "2.1 billion")
UNITS = ("homes", "jobs", "patients", "households", "passengers", "pupils", "businesses", "acres", "vehicles")
SUBJECTS = (
    "the housing plan", "the new bus network", "the budget proposal", "the flood defence scheme",
    "the hospital merger", "the school funding formula", "the wind farm", "the rent cap",
    "the water pipeline", "the tram extension",
)
ACTIONS = (
    "approved", "delayed", "rejected", "scaled back", "expanded", "paused", "reviewed", "backed",
)

LINKED_CLAIMS = ("published a report", "released new figures", "set out its proposals", "confirmed the budget")

# Sentences of report prose; slots are filled from the tuples above.
SENTENCES = (
    "Officials in {place} {action} {subject} on {weekday}, ending months of uncertainty for residents.",
    "The decision affects about {quantity} {unit} across the region, according to figures released by {org}.",
    "{subject_cap} was first proposed in {month} and has divided opinion among local business owners.",
    "Critics said the timetable left too little room for public consultation before work begins next year.",
    "Supporters argued that the changes were overdue and that costs would only rise if the work waited.",
    "The vote followed a heated meeting at which dozens of residents queued to address the committee.",
    "{org_cap} said it would publish a detailed assessment of the costs before the end of {month}.",
    "About {quantity} {unit} were affected last winter, when the existing system failed twice in a week.",
    "Opposition members called for an independent review, saying the figures had not been tested.",
    "The scheme is expected to cost more than the original estimate, though no revised total was given.",
    "By {month}, the first phase should be finished, officials said, if the weather allows.",
    "Residents in {place} have waited years for a decision, and several said they would believe it when they saw it.",
    "The proposal now goes to a second vote, which is expected to take place after the summer recess.",
    "Analysts noted that similar projects elsewhere had run over budget by a third on average.",
)
QUOTES = (
    "We have listened carefully, and this plan reflects what people told us",
    "This is a good day for families who have waited far too long",
    "Nobody has explained where the money is coming from",
    "We will keep pressing until the review is published in full",
    "The numbers simply do not add up, and everyone in the room knew it",
    "It is a start, but it is not the end of the conversation",
    "Our members are worried about what this means for their jobs",
    "We expect the first results within the year",
)
INDIRECT = (
    "the plan would be reviewed again next spring",
    "no decision had been taken on further funding",
    "the council had underestimated demand",
    "talks with contractors were continuing",
)
# Named attributions: {name}, {role}, {org}, {outlet}, {quote}, {indirect}.
NAMED_ATTRIBUTIONS = (
    "“{quote},” said {name}, {source_role} at {org}.",
    "{name}, {source_role} at {org}, said: “{quote}.”",
    "“{quote},” {name} told the {outlet_short}.",
    "According to {name}, {indirect}.",
    "{name} said in a statement that {indirect}.",
    "“{quote},” {name} said. “We will set out the details shortly.”",
)
# Anonymous attributions: nobody is named.
ANONYMOUS_ATTRIBUTIONS = (
    "“{quote},” {org_person} {org} said.",
    "{org_person_cap} {org}, who asked not to be named, said {indirect}.",
    "A source close to the negotiations said {indirect}.",
    "“{quote},” one resident said outside the meeting.",
)

HEADLINE_TEMPLATES = (
    "{place} council {action} {subject}",
    "What {subject} means for {unit} in {place}",
    "{quantity} {unit} affected as {subject} is {action}",
    "Inside the fight over {subject}",
    "Why {place} is watching {subject} closely",
    "{subject_cap} {action} after {weekday} vote",
)
CAPTION_SCENES = (
    "Residents gather outside the town hall in {place} on {weekday}",
    "{name} speaks to reporters in {place}",
    "Work on {subject} began last year",
    "Traffic queues on the main road into {place} during the morning rush",
    "A protester holds a placard outside the council chamber",
    "Flood water covers a street in {place} in {month}",
)

SKIP_LINKS = ("Skip to main content", "Skip to content", "Jump to content", "Skip to navigation", "Skip to main menu")
NAV_SECTIONS = (
    "News", "World", "Politics", "Business", "Money", "Sport", "Culture", "Opinion", "Health", "Science",
    "Technology", "Climate", "Travel", "Lifestyle", "Local", "Weather", "Video", "Podcasts", "Puzzles",
)
NAV_EXTRAS = ("Home", "Menu", "Search", "Sign in", "Subscribe", "Log in", "My account", "Newsletters")
SHARE_BARS = (
    ("Share",),
    ("Share this article",),
    ("Share", "Save"),
    ("Facebook", "X", "WhatsApp", "Email"),
    ("Share on Facebook", "Share on X", "Share by email"),
    ("Share this story", "Copy link"),
    ("Facebook", "Twitter", "LinkedIn", "Copy link"),
    ("Share", "Print", "Email"),
)
CAPTION_FORMS = (
    "{scene}. Photograph: {name}/{agency}",
    "{scene}. (AP Photo/{name})",
    "{scene}. (Photo by {name}/Getty Images)",
    "Image caption, {scene}",
    "{scene}. Credit: {name} for the {outlet_short}",
    "{scene} | Photo: {agency}",
    "{scene} (Image: {agency})",
)
CREDIT_FORMS = (
    "{agency}",
    "Photo: {name}/{agency}",
    "Image source, {agency}",
    "Photograph: {name}/{agency}",
    "(Image credit: {agency})",
    "Picture: {name}",
)
BYLINE_FORMS = (
    "By {names}",
    "BY {names_upper}",
    "{names}",
    "Written by {names}",
    "By {names}, {outlet}",
    "{names}, {role}",
    "Words by {names}",
)
AUTHOR_BIOS = (
    "{name} is a {role_lower} at {outlet}.",
    "{name} is {outlet}'s {role_lower}, based in {place}. "
    "{pronoun_cap} previously covered {beat} for the {other_short}.",
    "{name} covers {beat} for {outlet}. Follow {pronoun_obj} on X @{handle}.",
    "About the author: {name} has reported on {beat} since 2015 and joined {outlet} in 2021.",
    "{name} writes about {beat}. Contact {pronoun_obj} at {handle}@{domain}.",
)
RELATED_LEADS = ("Read more:", "READ MORE:", "Related:", "See also:", "More on this story:", "Also read:")
RELATED_HEADINGS = ("Related", "Related stories", "More on this story", "Related coverage", "Read more")
TEASER_HEADINGS = (
    "Most read", "More from {outlet}", "Recommended", "You may also like", "Trending now",
    "Top stories", "Editor's picks", "Popular in {section}",
)
NEWSLETTER_BOXES = (
    ("Sign up for our morning newsletter",),
    ("Get the {nl} newsletter", "Our best stories, delivered to your inbox every weekday.", "Sign up"),
    ("Sign up to {nl}", "Enter your email address", "Subscribe",
     "By signing up you agree to our Terms of Use and Privacy Policy."),
    ("Subscribe to our daily briefing to get the day's top stories.",),
    ("Want more stories like this? Sign up for {nl}, free every Friday.",),
)
NEWSLETTER_NAMES = ("Morning Briefing", "Morning Edition", "First Thing", "Week Ahead", "Local Matters")
COOKIE_BOXES = (
    ("We use cookies to give you the best experience on our website.", "Accept all"),
    ("This website uses cookies", "Accept cookies", "Manage preferences"),
    ("We and our partners use cookies and similar technologies to personalise content and ads, "
     "and to analyse our traffic. You can change your choices at any time.", "Accept all", "Reject all",
     "Cookie settings"),
    ("By continuing to browse this site you agree to our use of cookies.", "OK"),
)
TAG_LEADS = ("Topics:", "Tags:", "More on:", "Filed under:", "Related topics:")
TAG_WORDS = (
    "Politics", "Local government", "Housing", "Transport", "Budget", "Climate", "Health", "Education",
    "Infrastructure", "Elections", "Economy", "Energy",
)
FOOTER_LINKS = (
    "About us", "Contact us", "Privacy policy", "Terms of use", "Cookie policy", "Accessibility",
    "Advertise with us", "Careers", "Help", "Sitemap", "Corrections", "Subscriptions",
)
COPYRIGHTS = (
    "© {year} {outlet}. All rights reserved.",
    "Copyright © {year} {outlet}",
    "© {outlet} {year}",
    "All content © {year} {outlet} Ltd. All rights reserved.",
    "Copyright {year} {outlet}. All Rights Reserved.",
)
AD_MARKERS = (
    "Advertisement",
    "ADVERTISEMENT",
    "Advertisement · Scroll to continue",
    "Story continues below advertisement",
    "Article continues below",
    "Sponsored content",
    "Continue reading the main story",
)

# Date renderings: strftime-like slots {d} {dd} {mon} {month} {yyyy} {wday} {time12} {time24}.
DATELINE_FORMS = (
    "{month} {d}, {yyyy}",
    "Published {month} {d}, {yyyy}",
    "{d} {month} {yyyy}",
    "Published {d} {month} {yyyy}",
    "{mon} {d}, {yyyy} {time12} ET",
    "Updated {time24} GMT, {d} {month} {yyyy}",
    "{wday} {d} {mon} {yyyy} {time24dot} GMT",
    "{yyyy}-{mm}-{dd}",
    "Posted on {month} {d}, {yyyy} at {time12}",
    "Last updated: {d} {month} {yyyy}",
    "Published {time12} EST, {wday_long} {month} {d}, {yyyy}",
)
BYLINE_DATE_JOINERS = (" | ", " · ")
# Relative timestamps as sites print them beside fresh stories; {ago} is "4 days ago" and the like.
RELATIVE_FORMS = ("{ago}", "Updated {ago}", "Published {ago}", "Posted {ago}")
RELATIVE_UNITS = ("hours", "days", "mins", "minutes", "hrs")
# fmt: on
