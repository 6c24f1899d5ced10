"""``score()``: how well sourced a document is, as a scorecard whose lines add up to the score.

Each signal in ``cleanseed.signals`` returns a value; its contribution is
``weight * min(value, cap)``, with weights from ``cleanseed/data/weights.json`` (or the
caller's). The score is ``base`` plus the contributions, clipped to [0, 1]; ``explain()``
shows every line and the clipping.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from ._data import load_json
from .document import Document
from .pipeline import clean
from .signals import PENALTIES, REGISTRY, Evidence, Reading
from .signals._reading import CueKind, Sentence
from .signals.attributions import Attribution
from .signals.genre import Genre, classify

__all__ = ["Claim", "ClaimTag", "Report", "Signal", "Weight", "Weights", "default_weights", "score"]

ClaimTag = Literal[
    "attributed-named",
    "attributed-anonymous",
    "first-person",
    "hedged",
    "unsupported-factual",
    "evaluative",
    "plain",
]

_EVALUATIVE_CUES: tuple[CueKind, ...] = (
    "evaluative",
    "obligation",
    "epistemic",
    "second_person",
    "question",
    "imperative",
)


@dataclass(frozen=True, slots=True)
class Weight:
    """How one signal counts: ``weight * min(value, cap)``."""

    weight: float
    cap: float


@dataclass(frozen=True, slots=True)
class Weights:
    """The scorecard: a base and one :class:`Weight` per signal name."""

    base: float
    signals: Mapping[str, Weight]


@dataclass(frozen=True, slots=True)
class Signal:
    """One line of the scorecard: a signal's value, what it added to the score, and its evidence."""

    name: str
    value: float
    contribution: float
    summary: str
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": self.value,
            "contribution": self.contribution,
            "summary": self.summary,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence of ``doc.text`` and what backs it: every tag that applies, ``plain`` when none does."""

    start: int
    end: int
    text: str
    tags: tuple[ClaimTag, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "tags": list(self.tags)}


@dataclass(frozen=True, slots=True)
class Report:
    """The result of :func:`score`: the score, the genre, the scorecard lines, attributions and claims.

    ``total`` is ``base`` plus every contribution before clipping; ``score`` is ``total``
    clipped to [0, 1].
    """

    score: float
    total: float
    base: float
    genre: Genre
    signals: Mapping[str, Signal]
    attributions: tuple[Attribution, ...]
    claims: tuple[Claim, ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with stable keys; ``json.loads(json.dumps(d)) == d``."""
        return {
            "score": self.score,
            "total": self.total,
            "base": self.base,
            "genre": self.genre,
            "signals": {name: s.to_dict() for name, s in self.signals.items()},
            "attributions": [a.to_dict() for a in self.attributions],
            "claims": [c.to_dict() for c in self.claims],
        }

    def explain(self) -> str:
        """One line: the score, the genre, every non-zero contribution, and any clipping."""
        parts = [f"base {self.base:+.2f}"]
        parts += [f"{s.name} ({s.summary}) {s.contribution:+.2f}" for s in self.signals.values() if s.contribution]
        line = f"{self.score:.2f} [{self.genre}]: " + ", ".join(parts)
        if self.total != self.score:
            line += f" = {self.total:.2f}, clipped to {self.score:.2f}"
        return line


def score(doc_or_raw: Document | str | bytes, *, weights: Weights | Mapping[str, Any] | None = None) -> Report:
    """Score how well sourced a document is; raw input (anything ``clean()`` takes) is cleaned first.

    ``weights`` replaces the shipped scorecard, whole or in part: a :class:`Weights`, or a
    mapping shaped like ``cleanseed/data/weights.json`` whose entries override the defaults.
    """
    doc = doc_or_raw if isinstance(doc_or_raw, Document) else clean(doc_or_raw)
    card = _resolve(weights)
    reading = Reading(doc)
    signals: dict[str, Signal] = {}
    for name, w in card.signals.items():
        finding = REGISTRY[name](reading)
        # + 0.0: a penalty's weight times nothing is -0.0, which JSON and explain() would print as "-0.0".
        contribution = round(w.weight * min(finding.value, w.cap), 4) + 0.0
        signals[name] = Signal(name, finding.value, contribution, finding.summary, finding.evidence)
    total = round(card.base + sum(s.contribution for s in signals.values()), 4)
    genre, _ = classify(reading)
    return Report(
        score=min(1.0, max(0.0, total)),
        total=total,
        base=card.base,
        genre=genre,
        signals=signals,
        attributions=reading.attributions,
        claims=_claims(reading),
    )


