"""Word lists the signals read: hedges, stance and evaluative words, pronouns, figures.

Data only. Entries are lowercase and matched case-insensitively on whole words; a space
inside an entry matches any run of whitespace. Keep to general English that means the
same thing at any outlet: no topic words, no outlet names.
"""

from __future__ import annotations

from .. import _calendar as calendar

REPORTIVE_HEDGES = (
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "rumoured",
    "rumored",
    "rumour has it",
    "rumor has it",
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "is understood to",
    "are understood to",
    "is believed to",
    "are believed to",
    "is thought to",
    "are thought to",
    "is rumoured to",
    "is rumored to",
    "could not be verified",
    "could not be independently verified",
    "cannot be verified",
    "cannot be independently verified",
    "has not been verified",
    "have not been verified",
    "could not be confirmed",
    "could not immediately be confirmed",
    "has not been confirmed",
    "unconfirmed",
    "unverified",
    "it is understood",
    "it is claimed",
    "it is alleged",
)
"""Claims passed on without a source to stand behind them (W3C "explicitly unverified claims")."""

EPISTEMIC = (
    "perhaps",
    "maybe",
    "probably",
    "possibly",
    "arguably",
    "presumably",
    "surely",
    "certainly",
    "clearly",
    "obviously",
    "undoubtedly",
    "no doubt",
    "of course",
    "indeed",
    "in fact",
    "in truth",
    "frankly",
    "honestly",
    "admittedly",
    "evidently",
    "seemingly",
    "doubtless",
    "it seems",
    "it appears",
    "i think",
    "i believe",
    "i suspect",
    "we think",
    "we believe",
)
"""Stance adverbs and phrases: the writer grading how sure a claim is (Hyland's hedges and boosters)."""

OBLIGATION = (
    "should",
    "shouldn't",
    "shouldn’t",
    "must",
    "mustn't",
    "mustn’t",
    "ought to",
    "need to",
    "needs to",
    "have to",
    "has to",
    "it is time",
    "it's time",
    "it’s time",
)
"""Deontic modals: the writer saying what ought to happen."""

EVALUATIVE = (
    "absurd",
    "admirable",
    "alarming",
    "appalling",
    "awful",
    "bizarre",
    "brilliant",
    "cowardly",
    "cynical",
    "dangerous",
    "deplorable",
    "disastrous",
    "disgrace",
    "disgraceful",
    "dishonest",
    "embarrassing",
    "foolish",
    "hypocrisy",
    "hypocritical",
    "ignorant",
    "immoral",
    "inexcusable",
    "irresponsible",
    "laughable",
    "ludicrous",
    "misguided",
    "naive",
    "nonsense",
    "outrageous",
    "pathetic",
    "reckless",
    "remarkable",
    "ridiculous",
    "sadly",
    "shameful",
    "shocking",
    "silly",
    "stupid",
    "terrible",
    "tragic",
    "unacceptable",
    "unfortunately",
    "fortunately",
    "unjust",
    "unfair",
    "wise",
    "wisely",
    "wrong",
    "wrongly",
    "worse",
    "worst",
    "better",
    "best",
    "good",
    "bad",
    "great",
    "deserve",
    "deserves",
    "crucial",
    "vital",
    "essential",
    "important",
    "failure",
    "mistake",
    "folly",
    "sham",
    "farce",
    "travesty",
    "genuine",
    "real problem",
    "the truth is",
    "the problem is",
    "the point is",
    "the question is",
)
"""Judgement words: the writer calling something good, bad, important or true."""

FIRST_PERSON = ("i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves")
"""First-person pronouns; "I" and "us" count only in these cases ("US" is a country)."""

SECOND_PERSON = ("you", "your", "yours", "yourself", "yourselves")
"""Second-person pronouns: the writer addressing the reader."""

IMPERATIVE_VERBS = (
    "let's",
    "let’s",
    "let us",
    "consider",
    "imagine",
    "remember",
    "recall",
    "think about",
    "look at",
    "note",
    "notice",
    "ask yourself",
    "don't",
    "don’t",
    "do not",
    "never forget",
    "make no mistake",
    "stop",
    "forget",
    "take",
    "give",
    "join",
    "tell",
    "vote",
    "try",
    "read",
    "see",
)
"""Verbs that open a sentence addressed to the reader as a command ("Consider the facts.")."""

