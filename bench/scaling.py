"""Time and peak memory of ``cleanseed clean`` with JSONL in and out, on 1x, 4x and 16x the development corpus.

Peak memory must stay flat (16x within 1.2x of 1x): the command streams records and holds no corpus.
Reads ../shared/dev (or $CLEANSEED_DEV); exits cleanly when it is absent. Corpora go to a temporary directory.

    python bench/scaling.py [--capture markdown|plain|html] [--limit N] [--scales 1,4,16]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _child import command, load, run
from _pages import load_pages, machine, write_corpus

TARGET = 1.2
"""Peak memory at the largest scale over peak memory at 1x must stay at or below this."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--capture", choices=("markdown", "plain", "html"), default="markdown")
    parser.add_argument("--limit", type=int, default=None, help="pages per copy of the corpus (default: all)")
    parser.add_argument("--scales", default="1,4,16", help="comma-separated corpus multiples")
    args = parser.parse_args(argv)
    scales = [int(s) for s in args.scales.split(",")]
    pages = load_pages(args.limit)
    print(f"machine: {machine()}")
    print(f"corpus: {len(pages)} pages ({args.capture} capture) per copy, one worker")
    print("through: cleanseed clean --input-format jsonl --format jsonl")
    print(f"\n{'scale':>6}{'docs':>8}{'input MB':>10}{'seconds':>9}{'docs/s':>8}{'peak MB':>9}{'load':>6}")
    peaks: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="cleanseed-scaling-") as tmp:
        for scale in scales:
            corpus = Path(tmp) / f"corpus-{scale}.jsonl"
            size = write_corpus(pages, corpus, copies=scale, capture=args.capture)
            result = run(command(corpus, 1), Path(tmp) / "out.jsonl")
            corpus.unlink()
            docs = scale * len(pages)
            if result.rows != docs:
                raise SystemExit(f"expected {docs} output rows at {scale}x, got {result.rows}")
            peaks[scale] = result.peak_mb
            print(
                f"{scale:>5}x{docs:>8}{size / 1e6:>10.1f}{result.seconds:>9.1f}"
                f"{docs / result.seconds:>8.1f}{result.peak_mb:>9.1f}{load():>6}"
            )
    ratio = peaks[scales[-1]] / peaks[scales[0]]
    print(f"\npeak memory {scales[-1]}x / {scales[0]}x = {ratio:.2f}  (target <= {TARGET})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
