"""The parts of a page's URL that cleaners and signals read. A URL ``urlsplit`` rejects has none."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import SplitResult, urlsplit


def url_host(url: str | None) -> str:
    """The host name of ``url`` (lowercase), or ``""`` for no URL or one that does not parse."""
    parts = _split(url) if url else None
    return (parts.hostname or "") if parts else ""


def url_path(url: str | None) -> str:
    """The path of ``url``, lowercased, or ``""`` for no URL or one that does not parse ("http://[::1")."""
    parts = _split(url) if url else None
    return parts.path.lower() if parts else ""


@lru_cache(maxsize=64)
def _split(url: str) -> SplitResult | None:
    # A page's URL is read by several cleaners and signals in turn; a user may pass any string as one.
    try:
        return urlsplit(url)
    except ValueError:
        return None
