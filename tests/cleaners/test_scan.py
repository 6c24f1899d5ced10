from cleanseed import Draft
from cleanseed.cleaners._scan import lines_with_any, search_keys


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
