# ruff: noqa: E501  (the page's tables: one row a line)
"""docs/export-format.md, written from the record declarations so it cannot drift from them.

    python -m l2l_desktop.core.export_doc > docs/export-format.md

``tests/core/test_export_doc.py`` fails when the file differs from what this prints, or when
a declared field has no line of explanation below.
"""

from __future__ import annotations

import dataclasses
import sys

from l2l_desktop.core.declared import STAMPS, FieldSpec, Shape, specs
from l2l_desktop.core.exchange import FORMAT, FORMAT_VERSION
from l2l_desktop.core.kinds import KINDS

# One line for each field a user writes, by "<Class>.<field>"; a field declared without one
# fails the test.
NOTES = {
    "Person.name": "The name, as the user writes it.",
    "Person.role": "Their role (optional).",
    "Person.cadence_days": "How often, in days, the user wants to see them (7 weekly, 14 "
    "fortnightly, 28 monthly), or null for no rhythm.",
    "Person.archived": "Whether they left the team: hidden from lists, kept in the records.",
    "Person.notes": "The user's private notes about them.",
    "Intention.day": "The day the intention is for; one intention a day.",
    "Intention.heart": "Why it matters today.",
    "Intention.direction": "The impact wanted.",
    "Intention.actions": "One to three actions.",
    "Action.text": "What to do.",
    "Action.element": "The element the action serves.",
    "Action.done": "Ticked done.",
    "Pause.day": "The day of the pause.",
    "Pause.at": "When it was taken.",
    "Pause.alignment": "How the moment matched the day's intention.",
    "Pause.note": "A note (optional).",
    "Pause.elements": "The elements it concerns.",
    "Question.day": "The day it was asked.",
    "Question.asked_at": "When it was asked.",
    "Question.text": "The question, as asked.",
    "Question.kind": "Its kind, as the user chose it.",
    "Question.suggested_kind": "The kind the question checker suggested, if any.",
    "Question.context": "Where or when it was asked.",
    "Question.learned": "What the answer taught.",
    "Question.person": "Whom it was asked of (a person object, or null).",
    "Question.elements": "The elements it concerns.",
    "Tell.day": "The day of the tell.",
    "Tell.told_at": "When.",
    "Tell.note": "What happened (optional).",
    "Tell.person": "Whom (a person object, or null).",
    "Tell.elements": "The elements it concerns.",
    "BankQuestion.text": "The question.",
    "BankQuestion.purpose": "The group it belongs to.",
    "BankQuestion.active": "False once retired.",
    "BankQuestion.builtin": "True for the starter questions the app ships.",
    "GembaVisit.day": "The day of the visit.",
    "GembaVisit.place": "Where the work happens.",
    "GembaVisit.purpose": "What the visit is for.",
    "GembaVisit.status": "Planned, or done.",
    "GembaVisit.observed": "What was seen.",
    "GembaVisit.care": "How the people there are doing.",
    "GembaVisit.assumptions": "Assumptions taken along, each with its result.",
    "GembaVisit.conversations": "Whom the user talked with, and what they learned.",
    "GembaVisit.follow_ups": "What to do after the visit.",
    "GembaVisit.elements": "The elements it concerns.",
    "Assumption.text": "The assumption.",
    "Assumption.result": "Whether what was seen confirmed it.",
    "Assumption.fact": "The fact that decided it (optional).",
    "Conversation.learned": "What the user learned from their view.",
    "Conversation.person": "Whom (a person object, or null).",
    "FollowUp.text": "What to do.",
    "FollowUp.owner": "Who does it (optional).",
    "FollowUp.due_day": "When it is due (optional).",
    "FollowUp.done_day": "When it was done; null while open. Never before the visit's day.",
    "Reflection.day": "The day reflected on; one daily reflection a day.",
    "Reflection.kind": "Daily, weekly, or about one event.",
    "Reflection.went_well": "What went well.",
    "Reflection.went_badly": "What did not.",
    "Reflection.learned": "What was learned.",
    "Reflection.adjust_next": "What to adjust next time (shown the next morning).",
    "Reflection.rating": "A rating from 1 to 5, or null.",
    "Reflection.intention_uuid": "The uuid of the intention of its day, or null.",
    "Reflection.elements": "The elements it concerns.",
    "RestPeriod.first_day": "The first day off.",
    "RestPeriod.last_day": "The last day off (not before the first).",
    "RestPeriod.kind": "Rest, leave or sick.",
    "RestPeriod.note": "A note (optional).",
    "CoachingSession.day": "The day of the session.",
    "CoachingSession.target": "The target condition the learner is working toward.",
    "CoachingSession.learner": "Whom the user coaches (a person object; required).",
    "CoachingSession.challenge": "The longer-term challenge the target serves (optional).",
    "CoachingSession.current_condition": "Where things stand now.",
    "CoachingSession.obstacles": "The obstacles in the way, each open, being worked on or overcome.",
    "CoachingSession.last_step": "The step taken since the last session.",
    "CoachingSession.expected": "What the learner expected of that step.",
    "CoachingSession.actual": "What happened.",
    "CoachingSession.outcome": "Whether it went as expected, or otherwise; null if not judged.",
    "CoachingSession.learned": "What the step taught.",
    "CoachingSession.next_step": "The next step the learner will take.",
    "CoachingSession.next_expected": "What the learner expects of it.",
    "CoachingSession.go_see": "When to go and see the result (optional).",
    "CoachingSession.elements": "The elements it concerns.",
    "Obstacle.text": "The obstacle.",
    "Obstacle.status": "Open, being worked on (one at a time), or overcome.",
}

