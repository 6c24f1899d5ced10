import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseed import Draft
from cleanseed.cleaners._scan import lines_with_any, norm_keys, scan_keys, search_keys
from cleanseed.cleaners._text import norm
from cleanseed.document import Line


def test_lines_holding_any_key_found_once_in_order() -> None:
    lines = Draft.from_text("Reply\nnothing here\nREPLY and report\n\nlast line: report").lines
    assert lines_with_any(lines, ("report", "reply")) == [0, 2, 4]


def test_a_key_never_spans_a_line_break() -> None:
    lines = Draft.from_text("sign\nup").lines
    assert lines_with_any(lines, ("sign up",)) == []


def test_search_keys_are_longest_words_less_those_holding_another() -> None:
    assert search_keys(("your contribution", "contributions", "editor’s note", "chip in")) == (
        "chip",
        "contribution",
        "editor",
    )


def test_lines_found_after_a_character_that_lowercases_to_two() -> None:
    lines = Draft.from_text("İİİ İstanbul\nnothing\nreply").lines
    assert lines_with_any(lines, ("reply", "nothing")) == [1, 2]


def test_search_keys_skip_phrases_without_a_word() -> None:
    assert search_keys(("- -", "About")) == ("about",)


def test_a_scan_of_other_lines_does_not_reuse_the_last_one() -> None:
    first = Draft.from_text("reply\nnothing").lines
    second = Draft.from_text("nothing\nreply").lines
    assert lines_with_any(first, ("reply",)) == [0]
    assert lines_with_any(second, ("reply",)) == [1]
    assert lines_with_any(first, ("reply",)) == [0]


def _brute(lines, keys):
    return [i for i, line in enumerate(lines) if any(k in line.text.lower() for k in keys)]


def test_declared_keys_stay_right_as_lines_are_dropped_and_rewritten() -> None:
    keys = scan_keys(("zebra", "quux"))
    draft = Draft.from_text("a zebra\nnothing\nQUUX here\nzebra quux\nplain\nzeb[ra](u)")
    assert lines_with_any(draft.lines, keys) == [0, 2, 3]
    dropped = draft.drop([0, 1], "test", "test")
    assert lines_with_any(dropped.lines, keys) == [0, 1]
    rewritten = dropped.rewrite({0: ("no longer", "QUUX here"), 3: ("zebra", "(u)")}, "test", "test")
    assert lines_with_any(rewritten.lines, keys) == _brute(rewritten.lines, keys) == [1, 3]


def test_lines_out_of_order_are_found() -> None:
    keys = scan_keys(("zebra",))
    lines = (Line(3, "zebra"), Line(1, "nothing"), Line(2, "ZEBRA"))
    assert lines_with_any(lines, keys) == [0, 2]


def test_lines_numbered_alike_are_searched_directly() -> None:
    keys = scan_keys(("zebra",))
    lines = (Line(1, "zebra"), Line(1, "nothing"), Line(1, "ZEBRA"))
    assert lines_with_any(lines, keys) == [0, 2]


@settings(max_examples=60)
@given(
    st.lists(st.sampled_from(["zebra", "quux", "Zebra Quux", "none", "", "ok quux", "İzebra"]), max_size=12),
    st.lists(st.integers(0, 11), max_size=6),
    st.lists(st.tuples(st.integers(0, 11), st.sampled_from(["zebra", "plain", ""])), max_size=4),
)
def test_declared_key_search_matches_a_brute_force_search(texts, drops, edits) -> None:
    keys = scan_keys(("zebra", "quux"))
    draft = Draft.from_text("\n".join(texts))
    assert lines_with_any(draft.lines, keys) == _brute(draft.lines, keys)
    draft = draft.drop([i for i in drops if i < len(draft.lines)], "test", "test")
    assert lines_with_any(draft.lines, keys) == _brute(draft.lines, keys)
    draft = draft.rewrite({i: (t, "x") for i, t in edits if i < len(draft.lines)}, "test", "test")
    assert lines_with_any(draft.lines, keys) == _brute(draft.lines, keys)


def test_a_lone_surrogate_falls_back_to_the_direct_search() -> None:
    keys = scan_keys(("zebra",))
    lines = Draft.from_text("a \ud800 line\nZEBRA crossing\nnone").lines
    assert lines_with_any(lines, keys) == [1]


def test_keys_may_come_from_a_generator() -> None:
    keys = scan_keys(("zebra",))
    draft = Draft.from_text("zebra one\nnone\nzebra two")
    stale = draft.rewrite({0: ("zebra again", "x")}, "test", "test")
    assert lines_with_any(stale.lines, (k for k in keys)) == [0, 2]


@settings(max_examples=200)
@given(st.lists(st.text(alphabet="zebra *_-|.\n", max_size=16), max_size=8))
def test_norm_keys_name_every_line_whose_norm_holds_a_phrase(texts) -> None:
    keys = norm_keys(("zebra crossing", "bar"), "|")
    lines = Draft.from_text("\n".join(texts)).lines
    named = set(lines_with_any(lines, keys))
    for i, line in enumerate(lines):
        low = norm(line.text)
        if "zebra" in low or "bar" in low or "|" in low:
            assert i in named


def test_norm_keys_name_a_word_joined_across_emphasis() -> None:
    keys = norm_keys(("cookies",))
    lines = Draft.from_text("coo**kies**\nnone\ncookies").lines
    assert lines_with_any(lines, keys) == [0, 2]


def test_norm_keys_refuse_a_phrase_without_a_word() -> None:
    with pytest.raises(ValueError):
        norm_keys(("»",))
