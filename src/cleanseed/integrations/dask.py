"""Dask: clean or score the records of a bag, or the rows of a dataframe, partition by partition.

Every function only wires :func:`cleanseed.batch.clean_records` or ``score_records``
into ``map_partitions``; Dask's schedulers (processes by default for bags, or a
``distributed`` cluster) do the rest. Results equal :func:`cleanseed.batch.clean_many`.
"""

from __future__ import annotations

from typing import Any

try:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("cleanseed.integrations.dask needs the dask extra: pip install 'cleanseed[dask]'") from exc

from ..batch import Cleaners, ScoreWeights, clean_records, score_records
from ..corpus import Fields
from ..document import Document

__all__ = ["CLEAN_COLUMNS", "clean_bag", "clean_dataframe", "score_bag"]

_FIELDS = Fields()

CLEAN_COLUMNS: tuple[str, ...] = ("id", "url", "error", *(k for k in Document(text="").to_dict() if k != "url"))
"""Columns of :func:`clean_dataframe`'s result, in order: the keys of a ``clean_records`` row."""


def clean_bag(bag: db.Bag, *, cleaners: Cleaners = None, fields: Fields = _FIELDS) -> db.Bag:
    """A bag of ``clean_records`` rows, one per record of ``bag`` (dicts or :class:`~cleanseed.corpus.Item`)."""
    rows: db.Bag = bag.map_partitions(clean_records, cleaners=cleaners, fields=fields)  # type: ignore[no-untyped-call]
    return rows


def score_bag(
    bag: db.Bag, *, weights: ScoreWeights = None, cleaners: Cleaners = None, fields: Fields = _FIELDS
) -> db.Bag:
    """A bag of ``score_records`` rows (cleaned, then scored), one per record of ``bag``."""
    rows: db.Bag = bag.map_partitions(score_records, weights=weights, cleaners=cleaners, fields=fields)  # type: ignore[no-untyped-call]
    return rows


def clean_dataframe(df: dd.DataFrame, *, cleaners: Cleaners = None, fields: Fields = _FIELDS) -> dd.DataFrame:
    """A dataframe of ``clean_records`` rows (columns :data:`CLEAN_COLUMNS`) for the rows of ``df``.

    ``df`` has the record columns named by ``fields`` (``id``, ``text`` or ``html``,
    ``url``); missing values count as absent fields. The index is kept; the document
    cells of an error row are ``None``.
    """
    meta = pd.DataFrame({column: pd.Series(dtype=object) for column in CLEAN_COLUMNS})
    frame: dd.DataFrame = df.map_partitions(_clean_frame, cleaners=cleaners, fields=fields, meta=meta)  # type: ignore[no-untyped-call]
    return frame


def _clean_frame(part: pd.DataFrame, *, cleaners: Cleaners, fields: Fields) -> pd.DataFrame:
    """``clean_records`` over one pandas partition, under the partition's index; error rows get ``None`` cells."""
    rows = clean_records(_records(part), cleaners=cleaners, fields=fields)
    cells = [[row.get(column) for column in CLEAN_COLUMNS] for row in rows]
    return pd.DataFrame(cells, index=part.index, columns=list(CLEAN_COLUMNS), dtype=object)


def _records(part: pd.DataFrame) -> list[dict[str, Any]]:
    """The partition's rows as dicts, with pandas' missing values (NaN, NA) as ``None``."""
    rows: list[dict[str, Any]] = part.astype(object).where(part.notna(), None).to_dict("records")
    return rows
