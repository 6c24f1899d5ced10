"""Language identification: plainly English prose by its function words, anything else with langdetect
(seeded, on a bounded sample); computed once per document."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache

SAMPLE_CHARS = 250
"""langdetect's n-gram extraction, most of its cost, grows with text length, while one trial converges after
about 40 n-grams. Every window of 120 to 500 characters of news prose in fourteen languages, and every
development page, got the same answer; 250 characters leave a margin for leftover chrome in the sample."""

TRIALS = 1
"""langdetect's random restarts (its default is 7). On the 421 development pages and on prose in ten
languages one trial gives the answers three did, at half the cost (0.6 ms against 1.5 ms a document)."""

_LETTERS = re.compile(r"[^\W\d_]")
_ASCII_WORD = re.compile(r"[a-z]+")
ENGLISH_MARKERS = frozenset(
    {
        "the", "and", "of", "to", "that", "this", "with", "from", "they", "their", "there", "these", "those", "which",
        "would", "could", "should", "were", "been", "being", "said", "says", "about", "after", "more", "than", "not",
        "but", "or", "if", "it", "its", "are", "you", "your", "our", "his", "him", "she", "what", "when", "where",
        "who", "whom", "has", "have", "had", "into", "other", "some", "such", "only", "out", "up", "very", "how",
        "why", "because", "between", "through", "during", "before", "against", "may", "might", "must", "any", "each",
        "then", "them", "us",
    }
)  # fmt: skip
"""English function words that are not also common words of another language written in the Latin alphabet
("a", "in", "is", "on", "was", "will", "as", "we" are: Dutch, German, French, Portuguese, Polish)."""
MIN_ENGLISH_SHARE = 0.15
"""English news prose has a median of 28 % of its words in ``ENGLISH_MARKERS`` (95 % of development pages
have 15 % or more); prose in ten other languages had at most 5 %, or 10 % in a short Polish paragraph."""
_MIN_SAMPLE_WORDS = 20
_MIN_PROSE_CHARS = 40
_MIN_LETTER_SHARE = 0.7
"""English prose is about 80 % letters, a line of prices or product codes well under 70 %."""


@cache
def _factory() -> object:
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory

    DetectorFactory.seed = 0  # langdetect samples at random; a fixed seed makes the answer repeatable
    init_factory()
    from langdetect import detector_factory

    factory = detector_factory._factory
    _freeze_profiles(factory.word_lang_prob_map)
    return factory


def _freeze_profiles(profiles: dict[str, Sequence[float]]) -> None:
    """Make each n-gram's per-language probabilities a tuple (langdetect only reads them once loaded).

    As lists, 88,000 of them of 55 floats each live as long as the process, and every full garbage collection
    walks all 4.8 million floats (about half of a 120 ms collection after 842 pages). A tuple of floats is
    untracked by the collector once it has survived one collection, and then costs later ones nothing.
    """
    for ngram, probabilities in profiles.items():
        profiles[ngram] = tuple(probabilities)


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text`` (``zh-cn`` style codes are cut to two letters), or ``"und"``."""
    sample = _sample(text)
    if len(_LETTERS.findall(sample)) < 20:
        return "und"
    if _plainly_english(sample):
        return "en"
    from langdetect.lang_detect_exception import LangDetectException

    factory = _factory()
    try:
        detector = factory.create()  # type: ignore[attr-defined]
        detector.n_trial = TRIALS
        detector.append(sample)
        probabilities = detector.get_probabilities()
    except LangDetectException:
        return "und"
    if not probabilities or probabilities[0].prob < 0.6:
        return "und"
    return str(probabilities[0].lang).split("-")[0]


def _plainly_english(sample: str) -> bool:
    """English function words make up enough of the sample that langdetect, at a millisecond a page, would
    say English too; anything less sure goes to langdetect."""
    words = _ASCII_WORD.findall(sample.lower())
    if len(words) < _MIN_SAMPLE_WORDS:
        return False
    return sum(map(ENGLISH_MARKERS.__contains__, words)) >= MIN_ENGLISH_SHARE * len(words)


def _sample(text: str) -> str:
    """Prose lines from the middle of the text outwards: openings and endings are where leftover chrome sits,
    and a product list or an inline SVG in the middle of a page says nothing about its language."""
    if len(text) <= SAMPLE_CHARS:
        return text
    lines = text.splitlines()
    middle = len(lines) // 2
    pairs = itertools.zip_longest(range(middle, len(lines)), range(middle - 1, -1, -1))
    outwards = itertools.chain.from_iterable(pairs)
    picked: list[int] = []
    size = 0
    for i in outwards:
        if i is not None and _is_prose(lines[i][:SAMPLE_CHARS]):
            picked.append(i)
            size += len(lines[i])
            if size >= SAMPLE_CHARS:
                break
    if not picked:
        start = (len(text) - SAMPLE_CHARS) // 2
        return text[start : start + SAMPLE_CHARS]
    return " ".join(lines[i][:SAMPLE_CHARS] for i in sorted(picked))[:SAMPLE_CHARS]


def _is_prose(line: str) -> bool:
    """Long enough and mostly letters (in any script): not a price list, a table row or path data."""
    return len(line) >= _MIN_PROSE_CHARS and len(_LETTERS.findall(line)) >= _MIN_LETTER_SHARE * len(line)
