"""Fit the line model of ``boilerplate.lines`` on the development pages and write its weights as package data.

Reads ../shared/dev/pages.jsonl (or --data DIR), which is not part of the repository; exits cleanly when absent.
Each page's plain and markdown captures run through the default pipeline up to ``boilerplate.lines``; every
line still standing is labelled from the gold text (body when most of the 4-token shingles touching it occur
in the gold body) and described by the features of ``cleanseed.cleaners.lines``. Two logistic regressions are
fitted by Newton's method (stdlib only) on the ``fit`` sites (60% of the sites, by a hash of the host, so no
site is on both sides), lines weighted so each page counts alike; the drop threshold is the lowest within
``THRESHOLD_SLACK`` of the best mean page F1 on those same sites; the figures are printed for the fit and the
held-out ``test`` sites, through the same code path as the cleaner.

    python bench/fit_lines.py [--data DIR] [--limit N] [--dry-run] [--cache FILE]
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _metrics import DEFAULT_DATA, SHINGLE, GoldPage, load_gold, mean_prf, prf, shingles, tokens

from cleanseed.cleaners import lines as line_model
from cleanseed.cleaners._text import MAX_FEATURE_CHARS
from cleanseed.document import Draft
from cleanseed.pipeline import DEFAULT_CLEANERS, Pipeline

MODEL_PATH = Path(__file__).resolve().parents[1] / "src" / "cleanseed" / "data" / "line_model.json"
CAPTURES = {"plain": "text", "markdown": "markdown"}
L2 = 1.0
"""Ridge penalty (on the summed, weighted log-likelihood): keeps rare features from taking extreme weights."""
PAGE_WEIGHT = 100.0
"""Weight a whole page's lines share, in proportion to their tokens."""
LINE_FLOOR = 0.1
"""Weight every line gets on top, so short lines on long pages still count."""
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(1, 19))
THRESHOLD_SLACK = 0.005
"""The lowest threshold within this much mean F1 of the best wins: losing body costs more than keeping chrome."""
SHORT_BODY_SHARE = 0.4
"""A line of under four tokens only has shingles shared with its neighbours; this share of them must be gold."""


@dataclass(frozen=True, slots=True)
class Sample:
    """One captured page after the rule cleaners: its lines, their features and gold labels."""

    page: GoldPage
    draft: Draft
    lines: line_model.PageLines
    labels: tuple[bool, ...]
    gold: frozenset[tuple[str, ...]]


def prefix_pipeline() -> Pipeline:
    """The default cleaners that run before ``boilerplate.lines`` (all but the final blank-line pass if absent)."""
    steps = list(DEFAULT_CLEANERS)
    cut = steps.index("boilerplate.lines") if "boilerplate.lines" in steps else steps.index("text.blank_runs")
    return Pipeline(steps[:cut])


def labels(draft: Draft, page: line_model.PageLines, gold: frozenset[tuple[str, ...]]) -> tuple[bool, ...]:
    """Gold label of each token-bearing line, from the shingles of the page's running token stream."""
    stream: list[str] = []
    spans = []
    for i in page.positions:
        start = len(stream)
        stream.extend(tokens(draft.lines[i].text[:MAX_FEATURE_CHARS]))
        spans.append((start, len(stream)))
    hits = [tuple(stream[s : s + SHINGLE]) in gold for s in range(max(len(stream) - SHINGLE + 1, 0))]
    out = []
    for start, end in spans:
        if end - start >= SHINGLE:
            inner = hits[start : end - SHINGLE + 1]
            out.append(sum(inner) > len(inner) / 2)
        else:
            touching = hits[max(start - SHINGLE + 1, 0) : min(end, len(hits))]
            out.append(bool(touching) and sum(touching) >= SHORT_BODY_SHARE * len(touching))
    return tuple(out)


def rule_cleaned(pages: Sequence[GoldPage]) -> list[tuple[GoldPage, Draft]]:
    """Each page's plain and markdown captures after the cleaners that run before ``boilerplate.lines``."""
    pipeline = prefix_pipeline()
    return [
        (page, pipeline(Draft.from_text(page.capture(capture), format=fmt, url=page.url)))  # type: ignore[arg-type]
        for page in pages
        for capture, fmt in CAPTURES.items()
    ]


def load_samples(drafts: Sequence[tuple[GoldPage, Draft]], stopwords: frozenset[str]) -> list[Sample]:
    samples = []
    for page, draft in drafts:
        gold = frozenset(shingles(page.text))
        lines = line_model.page_lines(draft, stopwords)
        if lines.rows:
            samples.append(Sample(page, draft, lines, labels(draft, lines, gold), gold))
    return samples


def line_weights(sample: Sample) -> list[float]:
    """Training weight of each line: its share of the page's tokens, so every page counts alike (as in the
    page-averaged metric), plus a floor that keeps short chrome lines in play."""
    tokens = [sh.tokens for sh in sample.lines.shapes]
    total = sum(tokens) or 1
    return [PAGE_WEIGHT * (n / total) + LINE_FLOOR for n in tokens]