@cache
def default_weights() -> Weights:
    """The shipped scorecard (``cleanseed/data/weights.json``)."""
    raw = load_json("weights.json")
    return _parse(raw, None)


def _resolve(weights: Weights | Mapping[str, Any] | None) -> Weights:
    if weights is None:
        return default_weights()
    if isinstance(weights, Weights):
        _check(weights)
        return weights
    return _parse(weights, default_weights())


def _parse(raw: Mapping[str, Any], defaults: Weights | None) -> Weights:
    unknown = set(raw) - {"about", "base", "signals"}
    if unknown:
        raise ValueError(f"weights take 'base' and 'signals' (name -> weight, cap); unknown keys: {sorted(unknown)}")
    signals = dict(defaults.signals) if defaults else {}
    entries = raw.get("signals", {})
    if not isinstance(entries, Mapping):
        raise ValueError(f"weights: 'signals' maps signal names to {{'weight', 'cap'}}, got {entries!r}")
    for name, entry in entries.items():
        old = signals.get(name)
        try:
            merged = {**(dataclasses.asdict(old) if old else {}), **entry}
            signals[name] = Weight(float(merged["weight"]), float(merged["cap"]))
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"weights for signal {name!r} need a numeric 'weight' and 'cap': {entry!r}") from error
    try:
        base = float(raw["base"]) if "base" in raw else defaults.base if defaults else 0.0
    except (TypeError, ValueError) as error:
        raise ValueError(f"weights: base must be a number, got {raw['base']!r}") from error
    card = Weights(base, {name: signals[name] for name in REGISTRY if name in signals} | signals)
    _check(card)
    return card


def _check(card: Weights) -> None:
    """Reject unknown signals, non-finite numbers and weights of the wrong sign (credits add, penalties subtract)."""
    if not math.isfinite(card.base):
        raise ValueError(f"weights: base must be a finite number, got {card.base}")
    for name, w in card.signals.items():
        if name not in REGISTRY:
            raise ValueError(f"no signal named {name!r}; known signals: {', '.join(REGISTRY)}")
        if (w.weight > 0 and name in PENALTIES) or (w.weight < 0 and name not in PENALTIES):
            kind = "a penalty (weight <= 0)" if name in PENALTIES else "a credit (weight >= 0)"
            raise ValueError(f"signal {name!r} is {kind}; got weight {w.weight}")
        if not (math.isfinite(w.weight) and math.isfinite(w.cap) and w.cap >= 0):
            raise ValueError(f"signal {name!r}: weight and cap must be finite and cap >= 0, got {w}")


def _claims(reading: Reading) -> tuple[Claim, ...]:
    """Tag every sentence with what backs it (or fails to)."""
    text = reading.text
    return tuple(
        Claim(s.start, s.end, text[s.start : s.end], _tags(reading, i, s)) for i, s in enumerate(reading.sentences)
    )


def _tags(reading: Reading, index: int, s: Sentence) -> tuple[ClaimTag, ...]:
    """Every tag that applies to sentence ``index``, or ``plain`` when none does."""
    kinds = s.kinds
    tags: list[ClaimTag] = []
    if s.named:
        tags.append("attributed-named")
    if s.anonymous:
        tags.append("attributed-anonymous")
    if "first_person" in kinds:
        tags.append("first-person")
    if "hedge" in kinds and not s.named:
        tags.append("hedged")
    if ("figure" in kinds or "superlative" in kinds) and not reading.supported(index):
        tags.append("unsupported-factual")
    if not kinds.isdisjoint(_EVALUATIVE_CUES):
        tags.append("evaluative")
    return tuple(tags) or ("plain",)
