import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseed import clean, strategies
from cleanseed.signals.attributions import (
    _MAX_SENTENCE_CHARS,
    Attribution,
    _bounded,
    cue_spans,
    find_attributions,
    source_kind,
)


def sources(text: str) -> list[tuple[str, str, bool]]:
    return [(a.source, a.cue, a.named) for a in find_attributions(text)]


def test_speaker_after_the_quote_with_the_quote_as_content() -> None:
    text = "\u201cWe will appeal the ruling,\u201d Jane Doe wrote."
    (a,) = find_attributions(text)
    assert (a.source, a.cue, a.named, a.direct) == ("Jane Doe", "wrote", True, True)
    assert text[a.start : a.end] == a.source
    assert text[a.content_start : a.content_end] == "We will appeal the ruling,"


def test_quotes_marked_with_two_apostrophes() -> None:
    text = "''This is not reform,'' said Jane Doe, an economist."
    (a,) = find_attributions(text)
    assert (a.source, a.cue, a.named, a.direct) == ("Jane Doe", "said", True, True)
    assert text[a.content_start : a.content_end] == "This is not reform,"


def test_inverted_speaker_and_straight_quotes() -> None:
    assert sources('"It is over," said Senator Maria Lopez.') == [("Senator Maria Lopez", "said", True)]


def test_speaker_before_a_colon_quote_with_a_listener() -> None:
    text = 'A Downing Street spokeswoman told the Guardian: "No decision has been taken."'
    (a,) = find_attributions(text)
    assert (a.source, a.named, a.direct) == ("A Downing Street spokeswoman", True, True)
    assert text[a.content_start : a.content_end] == "No decision has been taken."


def test_wrote_on_x_and_told_reporters() -> None:
    text = 'Acme chief Tom Reyes wrote on X that prices would fall. "We are ready," Reyes told reporters.'
    assert sources(text) == [("Acme chief Tom Reyes", "wrote", True), ("Reyes", "told", True)]


def test_appositive_between_speaker_and_verb() -> None:
    text = "Ana Ruiz, the company\u2019s chief executive, said it planned to hire 200 people."
    (a,) = find_attributions(text)
    assert (a.source, a.direct) == ("Ana Ruiz", False)
    assert text[a.content_start : a.content_end] == "it planned to hire 200 people"


def test_according_to_and_indirect_speech() -> None:
    text = (
        "Sales fell by a third, according to the Office for National Statistics. The bank said that rates would rise."
    )
    assert sources(text) == [
        ("the Office for National Statistics", "according to", True),
        ("The bank", "said", True),
    ]


def test_pronoun_takes_the_nearest_named_speaker_before_it() -> None:
    text = 'Maria Lopez said the plan was sound. Tom Reyes disagreed with her.\n\n"It will fail," he added.'
    found = find_attributions(text)
    assert [(a.source, a.resolved, a.named) for a in found] == [("Maria Lopez", None, True), ("he", "Tom Reyes", True)]


def test_quote_spanning_paragraphs_is_one_content() -> None:
    text = "\u201cThe first part of what I said.\n\n\u201cAnd the second part,\u201d the mayor said."
    (a,) = find_attributions(text)
    assert a.source == "the mayor"
    assert text[a.content_start : a.content_end].startswith("The first part")
    assert text[a.content_start : a.content_end].endswith("second part,")


@pytest.mark.parametrize(
    "text",
    [
        "Whitehall sources confirm that the plan is dead.",
        "\u201cWe are not ready,\u201d one senior official told me.",
        "People familiar with the matter said the deal was close.",
        "Insiders say the board is split.",
        "The tax is small, but critics argue it will grow.",
        "A source said the talks had stalled.",
        "Many Republicans say the bill is flawed.",
        "A Pentagon official said the review was over.",
        "An official, who spoke on condition of anonymity, said the talks had stalled.",
        "I recall a talk with a Whitehall advisor who compared the moment to the dawn of nuclear power.",
    ],
)
def test_anonymous_sources(text: str) -> None:
    found = find_attributions(text)
    assert found
    assert not any(a.named for a in found)


def test_personal_acquaintances_and_the_narrator_are_not_sources() -> None:
    text = (
        "Julian Vane, my colleague on the desk, often said that the sky was falling. "
        "I think the plan will fail. As Julian would say, it is complicated."
    )
    assert find_attributions(text) == ()


def test_words_that_only_look_like_cues() -> None:
    text = (
        "A company called Acme makes tools. It was easier said than done. "
        "The United States imposed tariffs. Trump\u2019s claims were false. He was asked to leave. "
        "(Additional reporting by Jo Bloggs.) I\u2019m saying it again. You say so."
    )
    assert find_attributions(text) == ()


def test_signature_dash_after_a_quote() -> None:
    text = "\u201cHe does not speak for me.\u201d\n\u2015 Karen Bobadilla\n"
    assert sources(text) == [("Karen Bobadilla", "\u2015", True)]


