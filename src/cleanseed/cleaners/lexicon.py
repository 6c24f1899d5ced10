"""Domain knowledge the rule cleaners read: chrome phrases, date words, role words, agencies.

Data only. Phrases are lowercase; matching is case-insensitive on whole words. Keep each
list to words that mean the same thing on any English news site.
"""

from __future__ import annotations

from .. import _calendar as calendar

SKIP_LINK_PHRASES = (
    "skip to content",
    "skip to main content",
    "skip to main",
    "skip to navigation",
    "skip to search",
    "skip to footer",
    "skip to article",
    "skip navigation",
    "jump to content",
    "jump to navigation",
    "go to main content",
    "back to top",
    "return to top",
)
"""Accessibility links at the edges of a page."""

SHARE_WORDS = frozenset(
    [
        "share",
        "shares",
        "shared",
        "save",
        "saved",
        "bookmark",
        "tweet",
        "email",
        "e-mail",
        "print",
        "copy",
        "copied",
        "link",
        "url",
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "whatsapp",
        "pinterest",
        "reddit",
        "flipboard",
        "tumblr",
        "telegram",
        "messenger",
        "threads",
        "bluesky",
        "mastodon",
        "sms",
        "comment",
        "comments",
        "reply",
        "replies",
        "gift",
        "article",
        "this",
        "story",
        "on",
        "via",
        "options",
        "open",
        "new",
        "window",
        "close",
        "follow",
        "us",
        "listen",
        "read",
        "min",
        "mins",
        "minute",
        "minutes",
        "view",
        "views",
        "like",
        "likes",
    ]
)
"""Words a share bar is made of; a short line of nothing else (and counters) is a share bar."""

SHARE_ANCHORS = frozenset(
    [
        "share",
        "save",
        "copied",
        "bookmark",
        "tweet",
        "facebook",
        "twitter",
        "linkedin",
        "whatsapp",
        "pinterest",
        "reddit",
        "flipboard",
        "email",
        "print",
        "min",
        "mins",
        "comment",
        "comments",
        "x",
    ]
)
"""At least one of these must appear, so a line like "Read" or "Open" alone is not called a share bar."""

SOCIAL_PLATFORMS = ("facebook", "twitter", "x", "instagram", "tiktok", "threads", "youtube", "linkedin", "bluesky")
"""Where a "Follow … on …" prompt sends readers."""

NEW_WINDOW_HINTS = ("opens in new window", "opens in a new window", "opens in new tab", "opens in a new tab")
"""Screen-reader hints closing a button or link ("Click to share on X (Opens in new window)")."""

SHARE_PHRASES = (
    "follow us on",
    "follow us",
    "share this article",
    "share this story",
    "share this page",
    "share this gallery",
    "share this post",
    "share this",
    "share on",
    "share via",
    "share your thoughts",
    "copy link",
    "link copied",
    "link was copied",
    "social sharing",
    "share full article",
    "gift this article",
    "save article",
    "save for later",
    "add to favorites",
    "listen to this article",
    "join the conversation",
    "comments",
    "view comments",
    "show comments",
    "leave a comment",
    "add a comment",
)
"""Whole-line social prompts (a trailing ``on X:`` or a counter is allowed)."""

NAV_PHRASES = (
    "menu",
    "main menu",
    "open menu",
    "close menu",
    "toggle navigation",
    "navigation",
    "social links navigation",
    "cite this page",
    "supported by",
    "read more about",
    "full story",
    "read the story",
    "search",
    "open search",
    "close search",
    "search for:",
    "sign in",
    "sign up",
    "log in",
    "login",
    "register",
    "my account",
    "subscribe",
    "subscribe now",
    "sections",
    "more sections",
    "all sections",
    "home",
    "back",
    "next",
    "previous",
    "close",
    "open",
    "trending",
    "trending now",
    "breaking news",
    "latest news",
    "you are here:",
    "expand",
    "collapse",
    "loading",
    "loading...",
    "more",
    "see more",
    "show more",
    "load more",
    "view all",
    "see all",
    "was this helpful",
    "was this page helpful",
    "was this article helpful",
    "thanks for your feedback",
    "tell us why",
)
"""Whole lines that are menu furniture wherever they stand, and the lines of a reader-feedback widget."""

WIDGET_LEADS = (
    "archives select month",
    "select month",
    "categories select category",
    "select category",
    "select a category",
    "select language",
    "select a language",
    "choose language",
    "select country",
    "select a country",
    "select your country",
    "select edition",
    "select an edition",
)
"""Openings of a flattened drop-down list ("Archives Select Month December 2023 (38) …"); the whole line goes."""

NEWSLETTER_LEADS = (
    "sign up",
    "signup",
    "subscribe",
    "get our",
    "get the",
    "get breaking",
    "enter your",
    "join",
    "never miss",
    "don't miss",
    "do not miss",
    "stay informed",
    "stay up to date",
    "stay in the know",
    "want more",
    "want the latest",
    "like this",
    "receive",
    "register",
    "support",
    "become a",
    "already a subscriber",
    "already have an account",
    "thanks for",
    "thank you for",
    "to continue reading",
    "continue reading",
    "start your",
    "try",
    "unlock",
    "create a free",
    "this article is for",
    "this content is for",
    "you have reached",
    "you've reached",
)
"""Calls to action that open a subscription or paywall prompt."""

