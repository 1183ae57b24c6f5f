"""Validation of records before they are saved: one place, used by the store whatever the caller.

The checks of single fields follow from the declarations (a text's limit and whether it is
required, a day's range, a choice among an enum's values, at least one element); the few rules
that weigh several fields together are written out at the end. Each check returns
:class:`FieldError` items naming the field at fault, so a form can show the message beside
that field. :func:`validate` raises :class:`ValidationError` with all of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from l2l_desktop.core import records as r
from l2l_desktop.core.dates import EARLIEST_DAY, LATEST_DAY
from l2l_desktop.core.declared import FieldSpec, Shape, content, is_declared
from l2l_desktop.core.elements import Element
from l2l_desktop.core.fields import MAX_SHORT_TEXT, MAX_TEXT

__all__ = ["MAX_SHORT_TEXT", "MAX_TEXT", "FieldError", "ValidationError", "errors_for"]

# C0 controls other than tab and newline, DEL, and the C1 controls.
_BAD_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class FieldError:
    """What is wrong with one field: ``message`` in English (the command line, the log), and
    ``code`` with its ``values`` for the window to word in the user's language (empty for
    the mistakes of a program, not of a person: "must be text")."""

    field: str
    message: str
    code: str = ""
    values: tuple[tuple[str, object], ...] = ()


class ValidationError(ValueError):
    """A record that cannot be saved as it is; ``errors`` says which fields and why."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))


def check_text(
    name: str, value: object, *, required: bool = False, limit: int = MAX_TEXT
) -> Iterator[FieldError]:
    """Errors for one text field: required, too long, control characters, broken Unicode."""
    if not isinstance(value, str):
        yield FieldError(name, "must be text")
        return
    if required and not value.strip():
        yield FieldError(name, "This field is required.", "required")
    if len(value) > limit:
        yield FieldError(
            name,
            f"Too long: {len(value):,} characters; the limit is {limit:,}.",
            "too_long",
            (("n", len(value)), ("limit", limit)),
        )
    if _BAD_CONTROLS.search(value):
        yield FieldError(name, "Contains control characters that cannot be saved.", "controls")
    if _SURROGATES.search(value):
        yield FieldError(
            name, "Contains broken Unicode characters that cannot be saved.", "surrogates"
        )


def check_day(name: str, value: object, *, required: bool = True) -> Iterator[FieldError]:
    if value is None:
        if required:
            yield FieldError(name, "A date is required.", "date_required")
        return
    if not isinstance(value, date) or isinstance(value, datetime):
        yield FieldError(name, "must be a date")
    elif not EARLIEST_DAY <= value <= LATEST_DAY:
        yield FieldError(
            name,
            f"{value.isoformat()} is outside the dates this app keeps.",
            "date_outside",
            (("day", value.isoformat()),),
        )


def errors_for(record: object) -> list[FieldError]:
    """Every problem with ``record``; an empty list when it can be saved."""
    if not is_declared(type(record)):
        raise TypeError(f"no validation for {type(record).__name__}")
    errors = list(field_errors(record))
    rule = _RECORD_RULES.get(type(record))
    if rule is not None:
        errors.extend(rule(record))
    return errors


def validate(record: object) -> None:
    """Raise :class:`ValidationError` when ``record`` cannot be saved."""
    errors = errors_for(record)
    if errors:
        raise ValidationError(errors)


def field_errors(record: object, prefix: str = "") -> Iterator[FieldError]:
    """The problems of each declared field of ``record`` (a record or a part) on its own."""
    for spec in content(type(record)):
        yield from _check(spec, f"{prefix}{spec.name}", getattr(record, spec.name))


def _check(spec: FieldSpec, name: str, value: Any) -> Iterator[FieldError]:
    if value is None and spec.shape is not Shape.DAY:
        if not spec.optional:
            yield FieldError(name, _missing(spec))
        return
    yield from _CHECKS[spec.shape](spec, name, value)


def _missing(spec: FieldSpec) -> str:
    if spec.shape is Shape.CHOICE:
        return _choose(spec.type)
    return "A value is required."  # (a choice left empty: the form's pickers never do it)


def _choose(enum: type[Enum]) -> str:
    values = [str(e.value) for e in enum]
    return f"Choose {', '.join(values[:-1])} or {values[-1]}."


def _text(spec: FieldSpec, name: str, value: Any) -> Iterator[FieldError]:
    yield from check_text(name, value, required=spec.rule.required, limit=spec.rule.limit)


def _day(spec: FieldSpec, name: str, value: Any) -> Iterator[FieldError]:
    yield from check_day(name, value, required=not spec.optional)


