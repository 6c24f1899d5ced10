from cleanseed import Document
from cleanseed.signals import Reading
from cleanseed.signals.attributions import find_attributions


def kinds(text: str) -> list[list[str]]:
    return [[c.kind for c in s.cues] for s in Reading(Document(text=text)).sentences]


def test_cues_are_found_outside_quotes_only() -> None:
    assert kinds('"Should you worry? I think not," she said.') == [[], ["said"]]
    assert kinds("Should we worry?") == [["obligation", "first_person", "question"]]


def test_commands_and_contracted_negation() -> None:
    assert kinds("Consider the facts.") == [["imperative"]]
    assert kinds("They didn't come.") == [["negation"]]
    assert kinds("Consideration is given.") == [["present"]]


def test_figures_amounts_and_time_anchors() -> None:
    reading = Reading(Document(text="On Monday the fund lost £2.5bn, or 12 per cent."))
    cues = [(c.kind, reading.text[c.start : c.end]) for c in reading.sentences[0].cues]
    assert ("time", "Monday") in cues
    assert ("figure", "£2.5bn") in cues
    assert ("figure", "12 per cent") in cues


def test_speech_passed_on_and_relative_time() -> None:
    assert kinds("The mayor told reporters last year that the bridge was safe.") == [["said", "time", "past"]]
    assert kinds("He said it rained overnight.") == [["said", "time"]]


def test_attributions_mark_the_sentences_they_touch() -> None:
    reading = Reading(Document(text='It rained. "We stayed in," Jane Smith said. Sources said the roads shut.'))
    marks = [(bool(s.named), bool(s.anonymous)) for s in reading.sentences]
    assert marks == [(False, False), (True, False), (False, True)]
    assert reading.supported(0)


def test_a_megabyte_line_of_near_misses_is_read() -> None:
    text = (("word " * 20_000 + "'" * 1000 + "1," * 5000 + "A " * 5000 + "on " * 5000) * 5)[:1_000_000]
    sentences = Reading(Document(text=text)).sentences
    assert sentences[0].start == 0


def test_phrases_match_whole_words_in_any_case_and_contractions() -> None:
    assert kinds("They SHOULDN'T wait; it's time.") == [["obligation", "negation", "obligation"]]
    assert kinds("Mustard is sold. Timesheets are due.") == [["present"], ["present"]]
    assert kinds("I think we don't; US aid won't.") == [
        ["first_person", "epistemic", "first_person", "negation", "negation"]
    ]


def test_attributions_read_the_same_with_spans_given_or_not() -> None:
    text = 'It rained. "We stayed in," Jane Smith said.\n"And then," she added, "we left."'
    reading = Reading(Document(text=text))
    assert reading.attributions == find_attributions(text)


def test_concessions_count_only_in_the_writers_voice() -> None:
    assert kinds('Granted, the plan has flaws. "Yet it works," she said.') == [["concession"], ["said"]]


def test_a_word_glued_to_a_letter_outside_ascii_or_to_a_curly_apostrophe_opens_nothing() -> None:
    assert kinds("\u00c9was here, \u2019was there. It was here.") == [[], ["past"]]


def test_the_kelvin_sign_reads_as_a_k() -> None:
    assert kinds("It was the WEA\u212aEST link.") == [["past", "superlative"]]


def test_figures_open_with_a_sign_a_digit_or_a_magnitude_in_any_case() -> None:
    text = "Lost $3bn, then 2 MILLION and Billions; 4.5 per cent; mid-term 500m; $5 million; tr\u0131llions."
    reading = Reading(Document(text=text))
    figures = [reading.text[c.start : c.end] for c in reading.sentences[0].of("figure")]
    assert figures == ["$3bn", "2 MILLION", "Billions", "4.5 per cent", "$5 million", "tr\u0131llions"]


def test_memo_works_a_value_out_once_per_reading() -> None:
    reading = Reading(Document(text="One."))
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return 42

    assert reading.memo("answer", compute) == reading.memo("answer", compute) == 42
    assert len(calls) == 1
    assert Reading(reading.doc).memo("answer", compute) == 42
    assert len(calls) == 2
