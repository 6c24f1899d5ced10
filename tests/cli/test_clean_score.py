"""``cleanseed clean`` and ``cleanseed score``: inputs (files, directories, stdin, JSON Lines) and outputs."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest
from cli_support import BINARY, COLUMN, HTML, NEWS, Run, write

import cleanseed.cli
from cleanseed import clean


def test_clean_prints_the_text(run: Run, workdir: Path) -> None:
    write(workdir, {"news.txt": NEWS})
    result = run("clean", "news.txt")
    assert (result.code, result.out) == (0, clean(NEWS).text + "\n")


def test_clean_several_files_get_headers(run: Run, workdir: Path) -> None:
    write(workdir, {"d/a.txt": NEWS, "d/b.txt": COLUMN})
    out = run("clean", "d").out
    assert out.startswith("==> d/a.txt <==\n")
    assert "\n==> d/b.txt <==\nI have long believed" in out


def test_clean_json_and_jsonl(run: Run, workdir: Path) -> None:
    write(workdir, {"a.txt": NEWS, "b.txt": b""})
    result = run("clean", "--format", "json", "a.txt", "b.txt")
    rows = json.loads(result.out)
    assert result.code == 1  # one input failed
    assert rows[0]["id"] == "a.txt"
    assert rows[0]["authors"] == list(clean(NEWS).authors)
    assert rows[1]["error"]["type"] == "EmptyInputError"
    lines = run("clean", "--format", "jsonl", "a.txt").out.splitlines()
    assert [json.loads(line)["text"] for line in lines] == [clean(NEWS).text]


def test_clean_stdin_and_jsonl_input(run: Run, workdir: Path) -> None:
    assert run("clean", "-", stdin=NEWS.encode()).out == clean(NEWS).text + "\n"
    records = [{"id": "r1", "text": NEWS}, {"id": "r2", "html": HTML}, {"id": "r3"}]
    corpus = "".join(json.dumps(r) + "\n" for r in records).encode()
    result = run("clean", "--input-format", "jsonl", "--format", "jsonl", "-", stdin=corpus)
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert [(r["id"], r["error"] is None) for r in rows] == [("r1", True), ("r2", True), ("r3", False)]
    assert result.code == 1
    (workdir / "corpus.jsonl").write_bytes(corpus)
    assert run("clean", "--format", "jsonl", "corpus.jsonl").out == result.out  # auto: .jsonl is JSON Lines


def test_a_lone_surrogate_in_a_json_record_is_replaced_not_fatal(run: Run) -> None:
    corpus = b'{"id": "s", "text": "Officials said on Tuesday that the bridge \\ud800 would open next spring."}\n'
    for output in ("text", "jsonl"):
        result = run("clean", "--input-format", "jsonl", "--format", output, "-", stdin=corpus)
        assert result.code == 0
        assert "bridge \ufffd would" in result.out


def test_clean_to_a_directory_mirrors_inputs(run: Run, workdir: Path) -> None:
    write(workdir, {"in/a.txt": NEWS, "in/sub/b.md": COLUMN, "in/bad.txt": BINARY})
    result = run("clean", "-o", "out", "in")
    assert result.code == 1
    assert "in/bad.txt: BinaryInputError" in result.err
    assert (workdir / "out/a.txt").read_text(encoding="utf-8") == clean(NEWS).text + "\n"
    assert (workdir / "out/sub/b.txt").is_file()
    assert not (workdir / "out/bad.txt").exists()
    assert sorted(p.name for p in (workdir / "out").rglob("*")) == ["a.txt", "b.txt", "sub"]  # no temp files left
    run("clean", "--format", "json", "-o", "out", "in/a.txt")
    assert json.loads((workdir / "out/a.json").read_text(encoding="utf-8"))["id"] == "in/a.txt"


def test_clean_never_writes_over_an_input(run: Run, workdir: Path) -> None:
    write(workdir, {"in/a.txt": NEWS, "in/a.md": NEWS})
    before = (workdir / "in/a.txt").read_bytes()
    over = run("clean", "-o", "in", "in/a.txt")
    assert (over.code, "would overwrite the input" in over.err) == (2, True)
    assert (workdir / "in/a.txt").read_bytes() == before
    clash = run("clean", "-o", "out", "in")
    assert (clash.code, "would both be written to" in clash.err) == (2, True)
    assert not (workdir / "out").exists()


def test_clean_write_is_atomic(run: Run, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(workdir, {"a.txt": NEWS})
    (workdir / "out").mkdir()
    (workdir / "out/a.txt").write_text("previous\n", encoding="utf-8")

    def crash(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cleanseed.cli.os, "replace", crash)
    result = run("clean", "-o", "out", "a.txt")
    assert (result.code, result.err) == (2, "cleanseed: i/o error: [Errno 28] No space left on device\n")
    assert (workdir / "out/a.txt").read_text(encoding="utf-8") == "previous\n"
    assert os.listdir(workdir / "out") == ["a.txt"]


def test_score_table_json_and_jsonl(run: Run, workdir: Path) -> None:
    write(workdir, {"news.txt": NEWS, "column.txt": COLUMN, "empty.txt": b""})
    table = run("score", "news.txt", "column.txt", "empty.txt")
    lines = table.out.splitlines()
    assert lines[0].split() == ["score", "genre", "attrib", "path"]
    assert lines[1].endswith("  news.txt")
    assert lines[3].endswith("empty.txt: input is empty")
    assert table.code == 1
    rows = json.loads(run("score", "--format", "json", "news.txt", "column.txt").out)
    assert rows[0]["score"] > rows[1]["score"]
    assert {"score", "genre", "signals", "attributions"} <= set(rows[0])
    jsonl = run("score", "--format", "jsonl", "news.txt").out.splitlines()
    assert json.loads(jsonl[0]) == rows[0]


def _warc(path: Path) -> None:
    """An uncompressed WARC file holding one HTML response record."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + HTML.encode()
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"
        "WARC-Target-URI: https://example.org/flood\r\nWARC-Date: 2026-03-06T10:00:00Z\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    path.write_bytes(head.encode() + http + b"\r\n\r\n")


def test_clean_warc_input_and_a_corrupt_one(run: Run, workdir: Path) -> None:
    _warc(workdir / "crawl.warc")
    (workdir / "broken.warc").write_bytes(b"not a crawl\n")
    result = run("clean", "--format", "jsonl", "crawl.warc", "broken.warc")
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert rows[0]["url"] == "https://example.org/flood"
    assert "new flood defence plan" in rows[0]["text"]
    assert rows[1]["id"] == "broken.warc"
    assert "not a readable WARC" in rows[1]["error"]["message"]
    assert result.code == 1


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_for_tables_and_output_directories_only(
    run: Run, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(workdir, {"a.txt": NEWS, "b.txt": COLUMN})
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    run("score", "a.txt", "b.txt")
    assert "] 2/2 b.txt" in terminal.getvalue()
    terminal.seek(0)
    terminal.truncate()
    run("clean", "-o", "out", "a.txt", "b.txt")
    assert "] 2/2 b.txt" in terminal.getvalue()
    terminal.seek(0)
    terminal.truncate()
    run("clean", "a.txt", "b.txt")
    run("score", "--format", "jsonl", "a.txt", "b.txt")
    assert terminal.getvalue() == ""
