"""Prompts that ask something of the reader: newsletter and paywall sign-ups, donation appeals, cookie banners."""

from __future__ import annotations

import re

from ..document import Draft
from . import lexicon
from ._base import cleaner
from ._scan import lines_with_any, norm_keys, reduce_keys, scan_keys, search_keys
from ._text import EMAIL_ADDRESS, next_nonblank, norm, phrase_regex, words

_LEAD = phrase_regex(lexicon.NEWSLETTER_LEADS, prefix=True)
_OFFER = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lexicon.NEWSLETTER_WORDS) + r")s?\b")
_OFFER_KEYS = search_keys(lexicon.NEWSLETTER_WORDS)
_SITE_VOICE = re.compile(r"\b(?:you|your|our|us)\b")
_COOKIE = re.compile(r"\b(?:" + "|".join(lexicon.COOKIE_WORDS) + r")\b")
_COOKIE_KEYS = search_keys(lexicon.COOKIE_WORDS)
_COOKIE_KEY = re.compile("|".join(_COOKIE_KEYS))
"""The keys as one literal search: a cheap test before the word-bounded ``_COOKIE``."""
_COOKIE_CONTEXT = re.compile("|".join(re.escape(w) for w in lexicon.COOKIE_CONTEXT))
_COOKIE_BUTTON = phrase_regex(lexicon.COOKIE_BUTTONS)
_BUTTON_KEYS = norm_keys(lexicon.COOKIE_BUTTONS)
"""Name every line whose normalised text may open with a button phrase, and every line with emphasis marks, where a
key may be joined across them."""
_MAX_WORDS = 60
_MAX_PITCH_WORDS = 25
_MAX_BANNER_WORDS = 150
_MAX_NOTICE_WORDS = 400
_MIN_NOTICE_COOKIES = 3
"""A consent notice may run long ("When you visit our website, we store cookies …"): one naming cookies this
often, in the site's voice, goes up to ``_MAX_NOTICE_WORDS``."""
_MAX_BUTTON_CHARS = 40
_MAX_PROMPT_CHARS = 600
_MAX_BOX_WORDS = 30
_SIGN_UP_TO = re.compile(r"^(?:sign up|subscribe) (?:to|for) \S")
_MAX_SIGN_UP_WORDS = 8
"""A short "Sign up to <Newsletter Name>" line is a prompt though the name holds no offer word."""
_PROMISE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lexicon.SIGNUP_PROMISES) + r")\b")
_CONSENT = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lexicon.SIGNUP_CONSENT) + r")\b")
_SIGNUP_ACT = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lexicon.SIGNUP_ACTS) + r")\b")
_SIGNUP_LEAD = phrase_regex(lexicon.SIGNUP_LEADS, prefix=True)
_CONSENT_WORDS = reduce_keys(lexicon.SIGNUP_CONSENT)
"""Words of which every consent phrase holds one."""
_FINE_PRINT_KEYS = search_keys(
    (*lexicon.SIGNUP_CONSENT, *(lead for lead in lexicon.SIGNUP_LEADS if lead != "you're all set"), "set")
)
"""Fine print holds a consent phrase or opens with a sign-up lead. "You're all set" is found by "set": its first
longest word, "you", is in most paragraphs, which were all tested for fine print."""
_MAX_FINE_PRINT_WORDS = 80
_CALL = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lexicon.CALL_TO_ACTION) + r")\b")
_CALL_KEYS = search_keys(lexicon.CALL_TO_ACTION)
_MAX_CALL_WORDS = 25
_APP_PROMO = re.compile(r"^(?:" + "|".join(lexicon.APP_PROMO_VERBS) + r") (?:the|our) (?:\S{1,30} ){0,4}app\b")
_PROMO_LEAD = phrase_regex(lexicon.PROMO_LEADS, prefix=True)
_PROMO_KEYS = scan_keys((" app", "be the first"))
_PLATFORM = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in lexicon.LISTENING_PLATFORMS) + r")\b")
_PLATFORM_KEYS = search_keys(lexicon.LISTENING_PLATFORMS)
_LISTENING_LEAD = phrase_regex(lexicon.LISTENING_LEADS, prefix=True)
_MIN_PLATFORMS = 2
_EMAIL = re.compile(rf"(?<![\w.+-]){EMAIL_ADDRESS}")
_CONTACT_CUE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lexicon.CONTACT_CUES) + r")\b")
_CONTACT_KEYS = scan_keys(("@",))
_MAX_CONTACT_WORDS = 40
_MAX_CONTACT_SENTENCES = 3
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
_BIO_OPENING = re.compile(r"^(?:[A-Z][\w'’.-]* ){1,4}(?:" + "|".join(lexicon.BIO_VERBS) + r")\b")
"""An author bio ("Jo Bloggs is a reporter … Email: jo@example.com"): left to chrome.author_bio, which knows bios."""
_MAX_PROMO_WORDS = 10
_MAX_PROMO_CHARS = 120
_APPEAL = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lexicon.APPEAL_CUES) + r")\b")
_APPEAL_KEYS = search_keys(lexicon.APPEAL_CUES)
_APPEAL_TOPIC = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lexicon.APPEAL_TOPICS) + r")\b")
_OUR_VOICE = re.compile(r"\b(?:we|our|us)\b")
_READER_VOICE = re.compile(r"\b(?:we|our|us|you|your)\b")
_QUOTES = re.compile('["“”]')
_MAX_APPEAL_WORDS = 80
_MAX_APPEAL_HEADING_WORDS = 8
_APPEAL_REACH = 8
_MAX_APPEAL_HEADINGS = 2
"""Non-blank lines an appeal box reaches either side of the line that asks for money."""