MAGNITUDES = ("million", "millions", "billion", "billions", "trillion", "trillions", "percent", "per cent", "%")
"""Words that make a number an amount or a share."""

SUPERLATIVES = (
    "biggest",
    "largest",
    "greatest",
    "highest",
    "lowest",
    "smallest",
    "fastest",
    "slowest",
    "richest",
    "poorest",
    "oldest",
    "youngest",
    "longest",
    "shortest",
    "deadliest",
    "strongest",
    "weakest",
    "most valuable",
    "most powerful",
    "most expensive",
    "most popular",
    "most important",
    "most successful",
    "record",
    "record-breaking",
    "unprecedented",
    "first time",
    "first ever",
    "ever recorded",
    "of all time",
)
"""Superlatives and records: claims of rank that need a source."""

REPORTING_VERBS = (
    "said",
    "says",
    "say",
    "told",
    "tells",
    "according to",
    "added",
    "adds",
    "stated",
    "wrote",
    "writes",
    "reported",
    "announced",
    "explained",
    "noted",
    "asked",
    "claimed",
    "argued",
    "insisted",
    "warned",
    "confirmed",
    "denied",
    "testified",
    "tweeted",
)
"""Reporting verbs; their density alone is the baseline genre classifier in ``bench/``."""

SPEECH_REPORTED = ("said", "told")
"""Past-tense speech verbs outside quotes: the writer passing on what someone said, as a report does."""

ARGUMENT_MARKERS = (
    "but",
    "however",
    "yet",
    "therefore",
    "thus",
    "hence",
    "because",
    "instead",
    "rather",
    "after all",
    "nevertheless",
    "nonetheless",
    "even if",
    "even though",
    "in other words",
    "the fact is",
    "that is why",
    "which is why",
)
"""Connectives that build an argument: contrast, cause, concession."""

CONCESSIVES = (
    "however",
    "yet",
    "of course",
    "indeed",
    "although",
    "though",
    "nevertheless",
    "nonetheless",
    "still",
    "admittedly",
    "granted",
    "to be sure",
    "while it is true",
    "in fact",
    "after all",
    "rather",
    "instead",
)
"""Concessive and contrastive connectives: the writer weighing one claim against another."""

NEGATIONS = ("not", "no", "never", "nothing", "nobody", "none", "neither", "nor")
"""Negation (with the contracted "n't"): arguing against a position is a mark of opinion writing."""

NOMINAL_SUFFIXES = ("tion", "tions", "ism", "isms", "ity", "ities", "ness", "ment", "ments", "ence", "ance")
"""Endings of abstract nouns made from verbs and adjectives ("regulation", "fairness", "reliance"):
argued, abstract prose is dense with them; a report tells of people and events. Matched at the end
of lowercase words of at least three letters before the ending."""

PRESENT_COPULAS = ("is", "are", "am", "isn't", "isn’t", "aren't", "aren’t")
"""Present-tense "be": opinion argues about how things are."""

PAST_COPULAS = ("was", "were", "wasn't", "wasn’t", "weren't", "weren’t", "had", "did")
"""Past-tense auxiliaries: reporting narrates what happened."""

TIME_ANCHORS = (
    *calendar.WEEKDAYS,
    "yesterday",
    "today",
    "tonight",
    "this morning",
    "this afternoon",
    "this evening",
    "last night",
    "last week",
    "last month",
    "earlier this week",
    "earlier this month",
    "earlier this year",
    "later this week",
    "next week",
    "this week",
    "this month",
    "this year",
    "last year",
    "this weekend",
    "last weekend",
    "days ago",
    "weeks ago",
    "overnight",
    "on jan",
    "on feb",
    "on march",
    "on april",
    "on may",
    "on june",
    "on july",
    "on aug",
    "on sept",
    "on oct",
    "on nov",
    "on dec",
)
"""Time anchors that tie a sentence to an event: news reports say when."""