NEWSLETTER_WORDS = (
    "newsletter",
    "newsletters",
    "inbox",
    "email",
    "e-mail",
    "subscribe",
    "subscriber",
    "subscribers",
    "subscription",
    "sign up",
    "signing up",
    "subscribing",
    "free trial",
    "journalism",
    "briefing",
    "digest",
    "alerts",
    "membership",
    "paywall",
    "free articles",
    "account",
)
"""What such a prompt offers; a lead needs one of these after it."""

COOKIE_WORDS = ("cookie", "cookies", "consent")
"""Every cookie or consent banner names one of these."""

COOKIE_CONTEXT = (
    "we use",
    "we and our partners",
    "our partners",
    "its partners",
    "our site",
    "our website",
    "our websites",
    "this site",
    "this website",
    "the site",
    "your browser",
    "your device",
    "your experience",
    "your consent",
    "your preferences",
    "your personal",
    "you consent",
    "you agree",
    "you accept",
    "you visit",
    "by continuing",
    "by clicking",
    "manage your",
    "cookie policy",
    "cookie settings",
    "opt-out",
    "opt out",
)
"""Banner wording: the site speaking to the reader ("we use", "your browser"), which news about cookies lacks."""

COOKIE_BUTTONS = (
    "accept",
    "accept all",
    "accept all cookies",
    "accept cookies",
    "allow all",
    "allow cookies",
    "reject all",
    "reject",
    "decline",
    "deny",
    "i accept",
    "i agree",
    "agree",
    "agree and close",
    "got it",
    "ok, got it",
    "ok",
    "manage preferences",
    "manage cookies",
    "cookie settings",
    "cookie preferences",
    "privacy settings",
    "your privacy choices",
    "manage consent",
)
"""Whole-line consent buttons."""

AD_PHRASES = (
    "advertisement",
    "advertisements",
    "advertising",
    "advert",
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "paid content",
    "paid post",
    "promoted",
    "promoted content",
    "partner content",
    "ad feedback",
    "report this ad",
    "remove ads",
    "ad choices",
    "adchoices",
    "story continues",
    "story continues below",
    "story continues below advertisement",
    "article continues below advertisement",
    "article continues below",
    "content continues below",
    "continue reading below",
    "continue reading the main story",
    "skip advertisement",
    "scroll to continue",
    "scroll to continue with content",
    "this advertisement has not loaded yet",
    "article continues below this ad",
    "story continues below this ad",
)
"""Whole lines that mark an advertisement slot."""

SHOP_BUTTONS = (
    "view deal",
    "view deals",
    "see deal",
    "see deals",
    "get deal",
    "get the deal",
    "shop now",
    "shop the look",
    "shop similar look",
    "buy now",
    "buy it now",
    "see details",
    "view details",
    "check price",
    "check prices",
    "see price",
    "see prices",
    "buying options",
    "see all deals",
    "view product",
)
"""Whole lines of a product card's buttons in a shopping roundup."""

SHOP_LEADS = (
    "view on",
    "view at",
    "see on",
    "see at",
    "see it at",
    "buy on",
    "buy at",
    "buy from",
    "shop at",
    "shop on",
)
"""Button openings that name the retailer after them ("View On Amazon", "Shop at Nordstrom")."""

VERDICT_HEADINGS = (
    "pros",
    "cons",
    "the good",
    "the bad",
    "what we like",
    "what we liked",
    "what we don't like",
    "what we didn't like",
    "reasons to buy",
    "reasons to avoid",
    "likes",
    "dislikes",
)
"""Headings of a review's box of pros and cons, each over a list of short points."""

PRICE_LABELS = ("best prices today", "best price today", "lowest price today", "price when reviewed", "best deal today")
"""Labels a product card sets before its price line ("Best Prices Today: $40 at FastestVPN")."""

AD_DISCLOSURES = (
    r"affiliate (?:marketing|advertising|links?|programs?|commissions?|partners?)",
    r"associates program",
    r"advertiser disclosure",
    r"(?:may|might|could) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?"
    r"(?:share|commission|compensation|fee)",
    r"earns? (?:a )?(?:small )?commission",
    r"paid for by",
)
"""Regex fragments of affiliate and sponsorship disclosures."""

AD_DISCLOSURE_KEYS = (
    "affiliate",
    "associates program",
    "advertiser disclosure",
    "share",
    "commission",
    "compensation",
    "fee",
    "paid for by",
)
"""Literals of which every match of ``AD_DISCLOSURES`` holds one (a test checks it)."""

AD_LEADS = ("advertisement", "advertising", "sponsored content", "paid content", "promoted content")
"""Ad markers that may carry more words after them ("ADVERTISEMENT - SCROLL TO CONTINUE")."""

