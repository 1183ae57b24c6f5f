"""Validation of records before they are saved: one place, used by the store whatever the caller.

Each check returns :class:`FieldError` items naming the field at fault, so a form can show the
message beside that field. :func:`validate` raises :class:`ValidationError` with all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from l2l_desktop.core import records as r
from l2l_desktop.core.dates import EARLIEST_DAY, LATEST_DAY

MAX_TEXT = 20_000
MAX_SHORT_TEXT = 500
# C0 controls other than tab and newline, DEL, and the C1 controls.
_BAD_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


class ValidationError(ValueError):
    """A record that cannot be saved as it is; ``errors`` says which fields and why."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))


def check_text(
    name: str, value: str, *, required: bool = False, limit: int = MAX_TEXT
) -> Iterator[FieldError]:
    """Errors for one text field: required, too long, control characters, broken Unicode."""
    if not isinstance(value, str):
        yield FieldError(name, "must be text")
        return
    if required and not value.strip():
        yield FieldError(name, "This field is required.")
    if len(value) > limit:
        yield FieldError(name, f"Too long: {len(value):,} characters; the limit is {limit:,}.")
    if _BAD_CONTROLS.search(value):
        yield FieldError(name, "Contains control characters that cannot be saved.")
    if _SURROGATES.search(value):
        yield FieldError(name, "Contains broken Unicode characters that cannot be saved.")


def check_day(name: str, value: date | None, *, required: bool = True) -> Iterator[FieldError]:
    if value is None:
        if required:
            yield FieldError(name, "A date is required.")
        return
    if not isinstance(value, date):
        yield FieldError(name, "must be a date")
    elif not EARLIEST_DAY <= value <= LATEST_DAY:
        yield FieldError(name, f"{value.isoformat()} is outside the dates this app keeps.")


def check_elements(value: frozenset) -> Iterator[FieldError]:
    if not value:
        yield FieldError("elements", "Choose at least one element.")


def _person(p: r.Person | None, prefix: str = "person") -> Iterator[FieldError]:
    if p is not None:
        yield from check_text(f"{prefix}.name", p.name, required=True, limit=MAX_SHORT_TEXT)
        yield from check_text(f"{prefix}.role", p.role, limit=MAX_SHORT_TEXT)


def errors_for(record: object) -> list[FieldError]:
    """Every problem with ``record``; an empty list when it can be saved."""
    checker = _CHECKERS.get(type(record))
    if checker is None:
        raise TypeError(f"no validation for {type(record).__name__}")
    return list(checker(record))


def validate(record: object) -> None:
    """Raise :class:`ValidationError` when ``record`` cannot be saved."""
    errors = errors_for(record)
    if errors:
        raise ValidationError(errors)


def _intention(x: r.Intention) -> Iterator[FieldError]:
    yield from check_day("day", x.day)
    yield from check_text("heart", x.heart, required=True)
    yield from check_text("direction", x.direction, required=True)
    if not x.actions:
        yield FieldError("actions", "Add at least one action.")
    for i, action in enumerate(x.actions):
        yield from check_text(f"actions[{i}].text", action.text, required=True)


def _pause(x: r.Pause) -> Iterator[FieldError]:
    yield from check_day("day", x.day)
    yield from check_text("note", x.note)
    yield from check_elements(x.elements)


def _question(x: r.Question) -> Iterator[FieldError]:
    yield from check_day("day", x.day)
    yield from check_text("text", x.text, required=True)
    yield from check_text("context", x.context)
    yield from check_text("learned", x.learned)
    yield from _person(x.person)
    yield from check_elements(x.elements)


def _tell(x: r.Tell) -> Iterator[FieldError]:
    yield from check_day("day", x.day)
    yield from check_text("note", x.note)
    yield from _person(x.person)
    yield from check_elements(x.elements)


def _bank(x: r.BankQuestion) -> Iterator[FieldError]:
    yield from check_text("text", x.text, required=True)
    yield from check_text("purpose", x.purpose, required=True, limit=MAX_SHORT_TEXT)


def _visit(x: r.GembaVisit) -> Iterator[FieldError]:
    yield from check_day("day", x.day)
    yield from check_text("place", x.place, required=True, limit=MAX_SHORT_TEXT)
    yield from check_text("purpose", x.purpose, required=True)
    yield from check_text("observed", x.observed)
    yield from check_text("care", x.care)
    yield from check_elements(x.elements)
    for i, a in enumerate(x.assumptions):
        yield from check_text(f"assumptions[{i}].text", a.text, required=True)
        yield from check_text(f"assumptions[{i}].fact", a.fact)
    for i, c in enumerate(x.conversations):
        yield from check_text(f"conversations[{i}].learned", c.learned, required=True)
        yield from _person(c.person, f"conversations[{i}].person")
    for i, f in enumerate(x.follow_ups):
        yield from check_text(f"follow_ups[{i}].text", f.text, required=True)
        yield from check_text(f"follow_ups[{i}].owner", f.owner, limit=MAX_SHORT_TEXT)
        yield from check_day(f"follow_ups[{i}].due_day", f.due_day, required=False)
        yield from check_day(f"follow_ups[{i}].done_day", f.done_day, required=False)


def _reflection(x: r.Reflection) -> Iterator[FieldError]:
    yield from check_day("day", x.day)
    texts = {
        "went_well": x.went_well,
        "went_badly": x.went_badly,
        "learned": x.learned,
        "adjust_next": x.adjust_next,
    }
    for name, value in texts.items():
        yield from check_text(name, value)
    if x.rating is not None and (not isinstance(x.rating, int) or not 1 <= x.rating <= 5):
        yield FieldError("rating", "The rating is a whole number from 1 to 5.")
    if x.rating is None and not any(v.strip() for v in texts.values() if isinstance(v, str)):
        yield FieldError("went_well", "Write at least one line, or give a rating.")
    yield from check_elements(x.elements)


def _rest(x: r.RestPeriod) -> Iterator[FieldError]:
    yield from check_day("first_day", x.first_day)
    yield from check_day("last_day", x.last_day)
    if x.last_day < x.first_day:
        yield FieldError("last_day", "The last day comes before the first day.")
    yield from check_text("note", x.note)


def _person_record(x: r.Person) -> Iterator[FieldError]:
    yield from _person(x, "")


def _strip_prefix(errors: Iterator[FieldError]) -> Iterator[FieldError]:
    for e in errors:
        yield FieldError(e.field.lstrip("."), e.message)


_CHECKERS = {
    r.Intention: _intention,
    r.Pause: _pause,
    r.Question: _question,
    r.Tell: _tell,
    r.BankQuestion: _bank,
    r.GembaVisit: _visit,
    r.Reflection: _reflection,
    r.RestPeriod: _rest,
    r.Person: lambda p: _strip_prefix(_person_record(p)),
}
