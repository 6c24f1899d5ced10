"""One pass over a document's text that every signal reads: sentences, quotes, cues, attributions.

Cue words are matched on the text with quoted speech blanked out, so a speaker's "I" or
"should" never counts as the writer's; offsets still point into ``doc.text``.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from operator import attrgetter
from typing import Literal, TypeVar, cast

from ..document import Document
from . import _lexicon as lex
from ._spans import Span, inside, mask, paragraphs, quote_spans, sentences
from .attributions import Attribution, find_attributions

__all__ = ["Cue", "CueKind", "Reading", "Sentence", "phrase_pattern"]

CueKind = Literal[
    "first_person",
    "second_person",
    "hedge",
    "epistemic",
    "obligation",
    "evaluative",
    "figure",
    "superlative",
    "question",
    "imperative",
    "argument",
    "concession",
    "negation",
    "present",
    "past",
    "said",
    "time",
    "name",
]


def phrase_pattern(phrases: Iterable[str], *, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One alternation of whole-word phrases, longest first; a space matches a short run of whitespace."""
    alternatives = sorted({re.escape(p).replace(r"\ ", r"\s{1,3}") for p in phrases}, key=len, reverse=True)
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(alternatives)})(?![\w'’])", flags)


# "I" and "us" are matched case-sensitively: "US" is the country, a lone "i" is a typo or a list marker.
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|(?i:me|my|mine|myself|we|our|ours|ourselves)|[Uu]s)(?![\w])")
_WORD_LISTS: dict[CueKind, Iterable[str]] = {
    "first_person": lex.FIRST_PERSON,
    "second_person": lex.SECOND_PERSON,
    "hedge": lex.REPORTIVE_HEDGES,
    "epistemic": lex.EPISTEMIC,
    "obligation": lex.OBLIGATION,
    "evaluative": lex.EVALUATIVE,
    "superlative": lex.SUPERLATIVES,
    "argument": lex.ARGUMENT_MARKERS,
    "concession": lex.CONCESSIVES,
    "negation": lex.NEGATIONS,
    "present": lex.PRESENT_COPULAS,
    "past": lex.PAST_COPULAS,
    "said": lex.SPEECH_REPORTED,
    "time": lex.TIME_ANCHORS,
}
# Every phrase opens with a word, so a phrase can only start where a word does that follows
# no word character or apostrophe: the text is split into words once and each kind is tried
# only at the words that open one of its phrases (a dictionary lookup, not a scan per list).
_WORD_START = re.compile(r"(?<![\w'’])\w+")
_ASCII_WORD_CHARACTERS = frozenset(string.ascii_lowercase + string.digits + "_")
_WORD_BYTES_ONLY = bytes(byte if chr(byte) in _ASCII_WORD_CHARACTERS else ord(" ") for byte in range(256))
"""A ``bytes.translate`` table keeping the bytes of lowercase ASCII words and turning any other to a space."""
_APOSTROPHE_BYTE = ord("'")
_WORD_OR_APOSTROPHE = re.compile(r"[\w'’]")
_WORD_CHARACTER = re.compile(r"\w")
_REPLACED = ord("?")
_APOSTROPHES = ("'", "’")
_Opening = tuple[CueKind, re.Pattern[str] | None]
"""A kind of list with a phrase opening with some word, and the pattern to try at that word."""
_OpeningWord = tuple[int, int, tuple[_Opening, ...]]
"""Where a word starts and ends, and what it opens."""


def _openers(lists: dict[CueKind, Iterable[str]]) -> dict[str, tuple[_Opening, ...]]:
    """Each word that opens a phrase, with the kinds of list holding such a phrase.

    With each kind goes a pattern of just its phrases opening with that word, so a match
    tries a few alternatives, not the whole list; ``None`` when the word alone is the phrase.
    """
    opens: dict[str, dict[CueKind, list[str]]] = {}
    for kind, phrases in lists.items():
        for phrase in phrases:
            first = _WORD_START.match(phrase)
            if first:
                opens.setdefault(first.group(), {}).setdefault(kind, []).append(phrase)
    return {
        word: tuple((kind, _opening_pattern(kind, word, phrases)) for kind, phrases in kinds.items())
        for word, kinds in opens.items()
    }


def _opening_pattern(kind: CueKind, word: str, phrases: list[str]) -> re.Pattern[str] | None:
    """The pattern of ``kind``'s phrases opening with ``word``; ``None`` when ``word`` is the one phrase."""
    if kind == "first_person":
        return _FIRST_PERSON
    return None if phrases == [word] else phrase_pattern(phrases)


_OPENS = _openers(_WORD_LISTS)
_ASCII_OPENS = {word.encode("ascii"): (f" {word} ".encode("ascii"), kinds) for word, kinds in _OPENS.items()}
"""Each opening word as bytes, with the word between spaces to look for and what it opens."""
# "n't" after a word character; the apostrophe comes first so the scan can skip to each one.
_CONTRACTED_NOT = re.compile(r"['’](?<=\w[nN]['’])[tT](?!\w)")
_MAGNITUDE = "|".join(re.escape(m).replace(r"\ ", r"\s") for m in lex.MAGNITUDES)
# A figure is money ("$5m", "£2.5bn"), a count with a magnitude ("12 per cent", "3 million") or a
# magnitude alone ("millions"). The first two open with a sign or a digit, a character class the
# regex engine jumps between; each branch checks by lookbehind which one it opened with and reads
# on ignoring case. Magnitudes alone are found by substring search (``_magnitudes``).
_MONEY = rf"(?<=[$£€¥])\s?\d[\d,.]{{0,20}}(?:\s?(?:bn|m|k|{_MAGNITUDE})\b)?"
_COUNT = rf"(?<=\d)(?<![\w.,]\d)[\d,.]{{0,20}}\s?(?:{_MAGNITUDE})(?!\w)"
_NUMBER_FIGURE = re.compile(rf"[$£€¥\d](?i:{_MONEY}|{_COUNT})")
_MAGNITUDE_ALONE = re.compile(r"(?<!\w)(?:million|billion|trillion)s?(?!\w)")
# What a case-blind "i" and "s" also match, spelled the way lower() leaves ASCII.
_CASE_BLIND = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))
_IMPERATIVE = re.compile(
    r"(?:(?:and|but|so|now|then)\s{1,3})?" + phrase_pattern(lex.IMPERATIVE_VERBS).pattern + r"(?=\s{1,3}[a-z\"“‘'(])",
    re.IGNORECASE,
)
# A capitalised word after a lowercase word or a comma: a proper name inside the sentence, not its first word.
# The capital comes first and the lookbehind checks what precedes it, so the regex engine skips to capitals.
_NAME = re.compile(r"[A-Z](?<=[a-z,;] [A-Z])[a-z]{1,30}(?:[ ][A-Z][a-z]{1,30}){0,3}")
_OPENER = re.compile(r"[^\w]{0,5}")
_START = attrgetter("start")
_T = TypeVar("_T")
_KIND = attrgetter("kind")


