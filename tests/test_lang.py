import pytest

from cleanseed._lang import SAMPLE_CHARS, detect_language

ENGLISH = "The council said on Tuesday that the new bridge would open next spring, after two years of delays. "
FRENCH = "Le conseil municipal a annoncé mardi que le nouveau pont ouvrirait au printemps prochain, après deux ans. "
SPANISH = "El ayuntamiento anunció el martes que el nuevo puente se abrirá la próxima primavera, tras dos años. "
RUSSIAN = "Городской совет во вторник сообщил, что новый мост откроется следующей весной, после двух лет задержек. "
DUTCH = "De gemeenteraad besloot dinsdag dat de nieuwe brug in het voorjaar opent. Of dat lukt, had niemand gezegd. "
PORTUGUESE = "A câmara anunciou que a nova ponte abrirá na primavera. As obras custaram mais e as críticas aumentaram. "
POLISH = "Rada miasta ogłosiła we wtorek, że nowy most zostanie otwarty wiosną. To kosztowało więcej, niż planowano. "
GERMAN = "Der Stadtrat teilte am Dienstag mit, dass die neue Brücke im nächsten Frühjahr eröffnet werden soll. "


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (ENGLISH, "en"),
        (FRENCH, "fr"),
        (GERMAN, "de"),
        (SPANISH, "es"),
        (RUSSIAN, "ru"),
        # These three share a few function words with English ("of", "had", "as", "to", "we"):
        # the English shortcut must leave them to langdetect.
        (DUTCH, "nl"),
        (PORTUGUESE, "pt"),
        (POLISH, "pl"),
    ],
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


def test_english_prose_needs_no_langdetect(monkeypatch):
    import cleanseed._lang as lang

    monkeypatch.setattr(lang, "_factory", lambda: pytest.fail("langdetect was consulted"))
    assert detect_language(ENGLISH * 3) == "en"