def test_signature_after_a_paragraph_that_opens_with_a_closing_mark() -> None:
    text = "\u201dHe does not speak for me.\u201d \u2015 Karen Bobadilla\n\u201cNext one.\u201d"
    assert sources(text) == [("Karen Bobadilla", "\u2015", True)]


def test_transcript_speaker_labels_but_not_section_labels() -> None:
    text = "WALLACE: Governor, what do you say?\n\nPENCE: Well, look.\n\nUPDATE: The debate ended."
    assert sources(text) == [("WALLACE", ":", True), ("PENCE", ":", True)]


def test_according_to_opening_a_sentence() -> None:
    text = "According to Rush Limbaugh, \u201cthe move reeks of fear.\u201d"
    (a,) = find_attributions(text)
    assert (a.source, a.cue, a.direct) == ("Rush Limbaugh", "According to", True)


def test_called_reports_speech_only_before_a_quote() -> None:
    text = 'A firm called Acme grew. Ban Ki-moon condemned what he called a "brazen breach" of the rules.'
    assert [(a.source, a.cue) for a in find_attributions(text)] == [("Ban Ki-moon", "condemned"), ("he", "called")]


def test_parenthesised_party_and_state_stay_in_the_source() -> None:
    text = '"They may not want to answer," Rep. John Mica (R-Fla.) said.'
    assert sources(text) == [("Rep. John Mica (R-Fla.)", "said", True)]


def test_two_appositives_and_a_bare_participle_before_a_quote() -> None:
    text = (
        "Michael Mulgrew, president of the union, which represents teachers, said he hoped for change. "
        "The ad shows footage of Hillary Clinton asking, \u201cWhy not?\u201d"
    )
    found = find_attributions(text)
    assert [a.source.endswith(name) for a, name in zip(found, ["Michael Mulgrew", "Hillary Clinton"], strict=True)]


def test_inverted_cue_after_a_clause_credits_the_phrase_after_it() -> None:
    text = "The mayor invited the startup after it fell out with regulators, reported the Gazette."
    assert sources(text) == [("the Gazette", "reported", True)]


def test_pronoun_skips_a_capitalised_common_word_opening_a_sentence() -> None:
    text = (
        'Jade Wu studies rest. Sleep matters for everyone, she noted. "It adds up," Wu said. '
        "Sleep debt grows, she added."
    )
    found = find_attributions(text)
    assert [(a.source, a.resolved) for a in found] == [("she", "Jade Wu"), ("Wu", None), ("she", "Wu")]


def test_an_untagged_quote_after_the_tag_continues_the_speech() -> None:
    text = '"We will appeal," Ana Ruiz said. "The ruling is wrong."\n\n"No," the judge said. "Not at all," Reyes said.'
    found = find_attributions(text)
    assert [text[a.content_start : a.content_end] for a in found] == [
        'We will appeal," Ana Ruiz said. "The ruling is wrong.',
        "No,",
        "Not at all,",
    ]


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ('The crowd cheered for Bernie Sanders in Ohio.\n\n"We will win in Iowa," he said.', "Bernie Sanders"),
        ('The crowd cheered for Bernie Sanders in Ohio. Sanders smiled.\n\n"We will win," he said.', "Sanders"),
    ],
)
def test_he_falls_back_on_the_nearest_person_named_outside_quotes(text: str, resolved: str) -> None:
    (a,) = find_attributions(text)
    assert (a.source, a.resolved, a.named) == ("he", resolved, True)


def test_a_record_that_found_or_shows_is_a_source_and_a_person_who_found_is_not() -> None:
    text = (
        "A Quinnipiac University poll found that most voters back the plan. A new survey shows the same. "
        "She found the keys under the mat. The data show a decline."
    )
    assert sources(text) == [
        ("A Quinnipiac University poll", "found", True),
        ("A new survey", "shows", False),
        ("The data", "show", True),
    ]
    assert cue_spans(text) == ()  # what a record holds, not what anyone said


def test_a_reporting_verb_after_and_takes_the_sentences_subject() -> None:
    text = (
        'Cruz exhorted Republicans to "vote your conscience" and said he was standing on principle. '
        "The bill passed on Monday and said nothing of taxes. Smith and Jones said the plan was wrong."
    )
    assert sources(text) == [("Cruz", "said", True), ("Jones", "said", True)]


def test_an_inverted_verb_opening_the_sentence_before_a_name() -> None:
    text = "Said Ellis: “I don’t see it.” Added Smith, “We will win.” Asked Congress to act, Biden waited."
    assert sources(text) == [("Ellis", "Said", True), ("Smith", "Added", True)]


def test_a_participle_after_the_subjects_appositive_and_verb_takes_the_subject() -> None:
    text = "Dean, a former party chairman, poked at Trump during the debate, tweeting, “Notice the sniffing.”"
    assert sources(text) == [("Dean", "tweeting", True)]


def test_a_day_between_subject_and_verb_and_a_ruling_as_source() -> None:
    text = "Sanders on Tuesday said he wants to act. The ruling said the law was void. The book said so too."
    assert sources(text) == [("Sanders", "said", True), ("The ruling", "said", True), ("The book", "said", True)]


