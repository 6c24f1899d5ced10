"""Genre signal: news or opinion (or unknown), from what the text does rather than who published it.

A small logistic model over counts that mean something in any outlet: the writer's own
voice (first and second person, stance and judgement words, questions, commands,
argument markers, concessions, negation, present tense, abstract nouns) against reporting
(attributed sentences, named and anonymous sources, speech passed on with "said" or "told", time
anchors, past tense). Each count enters as its smoothed share of the sentences,
``log((n + 1) / (sentences + 2))`` (abstract nouns as their share of the words), so a long text
does not look more of either kind for being long; the fitted weights
(``data/genre_model.json``, fitted by ``bench/fit_genre.py``) are constrained to the direction
each feature argues for, so more reporting evidence never makes a text look more like opinion. A page label
("Opinion", "Comment", ``/opinion/`` in the url) adds a fixed weight towards opinion.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Literal

from .._data import load_json
from .._url import url_path
from ..cleaners._text import ASCII_WORD_BYTES
from ..cleaners.lexicon import URL_LABELS
from . import _lexicon as lex
from ._finding import Evidence, Finding
from ._reading import CueKind, Reading

__all__ = ["NEWS_FEATURES", "OPINION_FEATURES", "Genre", "GenreModel", "classify", "features", "genre", "load_model"]

Genre = Literal["news", "opinion", "unknown"]

_OPINION_CUES: tuple[CueKind, ...] = (
    "first_person",
    "second_person",
    "epistemic",
    "obligation",
    "evaluative",
    "question",
    "imperative",
    "argument",
    "concession",
    "negation",
    "present",
)
OPINION_FEATURES = (*_OPINION_CUES, "headline_question", "nominal")
"""Cues of the writer's own voice, counted as sentences that carry them outside quotes, a
headline that asks a question (news headlines state what happened), and abstract nouns
("regulation", "fairness") per word outside quotes: argument is about ideas, reports about
people and events."""

NEWS_FEATURES = ("attributed", "named", "anonymous", "said", "time", "past", "name", "figure", "short_paragraphs")
"""Reporting evidence: sentences with an attribution, named and anonymous attributions, sentences
passing on speech with "said" or "told" outside quotes (counted apart from attributions, which
also need a source the reader can place), time anchors, past tense, proper names, figures, and
one-sentence paragraphs (the news writer's unit)."""

OPINION_LABELS = frozenset({"opinion", "analysis"})
"""Page labels (set by the ``meta.labels`` cleaner) that mark a page as not straight news."""

FEATURE_LABELS = {
    "first_person": "first person",
    "second_person": "second person",
    "epistemic": "stance words",
    "obligation": "should/must",
    "evaluative": "judgement words",
    "question": "questions",
    "imperative": "commands",
    "argument": "argument markers",
    "concession": "concessions",
    "negation": "negation",
    "present": "present tense",
    "attributed": "attributed sentences",
    "named": "named sources",
    "anonymous": "anonymous sources",
    "said": "said/told",
    "time": "time anchors",
    "past": "past tense",
    "name": "proper names",
    "short_paragraphs": "one-sentence paragraphs",
    "figure": "figures",
    "headline_question": "question headline",
    "nominal": "abstract nouns",
    "label": "page label",
}
"""How each term of the model reads in a summary."""

# Abstract nouns are counted in the ASCII bytes of the text with every byte but a letter, digit
# or "_" made a space (``ASCII_WORD_BYTES``), so each word opens after a space: the regex engine
# jumps from space to space, where a pattern opening with "\b" is tried at every character (twice
# the time). Any character outside ASCII ends a word there: rightly the curly apostrophe of
# "government’s", wrongly (and rarely, in English) a letter such as the "é" of "dénouement".
# A whole lowercase word with three letters or more before the ending: "nation" and "city" are
# too short, and a capitalised word ("Department") is more often a name than an idea.
_NOMINAL = re.compile(
    rb" [a-z]{3,}(?:" + "|".join(sorted(lex.NOMINAL_SUFFIXES, key=len, reverse=True)).encode("ascii") + rb")(?= )"
)

_SHOWN_CUES: tuple[CueKind, ...] = (
    "first_person",
    "second_person",
    "question",
    "imperative",
    "obligation",
    "epistemic",
    "evaluative",
)


@dataclass(frozen=True, slots=True)
class GenreModel:
    """Weights of the genre model: log-odds of news = ``bias + sum(weights[f] * feature f)``."""

    bias: float
    weights: dict[str, float]
    means: dict[str, float]
    """Each feature's mean over the rows the model was fitted on: a summary names the features that set a text
    apart from those, ``weight * (feature - mean)``, as every text has a share of each and its plain term is
    mostly the same for all."""
    label_weight: float
    unknown_band: float
    min_sentences: int


@cache
def load_model() -> GenreModel:
    """The shipped genre model (``cleanseed/data/genre_model.json``)."""
    raw = load_json("genre_model.json")
    return GenreModel(
        bias=float(raw["bias"]),
        weights={k: float(v) for k, v in raw["weights"].items()},
        means={k: float(v) for k, v in raw["means"].items()},
        label_weight=float(raw["label_weight"]),
        unknown_band=float(raw["unknown_band"]),
        min_sentences=int(raw["min_sentences"]),
    )


def features(reading: Reading) -> dict[str, float]:
    """The model's inputs: each count as ``log((count + 1) / (sentences + 2))``, abstract nouns as
    ``log((count + 1) / (words + 2))``, and the headline flag as 0 or 1."""
    # score() asks for the genre, and the genre signal asks again.
    return dict(reading.memo("genre.features", lambda: _features(reading)))


def _features(reading: Reading) -> dict[str, float]:
    seen = reading.kind_counts
    counts: dict[str, int] = {k: seen[k] for k in _OPINION_CUES}
    counts["attributed"] = sum(s.attributed for s in reading.sentences)
    counts["named"] = sum(a.named for a in reading.attributions)
    counts["anonymous"] = sum(not a.named for a in reading.attributions)
    counts["said"] = seen["said"]
    counts["time"] = seen["time"]
    counts["past"] = seen["past"]
    counts["name"] = seen["name"]
    counts["figure"] = seen["figure"]
    counts["short_paragraphs"] = _single_sentence_paragraphs(reading)
    smoothed = math.log(len(reading.sentences) + 2)
    found = {k: math.log(v + 1) - smoothed for k, v in counts.items()}
    title = reading.doc.title
    found["headline_question"] = float(title is not None and title.rstrip(" ;:.").endswith("?"))
    found["nominal"] = _nominal_share(reading)
    return found


def _nominal_share(reading: Reading) -> float:
    """Abstract nouns outside quotes as the smoothed log share of the words outside quotes."""
    # A share of the words, not the sentences: long argued sentences carry several.
    unquoted = reading.unquoted
    spaced = b" " + unquoted.encode("ascii", "replace").translate(ASCII_WORD_BYTES) + b" "
    return math.log(len(_NOMINAL.findall(spaced)) + 1) - math.log(len(unquoted.split()) + 2)


def _single_sentence_paragraphs(reading: Reading) -> int:
    starts = [s.start for s in reading.sentences]
    return sum(bisect_left(starts, end) - bisect_left(starts, start) == 1 for start, end in reading.paragraphs)


def labelled_opinion(reading: Reading) -> bool:
    """Whether the page says it is opinion or analysis: a label the cleaners found, or its url path."""
    doc = reading.doc
    if OPINION_LABELS.intersection(doc.labels):
        return True
    segments = url_path(doc.url).split("/")
    return any(URL_LABELS.get(segment) in OPINION_LABELS for segment in segments)


def log_odds(reading: Reading, model: GenreModel | None = None) -> dict[str, float]:
    """Each term of the news log-odds, by feature name (plus ``bias`` and ``label``)."""
    model = model or load_model()
    terms = {"bias": model.bias}
    for name, x in features(reading).items():
        terms[name] = model.weights.get(name, 0.0) * x
    terms["label"] = -model.label_weight if labelled_opinion(reading) else 0.0
    return terms


def classify(reading: Reading, model: GenreModel | None = None) -> tuple[Genre, float]:
    """The genre and the probability that the text is news."""
    model = model or load_model()
    return _decide(reading, model, log_odds(reading, model))


def _decide(reading: Reading, model: GenreModel, terms: dict[str, float]) -> tuple[Genre, float]:
    p_news = 1.0 / (1.0 + math.exp(-sum(terms.values())))
    if len(reading.sentences) < model.min_sentences and not labelled_opinion(reading):
        return "unknown", p_news
    if abs(p_news - 0.5) < model.unknown_band:
        return "unknown", p_news
    return ("news" if p_news > 0.5 else "opinion"), p_news


def _set_apart(reading: Reading, model: GenreModel) -> list[tuple[str, bool, float]]:
    """The terms that move this text's log-odds from a typical fitted row's, largest first: each feature's name,
    whether the text has more of it than the mean, and ``weight * (feature - mean)``; the page label's in full."""
    found = [
        (name, x > model.means[name], model.weights[name] * (x - model.means[name]))
        for name, x in features(reading).items()
        if model.weights.get(name)
    ]
    if labelled_opinion(reading):
        found.append(("label", True, -model.label_weight))
    return sorted((t for t in found if round(t[2], 1)), key=lambda t: abs(t[2]), reverse=True)


def _telling(name: str, more: bool) -> str:
    """How a term reads in a summary: "more said/told", "fewer abstract nouns", "question headline", "page label"."""
    if name == "label":
        return FEATURE_LABELS[name]
    if name == "headline_question":
        return FEATURE_LABELS[name] if more else f"no {FEATURE_LABELS[name]}"
    return f"{'more' if more else 'fewer'} {FEATURE_LABELS.get(name, name)}"


def genre(reading: Reading) -> Finding:
    """Grade the text from opinion (-1) to news (+1): ``2 * P(news) - 1``, with the cues that weighed most."""
    model = load_model()
    label, p_news = _decide(reading, model, log_odds(reading, model))
    why = ", ".join(f"{_telling(name, more)} {term:+.1f}" for name, more, term in _set_apart(reading, model)[:3])
    text = reading.text
    evidence = tuple(
        Evidence(c.start, c.end, text[c.start : c.end], FEATURE_LABELS[c.kind])
        for s in reading.sentences
        if not s.kinds.isdisjoint(_SHOWN_CUES)
        for c in s.cues
        if c.kind in _SHOWN_CUES
    )
    summary = f"{label}, P(news)={p_news:.2f}" + (f": {why}" if why else "")
    return Finding(2.0 * p_news - 1.0, summary, evidence)
