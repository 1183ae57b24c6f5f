"""How stored text is read: as UTF-8, and a text that is not (flipped bytes) with U+FFFD for
each bad byte, so that no read ever fails on one. Without peewee: a read-only command uses it
on a plain connection."""

from __future__ import annotations


class Garbled(str):
    """A stored text that was not UTF-8, read with U+FFFD for each bad byte."""


def lenient_text(data: bytes) -> str:
    """How the store's connection reads text: as UTF-8, and a text that is not (flipped
    bytes) with U+FFFD for each bad byte, so that no read ever fails on one."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return Garbled(data.decode("utf-8", "replace"))
