"""boilerplate.lines: a small fitted model drops the boilerplate lines no rule names.

Two logistic regressions, jusText-style: the first scores each line on its own shape (length, end punctuation,
stopword, capital, digit and link shares, title case, bullets, repetition, a blank line after it); the second
rescores it with its neighbours' first scores and its distance from the page's main prose block. Weights and
the stopword list are data (``cleanseed/data/line_model.json``), fitted by ``bench/fit_lines.py``; a page in another
language is read with its own function words (``cleanseed/data/function_words.json``).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import math
import operator
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from .._data import load_json
from ..document import EXTRACTION_FALLBACK, Draft
from ._base import cleaner
from ._text import ASCII_WORD_BYTES, LETTER_OR_DIGIT, MAX_FEATURE_CHARS
from .markdown import source_lines

_TOKEN = re.compile(r"\w+")
_LINK_TARGET = re.compile(r"\]\([^)\s]{0,2048}\)|https?://\S{1,2048}|www\.\S{1,2048}")
_ANCHOR = re.compile(r"\[[^\[\]\n]{0,1000}\]\(")
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]{0,3}$")
_TERMINAL_REACH = 4
"""A terminal mark and at most three closing quotes or brackets: searching the last four characters is enough."""
_FIRST = operator.itemgetter(0)
_TOKENS = operator.attrgetter("tokens")
_BULLET = re.compile(r"^\s{0,8}(?:[*+•·▪►-]|\d{1,3}[.)])\s")
_BULLET_MARKS = frozenset("*+•·▪►-")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]?\s+[\"“‘(]?[A-Z]")
_CONTEXT = 3
"""Lines each side whose first-stage scores the second stage averages."""
IN_FLOW_CLEANERS = frozenset(
    {
        "chrome.ads",
        "chrome.newsletter",
        "related.links",
        "chrome.caption",
        "chrome.credit",
        "markdown.images",
        "embeds.social",
        "chrome.call_to_action",
        "chrome.shopping",
    }
)
"""Removals that leave no gap: furniture set inside an article (an "Advertisement" marker, a sign-up pitch,
a "Read more:" link, a photo with its caption and credit, an embedded post, a "Click here" promo) sits
between two paragraphs of one story; so do a product card's buttons and prices in a shopping roundup."""
MAX_LINE_SIZE = 120
_MAX_PASSES = 8
"""Passes at most until no kept line falls below the threshold: a bound against cost. Of the 842 dev flat captures,
838 settle within three passes and none needs more than six; at three, four pages dropped more when cleaned twice."""
_MIN_OVER_ENGLISH = 2
"""How many times the English function words of a page another language's must number to read it in that language."""
_GAP_COST = 15.0
"""Body evidence (in tokens) each line removed by an earlier cleaner costs the main block that spans it.

A run of removed chrome splits the page, so a second article or a promotion below it is not the main block.
Chosen on the fit sites (mean F1 over 4, 10, 15, 22 and 40)."""
_MAX_GAP_LINES = 4
"""A run of removed lines costs the main block at most this many lines' worth. A recirculation widget set
inside an article ("Most Popular" with its images, links and bylines: thirty lines, every few paragraphs
in markdown captures of some publishers) must split it no more surely than a five-line promotion does.
Chosen on the fit sites (1, 2, 3, 4, 5, 8, 16, no cap): markdown F1 0.896 -> 0.902 there, plain unchanged."""

