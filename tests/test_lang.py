import pytest

from cleanseed._lang import SAMPLE_CHARS, detect_language

ENGLISH = "The council said on Tuesday that the new bridge would open next spring, after two years of delays. "
FRENCH = "Le conseil municipal a annoncé mardi que le nouveau pont ouvrirait au printemps prochain, après deux ans. "
SPANISH = "El ayuntamiento anunció el martes que el nuevo puente se abrirá la próxima primavera, tras dos años. "
RUSSIAN = "Городской совет во вторник сообщил, что новый мост откроется следующей весной, после двух лет задержек. "
GERMAN = "Der Stadtrat teilte am Dienstag mit, dass die neue Brücke im nächsten Frühjahr eröffnet werden soll. "


@pytest.mark.parametrize(
    ("text", "code"), [(ENGLISH, "en"), (FRENCH, "fr"), (GERMAN, "de"), (SPANISH, "es"), (RUSSIAN, "ru")]
)
def test_detects_the_language_of_prose(text, code):
    assert detect_language(text * 3) == code


@pytest.mark.parametrize("text", ["", "12 34 56 -- 78", "Ok."])
def test_too_little_text_is_undetermined(text):
    assert detect_language(text) == "und"


def test_detection_is_repeatable_and_reads_a_bounded_sample():
    long_text = ENGLISH * 200 + FRENCH * 200
    assert len(long_text) > 10 * SAMPLE_CHARS
    assert {detect_language(long_text) for _ in range(5)} == {detect_language(long_text)}
