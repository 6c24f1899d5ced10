"""Load cleanseed's lazy state before a benchmark's timings start."""

from __future__ import annotations

from cleanseed import clean

FOREIGN = "Le conseil municipal a annoncé mardi que le nouveau pont ouvrirait au printemps prochain, après deux ans. "


def load_language_profiles() -> None:
    """Clean a French paragraph. English prose is identified without langdetect, so a warm-up on English pages
    alone would leave its language profiles (about 0.3 s to load) to the first foreign page inside the timings."""
    clean(FOREIGN * 3)
