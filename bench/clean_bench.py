"""Quality and speed of clean() on the development pages, beside the no-cleaning floor and trafilatura.

Reads ../shared/dev/pages.jsonl (or --data DIR), which is not part of the repository; exits cleanly when absent.
For each capture (plain text, markdown, the markdown hard-wrapped at 78 characters as html2text writes it by
default, HTML) it prints shingle precision/recall/F1 (the metric of
../shared/dev/README.md) for cleanseed, for the uncleaned input, and for trafilatura on the same input
(``trafilatura.extract`` on the flat text; its default extraction on the HTML); then docs/second for the
cleanseed text path, the cleanseed HTML path and trafilatura on the HTML, all from this one run, and each
capture's title, author and date accuracy against the gold metadata.

    python bench/clean_bench.py [--limit N] [--split all|fit|test] [--format plain|markdown|wrapped|html] [--data DIR]
"""

from __future__ import annotations

import argparse
import html
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _metrics import DEFAULT_DATA, PRF, GoldPage, load_gold, mean_prf, prf, shingles
from _warm import load_language_profiles

from cleanseed import CleanseedError, Document, clean

FORMATS = ("plain", "markdown", "wrapped", "html")
CLEANSEED_FORMAT = {"plain": "text", "markdown": "markdown", "wrapped": "markdown", "html": "html"}
SPEED_FORMATS = ("plain", "markdown")
"""The captures the text path's speed is measured on: the development data's own renderings."""
SPEED_TARGET = 5.0
"""trafilatura's HTML time / cleanseed's text time must reach at least this (issue 2)."""


@dataclass(slots=True)
class Run:
    """Scores and total seconds of one system over one capture."""

    scores: list[PRF] = field(default_factory=list)
    seconds: float = 0.0
    errors: int = 0

    def add(self, output: str, gold: str, seconds: float = 0.0) -> None:
        self.scores.append(prf(output, gold))
        self.seconds += seconds

    def docs_per_second(self) -> float:
        return len(self.scores) / self.seconds if self.seconds else float("nan")


def timed(fn: Callable[[], str]) -> tuple[str, float]:
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


def cleanseed_run(page: GoldPage, content: str, fmt: str, docs: dict[str, Document]) -> tuple[str, float]:
    def run() -> str:
        try:
            doc = clean(content, format=CLEANSEED_FORMAT[fmt], url=page.url)  # type: ignore[arg-type]
        except CleanseedError:
            return ""
        docs[page.id] = doc
        return doc.text

    return timed(run)


def trafilatura_text(content: str) -> str:
    """trafilatura's extraction of a flat capture, each non-blank line wrapped as one ``<p>``.

    Handed the bare text, trafilatura parses it as one HTML text node and returns almost nothing;
    one paragraph a line gives it the same line structure cleanseed sees.
    """
    import trafilatura

    body = "".join(f"<p>{html.escape(line)}</p>" for line in content.splitlines() if line.strip())
    return trafilatura.extract(f"<html><body>{body}</body></html>") or ""


