"""Streaming corpus I/O: files, JSON Lines and WARC in, JSON Lines out, in constant memory.

Every reader yields :class:`Item` values one at a time and never holds more than the
current record. A record that cannot be read (bad JSON, a missing field, an unreadable
file) becomes an ``Item`` whose ``error`` says why, so one bad line never ends a stream.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal

from .errors import CleanseedError

__all__ = [
    "DEFAULT_EXTENSIONS",
    "CorpusError",
    "Fields",
    "InputFormat",
    "Item",
    "item_from_record",
    "iter_files",
    "read_files",
    "read_jsonl",
    "read_warc",
    "write_jsonl",
]

InputFormat = Literal["auto", "text", "markdown", "html"]

DEFAULT_EXTENSIONS: tuple[str, ...] = (".txt", ".md", ".html", ".htm")
"""File name endings :func:`iter_files` picks up inside directories."""


class CorpusError(CleanseedError):
    """A corpus as a whole cannot be read: a corrupt WARC file, or an optional extra not installed."""


@dataclass(frozen=True, slots=True)
class Item:
    """One document of a corpus: its id, raw content and where it came from.

    ``error`` is set (and ``content`` empty) when the record could not be read; batch
    functions turn such an item into an error row instead of cleaning it.
    """

    id: str
    content: str | bytes
    url: str | None = None
    format: InputFormat = "auto"
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Fields:
    """Names of the JSON Lines fields: a record carries ``text`` or ``html`` (``html`` wins)."""

    id: str = "id"
    text: str = "text"
    html: str = "html"
    url: str = "url"


def iter_files(
    paths: Iterable[str | os.PathLike[str]], *, extensions: Iterable[str] = DEFAULT_EXTENSIONS
) -> Iterator[Path]:
    """Each path named, and the files under each directory (recursively, sorted) whose name ends in ``extensions``.

    A named path that is not a directory is yielded as it is, whatever its ending, so
    reading it reports a missing file where the user can see it.
    """
    endings = tuple(e.lower() for e in extensions)
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from (p for p in sorted(path.rglob("*")) if p.is_file() and p.name.lower().endswith(endings))
        else:
            yield path


def read_files(
    paths: Iterable[str | os.PathLike[str]], *, extensions: Iterable[str] = DEFAULT_EXTENSIONS
) -> Iterator[Item]:
    """An :class:`Item` per file of :func:`iter_files`, its path as id; unreadable files become error items."""
    for path in iter_files(paths, extensions=extensions):
        try:
            content = path.read_bytes()
        except OSError as exc:
            yield Item(str(path), "", error=f"cannot read file: {exc.strerror or exc}")
            continue
        yield Item(str(path), content)


def read_jsonl(source: str | os.PathLike[str] | IO[bytes] | IO[str], *, fields: Fields = Fields()) -> Iterator[Item]:
    """Items from JSON Lines, one line at a time; ``source`` is a path or an open (text or binary) stream.

    Blank lines are skipped. A line that is not a JSON object with a string ``text`` or
    ``html`` field yields an error item whose id is the record's id or ``line N``.
    """
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as stream:
            yield from _jsonl_items(stream, fields)
    else:
        yield from _jsonl_items(source, fields)


def _jsonl_items(stream: Iterable[str | bytes], fields: Fields) -> Iterator[Item]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        yield _jsonl_item(line, number, fields)


def _jsonl_item(line: str | bytes, number: int, fields: Fields) -> Item:
    line_id = f"line {number}"
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        return Item(line_id, "", error="not valid UTF-8")
    except json.JSONDecodeError as exc:
        return Item(line_id, "", error=f"invalid JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(record, dict):
        return Item(line_id, "", error=f"expected a JSON object, got {type(record).__name__}")
    return item_from_record(record, fields, default_id=line_id)


def item_from_record(record: Mapping[str, Any], fields: Fields = Fields(), *, default_id: str = "") -> Item:
    """The :class:`Item` a dict record describes; an error item when it is no mapping or has no string ``text``
    or ``html``."""
    if not isinstance(record, Mapping):  # batches come from user code and engines: a stray row must not sink one
        return Item(default_id, "", error=f"expected a mapping record, got {type(record).__name__}")
    raw_id = record.get(fields.id)
    item_id = default_id if raw_id is None else str(raw_id)
    url = record.get(fields.url)
    url = url if isinstance(url, str) else None
    html = record.get(fields.html)
    if html is not None:
        if not isinstance(html, (str, bytes)):
            return Item(item_id, "", url, error=f"field {fields.html!r} is {type(html).__name__}, not a string")
        return Item(item_id, html, url, format="html")
    text = record.get(fields.text)
    if text is None:
        return Item(item_id, "", url, error=f"record has neither {fields.text!r} nor {fields.html!r}")
    if not isinstance(text, (str, bytes)):
        return Item(item_id, "", url, error=f"field {fields.text!r} is {type(text).__name__}, not a string")
    return Item(item_id, text, url)


def read_warc(source: str | os.PathLike[str] | IO[bytes]) -> Iterator[Item]:
    """Items from the HTML response records of a WARC file (gzipped or not), via the ``warc`` extra.

    The id is the record's ``WARC-Record-ID`` and the url its ``WARC-Target-URI``;
    non-HTML responses and other record types are skipped.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        raise CorpusError("reading WARC files needs warcio: pip install 'cleanseed[warc]'") from None
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as stream:
            yield from _warc_items(stream, ArchiveIterator, ArchiveLoadFailed)
    else:
        yield from _warc_items(source, ArchiveIterator, ArchiveLoadFailed)


def _warc_items(stream: IO[bytes], archive_iterator: Any, load_failed: type[Exception]) -> Iterator[Item]:
    records = iter(archive_iterator(stream))
    number = 0
    while True:
        number += 1
        try:
            record = next(records, None)
            if record is None:
                return
            if record.rec_type != "response" or not _is_html(record):
                continue
            headers = record.rec_headers
            item = Item(
                id=headers.get_header("WARC-Record-ID") or "",
                content=record.content_stream().read(),
                url=headers.get_header("WARC-Target-URI"),
                format="html",
            )
        except load_failed as exc:
            raise CorpusError(f"not a readable WARC file: {exc}") from None
        except Exception as exc:  # warcio fails with whatever a malformed header or body trips over
            raise CorpusError(f"WARC record {number} is malformed: {type(exc).__name__}: {exc}") from None
        yield item


def _is_html(record: Any) -> bool:
    http = record.http_headers
    if http is None:
        return False
    content_type = (http.get_header("Content-Type") or "").lower()
    return "html" in content_type


def write_jsonl(rows: Iterable[Mapping[str, Any]], stream: IO[str]) -> int:
    """Write each row as one line of JSON (UTF-8 kept as is) and return how many were written."""
    count = 0
    for row in rows:
        stream.write(json.dumps(row, ensure_ascii=False))
        stream.write("\n")
        count += 1
    return count
