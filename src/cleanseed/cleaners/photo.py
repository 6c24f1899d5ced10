"""Pictures and charts in flat text: credit and source lines, and the captions written just above them."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from ..document import Draft, Line
from . import lexicon
from ._base import cleaner
from ._dates import find_date
from ._scan import lines_with_any, norm_keys, scan_keys, search_keys
from ._text import is_prose, is_sentence, next_nonblank, norm, words

_AGENCY = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in lexicon.AGENCIES) + r")(?!\w)")
_CREDIT_WORD = "|".join(re.escape(w) for w in sorted(lexicon.CREDIT_WORDS, key=len, reverse=True))
_OPENER = rf"(?:{_CREDIT_WORD})(?:\s{{0,3}}[:©/,]|\s{{1,3}}by\s)"
_CAPTION_LEAD = re.compile(r"^(?:" + "|".join(lexicon.CAPTION_LEADS) + r")\s{0,3}[,:]\s{0,3}\S")
_PREFIX = re.compile(rf"^(?:{_OPENER}|(?:{'|'.join(lexicon.CREDIT_LEADS)})\b)")
# The credit closes the line; its initials ("Anna J. Walsh") may hold a full stop, its end may not.
_EMBEDDED = re.compile(rf"(?:^|[(\s])(?:{_OPENER})\s{{0,2}}[^!?]{{1,100}}(?<![.!?])$")
_LISTED = re.compile(rf"(?<!\w)(?:{_CREDIT_WORD}),\s{{1,3}}(?-i:[a-z])", re.I)
"""A credit word in a list of nouns ("brighter results in photos, videos"): the comma opens no credit."""
_CREDIT_LABEL = "|".join(re.escape(w) for w in sorted(lexicon.CREDIT_LABELS, key=len, reverse=True))
# "… from a helicopter. Credit: IMO." The credit after a sentence end or a bar (or glued to it, as flattening
# leaves "… 1882.Credit: State Library") may hold full stops ("Sannino et al., doi: 10.1073/…") and end in one, as
# the caption's sentences do; a capital opens it, so "gave her credit: she won." stays.
_LABELLED_TAIL = re.compile(rf"(?:^|[.!?|]\s{{0,3}})(?i:{_CREDIT_LABEL})\s{{0,2}}:\s{{0,2}}[A-Z][^!?]{{0,120}}$")
_NAMED_TAIL = re.compile(
    rf"(?:^|[.!?|][\"'’”]?\s{{1,3}})(?i:{_CREDIT_WORD})(?:\s{{0,2}}:|\s{{1,3}}(?i:by))\s{{0,2}}"
    r"(?!The )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}\.$"
)
"""A caption's last sentence crediting a person, closed by a stop ("… see daylight. Photograph by Rob Brunner.")."""
_CREDIT_KEYS = norm_keys((*lexicon.CREDIT_WORDS, *lexicon.CREDIT_LEADS, *lexicon.AGENCIES))
"""A credit line opens with a credit word or lead, or names an agency: the page index names the lines that may (a
sixth of the short ones on the development pages), sparing the others ``is_credit``."""
_CAPTION_KEYS = search_keys(lexicon.CREDIT_WORDS + lexicon.CAPTION_LEADS)
"""A labelled caption holds a caption label or a credit word."""
_BRACKET_KEY = scan_keys((")",))
"""A caption closed by its credit holds a closing bracket, which few lines do."""
_SLASH_KEY = scan_keys(("/",))
"""A caption closed by a bare "Photographer/Agency" credit holds a slash."""
_AGENCY_WORDS = ("Images", "Shutterstock")
"""Words that end a picture agency's name as a bare credit writes it ("… in Hollywood. AFP via Getty Images")."""
_AGENCY_WORD = re.compile(r"\b(?:" + "|".join(_AGENCY_WORDS) + r")\b")
_AGENCY_WORD_KEYS = scan_keys(w.lower() for w in _AGENCY_WORDS)
_NAME = r"[A-Z][\w'’-]*\.?"
_SLASH_CREDIT = re.compile(
    rf"^(?:{_NAME}\s){{0,3}}{_NAME}\s?/\s?{_NAME}(?:(?:\s|\s?/\s?)(?:{_NAME}|via|of|for|and|the|&)){{0,6}}$"
)
"""A credit in the shape "Name Surname/Outlet" ("Al Bello/Getty Images", "Nuccio DiNuzzo/Chicago Tribune"):
capitalised words about a slash, nothing else."""
# A full stop after a lone capital is an initial or "U.S.", not a sentence's end.
# Flattening may glue the credit to the caption ("… in Brazil.Beyoncé/Instagram") or set it in italics.
_SENTENCE_THEN_CREDIT = re.compile(r"(?<!(?<!\w)[A-Z])[.!?][\"'’”]?\s{0,3}[*_]{0,2}(?=[A-Z])")
_EMPHASIS = " *_"
"""Markdown emphasis around a whole caption ("_… (AP)_"): its credit ends before the closing marks."""
_MIN_CAPTION_WORDS = 4
_MAX_NAMED_TAIL_CHARS = 100
_MAX_OUTLET_CHARS = 60
_SOURCE = re.compile(rf"^(?:{'|'.join(sorted(lexicon.SOURCE_LABELS, key=len, reverse=True))})\s{{0,2}}:\s{{0,2}}\S")
_SOURCE_KEYS = search_keys(lexicon.SOURCE_LABELS)
_MAX_SOURCE_WORDS = 15
_CUE = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.CAPTION_CUES) + r")(?!\w)")
_CONNECTORS = frozenset(
    ["via", "for", "of", "and", "photo", "photos", "images", "image", "staff", "file", "handout", "supplied"]
)
_CREDIT_TAIL = re.compile(r"\(([^()]{1,120})\)\s*$")
_MAX_CREDIT_WORDS = 14
_BARE_LABELS = frozenset(lexicon.CREDIT_WORDS)
_MAX_LABELLED_NAME_WORDS = 8
_MAX_CREDIT_CHARS = 200
_MAX_CAPTION_WORDS = 70
_MAX_SLASH_CREDIT_CHARS = 100
_MAX_FIGURE_CAPTION_WORDS = 40
_SLIDE_KEYS = scan_keys((*(f"{d} of " for d in range(10)), *(f"{d} / " for d in range(10))))
_SLIDE_COUNTER = re.compile(r"^[\W_]*((?:image|photo|picture|slide) )?(\d{1,3}) (?:of|/) (\d{1,3})[\W_]*$", re.I)
"""A gallery's slide counter alone on its line: "1 of 57", "3 / 7", "1 of 9 |", "Image 1 of 4"."""
_PICTURE_CONTROLS = frozenset(lexicon.PICTURE_CONTROLS)
_PICTURE_CONTROL_KEYS = scan_keys(lexicon.PICTURE_CONTROLS)


