"""Whitespace that carries nothing: runs of blank lines and blanks at the edges."""

from __future__ import annotations

from ..document import Draft
from ._base import cleaner


@cleaner("text.blank_runs")
def blank_runs(draft: Draft) -> Draft:
    """Collapse runs of blank lines to one and drop blank lines at the start and end."""
    last = max((i for i, line in enumerate(draft.lines) if not line.blank), default=-1)
    drops = []
    previous_blank = True
    for i, line in enumerate(draft.lines):
        if line.blank:
            if previous_blank or i > last:
                drops.append(i)
            previous_blank = True
        else:
            previous_blank = False
    return draft.drop(drops, "text.blank_runs", "blank line")