def trafilatura_html(content: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(content, url=url) or ""


def visible_text(content: str) -> str:
    """Every visible text node of the HTML: the HTML floor."""
    import trafilatura

    return trafilatura.html2txt(content) or ""


def warm_up(page: GoldPage) -> None:
    """Run every system once so imports and lazy tables are not charged to the first timed page."""
    load_language_profiles()
    html_text = page.capture("html")
    for fmt in FORMATS:
        cleanseed_run(page, page.capture(fmt), fmt, {})
    trafilatura_html(html_text, page.url)


def row(name: str, score: PRF, extra: str = "") -> str:
    return f"  {name:<28} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}{extra}"


def norm_name(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(folded.replace(".", " ").split())


def metadata_report(pages: Sequence[GoldPage], docs: dict[str, Document]) -> list[str]:
    """Author, date and title accuracy of one capture's documents against the gold metadata."""
    exact = name_tp = name_fp = name_fn = 0
    date_ok = date_wrong = date_none = date_extra = 0
    with_date = titled = untitled = 0
    for page in pages:
        doc = docs.get(page.id)
        titled += bool(doc and doc.title and norm_name(doc.title) == norm_name(page.title))
        untitled += not (doc and doc.title)
        got = {norm_name(a) for a in doc.authors} if doc else set()
        want = {norm_name(a) for a in page.authors}
        exact += got == want
        name_tp += len(got & want)
        name_fp += len(got - want)
        name_fn += len(want - got)
        published = doc.published.isoformat() if doc and doc.published else None
        if page.published:
            with_date += 1
            if published is None:
                date_none += 1
            elif published == page.published:
                date_ok += 1
            else:
                date_wrong += 1
        elif published is not None:
            date_extra += 1
    n = len(pages)
    p = name_tp / (name_tp + name_fp) if name_tp + name_fp else float("nan")
    r = name_tp / (name_tp + name_fn) if name_tp + name_fn else float("nan")
    return [
        f"  authors: exact set match {exact}/{n} ({exact / n:.3f}); names P {p:.3f} R {r:.3f}"
        f" ({name_tp} right, {name_fp} extra, {name_fn} missed)",
        f"  published: {date_ok}/{with_date} right, {date_wrong} wrong, {date_none} not found"
        f" (pages with a gold date); {date_extra} dates on pages without one",
        f"  title: {titled}/{n} equal to the gold title (case and spacing aside), {n - titled - untitled} other,"
        f" {untitled} none",
    ]


def title_report(pages: Sequence[GoldPage]) -> str:
    """Whether the gold body repeats the headline (if not, lifting the title out of the text is right)."""
    inside = 0
    for page in pages:
        title = shingles(page.title)
        if title and len(title & shingles(page.text)) / len(title) >= 0.8:
            inside += 1
    return f"gold text repeats the gold title on {inside}/{len(pages)} pages"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="use the first N pages of the split (default: all)")
    parser.add_argument("--split", choices=("all", "fit", "test"), default="all", help="pages by site hash")
    parser.add_argument("--format", choices=FORMATS, action="append", help="capture(s) to measure (default: all)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"development data (default {DEFAULT_DATA})")
    args = parser.parse_args(argv)
    formats = tuple(args.format or FORMATS)

    pages = load_gold(args.data, limit=args.limit, split=args.split)
    if not pages:
        print("no pages selected; nothing to measure")
        return 0
    print(f"{len(pages)} pages from {args.data} (split: {args.split}); metric: 4-token shingle P/R/F1, page mean")
    print(title_report(pages))
    warm_up(pages[0])

    text_seconds = text_docs = 0.0
    traf_html = Run()
    for fmt in formats:
        ours, floor, traf = Run(), Run(), Run()
        docs: dict[str, Document] = {}
        for page in pages:
            content = page.capture(fmt)
            out, secs = cleanseed_run(page, content, fmt, docs)
            ours.add(out, page.text, secs)
            if page.id not in docs:
                ours.errors += 1
            if fmt == "html":
                floor.add(visible_text(content), page.text)
                out, secs = timed(partial(trafilatura_html, content, page.url))
                traf.add(out, page.text, secs)
            else:
                floor.add(content, page.text)
                traf.add(trafilatura_text(content), page.text)
        print(f"\n{fmt} ({len(pages)} pages)")
        errors = f"  ({ours.errors} CleanseedError)" if ours.errors else ""
        print(row("cleanseed", mean_prf(ours.scores), errors))
        print(row("no cleaning (floor)", mean_prf(floor.scores)))
        print(row("trafilatura.extract", mean_prf(traf.scores)))
        if fmt == "html":
            traf_html = traf
            print(f"  cleanseed HTML path: {ours.docs_per_second():.1f} docs/s")
            print(f"  trafilatura.extract on HTML: {traf.docs_per_second():.1f} docs/s")
        else:
            if fmt in SPEED_FORMATS:
                text_seconds += ours.seconds
                text_docs += len(ours.scores)
            print(f"  cleanseed text path: {ours.docs_per_second():.1f} docs/s")
        print("\n".join(metadata_report(pages, docs)))

    if text_docs and traf_html.scores:
        per_text = text_seconds / text_docs
        per_html = traf_html.seconds / len(traf_html.scores)
        ratio = per_html / per_text
        verdict = "meets" if ratio >= SPEED_TARGET else "MISSES"
        print(
            f"\nspeed: trafilatura HTML {per_html * 1000:.2f} ms/doc vs cleanseed text {per_text * 1000:.2f} ms/doc:"
            f" {ratio:.1f}x ({verdict} the >= {SPEED_TARGET:.0f}x target)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
