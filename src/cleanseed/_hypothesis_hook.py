"""Hypothesis entry point: registers ``st.from_type(Document)``. Runs only when hypothesis is imported."""

from __future__ import annotations

from hypothesis import strategies as st

from .document import Document


def _documents(_: type[Document]) -> st.SearchStrategy[Document]:
    from .strategies import documents

    return documents()


def _hypothesis_setup_hook() -> None:
    """Called by hypothesis's ``hypothesis`` entry-point group (``HYPOTHESIS_NO_PLUGINS`` turns it off)."""
    st.register_type_strategy(Document, _documents)
