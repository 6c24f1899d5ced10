"""The rules of ``cleanseed check``: each has a stable code, a name, a default severity and an explanation.

Rules are data (:data:`RULES`); the function that applies a document rule sits in
:data:`_DOCUMENT_CHECKS` under the rule's code. :func:`inspect` checks one file and
never raises for the file's sake: unreadable, binary and undecodable input become
findings, so one bad seed never stops a run. Near-duplicates need every file of the
run, so :func:`near_duplicates` compares the small shingle sketches :func:`inspect` returns.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from . import Report, score
from ._parallel import ordered_map
from .document import Document
from .errors import (
    BinaryInputError,
    CleanseedError,
    DecodeError,
    EmptyInputError,
    ExtractionError,
    InputTooLargeError,
)
from .pipeline import clean

Severity = Literal["error", "warning"]

__all__ = [
    "RULES",
    "FileReport",
    "Finding",
    "Rule",
    "Settings",
    "Severity",
    "Sketch",
    "Task",
    "inspect",
    "near_duplicates",
    "rule",
    "run",
]


@dataclass(frozen=True, slots=True)
class Rule:
    """A check: stable ``code`` (``CS301``), readable ``name`` (``no-byline``), default severity, and why it matters."""

    code: str
    name: str
    severity: Severity
    summary: str
    explanation: str


RULES: tuple[Rule, ...] = (
    Rule(
        code="CS101",
        name="unreadable",
        severity="error",
        summary="The file cannot be read.",
        explanation="The file is missing, vanished during the run, is not a regular file, or cannot be opened. "
        "A seed that cannot be read cannot be used; check the path and permissions.",
    ),
    Rule(
        code="CS102",
        name="binary",
        severity="error",
        summary="The file is binary data, not text or HTML.",
        explanation="NUL bytes or many control characters mean the capture is an image, a PDF or a corrupt download "
        "rather than a page. Save the page again as HTML, markdown or plain text.",
    ),
    Rule(
        code="CS103",
        name="undecodable",
        severity="error",
        summary="The bytes do not decode as text.",
        explanation="The file is neither valid UTF-8 (with or without a byte-order mark) nor in an encoding its HTML "
        "declares or one that can be detected. Re-save it as UTF-8.",
    ),
    Rule(
        code="CS104",
        name="too-large",
        severity="error",
        summary="The file is larger than the input size limit.",
        explanation="Inputs over cleanseed.MAX_INPUT_BYTES (20 MB) are refused rather than cleaned: no news page "
        "is that large, so the file is almost certainly not a single captured page.",
    ),
    Rule(
        code="CS201",
        name="empty",
        severity="error",
        summary="Nothing is left to read: the file is empty, or its HTML holds no text.",
        explanation="An empty or whitespace-only file, or HTML from which no article text can be extracted. "
        "The capture probably failed (a consent wall, a script-only page); capture the page again.",
    ),
    Rule(
        code="CS202",
        name="too-short",
        severity="error",
        summary="Fewer words than --min-words remain after cleaning.",
        explanation="After page chrome is removed, the article body is shorter than --min-words (100 by default). "
        "A seed that short is usually a teaser, a paywall stub or a failed capture, not an article.",
    ),
    Rule(
        code="CS203",
        name="mostly-chrome",
        severity="warning",
        summary="Most of the file is page chrome: the share of words removed is over --max-chrome.",
        explanation="The cleaners removed more than --max-chrome (0.75 by default) of the file's words as navigation, "
        "captions, related links and footers. The article may still be fine, but the capture is noisy and "
        "worth a look: an index page or a gallery looks like this too.",
    ),
    Rule(
        code="CS204",
        name="language-not-allowed",
        severity="error",
        summary="The text's language is not in --languages.",
        explanation="The detected language of the cleaned text (ISO 639-1, or 'und' when undetermined) is not one of "
        "--languages. The rule only runs when --languages is set.",
    ),
    Rule(
        code="CS205",
        name="near-duplicate",
        severity="error",
        summary="The text repeats another file of the same run (shingle overlap over --max-overlap).",
        explanation="Most of the cleaned text's five-word shingles also occur in an earlier file of the run (in sorted "
        "order): two captures of the same page, or the same wire story run by two outlets. Keep one; a "
        "duplicate seed counts the same story twice.",
    ),
    Rule(
        code="CS301",
        name="no-byline",
        severity="warning",
        summary="No author was found.",
        explanation="Neither the page's metadata nor a byline in the text names an author. Reporting without a byline "
        "is harder to verify; columns and press releases often look like this.",
    ),
    Rule(
        code="CS302",
        name="no-date",
        severity="warning",
        summary="No publication date was found.",
        explanation="Neither a date nor a relative date ('4 days ago') was found in the metadata or the byline area, "
        "so the seed cannot be placed in time.",
    ),
    Rule(
        code="CS303",
        name="low-score",
        severity="error",
        summary="The sourcing score is below --min-score.",
        explanation="score() rates how well sourced the text is (named attributions, quotes, first-person narration, "
        "hedges) from 0 to 1. Below --min-score (0.5 by default) the document reads as unsourced: "
        "`cleanseed score --format json FILE` lists the evidence behind the figure.",
    ),
    Rule(
        code="CS304",
        name="opinion",
        severity="warning",
        summary="The text reads as opinion rather than reporting.",
        explanation="score() classed the genre as opinion (first person outside quotes, evaluative language, few named "
        "sources), or the page labels itself as opinion. Opinion is not wrong as a seed, but it is not "
        "reporting: a warning by default; make it an error with --error CS304.",
    ),
)

_BY_CODE = {r.code: r for r in RULES}
_BY_NAME = {r.name: r for r in RULES}


def rule(code_or_name: str) -> Rule:
    """The rule with this code (any case) or name; ``KeyError`` if there is none."""
    found = _BY_CODE.get(code_or_name.upper()) or _BY_NAME.get(code_or_name.lower())
    if found is None:
        raise KeyError(code_or_name)
    return found


def matches(selector: str, item: Rule) -> bool:
    """Whether ``selector`` (a code, a code prefix such as ``CS3``, or a rule name) picks ``item``."""
    return item.code.startswith(selector.upper()) or selector.lower() == item.name


def unknown_selectors(selectors: Iterable[str]) -> list[str]:
    """The selectors that pick no rule at all (typos in --select and friends)."""
    return [s for s in selectors if not any(matches(s, r) for r in RULES)]


@dataclass(frozen=True, slots=True)
class Settings:
    """What to check and how strictly, for one file (configuration, overrides and flags already merged)."""

    select: tuple[str, ...] = ("CS",)
    ignore: tuple[str, ...] = ()
    error: tuple[str, ...] = ()
    warning: tuple[str, ...] = ()
    min_words: int = 100
    max_chrome: float = 0.75
    languages: tuple[str, ...] = ()
    min_score: float = 0.5
    max_overlap: float = 0.8

    def enabled(self, item: Rule) -> bool:
        """Selected and not ignored; a more specific selector wins, as in ruff (``--select CS3 --ignore CS``)."""
        chosen = _most_specific(self.select, item)
        dropped = _most_specific(self.ignore, item)
        return chosen > 0 and chosen > dropped

    def severity(self, item: Rule) -> Severity:
        """The rule's default severity unless --error or --warning names it (the more specific selector wins)."""
        up = _most_specific(self.error, item)
        down = _most_specific(self.warning, item)
        if up == down:
            return item.severity
        return "error" if up > down else "warning"