_JSON = {
    Shape.TEXT: "text",
    Shape.LINK: "text (a uuid)",
    Shape.WHOLE: "whole number",
    Shape.FLAG: "true / false",
    Shape.DAY: 'date, "YYYY-MM-DD"',
    Shape.MOMENT: 'time, "YYYY-MM-DDTHH:MM:SS[.ffffff]", UTC',
    Shape.ELEMENT: "element key",
    Shape.ELEMENTS: "list of element keys",
    Shape.RECORD: "object",
    Shape.PARTS: "list of objects",
}


def _type(spec: FieldSpec) -> str:
    if spec.shape is Shape.CHOICE:
        return " / ".join(f'"{m.value}"' for m in spec.type)  # type: ignore[attr-defined]
    if spec.shape is Shape.RECORD:
        return f"{spec.type.__name__} object"
    if spec.shape is Shape.PARTS:
        return f"list of {spec.type.__name__} objects"
    return _JSON[spec.shape]


def _rules(spec: FieldSpec) -> str:
    out = []
    if spec.default is dataclasses.MISSING:
        out.append("required")
    if spec.optional:
        out.append("may be null")
    if spec.shape is Shape.TEXT:
        if spec.rule.required:
            out.append("not blank")
        out.append(f"at most {spec.rule.limit:,} characters")
    if spec.rule.between:
        out.append(f"{spec.rule.between[0]} to {spec.rule.between[1]}")
    if spec.shape is Shape.ELEMENTS:
        out.append("at least one")
    return ", ".join(out)


def _table(cls: type) -> list[str]:
    lines = ["| field | JSON | rules | meaning |", "|---|---|---|---|"]
    for spec in specs(cls):
        if spec.name in STAMPS:
            continue
        note = NOTES.get(f"{cls.__name__}.{spec.name}", "")
        lines.append(f"| `{spec.name}` | {_type(spec)} | {_rules(spec)} | {note} |")
    return lines


def missing_notes() -> list[str]:
    """Declared fields without a line in :data:`NOTES` (the test wants none)."""
    missing = []
    seen: set[type] = set()
    pending = [k.record for k in KINDS]
    while pending:
        cls = pending.pop(0)
        if cls in seen:
            continue
        seen.add(cls)
        for spec in specs(cls):
            if spec.name not in STAMPS and f"{cls.__name__}.{spec.name}" not in NOTES:
                missing.append(f"{cls.__name__}.{spec.name}")
            if spec.shape is Shape.PARTS:
                pending.append(spec.type)
    return missing


HEAD = f"""# The export format

<!-- Written by `python -m l2l_desktop.core.export_doc`; do not edit by hand. A test fails
when the record declarations and this page disagree. -->

`l2l-desktop export` (and File › Export journal…, JSON) writes one UTF-8 JSON object:

| member | JSON | meaning |
|---|---|---|
| `format` | `"{FORMAT}"` | says what the file is |
| `format_version` | `{FORMAT_VERSION}` | this page's version; an app refuses a newer one it cannot read |
| `exported_at` | time, UTC | when the file was written |
| `app_version` | text | the version of the app that wrote it |
| `records` | object | a list of records for each kind below, in order of creation |
| `deletions` | list | records deleted in the journal that wrote the file: `kind`, `uuid`, `deleted_at` (UTC) |
| `preferences` | object | settings kept with the records (practice days per practice, today's question) |

Every record carries `uuid` (its identity everywhere: a merge matches records by it),
`created_at` and `updated_at` (UTC; a merge keeps the side edited last). Parts (an
intention's actions, a visit's assumptions, conversations and follow-ups) carry a `uuid` and
are kept with their record. A person named by a record is written whole inside it, and also
among `records.person`. Texts are written as typed: nothing is trimmed, normalised or escaped
beyond JSON's own rules.

An import checks every value as a save checks it and names each problem by JSON pointer (for
example `/records/question/3/kind`), or by line and column when the file is not JSON. A file
with any problem changes nothing.

Element keys: `"direction"` (set direction), `"support"` (provide support), `"self"` (develop
yourself).

The CSV export (a zip) has one table per kind and one per kind of part (with the record's
uuid in `<kind>_uuid`), UTF-8 with a byte-order mark; a text a spreadsheet would read as a
formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a `'` before it.
The Markdown export (a zip) is for reading: a file per month, and the people and the question
bank. Only the JSON export imports.
"""


def document() -> str:
    """The whole page."""
    lines = [HEAD]
    done: set[type] = set()
    for kind in KINDS:
        lines += [f"## `{kind.name}`: {kind.record.__name__}", "", *_table(kind.record), ""]
        for spec in kind.parts:
            if spec.type in done:
                continue
            done.add(spec.type)
            lines += [f"### {spec.type.__name__} (in `{spec.name}`)", "", *_table(spec.type), ""]
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    sys.stdout.write(document())
