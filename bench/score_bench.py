"""Measure score(): genre accuracy, macro-F1 and ROC-AUC on ``genre.jsonl``, attributions, speed.

Reads ``../shared/dev/genre.jsonl`` and ``attributions.jsonl`` (or ``$CLEANSEED_DEV``),
which are not part of the repository; exits cleanly when they are absent. Figures are
given for the rows held out from fitting the genre model (``bench/fit_genre.py``) and
for all rows. ``unknown`` counts as a wrong genre. The baseline is the density of
reporting verbs alone ("said", "told", "according to" … per sentence), with its
threshold fitted on the rows the model was fitted on.

    python bench/score_bench.py
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence

from _genre import accuracy, held_out, is_news, load_genre, macro_f1, roc_auc
from attribution_bench import figures as attribution_figures

from cleanseed import Document, Report, score
from cleanseed.signals._lexicon import REPORTING_VERBS
from cleanseed.signals._reading import phrase_pattern
from cleanseed.signals._spans import sentences

_REPORTING = phrase_pattern(REPORTING_VERBS)


def verb_density(text: str) -> float:
    """Reporting verbs per sentence: the one-feature baseline."""
    return len(_REPORTING.findall(text)) / max(1, len(sentences(text)))


def best_threshold(values: Sequence[float], truth: Sequence[bool]) -> float:
    """The cut (news above it) that is right most often on ``values``."""
    cuts = sorted(set(values))
    return max(cuts, key=lambda c: accuracy([v > c for v in values], truth))


def main() -> int:
    rows = load_genre()
    reports: list[Report] = []
    began, cpu_began = time.perf_counter(), time.process_time()
    for row in rows:
        reports.append(score(Document(text=row["text"], title=row["title"])))
    elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu_began
    raw_began, raw_cpu_began = time.perf_counter(), time.process_time()
    for row in rows[:60]:
        score(row["text"])
    raw_rate = 60 / (time.perf_counter() - raw_began)
    raw_cpu_rate = 60 / (time.process_time() - raw_cpu_began)
    truth = [is_news(r) for r in rows]
    fit_part = [i for i, r in enumerate(rows) if not held_out(r["id"])]
    density = [verb_density(r["text"]) for r in rows]
    cut = best_threshold([density[i] for i in fit_part], [truth[i] for i in fit_part])
    print(f"score bench on genre.jsonl: {len(rows)} rows (news = 'reporting')")
    for part in ("held-out", "all"):
        idx = [i for i, r in enumerate(rows) if held_out(r["id"]) or part == "all"]
        t = [truth[i] for i in idx]
        genre: list[bool | None] = [None if reports[i].genre == "unknown" else reports[i].genre == "news" for i in idx]
        p_news = [(reports[i].signals["genre"].value + 1) / 2 for i in idx]
        base: list[bool | None] = [density[i] > cut for i in idx]
        unknown = sum(g is None for g in genre)
        print(
            f"{part:>8} n={len(idx)}: genre accuracy {accuracy(genre, t):.3f}  macro-F1 {macro_f1(genre, t):.3f}"
            f"  ROC-AUC P(news) {roc_auc(p_news, t):.3f}"
            f"  ROC-AUC score {roc_auc([reports[i].score for i in idx], t):.3f}"
            f"  unknown {unknown}\n"
            f"          baseline verb density > {cut:.2f}/sentence: accuracy {accuracy(base, t):.3f}"
            f"  macro-F1 {macro_f1(base, t):.3f}  ROC-AUC {roc_auc([density[i] for i in idx], t):.3f}"
        )
    news = [r.score for r, t in zip(reports, truth, strict=True) if t]
    opinion = [r.score for r, t in zip(reports, truth, strict=True) if not t]
    print(f"mean score: news {sum(news) / len(news):.3f}, opinion {sum(opinion) / len(opinion):.3f}")
    print(
        f"speed: {len(rows) / elapsed:.1f} documents/s scoring a Document ({len(rows) / cpu:.1f} per CPU second),"
        f" {raw_rate:.1f} cleaning and scoring text ({raw_cpu_rate:.1f} per CPU second)"
    )
    attributions = attribution_figures()
    if attributions is None:
        print("attributions.jsonl not found; no attribution figures")
    for name, found in (attributions or {}).items():
        shown = (f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in dataclasses.asdict(found).items())
        print(f"attributions {name}: " + "  ".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