@dataclass(frozen=True, slots=True)
class Cue:
    """A word or phrase of one kind, found outside quoted speech, as offsets into the text."""

    kind: CueKind
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its span, its cues outside quotes, and the attributions that touch it."""

    start: int
    end: int
    cues: tuple[Cue, ...]
    named: tuple[int, ...]
    anonymous: tuple[int, ...]
    kinds: frozenset[CueKind]

    def has(self, kind: CueKind) -> bool:
        return kind in self.kinds

    def of(self, kind: CueKind) -> tuple[Cue, ...]:
        if kind not in self.kinds:  # most sentences carry few kinds; skip the scan of their cues
            return ()
        return tuple(cue for cue in self.cues if cue.kind == kind)

    @property
    def attributed(self) -> bool:
        return bool(self.named or self.anonymous)


@dataclass(frozen=True)
class Reading:
    """A document and what was read off its text once, shared by every signal."""

    doc: Document

    @property
    def text(self) -> str:
        return self.doc.text

    @cached_property
    def quotes(self) -> tuple[Span, ...]:
        """Quoted-speech spans, marks included."""
        return quote_spans(self.text)

    @cached_property
    def unquoted(self) -> str:
        """The text with its quoted speech masked (same length, offsets kept): the writer's own words."""
        return mask(self.text, self.quotes)

    @cached_property
    def attributions(self) -> tuple[Attribution, ...]:
        return find_attributions(self.text, sentences=self.sentence_spans, quotes=self.quotes)

    @cached_property
    def sentence_spans(self) -> tuple[Span, ...]:
        return sentences(self.text)

    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        """Spans of the non-empty lines: one paragraph each in cleaned text."""
        return paragraphs(self.text)

    @cached_property
    def kind_counts(self) -> Counter[CueKind]:
        """How many sentences carry each kind of cue."""
        return Counter(chain.from_iterable(s.kinds for s in self.sentences))

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        spans = self.sentence_spans
        starts = [s for s, _ in spans]
        cues: list[list[Cue]] = [[] for _ in spans]
        for cue in _find_cues(self.unquoted, spans):
            i = bisect_right(starts, cue.start) - 1
            if i >= 0 and cue.start < spans[i][1]:
                cues[i].append(cue)
        named: list[list[int]] = [[] for _ in spans]
        anonymous: list[list[int]] = [[] for _ in spans]
        for a, attribution in enumerate(self.attributions):
            for i in _touched(spans, starts, attribution):
                (named if attribution.named else anonymous)[i].append(a)
        return tuple(
            Sentence(start, end, tuple(sorted(found, key=_START)), tuple(n), tuple(a), frozenset(map(_KIND, found)))
            for (start, end), found, n, a in zip(spans, cues, named, anonymous, strict=True)
        )

    def memo(self, key: str, compute: Callable[[], _T]) -> _T:
        """``compute()``, worked out once for this reading: for what several signals derive alike."""
        if key not in self._memo:
            self._memo[key] = compute()
        return cast(_T, self._memo[key])

    @cached_property
    def _memo(self) -> dict[str, object]:
        return {}

    def supported(self, index: int) -> bool:
        """Whether sentence ``index`` or a sentence next to it carries an attribution."""
        near = self.sentences[max(0, index - 1) : index + 2]
        return any(s.attributed for s in near)


