"""What a record's field needs beyond its type: the rules a declaration adds to a field.

A field of a record dataclass is described by its type (``str``, ``date``, ``X | None``, an
enum, ...) and, where the type is not enough, by one of the helpers below, e.g.
``place: str = fields.short(required=True)``. Validation, storage and the JSON shape all read
these rules (see :mod:`l2l_desktop.core.declared`); nothing else repeats them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

MAX_TEXT = 20_000
MAX_SHORT_TEXT = 500
_KEY = "l2l"


@dataclass(frozen=True)
class Rule:
    """The rules of one field (the defaults are those of an optional, long text)."""

    required: bool = False  # a text must hold more than white space
    limit: int = MAX_TEXT  # a text holds at most this many characters
    unique: bool = False  # no two records of the kind share the value
    between: tuple[int, int] | None = None  # a whole number in this range (inclusive)
    link: str | None = None  # the uuid of a record of this kind (stored as a reference)


DEFAULT = Rule()


def rule_of(spec: dataclasses.Field[Any]) -> Rule:
    """The rule declared on a dataclass field (the default rule when none was)."""
    rule = spec.metadata.get(_KEY, DEFAULT)
    assert isinstance(rule, Rule)
    return rule


def _declared(rule: Rule, default: Any = dataclasses.MISSING) -> Any:
    return dataclasses.field(default=default, metadata={_KEY: rule})


def text(*, required: bool = False, limit: int = MAX_TEXT) -> Any:
    """A text field; an optional one defaults to the empty text."""
    rule = Rule(required=required, limit=limit)
    return _declared(rule) if required else _declared(rule, "")


def short(*, required: bool = False) -> Any:
    """A short text: a name, a place, an owner (at most 500 characters)."""
    return text(required=required, limit=MAX_SHORT_TEXT)


def unique() -> Any:
    """A required value no two records of the kind share (e.g. one intention a day)."""
    return _declared(Rule(unique=True))


def whole(low: int, high: int) -> Any:
    """An optional whole number from ``low`` to ``high``."""
    return _declared(Rule(between=(low, high)), None)


def link(kind: str) -> Any:
    """The uuid of a record of ``kind``, or None."""
    return _declared(Rule(link=kind), None)
