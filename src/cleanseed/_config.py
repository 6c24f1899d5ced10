"""``[tool.cleanseed]`` in the nearest ``pyproject.toml``: keys are the long options of ``cleanseed check``.

Precedence, from weakest to strongest: built-in defaults, ``[tool.cleanseed]``, the first
``[[tool.cleanseed.overrides]]`` entry whose ``paths`` match a file, command-line flags.
An unknown key or a value of the wrong type is a :class:`ConfigError` (exit status 2).
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import CleanseedError

__all__ = [
    "GLOBAL_KEYS",
    "OVERRIDE_KEYS",
    "Config",
    "ConfigError",
    "Override",
    "find_pyproject",
    "load",
]


class ConfigError(CleanseedError):
    """The configuration cannot be used: unreadable TOML, an unknown key, or a value of the wrong type."""


Convert = Callable[[object], Any]


def codes(value: object) -> tuple[str, ...]:
    """Rule selectors from ``"CS301,CS302"`` or ``["CS301", "CS302"]``."""
    return tuple(s.strip() for s in _items(value) if s.strip())


def languages(value: object) -> tuple[str, ...]:
    """Language codes from ``"en,fr"`` or ``["en", "fr"]``, lower-cased."""
    return tuple(s.strip().lower() for s in _items(value) if s.strip())


def extensions(value: object) -> tuple[str, ...]:
    """File endings from ``".txt,md"`` or a list; a missing leading dot is added."""
    return tuple(s if s.startswith(".") else f".{s}" for s in (x.strip().lower() for x in _items(value)) if s)


def fraction(value: object) -> float:
    """A number from 0 to 1."""
    number = _number(value)
    if not 0 <= number <= 1:
        raise ValueError(f"expected a number from 0 to 1, got {value!r}")
    return number


def count(value: object) -> int:
    """A whole number, zero or more."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"expected a whole number, got {value!r}")
    number = int(value)
    if number < 0:
        raise ValueError(f"expected zero or more, got {value!r}")
    return number


def jobs(value: object) -> int:
    """A number of worker processes, one or more."""
    number = count(value)
    if number < 1:
        raise ValueError(f"expected one or more, got {value!r}")
    return number


def flag(value: object) -> bool:
    """A TOML boolean."""
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {value!r}")
    return value


def check_format(value: object) -> str:
    """One of the ``check`` output formats."""
    if value not in CHECK_FORMATS:
        raise ValueError(f"expected one of {', '.join(CHECK_FORMATS)}, got {value!r}")
    return str(value)


def _items(value: object) -> list[str]:
    if isinstance(value, str):
        return value.split(",")
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ValueError(f"expected a comma-separated string or a list of strings, got {value!r}")


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(f"expected a number, got {value!r}")
    return float(value)


CHECK_FORMATS = ("text", "json", "github", "sarif")

OVERRIDE_KEYS: dict[str, Convert] = {
    "select": codes,
    "ignore": codes,
    "error": codes,
    "warning": codes,
    "min-words": count,
    "max-chrome": fraction,
    "languages": languages,
    "min-score": fraction,
    "max-overlap": fraction,
}
"""Keys that may differ per path: they decide which rules apply to a file and how strictly."""

GLOBAL_KEYS: dict[str, Convert] = {
    **OVERRIDE_KEYS,
    "extensions": extensions,
    "jobs": jobs,
    "format": check_format,
    "exit-zero": flag,
}
"""Keys of ``[tool.cleanseed]``: the long options of ``cleanseed check``, with the same meaning."""


def dest(key: str) -> str:
    """The attribute name argparse gives a long option: ``min-words`` -> ``min_words``."""
    return key.replace("-", "_")


@dataclass(frozen=True, slots=True)
class Override:
    """Settings for the files matching any of ``paths`` (globs or directories, relative to the config's folder)."""

    paths: tuple[str, ...]
    options: Mapping[str, Any]

    def matches(self, relative: str) -> bool:
        """Whether a file, given by its POSIX path relative to the config's folder, is covered."""
        return any(_covers(pattern, relative) for pattern in self.paths)


def _covers(pattern: str, relative: str) -> bool:
    pattern = pattern.removeprefix("./")
    folder = pattern.rstrip("/")
    return fnmatch.fnmatchcase(relative, pattern) or relative.startswith(f"{folder}/")


@dataclass(frozen=True, slots=True)
class Config:
    """The loaded configuration; ``options`` use argparse attribute names (``min_words``)."""

    path: Path | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    overrides: tuple[Override, ...] = ()

    def for_path(self, path: str) -> dict[str, Any]:
        """The options for one file: the global table, then the first override that covers it."""
        merged = dict(self.options)
        if self.path is None or not self.overrides:
            return merged
        relative = _relative(path, self.path.parent)
        if relative is None:
            return merged
        for override in self.overrides:
            if override.matches(relative):
                merged.update(override.options)
                break
        return merged


def _relative(path: str, root: Path) -> str | None:
    try:
        return Path(os.path.abspath(path)).relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


def find_pyproject(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` with a ``[tool.cleanseed]`` table, from ``start`` up to the root."""
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and "cleanseed" in _read(candidate).get("tool", {}):
            return candidate
    return None


def load(path: Path | None) -> Config:
    """Read and validate ``[tool.cleanseed]`` of ``path`` (``None``: no configuration)."""
    if path is None:
        return Config()
    table = _read(path).get("tool", {}).get("cleanseed", {})
    where = f"{path}: [tool.cleanseed]"
    raw_overrides = table.get("overrides", [])
    if not isinstance(raw_overrides, list) or not all(isinstance(o, dict) for o in raw_overrides):
        raise ConfigError(f"{where}: 'overrides' must be an array of tables ([[tool.cleanseed.overrides]])")
    options = _convert({k: v for k, v in table.items() if k != "overrides"}, GLOBAL_KEYS, where)
    overrides = tuple(_override(o, f"{where}.overrides[{i}]") for i, o in enumerate(raw_overrides))
    return Config(path.resolve(), options, overrides)


def _override(table: Mapping[str, Any], where: str) -> Override:
    if "paths" not in table:
        raise ConfigError(f"{where}: 'paths' is required")
    try:
        paths = codes(table["paths"])
    except ValueError as exc:
        raise ConfigError(f"{where}: 'paths': {exc}") from None
    options = _convert({k: v for k, v in table.items() if k != "paths"}, OVERRIDE_KEYS, where)
    return Override(paths, options)


def _convert(table: Mapping[str, Any], keys: Mapping[str, Convert], where: str) -> dict[str, Any]:
    unknown = sorted(set(table) - set(keys))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(keys))})")
    options: dict[str, Any] = {}
    for key, value in table.items():
        try:
            options[dest(key)] = keys[key](value)
        except ValueError as exc:
            raise ConfigError(f"{where}: {key!r}: {exc}") from None
    return options


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as stream:
            return tomllib.load(stream)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
