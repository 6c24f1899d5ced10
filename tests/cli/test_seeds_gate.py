"""The repository's own gate: ``cleanseed check seeds/`` with the committed ``[tool.cleanseed]``, as CI runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from cli_support import Run

ROOT = Path(__file__).resolve().parents[2]
COLUMN = "seeds/004_8e2ff9530ed83cf3.txt"


def test_seeds_pass_and_the_column_is_flagged(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    result = run("check", "--format", "json", "seeds/")
    report = json.loads(result.out)
    assert result.code == 0
    assert report["summary"] == {"errors": 0, "warnings": 4, "files": 3}
    assert {(f["path"], f["code"], f["severity"]) for f in report["findings"]} == {
        (COLUMN, "CS301", "warning"),
        (COLUMN, "CS302", "warning"),
        (COLUMN, "CS303", "warning"),  # an error anywhere else: the override names this file only
        (COLUMN, "CS304", "warning"),
    }
    without_override = run("check", "--format", "json", "--error", "CS303", "seeds/")
    assert without_override.code == 1


def test_pre_commit_hook_runs_the_check_on_seeds() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["cleanseed-check"]
    hook = hooks[0]
    assert (hook["entry"], hook["language"], hook["files"]) == ("cleanseed check", "python", "^seeds/")