def _find_cues(unquoted: str, spans: tuple[Span, ...]) -> Iterable[Cue]:
    """Every cue in the text with quotes blanked, grouped by kind as the sentences list them."""
    found: dict[CueKind, list[Cue]] = {kind: [] for kind in _WORD_LISTS}
    resume: dict[CueKind, int] = dict.fromkeys(_WORD_LISTS, 0)
    for at, word_end, kinds in _opening_words(unquoted):
        for kind, pattern in kinds:
            if at < resume[kind]:
                continue
            if pattern is None:
                end = word_end
                if unquoted.startswith(_APOSTROPHES, end):
                    continue  # "don't": the word runs on past the apostrophe
            else:
                match = pattern.match(unquoted, at)
                if match is None:
                    continue
                end = match.end()
            found[kind].append(Cue(kind, at, end))
            resume[kind] = end
    found["negation"] += (Cue("negation", m.start() - 1, m.end()) for m in _CONTRACTED_NOT.finditer(unquoted))
    found["negation"].sort(key=_START)
    for cues in found.values():
        yield from cues
    for match in _NAME.finditer(unquoted):
        yield Cue("name", match.start(), match.end())
    for start, end in _figures(unquoted):
        yield Cue("figure", start, end)
    for start, end in spans:
        body = unquoted[start:end].rstrip()
        if body.endswith("?"):
            yield Cue("question", start + len(body) - 1, start + len(body))
        opener = _OPENER.match(unquoted, start, end)
        at = opener.end() if opener else start
        verb = _IMPERATIVE.match(unquoted, at, end)
        if verb:
            yield Cue("imperative", verb.start(), verb.end())


def _figures(text: str) -> list[Span]:
    """Figure spans in order: money, counts with a magnitude, and magnitudes standing alone.

    A magnitude word inside money or a count ("$5 million") belongs to it; one standing
    alone is found where "illion" is, in the text lowercased with ``_CASE_BLIND`` applied,
    as a regex ignoring case would read it.
    """
    numbers = [match.span() for match in _NUMBER_FIGURE.finditer(text)]
    folded = text
    for odd, plain in _CASE_BLIND:
        folded = folded.replace(odd, plain)
    folded = folded.lower()
    alone: list[Span] = []
    at = folded.find("illion")
    while at >= 0:
        for start in (at - 1, at - 2):  # "million" and "billion" open one character before it, "trillion" two
            match = _MAGNITUDE_ALONE.match(folded, start) if start >= 0 else None
            if match and not inside(numbers, start):
                alone.append(match.span())
        at = folded.find("illion", at + 1)
    return sorted(numbers + alone) if alone else numbers


def _opening_words(text: str) -> Iterator[_OpeningWord]:
    """Start, end and openings of every word that opens a phrase.

    The words are read in C from the ASCII bytes of the text (one byte a character, "?" for
    any other), lowercased, every byte outside a word turned to a space: ``split`` lists the
    words and ``find`` places each one that opens a phrase. Every opening word is ASCII, so
    each is found; a word after a straight apostrophe is no word ("t" of "don't"), and one
    next to a "?" may be part of a longer word ("na" of "naïve") or follow a curly
    apostrophe, so the str decides there.
    """
    # The Kelvin sign is the one character outside ASCII that lowercases into it.
    data = text.replace("\u212a", "K").encode("ascii", "replace").lower()
    spaced = b" " + data.translate(_WORD_BYTES_ONLY) + b" "
    cursor = 0
    for needle, kinds in filter(None, map(_ASCII_OPENS.get, spaced.split())):
        # The words in between open nothing, so the next " word " is this one; its space in
        # ``spaced`` stands where the word does in ``text``.
        start = spaced.find(needle, cursor)
        end = cursor = start + len(needle) - 2
        if start and data[start - 1] == _APOSTROPHE_BYTE:
            continue
        if start and data[start - 1] == _REPLACED and _WORD_OR_APOSTROPHE.match(text, start - 1):
            continue
        if data.startswith(b"?", end) and _WORD_CHARACTER.match(text, end):
            continue
        yield start, end, kinds


def _touched(spans: tuple[Span, ...], starts: list[int], attribution: Attribution) -> Iterable[int]:
    """Indices of the sentences an attribution's source, cue or content overlaps."""
    parts = [(attribution.start, attribution.end), (attribution.cue_start, attribution.cue_end)]
    if attribution.content_start is not None and attribution.content_end is not None:
        parts.append((attribution.content_start, attribution.content_end))
    touched: set[int] = set()
    for p_start, p_end in parts:
        i = max(0, bisect_right(starts, p_start) - 1)
        while i < len(spans) and spans[i][0] < p_end:
            if p_start < spans[i][1] and p_start < p_end:
                touched.add(i)
            i += 1
    return sorted(touched)
