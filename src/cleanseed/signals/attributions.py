"""Attributions: who is quoted or reported, with which cue, and whether the source is named.

A reporting cue ("said", "told", "according to") anchors each attribution; its
source is the noun phrase before the cue, after it ('"…," said the minister'), or
the subject of the sentence for a participle (", saying …"). The content is the
adjacent quote or the reported clause. Pure heuristics over the lexicons in
``_attribution_lexicon``: no model, linear in the length of the text.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from . import _attribution_lexicon as lex
from ._phrases import (
    ALL_PRONOUNS,
    OBJECT_PREPOSITIONS,
    Kind,
    Token,
    base,
    classified,
    is_break,
    is_name,
    leading_phrase,
    phrase_after,
    phrase_kind,
    skip_back,
    skip_object,
    subject_before,
    tokenize,
)
from ._spans import Span, inner, inside, quote_spans
from ._spans import sentences as sentence_spans

__all__ = ["Attribution", "Kind", "cue_spans", "find_attributions", "source_kind"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution; ``start``/``end`` delimit the source, ``cue_*`` and ``content_*`` the rest.

    ``named`` is true for a person, a named organisation or its spokesperson, and for a
    pronoun that resolves to one; false for unnamed sources ("a senior official",
    "people familiar with the matter", "critics"). ``resolved`` is the named speaker a
    pronoun source ("he added") stands for. ``direct`` is true when the content holds
    quoted speech. Offsets index the text given to :func:`find_attributions`.
    """

    source: str
    cue: str
    named: bool
    start: int
    end: int
    cue_start: int
    cue_end: int
    content_start: int | None
    content_end: int | None
    direct: bool
    resolved: str | None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