def is_credit(text: str) -> bool:
    """A photo credit: "(Photo by … /Getty Images)", "Photograph: …", "Reuters", "AP Photo/Evan Vucci"."""
    tokens = words(text)
    if not tokens or len(tokens) > _MAX_CREDIT_WORDS:
        return False
    line = norm(text).strip("()[] ")
    if _PREFIX.match(line):
        return True
    if len(tokens) > 8 or not _AGENCY.search(line):
        return False
    # Beyond the agency only names may stand: capitalised words or credit connectors, no sentence.
    return all(t[:1].isupper() or t.lower() in _CONNECTORS for t in tokens)


@cleaner("chrome.caption")
def caption(draft: Draft) -> Draft:
    """Drop photo captions: a line ending in its own credit, or a picture description just above a credit line.

    A paragraph above a credit is often body text beside an uncaptioned picture, so the line must
    also read like a caption: agency first, a dated event, or words such as "pictured" or "(left)".
    """
    lines = draft.lines
    credits = set(_credits(lines))
    named = set(lines_with_any(lines, _CAPTION_KEYS))
    # Only these can be captions: a line naming a caption label or credit word, a line closed by a bracket
    # (its own credit), and the line just above a credit.
    closed = {i for i in lines_with_any(lines, _BRACKET_KEY) if lines[i].text.rstrip(_EMPHASIS).endswith(")")}
    above = {j for i in credits if (j := next_nonblank(lines, i, -1)) is not None}
    bare = {i for i in lines_with_any(lines, _SLASH_KEY) if _ends_in_bare_credit(lines[i].text)}
    bare.update(i for i in lines_with_any(lines, _AGENCY_WORD_KEYS) if _ends_in_bare_credit(lines[i].text))
    drops, blocks = [], []
    for i in sorted(named | closed | above | bare):
        line = lines[i]
        if line.blank or i in credits or len(words(line.text)) > _MAX_CAPTION_WORDS:
            continue
        text = norm(line.text)
        after = next_nonblank(lines, i)
        # Adjacent in the source too: once an earlier run removed the real caption, the line above it is
        # not the credit's caption (a date stamp, say), or cleaning twice would remove more.
        above_credit = (
            after is not None and after - i <= 3 and after in credits and lines[after].no - line.no == after - i
        )
        labelled = (
            (
                i in named
                and (
                    _CAPTION_LEAD.match(text)
                    or (_EMBEDDED.search(text) and not _LISTED.search(line.text))
                    or ("credit" in text and _LABELLED_TAIL.search(line.text.rstrip()))
                    or _NAMED_TAIL.search(line.text.rstrip()[-_MAX_NAMED_TAIL_CHARS:])
                )
            )
            or _ends_in_credit(line.text)
            or i in bare
        )
        if labelled or (above_credit and _describes_picture(line.text, text)):
            drops.append(i)
        elif above_credit:
            blocks.append(i)
    # A figure's caption stands alone, a removed line above it: a caption this run drops counts as removed, as it
    # will on a second run.
    dropped = set(drops)
    drops += [i for i in blocks if _figure_block(lines, i, dropped)]
    return draft.drop(drops, "chrome.caption", "photo caption")


