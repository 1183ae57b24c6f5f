"""A name typed for the first time asks once whether it is someone new: saving a record that
names a person not on the team yet asks "Is “Jona” someone new?", offering the closest name
on the team instead ("No, I mean Jonas Berg"). Asked when the record is saved, after its
fields pass their checks, so nothing is asked of a record that would not be saved."""

from __future__ import annotations

import dataclasses
import difflib
from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from l2l_desktop.core import records as r
from l2l_desktop.core.people import is_forgotten, name_key
from l2l_desktop.ui.style import curly_quotes, tr

NOT_ADDED = "Not saved yet: choose whom you meant, or add them as someone new."
"""Said when the user went back from the question (the window words it by its code)."""


def named_people(record: Any) -> list[r.Person]:
    """Every person ``record`` names, in its fields and in its parts' fields."""
    found: list[r.Person] = []
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if isinstance(value, r.Person):
            found.append(value)
        elif isinstance(value, tuple):
            for part in value:
                if dataclasses.is_dataclass(part):
                    found.extend(named_people(part))
    return found


def new_people(record: Any, team: list[r.Person]) -> list[r.Person]:
    """The people ``record`` names who are not stored yet, once each (told apart by name)."""
    known = {p.uuid for p in team}
    out: dict[str, r.Person] = {}
    for person in named_people(record):
        if person.uuid not in known:
            out.setdefault(name_key(person.name), person)
    return list(out.values())


def closest(name: str, team: list[r.Person]) -> r.Person | None:
    """The person on the team whose name is most like ``name`` (a typo, a first name), if any
    is like enough."""
    on_team = {p.name: p for p in team if not p.archived and not is_forgotten(p)}
    if not on_team:
        return None
    key = name_key(name)
    by_key = {name_key(n): p for n, p in on_team.items()}
    shared = Counter(known.split()[0] for known in by_key)
    firsts = {  # "jonas" for Jonas Berg, unless two on the team share it
        known.split()[0]: person
        for known, person in by_key.items()
        if shared[known.split()[0]] == 1
    }
    if key in firsts:
        return firsts[key]
    match = difflib.get_close_matches(key, [*by_key, *firsts], n=1, cutoff=0.75)
    return (by_key.get(match[0]) or firsts[match[0]]) if match else None


def with_person(record: Any, old: r.Person, new: r.Person) -> Any:
    """``record`` naming ``new`` wherever it named ``old`` (its parts too)."""
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if isinstance(value, r.Person) and value.uuid == old.uuid:
            changes[field.name] = new
        elif isinstance(value, tuple) and any(dataclasses.is_dataclass(v) for v in value):
            changes[field.name] = tuple(
                with_person(v, old, new) if dataclasses.is_dataclass(v) else v for v in value
            )
    return dataclasses.replace(record, **changes) if changes else record


def unsaved_people(record: Any) -> list[r.Person]:
    """The people ``record`` names who were never saved (no stamps: typed, not read)."""
    return [p for p in named_people(record) if p.created_at is None]


def confirm_new_people(
    parent: QWidget, record: Any, team: Callable[[], list[r.Person]]
) -> Any | None:
    """``record`` once the user has said, for each new name, that it is someone new (or
    which person on the team they meant); None when they chose to go back to the form.
    ``team`` is read only when the record names someone never saved."""
    if not unsaved_people(record):
        return record
    people = team()
    for person in new_people(record, people):
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Someone new?"))
        box.setText(tr("Is {name} someone new?").format(name=curly_quotes(f'"{person.name}"')))
        match = closest(person.name, people)
        instead = None
        if match is not None:  # a typo or a first name, more likely than a new person
            box.setInformativeText(
                tr(
                    "Nobody on your team has this name yet, but it looks like {name}, who is. "
                    "Saving as someone new adds them to the People tab."
                ).format(name=match.name)
            )
            instead = box.addButton(
                tr("No, I mean {name}").format(name=match.name), QMessageBox.ButtonRole.AcceptRole
            )
        else:
            box.setInformativeText(
                tr("Nobody on your team has this name yet. Saving adds them to the People tab.")
            )
        add = box.addButton(
            tr("Yes, add {name}").format(name=person.name), QMessageBox.ButtonRole.ActionRole
        )
        back = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(instead or add)
        box.setEscapeButton(back)
        box.exec()
        clicked = box.clickedButton()
        if clicked is add:
            continue
        if instead is not None and clicked is instead and match is not None:
            record = with_person(record, person, match)
            continue
        return None
    return record
