"""The project's suite uses cleanseed's own pytest plugin: seed fixtures and the ``ci`` hypothesis profile.

``pytester`` is pytest's own fixture for testing plugins; the plugin's tests use it.

With ``CI=true`` (as CI systems set) hypothesis runs under the ``ci`` profile: derandomized, no
deadline, no example database, so CI replays the same examples on every run.
"""

pytest_plugins = ["cleanseed.pytest_plugin", "pytester"]
