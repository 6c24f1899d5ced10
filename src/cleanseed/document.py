"""The document model: the working ``Draft`` cleaners transform and the final ``Document``.

A ``Draft`` holds the source as numbered lines. Cleaners never edit text in place
except through :meth:`Draft.rewrite`; they drop lines (with a reason) or lift a
value out of a line into metadata. Every change is recorded, so the final
``Document`` can account for each non-blank line of its source.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Format = Literal["text", "markdown", "html"]
EXTRACTION_FALLBACK = "extraction-fallback"
"""The label of an HTML draft holding every visible text of the page: trafilatura found no main text, the page
was nested too deep for a tree (libxml2 stops at 255 levels), or the main text trafilatura picked read as a list and
the whole page, cleaned, held more prose."""
UNWRAPPED = "unwrapped"
"""The label of a text or markdown draft whose source was hard-wrapped: the lines its wrapper broke were joined back
into paragraphs before cleaning, and line numbers count lines of the joined text (``Document.extracted``)."""
LINKS_INLINED = "links-inlined"
"""The label of a markdown draft whose reference-style links (``[text][3]`` with ``[3]: https://…`` below) were
written inline before cleaning; line numbers count lines of that text (``Document.extracted``)."""
MARKUP_STRIPPED = "markup-stripped"
"""The label of a markdown draft whose raw HTML tags and pandoc attribute syntax (fenced divs, bracketed spans,
attribute blocks) were stripped to the text they wrap before cleaning; line numbers count lines of the stripped text
(``Document.extracted``)."""
MetaField = Literal["title", "authors", "published", "published_relative", "site", "url"]

__all__ = [
    "EXTRACTION_FALLBACK",
    "LINKS_INLINED",
    "MARKUP_STRIPPED",
    "UNWRAPPED",
    "Cleaner",
    "Document",
    "Draft",
    "Format",
    "Lifted",
    "Line",
    "Removal",
]


@dataclass(frozen=True, slots=True, init=False)
class Line:
    """One line of the working text; ``no`` is its 1-based number in the source text."""

    no: int
    text: str
    blank: bool = field(init=False, repr=False, compare=False)
    """Whitespace only. Stored, not derived: every cleaner asks it of every line."""

    def __init__(self, no: int, text: str) -> None:
        # Written out (a frozen class sets its fields through object): the generated __init__ and a __post_init__
        # for ``blank`` cost each line of each page two calls, and a page holds hundreds of lines.
        object.__setattr__(self, "no", no)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "blank", not text.strip())


@dataclass(frozen=True, slots=True)
class Removal:
    """A removal record: which cleaner removed what, why, and from which source lines.

    ``partial`` is true when only part of a line went (a link target, a trailing
    counter) and the rest of the line stayed in the text.
    """

    cleaner: str
    reason: str
    text: str
    first_line: int
    last_line: int
    partial: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class Lifted:
    """Where a metadata value came from: a source line (``line``) or an HTML field (``origin``)."""

    field: MetaField
    value: str
    cleaner: str
    origin: str
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class Draft:
    """The working document a cleaner takes and returns.

    ``lines`` are the lines still kept; ``source`` is the text their numbers refer
    to (the input itself, or for HTML the text trafilatura extracted). Metadata fields are ``None`` (or empty)
    until a cleaner lifts them; the first value lifted for a field wins, because
    cleaners run from the most to the least reliable evidence.
    """

    lines: tuple[Line, ...]
    format: Format = "text"
    source: str = ""
    url: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    published_relative: str | None = None
    site: str | None = None
    removed: tuple[Removal, ...] = ()
    lifted: tuple[Lifted, ...] = ()
    labels: tuple[str, ...] = ()

    @classmethod
    def from_text(
        cls, text: str, *, format: Format = "text", source: str | None = None, url: str | None = None
    ) -> Draft:
        """Split ``text`` into numbered lines (``\\r\\n``, ``\\r`` and ``\\n`` all end a line)."""
        lines = tuple(map(Line, itertools.count(1), text.splitlines()))
        return cls(lines=lines, format=format, source=text if source is None else source, url=url)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines).strip("\n")

    def drop(self, indices: Iterable[int], cleaner: str, reason: str) -> Draft:
        """Remove the lines at ``indices`` (positions in ``lines``), one record per contiguous run."""
        return self.drop_each(dict.fromkeys(indices, reason), cleaner)

    def drop_each(self, reasons: Mapping[int, str], cleaner: str) -> Draft:
        """Remove the lines at the positions ``reasons`` maps, each for its own reason.

        One record per contiguous run of lines with the same reason.
        """
        if not reasons:
            return self
        records: list[Removal] = []
        run: list[Line] = []
        run_reason = ""
        kept: list[Line] = []
        next_kept = 0
        for i in sorted(reasons):
            reason = reasons[i]
            if run and (i != next_kept or reason != run_reason):
                records.append(_record(run, cleaner, run_reason))
                run = []
            kept.extend(self.lines[next_kept:i])  # slices, not a test of every kept line
            run.append(self.lines[i])
            run_reason = reason
            next_kept = i + 1
        records.append(_record(run, cleaner, run_reason))
        kept.extend(self.lines[next_kept:])
        return dataclasses.replace(
            self, lines=tuple(kept), removed=self.removed + tuple(r for r in records if r.text.strip())
        )

    def rewrite(self, edits: Mapping[int, tuple[str, str]], cleaner: str, reason: str) -> Draft:
        """Replace line texts: ``edits[i] = (new_text, removed_fragment)`` for line position ``i``."""
        if not edits:
            return self
        lines = list(self.lines)
        records = []
        for i, (new_text, fragment) in sorted(edits.items()):
            line = lines[i]
            lines[i] = Line(line.no, new_text)
            if fragment.strip():
                records.append(Removal(cleaner, reason, fragment, line.no, line.no, partial=True))
        return dataclasses.replace(self, lines=tuple(lines), removed=self.removed + tuple(records))

    def lift(
        self,
        field: MetaField,
        value: str | tuple[str, ...] | dt.date,
        cleaner: str,
        *,
        line: Line | None = None,
        origin: str | None = None,
    ) -> Draft:
        """Set a metadata field unless it is already set, recording where the value came from."""
        if getattr(self, field) not in (None, ()):
            return self
        shown = ", ".join(value) if isinstance(value, tuple) else str(value)
        where = origin or (f"line {line.no}" if line else "text")
        record = Lifted(field, shown, cleaner, where, line.no if line else None)
        changes: dict[str, Any] = {field: value, "lifted": (*self.lifted, record)}
        return dataclasses.replace(self, **changes)

    def label(self, label: str) -> Draft:
        """Attach a page label (``opinion``, ``analysis`` …) found in the chrome."""
        if label in self.labels:
            return self
        return dataclasses.replace(self, labels=(*self.labels, label))


def _record(run: list[Line], cleaner: str, reason: str) -> Removal:
    text = "\n".join(line.text for line in run).strip("\n")
    return Removal(cleaner, reason, text, run[0].no, run[-1].no)


Cleaner = Callable[[Draft], Draft]
"""A cleaner: any callable from ``Draft`` to ``Draft``. Give it an ``id`` attribute for the audit trail."""


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned document: body text, lifted metadata and the audit trail of every removal.

    Line numbers in ``removed`` and ``lifted`` count lines of ``source``, or of ``extracted`` when that is set:
    for HTML input, the main text trafilatura found, before the text cleaners; for hard-wrapped text (label
    ``unwrapped``), the text with the lines its wrapper broke joined back into paragraphs; for reference-style links
    (label ``links-inlined``), the text with the links written inline.
    ``labels`` are page labels found on the way (``opinion`` from a kicker, say).
    """

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    published_relative: str | None = None
    site: str | None = None
    language: str = "und"
    format: Format = "text"
    source: str = ""
    extracted: str | None = None
    url: str | None = None
    removed: tuple[Removal, ...] = ()
    lifted: tuple[Lifted, ...] = ()
    labels: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with stable keys (dates as ISO strings)."""
        return {
            "text": self.text,
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published.isoformat() if self.published else None,
            "published_relative": self.published_relative,
            "site": self.site,
            "language": self.language,
            "format": self.format,
            "url": self.url,
            "labels": list(self.labels),
            "removed": [r.to_dict() for r in self.removed],
            "lifted": [m.to_dict() for m in self.lifted],
        }