def fit_logistic(rows: Sequence[Sequence[float]], ys: Sequence[bool], ws: Sequence[float]) -> list[float]:
    """Weighted L2-penalised logistic regression by Newton's method; returns ``[bias, *weights]``."""
    xs = [(1.0, *r) for r in rows]
    d = len(xs[0])
    beta = [0.0] * d
    for _ in range(25):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y, w in zip(xs, ys, ws, strict=True):
            z = sum(b * v for b, v in zip(beta, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))
            g = w * (float(y) - p)
            h = w * p * (1 - p)
            for j in range(d):
                xj = x[j]
                if xj:
                    grad[j] += g * xj
                    hj = h * xj
                    row = hess[j]
                    for k in range(j + 1):
                        row[k] += hj * x[k]
        for j in range(d):
            for k in range(j):
                hess[k][j] = hess[j][k]
            penalty = L2 if j else 0.0
            grad[j] -= penalty * beta[j]
            hess[j][j] += penalty + 1e-9
        step = solve(hess, grad)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return beta


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve ``a x = b`` by Gaussian elimination with partial pivoting (``a`` is small and symmetric positive)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def context_rows(samples: Sequence[Sample], local: Sequence[float]) -> list[list[tuple[float, ...]]]:
    out = []
    for s in samples:
        p = [line_model.logistic(local, r) for r in s.lines.rows]
        out.append(line_model.context_features(p, s.lines.sizes, s.lines.gaps))
    return out


def page_f1(sample: Sample, p_body: Sequence[float], threshold: float) -> float:
    """F1 of the page's text once lines under ``threshold`` are dropped (token-less lines change no shingle)."""
    dropped = {i for i, p in zip(sample.lines.positions, p_body, strict=True) if p < threshold}
    text = "\n".join(line.text for i, line in enumerate(sample.draft.lines) if i not in dropped)
    return prf(text, sample.page.text).f1


def report(name: str, samples: Sequence[Sample], model: line_model.LineModel) -> None:
    for capture, fmt in CAPTURES.items():
        chosen = [s for s in samples if s.draft.format == fmt]
        before = mean_prf(prf(s.draft.text, s.page.text) for s in chosen)
        after = mean_prf(prf(line_model.drop_boilerplate(s.draft, model).text, s.page.text) for s in chosen)
        print(
            f"  {name:<5} {capture:<9} {len(chosen):>3} pages  rules only F1 {before.f1:.3f}"
            f" (P {before.precision:.3f} R {before.recall:.3f})  + line model F1 {after.f1:.3f}"
            f" (P {after.precision:.3f} R {after.recall:.3f})"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"development data (default {DEFAULT_DATA})")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each split")
    parser.add_argument("--dry-run", action="store_true", help="print the figures, do not write the model")
    parser.add_argument(
        "--cache", type=Path, help="pickle of the rule-cleaned drafts: reused if present, else written (refit faster)"
    )
    args = parser.parse_args(argv)

    current = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    stopwords = frozenset(current["stopwords"])
    if args.cache and args.cache.is_file():
        with args.cache.open("rb") as f:
            fit_drafts, test_drafts = pickle.load(f)
    else:
        fit_drafts = rule_cleaned(load_gold(args.data, limit=args.limit, split="fit"))
        test_drafts = rule_cleaned(load_gold(args.data, limit=args.limit, split="test"))
        if args.cache:
            with args.cache.open("wb") as f:
                pickle.dump((fit_drafts, test_drafts), f)
    fit = load_samples(fit_drafts, stopwords)
    test = load_samples(test_drafts, stopwords)
    fit_lines = sum(len(s.labels) for s in fit)
    body = sum(sum(s.labels) for s in fit)
    print(f"fit: {len(fit)} captures, {fit_lines} lines ({body} body); held out: {len(test)} captures")

    ys = [y for s in fit for y in s.labels]
    ws = [w for s in fit for w in line_weights(s)]
    local = fit_logistic([r for s in fit for r in s.lines.rows], ys, ws)
    ctx = fit_logistic([r for rows in context_rows(fit, local) for r in rows], ys, ws)

    p_fit = [[line_model.logistic(ctx, r) for r in rows] for rows in context_rows(fit, local)]
    f1_at = {t: sum(page_f1(s, p, t) for s, p in zip(fit, p_fit, strict=True)) / len(fit) for t in THRESHOLDS}
    best = max(f1_at.values())
    threshold = min(t for t, f in f1_at.items() if f >= best - THRESHOLD_SLACK)
    print("fit-set mean F1 by threshold: " + " ".join(f"{t:.2f}:{f:.3f}" for t, f in f1_at.items()))

    model = line_model.LineModel(
        local=tuple(local),
        context=tuple(ctx),
        threshold=threshold,
        stopwords=stopwords,
        min_page_stopword_share=float(current["min_page_stopword_share"]),
        min_lines=int(current["min_lines"]),
    )
    print(f"threshold {threshold:.2f}")
    for name, weights, features in (
        ("local", local, line_model.LOCAL_FEATURES),
        ("context", ctx, line_model.CONTEXT_FEATURES),
    ):
        print(f"{name}: " + ", ".join(f"{f} {w:+.2f}" for f, w in zip(("bias", *features), weights, strict=True)))
    report("fit", fit, model)
    report("test", test, model)

    if not args.dry_run:
        current["threshold"] = threshold
        current["local"] = {"features": ["bias", *line_model.LOCAL_FEATURES], "weights": [round(w, 4) for w in local]}
        current["context"] = {"features": ["bias", *line_model.CONTEXT_FEATURES], "weights": [round(w, 4) for w in ctx]}
        MODEL_PATH.write_text(json.dumps(current, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
