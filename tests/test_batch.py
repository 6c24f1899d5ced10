import json
import pickle
from collections.abc import Iterator

import pytest

from cleanseed import Draft, clean, score
from cleanseed.batch import clean_many, clean_records, score_many, score_records
from cleanseed.corpus import Fields, Item

ARTICLE = (
    "The council approved the new budget on Tuesday after a long debate.\n"
    "[Share on Facebook](https://facebook.com/share)\n"
    "Members voted nine to four in favour of the plan, the clerk said.\n"
)
HTML = (
    "<html><head><title>Budget passes</title></head><body><nav><a href='/'>Home</a></nav>"
    "<article><h1>Budget passes</h1><p>The council approved the new budget on Tuesday after a long debate "
    "that ran well past midnight in the town hall.</p><p>Members voted nine to four in favour of the plan, "
    "the clerk said, and the mayor promised to publish the figures.</p></article></body></html>"
)


def _records(n: int) -> list[dict[str, str]]:
    return [
        {"id": f"d{i}", "text": f"Line {i} of the report says something useful here.\n" + ARTICLE} for i in range(n)
    ]


def test_clean_records_row_matches_clean():
    [row] = clean_records([{"id": "a", "text": ARTICLE, "url": "https://example.org/x"}])
    doc = clean(ARTICLE, url="https://example.org/x")
    assert row == {"id": "a", "url": "https://example.org/x", "error": None, **doc.to_dict()}
    assert list(row)[:3] == ["id", "url", "error"]
    json.dumps(row)


def test_clean_records_html_field_is_cleaned_as_html():
    [row] = clean_records([{"id": "h", "html": HTML.encode()}])
    assert row["format"] == "html"
    assert "nine to four" in row["text"]


def test_clean_records_with_custom_field_names():
    [row] = clean_records(
        [{"doc": "k", "body": ARTICLE, "link": "u"}], fields=Fields(id="doc", text="body", url="link")
    )
    assert (row["id"], row["url"], row["error"]) == ("k", "u", None)
    assert "nine to four" in row["text"]


def test_bad_records_become_error_rows_and_the_batch_survives():
    rows = clean_records(
        [
            {"id": "empty", "text": "   "},
            {"id": "none"},
            Item("unread", "", error="line 3: invalid JSON"),
            {"id": "binary", "text": b"\x00\x01\x02binary"},
            "a stray string",  # type: ignore[list-item]
            {"id": "number", "text": 42},
            {"id": "ok", "text": ARTICLE},
        ]
    )
    errors = [(r["id"], r["error"]["type"] if r["error"] else None) for r in rows]
    assert errors == [
        ("empty", "EmptyInputError"),
        ("none", "CorpusError"),
        ("unread", "CorpusError"),
        ("binary", "BinaryInputError"),
        ("", "CorpusError"),
        ("number", "CorpusError"),
        ("ok", None),
    ]
    assert rows[4]["error"]["message"] == "expected a mapping record, got str"
    assert rows[2]["error"]["message"] == "line 3: invalid JSON"


def broken_cleaner(draft: Draft) -> Draft:
    if "boom" in draft.text:
        raise IndexError("cleaner bug")
    return draft


def test_unexpected_cleaner_failure_costs_one_record():
    rows = clean_records(
        [{"id": "1", "text": "boom goes the line"}, {"id": "2", "text": "calm line"}], cleaners=[broken_cleaner]
    )
    assert rows[0]["error"] == {"type": "IndexError", "message": "unexpected error: cleaner bug"}
    assert rows[1]["text"] == "calm line"


def test_record_functions_pickle():
    assert pickle.loads(pickle.dumps(clean_records)) is clean_records


def test_clean_many_in_process_equals_records():
    records = _records(5)
    assert list(clean_many(records, chunksize=2)) == clean_records(records)


def test_clean_many_two_processes_keeps_order_and_results():
    records = [*_records(9), {"id": "bad", "text": ""}]
    rows = list(clean_many(iter(records), jobs=2, chunksize=2, cleaners=[broken_cleaner, "markdown.links"]))
    assert rows == clean_records(records, cleaners=[broken_cleaner, "markdown.links"])
    assert [r["id"] for r in rows] == [r["id"] for r in records]


def test_clean_many_reads_input_lazily_with_a_bounded_window():
    pulled = 0

    def endless() -> Iterator[dict[str, str]]:
        nonlocal pulled
        while True:
            pulled += 1
            yield {"id": str(pulled), "text": ARTICLE}

    rows = clean_many(endless(), jobs=2, chunksize=3)
    assert pulled == 0
    first = [next(rows)["id"] for _ in range(4)]
    assert first == ["1", "2", "3", "4"]
    assert pulled <= 3 * (2 * 2 + 2)
    rows.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize(("jobs", "chunksize"), [(0, 1), (2, 0)])
def test_clean_many_rejects_bad_settings(jobs: int, chunksize: int):
    with pytest.raises(ValueError, match="at least 1"):
        clean_many([], jobs=jobs, chunksize=chunksize)


def test_score_records_row_matches_score_of_clean():
    rows = score_records([{"id": "s", "text": ARTICLE, "url": "https://example.org/s"}, {"id": "e", "text": ""}])
    report = score(clean(ARTICLE, url="https://example.org/s"))
    assert rows[0] == {"id": "s", "url": "https://example.org/s", "error": None, **report.to_dict()}
    assert rows[1]["error"]["type"] == "EmptyInputError"
    json.dumps(rows)


def test_score_many_two_processes_equals_records():
    records = _records(6)
    assert list(score_many(iter(records), jobs=2, chunksize=2)) == score_records(records)
