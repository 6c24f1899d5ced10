import builtins
import gzip
import io
import json
from pathlib import Path

import pytest

from cleanseed.corpus import (
    CorpusError,
    Fields,
    Item,
    item_from_record,
    iter_files,
    read_files,
    read_jsonl,
    read_warc,
    write_jsonl,
)

HTML = b"<html><head><title>T</title></head><body><article><p>Body text of the page.</p></article></body></html>"


def test_iter_files_walks_directories_sorted_by_extension(tmp_path: Path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.md", "a.txt", "b/1.html", "skip.json", "b/UPPER.HTM"):
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])]
    assert found == ["a.txt", "b/1.html", "b/2.md", "b/UPPER.HTM"]


def test_iter_files_yields_named_files_whatever_their_ending(tmp_path: Path):
    named = tmp_path / "page.json"
    assert list(iter_files([named], extensions=(".txt",))) == [named]


def test_read_files_reports_unreadable_file(tmp_path: Path):
    (tmp_path / "ok.txt").write_text("hello")
    items = list(read_files([tmp_path / "ok.txt", tmp_path / "missing.txt"]))
    assert items[0] == Item(str(tmp_path / "ok.txt"), b"hello")
    assert items[1].error is not None and "cannot read file" in items[1].error


def test_read_jsonl_text_html_and_bad_lines():
    lines = [
        json.dumps({"id": 1, "text": "plain words", "url": "https://example.org/a"}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "h", "html": "<p>x</p>", "text": "ignored"}),
        json.dumps({"id": "n"}),
        json.dumps({"id": "w", "text": 42}),
    ]
    items = list(read_jsonl(io.StringIO("\n".join(lines) + "\n")))
    assert items[0] == Item("1", "plain words", "https://example.org/a")
    assert items[1].id == "line 3" and "invalid JSON" in (items[1].error or "")
    assert items[2].id == "line 4" and "expected a JSON object" in (items[2].error or "")
    assert items[3] == Item("h", "<p>x</p>", format="html")
    assert items[4].id == "n" and "neither" in (items[4].error or "")
    assert items[5].id == "w" and "int" in (items[5].error or "")


def test_read_jsonl_binary_stream_survives_invalid_utf8(tmp_path: Path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "\xff\xfe"}\n{"id": "c", "text": "fine"}\n')
    items = list(read_jsonl(path))
    assert [i.id for i in items] == ["a", "line 2", "c"]
    assert items[1].error == "not valid UTF-8"


def test_read_jsonl_custom_fields():
    stream = io.StringIO(json.dumps({"doc": "x", "body": "words", "link": "u"}) + "\n")
    fields = Fields(id="doc", text="body", url="link")
    assert list(read_jsonl(stream, fields=fields)) == [Item("x", "words", "u")]


def test_read_jsonl_is_lazy():
    def endless():
        n = 0
        while True:
            n += 1
            yield json.dumps({"id": n, "text": "t"}) + "\n"

    reader = read_jsonl(endless())  # type: ignore[arg-type]
    assert [next(reader).id for _ in range(3)] == ["1", "2", "3"]


def test_item_from_record_default_id():
    assert item_from_record({"text": "t"}, default_id="row 7").id == "row 7"


def test_write_jsonl_round_trip():
    out = io.StringIO()
    assert write_jsonl([{"id": "é", "text": "naïve"}, {"id": 2}], out) == 2
    assert out.getvalue() == '{"id": "é", "text": "naïve"}\n{"id": 2}\n'


def _record(warc_type: str, uri: str, block: bytes, number: int) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {warc_type}\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{number}>\r\n"
        f"WARC-Target-URI: {uri}\r\nContent-Type: application/http\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return gzip.compress(head.encode() + block + b"\r\n\r\n")


def _warc(path: Path) -> None:
    """A gzipped WARC written by hand: an HTML response, an image response and a request."""
    html = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + HTML
    png = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"
    request = b"GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n"
    path.write_bytes(
        _record("response", "https://example.org/a", html, 1)
        + _record("response", "https://example.org/b.png", png, 2)
        + _record("request", "https://example.org/a", request, 3)
    )


def test_read_warc_yields_html_responses_only(tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    items = list(read_warc(path))
    assert len(items) == 1
    assert items[0].content == HTML
    assert items[0].url == "https://example.org/a"
    assert items[0].format == "html"
    assert items[0].id == "<urn:uuid:00000000-0000-0000-0000-000000000001>"


def test_read_warc_corrupt_file(tmp_path: Path):
    path = tmp_path / "bad.warc"
    path.write_bytes(b"<html>not a crawl</html>\n")
    with pytest.raises(CorpusError, match="not a readable WARC"):
        list(read_warc(path))


def test_read_warc_malformed_record_is_a_corpus_error(tmp_path: Path):
    # A response record without a target URI and a body cut short: warcio trips over the missing header.
    path = tmp_path / "bad.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\ngarbage")
    with pytest.raises(CorpusError, match="WARC record 1 is malformed"):
        list(read_warc(path))


def test_read_warc_without_warcio_gives_install_hint(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    real_import = builtins.__import__

    def no_warcio(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("warcio"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_warcio)
    with pytest.raises(CorpusError, match=r"cleanseed\[warc\]"):
        list(read_warc(tmp_path / "any.warc"))
