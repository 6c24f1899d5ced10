"""Page labels ("opinion", "analysis"): from kicker lines above the headline and from the URL path."""

from __future__ import annotations

from collections.abc import Sequence

from .._url import url_path
from ..document import Draft, Line
from . import lexicon
from ._base import cleaner
from ._text import body_span, is_headline, next_nonblank, norm, words


@cleaner("meta.labels")
def labels(draft: Draft) -> Draft:
    """Label the page from its URL path and from kicker lines before the body; drop the kickers."""
    if draft.url:
        for segment in url_path(draft.url).split("/"):
            if segment in lexicon.URL_LABELS:
                draft = draft.label(lexicon.URL_LABELS[segment])
    span = body_span(draft.lines)
    drops = []
    lines = draft.lines
    for i in range(span[0] if span else len(lines)):
        kicker = norm(lines[i].text)
        if kicker in lexicon.LABELS and _over_headline(lines, i):
            draft = draft.label(lexicon.LABELS[kicker])
            drops.append(i)
    return draft.drop(drops, "meta.labels", "lifted label")


def _over_headline(lines: Sequence[Line], i: int) -> bool:
    """A kicker sits right over its headline; "Opinion" among menu entries is a menu entry."""
    below = next_nonblank(lines, i)
    return below is not None and is_headline(lines[below].text) and len(words(lines[below].text)) >= 3
