"""``check`` output formats: text, json, github (with GitHub's escaping and the step summary) and SARIF."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from cli_support import BINARY, COLUMN, NEWS, Run, write

from cleanseed._check import RULES
from cleanseed._output import escape_data, escape_property

FLAGS = ["--select", "CS202,CS301,CS302", "--min-words", "500"]
"""Rules that do not depend on the scorer: too-short for both files, no byline and no date for the column."""
SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def two_files(workdir: Path) -> Path:
    write(workdir, {"b/column.txt": COLUMN, "a/news.txt": NEWS})
    return workdir


def test_text_is_sorted_by_path_line_and_code(run: Run, two_files: Path) -> None:
    result = run("check", *FLAGS, "b", "a")
    lines = result.out.splitlines()
    assert lines == [*sorted(lines[:-1]), "2 errors, 2 warnings in 2 files"]
    assert lines[0].startswith("a/news.txt:1: CS202 too-short [error] ")
    assert lines[2] == "b/column.txt:1: CS301 no-byline [warning] no author found in the metadata or a byline"


def test_json(run: Run, two_files: Path) -> None:
    result = run("check", *FLAGS, "--format", "json", "a", "b")
    report = json.loads(result.out)
    assert report["summary"] == {"errors": 2, "warnings": 2, "files": 2}
    assert [f["code"] for f in report["findings"]] == ["CS202", "CS202", "CS301", "CS302"]
    assert report["findings"][3] == {
        "path": "b/column.txt",
        "line": 1,
        "code": "CS302",
        "name": "no-date",
        "severity": "warning",
        "message": "no publication date found in the metadata or near the byline",
    }
    assert result.err == ""


def test_github_annotations_and_step_summary(
    run: Run, two_files: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = run("check", *FLAGS, "--format", "github", "b")
    lines = result.out.splitlines()
    assert lines[0].startswith("::error file=b/column.txt,line=1,title=CS202 too-short::")
    assert lines[1] == (
        "::warning file=b/column.txt,line=1,title=CS301 no-byline::no author found in the metadata or a byline"
    )
    assert lines[-1] == "1 error, 2 warnings in 1 file"
    markdown = summary.read_text(encoding="utf-8")
    assert markdown.startswith("earlier step\n## cleanseed check\n")
    assert "| b/column.txt | 1 | CS302 no-date | warning | no publication date found" in markdown


def test_github_escaping_of_data_and_properties() -> None:
    assert escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    assert escape_data("a:b,c") == "a:b,c"  # ':' and ',' are only special in properties


def test_github_escapes_paths_and_messages(run: Run, workdir: Path) -> None:
    odd = "0 odd: 100%, x\ny.txt"
    write(workdir, {odd: NEWS, "a.txt": NEWS})
    result = run("check", "--select", "CS202,CS205", "--min-words", "500", "--format", "github", ".")
    lines = result.out.splitlines()
    assert lines[0].startswith("::error file=0 odd%3A 100%25%2C x%0Ay.txt,line=1,title=CS202 too-short::")
    assert lines[2] == (
        "::error file=a.txt,line=1,title=CS205 near-duplicate::100%25 of its shingles also occur in "
        "0 odd: 100%25, x%0Ay.txt; --max-overlap is 80%25"
    )
    text = run("check", "--select", "CS205", ".").out
    assert text.startswith("a.txt:1: CS205 near-duplicate [error] 100% of its shingles also occur in 0 odd: 100%, x\\n")


def test_sarif_validates_against_the_schema(run: Run, two_files: Path) -> None:
    write(two_files, {"c/x: 100%, #1.txt": BINARY})
    result = run("check", "--select", "CS102,CS202,CS301,CS302", "--min-words", "500", "--format", "sarif", ".")
    log = json.loads(result.out)
    jsonschema.validate(log, SCHEMA)
    run_ = log["runs"][0]
    assert [r["id"] for r in run_["tool"]["driver"]["rules"]] == [r.code for r in RULES]
    levels = {(r["ruleId"], r["level"]) for r in run_["results"]}
    assert levels == {("CS102", "error"), ("CS202", "error"), ("CS301", "warning"), ("CS302", "warning")}
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run_["results"]}
    assert "c/x%3A%20100%25%2C%20%231.txt" in uris
    assert all(r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1 for r in run_["results"])


def test_sarif_with_no_findings_validates(run: Run, workdir: Path) -> None:
    write(workdir, {"news.txt": NEWS})
    log = json.loads(run("check", "--min-words", "20", "--min-score", "0", "--format", "sarif", "news.txt").out)
    jsonschema.validate(log, SCHEMA)
    assert log["runs"][0]["results"] == []
