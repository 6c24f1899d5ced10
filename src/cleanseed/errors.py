"""Exceptions raised by cleanseed. Every failure on bad input is a ``CleanseedError``."""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "CleanseedError",
    "DecodeError",
    "EmptyInputError",
    "ExtractionError",
    "InputTooLargeError",
]


class CleanseedError(ValueError):
    """Base class: the input cannot be cleaned or scored, and the message says why."""


class EmptyInputError(CleanseedError):
    """The input is empty or holds only whitespace."""


class BinaryInputError(CleanseedError):
    """The input looks like binary data (NUL bytes, control characters), not text or HTML."""


class DecodeError(CleanseedError):
    """The bytes could not be decoded with their BOM, declared charset, UTF-8 or a detected charset."""


class InputTooLargeError(CleanseedError):
    """The input is larger than the size limit (``cleanseed.MAX_INPUT_BYTES`` by default)."""


class ExtractionError(CleanseedError):
    """The HTML could not be parsed or yielded no text at all."""
