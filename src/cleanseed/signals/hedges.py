"""Hedges and unsupported claims: what the text asserts without a named source behind it."""

from __future__ import annotations

from ._finding import Evidence, Finding
from ._reading import Reading


def hedges(reading: Reading) -> Finding:
    """Count hedges ("reportedly", "is said to", "could not be verified") outside quotes.

    A hedge inside a sentence attributed to a named source is that source's caution, not
    an unsourced claim, so it does not count.
    """
    text = reading.text
    evidence = tuple(
        Evidence(c.start, c.end, text[c.start : c.end], "hedge")
        for s in reading.sentences
        if not s.named
        for c in s.of("hedge")
    )
    return Finding(len(evidence), f"{len(evidence)} hedged claim{'s' if len(evidence) != 1 else ''}", evidence)


def unsupported_claims(reading: Reading) -> Finding:
    """Count sentences with a figure, amount or superlative and no attribution in or next to them."""
    text = reading.text
    evidence: list[Evidence] = []
    for i, s in enumerate(reading.sentences):
        cues = s.of("figure") + s.of("superlative")
        if cues and not reading.supported(i):
            note = "unsupported: " + ", ".join(text[c.start : c.end] for c in cues)
            evidence.append(Evidence(s.start, s.end, text[s.start : s.end], note))
    n = len(evidence)
    return Finding(n, f"{n} unsupported factual claim{'s' if n != 1 else ''}", tuple(evidence))