def _most_specific(selectors: Sequence[str], item: Rule) -> int:
    """How specific the best selector matching ``item`` is (its length; a name counts as a full code); 0: none."""
    return max((len(item.code) if s.lower() == item.name else len(s) for s in selectors if matches(s, item)), default=0)


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One rule broken by one file, at a 1-based line of that file."""

    path: str
    line: int
    code: str
    message: str
    severity: Severity = field(compare=False)

    @property
    def rule(self) -> Rule:
        return _BY_CODE[self.code]

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "code": self.code,
            "name": self.rule.name,
            "severity": self.severity,
            "message": self.message,
        }


SHINGLE_WORDS = 5
SKETCH_SIZE = 256
"""A bottom-k sketch keeps the smallest hashes of a text's shingles: its overlap with another sketch estimates
the overlap of the two full shingle sets, exactly when both texts have fewer shingles than this."""

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Sketch:
    """The ``SKETCH_SIZE`` smallest shingle hashes of a text and how many distinct shingles it has."""

    hashes: tuple[int, ...]
    size: int


def sketch(text: str) -> Sketch:
    """A bottom-k sketch of the lower-cased five-word shingles of ``text``."""
    words = [w.lower() for w in _WORD.findall(text)]
    # blake2b, not hash(): worker processes salt str hashes differently, and sketches must compare across them
    shingles = {
        int.from_bytes(hashlib.blake2b(" ".join(words[i : i + SHINGLE_WORDS]).encode(), digest_size=8).digest())
        for i in range(max(0, len(words) - SHINGLE_WORDS + 1))
    }
    return Sketch(tuple(sorted(heapq.nsmallest(SKETCH_SIZE, shingles))), len(shingles))


def overlap(a: Sketch, b: Sketch) -> float:
    """Estimated share of the smaller text's shingles that the other text also has (0 to 1)."""
    if not a.size or not b.size:
        return 0.0
    union = heapq.nsmallest(SKETCH_SIZE, set(a.hashes) | set(b.hashes))
    both = set(a.hashes) & set(b.hashes)
    jaccard = sum(1 for h in union if h in both) / len(union)
    shared = jaccard * (a.size + b.size) / (1 + jaccard)
    return min(1.0, shared / min(a.size, b.size))


