"""Growth on hostile shapes: time(4n) / time(n) for clean() and score() must stay <= 5 (linear, not quadratic).

Shapes: one huge line, many tiny lines, deep HTML nesting, HTML nested past the parser's depth limit, long
runs of quotes, one long word before an "@", prose hard-wrapped at 78 characters, lines of reference-style links,
markdown keeping a page's markup (raw HTML, pandoc's divs and spans), and markup that never closes.
When a shape grows too fast, the time of each clean() step at n and 4n is printed, to name the culprit.
Needs no data files.

    python bench/adversarial.py [--n CHARS] [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
import time
import timeit
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _pages import machine
from _warm import load_language_profiles

from cleanseed import CleanseedError, Document, Draft, Pipeline, clean, score
from cleanseed._input import decode, detect_format
from cleanseed._lang import detect_language
from cleanseed.cleaners import cleaner_id

LIMIT = 5.0
"""time(4n) / time(n) above this means superlinear growth."""


def huge_line(n: int) -> str:
    return ("Officials said the figures were reportedly checked by sources. " * (n // 64 + 1))[:n]


def tiny_lines(n: int) -> str:
    return "a.\n" * (n // 3)


def deep_html(n: int) -> str:
    # Subtrees 200 deep, within the 255 levels libxml2 builds a tree for: the path every page takes.
    block = "<div>" * 200 + "<p>Deep text in a nested block.</p>" + "</div>" * 200
    return "<html><body>" + block * max(1, n // len(block)) + "</body></html>"


def past_depth_limit(n: int) -> str:
    # One nesting as deep as the input allows, text at every level: the tree stops at 255 levels, so
    # clean() reads the page as a stream of parser events instead.
    depth = max(1, n // 23)
    return "<html><body>" + "<div>Level text. " * depth + "</div>" * depth + "</body></html>"


def quote_runs(n: int) -> str:
    return ('He said "' + "\u201c\u201d\"'" * (n // 4) + '" today.')[:n]


def word_before_at(n: int) -> str:
    # One long run of word characters and an "@": an address pattern with unbounded parts tries every start.
    return "a" * (n - 1) + "@"


def wrapped_lines(n: int) -> str:
    # Prose hard-wrapped at 78 characters, as html2text writes it: every line is read for the wrap width, then joined.
    return textwrap.fill(huge_line(n), 78)


def reference_links(n: int) -> str:
    # Lines of reference-style links, then their definition: every reference is looked up and unwrapped.
    line = "See [the report][1] and [the data][1] here. " * 20
    return "\n".join([line] * max(1, n // len(line)) + ["[1]: https://example.com/report"])


def markup_blocks(n: int) -> str:
    # Markdown keeping a page's markup, as pandoc writes it: raw tags over lines, fenced divs, spans, raw HTML.
    block = (
        '<div class="row"\n  data-k="1">\n\n::: {.block .wide}\n[Officials said the figures were checked.]{.lede}\n'
        ":::\n\n`<style>.a { margin: 0; }</style>`{=html}\n\n</div>\n\n"
    )
    head = "# Title\n\n[a](https://x.org/) [b](https://x.org/) [c](https://x.org/)\n\n"
    return head + block * max(1, n // len(block))


def unclosed_markup(n: int) -> str:
    # Markup that never closes: each opening could be scanned to the end of the text if a pattern let it.
    return (
        "[a](https://x.org/) [b](https://x.org/) [c](https://x.org/)\n"
        + ('<span class="a" [x {.b <!-- `{=html ::: {#c ' * (n // 44 + 1))[:n]
    )


SHAPES: dict[str, Callable[[int], str]] = {
    "one huge line": huge_line,
    "many tiny lines": tiny_lines,
    "deep HTML nesting": deep_html,
    "HTML past depth limit": past_depth_limit,
    "long runs of quotes": quote_runs,
    "long word before @": word_before_at,
    "hard-wrapped lines": wrapped_lines,
    "reference links": reference_links,
    "markup in markdown": markup_blocks,
    "unclosed markup": unclosed_markup,
}


def best_of(fn: Callable[[], object], repeat: int, loops: int = 1) -> float:
    """Seconds per call of ``fn``: the best of ``repeat`` timings of ``loops`` calls each."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(loops):
            fn()
        best = min(best, (time.perf_counter() - start) / loops)
    return best


