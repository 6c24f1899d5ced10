"""Author bios: "Anna Walsh is a reporter who covers …", or a paragraph under "About the author"."""

from __future__ import annotations

import re

from ..document import Draft
from . import lexicon
from ._base import cleaner
from ._names import person_name
from ._scan import lines_with_any, reduce_keys
from ._text import body_span, is_prose, norm, plain, words

_BIO = re.compile(r"^(?:" + "|".join(lexicon.BIO_VERBS) + r")\b|^,")
_BIO_OPENING = re.compile(r"^((?:[\w'’.-]{1,30} ){1,4}?)(?:is|was|has been|covers|writes)\b")
_BIO_ROLE_WINDOW = 15
_SPEECH = re.compile(r"[“”\"]|\b(?:said|says|told)\b")
"""A bio describes its author; a line quoting its subject ("Anna Walsh, head of planning, said: …") is body."""
_ABOUT = re.compile(r"^about the (?:author|writer|reporter)s?(?:$|\s{0,2}:)")
_MAX_BIO_WORDS = 200


@cleaner("chrome.author_bio")
def author_bio(draft: Draft) -> Draft:
    """Drop author bios: a line opening with an author's name and "is/has/writes …", or under "About the author".

    Without a lifted author, a first or last paragraph of the form "<Name> is a … reporter" is a bio too.
    """
    authors = [a.lower() for a in draft.authors]
    # A paper that names people by honorific signs its writers' bios so too ("Mr. Healy is the deputy editor.").
    authors += [f"{title} {a.split()[-1]}" for a in authors for title in lexicon.HONORIFICS if len(a.split()) > 1]
    span = body_span(draft.lines)
    edges = {span[0], span[1]} if span else set()
    # A bio opens with an author's name or "About the", or is a first or last paragraph: test only such lines.
    candidates = edges.union(lines_with_any(draft.lines, reduce_keys((*authors, "about"))))
    drops = []
    for i in sorted(candidates):
        line = draft.lines[i]
        about = line.text.lstrip(" *#_")[:9].lower() == "about the"
        if line.blank or not (authors or about or i in edges):
            continue
        text = norm(line.text)
        is_bio = _ABOUT.match(text) or (
            is_prose(line.text)
            and (
                any(text.startswith(a) and _BIO.match(text[len(a) :].lstrip()) for a in authors)
                or (i in edges and _is_anonymous_bio(line.text))
            )
            and not _SPEECH.search(line.text)
        )
        # Words counted last: the normalised text is a new string, its words not yet cached, and few lines get here.
        if is_bio and len(words(text)) <= _MAX_BIO_WORDS:
            drops.append(i)
    return draft.drop(drops, "chrome.author_bio", "author bio")


def _is_anonymous_bio(text: str) -> bool:
    """ "Starre Vartan is a science writer and …": a person's name, a bio verb, a role word soon after."""
    match = _BIO_OPENING.match(" ".join(plain(text).split()))
    if match is None or person_name(match.group(1)) is None:
        return False
    return bool({w.lower() for w in words(text)[:_BIO_ROLE_WINDOW]} & lexicon.ROLE_WORDS)
