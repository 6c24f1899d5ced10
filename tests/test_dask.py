"""The Dask adapter on a real local cluster of worker processes, so every record crosses a pickle boundary."""

from collections.abc import Iterator

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

from cleanseed.batch import clean_many, score_many  # noqa: E402
from cleanseed.integrations.dask import CLEAN_COLUMNS, clean_bag, clean_dataframe, score_bag  # noqa: E402

PAGE = (
    "<html><head><title>Harbour reopens</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
    "<article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after three weeks of repairs to the sea "
    "wall, the port authority said in a statement.</p><p>Fishing boats returned to their moorings by noon, and "
    "the ferry service will resume its full timetable next week.</p></article></body></html>"
)


def _records() -> list[dict[str, str | None]]:
    records: list[dict[str, str | None]] = []
    for i in range(12):
        record: dict[str, str | None] = {"id": f"r{i}", "url": f"https://example.org/{i}", "text": None, "html": None}
        if i % 3 == 0:
            record["html"] = PAGE.replace("Monday", f"day {i}")
        else:
            record["text"] = (
                f"Report {i}: the harbour reopened after repairs.\n[Home](https://example.org/)\nMore text."
            )
        records.append(record)
    records.append({"id": "empty", "url": None, "text": "  ", "html": None})
    return records


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, silence_logs=40
    )
    with cluster, distributed.Client(cluster) as c:
        yield c


def test_clean_bag_on_process_cluster_equals_clean_many(client: distributed.Client):
    records = _records()
    bag = db.from_sequence(records, npartitions=3)
    rows = clean_bag(bag).compute()
    assert rows == list(clean_many(records))
    assert rows[-1]["error"]["type"] == "EmptyInputError"


def test_clean_dataframe_on_process_cluster_equals_clean_many(client: distributed.Client):
    records = _records()
    frame = dd.from_pandas(pd.DataFrame(records), npartitions=3)
    result = clean_dataframe(frame).compute()
    assert list(result.columns) == list(CLEAN_COLUMNS)
    assert list(result.index) == list(range(len(records)))
    expected = [{column: row.get(column) for column in CLEAN_COLUMNS} for row in clean_many(records)]
    assert result.to_dict("records") == expected
    assert result.loc[len(records) - 1, "text"] is None


def test_score_bag_on_process_cluster_equals_score_many(client: distributed.Client):
    records = _records()
    assert score_bag(db.from_sequence(records, npartitions=2)).compute() == list(score_many(records))
