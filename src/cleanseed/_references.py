"""Reference-style markdown links (``[text][3]`` with ``[3]: https://…`` below), written inline before cleaning.

Some converters (html2text with ``inline_links=False``, pandoc's ``--reference-links``) write each link's target once,
at the end of the page, and only a reference at the link. The cleaners read links inline: a menu of links, a byline
linking to the author's page, a line that is mostly link targets. Written inline (``[text](https://…)``), such a
capture reads as the same page captured with inline links; the definitions stay, for ``markdown.link_definitions``.
"""

from __future__ import annotations

import re

DEFINITION = re.compile(r"^ {0,3}\[([^\[\]\n]{1,100})\]:[ \t]{0,20}(\S{1,4096})", re.M)
"""A link definition line: ``[3]: https://…`` (a title may follow)."""
_IMAGE = re.compile(r"!\[([^\[\]\n]{0,2000})\]\[([^\[\]\n]{0,100})\]")
_LINK = re.compile(r"\[([^\[\]\n]{0,2000}|!\[[^\[\]\n]{0,2000}\]\((?:[^()\n\\]|\\.){0,4096}\))\]\[([^\[\]\n]{0,100})\]")
"""A link by reference whose text holds no bracket, or is one image (``[![alt][4]][1]``, its image written inline
first; a backslash escapes a parenthesis in its address, and the two alternatives of a character never overlap)."""


def inline_references(text: str) -> str | None:
    """``text`` with each image and link by reference to a defined target written inline; ``None`` when ``text``
    defines no target or refers to none."""
    if "]:" not in text:
        return None  # no definition: most captures, at once
    targets: dict[str, str] = {label.lower(): target for label, target in DEFINITION.findall(text)}
    if not targets:
        return None

    def inline(match: re.Match[str], bang: str) -> str:
        label, ref = match.groups()
        target = targets.get((ref or label).lower())  # "[text][]" refers to its own text
        if target is None:
            return match.group(0)
        # Parentheses escaped, as a converter writes them in an inline link, so the link ends where it should.
        return f"{bang}[{label}](" + target.replace("(", "\\(").replace(")", "\\)") + ")"

    images = _IMAGE.sub(lambda m: inline(m, "!"), text) if "![" in text else text
    inlined = _LINK.sub(lambda m: inline(m, ""), images)
    return None if inlined == text else inlined