SHAPE_FEATURES = (
    "log_tokens",
    "short",
    "terminal_punct",
    "colon_end",
    "stopword_share",
    "capital_share",
    "digit_share",
    "link_share",
    "anchor_share",
    "bullet",
    "pipes",
    "heading",
    "all_caps",
    "quote",
    "comma_rate",
    "sentence_breaks",
    "lower_start",
    "all_title",
)
PAGE_FEATURES = ("repeated", "next_blank")
LOCAL_FEATURES = SHAPE_FEATURES + PAGE_FEATURES
"""First stage: a line's own shape, then where it sits in the page.

``all_title`` (two words or more, each capitalised or a number, one capitalised at least) marks a heading's
shape, which ``capital_share`` alone scores like a menu's; ``next_blank`` (a blank line follows) marks the end of
a paragraph, where a menu's or a list's items follow one another line after line. Each raised held-out F1 on
both flat captures."""
CONTEXT_FEATURES = (
    "self",
    "prev",
    "next",
    "window",
    "in_main",
    "main_distance",
    "before_main",
    "gap_before",
    "gap_after",
    "block_share",
)
"""Second stage: first-stage scores of the line and its neighbours, and its distance from the main block."""


@dataclass(frozen=True, slots=True)
class LineModel:
    """Weights of both stages, the stopwords the features count, and the drop threshold on p(body)."""

    local: tuple[float, ...]
    context: tuple[float, ...]
    threshold: float
    stopwords: frozenset[str]
    min_page_stopword_share: float
    min_lines: int


@cache
def load_model() -> LineModel:
    """The shipped model; its feature names must match this module's, or the data is stale."""
    raw = load_json("line_model.json")
    if tuple(raw["local"]["features"]) != ("bias", *LOCAL_FEATURES) or tuple(raw["context"]["features"]) != (
        "bias",
        *CONTEXT_FEATURES,
    ):
        raise RuntimeError("line_model.json does not match the features of cleanseed.cleaners.lines; refit it")
    return LineModel(
        local=tuple(raw["local"]["weights"]),
        context=tuple(raw["context"]["weights"]),
        threshold=float(raw["threshold"]),
        stopwords=frozenset(raw["stopwords"]),
        min_page_stopword_share=float(raw["min_page_stopword_share"]),
        min_lines=int(raw["min_lines"]),
    )


@dataclass(frozen=True, slots=True)
class Scored:
    """Positions of the token-bearing lines and the second stage's probability that each is body."""

    positions: tuple[int, ...]
    p_body: tuple[float, ...]


def logistic(weights: Sequence[float], x: Sequence[float]) -> float:
    """p = 1 / (1 + e^-z) of one feature row, ``z`` the bias ``weights[0]`` plus the weighted features."""
    return probabilities(weights, (x,))[0]


def probabilities(weights: Sequence[float], rows: Iterable[Sequence[float]]) -> list[float]:
    """:func:`logistic` of each row, the weights split once for the page rather than once a row."""
    bias, tail = weights[0], weights[1:]
    # map() keeps the dot product in C; load_model has checked that weights and features line up.
    scores = [bias + sum(map(operator.mul, tail, x)) for x in rows]
    out = []
    for z in scores:
        # Clipped to [-40, 40] as max(-40.0, min(40.0, z)) would (a NaN too becomes 40), without the two calls.
        z = z if z < 40.0 else 40.0
        out.append(1.0 / (1.0 + math.exp(-(z if z > -40.0 else -40.0))))
    return out


@dataclass(frozen=True, slots=True)
class Shape:
    """A line's shape features with the token and stopword counts behind them."""

    features: tuple[float, ...]
    tokens: int
    stopwords: int


def tokens(text: str) -> list[str]:
    """The ``_TOKEN`` matches of ``text``: on an ASCII line (most lines) a byte table and ``split`` find them five
    times faster."""
    if text.isascii():
        return text.encode("ascii").translate(ASCII_WORD_BYTES).decode("ascii").split()
    return _TOKEN.findall(text)