@cleaner("chrome.newsletter")
def newsletter(draft: Draft) -> Draft:
    """Drop newsletter, subscription and paywall prompts ("Sign up for our … newsletter")."""
    lines = draft.lines
    offer_keyed = lines_with_any(lines, _OFFER_KEYS)
    offers = {i for i in offer_keyed if _is_offer(lines[i].text)}
    drops = {i for i in offers if _is_prompt(lines[i].text)}
    candidates = set(offer_keyed).union(lines_with_any(lines, _FINE_PRINT_KEYS))
    drops.update(i for i in candidates if _is_fine_print(lines[i].text))
    # A sign-up box is several lines; an offer line touching a prompt (no blank between) is part of it.
    grown = sorted(drops)
    while grown:
        i = grown.pop()
        for j in (i - 1, i + 1):
            if j in offers and j not in drops and len(words(lines[j].text)) <= _MAX_BOX_WORDS:
                drops.add(j)
                grown.append(j)
    # And so is a short line between two of its lines that promises what the newsletter brings ("Breaking space
    # news, the latest updates on rocket launches …"), though it names no offer; a paragraph between two prompts
    # promises nothing.
    under = {below for i in drops if (below := next_nonblank(lines, i)) is not None and below not in drops}
    drops.update(
        k
        for k in under
        if next_nonblank(lines, k) in drops
        and len(words(lines[k].text)) <= _MAX_BOX_WORDS
        and _PROMISE.search(lines[k].text.lower())
    )
    return draft.drop(drops, "chrome.newsletter", "subscription prompt")


@cleaner("chrome.cookie")
def cookie(draft: Draft) -> Draft:
    """Drop cookie and consent banners and their buttons."""
    lines = draft.lines
    # A banner line names cookies or consent; only a button ("Accept all") may be short and not.
    # On a short line not naming them, a literal test of the normalised line: a button phrase, or a key joined
    # across emphasis marks ("coo**kies**").
    buttons = (
        i
        for i in lines_with_any(lines, _BUTTON_KEYS)
        if len(text := lines[i].text) <= _MAX_BUTTON_CHARS
        and ((low := norm(text)).startswith(lexicon.COOKIE_BUTTONS) or _COOKIE_KEY.search(low))
    )
    candidates = set(lines_with_any(lines, _COOKIE_KEYS)).union(buttons)
    drops = [i for i in candidates if _is_consent_line(lines[i].text)]
    return draft.drop(drops, "chrome.cookie", "cookie banner")


