"""Attribution recall and precision on the PolNeAR dev rows in ../shared/dev/attributions.jsonl.

Reads data outside the repository: when the file is absent it says so and exits 0.

A gold attribution is found when a predicted source span overlaps its source span;
a prediction is correct when its source span overlaps any gold source span. Gold
sources are called named with the same classifier the predictions use
(``source_kind``): a name, a named organisation or its spokesperson; a pronoun
is named when the nearest gold source before it is. Figures are printed for all
rows, for the development half the rules were tuned on, and for the held-out half
(rows whose id hashes odd), which no rule was tuned on.

The baseline is attribution-verb density alone: every reporting-verb match is a
prediction whose source is the three words before it; its density is the mean
number of reporting verbs per sentence.

Usage: python bench/attribution_bench.py [path/to/attributions.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cleanseed.signals._spans import sentences
from cleanseed.signals.attributions import cue_spans, find_attributions, source_kind

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "shared" / "dev" / "attributions.jsonl"
_WORDS_BEFORE = re.compile(r"(?:\S+\s+){1,3}$")

Span = tuple[int, int]


@dataclass(frozen=True)
class Figures:
    """Attribution figures over one set of rows; recalls and precisions are in [0, 1]."""

    rows: int
    gold: int
    gold_named_direct: int
    predicted: int
    recall_named_direct: float
    recall_all: float
    precision: float
    baseline_recall_named_direct: float
    baseline_recall_all: float
    baseline_precision: float
    baseline_density: float
    docs_per_second: float


def held_out(row_id: str) -> bool:
    """The deterministic held-out half: rows whose id hashes to an odd CRC-32."""
    return zlib.crc32(row_id.encode()) % 2 == 1


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_sources(row: dict[str, Any]) -> list[tuple[Span, bool, bool]]:
    """(source span, is direct quote, is named) for each gold attribution with a source."""
    out: list[tuple[Span, bool, bool]] = []
    last_named = False
    golds = [a for a in row["attributions"] if a.get("source")]
    golds.sort(key=lambda a: a["source"]["offsets"][0][0])
    for gold in golds:
        start, end = gold["source"]["offsets"][0]
        kind = source_kind(row["text"][start:end])
        named = kind == "named" or (kind == "pronoun" and last_named)
        if kind == "named":
            last_named = True
        out.append(((start, end), bool(gold["is_direct_quote"]), named))
    return out


def overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def baseline(text: str) -> list[Span]:
    """Reporting-verb matches alone, each crediting the three words before it."""
    spans: list[Span] = []
    for cue_start, _ in cue_spans(text):
        before = _WORDS_BEFORE.search(text, max(0, cue_start - 80), cue_start)
        if before:
            spans.append((before.start(), cue_start))
    return spans


def measure(rows: Sequence[dict[str, Any]]) -> Figures:
    gold_total = named_direct = predicted = 0
    found_all = found_named_direct = correct = 0
    base_all = base_named_direct = base_correct = base_predicted = 0
    cues = sentence_count = 0
    elapsed = 0.0
    for row in rows:
        text = row["text"]
        began = time.perf_counter()
        spans = [(a.start, a.end) for a in find_attributions(text)]
        elapsed += time.perf_counter() - began
        base = baseline(text)
        cues += len(base)
        sentence_count += len(sentences(text))
        golds = gold_sources(row)
        gold_spans = [span for span, _, _ in golds]
        predicted += len(spans)
        correct += sum(overlaps(span, gold_spans) for span in spans)
        base_predicted += len(base)
        base_correct += sum(overlaps(span, gold_spans) for span in base)
        for span, direct, named in golds:
            gold_total += 1
            hit, base_hit = overlaps(span, spans), overlaps(span, base)
            found_all += hit
            base_all += base_hit
            if direct and named:
                named_direct += 1
                found_named_direct += hit
                base_named_direct += base_hit
    return Figures(
        rows=len(rows),
        gold=gold_total,
        gold_named_direct=named_direct,
        predicted=predicted,
        recall_named_direct=_ratio(found_named_direct, named_direct),
        recall_all=_ratio(found_all, gold_total),
        precision=_ratio(correct, predicted),
        baseline_recall_named_direct=_ratio(base_named_direct, named_direct),
        baseline_recall_all=_ratio(base_all, gold_total),
        baseline_precision=_ratio(base_correct, base_predicted),
        baseline_density=_ratio(cues, sentence_count),
        docs_per_second=len(rows) / elapsed if elapsed else 0.0,
    )


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def figures(path: Path = DEFAULT_PATH) -> dict[str, Figures] | None:
    """Figures for ``all`` rows, the ``dev`` half rules were tuned on and the ``held_out`` half.

    ``None`` when the data is absent.
    """
    if not path.is_file():
        return None
    rows = load(path)
    return {
        "all": measure(rows),
        "dev": measure([r for r in rows if not held_out(r["id"])]),
        "held_out": measure([r for r in rows if held_out(r["id"])]),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    args = parser.parse_args(argv)
    results = figures(args.path)
    if results is None:
        print(f"attribution bench: {args.path} not found (it lives outside the repository); nothing to measure.")
        return 0
    print("attribution bench on", args.path)
    for name, f in results.items():
        print(
            f"{name:>8}: {f.rows} docs, {f.gold} gold ({f.gold_named_direct} named direct), {f.predicted} predicted\n"
            f"          recall named direct {f.recall_named_direct:.3f}  recall all {f.recall_all:.3f}"
            f"  precision {f.precision:.3f}  {f.docs_per_second:.0f} docs/s\n"
            f"          baseline (reporting verbs alone, {f.baseline_density:.2f} per sentence):"
            f" recall named direct {f.baseline_recall_named_direct:.3f}  recall all {f.baseline_recall_all:.3f}"
            f"  precision {f.baseline_precision:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
