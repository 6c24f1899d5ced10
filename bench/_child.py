"""Run the ``cleanseed`` command line over a JSONL corpus as a child process, measuring wall time and peak memory.

Until the command line reads JSONL (``--input-format jsonl``), the same streaming path runs through a
``python -c`` driver over :mod:`cleanseed.corpus` and :func:`cleanseed.clean_many`, and the output says so.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

CLEANSEED = Path(sys.executable).with_name("cleanseed")

_DRIVER = (
    "import sys\n"
    "from cleanseed.batch import clean_many\n"
    "from cleanseed.corpus import read_jsonl, write_jsonl\n"
    "write_jsonl(clean_many(read_jsonl(sys.argv[1]), jobs=int(sys.argv[2])), sys.stdout)\n"
)


@dataclass(frozen=True, slots=True)
class Run:
    """One child run: wall seconds, peak resident memory of the child and its waited-for workers, rows written."""

    seconds: float
    peak_mb: float
    rows: int


def cli_reads_jsonl() -> bool:
    """Whether the installed command line has ``clean --input-format`` yet."""
    if not CLEANSEED.is_file():
        return False
    help_text = subprocess.run([str(CLEANSEED), "clean", "--help"], capture_output=True, text=True).stdout
    return "--input-format" in help_text


def command(corpus: Path, jobs: int, via_cli: bool) -> list[str]:
    """The argv that cleans ``corpus`` (JSONL) to JSONL on stdout with ``jobs`` workers."""
    if via_cli:
        return [
            str(CLEANSEED),
            "clean",
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "--jobs",
            str(jobs),
            str(corpus),
        ]
    return [sys.executable, "-c", _DRIVER, str(corpus), str(jobs)]


def run(argv: list[str], out: Path) -> Run:
    """Run ``argv`` with stdout to ``out``; ``wait4`` gives this child's own peak RSS, not the maximum of all runs."""
    with out.open("wb") as stdout:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE)
        assert child.stderr is not None
        errors = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):  # 1: some records failed, reported in their rows
        raise SystemExit(f"{argv[0]} failed ({child.returncode}): {errors.decode(errors='replace')[-2000:]}")
    with out.open("rb") as rows:
        count = sum(1 for _ in rows)
    return Run(seconds, usage.ru_maxrss / 1024, count)  # ru_maxrss is in KiB on Linux
