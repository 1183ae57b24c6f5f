"""What a record's field needs beyond its type: the rules a declaration adds to a field.

A field of a record dataclass is described by its type (``str``, ``date``, ``X | None``, an
enum, ...) and, where the type is not enough, by a :class:`Rule` carried in ``Annotated``,
usually through one of the aliases below, e.g. ``place: RequiredShort``. Validation, storage
and the JSON shape all read these rules (see :mod:`l2l_desktop.core.declared`); nothing else
repeats them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated

MAX_TEXT = 20_000
MAX_SHORT_TEXT = 500


@dataclass(frozen=True)
class Rule:
    """The rules of one field (the defaults are those of an optional, long text)."""

    required: bool = False  # a text must hold more than white space
    limit: int = MAX_TEXT  # a text holds at most this many characters
    unique: bool = False  # no two records of the kind share the value
    between: tuple[int, int] | None = None  # a whole number in this range (inclusive)
    link: str | None = None  # the uuid of a record of this kind (stored as a reference)


DEFAULT = Rule()

Required = Annotated[str, Rule(required=True)]
"""A text that must say something."""
Short = Annotated[str, Rule(limit=MAX_SHORT_TEXT)]
"""A short text: a role, an owner (at most 500 characters)."""
RequiredShort = Annotated[str, Rule(required=True, limit=MAX_SHORT_TEXT)]
"""A short text that must say something: a name, a place."""
OneADay = Annotated[date, Rule(unique=True)]
"""The day of a record there is at most one of a day (the intention)."""
