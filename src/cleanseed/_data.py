"""The package's data files (fitted models, scoring weights, word lists), read from ``cleanseed/data``."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def load_json(name: str) -> Any:
    """The parsed contents of the JSON data file ``name``."""
    return json.loads(resources.files("cleanseed").joinpath("data", name).read_text(encoding="utf-8"))