LEGAL_STRONG = (
    r"\u00a9",
    r"\(c\)\s{0,3}(?:19|20)\d\d",
    r"copyright\s{0,3}(?:\u00a9\s{0,3})?(?:19|20)\d\d",
    r"(?:19|20)\d\d\s{0,3}copyright",
    r"all rights reserved",
    r"is not responsible for the content of external",
    r"may not be (?:published|reproduced|copied|redistributed|rewritten)",
    r"unauthori[sz]ed (?:use|reproduction|copying|distribution) (?:is )?(?:strictly )?prohibited",
    r"(?:visit|see|read|review) our (?:privacy|cookie) (?:policy|notice|statement|center|centre)",
)
"""Regex fragments (lowercase, bounded) that mark a copyright line wherever it stands."""

LEGAL_WEAK = (
    r"copyright",
    r"terms of (?:use|service|sale)",
    r"terms (?:&|and) conditions",
    r"privacy (?:policy|notice|statement|center|centre)",
    r"cookie (?:policy|notice|settings)",
    r"do not (?:share or )?sell",
    r"accessibility (?:help|statement)",
    r"without (?:the )?(?:prior )?(?:express )?written permission",
    r"registered (?:in england|trademark|office)",
    r"company (?:number|registration)",
)
"""Legal wording that is chrome only outside the article body (an article may discuss copyright)."""

LEGAL_KEYS = (
    "\u00a9",
    "(c)",
    "copyright",
    "all rights reserved",
    "is not responsible",
    "may not be",
    "unauthori",
    "terms",
    "privacy",
    "cookie",
    "do not",
    "accessibility",
    "without",
    "registered",
    "company",
)
"""Literals of which every match of ``LEGAL_STRONG`` and ``LEGAL_WEAK`` holds one (a test checks it)."""

FOOTER_NAV_PHRASES = (
    "about",
    "about us",
    "about the",
    "contact",
    "contact us",
    "careers",
    "jobs",
    "work with us",
    "advertise",
    "advertise with us",
    "media kit",
    "press",
    "press room",
    "help",
    "faq",
    "faqs",
    "help & faqs",
    "site map",
    "sitemap",
    "rss",
    "rss feeds",
    "accessibility",
    "terms",
    "terms of use",
    "terms of service",
    "privacy",
    "privacy policy",
    "cookie policy",
    "corrections",
    "ethics",
    "editorial standards",
    "masthead",
    "our team",
    "staff directory",
    "content index",
    "archives",
    "archive",
    "subscriptions",
    "manage subscription",
    "e-edition",
    "contact the newsroom",
    "send a tip",
    "submit a tip",
    "feedback",
    "licensing",
    "reprints",
    "syndication",
    "code of conduct",
    "community guidelines",
    "follow us",
    "connect with us",
    "stay connected",
    "in other languages",
)
"""Entries of a site footer: a line made of several of these is footer navigation."""

RELATED_PREFIXES = (
    "related",
    "related:",
    "related stories",
    "related articles",
    "related content",
    "related coverage",
    "related links",
    "related reading",
    "related topics",
    "read more",
    "read more:",
    "read next",
    "read also",
    "also read",
    "see also",
    "more:",
    "read:",
    "see:",
    "more on this",
    "more on this story",
    "more from",
    "recommended",
    "recommended for you",
    "recommended stories",
    "recommended reading",
    "you may also like",
    "you might also like",
    "you might like",
    "you may like",
    "you may be interested in",
    "you might be interested in",
    "we recommend",
    "don't miss",
    "must read",
    "most read",
    "most popular",
    "most viewed",
    "most shared",
    "popular now",
    "popular stories",
    "top stories",
    "top picks",
    "editor's picks",
    "editors' picks",
    "trending",
    "trending now",
    "trending stories",
    "latest",
    "latest news",
    "latest stories",
    "latest articles",
    "in case you missed it",
    "elsewhere on",
    "around the web",
    "from around the web",
    "up next",
    "what to read next",
    "keep reading",
    "further reading",
    "listen",
    "watch",
    "watch:",
    "watch now",
    "promoted stories",
    "sponsored stories",
    "editors' recommendations",
    "editor's recommendations",
    "recommended by our editors",
    "recommended videos",
    "related videos",
    "latest videos",
    "more videos",
    "more for you",
    "people who read this also read",
    "people who read this, also read",
    "readers also read",
    "people are also reading",
    "related story",
    "related posts",
    "related news",
    "more stories",
    "more news",
    "suggested reading",
    "suggested for you",
    "read this next",
    "more to explore",
    "featured stories",
    "more coverage",
    "required reading",
    "next:",
    "also:",
    "watch this",
)
"""Headings (or line prefixes) that introduce lists of other stories."""

REVIEW_LINK_LEADS = ("read our full", "read the full", "read our complete", "read our in-depth")
"""Openings of a line that links to the site's review of a product in a roundup ("Read our full NordVPN review")."""

TAG_HEADINGS = (
    "tags",
    "tags:",
    "tagged",
    "tagged:",
    "tagged with",
    "topics",
    "topics:",
    "topic",
    "filed under",
    "filed under:",
    "categories",
    "categories:",
    "category:",
    "posted in",
    "more on:",
    "related topics",
    "explore more on these topics",
    "more about",
    "keywords",
    "keywords:",
)
"""Headings that introduce topic tags; the short lines after them are tags."""

