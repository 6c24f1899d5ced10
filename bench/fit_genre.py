"""Fit the genre model (``src/cleanseed/data/genre_model.json``) on part of ``genre.jsonl``.

Pure Python: a logistic regression by full-batch gradient descent on standardised
features (each count as its smoothed log share of the sentences, abstract nouns of the
words; see ``genre.features``), each weight kept to the side its feature argues for (an
opinion cue never pushes towards news, and the reverse); the ridge strength and the decision threshold are chosen on the
fitted rows alone. Fitted on two rows in three;
the third (fixed by a hash of the row id) is held out and measured. Reads
``../shared/dev/genre.jsonl`` (or ``$CLEANSEED_DEV``); exits cleanly without it.

    python bench/fit_genre.py            # fit, print held-out figures
    python bench/fit_genre.py --write    # ... and write the model file
    python bench/fit_genre.py --cv       # ... and cross-validate on the fitted rows
    python bench/fit_genre.py --outside  # ... and measure on hand-labelled pages of pages.jsonl

The outside pages come from other sites, years and topics than ``genre.jsonl``: a feature
that raises the cross-validated figures but lowers these has learnt the two corpora.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
from collections.abc import Sequence
from pathlib import Path

from _genre import accuracy, held_out, is_news, load_genre, load_outside, macro_f1, roc_auc

from cleanseed.document import Document
from cleanseed.signals._reading import Reading
from cleanseed.signals.genre import NEWS_FEATURES, OPINION_FEATURES, features, load_model

MODEL = Path(__file__).resolve().parents[1] / "src" / "cleanseed" / "data" / "genre_model.json"
L2_CHOICES = (0.01, 0.03, 0.1, 0.3)
"""Ridge strengths tried; the one with the best 3-fold accuracy on the fitted rows is used."""
STEPS = 800
RATE = 1.0
LABEL_WEIGHT = 3.0
"""Log-odds a page label adds towards opinion; not fitted (the data carries no labels)."""
UNKNOWN_BAND = 0.0
MIN_SENTENCES = 3
NAMES = (*OPINION_FEATURES, *NEWS_FEATURES)


def fit(x: Sequence[Sequence[float]], y: Sequence[bool], l2: float) -> tuple[float, list[float]]:
    """Sign-constrained L2 logistic regression; returns the bias and weights on the raw features."""
    n, k = len(x), len(NAMES)
    mean = [sum(row[j] for row in x) / n for j in range(k)]
    sd = [max(1e-9, math.sqrt(sum((row[j] - mean[j]) ** 2 for row in x) / n)) for j in range(k)]
    z = [[(row[j] - mean[j]) / sd[j] for j in range(k)] for row in x]
    sign = [-1.0 if name in OPINION_FEATURES else 1.0 for name in NAMES]
    w, b = [0.0] * k, 0.0
    for _ in range(STEPS):
        grad, grad_b = [0.0] * k, 0.0
        for row, target in zip(z, y, strict=True):
            error = 1.0 / (1.0 + math.exp(-(b + sum(wj * v for wj, v in zip(w, row, strict=True))))) - target
            grad_b += error
            for j in range(k):
                grad[j] += error * row[j]
        b -= RATE * grad_b / n
        w = [max(0.0, s * (wj - RATE * (g / n + l2 * wj))) * s for wj, g, s in zip(w, grad, sign, strict=True)]
    raw = [wj / sdj for wj, sdj in zip(w, sd, strict=True)]
    return b - sum(r * m for r, m in zip(raw, mean, strict=True)), raw


def fit_with_cut(x: Sequence[Sequence[float]], y: Sequence[bool], l2: float) -> tuple[float, list[float]]:
    """:func:`fit`, then the bias moved to the decision threshold that is right most often on ``x``."""
    bias, weights = fit(x, y, l2)
    odds = [bias + sum(w * v for w, v in zip(weights, row, strict=True)) for row in x]
    return bias - best_cut(odds, y), weights


def choose_l2(x: Sequence[Sequence[float]], y: Sequence[bool]) -> float:
    """The ridge strength with the best 3-fold cross-validated accuracy (ties: the stronger one)."""

    def right(l2: float) -> int:
        hits = 0
        for fold in range(3):
            inner = [i for i in range(len(x)) if i % 3 != fold]
            bias, weights = fit_with_cut([x[i] for i in inner], [y[i] for i in inner], l2)
            for i in range(fold, len(x), 3):
                hits += (bias + sum(w * v for w, v in zip(weights, x[i], strict=True)) > 0) == y[i]
        return hits

    return max(L2_CHOICES, key=lambda l2: (right(l2), l2))


def cross_validated(
    x: Sequence[Sequence[float]], y: Sequence[bool], l2: float, folds: int = 5, repeats: int = 3
) -> tuple[float, float]:
    """Mean accuracy and ROC-AUC of :func:`fit_with_cut` over ``repeats`` shuffled ``folds``-fold splits."""
    accuracies, aucs = [], []
    for seed in range(repeats):
        order = list(range(len(x)))
        random.Random(seed).shuffle(order)
        odds = [0.0] * len(x)
        for fold in range(folds):
            inner = [i for k, i in enumerate(order) if k % folds != fold]
            bias, weights = fit_with_cut([x[i] for i in inner], [y[i] for i in inner], l2)
            for i in order[fold::folds]:
                odds[i] = bias + sum(w * v for w, v in zip(weights, x[i], strict=True))
        accuracies.append(accuracy([o > 0 for o in odds], y))
        aucs.append(roc_auc(odds, y))
    return sum(accuracies) / repeats, sum(aucs) / repeats


def feature_means(x: Sequence[Sequence[float]]) -> dict[str, float]:
    """Each feature's mean over rows ``x``: the typical text a summary compares a text with."""
    return {name: round(sum(row[k] for row in x) / len(x), 6) + 0.0 for k, name in enumerate(NAMES)}


