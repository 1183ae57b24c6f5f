"""Reading a record declaration: each field's shape, whether it may be None, and its rule.

A shape is what the rest of the app needs to know about a field's type: validation, the JSON
shape, and storage each handle the dozen shapes below, never a particular field.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from l2l_desktop.core.elements import Element
from l2l_desktop.core.fields import DEFAULT, Rule
from l2l_desktop.core.records import Part, Record

# The fields every record (``uuid`` alone for a part) carries, filled by the store.
STAMPS = ("uuid", "created_at", "updated_at")


class Shape(Enum):
    TEXT = "text"
    WHOLE = "whole"  # int
    FLAG = "flag"  # bool
    DAY = "day"  # date
    MOMENT = "moment"  # datetime, naive UTC
    CHOICE = "choice"  # an Enum of text values
    ELEMENT = "element"  # one Element
    ELEMENTS = "elements"  # frozenset[Element]
    RECORD = "record"  # another record, referenced (e.g. a person)
    PARTS = "parts"  # tuple of parts, kept with the record
    LINK = "link"  # the uuid of another record (``fields.link``)


@dataclass(frozen=True)
class FieldSpec:
    """One declared field of a record or part."""

    name: str
    shape: Shape
    optional: bool  # None is allowed
    rule: Rule
    type: type  # the enum, record or part class for CHOICE, RECORD and PARTS
    default: Any  # dataclasses.MISSING for a field the constructor requires


def _unwrap_rule(hint: Any) -> tuple[Any, Rule]:
    """``Annotated[T, Rule(...)]`` as (T, the rule); any other type with the default rule."""
    if typing.get_origin(hint) is typing.Annotated:
        base, *extras = typing.get_args(hint)
        return base, next((x for x in extras if isinstance(x, Rule)), DEFAULT)
    return hint, DEFAULT


def _unwrap_optional(hint: Any) -> tuple[Any, bool]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(hint)) == 2:
            return args[0], True
    return hint, False


def _shape(owner: type, name: str, hint: Any, rule: Rule) -> tuple[Shape, type]:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is frozenset and args == (Element,):
        return Shape.ELEMENTS, Element
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis and _is_part(args[0]):
        return Shape.PARTS, args[0]
    if not isinstance(hint, type):
        raise TypeError(f"{owner.__name__}.{name}: no shape for {hint!r}")
    if hint is str:
        return (Shape.LINK if rule.link else Shape.TEXT), str
    simple = {bool: Shape.FLAG, int: Shape.WHOLE, datetime: Shape.MOMENT, date: Shape.DAY}
    if hint in simple:  # bool before int, datetime before date: exact types only
        return simple[hint], hint
    if hint is Element:
        return Shape.ELEMENT, Element
    if issubclass(hint, Enum):
        return Shape.CHOICE, hint
    if issubclass(hint, Record):
        return Shape.RECORD, hint
    raise TypeError(f"{owner.__name__}.{name}: no shape for {hint!r}")


def _is_part(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, Part)


_SPECS: dict[type, tuple[FieldSpec, ...]] = {}


def specs(cls: type) -> tuple[FieldSpec, ...]:
    """Every declared field of the record or part class ``cls``, stamps first (read once)."""
    found = _SPECS.get(cls)
    if found is None:
        found = _SPECS[cls] = _read(cls)
    return found


def _read(cls: type) -> tuple[FieldSpec, ...]:
    if not (dataclasses.is_dataclass(cls) and issubclass(cls, Record | Part)):
        raise TypeError(f"{cls.__name__} is not a record declaration")
    hints = typing.get_type_hints(cls, include_extras=True)
    out = []
    for f in dataclasses.fields(cls):
        hint, rule = _unwrap_rule(hints[f.name])
        hint, optional = _unwrap_optional(hint)
        shape, kind = _shape(cls, f.name, hint, rule)
        default: Any = f.default
        if f.default_factory is not dataclasses.MISSING:
            default = f.default_factory
        out.append(FieldSpec(f.name, shape, optional, rule, kind, default))
    return tuple(out)


def content(cls: type) -> tuple[FieldSpec, ...]:
    """The fields a user writes (every field but the stamps)."""
    return tuple(s for s in specs(cls) if s.name not in STAMPS)


def is_declared(cls: type) -> bool:
    return isinstance(cls, type) and issubclass(cls, Record | Part)


def values_of(record: Any) -> dict[str, Any]:
    """The declared fields of ``record`` (stamps left out) by name: what a form shows."""
    return {s.name: getattr(record, s.name) for s in content(type(record))}