LABELS = {
    "opinion": "opinion",
    "opinions": "opinion",
    "comment": "opinion",
    "commentary": "opinion",
    "op-ed": "opinion",
    "oped": "opinion",
    "editorial": "opinion",
    "editorials": "opinion",
    "column": "opinion",
    "columnist": "opinion",
    "columns": "opinion",
    "viewpoint": "opinion",
    "viewpoints": "opinion",
    "perspective": "opinion",
    "perspectives": "opinion",
    "letters": "opinion",
    "letters to the editor": "opinion",
    "guest column": "opinion",
    "guest opinion": "opinion",
    "analysis": "analysis",
    "news analysis": "analysis",
    "explainer": "explainer",
    "review": "review",
    "fact check": "fact-check",
    "fact-check": "fact-check",
    "live": "live",
    "breaking": "breaking",
    "breaking news": "breaking",
    "exclusive": "exclusive",
    "sponsored": "sponsored",
    "advertorial": "sponsored",
    "obituary": "obituary",
    "interview": "interview",
}
"""Kicker words a page wears above its headline, mapped to the label they give the page."""

URL_LABELS = {
    "opinion": "opinion",
    "opinions": "opinion",
    "commentisfree": "opinion",
    "comment": "opinion",
    "commentary": "opinion",
    "op-ed": "opinion",
    "oped": "opinion",
    "op-eds": "opinion",
    "editorial": "opinion",
    "editorials": "opinion",
    "column": "opinion",
    "columns": "opinion",
    "columnists": "opinion",
    "blogs": "blog",
    "blog": "blog",
    "analysis": "analysis",
    "review": "review",
    "reviews": "review",
    "live": "live",
    "sponsored": "sponsored",
    "obituaries": "obituary",
}
"""URL path segments that label a page."""

MONTHS = {
    **{name: number for number, name in enumerate(calendar.MONTHS, start=1)},
    **{name[:3]: number for number, name in enumerate(calendar.MONTHS, start=1)},
    "sept": 9,
}
"""English month names and abbreviations."""

