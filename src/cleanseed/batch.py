"""Batch processing: pure record functions for any engine, and ordered multi-process maps.

``clean_records`` and ``score_records`` are the unit every engine runs (a process pool
here, Dask, Ray, Spark, datatrove): top-level, picklable, and total — a record that
fails becomes a row with an ``error`` instead of failing its batch. Every row is a
JSON-ready dict with ``id``, ``url`` and ``error`` (``None`` on success) first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from itertools import islice
from typing import Any

from ._parallel import ordered_map
from .corpus import Fields, Item, item_from_record
from .document import Cleaner
from .errors import CleanseedError
from .pipeline import Pipeline, clean
from .scoring import Weights, score

__all__ = ["DEFAULT_CHUNKSIZE", "clean_many", "clean_records", "score_many", "score_records"]

Cleaners = Sequence[Cleaner | str] | Pipeline | None
Record = Mapping[str, Any] | Item
Row = dict[str, Any]
ScoreWeights = Weights | Mapping[str, Any] | None

DEFAULT_CHUNKSIZE = 16
"""Records sent to a worker at a time: large enough to amortise pickling, small enough to keep memory flat."""

_FIELDS = Fields()


def clean_records(records: Iterable[Record], *, cleaners: Cleaners = None, fields: Fields = _FIELDS) -> list[Row]:
    """Clean a batch of records (``{"id", "text" | "html", "url"}`` dicts or :class:`Item`) into rows.

    A success row is ``{"id", "url", "error": None}`` plus :meth:`Document.to_dict`; a
    failure row is ``{"id", "url", "error": {"type", "message"}}``.
    """
    row = partial(_clean_row, pipeline=_pipeline(cleaners))
    return [_run(_item(record, fields), row) for record in records]


def score_records(
    records: Iterable[Record],
    *,
    weights: ScoreWeights = None,
    cleaners: Cleaners = None,
    fields: Fields = _FIELDS,
) -> list[Row]:
    """Clean then score a batch of records into rows: ``{"id", "url", "error": None}`` plus ``Report.to_dict()``."""
    row = partial(_score_row, pipeline=_pipeline(cleaners), weights=weights)
    return [_run(_item(record, fields), row) for record in records]


def clean_many(
    items: Iterable[Record],
    *,
    jobs: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    cleaners: Cleaners = None,
    fields: Fields = _FIELDS,
) -> Iterator[Row]:
    """Rows of :func:`clean_records` for ``items``, in input order, on ``jobs`` worker processes.

    ``jobs=None`` or ``1`` runs in this process. The input is read lazily and only
    ``jobs * 2`` chunks are in flight, so memory stays flat however long the stream.
    Workers start from a fork server (spawn where there is none), so a script calling this
    with ``jobs > 1`` needs the usual ``if __name__ == "__main__":`` guard.
    """
    return _map(partial(clean_records, cleaners=_pipeline(cleaners), fields=fields), items, jobs, chunksize)


def score_many(
    items: Iterable[Record],
    *,
    jobs: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    weights: ScoreWeights = None,
    cleaners: Cleaners = None,
    fields: Fields = _FIELDS,
) -> Iterator[Row]:
    """Rows of :func:`score_records` for ``items``, in input order, on ``jobs`` worker processes."""
    run = partial(score_records, weights=weights, cleaners=_pipeline(cleaners), fields=fields)
    return _map(run, items, jobs, chunksize)


def _map(
    fn: Callable[[list[Record]], list[Row]], items: Iterable[Record], jobs: int | None, chunksize: int
) -> Iterator[Row]:
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    chunks = _chunks(items, chunksize)
    if jobs is None or jobs == 1:
        return (row for chunk in chunks for row in fn(chunk))
    return _pooled(fn, chunks, jobs)


def _pooled(fn: Callable[[list[Record]], list[Row]], chunks: Iterator[list[Record]], jobs: int) -> Iterator[Row]:
    """Rows of every chunk, in order, from ``jobs`` worker processes with a bounded window of chunks."""
    for rows in ordered_map(fn, chunks, jobs):
        yield from rows


def _chunks(items: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _pipeline(cleaners: Cleaners) -> Pipeline:
    if isinstance(cleaners, Pipeline):
        return cleaners
    return Pipeline() if cleaners is None else Pipeline(cleaners)


def _item(record: Record, fields: Fields) -> Item:
    return record if isinstance(record, Item) else item_from_record(record, fields)


def _run(item: Item, make_row: Callable[[Item], Row]) -> Row:
    """The row for one item; any failure, expected or not, becomes an error row rather than escaping the batch."""
    head: Row = {"id": item.id, "url": item.url}
    if item.error is not None:
        return {**head, "error": {"type": "CorpusError", "message": item.error}}
    try:
        return {**head, "error": None, **make_row(item)}
    except CleanseedError as exc:
        return {**head, "error": {"type": type(exc).__name__, "message": str(exc)}}
    except Exception as exc:  # a bug in a cleaner must cost one record, not the batch; the type tells it apart
        return {**head, "error": {"type": type(exc).__name__, "message": f"unexpected error: {exc}"}}


def _clean_row(item: Item, pipeline: Pipeline) -> Row:
    doc = clean(item.content, format=item.format, url=item.url, cleaners=pipeline)
    return doc.to_dict()


def _score_row(item: Item, pipeline: Pipeline, weights: ScoreWeights) -> Row:
    doc = clean(item.content, format=item.format, url=item.url, cleaners=pipeline)
    row: Row = score(doc, weights=weights).to_dict()
    return row
