"""The JSON shape of records, derived from their declarations (exports, imports and drafts).

A record becomes an object with one member per field, named as the field: days as
``YYYY-MM-DD``, timestamps as ISO 8601 (naive UTC), choices and elements by their keys, a
person as a nested object, parts as a list of objects. Reading it back gives an equal record.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from l2l_desktop.core.declared import FieldSpec, Shape, specs
from l2l_desktop.core.elements import Element, ordered

T = TypeVar("T")


def to_json(record: Any) -> dict[str, Any]:
    """Every field of a record or part, as JSON values."""
    return {s.name: encode(s, getattr(record, s.name)) for s in specs(type(record))}


def from_json(cls: type[T], data: object) -> T:
    """The record (or part) of class ``cls`` that ``data`` describes.

    A missing member takes the field's default; a member that cannot be read, or a missing
    required one, raises :class:`ValueError` naming the field. Unknown members are ignored.
    """
    if not isinstance(data, Mapping):
        raise ValueError(f"{cls.__name__}: expected an object, not {type(data).__name__}")
    values = {}
    for spec in specs(cls):
        if spec.name in data:
            try:
                values[spec.name] = decode(spec, data[spec.name])
            except (ValueError, TypeError, KeyError) as exc:
                raise ValueError(f"{cls.__name__}.{spec.name}: {exc}") from exc
        elif spec.default is dataclasses.MISSING:
            raise ValueError(f"{cls.__name__}.{spec.name}: missing")
    return cls(**values)


def fields_to_json(cls: type, values: Mapping[str, Any]) -> dict[str, Any]:
    """Some of a record's fields (a form's, say) as JSON values; unknown names are left out.

    Any field may be None here: a half-filled form has no kind chosen yet."""
    known = {s.name: s for s in specs(cls)}
    return {name: encode(known[name], v) for name, v in values.items() if name in known}


def fields_from_json(cls: type, data: object) -> dict[str, Any]:
    """What can be read of ``data`` as fields of ``cls`` (a draft): a member that cannot be
    read is left out, so a damaged draft still gives back everything else."""
    out: dict[str, Any] = {}
    if not isinstance(data, Mapping):
        return out
    for spec in specs(cls):
        if spec.name not in data:
            continue
        try:
            out[spec.name] = decode(spec, data[spec.name], lenient=True)
        except (ValueError, TypeError, KeyError):
            continue
    return out


def encode(spec: FieldSpec, value: Any) -> Any:
    """One field's value as JSON."""
    if value is None:
        return None
    return _ENCODERS[spec.shape](value)


def decode(spec: FieldSpec, value: Any, lenient: bool = False) -> Any:
    """One field's JSON value as the field's type (raises ValueError or TypeError)."""
    if value is None:
        if spec.optional or lenient:
            return None
        raise ValueError("a value is required")
    if spec.shape is Shape.PARTS:
        return _parts(spec.type, value, lenient)
    if spec.shape is Shape.RECORD and lenient and isinstance(value, str):
        return spec.type(value)  # a draft of version 0.1 named a person by their name alone
    if spec.shape is Shape.RECORD:
        return from_json(spec.type, value)
    return _DECODERS[spec.shape](spec, value)


def _parts(cls: type, value: Any, lenient: bool) -> tuple[Any, ...]:
    if not isinstance(value, list):
        raise TypeError("expected a list")
    out: list[Any] = []
    for item in value:
        try:
            out.append(from_json(cls, item))
        except ValueError:
            if not lenient:
                raise
    return tuple(out)


def _text(_spec: FieldSpec, value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _whole(_spec: FieldSpec, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("expected a whole number")
    return value


def _flag(_spec: FieldSpec, value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected true or false")
    return value


def _day(_spec: FieldSpec, value: Any) -> date:
    return date.fromisoformat(_text(_spec, value))


def _moment(_spec: FieldSpec, value: Any) -> datetime:
    moment = datetime.fromisoformat(_text(_spec, value))
    if moment.tzinfo is not None:  # stored as naive UTC
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _choice(spec: FieldSpec, value: Any) -> Any:
    return spec.type(_text(spec, value))


def _elements(_spec: FieldSpec, value: Any) -> frozenset[Element]:
    if not isinstance(value, list):
        raise TypeError("expected a list of elements")
    return frozenset(Element(_text(_spec, v)) for v in value)


_ENCODERS: dict[Shape, Callable[[Any], Any]] = {
    Shape.TEXT: str,
    Shape.LINK: str,
    Shape.WHOLE: int,
    Shape.FLAG: bool,
    Shape.DAY: lambda d: d.isoformat(),
    Shape.MOMENT: lambda m: m.isoformat(),
    Shape.CHOICE: lambda c: c.value,
    Shape.ELEMENT: lambda e: e.value,
    Shape.ELEMENTS: lambda es: [e.value for e in ordered(es)],
    Shape.RECORD: to_json,
    Shape.PARTS: lambda parts: [to_json(p) for p in parts],
}
_DECODERS: dict[Shape, Callable[[FieldSpec, Any], Any]] = {
    Shape.TEXT: _text,
    Shape.LINK: _text,
    Shape.WHOLE: _whole,
    Shape.FLAG: _flag,
    Shape.DAY: _day,
    Shape.MOMENT: _moment,
    Shape.CHOICE: _choice,
    Shape.ELEMENT: _choice,
    Shape.ELEMENTS: _elements,
}