WEEKDAYS = (*calendar.WEEKDAYS, "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
"""Weekday names and abbreviations (they may sit beside a date)."""

TIME_ZONES = (
    "utc",
    "gmt",
    "bst",
    "cet",
    "cest",
    "est",
    "edt",
    "et",
    "cst",
    "cdt",
    "ct",
    "mst",
    "mdt",
    "mt",
    "pst",
    "pdt",
    "pt",
    "ist",
    "aest",
    "aedt",
    "jst",
    "hkt",
    "sgt",
    "uk",
)
"""Time-zone abbreviations that follow a time of day ("05:39, UK": Sky News gives the country for its time)."""

STAMP_LABELS = (
    "published",
    "updated",
    "last updated",
    "first published",
    "posted",
    "modified",
    "last modified",
    "date",
    "created",
)
"""Labels that name what follows a stamp ("Published: Mar 9, 2023"), unlike a preposition, which prose uses too."""

DATE_LABELS = (*STAMP_LABELS, "on", "at", "as of")
"""Words that label a timestamp line; the first date on such a line is the publication date."""

RELATIVE_UNITS = {
    "s": "second",
    "sec": "second",
    "secs": "second",
    "second": "second",
    "seconds": "second",
    "m": "minute",
    "min": "minute",
    "mins": "minute",
    "minute": "minute",
    "minutes": "minute",
    "h": "hour",
    "hr": "hour",
    "hrs": "hour",
    "hour": "hour",
    "hours": "hour",
    "d": "day",
    "day": "day",
    "days": "day",
    "w": "week",
    "wk": "week",
    "wks": "week",
    "week": "week",
    "weeks": "week",
    "mo": "month",
    "month": "month",
    "months": "month",
    "y": "year",
    "yr": "year",
    "yrs": "year",
    "year": "year",
    "years": "year",
}
"""Units of a relative timestamp ("4 days ago", "42 mins ago")."""

ROLE_WORDS = frozenset(
    [
        "correspondent",
        "correspondents",
        "reporter",
        "reporters",
        "editor",
        "editors",
        "writer",
        "writers",
        "journalist",
        "journalists",
        "columnist",
        "columnists",
        "contributor",
        "contributors",
        "producer",
        "producers",
        "analyst",
        "analysts",
        "critic",
        "critics",
        "photographer",
        "photographers",
        "illustrator",
        "illustrators",
        "author",
        "authors",
        "presenter",
        "host",
        "anchor",
        "chief",
        "bureau",
        "desk",
        "staff",
        "intern",
        "fellow",
        "researcher",
        "commentator",
        "blogger",
        "freelance",
        "freelancer",
    ]
)
"""Words of a journalist's role in a byline ("Technology correspondent")."""

ROLE_QUALIFIERS = frozenset(
    [
        "senior",
        "junior",
        "executive",
        "associate",
        "assistant",
        "deputy",
        "managing",
        "contributing",
        "special",
        "national",
        "international",
        "political",
        "investigative",
        "digital",
        "foreign",
        "regional",
        "multimedia",
    ]
)
"""Words that qualify a role ("Senior Research Fellow", "Executive Content Editor") and are no part of a name."""

NOT_PERSON_WORDS = frozenset(
    [
        "bros",
        "corp",
        "studios",
        "productions",
        "entertainment",
        "staff",
        "admin",
        "administrator",
        "editor",
        "editors",
        "editorial",
        "board",
        "team",
        "desk",
        "newsroom",
        "news",
        "press",
        "agency",
        "wire",
        "wires",
        "service",
        "reporters",
        "reporter",
        "writers",
        "contributor",
        "contributors",
        "the",
        "and",
        "times",
        "post",
        "daily",
        "weekly",
        "media",
        "group",
        "network",
        "online",
        "magazine",
        "journal",
        "herald",
        "tribune",
        "gazette",
        "associated",
        "reuters",
        "afp",
        "bloomberg",
        "correspondent",
        "guest",
        "anonymous",
        "unknown",
        "sponsored",
        "partner",
        "inc",
        "ltd",
        "llc",
        "com",
        "ledger",
        "courier",
        "chronicle",
        "telegraph",
        "examiner",
        "inquirer",
        "sentinel",
        "dispatch",
        "bulletin",
        "monitor",
        "observer",
        "independent",
        "express",
        "mirror",
        "standard",
        "register",
        "review",
        "report",
        "today",
        "digest",
        "images",
        "image",
        "photo",
        "photos",
        "getty",
        "pictures",
        "relations",
        "communications",
    ]
)
"""Words that make a byline name an organisation, a department ("Audience Relations") or a placeholder, never a
person."""

NAMEPLATE_WORDS = NOT_PERSON_WORDS | frozenset(["telegram", "enquirer", "globe", "courant", "beacon", "bee"])
"""Words ending a newspaper's name: a byline run into its reporter's paper ("Greyson Steele Battle Creek Enquirer")
ends in one."""

AGENCY_ENDINGS = frozenset(["media", "press", "wire", "newswire", "network", "agency", "group", "syndicate"])
"""Words that end an organisation's own name ("Field Level Media", "Canadian Press"): alone after two capitalised
words, they end no paper a reporter's name runs into, as "Greyson Steele Battle Creek Enquirer" does."""

ORGANISATION_WORDS = (NAMEPLATE_WORDS - {"the", "and", "guest", "anonymous", "unknown"}) | frozenset(
    [
        "university",
        "institute",
        "college",
        "school",
        "laboratory",
        "labs",
        "foundation",
        "association",
        "society",
        "council",
        "center",
        "centre",
        "department",
        "ministry",
        "office",
        "bureau",
    ]
)
"""Words an organisation's name holds ("Slate Staff", "University of Tokyo"): a capitalised "By" line without one is
more likely a heading ("By The Numbers") than a wire or desk signing the story."""

HEADLINE_WORDS = frozenset(
    [
        "of",
        "for",
        "with",
        "into",
        "on",
        "at",
        "from",
        "over",
        "after",
        "about",
        "as",
        "is",
        "are",
        "was",
        "how",
        "why",
        "what",
        "when",
        "who",
        "your",
        "our",
        "my",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
    ]
)
"""Function words a title-case headline holds ("Biden Signs Bill Into Law") and a person's name never does ("will"
is left out: it is a first name)."""

NAME_PARTICLES = frozenset(
    [
        "de",
        "da",
        "del",
        "della",
        "der",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "den",
        "ter",
        "bin",
        "al",
        "el",
        "ibn",
        "st.",
        "mc",
        "mac",
        "o'",
    ]
)
"""Lowercase particles allowed inside a personal name ("Ursula von der Leyen")."""

BYLINE_PREFIXES = (
    "by",
    "words by",
    "written by",
    "reporting by",
    "story by",
    "photos and story by",
    "story and photos by",
    "words and pictures by",
    "text and photos by",
    "posted by",
    "posted on by",  # "Posted on [date] by": a capture that lost the date keeps the rest
    "published on by",
    "review by",
    "analysis by",
    "commentary by",
    "author:",
    "author(s):",  # not "authors": alone on its line, it is a menu's link to the writers' pages
    "by:",
    "as told to",
    "social links for",
)
"""Lead-ins of a byline line; the names follow."""

BYLINE_INFIXES = ("as told to", "social links for")
"""Lead-ins of the author's name inside a line: the name before is the speaker's ("Amie Mock as told to Heather
Eastman"), the author's comes after; a bare "By" may stand over the label of the author's profile icons ("By" /
"Social Links for Jon Levine")."""

NAME_JOINERS = frozenset(["of", "for", "the", "and", "at", "on", "in", "&"])
"""Lower-case words inside an organisation's name ("University of Tokyo", "Institute for Basic Science")."""

CREDENTIALS = frozenset(
    [
        "md",
        "do",
        "phd",
        "psyd",
        "mph",
        "rn",
        "np",
        "bsn",
        "msn",
        "rd",
        "rdn",
        "ld",
        "cdces",
        "cpt",
        "cscs",
        "lcsw",
        "lmft",
        "lpc",
        "clc",
        "dds",
        "dvm",
        "ms",
        "ma",
        "mba",
        "mfa",
        "jd",
        "esq",
        "cpa",
        "cfp",
    ]
)
"""Degrees and licences written after a name, in capitals ("Lauren Manaker MS, RDN, LD"): no part of the name."""

TAG_URL_SEGMENTS = frozenset(
    ["tag", "tags", "topic", "topics", "subject", "subjects", "category", "categories", "keyword", "keywords", "search"]
)
"""Path segments of a link to a topic's page ("/tag/joe-biden"), whose text may be a person's name too."""

AUTHOR_URL_SEGMENTS = frozenset(
    [
        "author",
        "authors",
        "byline",
        "bylines",
        "staff",
        "writer",
        "writers",
        "contributor",
        "contributors",
        "columnist",
        "columnists",
        "journalists",
        "reporters",
        "editors",
        "people",
        "person",
        "users",
        "user",
        "bloggers",
        "the-team",
        "profile",
        "profiles",
    ]
)
"""URL path segments of an author's page ("/author/anna-walsh"): a link there names the author."""

INTERFACE_WORDS = frozenset(
    [
        "account",
        "all",
        "bio",
        "buy",
        "by",
        "click",
        "comment",
        "comments",
        "copy",
        "create",
        "ended",
        "follow",
        "full",
        "here",
        "home",
        "how",
        "icon",
        "in",
        "links",
        "live",
        "log",
        "login",
        "logo",
        "menu",
        "more",
        "open",
        "points",
        "rate",
        "reactions",
        "read",
        "recent",
        "release",
        "search",
        "see",
        "share",
        "show",
        "sign",
        "social",
        "subscribe",
        "tickets",
        "to",
        "up",
        "url",
        "view",
        "watch",
        "we",
    ]
)
"""Words of buttons and widgets ("Show Search", "Click Here To Comment") and of their images' alternative texts
("Gallery Icon"): title case, yet never a person's name."""

BIO_VERBS = ("is", "was", "has", "covers", "writes", "reports", "joined", "edits", "leads", "works")
"""Verbs that follow an author's name at the start of an author bio."""

CREDIT_WORDS = (
    "photo",
    "photos",
    "photograph",
    "photographs",
    "photography",
    "photographer",
    "picture",
    "pictures",
    "pic",
    "image",
    "images",
    "credit",
    "credits",
    "photo credit",
    "image credit",
    "image source",
    "picture source",
    "illustration",
    "graphic",
    "photo illustration",
    "file photo",
)
"""Words that open a credit when a colon, slash, © or "by" follows ("Photograph: …", "Photo by …")."""

PICTURE_CONTROLS = ("toggle caption", "hide caption", "show caption", "enlarge this image", "expand this image")
"""Buttons on a picture, left as whole lines by a flat copy."""

CREDIT_LABELS = ("credit", "credits", "photo credit", "image credit", "picture credit")
"""Credit words that only ever label a credit: after a caption's last sentence, "Credit: IMO." closes a caption."""

SOURCE_LABELS = ("source", "sources", "data source", "data sources", "chart source", "graphic source")
"""Labels of the line naming where a chart's, a table's or a picture's content came from ("Source: Bureau of Labor
Statistics.")."""

CAPTION_LEADS = ("image caption", "photo caption", "caption", "pictured")
"""Labels that open a caption line ("Image caption, Work on the plan began last year")."""

CREDIT_LEADS = ("courtesy of", "photo courtesy", "image courtesy", "pictured by", "handout photo", "image source")
"""Lead-ins that open a credit on their own."""

CAPTION_CUES = (
    r"pictured",
    r"\((?:l|r|c|left|right|centre|center|top|bottom|above|below|inset|file)\)",
    r"(?:from )?left to right",
    r"from left",
    r"seen here",
    r"is seen",
    r"are seen",
    r"poses?",
    r"posing",
    r"attends?",
    r"arrives?",
    r"speaks? (?:during|at|to|with)",
    r"gestures?",
    r"looks? on",
    r"reacts?",
    r"celebrates?",
    r"file (?:photo|image|picture)",
    r"photographed",
    r"shown here",
)
"""Regex fragments of how captions describe a picture ("X attends Y", "(left)", "pictured")."""

AGENCIES = (
    "getty images",
    "getty",
    "reuters",
    "ap",
    "ap photo",
    "associated press",
    "the associated press",
    "afp",
    "afp via getty images",
    "epa",
    "epa-efe",
    "efe",
    "shutterstock",
    "alamy",
    "pa",
    "pa media",
    "pa wire",
    "pa images",
    "bloomberg",
    "bloomberg via getty images",
    "istock",
    "istockphoto",
    "unsplash",
    "pexels",
    "rex",
    "rex features",
    "nurphoto",
    "sipa",
    "sipa usa",
    "zuma",
    "zuma press",
    "anadolu",
    "xinhua",
    "tass",
    "nasa",
    "bbc",
    "wireimage",
    "filmmagic",
    "imago",
    "dpa",
    "ansa",
    "kyodo",
    "corbis",
    "dreamstime",
    "adobe stock",
    "usa today sports",
    "imagn",
    "icon sportswire",
    "handout",
    "supplied",
    "file",
    "file photo",
)
"""Picture agencies and credit words; a short line naming one (and a photographer) is a credit."""

EMBED_LINES = (
    "view this post on instagram",
    "view this post on tiktok",
    "view this post on threads",
    "view this post on facebook",
    "view on instagram",
    "view on threads",
    "watch on youtube",
    "embed from getty images",
    "this content can also be viewed on the site it originates from",
    "instagram content",
    "tiktok content",
    "twitter content",
    "x content",
    "youtube content",
    "facebook content",
    "pinterest content",
    "spotify content",
)
"""Whole lines an embedded social-media card leaves in a capture."""

EMBED_FALLBACKS = (
    "enable javascript",
    "turn on javascript",
    "javascript is disabled",
    "more accessible video player",
    "browser does not support",
    "upgrade your browser",
    "no longer supported on this site",
    "something went wrong",
    "swipe to scroll horizontally",
    "tap to reveal",
    "click to reveal",
    "upgrading to a web browser",
    "supports html5 video",
    "waiting for your permission to load",
    "javascript enabled browser",
    "javascript is required",
)
"""What an embedded player or widget shows in place of itself ("To view this video please enable JavaScript",
"Your browser does not support the audio element"): found anywhere in a short line."""

EMBED_LEADS = ("a post shared by", "this content is imported from")
"""Openings of an embedded card's sign-off line ("A post shared by Jane Doe (@jdoe)")."""

EMBED_INTRO_VERBS = ("tweeted", "wrote", "posted")
"""Verbs of the article line that introduces an embedded post; the post text starts below it."""

SIGNUP_CONSENT = (
    "you agree",
    "i agree",
    "you consent",
    "you are consenting",
    "you're consenting",
    "agree to receive",
    "unsubscribe",
    "privacy policy",
    "privacy notice",
    "terms of use",
    "terms of service",
    "terms & conditions",
    "terms and conditions",
)
"""Fine print under a sign-up box: what the reader consents to. A line needs one of these and a SIGNUP_ACTS word."""

SIGNUP_ACTS = (
    "submitting",
    "subscribe",
    "subscribing",
    "signing up",
    "sign up",
    "newsletter",
    "newsletters",
    "email",
    "emails",
    "mailing list",
    "communications",
    "receive",
)
"""What the fine print is about: subscribing, receiving mail."""

SIGNUP_LEADS = (
    "contact me with",
    "i would like to receive",
    "i'd like to receive",
    "receive email from us",
    "we've added you",
    "we have added you",
    "you're subscribed",
    "you are subscribed",
    "you're now subscribed",
    "you're all set",
    "check your inbox",
)
"""Checkbox labels and confirmations a sign-up box leaves behind ("Contact me with news and offers …")."""

SIGNUP_PROMISES = ("get", "receive", "stay", "updates", "latest", "delivered", "straight to")
"""What a "Sign up for <name> …" pitch promises the reader ("… to get updates on the biggest sales"); a line that
opens "Sign up for" and promises one of these is a prompt though the name holds no offer word."""

APPEAL_CUES = (
    "as little as",
    "your contribution",
    "your support",
    "your donation",
    "contribute",
    "contributing",
    "contribution",
    "contributions",
    "donate",
    "donating",
    "donation",
    "donations",
    "become a member",
    "become a supporter",
    "become a patron",
    "support our",
    "support us",
    "support independent",
    "supporting our",
    "chip in",
    "reader-funded",
    "reader-supported",
    "we need your help",
    "help us keep",
    "keep news free",
    "keep our journalism",
)
"""Words of a donation or membership appeal; a line in the site's voice holding one opens an appeal box."""

APPEAL_TOPICS = (
    "journalism",
    "journalists",
    "newsroom",
    "news",
    "reporting",
    "reporters",
    "stories",
    "coverage",
    "investigations",
    "free",
    "paywall",
    "readers",
    "mission",
    "independent",
    "nonprofit",
    "non-profit",
)
"""What a site asks money for; a line of its own voice naming one extends an appeal box."""

EDITORIAL_NOTE_PHRASES = (
    "opinions expressed",
    "views expressed",
    "do not own shares",
    "does not own shares",
    "edited for length",
    "edited for clarity",
    "edited for style",
    "materials provided by",
    "lightly edited",
    "edited and condensed",
    "condensed for clarity",
    "condensed and edited",
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
    "our editorial policy",
    "our editorial policies",
    "our editorial standards",
    "our editorial guidelines",
    "our review policy",
    "our reviews policy",
    "our ethics policy",
    "our corrections policy",
    "read the original article",
    "cross-posted from",
    "editorial process and policies",
    "sourced for review",
    "provided for review",
    "supplied for review",
)
"""The publisher's notes about a piece, not part of it: disclaimers, editing notes, contributor credits, pointers to
its policies ("Read our editorial policy to learn more about our process."), where a reviewed copy came from ("A copy
of The Finals was independently sourced for review by Eurogamer.")."""

HONORIFICS = ("mr.", "ms.", "mrs.", "dr.")
"""How a paper's house style names a person after the first mention ("Mr. Healy is the deputy Opinion editor.")."""

CONTRIBUTOR_ROLES = ("writer", "writers", "reporter", "reporters", "researcher", "researchers", "correspondent")
"""Who a wire story's closing credit names before "contributed." ("Associated Press researcher Randy Herschaft in New
York contributed.")."""

REPUBLISHED_PHRASES = (
    "originally appeared",
    "originally published",
    "first published",
    "republished",
    "will appear in",
    "appears in the",
    "is from the",
    "contains spoilers",
    "contains minor spoilers",
    "contains major spoilers",
)
"""Where a piece first ran or will run in print, or that it spoils a story: a note only when the line speaks of the
piece itself (SELF_REFERENCES: "This story will appear in the Dec. 16, 2023, issue of Billboard", "This story
contains spoilers for Monarch")."""

SELF_REFERENCES = (
    "this story",
    "this article",
    "this piece",
    "this post",
    "this interview",
    "this essay",
    "this column",
    "this review",
    "this feature",
    "a version of this",
)
"""How a note opens when it speaks of the piece it sits under ("This story originally appeared in …")."""

PUBLISHER_ABOUT_CUES = ("news organization", "news organisation", "has inspired", "our commitment to")
"""What an outlet says of itself in its "about us" blurb, beside its founding year."""

EDITORIAL_NOTE_LEADS = (
    "editor's note",
    "editors' note",
    "editor's notes",
    "note from the editor",
    "publisher's note",
    "why you can trust",
    "story source",
    "updated to add",
    "updated to include",
    "updated to reflect",
    "updated to correct",
)
"""Openings of a note from the editors set above or below an article ("Why you can trust TechRadar We spend hours
testing …"; in prose the phrase is no line's opening)."""

COMMENT_BUTTONS = (
    "reply",
    "replies",
    "log in to reply",
    "log in to comment",
    "log in to leave a comment",
    "sign in to reply",
    "sign in to comment",
    "report",
    "report comment",
    "report abuse",
    "flag",
    "view replies",
    "show replies",
    "hide replies",
    "load more replies",
    "load more comments",
)
"""Buttons that repeat under every reader comment."""

COMMENT_HEADINGS = (
    "comments",
    "comment",
    "reader comments",
    "leave a reply",
    "leave a comment",
    "join the conversation",
    "join the discussion",
    "conversation",
    "discussion",
    "what do you think",
)
"""Headings that open a comment section ("12 Comments", "Leave a Reply")."""

CALL_TO_ACTION = (
    "click here",
    "clicking here",
    "tap here",
    "tapping here",
    "go here",
    "sign up here",
    "sign up for it here",
    "wherever you get your podcasts",
)
"""A link pointing the reader elsewhere ("CLICK HERE TO GET THE APP"); a short line holding one is a promo."""

APP_PROMO_VERBS = ("install", "download", "get")
"""How a short promo line for the site's app opens ("Install the News app for free")."""

CONTACT_CUES = ("contact", "email", "e-mail", "reach", "reached", "write", "send", "tip", "tips", "letters")
"""Words that offer the reader an address ("Contact Jo Bloggs at jo@example.com", "Story tips can be sent to …")."""

LISTENING_PLATFORMS = (
    "apple podcasts",
    "spotify",
    "google podcasts",
    "amazon music",
    "youtube music",
    "stitcher",
    "pocket casts",
    "overcast",
    "iheartradio",
    "soundcloud",
    "tunein",
)
"""Where a podcast or a playlist is listened to: a short "Listen on …" line naming two of them sends readers there."""

LISTENING_LEADS = ("listen", "subscribe", "follow", "download", "find")
"""How a "Listen on …" promo opens ("Listen to Short Wave on Spotify, Apple Podcasts and Google Podcasts")."""

PROMO_LEADS = ("be the first to know", "be the first to get", "be the first to hear", "be the first to see")
"""Openings of a one-line promo for alerts or an app."""

COMMENT_NOTES = (
    "comment policy",
    "commenting policy",
    "comments are closed",
    "comments are premoderated",
    "comments are moderated",
    "comments have been closed",
    "comments have been disabled",
    "commenting is closed",
    "commenting has been disabled",
    "comments on this piece",
    "comments on this article",
    "comments on this story",
    "be the first to comment",
    "refrain from posting comments",
)
"""A site's notes about its comment section ("Comments are closed.", "Please read our comment policy")."""

FRONT_MATTER_FIELDS = {
    "title": "title",
    "author": "authors",
    "authors": "authors",
    "byline": "authors",
    "creator": "authors",
    "date": "published",
    "published": "published",
    "published time": "published",
    "published_time": "published",
    "publish_date": "published",
    "pubdate": "published",
    "date_published": "published",
    "datepublished": "published",
    "site": "site",
    "site_name": "site",
    "sitename": "site",
    "publisher": "site",
    "url": "url",
    "url source": "url",
    "source": "url",
    "link": "url",
    "canonical": "url",
    "canonical_url": "url",
}
"""Keys of a capture's metadata header (YAML front matter, a reader's "Title:" / "URL Source:" lines), lowercased,
mapped to the field each gives. A clipper's "created" or "clipped" is the day of the capture, not of the story."""

READER_HEADER_KEYS = frozenset(
    {"title", "url source", "published time", "description", "warning", "number of pages", "markdown content"}
)
"""The lines a reader service (Jina's r.jina.ai) opens its markdown with, "Markdown Content:" last."""
