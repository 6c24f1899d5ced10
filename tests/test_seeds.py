"""Acceptance: each seed page comes out as its fixture under fixtures/seeds/ reads it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cleanseed import Document, clean

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "fixtures" / "seeds").glob("*.json"))


def _lines(spec: str) -> list[int]:
    """Expand "1, 6-12" into line numbers."""
    numbers: list[int] = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        first, _, last = part.partition("-")
        numbers.extend(range(int(first), int(last or first) + 1))
    return numbers


def _gone(doc: Document) -> set[int]:
    """Source lines removed whole (chrome) or lifted into metadata."""
    removed = {n for r in doc.removed if not r.partial for n in range(r.first_line, r.last_line + 1)}
    return removed | {m.line for m in doc.lifted if m.line is not None}


@pytest.fixture(scope="module", params=FIXTURES, ids=lambda p: p.stem)
def seed(request: pytest.FixtureRequest) -> tuple[dict[str, object], list[str], Document]:
    expected = json.loads(request.param.read_text(encoding="utf-8"))
    raw = (ROOT / "seeds" / expected["seed"]).read_bytes()
    source = raw.decode("utf-8").splitlines()
    return expected, source, clean(raw)


def test_fixtures_cover_the_seeds() -> None:
    assert len(FIXTURES) == 3
    assert {p.stem for p in FIXTURES} == {p.stem for p in (ROOT / "seeds").glob("*.txt")}


def test_every_body_line_kept_in_order(seed: tuple[dict[str, object], list[str], Document]) -> None:
    expected, source, doc = seed
    body = [source[n - 1].strip() for n in _lines(str(expected["keep"])) if source[n - 1].strip()]
    kept = [line.strip() for line in doc.text.splitlines() if line.strip()]
    either = {source[n - 1].strip() for n in _lines(str(expected["either"]))}
    assert [line for line in kept if line not in either] == body


def test_no_chrome_line_kept(seed: tuple[dict[str, object], list[str], Document]) -> None:
    expected, source, doc = seed
    chrome = {n for n in _lines(str(expected["drop"])) if source[n - 1].strip()}
    assert chrome <= _gone(doc)
    if expected["title_line"] is not None:
        assert expected["title_line"] in _gone(doc)


def test_metadata_lifted(seed: tuple[dict[str, object], list[str], Document]) -> None:
    expected, _, doc = seed
    published = expected["published"]
    assert doc.title == expected["title"]
    assert list(doc.authors) == expected["authors"]
    assert doc.published == (dt.date.fromisoformat(published) if isinstance(published, str) else None)
    assert doc.published_relative == expected["published_relative"]


def test_lifted_lines_recorded_as_removed(seed: tuple[dict[str, object], list[str], Document]) -> None:
    _, _, doc = seed
    removed = {n for r in doc.removed for n in range(r.first_line, r.last_line + 1)}
    assert {m.line for m in doc.lifted if m.line is not None} <= removed
