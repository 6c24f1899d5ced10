"""A user's conftest: turn on cleanseed's pytest plugin (seed fixtures, ``ci`` hypothesis profile)."""

pytest_plugins = ["cleanseed.pytest_plugin"]
