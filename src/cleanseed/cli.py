"""The ``cleanseed`` command line: ``main(argv) -> int`` so it runs in-process in tests."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import CleanseedError
from .pipeline import clean


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 fine, 1 findings or bad input, 2 usage)."""
    parser = argparse.ArgumentParser(prog="cleanseed", description="Clean captured news pages.")
    sub = parser.add_subparsers(dest="command", required=True)
    clean_cmd = sub.add_parser("clean", help="print the cleaned text of each file")
    clean_cmd.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args(argv)
    status = 0
    for path in args.paths:
        try:
            doc = clean(path.read_bytes(), url=None)
        except (OSError, CleanseedError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            status = 1
            continue
        print(doc.text)
    return status
