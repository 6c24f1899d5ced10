"""Emitters for the command line: one function per output format, each writing to a stream.

``check`` writes ``text``, ``json``, ``github`` (workflow commands, plus a markdown summary
for ``$GITHUB_STEP_SUMMARY``) or ``sarif``; ``clean`` and ``score`` rows go out as JSON or
JSON Lines, or as plain text and a table. Tool errors have their own emitter so that
they honour ``--format json`` too.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TextIO
from urllib.parse import quote

from ._check import RULES, Finding

__all__ = [
    "CHECK_EMITTERS",
    "Progress",
    "Summary",
    "escape_data",
    "escape_property",
    "step_summary",
    "tool_error",
]

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


@dataclass(frozen=True, slots=True)
class Summary:
    """The outcome of a check run: its findings (sorted) and how many files it read."""

    findings: tuple[Finding, ...]
    files: int
    version: str

    @property
    def errors(self) -> int:
        return sum(f.severity == "error" for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity == "warning" for f in self.findings)

    def line(self) -> str:
        """``N errors, M warnings in K files``."""
        return f"{_plural(self.errors, 'error')}, {_plural(self.warnings, 'warning')} in {_plural(self.files, 'file')}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def emit_text(summary: Summary, out: TextIO) -> None:
    """``path:line: CODE name [severity] message`` per finding, then the summary line."""
    for f in summary.findings:
        out.write(f"{_printable(f.path)}:{f.line}: {f.code} {f.rule.name} [{f.severity}] {_printable(f.message)}\n")
    out.write(summary.line() + "\n")


def _printable(text: str) -> str:
    """One line of output per finding, even for a path or message holding line breaks."""
    return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


def emit_json(summary: Summary, out: TextIO) -> None:
    """One JSON object: the summary counts and every finding."""
    document = {
        "tool": "cleanseed",
        "version": summary.version,
        "summary": {"errors": summary.errors, "warnings": summary.warnings, "files": summary.files},
        "findings": [f.to_dict() for f in summary.findings],
    }
    write_json(document, out)


def escape_data(text: str) -> str:
    """Escape a workflow-command message as GitHub's runner reads it (actions/toolkit ``command.ts``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow-command property value: the message escapes plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def emit_github(summary: Summary, out: TextIO) -> None:
    """One ``::error``/``::warning`` annotation per finding, then the summary line as plain log output."""
    for f in summary.findings:
        properties = f"file={escape_property(f.path)},line={f.line},title={escape_property(f'{f.code} {f.rule.name}')}"
        out.write(f"::{f.severity} {properties}::{escape_data(f.message)}\n")
    out.write(summary.line() + "\n")


def step_summary(summary: Summary) -> str:
    """A markdown report for ``$GITHUB_STEP_SUMMARY``: annotations are capped per step, this table is not."""
    lines = ["## cleanseed check", "", summary.line(), ""]
    if summary.findings:
        lines += ["| File | Line | Rule | Severity | Message |", "| --- | --- | --- | --- | --- |"]
        lines += [
            f"| {_cell(f.path)} | {f.line} | {f.code} {f.rule.name} | {f.severity} | {_cell(f.message)} |"
            for f in summary.findings
        ]
        lines.append("")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def emit_sarif(summary: Summary, out: TextIO) -> None:
    """A SARIF 2.1.0 log: the tool with every rule, and one result per finding."""
    index = {r.code: i for i, r in enumerate(RULES)}
    rules = [
        {
            "id": r.code,
            "name": r.name,
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": r.explanation},
            "defaultConfiguration": {"level": r.severity},
        }
        for r in RULES
    ]
    results = [
        {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": f.severity,
            "message": {"text": f.message},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}, "region": {"startLine": f.line}}}
            ],
        }
        for f in summary.findings
    ]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {"tool": {"driver": {"name": "cleanseed", "version": summary.version, "rules": rules}}, "results": results}
        ],
    }
    write_json(log, out)


def _uri(path: str) -> str:
    """A URI reference for a path: relative paths stay relative (SARIF viewers resolve them against the checkout)."""
    if os.path.isabs(path):
        return Path(path).as_uri()
    return quote(Path(path).as_posix())


CHECK_EMITTERS: dict[str, Callable[[Summary, TextIO], None]] = {
    "text": emit_text,
    "json": emit_json,
    "github": emit_github,
    "sarif": emit_sarif,
}

MACHINE_FORMATS = frozenset({"json", "jsonl", "sarif"})
"""Formats whose tool errors are JSON objects, so a program reading stderr can parse them too."""


def tool_error(kind: str, message: str, fmt: str | None, err: TextIO) -> None:
    """Report a failure of the tool itself (usage, configuration, internal) on ``err`` in the requested format."""
    if fmt in MACHINE_FORMATS:
        err.write(json.dumps({"error": {"kind": kind, "message": message}}, ensure_ascii=False) + "\n")
    elif fmt == "github":
        err.write(f"::error title={escape_property(f'cleanseed {kind} error')}::{escape_data(message)}\n")
    else:
        err.write(f"cleanseed: {kind} error: {message}\n")


def tool_warning(message: str, fmt: str | None, err: TextIO) -> None:
    """Warn on ``err`` about how the tool was run (nothing to check), in the requested format."""
    if fmt in MACHINE_FORMATS:
        err.write(json.dumps({"warning": {"message": message}}, ensure_ascii=False) + "\n")
    elif fmt == "github":
        err.write(f"::warning title=cleanseed::{escape_data(message)}\n")
    else:
        err.write(f"cleanseed: warning: {message}\n")


def write_json(value: Mapping[str, Any], out: IO[str]) -> None:
    """One indented JSON document."""
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_json_array(rows: Iterable[Mapping[str, Any]], out: IO[str]) -> None:
    """Stream ``rows`` as one JSON array, a row per line, without holding them all."""
    out.write("[")
    for i, row in enumerate(rows):
        out.write(",\n" if i else "\n")
        out.write(json.dumps(row, ensure_ascii=False))
    out.write("\n]\n")


def score_table(rows: Iterable[Mapping[str, Any]], out: TextIO) -> None:
    """A fixed-width table: score, genre, attribution count and the document's id (or its error)."""
    out.write(f"{'score':>5}  {'genre':<8} {'attrib':>6}  path\n")
    for row in rows:
        if row.get("error"):
            out.write(f"{'-':>5}  {'-':<8} {'-':>6}  {_printable(row['id'])}: {row['error']['message']}\n")
            continue
        attributions = len(row.get("attributions", ()))
        out.write(f"{row['score']:>5.2f}  {row['genre']:<8} {attributions:>6}  {_printable(row['id'])}\n")


class Progress:
    """A one-line progress bar on a terminal's stderr (a counter when the total is unknown); silent if not enabled."""

    def __init__(self, total: int | None, stream: TextIO, *, enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.stream = stream
        self.enabled = enabled and total != 1
        self.width = shutil.get_terminal_size().columns - 1

    def advance(self, label: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        if self.total:
            filled = BAR_WIDTH * self.done // self.total
            line = f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {self.done}/{self.total} {_printable(label)}"
        else:
            line = f"{self.done} done {_printable(label)}"
        self.stream.write("\r" + line[: self.width].ljust(self.width))
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()


BAR_WIDTH = 20