@dataclass(frozen=True, slots=True)
class Task:
    """One input of a check run: a path to read (``content`` ``None``) or content already read (stdin)."""

    path: str
    settings: Settings
    content: bytes | None = None


@dataclass(frozen=True, slots=True)
class FileReport:
    """What :func:`inspect` found in one file; ``internal_error`` is a bug in cleanseed, not in the file."""

    path: str
    findings: tuple[Finding, ...] = ()
    sketch: Sketch | None = None
    internal_error: str | None = None


_INPUT_ERRORS: tuple[tuple[type[CleanseedError], str], ...] = (
    (BinaryInputError, "CS102"),
    (DecodeError, "CS103"),
    (InputTooLargeError, "CS104"),
    (EmptyInputError, "CS201"),
    (ExtractionError, "CS201"),
)


def inspect(task: Task) -> FileReport:
    """Clean and score one file and apply the document rules; input problems become findings."""
    settings = task.settings
    try:
        raw = Path(task.path).read_bytes() if task.content is None else task.content
    except OSError as exc:
        return FileReport(task.path, _found(task.path, settings, "CS101", 1, f"cannot read: {exc.strerror or exc}"))
    try:
        doc = clean(raw)
        report = score(doc)
    except CleanseedError as exc:
        code = next((c for kind, c in _INPUT_ERRORS if isinstance(exc, kind)), "CS201")
        return FileReport(task.path, _found(task.path, settings, code, 1, str(exc)))
    except Exception as exc:  # a bug must cost one file and a non-zero exit, not the whole run
        return FileReport(task.path, internal_error=f"{type(exc).__name__}: {exc}")
    findings: list[Finding] = []
    for code, check in _DOCUMENT_CHECKS.items():
        for line, message in check(doc, report, settings):
            findings.extend(_found(task.path, settings, code, line, message))
    return FileReport(task.path, tuple(findings), sketch(doc.text))


def _found(path: str, settings: Settings, code: str, line: int, message: str) -> tuple[Finding, ...]:
    item = _BY_CODE[code]
    if not settings.enabled(item):
        return ()
    return (Finding(path, line, code, message, settings.severity(item)),)


Check = Callable[[Document, Report, Settings], Iterator[tuple[int, str]]]

LOW_SCORE_REASONS = 3
"""How many of the scorecard's largest penalties a low-score message names."""


def _too_short(doc: Document, report: Report, settings: Settings) -> Iterator[tuple[int, str]]:
    """Too few words left after cleaning."""
    words = len(doc.text.split())
    if words < settings.min_words:
        yield 1, f"{words} words after cleaning; --min-words is {settings.min_words}"


