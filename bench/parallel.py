"""Speed-up of ``cleanseed clean --jobs 2`` over ``--jobs 1`` on a few thousand documents (JSONL in and out).

The development pages are repeated until there are ``--docs`` records. Target: at least 1.7x on two cores.
Reads ../shared/dev (or $CLEANSEED_DEV); exits cleanly when it is absent.

    python bench/parallel.py [--docs N] [--capture html|markdown|plain] [--jobs 2]
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _child import command, load, run
from _pages import load_pages, machine, write_corpus

TARGET = 1.7
"""time(--jobs 1) / time(--jobs N) must reach this on a machine with N free cores."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="documents in the corpus (pages repeated)")
    parser.add_argument("--capture", choices=("html", "markdown", "plain"), default="html")
    parser.add_argument("--jobs", type=int, default=2, help="workers to compare against one")
    parser.add_argument("--repeat", type=int, default=1, help="alternate the two runs this many times; keep each best")
    args = parser.parse_args(argv)
    pages = load_pages()
    copies = math.ceil(args.docs / len(pages))
    print(f"machine: {machine()}")
    print(f"corpus: {copies * len(pages)} documents ({len(pages)} pages x {copies}, {args.capture} capture)")
    print("through: cleanseed clean --input-format jsonl --format jsonl --jobs N")
    print(f"\n{'jobs':>5}{'seconds':>9}{'CPU s':>8}{'docs/s':>8}{'peak MB':>9}{'load':>6}")
    cpu: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="cleanseed-parallel-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(pages, corpus, copies=copies, capture=args.capture)
        outputs = {jobs: Path(tmp) / f"out-{jobs}.jsonl" for jobs in (1, args.jobs)}
        seconds = dict.fromkeys(outputs, float("inf"))
        for _ in range(args.repeat):  # alternating, so a burst of outside load does not fall on one side only
            for jobs, out in outputs.items():
                result = run(command(corpus, jobs), out)
                if result.seconds < seconds[jobs]:
                    seconds[jobs], cpu[jobs] = result.seconds, result.cpu_seconds
                print(
                    f"{jobs:>5}{result.seconds:>9.1f}{result.cpu_seconds:>8.1f}{result.rows / result.seconds:>8.1f}"
                    f"{result.peak_mb:>9.1f}{load():>6}"
                )
        same = outputs[1].read_bytes() == outputs[args.jobs].read_bytes()
    speedup = seconds[1] / seconds[args.jobs]
    print(
        f"\nspeed-up (best runs) --jobs {args.jobs} / --jobs 1 = {speedup:.2f}  (target >= {TARGET});"
        f" identical output: {same}"
    )
    # Wall time depends on how many cores other work leaves free; CPU seconds do not. With N idle cores the
    # wall time of --jobs N approaches its CPU seconds / N, so this bounds what an idle machine would show.
    bound = args.jobs * cpu[1] / cpu[args.jobs]
    print(
        f"CPU-time bound on {args.jobs} idle cores: {args.jobs} x CPU(1) / CPU({args.jobs}) = {bound:.2f} (an estimate)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
