"""Opt-in pytest plugin: fixtures for a project's seed files and a ``ci`` hypothesis profile.

Enable it in your top-level ``conftest.py`` (it is not registered automatically, so installing
cleanseed never changes how other projects collect tests)::

    pytest_plugins = ["cleanseed.pytest_plugin"]

Say where the seeds are in the pytest configuration (globs relative to the rootdir; the
default is ``seeds/*``)::

    [tool.pytest.ini_options]
    cleanseed_seeds = ["seeds/*.txt", "seeds/*.html"]

A test that asks for ``seed_path`` or ``seed_document`` runs once per seed file. Override the
``cleanseed_cleaners`` fixture to clean the seeds with your own pipeline.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from . import clean
from .document import Cleaner, Document
from .pipeline import Pipeline

__all__ = ["cleanseed_cleaners", "cleanseed_seed_paths", "seed_document"]

# Cleaning HTML through trafilatura takes longer than hypothesis's default 200 ms deadline, and a
# CI run must replay the same examples every time: derandomized, no example database. Recent
# hypothesis versions ship this profile; registering it here makes it exist, and load under CI,
# on every version cleanseed supports.
settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
if os.environ.get("CI") and settings.get_current_profile_name() == "default":
    settings.load_profile("ci")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "cleanseed_seeds",
        type="args",
        default=["seeds/*"],
        help="glob patterns, relative to the rootdir, for the seed files cleanseed's fixtures read",
    )


def _seed_paths(config: pytest.Config) -> list[Path]:
    patterns: list[str] = config.getini("cleanseed_seeds")
    found = {p for pattern in patterns for p in config.rootpath.glob(pattern) if p.is_file()}
    return sorted(found)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "seed_path" in metafunc.fixturenames:
        paths = _seed_paths(metafunc.config)
        metafunc.parametrize("seed_path", paths, ids=[p.name for p in paths])


@pytest.fixture(scope="session")
def cleanseed_seed_paths(pytestconfig: pytest.Config) -> list[Path]:
    """Every seed file matched by the ``cleanseed_seeds`` globs, sorted."""
    return _seed_paths(pytestconfig)


@pytest.fixture
def cleanseed_cleaners() -> Pipeline | list[Cleaner | str] | None:
    """The cleaners ``seed_document`` uses; ``None`` means cleanseed's default pipeline. Override it."""
    return None


@pytest.fixture
def seed_document(seed_path: Path, cleanseed_cleaners: Pipeline | list[Cleaner | str] | None) -> Document:
    """The cleaned ``Document`` of the current seed file."""
    return clean(seed_path.read_bytes(), cleaners=cleanseed_cleaners)
