"""Throughput of clean() on text, markdown and HTML, of score(), and of trafilatura.extract on the same HTML.

Reads the development pages in ../shared/dev (or $CLEANSEED_DEV); exits cleanly when they are absent.
Every figure and ratio comes from this one run, so machine load affects them all alike.

    python bench/throughput.py [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _pages import load_pages, machine

import cleanseed
from cleanseed import Document, clean

HTML_TARGET = 1.2
"""(clean + score on HTML) / trafilatura.extract must stay at or below this."""
TEXT_TARGET = 10.0
"""trafilatura.extract / (clean + score on text) must reach at least this."""


def timed(fn: Callable[[str, str], object], inputs: Sequence[tuple[str, str]], repeat: int) -> float:
    """The best of ``repeat`` wall-clock runs of ``fn`` over every ``(content, url)`` input, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for content, url in inputs:
            fn(content, url)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="use the first N pages (default: all)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; the best is kept")
    args = parser.parse_args(argv)

    import trafilatura

    pages = load_pages(args.limit)
    score = getattr(cleanseed, "score", None)
    print(f"machine: {machine()}")
    print(f"pages: {len(pages)} from the development set; best of {args.repeat} run(s)\n")

    inputs = {
        "text": [(p.plain, p.url) for p in pages],
        "markdown": [(p.markdown, p.url) for p in pages],
        "html": [(p.html, p.url) for p in pages],
    }
    # Warm every lazy cache (trafilatura, langdetect profiles, score lexicons) outside the timings.
    warm = clean(pages[0].html, format="html", url=pages[0].url)
    if score is not None:
        score(warm)

    seconds: dict[str, float] = {}
    for fmt, pairs in inputs.items():
        seconds[f"clean {fmt}"] = timed(lambda c, u, f=fmt: clean(c, format=f, url=u), pairs, args.repeat)
    docs: dict[str, list[Document]] = {
        fmt: [clean(c, format=fmt, url=u) for c, u in pairs]  # type: ignore[arg-type]
        for fmt, pairs in inputs.items()
        if fmt in ("text", "html")
    }
    if score is not None:
        for fmt, fmt_docs in docs.items():
            start = time.perf_counter()
            for _ in range(args.repeat):
                for doc in fmt_docs:
                    score(doc)
            seconds[f"score ({fmt} docs)"] = (time.perf_counter() - start) / args.repeat
    seconds["trafilatura.extract html"] = timed(lambda c, u: trafilatura.extract(c, url=u), inputs["html"], args.repeat)
    # clean() lifts title, authors and date too: the same work in trafilatura, for a like-for-like figure.
    seconds["  same, with_metadata=True"] = timed(
        lambda c, u: trafilatura.extract(c, url=u, with_metadata=True), inputs["html"], args.repeat
    )

    sizes = {fmt: sum(len(c.encode()) for c, _ in pairs) for fmt, pairs in inputs.items()}
    print(f"{'step':<28}{'seconds':>9}{'docs/s':>9}{'MB/s':>8}")
    for step, secs in seconds.items():
        fmt = next((f for f in sizes if f in step), "html")
        mb = sizes[fmt] / 1e6
        print(f"{step:<28}{secs:>9.2f}{len(pages) / secs:>9.1f}{mb / secs:>8.2f}")

    extract = seconds["trafilatura.extract html"]
    html_cost = seconds["clean html"] + seconds.get("score (html docs)", 0.0)
    text_cost = seconds["clean text"] + seconds.get("score (text docs)", 0.0)
    scored = "clean+score" if score is not None else "clean only (score() not available)"
    html_ratio = html_cost / extract
    text_ratio = extract / text_cost
    print(f"\nHTML path: {scored} / trafilatura.extract = {html_ratio:.2f}  (target <= {HTML_TARGET})")
    print(f"text path: trafilatura.extract / {scored} on text = {text_ratio:.1f}  (target >= {TEXT_TARGET})")
    like = html_cost / seconds["  same, with_metadata=True"]
    print(f"HTML path against extract(with_metadata=True), the like-for-like work: {like:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
