"""Where clean() spends its time: CPU milliseconds a page in each step of the default pipeline.

Reads the development pages in ../shared/dev (or $CLEANSEED_DEV); exits cleanly when they are absent. Each page
is cleaned once, in this one process, as a corpus is: the cleaners remember features of the lines they have read,
so a second pass over the same pages would cost less than the first and say little about new pages.

    python bench/steps.py [--capture plain|markdown] [--limit N] [--top K]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _pages import load_pages, machine
from _warm import load_language_profiles

from cleanseed import cleaners
from cleanseed._lang import detect_language
from cleanseed.document import Draft, Format
from cleanseed.pipeline import DEFAULT_CLEANERS


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--capture", choices=("plain", "markdown"), default="plain", help="flat capture to clean")
    parser.add_argument("--limit", type=int, default=None, help="use the first N pages (default: all)")
    parser.add_argument("--top", type=int, default=20, help="steps to list, the costliest first")
    args = parser.parse_args(argv)
    pages = load_pages(args.limit)
    fmt: Format = "text" if args.capture == "plain" else "markdown"
    load_language_profiles()
    steps = [(name, cleaners.get(name)) for name in DEFAULT_CLEANERS]
    spent: defaultdict[str, float] = defaultdict(float)
    clock = time.process_time
    for page in pages:
        start = clock()
        draft = Draft.from_text(getattr(page, args.capture), format=fmt, url=page.url)
        spent["Draft.from_text"] += clock() - start
        for name, step in steps:  # a cleaner listed twice (footer.legal, chrome.tags) adds up its runs
            start = clock()
            draft = step(draft)
            spent[name] += clock() - start
        start = clock()
        detect_language(draft.text)
        spent["language"] += clock() - start
    n = len(pages)
    print(f"machine: {machine()}")
    print(f"{n} pages, {args.capture} captures, each cleaned once; CPU ms a page\n")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1])[: args.top]:
        print(f"{name:<24}{seconds / n * 1000:>7.3f}")
    print(f"{'all steps':<24}{sum(spent.values()) / n * 1000:>7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