@cleaner("chrome.appeal")
def appeal(draft: Draft) -> Draft:
    """Drop donation and membership appeals: the line asking for money and the site's pitch around it."""
    drops: set[int] = set()
    for i in lines_with_any(draft.lines, _APPEAL_KEYS):
        if i not in drops and _is_appeal(draft.lines[i].text):
            drops.add(i)
            for step in (-1, 1):
                drops.update(_appeal_box(draft, i, step))
    return draft.drop(drops, "chrome.appeal", "donation appeal")


@cleaner("chrome.call_to_action")
def call_to_action(draft: Draft) -> Draft:
    """Drop short promos that send the reader elsewhere ("CLICK HERE TO GET THE APP", "Mobile users go here",
    "Install the News app for free", "Listen on Spotify and Apple Podcasts") and short lines offering an e-mail
    address ("Contact Jo at jo@example.com")."""
    lines = draft.lines
    drops = [
        i
        for i in lines_with_any(lines, _CALL_KEYS)
        if len(words(lines[i].text)) <= _MAX_CALL_WORDS and _CALL.search(lines[i].text.lower())
    ]
    drops += [i for i in lines_with_any(lines, _PROMO_KEYS) if _is_promo(lines[i].text)]
    drops += [i for i in lines_with_any(lines, _CONTACT_KEYS) if _is_contact(lines[i].text)]
    drops += [i for i in lines_with_any(lines, _PLATFORM_KEYS) if _is_listening_promo(lines[i].text)]
    return draft.drop(sorted(set(drops)), "chrome.call_to_action", "call to action")


def _is_listening_promo(text: str) -> bool:
    """A short line sending the reader to listen elsewhere, naming two platforms or more ("Listen to Short Wave on
    Spotify, Apple Podcasts and Google Podcasts")."""
    if len(words(text)) > _MAX_CALL_WORDS:
        return False
    line = norm(text)
    return bool(_LISTENING_LEAD.match(line)) and len(set(_PLATFORM.findall(line))) >= _MIN_PLATFORMS


def _is_contact(text: str) -> bool:
    """A short line giving the reader an e-mail address to write to ("Contact Jo Bloggs at jo@example.com")."""
    if (address := _EMAIL.search(text)) is None or len(words(text)) > _MAX_CONTACT_WORDS:
        return False
    rest = text[: address.start()] + text[address.end() :]
    # A paragraph of several sentences that ends by offering an address is body ("… should contact x@nasa.gov").
    if len(_SENTENCE_END.findall(rest)) >= _MAX_CONTACT_SENTENCES or _BIO_OPENING.match(text.lstrip(" *•—-_")):
        return False
    # A bare address (a contact box's last line) says nothing else; a sentence around one must offer it.
    return not words(rest) or _CONTACT_CUE.search(rest.lower()) is not None


def _is_consent_line(text: str) -> bool:
    """A consent banner line or button; ``text`` names cookies or consent, or is short."""
    low = text.lower()
    if len(low) > _MAX_BUTTON_CHARS and not _COOKIE.search(low):
        return False
    # A line of n characters holds at most (n + 1) // 2 words: only a long one can pass the word limit.
    if len(text) > 2 * _MAX_BANNER_WORDS:
        count = len(words(text))
        if count > _MAX_BANNER_WORDS and (count > _MAX_NOTICE_WORDS or len(_COOKIE.findall(low)) < _MIN_NOTICE_COOKIES):
            return False
    line = norm(text)
    # Literal tests first: each pattern needs a line that opens with a button phrase or holds a cookie key.
    if line.startswith(lexicon.COOKIE_BUTTONS) and _COOKIE_BUTTON.match(line):
        return True
    return bool(_COOKIE_KEY.search(line) and _COOKIE.search(line) and _COOKIE_CONTEXT.search(line))


def _is_promo(text: str) -> bool:
    if len(text) > _MAX_PROMO_CHARS or len(words(text)) > _MAX_PROMO_WORDS:
        return False
    line = norm(text)
    return bool(_APP_PROMO.match(line) or _PROMO_LEAD.match(line))


def _is_appeal(text: str) -> bool:
    """A line asking the reader for money in the site's voice ("Your contribution of as little as $2 …")."""
    if len(text) > _MAX_PROMPT_CHARS or _QUOTES.search(text):
        return False
    line = norm(text)
    # Cheapest and most selective pattern first: most lines holding an appeal key do not speak to the reader.
    return (
        len(words(text)) <= _MAX_APPEAL_WORDS
        and bool(_READER_VOICE.search(line))
        and bool(_APPEAL_TOPIC.search(line))
        and bool(_APPEAL.search(line))
    )


