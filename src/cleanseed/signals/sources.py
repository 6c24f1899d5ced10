"""Source signals: attributions to named sources, and to anonymous ones."""

from __future__ import annotations

from ._finding import Evidence, Finding
from ._reading import Reading
from .attributions import Attribution


def named_sources(reading: Reading) -> Finding:
    """Count attributions to a named person or organisation (a pronoun counts as the name it stands for)."""
    found = [a for a in reading.attributions if a.named]
    return Finding(len(found), _summary(found, "named"), tuple(_evidence(a) for a in found))


def anonymous_sources(reading: Reading) -> Finding:
    """Count attributions to unnamed sources ("sources confirm", "a senior official", "critics argue")."""
    found = [a for a in reading.attributions if not a.named]
    return Finding(len(found), _summary(found, "anonymous"), tuple(_evidence(a) for a in found))


def _summary(found: list[Attribution], kind: str) -> str:
    speakers = len({(a.resolved or a.source).casefold() for a in found})
    if not found:
        return f"no {kind} attributions"
    plural = "s" if len(found) != 1 else ""
    return f"{len(found)} {kind} attribution{plural}, {speakers} distinct source{'s' if speakers != 1 else ''}"


def _evidence(a: Attribution) -> Evidence:
    note = f"{a.cue}: {a.resolved}" if a.resolved else a.cue
    return Evidence(a.start, a.end, a.source, note)
