"""Run the ``cleanseed`` command line over a JSONL corpus as a child process, measuring wall time and peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# The launcher becomes a child subreaper (Linux prctl PR_SET_CHILD_SUBREAPER = 36): worker processes
# started from a fork server are not children of the command, and would otherwise escape its rusage.
# Once the command exits, the launcher reaps every descendant, so RUSAGE_CHILDREN covers them all.
_MEASURE = (
    "import ctypes, os, resource, subprocess, sys, time\n"
    "ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)\n"
    "start = time.perf_counter()\n"
    "child = subprocess.Popen(sys.argv[2:])\n"
    "code = child.wait()\n"
    "seconds = time.perf_counter() - start\n"
    "while True:\n"
    "    try:\n"
    "        os.wait()\n"
    "    except ChildProcessError:\n"
    "        break\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "with open(sys.argv[1], 'w') as report:\n"
    "    print(code, seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, file=report)\n"
)


@dataclass(frozen=True, slots=True)
class Run:
    """One child run: wall seconds, CPU seconds of the command and all its workers, the peak resident memory
    of the largest of those processes, rows written."""

    seconds: float
    cpu_seconds: float
    peak_mb: float
    rows: int


def command(corpus: Path, jobs: int) -> list[str]:
    """The argv that cleans ``corpus`` (JSONL) to JSONL on stdout with ``jobs`` workers."""
    return [sys.executable, "-m", "cleanseed", "clean", "--input-format", "jsonl", "--format", "jsonl",
            "--jobs", str(jobs), str(corpus)]  # fmt: skip


def load() -> str:
    """The 1-minute load average: other work on the machine skews wall-clock ratios, so every bench prints it."""
    return f"{os.getloadavg()[0]:.2f}"


def run(argv: list[str], out: Path) -> Run:
    """Run ``argv`` with stdout to ``out``, measured by a small launcher process.

    A child forked from this (large) benchmark process would report this process's memory as its own peak,
    since Linux carries the pre-``exec`` high-water mark over; the launcher is small, so its child's is not.
    """
    report = out.with_suffix(".usage")
    with out.open("wb") as stdout:
        done = subprocess.run(
            [sys.executable, "-c", _MEASURE, str(report), *argv], stdout=stdout, stderr=subprocess.PIPE
        )
    if done.returncode != 0:
        raise SystemExit(f"{argv[0]} failed: {done.stderr.decode(errors='replace')[-2000:]}")
    code, seconds, cpu, peak_kib = report.read_text().split()
    if int(code) not in (0, 1):  # 1: some records failed, and their rows say why
        raise SystemExit(f"{argv[0]} exited with {code}: {done.stderr.decode(errors='replace')[-2000:]}")
    with out.open("rb") as rows:
        count = sum(1 for _ in rows)
    return Run(float(seconds), float(cpu), int(peak_kib) / 1024, count)  # ru_maxrss is in KiB on Linux
