"""How ``check`` runs: exit statuses, stdin, directories, parallel jobs, progress and tool errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import BINARY, COLUMN, HTML, LENIENT, NEWS, Run, codes, write

import cleanseed._check


def test_exit_statuses(run: Run, workdir: Path) -> None:
    write(workdir, {"news.txt": NEWS, "column.txt": COLUMN})
    assert run("check", *LENIENT, "news.txt").code == 0
    assert run("check", *LENIENT, "column.txt").code == 0  # warnings only
    assert run("check", "--min-words", "20", "--min-score", "0.9", "column.txt").code == 1
    assert run("check", "--min-words", "20", "--min-score", "0.9", "--exit-zero", "column.txt").code == 0
    assert run("check", "--min-words", "x", "column.txt").code == 2
    assert run("check").code == 2
    assert run("frobnicate").code == 2


def test_usage_error_honours_json_format(run: Run, workdir: Path) -> None:
    result = run("check", "--format", "json", "--min-score", "7", "x.txt")
    error = json.loads(result.err)["error"]
    assert (result.code, error["kind"], result.out) == (2, "usage", "")
    assert "--min-score" in error["message"]
    assert "expected a number from 0 to 1" in error["message"]


def test_internal_error_exits_2_even_with_exit_zero(run: Run, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(workdir, {"a.txt": NEWS, "b.txt": COLUMN})

    def broken(raw: bytes) -> object:
        if b"Frankly" in raw:
            raise RuntimeError("cleaner bug")
        return real_clean(raw)

    real_clean = cleanseed._check.clean
    monkeypatch.setattr(cleanseed._check, "clean", broken)
    result = run("check", *LENIENT, "--exit-zero", "--format", "json", ".")
    assert result.code == 2
    assert json.loads(result.out)["summary"]["files"] == 2  # the other file was still checked
    error = json.loads(result.err)["error"]
    assert error == {"kind": "internal", "message": "b.txt: RuntimeError: cleaner bug"}


def test_stdin(run: Run, workdir: Path) -> None:
    result = run("check", "--min-words", "20", "--min-score", "0.9", "-", stdin=COLUMN.encode())
    assert result.out.splitlines()[0].startswith("<stdin>:1: CS301 no-byline")
    named = run("check", *LENIENT, "--stdin-filename", "seeds/x.txt", "-", stdin=BINARY)
    assert named.out.startswith("seeds/x.txt:1: CS102 binary [error]")


def test_directories_are_searched_recursively_by_extension(run: Run, workdir: Path) -> None:
    write(
        workdir,
        {
            "seeds/a.txt": NEWS,
            "seeds/deep/er/b.md": NEWS.replace("flood", "fire"),
            "seeds/c.html": HTML,
            "seeds/notes.rst": "",
            "seeds/image.png": b"\x89PNG\x00",
        },
    )
    result = run("check", *LENIENT, "--ignore", "CS205,CS3", "seeds")
    assert result.out == "0 errors, 0 warnings in 3 files\n"
    only_rst = run("check", *LENIENT, "--extensions", "rst", "seeds")
    assert (only_rst.code, codes(only_rst.out)) == (1, ["CS201"])


def test_a_folder_without_seed_files_passes_with_a_warning(run: Run, workdir: Path) -> None:
    write(workdir, {"seeds/notes.rst": "Notes."})
    result = run("check", "seeds")
    assert (result.code, result.out) == (0, "0 errors, 0 warnings in 0 files\n")
    assert result.err == "cleanseed: warning: no files to check in seeds (extensions: .txt, .md, .html, .htm)\n"


def test_parallel_jobs_give_the_same_report(run: Run, workdir: Path) -> None:
    files = {f"seeds/{i}.txt": (COLUMN if i % 2 else NEWS).replace("council", f"council {i}") for i in range(6)}
    write(workdir, files)
    flags = ["--min-words", "20", "--min-score", "0.5", "--format", "json", "seeds"]
    serial = run("check", *flags)
    parallel = run("check", "--jobs", "2", *flags)
    assert parallel.out == serial.out
    assert json.loads(parallel.out)["summary"]["files"] == 6


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_with_human_output(
    run: Run, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(workdir, {"a.txt": NEWS, "b.txt": NEWS.replace("flood", "fire")})
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    run("check", *LENIENT, ".")
    assert "\r[##########..........] 1/2 a.txt" in terminal.getvalue()
    assert "2/2 b.txt" in terminal.getvalue()
    terminal.seek(0)
    terminal.truncate()
    run("check", *LENIENT, "--format", "json", ".")
    assert terminal.getvalue() == ""


def test_rules_lists_and_explains(run: Run) -> None:
    listing = run("rules")
    assert listing.code == 0
    assert len(listing.out.splitlines()) == len(cleanseed._check.RULES)
    assert "CS304  opinion" in listing.out
    explained = run("rules", "no-date")
    assert explained.out.startswith("CS302 no-date (warning by default)\n")
    assert json.loads(run("rules", "--format", "json", "cs205").out)[0]["name"] == "near-duplicate"
    assert run("rules", "CS999").code == 2


def test_help_and_version_exit_0(run: Run) -> None:
    assert run("--version").out.startswith("cleanseed ")
    helped = run("check", "--help")
    assert helped.code == 0
    assert "--min-score" in helped.out


def test_python_dash_m(workdir: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "cleanseed", "rules", "CS101"], capture_output=True, text=True)
    assert (done.returncode, done.stdout.split()[:2]) == (0, ["CS101", "unreadable"])
