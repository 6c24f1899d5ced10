"""Provenance signals: each finds one kind of evidence in a document, as character spans."""
