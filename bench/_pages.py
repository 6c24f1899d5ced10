"""The development pages the scale benchmarks read: ``../shared/dev`` beside the repository, or ``$CLEANSEED_DEV``.

The data is not part of the repository; every benchmark says so and exits cleanly (status 0) when it is absent.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

DEV = Path(os.environ.get("CLEANSEED_DEV", Path(__file__).resolve().parents[2] / "shared" / "dev"))


@dataclass(frozen=True, slots=True)
class Page:
    """One development page in its three captures."""

    id: str
    url: str
    html: str
    markdown: str
    plain: str


def load_pages(limit: int | None = None) -> list[Page]:
    """The first ``limit`` pages of ``pages.jsonl`` (all when ``None``); exits with a note when the data is absent."""
    index = DEV / "pages.jsonl"
    if not index.is_file():
        print(f"development data not found at {DEV} (set CLEANSEED_DEV); nothing to measure", file=sys.stderr)
        raise SystemExit(0)
    pages = []
    with index.open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            pages.append(
                Page(
                    id=row["id"],
                    url=row["url"],
                    html=gzip.decompress((DEV / row["html"]).read_bytes()).decode("utf-8", "replace"),
                    markdown=(DEV / row["markdown"]).read_text(encoding="utf-8"),
                    plain=(DEV / row["plain"]).read_text(encoding="utf-8"),
                )
            )
            if limit is not None and len(pages) >= limit:
                break
    return pages


def machine() -> str:
    """One line naming the machine: CPU model, cores available, Python version."""
    import platform

    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{model}, {cores} cores available, Python {platform.python_version()}"


def write_corpus(pages: list[Page], path: Path, *, copies: int, capture: str) -> int:
    """Write ``copies`` rounds of ``pages`` as JSONL records (``html`` or ``text`` field); return the bytes written."""
    field = "html" if capture == "html" else "text"
    with path.open("w", encoding="utf-8") as out:
        for round_ in range(copies):
            for page in pages:
                record = {"id": f"{page.id}#{round_}", "url": page.url, field: getattr(page, capture)}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path.stat().st_size
