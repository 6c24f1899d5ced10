"""cleanseed: clean captured news pages and score how well sourced they are."""

from __future__ import annotations

from ._input import MAX_INPUT_BYTES
from .batch import clean_many, clean_records, score_many, score_records
from .document import Cleaner, Document, Draft, Lifted, Line, Removal
from .errors import (
    BinaryInputError,
    CleanseedError,
    DecodeError,
    EmptyInputError,
    ExtractionError,
    InputTooLargeError,
)
from .pipeline import DEFAULT_CLEANERS, Pipeline, clean
from .scoring import Claim, Report, Signal, Weight, Weights, score

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_CLEANERS",
    "MAX_INPUT_BYTES",
    "BinaryInputError",
    "Claim",
    "Cleaner",
    "CleanseedError",
    "DecodeError",
    "Document",
    "Draft",
    "EmptyInputError",
    "ExtractionError",
    "InputTooLargeError",
    "Lifted",
    "Line",
    "Pipeline",
    "Removal",
    "Report",
    "Signal",
    "Weight",
    "Weights",
    "__version__",
    "clean",
    "clean_many",
    "clean_records",
    "score",
    "score_many",
    "score_records",
]
