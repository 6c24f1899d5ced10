"""Helpers shared by the built-in cleaners."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ..document import Draft

F = TypeVar("F", bound=Callable[[Draft], Draft])


def cleaner(cleaner_id: str) -> Callable[[F], F]:
    """Give a cleaner function its stable dotted id (used in removal records and the registry)."""

    def mark(fn: F) -> F:
        fn.id = cleaner_id  # type: ignore[attr-defined]
        return fn

    return mark


def cleaner_id(fn: object) -> str:
    """The dotted id of a cleaner: its ``id`` attribute, else ``module.qualname``."""
    explicit = getattr(fn, "id", None)
    if isinstance(explicit, str):
        return explicit
    name = getattr(fn, "__qualname__", type(fn).__qualname__)
    return f"{getattr(fn, '__module__', 'user')}.{name}"