def loops_for(fn: Callable[[], object]) -> int:
    """Calls per timing so that one timing of the size-n input lasts at least 0.2 s: millisecond
    timings are mostly noise on a busy machine. The 4n input is timed with the same count."""
    loops, _ = timeit.Timer(fn).autorange()
    return loops


def try_clean(raw: str) -> Document | None:
    try:
        return clean(raw)
    except CleanseedError:  # rejecting hostile input quickly is a fine answer; its time still counts
        return None


def score_input(raw: str) -> Document:
    """What score() reads for a shape: the raw text itself as a document (so cleaning cannot shrink the
    hostile part away), or for HTML the cleaned document."""
    if detect_format(raw) == "html":
        return try_clean(raw) or Document(text="")
    return Document(text=raw)


def step_times(raw: str) -> list[tuple[str, float]]:
    """Seconds spent in each step of the default pipeline on ``raw`` (text formats; HTML adds extraction)."""
    from cleanseed._html import extract

    times: list[tuple[str, float]] = []
    start = time.perf_counter()
    text = decode(raw)
    fmt = detect_format(text)
    times.append(("decode + detect_format", time.perf_counter() - start))
    start = time.perf_counter()
    if fmt == "html":
        draft = Draft.from_text(extract(text, None).text, format="html")
        times.append(("html extraction (cleanseed._html.extract)", time.perf_counter() - start))
    else:
        draft = Draft.from_text(text, format=fmt)
        times.append(("Draft.from_text", time.perf_counter() - start))
    for step in Pipeline().steps:
        start = time.perf_counter()
        draft = step(draft)
        times.append((cleaner_id(step), time.perf_counter() - start))
    start = time.perf_counter()
    detect_language(draft.text)
    times.append(("language (cleanseed._lang.detect_language)", time.perf_counter() - start))
    return times


def hot_spots(run: Callable[[], object], top: int = 6) -> str:
    """The ``top`` functions by own time while ``run`` runs, as cProfile prints them (file:line(function))."""
    import cProfile
    import io
    import pstats

    profile = cProfile.Profile()
    profile.runcall(run)
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(top)
    return "\n".join(line for line in out.getvalue().splitlines() if "(" in line and "/" in line)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=250_000, help="size n in characters (4n is measured too)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.2f} at start")
    print(f"n = {args.n:,} characters; best of {args.repeat}\n")
    load_language_profiles()
    for make in SHAPES.values():  # load lazy state (parsers, lexicons) outside the timings
        try_clean(make(4000))
        score(score_input(make(4000)))
    print(f"{'shape':<22}{'step':<7}{'t(n) s':>9}{'t(4n) s':>9}{'ratio':>7}")
    failed = []
    for name, make in SHAPES.items():
        small, large = make(args.n), make(4 * args.n)
        runs: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {
            "clean": (partial(try_clean, small), partial(try_clean, large)),
            "score": (partial(score, score_input(small)), partial(score, score_input(large))),
        }
        for step, (run_small, run_large) in runs.items():
            loops = loops_for(run_small)
            t_small = best_of(run_small, args.repeat, loops)
            t_large = best_of(run_large, args.repeat, loops)
            ratio = t_large / t_small
            mark = "" if ratio <= LIMIT else "  FAIL"
            print(f"{name:<22}{step:<7}{t_small:>9.3f}{t_large:>9.3f}{ratio:>7.1f}{mark}")
            if ratio > LIMIT:
                failed.append((name, step, small, large))
    for name, step, small, large in failed:
        if step == "clean":
            print(f"\n{name} (clean) grows superlinearly; seconds per step of clean() at n and 4n:")
            for (label, t_small), (_, t_large) in zip(step_times(small), step_times(large), strict=True):
                ratio = t_large / t_small if t_small > 0.0005 else float("nan")
                print(f"  {label:<48}{t_small:>8.3f}{t_large:>8.3f}{ratio:>7.1f}")
        else:
            print(f"\n{name} (score) grows superlinearly; functions with the most own time on the 4n input:")
            print(hot_spots(partial(score, score_input(large))))
    print(f"\n{'all shapes within' if not failed else f'{len(failed)} shape(s) above'} the limit of {LIMIT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
