from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseed.signals._spans import inner, inside, mask, paragraphs, quote_spans, sentences


def texts(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_sentences_keep_abbreviations_and_initials_together() -> None:
    text = "Mr. Obama met U.S. officials on Sept. 5 at 10 a.m. with J. K. Rowling. Then he left!"
    assert texts(text, sentences(text)) == [
        "Mr. Obama met U.S. officials on Sept. 5 at 10 a.m. with J. K. Rowling.",
        "Then he left!",
    ]


def test_sentences_split_inside_quotes_and_not_before_a_lowercase_tag() -> None:
    text = '"Stop! We have to go," she said. "Now." He went.'
    assert texts(text, sentences(text)) == ['"Stop!', 'We have to go," she said.', '"Now."', "He went."]


def test_a_line_break_ends_a_sentence_even_without_punctuation() -> None:
    text = "A headline without a stop\nThe body begins here. It goes on.\n\n"
    assert texts(text, sentences(text)) == ["A headline without a stop", "The body begins here.", "It goes on."]


def test_each_end_mark_and_an_ellipsis_close_a_sentence() -> None:
    text = "Wait\u2026 What? Yes!! Really\u2026? Done."
    assert texts(text, sentences(text)) == ["Wait\u2026", "What?", "Yes!!", "Really\u2026?", "Done."]


def test_the_word_before_a_stop_is_read_back_to_its_space() -> None:
    text = "Visit example.com. Then at 10 a.m. Then " + "x" * 50 + ". The end."
    assert texts(text, sentences(text)) == [text[: -len(" The end.")], "The end."]


def test_two_apostrophes_and_backticks_are_double_quote_marks() -> None:
    text = "''We won,'' he said. ``It's over.'' She said \"a ''word''\" and left.\n''Again,\n''and again.''"
    spans = quote_spans(text)
    assert texts(text, spans) == [
        "''We won,''",
        "``It's over.''",
        "\"a ''word''\"",
        "''Again,\n''and again.''",
    ]
    assert [text[a:b] for a, b in (inner(text, s) for s in spans[:2])] == ["We won,", "It's over."]
    assert texts(text, sentences(text))[:3] == [
        "''We won,'' he said.",
        "``It's over.''",
        "She said \"a ''word''\" and left.",
    ]


def test_paragraphs_skip_blank_lines() -> None:
    text = "one\n\n  \ntwo"
    assert texts(text, paragraphs(text)) == ["one", "two"]


def test_curly_and_straight_quotes_with_nested_singles() -> None:
    text = 'He said \u201cthey called it \u2018madness\u2019 today\u201d and then "no more".'
    assert texts(text, quote_spans(text)) == [
        "\u201cthey called it \u2018madness\u2019 today\u201d",
        '"no more"',
    ]


def test_curly_quotes_nested_in_curly_quotes_close_with_the_outer_mark() -> None:
    text = "\u201cI would rather live in what he calls \u201chell\u201d than here.\u201d \u2015 A. R."
    assert texts(text, quote_spans(text)) == [
        "\u201cI would rather live in what he calls \u201chell\u201d than here.\u201d"
    ]


def test_single_curly_quotes_count_only_when_they_pair_as_quotes() -> None:
    text = "The firm\u2019s chief called it \u2018a disgrace\u2019, and the companies\u2019 staff agreed."
    assert texts(text, quote_spans(text)) == ["\u2018a disgrace\u2019"]


def test_a_quote_runs_on_into_a_paragraph_that_reopens_it() -> None:
    text = '"The first paragraph of a long quote.\n\n"The second one," he said.\n\nPlain text "here".'
    assert texts(text, quote_spans(text)) == [
        '"The first paragraph of a long quote.\n\n"The second one,"',
        '"here"',
    ]


def test_an_unclosed_quote_stops_at_its_paragraph() -> None:
    text = 'He said "this never closes.\nThe next paragraph is not quoted. She said "yes".'
    assert texts(text, quote_spans(text)) == ['"this never closes.', '"yes"']


def test_inside_and_mask_keep_offsets() -> None:
    text = 'I said "I am here" and I left.'
    spans = quote_spans(text)
    assert [inside(spans, i) for i in (0, 7, 17, 18)] == [False, True, True, False]
    masked = mask(text, spans)
    assert len(masked) == len(text)
    assert masked == "I said " + " " * 11 + " and I left."


def test_mask_keeps_the_line_breaks_of_a_span() -> None:
    assert mask("a \u201cb\nc\u201d d", [(2, 7)]) == "a   \n   d"


def test_a_double_quote_inside_single_quotes_stays_in_one_span() -> None:
    text = 'She wrote \u2018he said "no" twice\u2019 in the margin.'
    assert texts(text, quote_spans(text)) == ['\u2018he said "no" twice\u2019']


def test_a_megabyte_line_of_marks_is_handled() -> None:
    text = ('"a. ' * 250_000) + "\u2018b "
    assert quote_spans(text)
    assert sentences(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab .!?"\u201c\u201d\u2018\u2019\nMr'))))
def test_spans_are_sorted_disjoint_and_in_bounds(text: str) -> None:
    for spans in (sentences(text), quote_spans(text)):
        previous_end = 0
        for start, end in spans:
            assert previous_end <= start < end <= len(text)
            previous_end = end
