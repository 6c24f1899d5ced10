"""Throughput of clean() on text, markdown and HTML, of score(), and of trafilatura.extract on the same HTML.

Reads the development pages in ../shared/dev (or $CLEANSEED_DEV); exits cleanly when they are absent.
Every figure and ratio comes from this one run. The steps are interleaved page by page, so a burst of
load from other work on the machine falls on all of them alike.

    python bench/throughput.py [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _pages import Page, load_pages, machine
from _warm import load_language_profiles

from cleanseed import Document, clean, score

HTML_TARGET = 1.2
"""(clean + score on HTML) / trafilatura.extract must stay at or below this."""
TEXT_TARGET = 10.0
"""trafilatura.extract / (clean + score on text) must reach at least this."""

Step = Callable[[Page, dict[str, Document]], object]


def steps() -> dict[str, tuple[Step, Callable[[Page, dict[str, Document]], int]]]:
    """Each measured step with the bytes it reads; ``docs`` carries each page's clean documents to score."""
    import trafilatura

    def cleaner(capture: str, fmt: str, key: str) -> Step:
        def run(page: Page, docs: dict[str, Document]) -> object:
            docs[key] = clean(getattr(page, capture), format=fmt, url=page.url)  # type: ignore[arg-type]
            return docs[key]

        return run

    def size(capture: str) -> Callable[[Page, dict[str, Document]], int]:
        return lambda page, _: len(getattr(page, capture).encode())

    def text_size(key: str) -> Callable[[Page, dict[str, Document]], int]:
        return lambda _, docs: len(docs[key].text.encode())

    return {
        "clean text": (cleaner("plain", "text", "text"), size("plain")),
        "clean markdown": (cleaner("markdown", "markdown", "markdown"), size("markdown")),
        "clean html": (cleaner("html", "html", "html"), size("html")),
        "score (text docs)": (lambda _, docs: score(docs["text"]), text_size("text")),
        "score (html docs)": (lambda _, docs: score(docs["html"]), text_size("html")),
        "trafilatura.extract html": (lambda page, _: trafilatura.extract(page.html, url=page.url), size("html")),
        # clean() lifts title, authors and date too: the same work in trafilatura, for a like-for-like figure.
        "  with_metadata=True": (
            lambda page, _: trafilatura.extract(page.html, url=page.url, with_metadata=True),
            size("html"),
        ),
    }


def measure(pages: Sequence[Page], repeat: int) -> tuple[dict[str, float], dict[str, int]]:
    """Seconds per step (best of ``repeat`` passes, each pass summed over pages) and bytes read per step."""
    plan = steps()
    best = dict.fromkeys(plan, float("inf"))
    read = dict.fromkeys(plan, 0)
    for _ in range(repeat):
        spent = dict.fromkeys(plan, 0.0)
        read = dict.fromkeys(plan, 0)
        for page in pages:
            docs: dict[str, Document] = {}
            for name, (run, size) in plan.items():
                start = time.perf_counter()
                run(page, docs)
                spent[name] += time.perf_counter() - start
                read[name] += size(page, docs)
        best = {name: min(best[name], spent[name]) for name in plan}
    return best, read


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="use the first N pages (default: all)")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the pages; the best per step is kept")
    args = parser.parse_args(argv)
    pages = load_pages(args.limit)
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.2f} at start")
    print(f"pages: {len(pages)} from the development set; best of {args.repeat} pass(es)\n")
    load_language_profiles()
    measure(pages[:2], 1)  # load lazy state (trafilatura, lexicons) outside the timings
    seconds, read = measure(pages, args.repeat)

    print(f"{'step':<28}{'seconds':>9}{'docs/s':>9}{'ms/doc':>8}{'MB/s':>8}")
    for name, secs in seconds.items():
        n = len(pages)
        print(f"{name:<28}{secs:>9.2f}{n / secs:>9.1f}{secs / n * 1000:>8.1f}{read[name] / 1e6 / secs:>8.2f}")
    extract = seconds["trafilatura.extract html"]
    html_cost = seconds["clean html"] + seconds["score (html docs)"]
    text_cost = seconds["clean text"] + seconds["score (text docs)"]
    print(f"\nHTML path: (clean + score) / trafilatura.extract = {html_cost / extract:.2f}  (target <= {HTML_TARGET})")
    print(
        f"text path: trafilatura.extract / (clean + score on text) = {extract / text_cost:.2f}"
        f"  (target >= {TEXT_TARGET})"
    )
    like = html_cost / seconds["  with_metadata=True"]
    print(f"HTML path against extract(with_metadata=True), the like-for-like work: {like:.2f}")
    print(f"load average {os.getloadavg()[0]:.2f} at end (2 cores: above 1 means other work shared this run's core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