def _moment(_spec: FieldSpec, name: str, value: Any) -> Iterator[FieldError]:
    if not isinstance(value, datetime):
        yield FieldError(name, "must be a date and time")


def _whole(spec: FieldSpec, name: str, value: Any) -> Iterator[FieldError]:
    low, high = spec.rule.between or (-(2**63), 2**63 - 1)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        yield FieldError(
            name,
            f"Choose a whole number from {low} to {high}.",
            "whole_number",
            (("low", low), ("high", high)),
        )


def _flag(_spec: FieldSpec, name: str, value: Any) -> Iterator[FieldError]:
    if not isinstance(value, bool):
        yield FieldError(name, "must be yes or no")


def _choice(spec: FieldSpec, name: str, value: Any) -> Iterator[FieldError]:
    if not isinstance(value, spec.type):
        yield FieldError(name, _choose(spec.type))


def _elements(_spec: FieldSpec, name: str, value: Any) -> Iterator[FieldError]:
    if not value:
        yield FieldError(name, "Choose at least one element.", "no_element")
    elif not isinstance(value, frozenset) or not all(isinstance(e, Element) for e in value):
        yield FieldError(name, "must be a set of elements")


def _record(_spec: FieldSpec, name: str, value: Any) -> Iterator[FieldError]:
    yield from field_errors(value, f"{name}.")


def _parts(_spec: FieldSpec, name: str, value: Any) -> Iterator[FieldError]:
    for i, part in enumerate(value):
        yield from field_errors(part, f"{name}[{i}].")


_CHECKS: dict[Shape, Callable[[FieldSpec, str, Any], Iterator[FieldError]]] = {
    Shape.TEXT: _text,
    Shape.LINK: _text,
    Shape.DAY: _day,
    Shape.MOMENT: _moment,
    Shape.WHOLE: _whole,
    Shape.FLAG: _flag,
    Shape.CHOICE: _choice,
    Shape.ELEMENT: _choice,
    Shape.ELEMENTS: _elements,
    Shape.RECORD: _record,
    Shape.PARTS: _parts,
}


# --- Rules that weigh more than one field --------------------------------------------------

MAX_ACTIONS = 3  # an intention's actions: one to three


def _intention(x: r.Intention) -> Iterator[FieldError]:
    if not x.actions:
        yield FieldError("actions", "Add at least one action.", "no_action")
    elif len(x.actions) > MAX_ACTIONS:
        yield FieldError(
            "actions",
            f"At most {MAX_ACTIONS} actions: keep the ones that matter most today.",
            "too_many_actions",
            (("n", MAX_ACTIONS),),
        )


def _reflection(x: r.Reflection) -> Iterator[FieldError]:
    texts = (x.went_well, x.went_badly, x.learned, x.adjust_next)
    if x.rating is None and not any(v.strip() for v in texts if isinstance(v, str)):
        yield FieldError(
            "went_well", "Write at least one line, or give a rating.", "empty_reflection"
        )


def _rest(x: r.RestPeriod) -> Iterator[FieldError]:
    if isinstance(x.first_day, date) and isinstance(x.last_day, date) and x.last_day < x.first_day:
        yield FieldError(
            "last_day", "The last day comes before the first day.", "last_before_first"
        )


def _visit(x: r.GembaVisit) -> Iterator[FieldError]:
    for i, item in enumerate(x.follow_ups):
        done = item.done_day
        if isinstance(done, date) and isinstance(x.day, date) and done < x.day:
            yield FieldError(
                f"follow_ups[{i}].done_day",
                f"Done on {done.isoformat()}, before the visit itself "
                f"({x.day.isoformat()}): a follow-up is done on the visit's day or later.",
                "done_before_visit",
                (("done", done.isoformat()), ("visit", x.day.isoformat())),
            )


def _coaching(x: r.CoachingSession) -> Iterator[FieldError]:
    if x.learner is None:
        yield FieldError("learner", "Who is the learner?", "no_learner")
    working = [i for i, o in enumerate(x.obstacles) if o.status is r.ObstacleStatus.WORKING]
    if len(working) > 1:
        yield FieldError(
            f"obstacles[{working[1]}].status",
            "Work on one obstacle at a time: mark the others open.",
            "one_obstacle",
        )


_RECORD_RULES: dict[type, Callable[[Any], Iterator[FieldError]]] = {
    r.CoachingSession: _coaching,
    r.Intention: _intention,
    r.GembaVisit: _visit,
    r.Reflection: _reflection,
    r.RestPeriod: _rest,
}
