"""``[tool.cleanseed]``: discovery, precedence (defaults < config < override < flags) and validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import COLUMN, NEWS, Run, codes, pyproject, write

from cleanseed._config import Config, Override, find_pyproject, load

CONFIG = """
[project]
name = "seeds"

[tool.cleanseed]
min-words = 20
min-score = 0.9
select = ["CS3"]
"""


def test_nearest_pyproject_with_a_cleanseed_table_wins(tmp_path: Path) -> None:
    pyproject(tmp_path, CONFIG)
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "pyproject.toml").write_text("[project]\nname = 'other'\n", encoding="utf-8")
    assert find_pyproject(tmp_path / "sub" / "deeper") == tmp_path / "pyproject.toml"
    assert load(None) == Config()


def test_config_applies_and_flags_win(run: Run, workdir: Path) -> None:
    pyproject(workdir, CONFIG)
    write(workdir, {"column.txt": COLUMN})
    assert codes(run("check", "column.txt").out) == ["CS301", "CS302", "CS303", "CS304"]
    assert codes(run("check", "--min-score", "0", "column.txt").out) == ["CS301", "CS302", "CS304"]
    assert codes(run("check", "--select", "CS202", "column.txt").out) == []
    assert codes(run("check", "--isolated", "--min-score", "0", "column.txt").out) == ["CS301", "CS302", "CS304"]


def test_format_and_exit_zero_from_config(run: Run, workdir: Path) -> None:
    pyproject(workdir, CONFIG + 'format = "json"\nexit-zero = true\n')
    write(workdir, {"column.txt": COLUMN})
    result = run("check", "column.txt")
    assert (result.code, json.loads(result.out)["summary"]["errors"]) == (0, 1)
    assert run("check", "--format", "text", "column.txt").out.endswith("1 error, 3 warnings in 1 file\n")


def test_overrides_apply_per_path_and_flags_still_win(run: Run, workdir: Path) -> None:
    pyproject(
        workdir,
        CONFIG
        + """
[[tool.cleanseed.overrides]]
paths = ["seeds/opinion/", "seeds/known-*.txt"]
warning = ["CS303"]
ignore = ["no-date"]
""",
    )
    write(workdir, {"seeds/opinion/a.txt": COLUMN, "seeds/known-b.txt": COLUMN, "seeds/c.txt": COLUMN})
    result = run("check", "seeds")
    by_file: dict[str, list[str]] = {}
    for line in result.out.splitlines()[:-1]:
        by_file.setdefault(line.split(":")[0], []).append(line.split()[1])
    assert by_file == {
        "seeds/c.txt": ["CS301", "CS302", "CS303", "CS304"],
        "seeds/known-b.txt": ["CS301", "CS303", "CS304"],
        "seeds/opinion/a.txt": ["CS301", "CS303", "CS304"],
    }
    assert result.out.endswith("1 error, 9 warnings in 3 files\n")
    assert run("check", "--ignore", "CS3", "seeds").out == "0 errors, 0 warnings in 3 files\n"
    assert run("check", "--error", "CS303", "seeds").out.count("[error]") == 3


def test_override_paths_are_relative_to_the_config(run: Run, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pyproject(workdir, CONFIG + '\n[[tool.cleanseed.overrides]]\npaths = ["seeds/*"]\nignore = ["CS3"]\n')
    write(workdir, {"seeds/a.txt": COLUMN})
    monkeypatch.chdir(workdir / "seeds")
    assert run("check", "a.txt").out == "0 errors, 0 warnings in 1 file\n"
    assert Override(("seeds/",), {}).matches("seeds/x/y.txt")
    assert not Override(("seeds",), {}).matches("seedsx/y.txt")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("[tool.cleanseed]\nmin-word = 3\n", "unknown key 'min-word'"),
        ("[tool.cleanseed]\nmin-score = 2\n", "'min-score': expected a number from 0 to 1"),
        ("[tool.cleanseed]\nselect = 3\n", "'select': expected a comma-separated string or a list"),
        ("[tool.cleanseed]\nformat = 'xml'\n", "'format': expected one of text, json, github, sarif"),
        ("[tool.cleanseed]\njobs = 0\n", "'jobs': expected one or more"),
        ("[[tool.cleanseed.overrides]]\nignore = ['CS3']\n", "'paths' is required"),
        ("[[tool.cleanseed.overrides]]\npaths = ['x']\nformat = 'json'\n", "overrides[0]: unknown key 'format'"),
        ("[tool.cleanseed]\noverrides = 1\n", "'overrides' must be an array of tables"),
        ("[tool.cleanseed\n", "invalid TOML"),
    ],
)
def test_bad_configuration_exits_2(run: Run, workdir: Path, body: str, message: str) -> None:
    pyproject(workdir, body)
    write(workdir, {"news.txt": NEWS})
    result = run("check", "--config", "pyproject.toml", "news.txt")
    assert result.code == 2
    assert message in result.err
    assert result.err.startswith("cleanseed: configuration error: ")
    assert result.out == ""


def test_configuration_error_honours_json_format(run: Run, workdir: Path) -> None:
    pyproject(workdir, "[tool.cleanseed]\nbogus = 1\n")
    result = run("check", "--format", "json", "news.txt")
    error = json.loads(result.err)["error"]
    assert (result.code, error["kind"]) == (2, "configuration")
    assert "unknown key 'bogus'" in error["message"]


def test_missing_config_file_is_an_error(run: Run, workdir: Path) -> None:
    result = run("check", "--config", "nope.toml", "x.txt")
    assert (result.code, "nope.toml: no such file" in result.err) == (2, True)


def test_unknown_selector_in_an_override_is_an_error(run: Run, workdir: Path) -> None:
    pyproject(workdir, "[[tool.cleanseed.overrides]]\npaths = ['x']\nerror = ['CS77']\n")
    result = run("check", "x.txt")
    assert result.code == 2
    assert "--error: no rule matches 'CS77'" in result.err