def shape(text: str, source: str, stopwords: frozenset[str]) -> Shape:
    """Shape features of one line (``text`` as it stands, ``source`` the line as captured, links and all)."""
    head = text[:MAX_FEATURE_CHARS]
    raw = source[:MAX_FEATURE_CHARS]
    toks = tokens(head)
    n = len(toks) or 1
    # Counts by map() over str methods: this runs for every line of every page, and generators cost twice as much.
    stops = sum(map(stopwords.__contains__, map(str.lower, toks)))
    capitals = sum(map(str.isupper, map(_FIRST, toks)))
    unalpha = len(toks) - sum(map(str.isalpha, toks))  # tokens holding a digit (or, rarely, an underscore)
    stripped = head.strip()
    terminal = bool(_TERMINAL.search(stripped[-_TERMINAL_REACH:]))
    # The first character past the whitespace (``\s`` is what ``str.lstrip`` strips) must be a bullet's mark or a
    # digit (``str.isdigit`` holds for every ``\d``), or a heading's "#": most lines need neither pattern tried.
    lead = raw.lstrip()[:1]
    features = (
        math.log1p(len(toks)) / 5,
        float(len(toks) <= 3),
        float(terminal),
        float(stripped.endswith(":")),
        stops / n,
        capitals / n,
        unalpha / n,
        _link_share(raw),
        _capped(len(_ANCHOR.findall(raw)) / n) if "](" in raw else 0.0,
        float((lead in _BULLET_MARKS or lead.isdigit()) and _BULLET.match(raw) is not None),
        float(raw.count("|") >= 2),
        float(lead == "#" and _HEADING.match(raw) is not None),
        float(head.isupper() and sum(map(len, toks)) >= 4),
        float('"' in head or "“" in head or "”" in head),
        _capped(head.count(",") / n * 5),
        _capped(len(_SENTENCE_BREAK.findall(head)) / 3),
        float(stripped[:1].islower()),
        float(_title_case(toks, capitals, unalpha)),
    )
    return Shape(features, len(toks), stops)


def _capped(share: float) -> float:
    """``min(share, 1.0)``, without the builtin's cost (the same comparison)."""
    return 1.0 if share > 1.0 else share


def _title_case(toks: list[str], capitals: int, unalpha: int) -> bool:
    """Two words or more, each capitalised or a number, one capitalised at least: a heading's shape."""
    # Numbers are among the tokens that are not all letters: a prose line fails the first test, uncounted.
    return (
        len(toks) >= 2
        and capitals > 0
        and capitals + unalpha >= len(toks)
        and (capitals + sum(map(str.isdigit, toks)) >= len(toks))
    )


def _link_share(raw: str) -> float:
    """Share of the line's characters in link targets; most lines hold none, and a literal test is cheap."""
    if "](" not in raw and "http" not in raw and "www." not in raw:
        return 0.0
    return sum(map(len, _LINK_TARGET.findall(raw))) / len(raw)


@dataclass(frozen=True, slots=True)
class PageLines:
    """The token-bearing lines of a draft: their positions, shapes and first-stage feature rows."""

    positions: tuple[int, ...]
    shapes: tuple[Shape, ...]
    rows: tuple[tuple[float, ...], ...]
    gaps: tuple[int, ...]
    """Source lines earlier cleaners removed just before each line (in-flow markers aside): chrome stood there."""

    @property
    def sizes(self) -> list[float]:
        """Each line's weight as body evidence: its tokens, capped, so one flattened menu or country
        list of thousands of words cannot outweigh an article of ordinary paragraphs."""
        # min(s.tokens, MAX_LINE_SIZE) written out: the builtin call costs more, on every line of every pass.
        return [float(t if t < MAX_LINE_SIZE else MAX_LINE_SIZE) for t in map(_TOKENS, self.shapes)]

    @property
    def stopword_share(self) -> float:
        return _stopword_share(self.shapes)


