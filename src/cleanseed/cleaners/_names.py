"""Person names and byline lines: which words of a line name people ("By Anna Walsh and Anna Patel, Reuters").

Shared by the byline, date, title and author-bio cleaners and by the byline signal; lexicons in ``lexicon.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon
from ._dates import find_date, is_timestamp
from ._text import EMAIL_ADDRESS, plain, words

BY_PREFIX = re.compile(
    r"^(?:(?:" + "|".join(re.escape(p) for p in lexicon.BYLINE_PREFIXES) + r")\s{1,3}|(?-i:By(?=[A-Z][a-z])))", re.I
)
"""A by-prefix, spaced or glued to the name as captures of "By<a>Anna Walsh</a>" spell it ("ByAnna Walsh")."""
BYLINE_INFIX = re.compile(r"\s(?:" + "|".join(re.escape(p) for p in lexicon.BYLINE_INFIXES) + r")\s", re.I)
"""Where the author's name starts inside a line ("Amie Mock as told to Heather Eastman")."""
_SPLIT = re.compile(r"\s{0,3}([,;|&•·]|(?<=\s)[-–—](?=\s)|\b(?:and|with|for|published|updated|posted)\b)\s{0,3}", re.I)
_LABELS = "Published|Updated|Posted"
_GLUED_LABEL = re.compile(rf"(?<=[a-z])(?=(?:{_LABELS})\b)")
"""Captures glue a stamp's label to the name before it ("By Anna WalshPublished: Dec 22, 2023")."""
_LABEL = re.compile(_LABELS)
"""Searched first: a pattern opening with a lookbehind is tried at every position, one of literals is not."""
_GLUED_WORD = re.compile(r"([a-z]{3})(?=[A-Z][a-z])")
"""Captures glue a name to the role or section after it ("Deborah NetburnStaff Writer"); a capital after three
lower-case letters is such a seam, not one inside a name ("McEntyre", "MacKenzie", "DeShawn")."""
_CASE_SEAM = re.compile(r"[a-z][A-Z]")
"""A cheaper first test for ``_GLUED_WORD``."""
_ESCAPE = re.compile(r"\\([-\\`*_{}\[\]()#+.!|])")
"""A markdown escape ("Anna Walsh \\- @annawalsh"), as html2text writes some punctuation."""
_HANDLE = re.compile(r"@[\w.]{0,30}")
LEAD_MARKS = " /|·•–—-"
_DIGIT = re.compile(r"\d")
_DOMAIN = re.compile(r"\w\.(?:com|org|net|co\.uk|com\.au|ca|io)\b", re.I)
_CONTACT = re.compile(rf"{EMAIL_ADDRESS}|@\w{{1,30}}|https?://\S{{1,300}}")
"""An e-mail address, a handle or a link: a byline's contact segment, no name and no outlet."""
_MORE_NAMES = re.compile(r"\+?\s?\d{1,4}\s(?:more|others)", re.I)
"""The count of names a list leaves out ("+55 more")."""
_SEPARATOR_CHAR = re.compile(r"[,;|&•·]")
_CONJUNCTION = re.compile(r"^(?:&|and)$", re.I)
_GENERATIONS = frozenset(["III", "IV", "VI", "VII", "VIII"])
"""Suffixes of a name in capitals ("George T. Conway III") that are no acronym."""
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’]{0,30}(?:-[A-Z]?[\w'’]{1,30})?\.?|[A-Z]\.(?:[A-Z]\.)?)$")
_SENTENCE_ENDS = (".", "!", "?", '"', "”")
MAX_BYLINE_WORDS = 25
_MAX_OUTLET_WORDS = 5
_NOT_NAME_WORDS = (
    lexicon.NOT_PERSON_WORDS
    | lexicon.ROLE_WORDS
    | lexicon.ROLE_QUALIFIERS
    | lexicon.INTERFACE_WORDS
    | lexicon.HEADLINE_WORDS
)
_MAX_ROLE_WORDS = 6
_READ_TIME = re.compile(
    r"(?:(?:\s|(?<=[^\W\d_]))\d{1,3}[\s-]?(?:min|mins|minute|minutes)\.?|\s(?:long|short|quick))\s+read$", re.I
)
"""A reading time closing a byline ("By Anna Walsh 3 minute Read", "By Anna Walsh long Read"), or glued to it as
captures run a link's text into the next ("By Associated Press3 minute Read")."""
_PICTURE_AGENCY = re.compile(r"\b(?:images|photos|pictures|photography)\b", re.I)
"""An outlet that is a picture agency ("James Manning - PA Images | Getty Images"): a photographer's credit."""
_BIO_TAIL = re.compile(r" ?, (?=(?:a|an|one|the|who|whose|is|has)\s)")
"""Where a writer's bio, an appositive in lower case, follows the name ("By Amrita Khalid, one of the authors of …")."""
_PLACE_TAIL = re.compile(r" in (?!The )[A-Z][\w.'’-]{1,30}(?:,? [A-Z][\w.'’-]{1,30}){0,2}$")
"""Where the writers filed from, closing a byline ("Joanna Walters and Edward Helmore in New York"); not a title
("LaKeith Stanfield and Clark Backo in The Changeling": a caption)."""
_AGENCY_CUT = re.compile(r"\s*(?:[,;|•·]|\s[-–—](?:\s|$))")
"""Where an organisation's name in a byline ends: a separator ("By Team Ebony | September 21")."""
_AGENCY_TOKEN = re.compile(r"^[A-Z][\w'’&-]{0,30}$")
_MAX_AGENCY_WORDS = 6


def person_name(text: str) -> str | None:
    """``text`` as a person's name ("Kali Hays", "Ursula von der Leyen"), or ``None``."""
    tokens = _read_once(" ".join(plain(text).split()).strip(" ,;:").split())
    name = " ".join(tokens)
    if len(tokens) > 2 and _is_credential(tokens[-1]):
        while len(tokens) > 2 and _is_credential(tokens[-1]):
            tokens.pop()  # "Lauren Manaker MS"
        name = " ".join(tokens)
    if not 2 <= len(tokens) <= 5 or not _NAME_TOKEN.match(tokens[0]) or not _NAME_TOKEN.match(tokens[-1]):
        return None
    if _CASE_SEAM.search(name) and _GLUED_WORD.search(name):
        return None  # "TravelNorth AmericaUSA", "AdvertiseNewslettersHelp Center": menu entries run together
    lowered = [t.lower().strip(".") for t in tokens]
    if lowered[0] in ("a", "an") or any(t.endswith(("'s", "’s")) for t in lowered):
        return None  # "Today’s Paper", "A Call": a possessive or an article makes a phrase, not a name
    if any(t in _NOT_NAME_WORDS for t in lowered):
        return None
    if not name.isupper() and any(_is_acronym(t) for t in tokens):
        return None  # "Biden Signs NDAA": a word in capitals in a mixed-case line is an acronym, not a name
    if all(_NAME_TOKEN.match(t) or t.lower() in lexicon.NAME_PARTICLES for t in tokens):
        return name.title() if name.isupper() else name  # "BY ANNA WALSH" names Anna Walsh
    return None


def _read_once(tokens: list[str]) -> list[str]:
    """``tokens`` read once where they say the same twice: an avatar's alt text run into the name it shows ("Anna
    Walsh Anna Walsh", "Associated Press Associated Press")."""
    half = len(tokens) // 2
    return tokens[:half] if half and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:] else tokens


def _is_credential(token: str) -> bool:
    """A degree or licence after a name ("MS", "Ph.D."): in the lexicon, and with two capitals at least."""
    if not token.rstrip(".,")[-1:].isupper():
        return False  # most tokens, at once: a name ends in a lower-case letter, a credential in a capital
    letters = token.replace(".", "").rstrip(",")
    return letters.lower() in lexicon.CREDENTIALS and sum(c.isupper() for c in letters) >= 2


def _is_initialism(token: str) -> bool:
    """A word of two to five capitals ("AP", "ESPN"), the way an outlet signs beside a name."""
    return 2 <= len(token) <= 5 and token.isalpha() and token.isupper()


def _is_acronym(token: str) -> bool:
    letters = token.replace(".", "")
    return len(letters) > 2 and letters.isupper() and letters not in _GENERATIONS


def names_only(text: str) -> tuple[str, ...] | None:
    """The names of a line that is nothing but person names ("Anna Walsh and Anna Patel"), else ``None``.

    Social handles ("Anna Walsh@annawalsh") are no part of the names and are skipped, and so are a separator at
    either end ("Anna Walsh /" over its stamp) and where the writers filed from ("Anna Walsh in New York").
    """
    names = []
    line = " ".join(_HANDLE.sub(" ", plain(text)).split()).strip(LEAD_MARKS)
    for _, part in _segments(_PLACE_TAIL.sub("", line) if " in " in line else line):
        if not part.strip():
            continue
        name = person_name(part) or _name_then_paper(part.split())
        if name is None:
            return None  # the first part that is no name settles it: the rest need not be read
        names.append(name)
    return tuple(names) or None


def _name_then_paper(tokens: list[str], *, capitals: bool = True) -> str | None:
    """The name of "Craig Meyer USA TODAY NETWORK": a name, then a paper's name, in capitals unless the line
    is a byline already ("By Michael Ruiz Fox News"). Capitals set the paper apart only from a name that has
    small letters ("NASCAR SERIES NEWS" is a menu's entry)."""
    for k in (2, 3):
        tail = tokens[k:]
        if (
            0 < len(tail) <= _MAX_OUTLET_WORDS
            and not (capitals and all(map(str.isupper, tokens[:k])))
            and all((t.isupper() and len(t) > 1) or (not capitals and t[:1].isupper()) for t in tail)
            and tail[-1].lower() in lexicon.NAMEPLATE_WORDS
            and not (len(tail) == 1 and tail[0].lower() in lexicon.AGENCY_ENDINGS)
            and (name := person_name(" ".join(tokens[:k]))) is not None
        ):
            return name
    return None


def byline_names(text: str) -> tuple[str, ...] | None:
    """The person names of a byline line, ``()`` for a staff or agency byline, ``None`` if not a byline."""
    line = " ".join(plain(text).split())
    if _LABEL.search(line):
        line = _GLUED_LABEL.sub(" ", line)
    if "\\" in line:
        line = _ESCAPE.sub(r"\1", line)
    if _CASE_SEAM.search(line):
        line = _GLUED_WORD.sub(r"\1 ", line)
    if _DIGIT.search(line) and (stamp := find_date(line)) is not None and stamp.start > 0:
        line = line[: stamp.start].rstrip(" |,·•-–—:")  # "By Marenah Dobin Dec 23, 2023 12:00 PM Tags"
    if line[-4:].lower() == "read" and (read := _READ_TIME.search(line)) is not None:
        line = line[: read.start()]
    if " in " in line:
        line = _PLACE_TAIL.sub("", line)
    if " @" in line and BY_PREFIX.match(line):
        # After "By", a profile's handle is noise ("By EJ Antoni @RealEJAntoni", "By Anna Walsh - @site").
        line = " ".join(_HANDLE.sub(" ", line).split()).rstrip(LEAD_MARKS + ",:")
    if line.endswith((" on", " at")):
        line = line[:-3]  # "By Anna Walsh on": the stamp that followed is gone, cut here or by meta.dates
    if (bio_names := bio_byline(line)) is not None:
        return bio_names
    if not line or len(words(line)) > MAX_BYLINE_WORDS or line.endswith(_SENTENCE_ENDS):
        return None
    if (infix := BYLINE_INFIX.search(line)) is not None:
        line = line[infix.start() :].lstrip()  # the speaker before "as told to" is no author
    prefix = BY_PREFIX.match(line)
    if not prefix and _PICTURE_AGENCY.search(line):
        return None  # without "By", a name and a picture agency credit a photograph
    names: list[str] = []
    kinds: list[str] = []
    previous = ""
    for separator, segment in _segments(line[prefix.end() :] if prefix else line):
        if not segment.strip() or is_timestamp(segment) or _CONTACT.fullmatch(segment.strip()):
            continue
        if _MORE_NAMES.fullmatch(segment.strip()):
            continue  # "By Anna Walsh, Anna Patel, +55 more": the rest are behind a button
        if " of " in previous and _CONJUNCTION.match(separator):
            continue  # "Institute of Allergy and Infectious Diseases": the "and" goes on with the body's name
        # Initials after a name sign an outlet ("Mike Coppinger, ESPN"), not after a shout ("EXCUSE ME, WHUT").
        after_name = kinds[-1:] == ["name"] and not previous.isupper()
        previous = segment
        # A name after "and" may carry its role or paper as the first does ("… and Adam Sennott Globe Staff").
        first = not kinds or (after_name and _CONJUNCTION.match(separator) is not None)
        kind, name = _segment(segment, first=first, opening=not prefix and not kinds, after_name=after_name)
        if kind == "unknown" or (not prefix and not kinds and not kind.startswith("name")):
            return None  # without "By", a line that does not open with a name is no byline, whatever follows
        if kind == "role" and kinds[-1:] == ["name"] and _CONJUNCTION.match(separator):
            # "Sandhya Kambhampati Data and Graphics Journalist": the role began inside the name.
            names[-1] = first_name_tokens(names[-1])
        if name is not None:
            names.append(name)
        kinds.extend(kind.split("+"))
    if not kinds:
        return None
    if prefix:
        return tuple(names) if kinds[0] == "name" or not names else None
    # Without "By", a byline is names with roles or outlets: "Lily Jamali, Technology correspondent and …".
    return tuple(names) if names and kinds[0] == "name" and {"role", "outlet"} & set(kinds) else None


def bio_byline(line: str) -> tuple[str, ...] | None:
    """The person names of a by-line that runs on into the writer's bio, an appositive in lower case ("By Amrita
    Khalid, one of the authors of …", "By Anna Walsh, who covers …"), else ``None``: "By December, the …" names no
    one."""
    if not BY_PREFIX.match(line) or (bio := _BIO_TAIL.search(line)) is None:
        return None
    return byline_names(line[: bio.start()]) or None


def agency_name(text: str, host: str = "") -> str | None:
    """The organisation a "By" line names where it names no person ("By Associated Press", "by University of
    Tokyo", "By Slate Staff | Dec 20, 2023"), else ``None``.

    A name of several words must show it is an organisation's (see :func:`names_organisation`): "By The Numbers"
    heads a box of figures in many a story.

    Its words are capitalised but for joiners ("of", "for"), and one word alone has a capital inside ("AJLabs"): a
    lone dictionary word ("Sort By Country") is a menu's.
    """
    line = " ".join(plain(text).split()).strip("*_#> ")
    prefix = BY_PREFIX.match(line)
    if prefix is None:
        return None
    rest = line[prefix.end() :].lstrip(LEAD_MARKS)  # "By — Associated Press": a bare "By" joined to the line under it
    if _DIGIT.search(rest) and (stamp := find_date(rest)) is not None:
        rest = rest[: stamp.start]
    if rest[-4:].lower() == "read" and (read := _READ_TIME.search(rest)) is not None:
        rest = rest[: read.start()]
    name = _AGENCY_CUT.split(rest, maxsplit=1)[0].rstrip()
    if (last := name.rsplit(None, 1)[-1] if name else "").islower() and last in lexicon.NOT_PERSON_WORDS:
        name = name[: -len(last)]  # "By Chicago Tribune staff": the paper's staff sign as the paper
    agency = agency_shaped(" ".join(_read_once(name.split())))
    return agency if agency is not None and names_organisation(agency, host) else None


def names_organisation(name: str, host: str = "") -> bool:
    """Whether a capitalised phrase shows it names an organisation: one word (``agency_shaped`` has asked it for a
    capital inside: "AJLabs", "AFP"), a word organisations are named with ("Press", "Staff", "University"), a word
    with a capital inside, or the page's own host spelt out ("The Citizen" on thecitizen.com)."""
    tokens = name.split()
    if len(tokens) == 1 or any(t.lower() in lexicon.ORGANISATION_WORDS for t in tokens):
        return True
    if any(not t.isupper() and any(map(str.isupper, t[1:])) for t in tokens):
        return True
    squashed = "".join(tokens).lower()
    return len(squashed) >= 4 and squashed in host.replace("-", "").lower()


def agency_shaped(text: str) -> str | None:
    """``text`` as an organisation's name, or ``None``: up to six words, capitalised but for joiners ("of", "for"),
    no digits and no web address; one word alone has a capital inside ("AJLabs", not "Country")."""
    name = " ".join(text.split())
    tokens = name.split()
    if not 0 < len(tokens) <= _MAX_AGENCY_WORDS or _DIGIT.search(name) or _DOMAIN.search(name):
        return None
    if not (_AGENCY_TOKEN.match(tokens[0]) and _AGENCY_TOKEN.match(tokens[-1])):
        return None
    if not all(_AGENCY_TOKEN.match(t) or t in lexicon.NAME_JOINERS for t in tokens):
        return None
    if len(tokens) == 1 and not any(c.isupper() for c in name[1:]):
        return None
    return name


def _segments(text: str) -> Iterator[tuple[str, str]]:
    """Each segment of ``text`` between byline separators, with the separator before it ("" before the first).

    One at a time: most lines are told apart from a byline by their first segment, and need not be split whole.
    """
    start, separator = 0, ""
    for match in _SPLIT.finditer(text):
        yield separator, text[start : match.start()]
        start, separator = match.end(), match.group(1)
    yield separator, text[start:]


def _segment(segment: str, *, first: bool, opening: bool = False, after_name: bool = False) -> tuple[str, str | None]:
    """Classify one byline segment as ``name``, ``role``, ``outlet``, ``other`` or ``unknown``.

    An ``opening`` segment (the first of a line without "By") matters only as a name or not: it is ``other`` as
    soon as it can be no name.
    """
    name = person_name(segment)
    if name is not None:
        return "name", name
    tokens = segment.split()
    if first and (name := _name_then_paper(tokens, capitals=False)) is not None:
        return "name+outlet", name
    if opening and tokens[-1].lower() not in lexicon.ROLE_WORDS:
        return "other", None  # the one name left to find is one glued to its role ("Anna Walsh Wellness Writer")
    if _DOMAIN.search(segment):
        return "outlet", None  # "Rivals.com", "cleveland.com"
    if len(tokens) == 1 and _is_credential(tokens[0]):
        return "role", None  # "Sherri Gordon, CLC"
    lowered = {w.lower() for w in words(segment)}
    if lowered & lexicon.ROLE_WORDS:
        lead = person_name(" ".join(tokens[:2]))
        # "Jessica Rendall Wellness Writer": a name glued to its role, only as the line's first segment.
        if first and lead is not None and tokens[-1].lower() in lexicon.ROLE_WORDS:
            return "name+role", lead
        return "role", None
    if lowered and lowered <= lexicon.NOT_PERSON_WORDS:
        return "outlet", None  # "admin", "staff", "the editors"
    if after_name and len(tokens) == 1 and _is_initialism(tokens[0]):
        return "outlet", None  # "Mike Coppinger, ESPN", "Anna Walsh, AP": an outlet's initials, right after the name
    if not segment[:1].isupper() or len(tokens) > _MAX_OUTLET_WORDS:
        return "unknown", None
    return ("outlet" if lowered & lexicon.NOT_PERSON_WORDS else "other"), None


def first_name_tokens(name: str) -> str:
    tokens = name.split()
    keep = 3 if len(tokens) > 2 and (len(tokens[1]) <= 2 or tokens[1].lower() in lexicon.NAME_PARTICLES) else 2
    return " ".join(tokens[:keep])


def is_role_line(text: str) -> bool:
    """A journalist's role line ("Political reporter", "Culture reporter @handle"): a few words, capitalised,
    ending in a role word."""
    role = _HANDLE.sub(" ", plain(text)).strip(" ·•|")
    tokens = words(role)
    return 0 < len(tokens) <= _MAX_ROLE_WORDS and role[:1].isupper() and tokens[-1].lower() in lexicon.ROLE_WORDS


def link_names(text: str) -> tuple[str, ...]:
    """The person names of an author link's text ("Anna Walsh, Associated Press" -> Anna Walsh; "Amie Mock as told to
    Heather Eastman" -> Heather Eastman)."""
    line = " ".join(plain(text).split())
    if (infix := BYLINE_INFIX.search(line)) is not None:
        line = BY_PREFIX.sub("", line[infix.start() :].lstrip(), count=1)
    parts = [p for p in _SPLIT.split(line)[::2] if p.strip()]
    names = [person_name(p) for p in parts]
    return tuple(n for n in names if n is not None) if names and names[0] is not None else ()


def may_be_byline(text: str) -> bool:
    """A cheap first test: a by-prefix, or a capitalised start with a separator or a closing role word."""
    if ends_sentence(text):
        return False  # the test below, without splitting and joining every line of prose first
    line = " ".join(text.split()).strip("*_#> ")
    if not line or line.endswith(_SENTENCE_ENDS):
        return False
    if BY_PREFIX.match(line) or BYLINE_INFIX.search(line):
        return True
    if not line[0].isupper():
        return False
    last = line.rsplit(None, 1)[-1].lower()
    return bool(_SEPARATOR_CHAR.search(line)) or " and " in line or last in lexicon.ROLE_WORDS


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence; then so do its markup-free and normalised forms, and its tails."""
    return text.rstrip().endswith(_SENTENCE_ENDS)