def _ends_in_credit(text: str) -> bool:
    """A caption closed by its credit in brackets: "… at the auction. (Valerie Macon / AFP / Getty Images)"."""
    text = text.rstrip(_EMPHASIS)
    match = _CREDIT_TAIL.search(text[-_MAX_CREDIT_CHARS:]) if text.endswith(")") else None
    return match is not None and (is_credit(match.group(1)) or bool(_SLASH_CREDIT.match(match.group(1).strip())))


def _ends_in_bare_credit(text: str) -> bool:
    """A caption whose last sentence is a bare credit: a slash credit ("… in Houston on Dec. 1. Carmen
    Mandato/Getty Images") or a picture agency's ("… in North Hollywood. AFP via Getty Images").

    Initials ("Alberto E. Rodriguez") end sentences too, so every sentence end in the tail is tried as its start.
    """
    text = text.rstrip(_EMPHASIS)
    tail = text[-_MAX_CREDIT_CHARS:]
    if not tail[-1:].isalnum():
        return False
    # Cheap tests first: most lines holding a slash hold it in a link, a date or a fraction, not near their end.
    slash = tail.rfind("/")
    slashed = slash >= 0 and len(tail) - slash <= _MAX_OUTLET_CHARS
    agency = _AGENCY_WORD.search(tail, max(0, len(tail) - _MAX_OUTLET_CHARS)) is not None
    if not (slashed or agency):
        return False
    for end in _SENTENCE_THEN_CREDIT.finditer(tail):
        credit = tail[end.end() :]
        if _SLASH_CREDIT.match(credit) or (agency and _AGENCY_WORD.search(credit) and is_credit(credit)):
            return len(words(text[: len(text) - len(tail) + end.start()])) >= _MIN_CAPTION_WORDS
    return False


def _credits(lines: Sequence[Line]) -> list[int]:
    """Positions of the lines that are photo credits: named by a credit word or agency, or bare "Name/Outlet"."""
    found = {i for i in lines_with_any(lines, _CREDIT_KEYS) if _credit_line(lines[i].text)}
    found.update(i for i in lines_with_any(lines, _SLASH_KEY) if _slash_credit_line(lines[i].text))
    return sorted(found)


def _slash_credit_line(text: str) -> bool:
    """A line that is a bare credit in the shape "Name Surname/Outlet" ("Clay Enos/Netflix", "ITV News / YouTube")."""
    return len(text) <= _MAX_SLASH_CREDIT_CHARS and bool(_SLASH_CREDIT.match(text.strip()))


@lru_cache(maxsize=1 << 16)
def _credit_line(text: str) -> bool:
    """A whole line that is a photo credit; cached, as the caption and credit cleaners ask it of the same lines."""
    return bool(text.strip()) and len(text) <= _MAX_CREDIT_CHARS and is_credit(text)