def page_lines(draft: Draft, stopwords: frozenset[str], known: dict[int, Shape] | None = None) -> PageLines:
    """First-stage features of every token-bearing line of ``draft``: its shape, then where it sits.

    ``known`` maps source line numbers to shapes already computed (a line's shape never changes).
    """
    positions, shapes = page_shapes(draft, stopwords, {} if known is None else known)
    keys = [draft.lines[i].text.strip() for i in positions]
    counts = Counter(keys)
    last = len(draft.lines) - 1
    # A capture without one blank line (trafilatura's text, a copy that kept no paragraph breaks) sets each
    # paragraph on a line of its own: every line ends one, as a blank line after it says elsewhere.
    paragraphed = any(line.blank for line in draft.lines)
    rows = tuple(
        (*s.features, float(counts[key] > 1), float(i == last or not paragraphed or draft.lines[i + 1].blank))
        for s, key, i in zip(shapes, keys, positions, strict=True)
    )
    in_flow = sorted(_in_flow_lines(draft))
    gaps = []
    previous_no, previous_i = 0, -1
    for i in positions:
        no = draft.lines[i].no
        removed = no - previous_no - (i - previous_i)
        interruptions = bisect.bisect_left(in_flow, no) - bisect.bisect_right(in_flow, previous_no)
        gap = removed - interruptions
        gaps.append(gap if gap > 0 else 0)
        previous_no, previous_i = no, i
    return PageLines(tuple(positions), tuple(shapes), rows, tuple(gaps))


def page_shapes(draft: Draft, stopwords: frozenset[str], known: dict[int, Shape]) -> tuple[list[int], list[Shape]]:
    """Positions and shapes of the token-bearing lines of ``draft``; ``known`` as for :func:`page_lines`."""
    captured: tuple[str, ...] | None = None  # split only when a line's shape is not known yet (the first pass)
    positions: list[int] = []
    shapes: list[Shape] = []
    for i, line in enumerate(draft.lines):
        if line.blank:
            continue
        found = known.get(line.no)
        if found is None:
            # A line of underscores ("_", "____") is a rule, not a line of words, and ``text.symbol_lines`` drops
            # it after this model; counted as words, it tipped pages over the stopword guard on one pass only.
            if not LETTER_OR_DIGIT.search(line.text[:MAX_FEATURE_CHARS]):
                continue
            if captured is None:
                captured = source_lines(draft.source)
            # The line as captured, links and all; a hand-built draft's numbers may not point into its source.
            source = captured[line.no - 1] if 0 < line.no <= len(captured) else line.text
            found = known[line.no] = shape(line.text, source, stopwords)
        positions.append(i)
        shapes.append(found)
    return positions, shapes


def _stopword_share(shapes: Sequence[Shape]) -> float:
    return sum(s.stopwords for s in shapes) / max(sum(s.tokens for s in shapes), 1)


def _in_flow_lines(draft: Draft) -> set[int]:
    """Source lines removed as in-flow interruptions: markers set inside an article, not page regions."""
    return {
        no
        for r in draft.removed
        if r.cleaner in IN_FLOW_CLEANERS and not r.partial
        for no in range(r.first_line, r.last_line + 1)
    }


def score_lines(draft: Draft, model: LineModel, known: dict[int, Shape] | None = None) -> Scored | None:
    """Both stages' probabilities for every token-bearing line; ``None`` when the model does not apply.

    The model was fitted on English pages: a page whose tokens are not stopword-rich enough to be
    English prose is left alone rather than stripped by weights that never saw its language, and so is
    a text of fewer than ``min_lines`` lines, too little to tell an article from its chrome.
    """
    page = page_lines(draft, model.stopwords, known)
    if len(page.rows) < model.min_lines or page.stopword_share < model.min_page_stopword_share:
        return None
    p_local = probabilities(model.local, page.rows)
    p_body = probabilities(model.context, context_features(p_local, page.sizes, page.gaps))
    return Scored(page.positions, tuple(p_body))


def _log_odds(p: Iterable[float]) -> list[float]:
    """The log-odds of each ``p``, clipped to [-6, 6] and scaled to [-1, 1]."""
    # min(max(v, 0.0025), 0.9975) written out (as in probabilities): two builtin calls a line cost more.
    floored = [0.0025 if v < 0.0025 else v for v in p]
    clipped = [0.9975 if v > 0.9975 else v for v in floored]
    return [math.log(v / (1 - v)) / 6 for v in clipped]


