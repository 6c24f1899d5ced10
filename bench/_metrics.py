"""Shared helpers for the quality benchmarks: the gold development pages, the shingle metric, the held-out split.

The metric is the one ``../shared/dev/README.md`` prescribes: ``\\w+`` tokens (Unicode, case kept), sets of
4-token shingles of output and gold text, precision/recall/F1 per page, averaged over pages.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "dev"
"""``../shared/dev`` beside the repository: not part of it, and absent on a fresh clone."""

SHINGLE = 4
TEST_SHARE = 0.4
"""Share of sites held out from fitting (``--split test`` evaluates on these only)."""

_TOKEN = re.compile(r"\w+")
_WHOLE_BLOCK = re.compile(r"\s*(?:[*+-]\s|\d{1,3}[.)]\s|\|)")
_QUOTE = re.compile(r"(?:>\s?)+")


@dataclass(frozen=True, slots=True)
class GoldPage:
    """One development page: its gold reading and where its three captures live."""

    id: str
    url: str
    title: str
    authors: tuple[str, ...]
    published: str | None
    text: str
    root: Path
    html_path: str
    markdown_path: str
    plain_path: str

    def capture(self, fmt: str) -> str:
        """The page as ``plain``, ``markdown``, ``wrapped`` (the markdown hard-wrapped, :func:`hard_wrap`) or ``html``
        (decompressed, decoded as UTF-8 with replacement)."""
        if fmt == "wrapped":
            return hard_wrap(self.capture("markdown"))
        if fmt == "html":
            return gzip.decompress((self.root / self.html_path).read_bytes()).decode("utf-8", "replace")
        path = self.plain_path if fmt == "plain" else self.markdown_path
        return (self.root / path).read_text(encoding="utf-8")

    @property
    def split(self) -> str:
        return split_of(self.url)


def hard_wrap(markdown: str, width: int = 78) -> str:
    """``markdown`` wrapped as html2text wraps by default (``body_width=78``): paragraphs, headings and quotes (each
    line of a quote on its "> "), not list items or table rows; words are broken at hyphens, never inside."""
    out: list[str] = []
    for line in markdown.splitlines():
        if len(line) <= width or _WHOLE_BLOCK.match(line):
            out.append(line)
            continue
        quote = _QUOTE.match(line)
        prefix = quote.group() if quote else ""
        out += textwrap.wrap(line, width, subsequent_indent=prefix, break_long_words=False) or [line]
    return "\n".join(out)


def split_of(url: str) -> str:
    """``fit`` or ``test``, decided by a hash of the site's host so every page of a site lands on one side."""
    host = urlsplit(url).hostname or url
    host = host.removeprefix("www.")
    bucket = int.from_bytes(hashlib.sha256(host.encode()).digest()[:4], "big") / 2**32
    return "test" if bucket < TEST_SHARE else "fit"


def load_gold(data: Path, *, limit: int | None = None, split: str = "all") -> list[GoldPage]:
    """Pages of ``data/pages.jsonl`` in the given split (``all``, ``fit``, ``test``); exits 0 with a note if absent."""
    index = data / "pages.jsonl"
    if not index.is_file():
        print(f"development data not found at {data} (pass --data); nothing to measure", file=sys.stderr)
        raise SystemExit(0)
    pages: list[GoldPage] = []
    with index.open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            page = GoldPage(
                id=row["id"],
                url=row["url"],
                title=row.get("title") or "",
                authors=tuple(row.get("authors") or ()),
                published=row.get("published") or None,
                text=row["text"],
                root=data,
                html_path=row["html"],
                markdown_path=row["markdown"],
                plain_path=row["plain"],
            )
            if split != "all" and page.split != split:
                continue
            pages.append(page)
            if limit is not None and len(pages) >= limit:
                break
    return pages


def tokens(text: str) -> list[str]:
    """``\\w+`` tokens, case kept."""
    return _TOKEN.findall(text)


def shingles(text: str, n: int = SHINGLE) -> set[tuple[str, ...]]:
    """The set of ``n``-token shingles of ``text`` (a shorter text gives its whole token tuple, if any)."""
    toks = tokens(text)
    if len(toks) < n:
        return {tuple(toks)} if toks else set()
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float


def prf(output: str, gold: str) -> PRF:
    """Shingle precision, recall and F1 of one output against its gold text (empty vs empty counts as perfect)."""
    out, ref = shingles(output), shingles(gold)
    if not out and not ref:
        return PRF(1.0, 1.0, 1.0)
    common = len(out & ref)
    p = common / len(out) if out else 0.0
    r = common / len(ref) if ref else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(p, r, f)


def mean_prf(scores: Iterable[PRF]) -> PRF:
    """Macro average over pages."""
    items = list(scores)
    if not items:
        return PRF(0.0, 0.0, 0.0)
    n = len(items)
    return PRF(
        sum(s.precision for s in items) / n,
        sum(s.recall for s in items) / n,
        sum(s.f1 for s in items) / n,
    )


def windows(seq: list[str], n: int = SHINGLE) -> Iterator[tuple[str, ...]]:
    """Consecutive ``n``-token windows of ``seq`` (the whole of it when shorter)."""
    if len(seq) < n:
        if seq:
            yield tuple(seq)
        return
    for i in range(len(seq) - n + 1):
        yield tuple(seq[i : i + n])
