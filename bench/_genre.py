"""Shared by the genre and score benchmarks: ``genre.jsonl``, its held-out split, and the metrics.

The data lives in ``../shared/dev`` beside the repository (or ``$CLEANSEED_DEV``); it is not
part of the repository, and the scripts exit cleanly (status 0) when it is absent.

``genre.jsonl`` takes its two classes from two corpora, so a feature can fit the corpora
rather than the genre. ``OUTSIDE_OPINION`` and ``OUTSIDE_REPORTING`` label some gold
texts of ``pages.jsonl`` (2023, thirty-odd sites, any topic) by their title and address:
an outside check of the genre model, not fitted on.
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
PAGES = DEV / "pages.jsonl"

# Row numbers N of pages.jsonl ids "naeb-N", labelled by hand from title and address (Dec 2026).
OUTSIDE_OPINION = (
    *(9, 17, 18, 21, 26, 40, 41, 42, 57, 58, 68, 74, 97, 110, 143, 144, 145, 148, 153, 163, 172, 201, 205, 219),
    *(255, 256, 261, 265, 297, 317, 318, 339, 340, 341, 342, 362, 372, 373, 377, 387, 391, 395, 408, 419, 431),
)
"""Editorials, columns, op-eds, reviews and first-person essays."""
OUTSIDE_REPORTING = (
    *(1, 2, 3, 5, 8, 11, 12, 13, 14, 22, 23, 29, 30, 32, 35, 38, 39, 45, 47, 50, 55, 56, 61, 66, 70, 71, 72, 75),
    *(76, 79, 84, 85, 86, 89, 91, 92, 93, 94, 95, 100, 101, 105, 106, 107, 108, 109, 111, 112, 113, 115, 116),
    *(118, 120, 123, 124, 125, 126, 129, 132, 133, 134, 135, 136, 138, 141, 147, 151, 156, 157, 158, 159, 160),
    *(164, 170, 173, 174, 179, 181, 182, 185, 189, 190, 193, 197, 198, 199, 200, 209, 210, 212, 214, 215, 217),
    *(218, 220, 221, 222, 225, 229, 230, 233, 234, 235, 236, 240, 249, 250, 251, 252, 253, 254, 258, 259, 260),
    *(266, 269, 273, 274, 275, 276, 277, 278, 279, 280, 283, 284, 288, 289, 293, 295, 296, 298, 299, 309, 310),
    *(311, 312, 313, 315, 316, 319, 323, 324, 325, 326, 328, 329, 331, 332, 333, 344, 345, 346, 347, 348, 349),
    *(352, 353, 354, 355, 356, 359, 360, 365, 366, 368, 369, 374, 376, 379, 392, 394, 396, 399, 400, 402, 403),
    *(405, 406, 415, 417, 418, 420, 422, 424, 432),
)
"""Reports of an event or an announcement: hard news, sports, business, science and celebrity news."""


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


def load_outside() -> list[dict[str, Any]]:
    """The hand-labelled pages of ``pages.jsonl`` as rows like genre's; none when the file is absent."""
    if not PAGES.is_file():
        return []
    labels = {f"naeb-{n}": "opinion" for n in OUTSIDE_OPINION} | {f"naeb-{n}": "reporting" for n in OUTSIDE_REPORTING}
    with PAGES.open(encoding="utf-8") as rows:
        pages = [json.loads(line) for line in rows]
    keep = [p for p in pages if p["id"] in labels]
    return [{"id": p["id"], "title": p["title"], "text": p["text"], "label": labels[p["id"]]} for p in keep]


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