_FINDING_FORMS = frozenset(f for forms in lex.FINDING_VERBS.values() for f in forms)
_SPEECH_FORMS = frozenset(f for forms in lex.REPORTING_VERBS.values() for f in forms)
_CUE_FORMS = _SPEECH_FORMS | _FINDING_FORMS | frozenset(lex.LEAD_CUES)
_SINGLE_CUES = frozenset(f for f in _CUE_FORMS if " " not in f)
# Multi-word cues by first word, longest first, so "called for" wins over "called".
_MULTI_CUES: dict[str, tuple[str, ...]] = {
    first: tuple(sorted((f for f in _CUE_FORMS if f.startswith(first + " ")), key=len, reverse=True))
    for first in {f.split()[0] for f in _CUE_FORMS if " " in f}
}
_CUE_WORDS = {word.encode("ascii"): (f" {word} ".encode("ascii"), word) for word in _SINGLE_CUES | set(_MULTI_CUES)}
"""Each word a cue opens with, as bytes, with the word between spaces to look for and the word."""
_REPLACED = ord("?")
_ASCII_LETTERS_ONLY = bytes(byte if ord("a") <= byte <= ord("z") else ord(" ") for byte in range(256))
"""A ``bytes.translate`` table keeping lowercase ASCII letters and turning every other byte to a space."""
_LETTER = re.compile(r"[^\W\d_]")
_QUOTE_GAP = re.compile(r"[ \t,.!?:\u2014\u2013-]{0,4}")
_CONTENT_LEAD = re.compile(r"[\s,:\u2014\u2013-]*(?:that\b)?\s*")
_LINE_GAP = re.compile(r"\s{0,4}")
_SIGNATURE = re.compile(
    rf"(?P<dash>[{lex.SIGNING_DASHES}])[ \t\u00a0]{{0,3}}"
    r"(?P<name>[A-Z][\w.'\u2019-]{0,30}(?:[ \u00a0][A-Z][\w.'\u2019-]{0,30}){0,5})"
    r"(?=[ \t\u00a0.,]{0,3}(?:$|[\"\u201c\u201d]))",
    re.MULTILINE,
)
_SPEAKER_LABEL = re.compile(
    r"^[ \t]{0,3}[\"\u201c]?(?P<name>[A-Z][A-Z.'\u2019-]{1,30}(?: [A-Z][A-Z.'\u2019-]{1,30}){0,2}):[ \t]+(?=\S)",
    re.MULTILINE,
)
_LEAD_WORDS = frozenset(cue.split()[0] for cue in lex.LEAD_CUES)
_NOT_PROPER = lex.NOT_NAMES | lex.DETERMINERS | ALL_PRONOUNS | lex.CLAUSE_BREAKS
# Both open with the capital and check what precedes it by lookbehind, so the regex engine skips to capitals.
_MID_CAPITAL = re.compile(r"[A-Z](?<=[a-z0-9,;] [A-Z])[\w'\u2019&-]*")
_FULL_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+(?: [A-Z]\.)? ([A-Z][\w'\u2019-]*[a-z])\b")
_MENTION_TOKENS = 120
_MAX_NAME_TOKENS = 6
_SEPARATORS = frozenset({",", "\u2014", "\u2013", "-", ":"})
_BE = frozenset({"is", "was", "are", "were", "been", "be"})
_ANTECEDENT_SENTENCES = 3
_TOKENIZED_SENTENCES = 16
"""Sentences whose tokens are kept. Cues are read in text order and look back a few sentences at most, so a long
text's words need not all stay alive: a word object each, every one of them walked again by each full collection of
the garbage collector, which made scoring a 1 MB text cost 5x a 250 kB one."""
_MAX_SENTENCE_CHARS = 2000
"""Longer "sentences" (a run of quote marks, a text without a full stop) are read in pieces of at most this
size, cut at a space: the longest sentence of the 399 development articles has 601 characters, and one word list
for a 1 MB sentence was a million word objects alive at once."""
_TITLE_SHARE = 0.8
_MIN_CONTENT_TOKENS = 2


def find_attributions(
    text: str, *, sentences: Sequence[Span] | None = None, quotes: Sequence[Span] | None = None
) -> tuple[Attribution, ...]:
    """Every attribution in ``text``, in document order.

    ``sentences`` and ``quotes`` take the spans of ``_spans.sentences`` and ``_spans.quote_spans``
    when the caller has them already.
    """
    return tuple(_Finder(text, sentences, quotes).run())


def cue_spans(text: str) -> tuple[Span, ...]:
    """Every reporting verb or lead cue ("according to") in ``text``, source or not; not "found" or "shows", which
    report only after a record's name."""
    return tuple(span for span in _cues(text) if text[span[0] : span[1]].lower() not in _FINDING_FORMS)


def _cues(text: str) -> Iterator[Span]:
    """Reporting cues in order.

    The words are read in C from the ASCII bytes of the lowercased text (one byte a
    character, "?" for any other), every byte but a letter turned to a space: ``split``
    lists the words and ``find`` places each cue word among them. Cue words are ASCII, so
    each is found; one next to a "?" may be part of a longer word ("caf" of "café"), so the
    str decides there.
    """
    # U+0130 (capital I with dot) is the one character that lowercases to two; U+0131 (dotless i)
    # keeps the offsets, is a letter too and is in no cue word, so both texts have the same words.
    lowered = text.replace("\u0130", "\u0131").lower()
    data = lowered.encode("ascii", "replace")
    spaced = b" " + data.translate(_ASCII_LETTERS_ONLY) + b" "
    cursor = 0
    for needle, lower in filter(None, map(_CUE_WORDS.get, spaced.split())):
        # The words in between are no cue words, so the next " word " is this one; its space in
        # ``spaced`` stands where the word does in ``text``.
        start = spaced.find(needle, cursor)
        end = cursor = start + len(lower)
        if start and data[start - 1] == _REPLACED and _LETTER.match(lowered, start - 1):
            continue
        if data.startswith(b"?", end) and _LETTER.match(lowered, end):
            continue
        for cue in _MULTI_CUES.get(lower, ()):
            cue_end = start + len(cue)
            if text[start:cue_end].lower() == cue and not (cue_end < len(text) and text[cue_end].isalnum()):
                yield (start, cue_end)
                break
        else:
            if lower in _SINGLE_CUES:
                yield (start, end)


def source_kind(phrase: str) -> Kind | None:
    """How a source phrase reads: ``named``, ``anonymous``, ``pronoun``, or ``None`` if no source."""
    return phrase_kind(tokenize(phrase, 0, len(phrase)))


class _Finder:
    """One pass over the cues of a text, with the sentence and quote spans it needs."""

    def __init__(self, text: str, spans: Sequence[Span] | None, quotes: Sequence[Span] | None) -> None:
        self.text = text
        self.sentences = _bounded(spans if spans is not None else sentence_spans(text), text)
        self.sentence_starts = [start for start, _ in self.sentences]
        self.sentence_ends = [end for _, end in self.sentences]
        self.quotes = quotes if quotes is not None else quote_spans(text)
        self.quote_ends = [end for _, end in self.quotes]
        self._tokens: dict[int, list[Token]] = {}
        self._starts: dict[int, list[int]] = {}
        self._subject: tuple[int, tuple[list[Token], Kind]] | None = None
        """The first source found in the sentence of the cues being read (a later cue there may reuse it)."""
        self._named: list[tuple[int, str]] = []
        self._title_case: dict[int, bool] = {}
        self._mid_capitals: frozenset[str] | None = None
        self._surnames: frozenset[str] | None = None
        self._named_words: set[str] = set()
        self._last_word_end: dict[int, int] = {}

    def run(self) -> list[Attribution]:
        found: list[Attribution] = []
        for cue_start, cue_end in _cues(self.text):
            hit = self.at_cue(cue_start, cue_end)
            if hit is not None:
                found.append(hit)
        found.extend(self.signatures())
        found.extend(self.speaker_labels())
        found.sort(key=lambda a: (a.cue_start, a.start))
        return found

    def at_cue(self, cue_start: int, cue_end: int) -> Attribution | None:
        index = bisect_right(self.sentence_starts, cue_start) - 1
        if index < 0 or cue_end > self.sentences[index][1]:
            return None
        tokens = self.tokens(index)
        at = self.token_index(index, cue_start)
        last = self.token_index(index, cue_end - 1)
        if at is None or last is None or not self.speech_cue(tokens, at, last, index):
            return None
        hit = self.attribute(index, tokens, at, last)
        if hit is None:
            return None
        source, kind = hit
        if kind == "pronoun" and base(source[0]) in lex.SPEAKER_PRONOUNS:
            return None
        if tokens[last].lower in _FINDING_FORMS and source[-1].lower not in lex.DOCUMENT_NOUNS:
            return None  # "the poll found", not "she found"
        if kind != "named" and inside(self.quotes, cue_start):
            # Inside quoted speech only a named source is reported; "he says" there is the speaker's talk.
            return None
        if self._subject is None or self._subject[0] != index:
            self._subject = (index, hit)
        start, end = source[0].start, source[-1].end
        return self.record(
            (start, end),
            kind,
            self.text[cue_start:cue_end],
            (cue_start, cue_end),
            self.content(index, tokens, at, last, (start, end)),
        )

    def record(self, source: Span, kind: Kind, cue: str, cue_span: Span, content: Span | None) -> Attribution:
        text = self.text[source[0] : source[1]]
        resolved = self.antecedent(source[0], text.lower()) if kind == "pronoun" else None
        if kind == "named":
            self._named.append((source[0], text))
            self._named_words.update(text.split())
        return Attribution(
            source=text,
            cue=cue,
            named=kind == "named" or resolved is not None,
            start=source[0],
            end=source[1],
            cue_start=cue_span[0],
            cue_end=cue_span[1],
            content_start=content[0] if content else None,
            content_end=content[1] if content else None,
            direct=content is not None and self.quoted(content),
            resolved=resolved,
        )

    def speech_cue(self, tokens: list[Token], at: int, last: int, index: int) -> bool:
        """Whether the matched word is used as a reporting cue here."""
        cue = tokens[at]
        if cue.capitalized and not self.title_case(index) and not (at == 0 and _opens_sentence(tokens, at)):
            return False  # "States", "Claims" in running text; title-case headlines keep "Trump Says"
        following = " ".join(t.lower for t in tokens[last + 1 : last + 3])
        if following.startswith("than") or following == "not to":
            return False  # "easier said than done", "asked not to be named"
        if tokens[last].lower in lex.QUOTING_VERBS and not (at > 0 and tokens[at - 1].lower == "who"):
            return self.quote_follows(index, tokens[last].end)  # "who compared" reports; "a firm called" does not
        return True

    def title_case(self, index: int) -> bool:
        """Whether sentence ``index`` is a headline in title case, where capitals mean nothing."""
        if index not in self._title_case:
            words = [t for t in self.tokens(index) if t.text[:1].isalpha()]
            self._title_case[index] = len(words) > 1 and sum(t.capitalized for t in words) >= _TITLE_SHARE * len(words)
        return self._title_case[index]

    def quote_follows(self, index: int, offset: int) -> bool:
        """Whether a quote opens after ``offset`` within sentence ``index``."""
        i = bisect_right(self.quote_ends, offset)
        return i < len(self.quotes) and offset <= self.quotes[i][0] < self.sentences[index][1]

    def signatures(self) -> list[Attribution]:
        """Quotes signed by a dash and a name: '"…" ― Karen B.'."""
        found: list[Attribution] = []
        for match in _SIGNATURE.finditer(self.text):
            dash = match.start("dash")
            quote = self.quote_ending_at(dash, across_lines=True)
            if quote is None:
                continue
            name = match.span("name")
            found.append(self.record(name, "named", match.group("dash"), (dash, dash + 1), quote))
        return found

    def speaker_labels(self) -> list[Attribution]:
        """Transcript turns: a paragraph opening with a capitalised name and a colon ("PENCE: Well, …")."""
        found: list[Attribution] = []
        for match in _SPEAKER_LABEL.finditer(self.text):
            name = match.group("name")
            if name.lower() in lex.SECTION_LABELS:
                continue
            content_end = self.text.find("\n", match.end())
            content = (match.end(), len(self.text) if content_end < 0 else content_end)
            found.append(
                self.record(match.span("name"), "named", ":", (match.end("name"), match.end("name") + 1), content)
            )
        return found

    def antecedent(self, offset: int, pronoun: str) -> str | None:
        """The nearest named speaker or sentence subject before ``offset``, for a pronoun.

        When neither is in the last few sentences, "he" and "she" take the nearest proper
        name outside quotes: in a report they stand for a person it has named.
        """
        i = bisect_right(self._named, (offset, "")) - 1
        best = self._named[i] if i >= 0 else None
        index = bisect_right(self.sentence_starts, offset) - 1
        window = max(0, index - _ANTECEDENT_SENTENCES + 1)
        for j in range(index, window - 1, -1):
            lead = leading_phrase(self.tokens(j))
            if lead and lead[-1].end < offset and phrase_kind(lead) == "named" and self.known_name(lead):
                if best is None or lead[0].start > best[0]:
                    best = (lead[0].start, self.text[lead[0].start : lead[-1].end])
                break
        near = best is not None and best[0] >= self.sentence_starts[window]
        if pronoun in lex.PERSON_PRONOUNS and not near:
            best = self.mention(index, offset) or best
        return best[1] if best else None

    def mention(self, index: int, offset: int) -> tuple[int, str] | None:
        """The last person's name outside quotes before ``offset``, within a few sentences."""
        budget = _MENTION_TOKENS
        for j in range(index, max(-1, index - _ANTECEDENT_SENTENCES - 1), -1):
            tokens = self.tokens(j)
            k = bisect_right(self._starts[j], offset) - 1 if j == index else len(tokens) - 1
            while k >= 0 and budget > 0:
                budget -= 1
                token = tokens[k]
                if token.end <= offset and self.person(tokens, k) and not inside(self.quotes, token.start):
                    first = k
                    while first > max(0, k - _MAX_NAME_TOKENS) and (
                        tokens[first - 1].capitalized or tokens[first - 1].text == "."
                    ):
                        first -= 1
                    while first < k and not is_name(tokens[first : k + 1], 0):
                        first += 1
                    return (tokens[first].start, self.text[tokens[first].start : token.end])
                k -= 1
        return None

    def person(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether ``tokens[k]`` ends a full name ("Bernie Sanders") or is the surname of one."""
        token = tokens[k]
        if not token.capitalized or token.lower in _NOT_PROPER:
            return False
        if k > 0 and tokens[k - 1].capitalized and tokens[k - 1].lower not in _NOT_PROPER:
            return True
        if self._surnames is None:
            self._surnames = frozenset(m.group(1) for m in _FULL_NAME.finditer(self.text))
        return token.text in self._surnames

    def proper(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether ``tokens[k]`` is a proper name: capitalised where common words are not."""
        token = tokens[k]
        if not token.capitalized or token.lower in _NOT_PROPER:
            return False
        if k > 0 and tokens[k - 1].capitalized and tokens[k - 1].lower not in _NOT_PROPER:
            return True  # "Bernie Sanders"
        if self._mid_capitals is None:
            self._mid_capitals = frozenset(_MID_CAPITAL.findall(self.text))
        return token.text in self._mid_capitals  # "Trump" also appears inside a sentence; "Sleep" does not

    def known_name(self, phrase: Sequence[Token]) -> bool:
        """A full name ("Jade Wu"), or a single word seen as a name elsewhere ("Wu", not "Sleep")."""
        if sum(t.capitalized for t in phrase) > 1:
            return True
        word = phrase[-1].text
        if not phrase[-1].capitalized:
            return False
        return self.proper(phrase, len(phrase) - 1) or word in self._named_words

    def tokens(self, index: int) -> list[Token]:
        if index not in self._tokens:
            if len(self._tokens) >= _TOKENIZED_SENTENCES:
                oldest = next(iter(self._tokens))  # read again if ever asked for: cues come in order
                del self._tokens[oldest], self._starts[oldest]
            start, end = self.sentences[index]
            self._tokens[index] = tokenize(self.text, start, end)
            self._starts[index] = [t.start for t in self._tokens[index]]
        return self._tokens[index]

    def token_index(self, index: int, offset: int) -> int | None:
        """The position of the token of sentence ``index`` that holds ``offset``."""
        tokens = self.tokens(index)
        i = bisect_right(self._starts[index], offset) - 1
        return i if i >= 0 and tokens[i].start <= offset < tokens[i].end else None

    def quoted(self, span: Span) -> bool:
        """Whether quoted speech overlaps ``span``."""
        i = bisect_right(self.quote_ends, span[0])
        return i < len(self.quotes) and self.quotes[i][0] < span[1]

    # -- sources -------------------------------------------------------------------------

    def attribute(self, index: int, tokens: list[Token], at: int, last: int) -> tuple[list[Token], Kind] | None:
        """The source tokens and their kind for the cue spanning ``tokens[at:last + 1]``."""
        cue = " ".join(t.lower for t in tokens[at : last + 1])
        if cue in lex.LEAD_CUES:
            return classified(phrase_after(tokens, last + 1))
        if at > 0 and tokens[at - 1].lower in lex.MODALS:
            return None
        if cue.endswith("ing") and at > 0 and tokens[at - 1].text == ",":
            subject = self._subject[1] if self._subject is not None and self._subject[0] == index else None
            return subject or classified(leading_phrase(tokens))
        end = skip_back(tokens, at)
        if end > 0 and tokens[end - 1].lower == "and" and not cue.endswith("ing"):
            # "Cruz exhorted Republicans to … and said": the second verb of the sentence's subject, unless "and"
            # joins two sources before one verb ("Smith and Jones said").
            return subject_before(tokens, end) or classified(leading_phrase(tokens))
        passive_or_bare = any(t.lower in _BE for t in tokens[end:at]) != cue.endswith("ing")
        if passive_or_bare and not (cue.endswith("ing") and self.quote_follows(index, tokens[last].end)):
            return None  # "was asked", "Additional reporting by"; but 'footage of Clinton asking, "…"'
        inverted = None
        if cue in lex.INVERTING_VERBS and (at == 0 or is_break(tokens[at - 1])):
            inverted = classified(phrase_after(tokens, last + 1, closed=True))
        if inverted is not None and end == at:
            return inverted  # '…, said the minister.'
        return subject_before(tokens, end) or inverted

    # -- content -------------------------------------------------------------------------

    def content(self, index: int, tokens: list[Token], at: int, last: int, source: Span) -> Span | None:
        """The quote next to the source or cue, else the reported clause after or before them."""
        s_start = self.sentences[index][0]
        left = min(source[0], tokens[at].start)
        quote = self.quote_ending_at(left)
        if quote is not None and quote[1] > s_start:
            return (quote[0], self.continued_quote(index, quote[1]))
        if source[0] > tokens[last].start:
            last = self.token_index(index, source[1] - 1) or last
        after = self.content_after(index, tokens, last)
        if after is not None:
            return after
        j = min(at, self.token_index(index, source[0]) or at) - 1
        while j >= 0 and tokens[j].text in _SEPARATORS:
            j -= 1
        return (s_start, tokens[j].end) if j + 1 > _MIN_CONTENT_TOKENS else None

    def continued_quote(self, index: int, content_end: int) -> int:
        """Where the speech ends: at ``content_end``, or further when it runs on untagged.

        A quote that is the whole next sentence of the same paragraph ('"…," she said.
        "And more."') continues the same speaker.
        """
        s_end = self.sentences[index][1]
        i = bisect_right(self.quote_ends, s_end)
        if i >= len(self.quotes) or index + 1 >= len(self.sentences):
            return content_end
        q_start, q_end = self.quotes[i]
        if q_start != self.sentences[index + 1][0] or "\n" in self.text[s_end:q_start]:
            return content_end
        j = bisect_right(self.sentence_ends, q_end - 1)
        return (
            inner(self.text, (q_start, q_end))[1]
            if j < len(self.sentences) and self.sentence_ends[j] == q_end
            else content_end
        )

    def quote_ending_at(self, offset: int, *, across_lines: bool = False) -> Span | None:
        """The quote that closes just before ``offset`` (only separators between), if any."""
        i = bisect_right(self.quote_ends, offset) - 1
        if i < 0:
            return None
        q_start, q_end = self.quotes[i]
        gap = (_LINE_GAP if across_lines else _QUOTE_GAP).match(self.text, q_end, offset)
        if gap is None or gap.end() != offset:
            return None
        return inner(self.text, (q_start, q_end))

    def last_word_end(self, index: int) -> int:
        """The end of sentence ``index`` without its closing punctuation (a closing quote stays)."""
        if index not in self._last_word_end:
            start, end = self.sentences[index]
            while end > start and not self.text[end - 1].isalnum() and self.text[end - 1] not in '"\u201d':
                if self.text.startswith("''", end - 2, end):
                    break
                end -= 1
            self._last_word_end[index] = end
        return self._last_word_end[index]

    def content_after(self, index: int, tokens: list[Token], last: int) -> Span | None:
        """What follows the cue and its listener ("told the BBC", "wrote on X"), to the sentence end."""
        k = last + 1
        if tokens[last].lower in lex.REPORTING_VERBS["tell"] and k < len(tokens):
            k = skip_object(tokens, k, listener=True)
        if k < len(tokens) and tokens[k].lower in OBJECT_PREPOSITIONS:
            k = skip_object(tokens, k + 1, listener=False)
        if len(tokens) - k < _MIN_CONTENT_TOKENS + (tokens[k].lower == "that" if k < len(tokens) else 0):
            return None
        lead = _CONTENT_LEAD.match(self.text, tokens[k].start)
        start = lead.end() if lead else tokens[k].start
        end = max(start, self.last_word_end(index))
        quote = self.quote_starting_near(start, end)
        return quote if quote is not None else (start, end)

    def quote_starting_near(self, start: int, end: int) -> Span | None:
        """A quote that opens the content and runs past the sentence (multi-sentence quotes)."""
        i = bisect_right(self.quote_ends, start)
        if i < len(self.quotes) and self.quotes[i][0] == start and self.quotes[i][1] >= end:
            return inner(self.text, self.quotes[i])
        return None


def _opens_sentence(tokens: Sequence[Token], at: int) -> bool:
    """Whether the cue at ``at`` may open a sentence: a lead ("According to …") or an inverted verb before a name
    ("Said Ellis: …", "Added Smith, …")."""
    cue = tokens[at].lower
    if cue in _LEAD_WORDS:
        return True
    return cue in lex.INVERTING_VERBS and at + 1 < len(tokens) and tokens[at + 1].capitalized


def _bounded(spans: Sequence[Span], text: str) -> Sequence[Span]:
    """``spans`` with each span longer than ``_MAX_SENTENCE_CHARS`` cut into pieces, at the last space that fits."""
    if all(end - start <= _MAX_SENTENCE_CHARS for start, end in spans):
        return spans
    pieces: list[Span] = []
    for start, end in spans:
        while end - start > _MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", start + 1, start + _MAX_SENTENCE_CHARS)
            cut = cut if cut > start else start + _MAX_SENTENCE_CHARS
            pieces.append((start, cut))
            start = cut
        pieces.append((start, end))
    return pieces