def _mostly_chrome(doc: Document, report: Report, settings: Settings) -> Iterator[tuple[int, str]]:
    """Most of the source's words were removed as chrome."""
    total = len((doc.extracted if doc.extracted is not None else doc.source).split())
    if not total:
        return
    share = 1 - len(doc.text.split()) / total
    if share > settings.max_chrome:
        first = min((r.first_line for r in doc.removed if not r.partial), default=1)
        yield first, f"{share:.0%} of the words were removed as page chrome; --max-chrome is {settings.max_chrome:.0%}"


def _language(doc: Document, report: Report, settings: Settings) -> Iterator[tuple[int, str]]:
    """The detected language is not allowed (only when --languages is set)."""
    if settings.languages and doc.language not in settings.languages:
        allowed = ",".join(settings.languages)
        yield 1, f"language is {doc.language!r}; --languages allows {allowed}"


def _no_byline(doc: Document, report: Report, settings: Settings) -> Iterator[tuple[int, str]]:
    """No author in the metadata or the byline."""
    if not doc.authors:
        yield 1, "no author found in the metadata or a byline"


def _no_date(doc: Document, report: Report, settings: Settings) -> Iterator[tuple[int, str]]:
    """Neither a date nor a relative date."""
    if doc.published is None and doc.published_relative is None:
        yield 1, "no publication date found in the metadata or near the byline"


def _low_score(doc: Document, report: Report, settings: Settings) -> Iterator[tuple[int, str]]:
    """The sourcing score is under the minimum."""
    if report.score < settings.min_score:
        costs = sorted((s for s in report.signals.values() if s.contribution < 0), key=lambda s: s.contribution)
        why = "; ".join(f"{s.name} {s.contribution:+.2f}" for s in costs[:LOW_SCORE_REASONS])
        message = f"sourcing score {report.score:.2f} is below --min-score {settings.min_score:.2f}"
        yield 1, f"{message} ({why})" if why else message


def _opinion(doc: Document, report: Report, settings: Settings) -> Iterator[tuple[int, str]]:
    """The scorer or the page's own label says opinion."""
    if report.genre == "opinion":
        genre = report.signals.get("genre")
        yield 1, "reads as opinion, not reporting" + (f" ({genre.summary})" if genre else "")
    elif "opinion" in doc.labels:
        yield 1, "the page labels itself as opinion"


_DOCUMENT_CHECKS: dict[str, Check] = {
    "CS202": _too_short,
    "CS203": _mostly_chrome,
    "CS204": _language,
    "CS301": _no_byline,
    "CS302": _no_date,
    "CS303": _low_score,
    "CS304": _opinion,
}
"""The document rules by code, in the order they run; input rules (CS1xx, CS201) come from exceptions."""


def near_duplicates(reports: Sequence[FileReport], settings: Callable[[str], Settings]) -> list[Finding]:
    """A CS205 finding for each file whose text overlaps an earlier file's over that file's --max-overlap.

    Candidates come from an index of sketch hashes, so unrelated files are never compared.
    """
    index: defaultdict[int, list[int]] = defaultdict(list)
    findings: list[Finding] = []
    for i, report in enumerate(reports):
        if report.sketch is None:
            continue
        candidates = {j for h in report.sketch.hashes for j in index[h]}
        own = settings(report.path)
        best = max(((overlap(report.sketch, _sketch(reports[j])), j) for j in sorted(candidates)), default=(0.0, -1))
        if best[0] > own.max_overlap:
            other = reports[best[1]].path
            message = f"{best[0]:.0%} of its shingles also occur in {other}; --max-overlap is {own.max_overlap:.0%}"
            findings.extend(_found(report.path, own, "CS205", 1, message))
        for h in report.sketch.hashes:
            index[h].append(i)
    return findings


def _sketch(report: FileReport) -> Sketch:
    assert report.sketch is not None  # only reports with a sketch are indexed
    return report.sketch


def run(tasks: Iterable[Task], jobs: int = 1) -> Iterator[FileReport]:
    """:func:`inspect` each task, in order; with ``jobs > 1`` on a process pool with a bounded window."""
    if jobs <= 1:
        return map(inspect, tasks)
    return ordered_map(inspect, tasks, jobs)
