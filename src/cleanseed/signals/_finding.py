"""What a signal returns: a value, a one-line summary, and the evidence as spans of the text."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

__all__ = ["Evidence", "Finding"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of ``doc.text`` (``start``/``end`` offsets) that a signal rests on, with a short note."""

    start: int
    end: int
    text: str
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class Finding:
    """A signal's result: ``value`` is the quantity the score weighs (a count, a share, a grade)."""

    value: float
    summary: str
    evidence: tuple[Evidence, ...] = ()
