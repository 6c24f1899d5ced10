"""Noun phrases around a reporting cue: a sentence's tokens, the source phrase before or after the cue, and
whether that phrase names someone ("the minister", "Jo Bloggs"), hides them ("a senior official") or is a pronoun.

The attribution finder (``attributions``) decides where a cue's source should be; this module reads the words
there. Pure heuristics over ``_attribution_lexicon``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from .. import _calendar as calendar
from . import _attribution_lexicon as lex

Kind = Literal["named", "anonymous", "pronoun"]


# Not frozen: one is built per word read, and a frozen dataclass costs several times more to build.
@dataclass(slots=True)
class Token:
    """One word or punctuation mark of a sentence, with its offsets and position."""

    start: int
    end: int
    text: str
    index: int
    lower: str
    capitalized: bool


_TOKEN = re.compile(r"\w+(?:['\u2019.&/-]\w+)*|''|``|[^\w\s]")
OBJECT_PREPOSITIONS = frozenset({"on", "in", "to", "at", "during", "via"})
_OBJECT_WORDS = frozenset({"the", "a", "an", "his", "her", "their", "its", "statement", "interview", "post", "letter"})
_NP_PUNCTUATION = frozenset({".", "&", "-", "\u2019", "'"})
_APOSTROPHE = re.compile("['\u2019]")
_COMPLEMENT_PREPOSITIONS = frozenset({"for", "at", "of", "in", "from", "with", "on", "to", "inside", "within"})
_VERB_ENDINGS = ("ing", "ed")
_SOURCE_NOUNS = lex.ANONYMOUS_NOUNS | lex.ROLE_NOUNS | lex.DOCUMENT_NOUNS | lex.SPOKESPERSON_NOUNS
ALL_PRONOUNS = lex.PRONOUNS | lex.SPEAKER_PRONOUNS
_MAX_APPOSITIVES = 2
_MAX_APPOSITIVE_TOKENS = 40
_MAX_SKIPPED = 3
_DAYS = frozenset(calendar.WEEKDAYS)
_MAX_NP_TOKENS = 12
_MAX_OBJECT_TOKENS = 6


def subject_before(tokens: Sequence[Token], end: int) -> tuple[list[Token], Kind] | None:
    """The noun phrase ending at ``end``, looking past appositives and "who"."""
    if end > 1 and tokens[end - 1].text == ",":
        return _past_appositive(tokens, end - 1)
    phrase = _phrase_before(tokens, end)
    if [t.lower for t in phrase] == ["who"]:
        first = phrase[0].index
        before = first - 1 if first > 0 and tokens[first - 1].text == "," else first
        antecedent = _phrase_before(tokens, before)
        # "a conversation with a Whitehall advisor who …": the antecedent follows the last preposition.
        cut = max((i + 1 for i, t in enumerate(antecedent) if t.lower in _COMPLEMENT_PREPOSITIONS), default=0)
        return classified(antecedent) or classified(antecedent[cut:])
    return classified(phrase)


def _past_appositive(tokens: Sequence[Token], comma: int) -> tuple[list[Token], Kind] | None:
    """ "X, the company's chief, said": the subject is X; a personal link ("my colleague") is no source.

    When no phrase before the appositive is a source ("In a statement, one of the
    lawyers, Jo Bloggs, said"), a named appositive next to the verb stands in.
    """
    nearest = classified(_phrase_before(tokens, comma))
    for _ in range(_MAX_APPOSITIVES):
        opening = _previous_comma(tokens, comma)
        if opening is None or any(t.lower in lex.PERSONAL_MARKERS for t in tokens[opening:comma]):
            break
        comma = opening
        before = _phrase_before(tokens, comma)
        outer = classified(before) if before and before[0].lower not in lex.NOT_NAMES else None
        if outer is not None:
            return outer
    if any(t.lower in lex.PERSONAL_MARKERS for t in tokens[max(0, comma - _MAX_NP_TOKENS) : comma]):
        return None
    return nearest if nearest is not None and nearest[1] == "named" else None


def _previous_comma(tokens: Sequence[Token], comma: int) -> int | None:
    """The comma that opens the appositive closed at ``comma``, if one is near."""
    for k in range(comma - 1, max(-1, comma - _MAX_APPOSITIVE_TOKENS), -1):
        if tokens[k].text == ",":
            return k
        if is_break(tokens[k]) and tokens[k].text not in "()":
            return None
    return None


def skip_object(tokens: Sequence[Token], k: int, *, listener: bool) -> int:
    """Past "the BBC", "reporters" (after "told") or "X", "a statement" (after "on", "in")."""
    if listener and tokens[k].lower in lex.LISTENERS:
        return k + 1
    limit = min(len(tokens), k + _MAX_OBJECT_TOKENS)
    while k < limit and (
        tokens[k].capitalized or tokens[k].lower in _OBJECT_WORDS or tokens[k].text in _NP_PUNCTUATION
    ):
        k += 1
    return k


def tokenize(text: str, start: int, end: int) -> list[Token]:
    tokens: list[Token] = []
    for i, match in enumerate(_TOKEN.finditer(text, start, end)):
        word = match.group()
        tokens.append(Token(match.start(), match.end(), word, i, word.lower(), word[:1].isupper()))
    return tokens


def is_break(token: Token) -> bool:
    return not token.text[:1].isalnum() and token.text not in _NP_PUNCTUATION


def skip_back(tokens: Sequence[Token], at: int) -> int:
    """Index just past the subject: step back over auxiliaries and adverbs ("also", "has")."""
    end = at
    while end > 0 and at - end < _MAX_SKIPPED:
        word = tokens[end - 1].text
        if end > 1 and tokens[end - 2].lower == "on" and tokens[end - 1].lower in _DAYS:
            end -= 2  # "Sanders on Tuesday said"
            continue
        if not (word in lex.SKIPPABLE or (word.endswith("ly") and word.islower())):
            break
        end -= 1
    return end


def _phrase_before(tokens: Sequence[Token], end: int) -> list[Token]:
    """The run of tokens ending at ``end`` back to a clause break, parentheses included.

    A phrase ending in a pronoun ("Of course I") is that pronoun alone.
    """
    start = end
    while start > 0 and end - start < _MAX_NP_TOKENS:
        token = tokens[start - 1]
        if token.text == ")":
            opening = next((k for k in range(start - 2, max(-1, start - 9), -1) if tokens[k].text == "("), None)
            if opening is None:
                break
            start = opening
            continue
        if is_break(token) or token.lower in lex.CLAUSE_BREAKS:
            break
        start -= 1
    if start > 0 and end - start >= _MAX_NP_TOKENS and not is_break(tokens[start - 1]):
        return []  # no clause break in sight: this is no subject phrase
    phrase = _trim(list(tokens[start:end]))
    if phrase and base(phrase[-1]) in ALL_PRONOUNS:
        return phrase[-1:]
    if phrase and (phrase[0].lower in lex.NOT_NAMES or phrase[0].lower.endswith(_VERB_ENDINGS)):
        # "During the debate Trump said", "referring to the poem Coltrane wrote": keep the name.
        name_start = len(phrase)
        while name_start > 0 and phrase[name_start - 1].capitalized:
            name_start -= 1
        if name_start < len(phrase):
            return phrase[name_start:]
    return phrase


def phrase_after(tokens: Sequence[Token], start: int, *, closed: bool = False) -> list[Token]:
    """The noun phrase starting at ``start``; ``closed`` demands punctuation or the end after it."""
    if (
        closed
        and start < len(tokens)
        and not (
            tokens[start].capitalized or tokens[start].text[:1].isdigit() or tokens[start].lower in lex.DETERMINERS
        )
    ):
        return []
    end = start
    while end < len(tokens) and end - start < _MAX_NP_TOKENS:
        token = tokens[end]
        if is_break(token) or token.lower in lex.CLAUSE_BREAKS:
            break
        if end > start and token.lower in OBJECT_PREPOSITIONS and not tokens[end - 1].capitalized:
            break
        end += 1
    if closed and end < len(tokens) and not is_break(tokens[end]) and tokens[end].lower not in OBJECT_PREPOSITIONS:
        return []
    return _trim(list(tokens[start:end]))


def leading_phrase(tokens: Sequence[Token]) -> list[Token]:
    """The capitalised noun phrase that opens a sentence, after an opening adverbial ("On Thursday,")."""
    begin = 0
    if tokens and tokens[0].lower in lex.CLAUSE_BREAKS:
        begin = 1  # "While Featherston still likes Trump, …"
    elif tokens and tokens[0].lower in lex.NOT_NAMES:
        comma = next((k for k in range(min(len(tokens), _MAX_NP_TOKENS)) if tokens[k].text == ","), None)
        if comma is None:
            return []
        begin = comma + 1
    end = begin
    while end < len(tokens) and end - begin < _MAX_NP_TOKENS:
        token = tokens[end]
        nominal = token.capitalized or token.text in _NP_PUNCTUATION or token.lower in lex.DETERMINERS
        if not nominal and not (end > begin and token.lower in _SOURCE_NOUNS):
            break
        end += 1
    if end < len(tokens) and not tokens[end].text[:1].islower() and not _appositive_then_verb(tokens, end):
        return []  # a subject is followed by its verb, or by an appositive and then its verb
    return _trim(list(tokens[begin:end]))


def _appositive_then_verb(tokens: Sequence[Token], comma: int) -> bool:
    """Whether ``tokens[comma]`` opens an appositive that a comma and a lowercase word close ("Dean, a former
    chairman, poked at …")."""
    if tokens[comma].text != ",":
        return False
    reach = tokens[comma + 1 : comma + 2 + _MAX_APPOSITIVE_TOKENS]
    closing = next((k for k, t in enumerate(reach) if t.text == ","), None)
    return closing is not None and closing + 1 < len(reach) and reach[closing + 1].text[:1].islower()


def base(token: Token) -> str:
    """The word before an apostrophe, lower-cased: "I\u2019m" is "i"."""
    return _APOSTROPHE.split(token.lower, maxsplit=1)[0]


def _trim(phrase: list[Token]) -> list[Token]:
    while phrase and phrase[-1].text in _NP_PUNCTUATION:
        phrase.pop()
    while phrase and phrase[0].text in _NP_PUNCTUATION:
        phrase.pop(0)
    return phrase


def classified(phrase: list[Token]) -> tuple[list[Token], Kind] | None:
    kind = phrase_kind(phrase)
    return None if kind is None else (phrase, kind)


def phrase_kind(phrase: Sequence[Token]) -> Kind | None:
    """Named, anonymous or pronoun, or ``None`` when the phrase does not look like a source."""
    phrase = [t for t in phrase if t.text[:1].isalnum()]
    words = [t.lower for t in phrase]
    if not words or any(w in lex.PERSONAL_MARKERS for w in words):
        return None
    if base(phrase[0]) in ALL_PRONOUNS:
        return "pronoun" if len(phrase) == 1 else None  # "it fell out with X" is a clause
    head = words[-1]
    if head.endswith(("'s", "\u2019s")) or head in lex.DETERMINERS:
        return None
    joined = " ".join(words)
    if any(marker in joined for marker in lex.ANONYMOUS_PHRASES):
        return "anonymous"
    names = [i for i in range(len(phrase)) if is_name(phrase, i)]
    if not (names and names[-1] == len(phrase) - 1) and head not in _SOURCE_NOUNS and not _noun_then_of(words):
        return None  # the phrase ends in something other than a name or a source noun
    anonymous = [i for i, t in enumerate(phrase) if t.lower in lex.ANONYMOUS_NOUNS]
    if anonymous:
        a = anonymous[-1]
        title = words[a] not in lex.ANONYMOUS_DETERMINERS  # "official John Smith", not "many Republicans"
        return "named" if title and a + 1 < len(phrase) and is_name(phrase, a + 1) else "anonymous"
    if head in lex.DOCUMENT_NOUNS or any(w in lex.SPOKESPERSON_NOUNS for w in words):
        # "a Bloomberg poll", "an Interior Ministry statement": named by their issuer, as "a new survey" is not
        return "named" if names or words[0] not in lex.ANONYMOUS_DETERMINERS else "anonymous"
    if words[0] in lex.ANONYMOUS_DETERMINERS:
        return "anonymous"  # "many Republicans", "a Trump ally": a group or an unnamed member
    return "named"


def _noun_then_of(words: Sequence[str]) -> bool:
    """A source noun followed by its complement: "a spokesperson for the transport authority"."""
    return any(w in _SOURCE_NOUNS and nxt in _COMPLEMENT_PREPOSITIONS for w, nxt in pairwise(words))


def is_name(phrase: Sequence[Token], position: int) -> bool:
    """A capitalised word that is not just a capitalised determiner or common noun.

    The first word may be capitalised only because it opens the sentence, so it counts
    alone ("Trump said") or before another capitalised word ("Donald Trump"), not in "So far".
    """
    token = phrase[position]
    lower = token.lower
    if not token.capitalized or not token.text[:1].isalpha() or lower in lex.NOT_NAMES:
        return False
    if position == 0:
        if len(phrase) > 1 and not phrase[1].capitalized:
            return False
        return not (
            lower in lex.DETERMINERS
            or lower in _SOURCE_NOUNS
            or lower in lex.PRONOUNS
            or lower in lex.SKIPPABLE
            or lower in lex.CLAUSE_BREAKS
        )
    return True