def _appeal_box(draft: Draft, start: int, step: int) -> list[int]:
    """Lines next to the appeal at ``start`` (going by ``step``) that belong to its box: more appeals and the
    site's pitch about its journalism ("At Example, we believe …"); above them, at most two short headings."""
    lines = draft.lines
    box: list[int] = []
    seen = headings = 0
    j = start + step
    while 0 <= j < len(lines) and seen < _APPEAL_REACH:
        if abs(lines[j].no - lines[j - step].no) > 1:
            break
        text = lines[j].text
        if not lines[j].blank:
            seen += 1
            if not headings and _in_appeal(text):
                box.append(j)
            elif step < 0 and headings < _MAX_APPEAL_HEADINGS and _is_heading(text):
                headings += 1
                box.append(j)
            else:
                break
        j += step
    return box


def _in_appeal(text: str) -> bool:
    if len(text) > _MAX_PROMPT_CHARS or _QUOTES.search(text):
        return False
    line = norm(text)
    pitch = len(words(text)) <= _MAX_APPEAL_WORDS and bool(_OUR_VOICE.search(line) and _APPEAL_TOPIC.search(line))
    return pitch or _is_appeal(text)


def _is_heading(text: str) -> bool:
    return len(words(text)) <= _MAX_APPEAL_HEADING_WORDS and not norm(text).endswith((".", ",", ";"))


def _is_fine_print(text: str) -> bool:
    """Sign-up fine print and checkbox labels ("By submitting your information you agree to the Terms …")."""
    if len(text) > _MAX_PROMPT_CHARS:
        return False
    line = _folded(text)
    # Literal tests first: fine print opens with a sign-up lead or holds a consent word.
    lead = line.startswith(lexicon.SIGNUP_LEADS)
    if not (lead or _holds_any(line, _CONSENT_WORDS)) or len(words(text)) > _MAX_FINE_PRINT_WORDS:
        return False
    return bool((lead and _SIGNUP_LEAD.match(line)) or (_CONSENT.search(line) and _SIGNUP_ACT.search(line)))


def _is_offer(text: str) -> bool:
    """A line short enough for a prompt or a sign-up box that names an offer ("newsletter", "free trial").

    A longer line cannot be a prompt or join a box, so it is spared the search for offer words.
    """
    return (
        len(text) <= _MAX_PROMPT_CHARS
        and len(words(text)) <= max(_MAX_WORDS, _MAX_BOX_WORDS)
        and bool(_OFFER.search(text.lower()))
    )


def _is_prompt(text: str) -> bool:
    count = len(words(text))
    if count > _MAX_WORDS:
        return False
    line = _folded(text)
    if _LEAD.match(line):
        # The offer must follow the call to action: "Sign up for the vaccine" is news, not a prompt.
        rest = line[_lead_length(line) :]
        if _OFFER.search(rest):
            return True
        return bool(_SIGN_UP_TO.match(line)) and (
            count <= _MAX_SIGN_UP_WORDS or (count <= _MAX_PITCH_WORDS and bool(_PROMISE.search(rest)))
        )
    if count <= 8:
        return bool(_OFFER.search(line)) and not line.endswith(".")
    # "Want to keep up? Subscribe to our email newsletter": the site pitching two offers to "you".
    offers = {m.group(0).rstrip("s") for m in _OFFER.finditer(line)}
    return count <= _MAX_PITCH_WORDS and len(offers) >= 2 and bool(_SITE_VOICE.search(line))


def _holds_any(line: str, keys: tuple[str, ...]) -> bool:
    """Whether ``line`` contains one of ``keys``: on a long line a few substring tests beat a search for them all."""
    return any(map(line.__contains__, keys))


def _folded(text: str) -> str:
    """``norm(text)`` with curly apostrophes straightened, as the lexicon spells them ("don't miss")."""
    return norm(text).replace("’", "'")


def _lead_length(line: str) -> int:
    return max((len(p) for p in lexicon.NEWSLETTER_LEADS if line.startswith(p)), default=0)
