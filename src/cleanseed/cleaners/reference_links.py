"""Reference-style markdown links (``[text][3]`` with ``[3]: https://…`` below): unwrapped, and their definitions
dropped.

Some converters (html2text with ``inline_links=False``, pandoc's ``--reference-links``) write each link's target once,
at the end of the page, and only a reference at the link. Left as it is, a menu of such links holds no ``](`` for the
link cleaners to see, and a reference ("[3]") is a word in the middle of a sentence.
"""

from __future__ import annotations

import re

from ..document import Draft
from ._base import cleaner

_DEFINITION = re.compile(r"\s{0,3}\[([^\[\]\n]{1,100})\]:[ \t]{0,20}(\S{1,4096})")
"""A link definition line: ``[3]: https://…`` (an optional title may follow); matched at a line's start."""
_REFERENCE = re.compile(r"(!?)\[([^\[\]\n]{0,2000})\]\[([^\[\]\n]{0,100})\]")
"""An image or link by reference, its text holding no bracket: a linked image (``[![alt][1]][2]``) is two, the
image unwrapped first."""
_ROUNDS = 4
_LEFTOVER = re.compile(r"[\s*+\-•|>#\[\]()!.,:;/·]*")


@cleaner("markdown.reference_links")
def reference_links(draft: Draft) -> Draft:
    """Drop link definitions and lines made only of reference links; unwrap ``[text][ref]`` in kept lines."""
    if "]:" not in draft.source:
        return draft  # no definition, nothing to resolve: most pages, at once
    lines = draft.lines
    targets = {m.group(1).lower(): m.group(2) for line in lines if (m := _DEFINITION.match(line.text))}
    if not targets:
        return draft
    drops: dict[int, str] = {}
    edits = {}
    for i, line in enumerate(lines):
        if _DEFINITION.match(line.text):
            drops[i] = "link definition"
        elif "][" in line.text:
            text, found = _unwrap(line.text, targets)
            if not found:
                continue
            if _LEFTOVER.fullmatch(_unwrap(line.text, targets, keep_text=False)[0]):
                drops[i] = "line holds only links"
            else:
                edits[i] = (text, " ".join(found))
    # A rewrite keeps every line where it stands, so the positions still hold for the drops after it.
    return draft.rewrite(edits, "markdown.reference_links", "link target").drop_each(drops, "markdown.reference_links")


def _unwrap(text: str, targets: dict[str, str], *, keep_text: bool = True) -> tuple[str, list[str]]:
    """``text`` with each reference to a defined target replaced by its text (an image, or with ``keep_text`` false
    any reference, by nothing), and the targets."""
    found: list[str] = []

    def replace(match: re.Match[str]) -> str:
        bang, label, ref = match.groups()
        target = targets.get((ref or label).lower())  # "[text][]" refers to its own text
        if target is None:
            return match.group(0)
        found.append(target)
        return label if keep_text and not bang else ""

    for _ in range(_ROUNDS):
        before = len(found)
        text = _REFERENCE.sub(replace, text)
        if len(found) == before or "][" not in text:
            break
    return text, found
