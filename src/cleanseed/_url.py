"""The parts of a page's URL that cleaners and signals read. A URL ``urlsplit`` rejects has none."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import SplitResult, urlsplit


def url_host(url: str | None) -> str:
    """The host name of ``url`` (lowercase), or ``""`` for no URL or one that does not parse."""
    parts = _split(url) if url else None
    return (parts.hostname or "") if parts else ""


def squeezed(text: str) -> str:
    """``text`` casefolded, letters and digits only, as a site name is matched with a host: "Fox-News" -> foxnews."""
    return "".join(c for c in text.casefold() if c.isalnum())


@lru_cache(maxsize=64)
def host_names(url: str | None) -> frozenset[str]:
    """The ways a page can spell its site's name from its host, squeezed: the whole host and the host without its
    last label, each label before it ("news.example.com" -> newsexamplecom, newsexample, news, example)."""
    labels = url_host(url).removeprefix("www.").split(".")
    return frozenset(map(squeezed, ("".join(labels), "".join(labels[:-1]), *labels[:-1]))) - {""}


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