def _figure_block(lines: Sequence[Line], i: int, dropped: Collection[int]) -> bool:
    """The line at ``i`` and the credit right under it stand alone as one block, as a figure's caption and credit
    do: no blank line between them, a blank line (or a line removed, or ``dropped``) above, and the line a short
    sentence. Body text beside a picture is set off from the credit by a blank line, or runs on from the line
    above."""
    if i + 1 >= len(lines) or lines[i + 1].blank or lines[i + 1].no != lines[i].no + 1:
        return False
    # A caption is a sentence; a subheading set above a picture is not ("Trench coat with casual clothes").
    if len(words(lines[i].text)) > _MAX_FIGURE_CAPTION_WORDS or not is_prose(lines[i].text):
        return False
    return i > 0 and (lines[i - 1].blank or lines[i - 1].no != lines[i].no - 1 or i - 1 in dropped)


def _describes_picture(raw: str, text: str) -> bool:
    """Reads like a caption: agency first, a picture cue ("pictured", "(left)"), or a dated event told in a caption's
    few words; a paragraph of the story that happens to name a date runs longer."""
    opening = words(raw)[:1]
    agency_first = bool(opening) and opening[0].isupper() and len(opening[0]) > 1 and bool(_AGENCY.match(text))
    dated = len(words(raw)) <= _MAX_FIGURE_CAPTION_WORDS and find_date(raw) is not None
    return agency_first or dated or bool(_CUE.search(text))


@cleaner("chrome.credit")
def credit(draft: Draft) -> Draft:
    """Drop photo credit lines ("Photo: AP", "(Photo by X/Getty Images)", "Reuters"), a bare "Credit:" label
    with the name on the line under it, as html2text splits a credit's label from its text, and the source line
    of a chart or picture ("Source: Bureau of Labor Statistics.")."""
    lines = draft.lines
    drops = _credits(lines)
    for i in lines_with_any(lines, _CAPTION_KEYS):
        if norm(lines[i].text) in _BARE_LABELS and lines[i].text.rstrip().endswith(":"):
            name = next_nonblank(lines, i)
            drops += [i, name] if name is not None and _credited_name(lines[name].text) else [i]
    reasons = {i: "source line" for i in lines_with_any(lines, _SOURCE_KEYS) if _source_line(lines[i].text)}
    reasons.update(dict.fromkeys(_slide_counters(lines), "slide counter"))
    reasons.update(dict.fromkeys(_picture_controls(lines), "picture control"))
    reasons.update(dict.fromkeys(drops, "photo credit"))
    return draft.drop_each(reasons, "chrome.credit")


def _slide_counters(lines: Sequence[Line]) -> list[int]:
    """Positions of a gallery's slide counters ("1 of 57" … "57 of 57"): of one total, counting from the first slide,
    so a line of review scores ("8 / 10", "7 / 10") or a lone fraction is not one."""
    slides: dict[int, dict[int, int]] = {}
    for i in lines_with_any(lines, _SLIDE_KEYS):
        text = lines[i].text
        if len(text) <= 30 and (match := _SLIDE_COUNTER.match(text.strip())):
            slide, total = int(match[2]), int(match[3])
            if 1 <= slide <= total:
                # A counter naming what it counts ("Image 1 of 4") is one on its own.
                slides.setdefault(0 if match[1] else total, {})[i] = slide
    return sorted(
        i
        for total, found in slides.items()
        if total == 0 or (1 in found.values() and len(set(found.values())) > 1)
        for i in found
    )


def _picture_controls(lines: Sequence[Line]) -> list[int]:
    """Positions of a picture's buttons alone on a line ("Enlarge this image", "toggle caption")."""
    return [i for i in lines_with_any(lines, _PICTURE_CONTROL_KEYS) if norm(lines[i].text) in _PICTURE_CONTROLS]


def _source_line(text: str) -> bool:
    """A short line naming a chart's or a picture's source ("Sources: Bureau of Economic Analysis, Morningstar.")."""
    return len(words(text)) <= _MAX_SOURCE_WORDS and _SOURCE.match(norm(text).strip("[]() ")) is not None


def _credited_name(text: str) -> bool:
    """A few capitalised words with no sentence end: the photographer or agency under a bare credit label."""
    tokens = words(text)
    return 0 < len(tokens) <= _MAX_LABELLED_NAME_WORDS and text.strip()[:1].isupper() and not is_sentence(text)