def best_cut(odds: Sequence[float], truth: Sequence[bool]) -> float:
    """The decision threshold on the fitted rows' log-odds that is right most often (ties: nearest 0)."""
    ranked = sorted(odds)
    cuts = [0.0] + [(a + b) / 2 for a, b in itertools.pairwise(ranked)]
    return max(cuts, key=lambda c: (sum((o > c) == t for o, t in zip(odds, truth, strict=True)), -abs(c)))


def outside_figures(bias: float, weights: Sequence[float]) -> str:
    """Accuracy, macro-F1 and ROC-AUC of the model on the hand-labelled pages of ``pages.jsonl``."""
    rows = load_outside()
    if not rows:
        return "outside: pages.jsonl not found"
    found = [features(Reading(Document(text=r["text"], title=r["title"]))) for r in rows]
    odds = [bias + sum(w * f[name] for w, name in zip(weights, NAMES, strict=True)) for f in found]
    truth = [is_news(r) for r in rows]
    predicted: list[bool | None] = [o > 0 for o in odds]
    return (
        f"outside  n={len(rows):3d}  accuracy {accuracy(predicted, truth):.3f}  "
        f"macro-F1 {macro_f1(predicted, truth):.3f}  ROC-AUC {roc_auc(odds, truth):.3f}  (pages.jsonl, by hand)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the fitted model into the package")
    parser.add_argument("--errors", action="store_true", help="list the misclassified rows")
    parser.add_argument("--cv", action="store_true", help="also cross-validate on the fitted rows (slow)")
    parser.add_argument("--outside", action="store_true", help="also measure on the hand-labelled pages of pages.jsonl")
    args = parser.parse_args(argv)
    rows = load_genre()
    found = [features(Reading(Document(text=r["text"], title=r["title"]))) for r in rows]
    x = [[f[name] for name in NAMES] for f in found]
    y = [is_news(r) for r in rows]
    train = [i for i, r in enumerate(rows) if not held_out(r["id"])]
    test = [i for i, r in enumerate(rows) if held_out(r["id"])]
    l2 = choose_l2([x[i] for i in train], [y[i] for i in train])
    bias, weights = fit_with_cut([x[i] for i in train], [y[i] for i in train], l2)
    print(f"ridge strength {l2} (3-fold accuracy on the fitted rows)")
    if args.cv:
        cv_accuracy, cv_auc = cross_validated([x[i] for i in train], [y[i] for i in train], l2)
        print(f"fitted rows, 5-fold cross-validation x3: accuracy {cv_accuracy:.3f}  ROC-AUC {cv_auc:.3f}")
    for part, idx in (("held-out", test), ("fitted", train), ("all", list(range(len(rows))))):
        odds = [bias + sum(w * v for w, v in zip(weights, x[i], strict=True)) for i in idx]
        truth = [y[i] for i in idx]
        predicted: list[bool | None] = [o > 0 for o in odds]
        print(
            f"{part:8s} n={len(idx):3d}  accuracy {accuracy(predicted, truth):.3f}  "
            f"macro-F1 {macro_f1(predicted, truth):.3f}  ROC-AUC {roc_auc(odds, truth):.3f}"
        )
    if args.outside:
        print(outside_figures(bias, weights))
    if args.errors:
        for i, r in enumerate(rows):
            odds = bias + sum(w * v for w, v in zip(weights, x[i], strict=True))
            if (odds > 0) != y[i]:
                print(f"  {odds:+.2f} {r['label']:9s} {r['publisher']:10s} {r['title'][:60]}")
    print("weights (news log-odds per unit of log share):")
    for name, w in zip(NAMES, weights, strict=True):
        print(f"  {name:14s} {w:+.3f}")
    if args.write:
        model = {
            "about": (
                "genre model fitted by bench/fit_genre.py: log-odds of news = bias + sum(w * feature),"
                " each count as log((count + 1) / (sentences + 2)), abstract nouns as log((count + 1) / (words + 2)),"
                " the headline question as 0 or 1"
            ),
            "bias": round(bias, 6),
            "weights": {name: round(w, 6) + 0.0 for name, w in zip(NAMES, weights, strict=True)},
            "means": feature_means([x[i] for i in train]),
            "label_weight": LABEL_WEIGHT,
            "unknown_band": UNKNOWN_BAND,
            "min_sentences": MIN_SENTENCES,
            "fitted_on": f"{len(train)} of {len(rows)} rows of genre.jsonl (rows with crc32(id) % 3 != 0)",
            "l2": l2,
        }
        MODEL.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
        load_model.cache_clear()
        print(f"wrote {MODEL}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
