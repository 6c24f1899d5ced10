"""Each rule of ``cleanseed check``, through the command line, with the exit status it implies."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from cli_support import BINARY, COLUMN, LENIENT, NEWS, Run, codes, write

import cleanseed.cli
from cleanseed import MAX_INPUT_BYTES
from cleanseed.corpus import iter_files


def test_a_sourced_news_report_passes(run: Run, workdir: Path) -> None:
    write(workdir, {"news.txt": NEWS})
    result = run("check", *LENIENT, "news.txt")
    assert (result.code, codes(result.out)) == (0, [])
    assert result.out.endswith("0 errors, 0 warnings in 1 file\n")


@pytest.mark.parametrize(
    ("content", "code", "words"),
    [
        (BINARY, "CS102", "binary"),
        (codecs.BOM_UTF8 + b"caf\xe9 \xff\xfe news", "CS103", "byte-order mark"),
        (b"", "CS201", "empty"),
        (b"  \n\t\n", "CS201", "empty"),
        (b"<html><body><script>var x = 1;</script></body></html>", "CS201", ""),
    ],
)
def test_bad_input_is_a_finding_and_the_run_goes_on(
    run: Run, workdir: Path, content: bytes, code: str, words: str
) -> None:
    write(workdir, {"a-bad.txt": content, "b-news.txt": NEWS})
    result = run("check", *LENIENT, ".")
    assert result.code == 1
    assert codes(result.out) == [code]
    assert result.out.startswith(f"a-bad.txt:1: {code} ")
    assert words in result.out
    assert "in 2 files" in result.out


def test_too_large_input(run: Run, workdir: Path) -> None:
    (workdir / "huge.txt").write_bytes(b"a" * (MAX_INPUT_BYTES + 1))
    result = run("check", "huge.txt")
    assert (result.code, codes(result.out)) == (1, ["CS104"])


def test_missing_file_is_unreadable(run: Run, workdir: Path) -> None:
    result = run("check", "nowhere.txt")
    assert (result.code, codes(result.out)) == (1, ["CS101"])
    assert "nowhere.txt:1: CS101 unreadable [error] cannot read: No such file or directory" in result.out


def test_file_vanishing_mid_run_is_a_finding(run: Run, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(workdir, {"seeds/a.txt": NEWS, "seeds/b.txt": NEWS.replace("flood", "storm")})

    def listing_then_deleting(paths: list[str], *, extensions: tuple[str, ...]) -> object:
        for path in iter_files(paths, extensions=extensions):
            if path.name == "b.txt":
                path.unlink()  # listed, then gone before it is read
            yield path

    monkeypatch.setattr(cleanseed.cli, "iter_files", listing_then_deleting)
    result = run("check", *LENIENT, "seeds")
    assert result.code == 1
    assert result.out.splitlines()[0].startswith("seeds/b.txt:1: CS101 unreadable [error]")
    assert "in 2 files" in result.out


def test_too_short(run: Run, workdir: Path) -> None:
    write(workdir, {"news.txt": NEWS})
    result = run("check", "--min-score", "0", "--min-words", "500", "news.txt")
    assert (result.code, codes(result.out)) == (1, ["CS202"])
    assert "--min-words is 500" in result.out


def test_mostly_chrome(run: Run, workdir: Path) -> None:
    menu = "\n".join(f"[Section {i}](https://example.com/section/{i})" for i in range(60))
    write(workdir, {"page.md": f"{menu}\n\n{NEWS}"})
    result = run("check", *LENIENT, "--max-chrome", "0.3", "page.md")
    assert (result.code, codes(result.out)) == (0, ["CS203"])
    assert "[warning]" in result.out
    write(workdir, {"page.md": NEWS})
    assert codes(run("check", *LENIENT, "--max-chrome", "0.3", "page.md").out) == []


def test_language_not_allowed(run: Run, workdir: Path) -> None:
    write(workdir, {"news.txt": NEWS})
    result = run("check", *LENIENT, "--languages", "fr,de", "news.txt")
    assert (result.code, codes(result.out)) == (1, ["CS204"])
    assert "language is 'en'; --languages allows fr,de" in result.out
    assert run("check", *LENIENT, "--languages", "EN", "news.txt").code == 0


def test_near_duplicate_reports_the_later_file(run: Run, workdir: Path) -> None:
    other = NEWS.replace("By Jane Smith", "By Ali Green").replace("March 6, 2026", "6 March 2026")
    write(workdir, {"seeds/a.txt": NEWS, "seeds/b.txt": COLUMN, "seeds/c.txt": other})
    result = run("check", *LENIENT, "--select", "CS205", "seeds")
    assert (result.code, codes(result.out)) == (1, ["CS205"])
    assert result.out.startswith("seeds/c.txt:1: CS205 near-duplicate [error]")
    assert "also occur in seeds/a.txt" in result.out
    assert run("check", *LENIENT, "--select", "CS205", "--max-overlap", "1", "seeds").code == 0


def test_column_breaks_the_provenance_rules(run: Run, workdir: Path) -> None:
    write(workdir, {"column.txt": COLUMN})
    result = run("check", "--min-words", "20", "--min-score", "0.9", "column.txt")
    assert codes(result.out) == ["CS301", "CS302", "CS303", "CS304"]
    assert result.code == 1  # low-score is the one error by default
    assert result.out.endswith("1 error, 3 warnings in 1 file\n")


def test_opinion_is_a_warning_unless_configured(run: Run, workdir: Path) -> None:
    write(workdir, {"column.txt": COLUMN})
    assert run("check", *LENIENT, "--select", "CS304", "column.txt").code == 0
    result = run("check", *LENIENT, "--select", "CS304", "--error", "opinion", "column.txt")
    assert (result.code, codes(result.out)) == (1, ["CS304"])
    assert "[error]" in result.out


def test_select_ignore_and_severity_flags(run: Run, workdir: Path) -> None:
    write(workdir, {"column.txt": COLUMN})
    base = ["--min-words", "20", "--min-score", "0.9"]
    assert codes(run("check", *base, "--select", "CS3", "--ignore", "CS303,no-date", "column.txt").out) == [
        "CS301",
        "CS304",
    ]
    assert codes(run("check", *base, "--ignore", "CS3", "--select", "CS302", "column.txt").out) == ["CS302"]
    assert codes(run("check", *base, "--ignore", "CS", "--select", "CS", "column.txt").out) == []
    demoted = run("check", *base, "--warning", "CS3", "column.txt")
    assert (demoted.code, demoted.out.splitlines()[-1]) == (0, "0 errors, 4 warnings in 1 file")
    # the more specific selector wins: CS303 stays an error inside a demoted CS3
    assert run("check", *base, "--warning", "CS3", "--error", "CS303", "column.txt").code == 1


def test_unknown_rule_selector_is_a_usage_error(run: Run, workdir: Path) -> None:
    write(workdir, {"news.txt": NEWS})
    result = run("check", "--select", "CS999", "news.txt")
    assert result.code == 2
    assert "no rule matches 'CS999'" in result.err
    assert result.out == ""
