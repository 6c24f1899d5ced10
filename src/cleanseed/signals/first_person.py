"""First-person signal: the writer speaking as "I" or an editorial "we", outside quoted speech."""

from __future__ import annotations

from ._finding import Evidence, Finding
from ._reading import Reading


def first_person(reading: Reading) -> Finding:
    """Count sentences whose unquoted part uses I / me / my / we / us / our.

    Quoted speech is blanked first: in news most "I" belongs to the people quoted.
    """
    text = reading.text
    evidence = tuple(
        Evidence(c.start, c.end, text[c.start : c.end], "first person outside quotes")
        for s in reading.sentences
        for c in s.of("first_person")
    )
    count = sum(s.has("first_person") for s in reading.sentences)
    summary = f"first person outside quotes in {count} sentence{'s' if count != 1 else ''}" if count else "none"
    return Finding(count, summary, evidence)
