"""People as the app tells them apart."""

from __future__ import annotations


def name_key(name: str) -> str:
    """A name as people are told apart: case and spaces aside ("ana  costa" is "Ana Costa")."""
    return " ".join(name.split()).casefold()
