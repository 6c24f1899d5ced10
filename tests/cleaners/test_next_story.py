from cleanseed import Draft
from cleanseed.cleaners.next_story import next_story

PARAGRAPH = (
    "The river rose through the night and by morning the lower town was under a metre of water, with shops"
    " on the quay shuttered and sandbags stacked at every door along the main street."
)


def page(second_heading: str, after: str) -> str:
    body = "\n\n".join([PARAGRAPH] * 8)
    return "\n\n".join(
        [
            "# Flood waters reach the lower town",
            "## Residents spent the night moving goods upstairs",
            body,
            second_heading,
            after,
            PARAGRAPH,
        ]
    )


def test_second_headline_with_its_dek_drops_the_rest() -> None:
    text = page("# Council approves new bridge after long debate", "## Work starts in spring.")
    out = next_story(Draft.from_text(text, format="markdown"))
    assert "bridge" not in out.text
    assert out.text.count(PARAGRAPH) == 8
    assert out.removed[0].reason == "next story"


def test_section_heading_without_a_dek_kept() -> None:
    text = page("# What the town does next after the flood", PARAGRAPH)
    assert next_story(Draft.from_text(text, format="markdown")).text == text


def test_flat_text_untouched() -> None:
    text = page("# Council approves new bridge after long debate", "## Work starts in spring.")
    assert next_story(Draft.from_text(text)).text == text
