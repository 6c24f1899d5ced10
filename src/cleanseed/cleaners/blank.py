"""Lines that carry nothing: runs of blank lines, blanks at the edges, and symbols around the body."""

from __future__ import annotations

from ..document import Draft
from ._base import cleaner
from ._text import LETTER_OR_DIGIT, body_span


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


@cleaner("text.symbol_lines")
def symbol_lines(draft: Draft) -> Draft:
    """Drop lines with no letter or digit (a close button, "|", "* * *") above the body's first or below its last
    paragraph; inside the body they mark section breaks and stay."""
    span = body_span(draft.lines) or (len(draft.lines), -1)
    drops = [
        i
        for i, line in enumerate(draft.lines)
        if not span[0] <= i <= span[1] and not line.blank and not LETTER_OR_DIGIT.search(line.text)
    ]
    return draft.drop(drops, "text.symbol_lines", "symbols only")
