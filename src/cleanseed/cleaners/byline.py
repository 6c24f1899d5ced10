"""Bylines and author bios: person names are lifted into ``authors``, the lines dropped."""

from __future__ import annotations

import re

from ..document import Draft
from . import lexicon
from ._base import cleaner
from ._text import body_span, is_prose, norm, plain, words

_PREFIX = re.compile(r"^(?:" + "|".join(re.escape(p) for p in lexicon.BYLINE_PREFIXES) + r")\s{1,3}", re.I)
_SPLIT = re.compile(r"\s{0,3}(?:[,;|&]|\band\b|\bwith\b)\s{0,3}")
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’]{0,30}(?:-[A-Z]?[\w'’]{1,30})?\.?|[A-Z]\.(?:[A-Z]\.)?)$")
_BIO = re.compile(r"^(?:" + "|".join(lexicon.BIO_VERBS) + r")\b|^,")
_BIO_OPENING = re.compile(r"^((?:[\w'’.-]{1,30} ){1,4}?)(?:is|was|has been|covers|writes)\b")
_BIO_ROLE_WINDOW = 15
_ABOUT = re.compile(r"^about the (?:author|writer|reporter)s?$")
_MAX_BYLINE_WORDS = 25
_MAX_BIO_WORDS = 200


def person_name(text: str) -> str | None:
    """``text`` as a person's name ("Kali Hays", "Ursula von der Leyen"), or ``None``."""
    name = " ".join(plain(text).split()).strip(" ,;:")
    tokens = name.split()
    if not 2 <= len(tokens) <= 5 or not _NAME_TOKEN.match(tokens[0]) or not _NAME_TOKEN.match(tokens[-1]):
        return None
    lowered = [t.lower().strip(".") for t in tokens]
    if any(t in lexicon.NOT_PERSON_WORDS or t in lexicon.ROLE_WORDS for t in lowered):
        return None
    if all(_NAME_TOKEN.match(t) or t.lower() in lexicon.NAME_PARTICLES for t in tokens):
        return name
    return None


def byline_names(text: str) -> tuple[str, ...] | None:
    """The person names of a byline line, ``()`` for a staff or agency byline, ``None`` if not a byline."""
    line = " ".join(plain(text).split())
    if not line or len(words(line)) > _MAX_BYLINE_WORDS or line.endswith((".", "!", "?", '"', "”")):
        return None
    prefix = _PREFIX.match(line)
    segments = [s for s in _SPLIT.split(line[prefix.end() :] if prefix else line) if s.strip()]
    if not segments:
        return None
    names: list[str] = []
    kinds = []
    for segment in segments:
        lowered = {w.lower() for w in words(segment)}
        name = person_name(segment)
        if name is not None:
            names.append(name)
            kinds.append("name")
        elif lowered & lexicon.ROLE_WORDS:
            kinds.append("role")
        elif lowered & lexicon.NOT_PERSON_WORDS or (segment[:1].isupper() and len(words(segment)) <= 3):
            kinds.append("other")
        else:
            return None
    if prefix:
        return tuple(names) if kinds[0] == "name" or not names else None
    # Without "By", a byline is names with their roles: "Lily Jamali, Technology correspondent and Kali Hays, …".
    return tuple(names) if names and "role" in kinds and kinds[0] == "name" else None


@cleaner("meta.byline")
def byline(draft: Draft) -> Draft:
    """Lift the authors of the first byline; drop byline lines and lines repeating an author's name."""
    drops = []
    for i, line in enumerate(draft.lines):
        if line.blank:
            continue
        names = byline_names(line.text)
        if names is None:
            continue
        if names:
            draft = draft.lift("authors", tuple(dict.fromkeys(names)), "meta.byline", line=line)
        drops.append(i)
    authors = {a.lower() for a in draft.authors}
    drops.extend(i for i, line in enumerate(draft.lines) if authors and norm(line.text) in authors)
    return draft.drop(drops, "meta.byline", "lifted author")


@cleaner("chrome.author_bio")
def author_bio(draft: Draft) -> Draft:
    """Drop author bios: a line opening with an author's name and "is/has/writes …", or under "About the author".

    Without a lifted author, a first or last paragraph of the form "<Name> is a … reporter" is a bio too.
    """
    authors = [a.lower() for a in draft.authors]
    span = body_span(draft.lines)
    edges = {span[0], span[1]} if span else set()
    drops = []
    for i, line in enumerate(draft.lines):
        text = norm(line.text)
        if not text or len(words(text)) > _MAX_BIO_WORDS:
            continue
        if _ABOUT.match(text) or (
            is_prose(line.text)
            and (
                any(text.startswith(a) and _BIO.match(text[len(a) :].lstrip()) for a in authors)
                or (i in edges and _is_anonymous_bio(line.text))
            )
        ):
            drops.append(i)
    return draft.drop(drops, "chrome.author_bio", "author bio")


def _is_anonymous_bio(text: str) -> bool:
    """ "Starre Vartan is a science writer and …": a person's name, a bio verb, a role word soon after."""
    match = _BIO_OPENING.match(" ".join(plain(text).split()))
    if match is None or person_name(match.group(1)) is None:
        return False
    return bool({w.lower() for w in words(text)[:_BIO_ROLE_WINDOW]} & lexicon.ROLE_WORDS)