def context_features(p: Sequence[float], size: Sequence[float], gaps: Sequence[int]) -> list[tuple[float, ...]]:
    """Neighbour log-odds, distance from the main block and the removed lines around each line of ``p``.

    A line at either end of the page stands in for its missing neighbour, so an article already free of
    chrome is not penalised at its edges. ``block_share`` compares the prose run a line belongs to (lines
    scoring above one half, with nothing removed between them) with the page's largest such run: a lone
    caption or teaser is a small run.
    """
    if not p:
        return []
    odds = _log_odds(p)
    start, end = main_block(p, size, gaps)
    blocks = _block_sizes(p, size, gaps)
    largest = max(blocks) or 1.0
    distances = [start - k if k < start else (k - end if k > end else 0) for k in range(len(p))]
    gaps_before = [math.log1p(g) / 3 for g in gaps]
    # Column by column (comprehensions, then one zip in C): a fifth cheaper than building each row in a loop.
    columns = (
        odds,
        [odds[0], *odds[:-1]],
        [*odds[1:], odds[-1]],
        _window_means(odds),
        [float(d == 0) for d in distances],
        [math.log1p(d) / 3 for d in distances],
        [float(k < start) for k in range(len(p))],
        gaps_before,
        [*gaps_before[1:], 0.0],
        [b / largest for b in blocks],
    )
    return list(zip(*columns, strict=True))


def _window_means(odds: Sequence[float]) -> list[float]:
    """Mean log-odds of the up to ``_CONTEXT`` lines each side of each line (the line itself left out)."""
    n = len(odds)
    prefix = [0.0, *itertools.accumulate(odds)]
    means = []
    for k, v in enumerate(odds):
        # max(0, k - _CONTEXT) and min(n, k + _CONTEXT + 1) written out: the builtin calls cost more.
        lo = k - _CONTEXT if k > _CONTEXT else 0
        hi = k + _CONTEXT + 1 if k + _CONTEXT + 1 < n else n
        means.append((prefix[hi] - prefix[lo] - v) / (hi - lo - 1 if hi - lo > 2 else 1))
    return means


def _block_sizes(p: Sequence[float], size: Sequence[float], gaps: Sequence[int]) -> list[float]:
    """For each line, the summed size of its run of likely-body lines (zero for a likely-chrome line)."""
    out = [0.0] * len(p)
    start, total = 0, 0.0
    for k in range(len(p) + 1):
        inside = k < len(p) and p[k] >= 0.5
        if inside and total and gaps[k] == 0:
            total += size[k]
            continue
        for j in range(start, k):
            out[j] = total
        start, total = k, (size[k] if inside else 0.0)
    return out


def main_block(p: Sequence[float], size: Sequence[float], gaps: Sequence[int]) -> tuple[int, int]:
    """The contiguous lines with the most body evidence, sum of ``size * (2p - 1)`` (Kadane's maximum subarray).

    A stray chrome line inside the article costs less than the prose around it earns, so the block spans
    it; lines removed by earlier cleaners count as chrome too (``_GAP_COST`` each, ``_MAX_GAP_LINES`` a run at most).
    """
    best, best_span = 0.0, (0, -1)
    run, run_start = 0.0, 0
    for k, (v, s) in enumerate(zip(p, size, strict=True)):
        gap = gaps[k]
        run -= _GAP_COST * (gap if gap < _MAX_GAP_LINES else _MAX_GAP_LINES)
        if run <= 0.0:
            run, run_start = 0.0, k
        run += s * (2 * v - 1)
        if run > best:
            best, best_span = run, (run_start, k)
    return best_span