def test_a_long_appositive_between_the_name_and_said() -> None:
    text = (
        "David Kamin, an outside adviser to the campaign on tax and budget issues and an associate professor at "
        "New York University School of Law, said that the campaign was taking a close look at it."
    )
    assert sources(text) == [("David Kamin", "said", True)]


def test_cue_spans_and_source_kind() -> None:
    assert [s for s in cue_spans("He said and she told me.")] == [(3, 7), (16, 20)]
    assert source_kind("a White House spokesperson") == "named"
    assert source_kind("a senior official") == "anonymous"
    assert source_kind("she") == "pronoun"
    assert source_kind("the weather") is None


def test_cue_words_stand_whole_and_offsets_survive_a_dotted_capital_i() -> None:
    text = "They said so, as reported by AFP. As he said\u00e9, caf\u00e9 said."
    assert [text[a:b] for a, b in cue_spans(text)] == ["said", "as reported by", "reported", "said"]
    assert cue_spans("\u0130STANBUL officials said") == ((19, 23),)


def test_to_dict_is_json_ready_and_attributions_are_frozen() -> None:
    (a,) = find_attributions('"Yes," said Ms. Lee.')
    assert json.loads(json.dumps(a.to_dict())) == a.to_dict()
    assert set(a.to_dict()) == {f for f in Attribution.__dataclass_fields__}
    with pytest.raises(AttributeError):
        a.source = "x"  # type: ignore[misc]


def test_long_input_without_punctuation_stays_fast() -> None:
    text = ("said according to " * 20_000) + ("\u201c" * 1000)
    assert isinstance(find_attributions(text), tuple)


@settings(max_examples=100, deadline=None)
@given(strategies.attributions(named=True))
def test_generated_named_attributions_are_found_named(sentence: str) -> None:
    found = find_attributions(sentence)
    assert found
    assert all(a.named for a in found)


@settings(max_examples=100, deadline=None)
@given(strategies.attributions(named=False))
def test_generated_anonymous_attributions_are_found_anonymous(sentence: str) -> None:
    found = find_attributions(sentence)
    assert found
    assert not any(a.named for a in found)


SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize(
    ("prefix", "named_at_least", "named_at_most", "anonymous_at_least", "anonymous_at_most"),
    [("000_", 8, None, 0, 1), ("001_", 8, None, 0, 2), ("004_", 0, 2, 3, None)],
)
def test_seed_pages_after_cleaning(
    prefix: str, named_at_least: int, named_at_most: int | None, anonymous_at_least: int, anonymous_at_most: int | None
) -> None:
    (path,) = SEEDS.glob(prefix + "*.txt")
    found = find_attributions(clean(path.read_bytes()).text)
    named = sum(a.named for a in found)
    anonymous = len(found) - named
    assert named >= named_at_least
    assert named_at_most is None or named <= named_at_most
    assert anonymous >= anonymous_at_least
    assert anonymous_at_most is None or anonymous <= anonymous_at_most


_PIECES = ["said", "Said", "told", "according to", "he", "Ana Ruiz", "the mayor", "a source", ",", ".", ":", "\u201c"]
_PIECES += ["\u201d", '"', "\u2015", "\n", "\n\n", "PENCE:", "(R-Fla.)", "who", "my colleague", "saying", " "]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join))
def test_any_text_gives_consistent_spans(text: str) -> None:
    for a in find_attributions(text):
        assert text[a.start : a.end] == a.source
        assert text[a.cue_start : a.cue_end] == a.cue
        if a.content_start is not None:
            assert a.content_end is not None
            assert 0 <= a.content_start <= a.content_end <= len(text)
        assert not a.resolved or a.named


@pytest.mark.parametrize(
    "text",
    [
        "Tom said no and Ann said yes and " * 3000 + "," * 300_000,
        "Ab Cd " * 170_000 + '. "No," he said.',
        ('"Yes," he said. ' * 20_000),
    ],
)
def test_adversarial_megabyte_inputs_finish(text: str) -> None:
    found = find_attributions(text)
    assert all(len(a.source) < 200 for a in found)


def test_an_overlong_sentence_is_read_in_pieces() -> None:
    # No full stop for 60,000 characters: the quote at the start still has its speaker, and a quote far into
    # the run, in a later piece, has its own.
    filler = "and the talks went on " * 2700
    text = f'"We will not move," Maria Lopez said {filler}while "nothing changed," John Smith said today.'
    found = find_attributions(text)
    assert [a.source for a in found] == ["Maria Lopez", "John Smith"]
    assert all(a.named and a.direct for a in found)


@given(st.text(alphabet=" ab.\u201c", min_size=1, max_size=9000))
@settings(max_examples=50, deadline=None)
def test_sentence_pieces_cover_the_sentence_within_the_bound(text: str) -> None:
    pieces = _bounded([(0, len(text))], text)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert all(0 < end - start <= _MAX_SENTENCE_CHARS for start, end in pieces)
