"""Shared by the genre and score benchmarks: ``genre.jsonl``, its held-out split, and the metrics.

The data lives in ``../shared/dev`` beside the repository (or ``$CLEANSEED_DEV``); it is not
part of the repository, and the scripts exit cleanly (status 0) when it is absent.
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DEV = Path(os.environ.get("CLEANSEED_DEV", Path(__file__).resolve().parents[2] / "shared" / "dev"))
GENRE = DEV / "genre.jsonl"


def held_out(row_id: str) -> bool:
    """One row in three, fixed by a hash of its id: never fitted on, only measured."""
    return zlib.crc32(row_id.encode()) % 3 == 0


def load_genre() -> list[dict[str, Any]]:
    """The rows of ``genre.jsonl``; exits with a note when the data is absent."""
    if not GENRE.is_file():
        print(f"{GENRE} not found (set CLEANSEED_DEV); nothing to measure", file=sys.stderr)
        raise SystemExit(0)
    with GENRE.open(encoding="utf-8") as rows:
        return [json.loads(line) for line in rows]


def is_news(row: dict[str, Any]) -> bool:
    return bool(row["label"] == "reporting")


def roc_auc(scores: Sequence[float], positive: Sequence[bool]) -> float:
    """Probability that a random positive outscores a random negative (ties count half)."""
    pos = [s for s, p in zip(scores, positive, strict=True) if p]
    neg = [s for s, p in zip(scores, positive, strict=True) if not p]
    if not pos or not neg:
        return float("nan")
    wins = sum(1.0 if a > b else 0.5 if a == b else 0.0 for a in pos for b in neg)
    return wins / (len(pos) * len(neg))


def accuracy(predicted: Sequence[bool | None], truth: Sequence[bool]) -> float:
    """Share right; a ``None`` prediction (genre ``unknown``) counts as wrong."""
    return sum(p == t for p, t in zip(predicted, truth, strict=True)) / len(truth)


def macro_f1(predicted: Sequence[bool | None], truth: Sequence[bool]) -> float:
    """Mean F1 of the news and the opinion class."""
    scores = []
    for cls in (True, False):
        tp = sum(p == cls and t == cls for p, t in zip(predicted, truth, strict=True))
        fp = sum(p == cls and t != cls for p, t in zip(predicted, truth, strict=True))
        fn = sum(p != cls and t == cls for p, t in zip(predicted, truth, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / 2