@cleaner("boilerplate.lines")
def boilerplate_lines(draft: Draft) -> Draft:
    """Drop lines the fitted line model scores as boilerplate, and token-less lines between two of them.

    Dropping chrome changes its neighbours' context, so the kept lines are scored again (a few passes at
    most) until none falls below the threshold: cleaning the output again then drops nothing more.
    HTML drafts pass untouched: trafilatura has already cut the main text out of the page, and the model
    was fitted on whole-page captures, where it costs such text more body lines than chrome. Unless trafilatura
    found no main text or the page was too deep for a tree: then the draft holds every visible text of the page,
    a whole-page capture.
    """
    if draft.format == "html" and EXTRACTION_FALLBACK not in draft.labels:
        return draft
    return drop_boilerplate(draft, load_model())


def drop_boilerplate(draft: Draft, model: LineModel) -> Draft:
    """``boilerplate.lines`` with the given model (the fitting script scores candidate models with it)."""
    known: dict[int, Shape] = {}
    cleaned = _drop_passes(draft, model, known)
    # Nothing dropped and too few English function words (the first pass shaped every line): the model stood aside.
    if cleaned is draft and _stopword_share(tuple(known.values())) < model.min_page_stopword_share:
        in_language = in_page_language(draft, model)
        if in_language is not model:
            cleaned = _drop_passes(draft, in_language, {})
    return cleaned


def _drop_passes(draft: Draft, model: LineModel, known: dict[int, Shape]) -> Draft:
    for _ in range(_MAX_PASSES):
        kept = len(draft.lines)
        draft = _drop_pass(draft, model, known)
        if len(draft.lines) == kept:
            break
    return draft


def in_page_language(draft: Draft, model: LineModel) -> LineModel:
    """``model`` reading the function words of the page's language, when the page has too few English ones and the
    list of another language (``data/function_words.json``) covers enough of its words; else ``model`` itself.

    The features count function words, not English ones: a line of Spanish prose is as rich in "de", "la" and "que"
    as an English one in "of", "the" and "that", and a menu as poor in either. Read with the English list, every
    line of a Spanish page looked like chrome, so the model stood aside for such pages.
    """
    # The words the shapes count: a line without a letter or digit ("_") is a rule, and counted here but not there,
    # it could tip a page over the guard on one pass only.
    words = [
        t.lower()
        for line in draft.lines
        if LETTER_OR_DIGIT.search(text := line.text[:MAX_FEATURE_CHARS])
        for t in tokens(text)
    ]
    if not words:
        return model
    found = {code: sum(map(listed.__contains__, words)) for code, listed in function_words().items()}
    best = max(found, key=found.__getitem__)
    english = sum(map(model.stopwords.__contains__, words))
    # English with few function words ("the council … on") shares some with French or Italian: another language
    # must cover its share and clearly outnumber English.
    if found[best] < model.min_page_stopword_share * len(words) or found[best] < _MIN_OVER_ENGLISH * english:
        return model
    return dataclasses.replace(model, stopwords=function_words()[best])


@cache
def function_words() -> dict[str, frozenset[str]]:
    """The function words of each language but English, by ISO 639-1 code (``data/function_words.json``)."""
    raw = load_json("function_words.json")
    return {code: frozenset(listed) for code, listed in raw.items() if code != "about"}


def _drop_pass(draft: Draft, model: LineModel, known: dict[int, Shape]) -> Draft:
    scored = score_lines(draft, model, known)
    if scored is None:
        return draft
    reasons: dict[int, str] = {}
    for i, p in zip(scored.positions, scored.p_body, strict=True):
        if p < model.threshold:
            reasons[i] = f"boilerplate line (p={1 - p:.2f})"
    for a, b in itertools.pairwise(scored.positions):
        if a in reasons and b in reasons:
            for i in range(a + 1, b):
                if not draft.lines[i].blank:
                    reasons[i] = "boilerplate line (between boilerplate lines)"
    return draft.drop_each(reasons, "boilerplate.lines")
