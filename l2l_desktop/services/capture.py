"""Quick capture: a question, a tell or a pause logged in one line, from a terminal or a
desktop shortcut. The same entry is saved here by the command line, or by the running app when
the command hands it over its channel (op ``log``, ``docs/instance-channel.md``), so there is
one way to make the record, and one writer.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from l2l_desktop.core.dates import utc_now, utc_to_local
from l2l_desktop.core.people import name_key

if TYPE_CHECKING:  # the command hands an entry to the running app without loading either
    from l2l_desktop.core import records as r
    from l2l_desktop.services.journal import Journal

LOGGABLE = ("question", "tell", "pause")


def entry(what: str, text: str = "", **options: str | None) -> dict[str, Any]:
    """The entry to log (what the command sends): ``what`` is question, tell or pause; the
    moment is now, so a record handed over keeps the moment it was typed."""
    out: dict[str, Any] = {"what": what, "text": text, "at": utc_now().isoformat()}
    out.update({k: v for k, v in options.items() if v})
    return out


def _text(value: Any, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{name}: expected text")
    return value


def _person(journal: Journal, name: str) -> r.Person | None:
    """The person of that name (case and spaces aside), or someone new by that name."""
    from l2l_desktop.core import records as r

    wanted = " ".join(name.split())
    if not wanted:
        return None
    for person in journal.people():
        if name_key(person.name) == name_key(wanted):
            return person
    return r.Person(wanted)


def build(journal: Journal, item: dict[str, Any]) -> r.Record:
    """The record an entry describes (raises ValueError saying what is wrong with it)."""
    from l2l_desktop.core import records as r

    what = item.get("what")
    if what not in LOGGABLE:
        raise ValueError(f"cannot log {what!r}: choose question, tell or pause")
    try:
        at = datetime.fromisoformat(_text(item.get("at"), "at")) if item.get("at") else utc_now()
    except ValueError:
        raise ValueError("at: expected a time as YYYY-MM-DDTHH:MM:SS") from None
    day = journal.today(utc_to_local(at))
    text = _text(item.get("text"), "text")
    person = _person(journal, _text(item.get("person"), "person"))
    if what == "question":
        from l2l_desktop.core.question_checker import check_question

        suggestion = check_question(text)
        kind = item.get("kind") or (suggestion.kind.value if suggestion else None)
        if kind not in {k.value for k in r.QuestionKind}:
            raise ValueError("kind: choose open, closed or leading")
        return r.Question(
            day=day,
            asked_at=at,
            text=text,
            kind=r.QuestionKind(kind),
            suggested_kind=suggestion.kind if suggestion else None,
            person=person,
        )
    if what == "tell":
        return r.Tell(day=day, told_at=at, note=text, person=person)
    alignment = item.get("alignment")
    if alignment not in {a.value for a in r.Alignment}:
        raise ValueError("alignment: choose aligned, partly or off")
    return r.Pause(day=day, at=at, alignment=r.Alignment(alignment), note=text)


def log_entry(journal: Journal, item: dict[str, Any]) -> tuple[r.Record, str]:
    """Save the record an entry describes (validated as the window validates it); the record
    as saved, and the line that says what was logged."""
    record = build(journal, item)
    person = getattr(record, "person", None)
    new = person is not None and person.created_at is None  # not one of the journal's yet
    saved = journal.save(record)
    return saved, describe(saved, new_person=new)


def describe(record: r.Record, new_person: bool = False) -> str:
    """One line saying what was logged: "Logged an open question (Ana) at 09:15." """
    from l2l_desktop.core import records as r

    local = utc_to_local
    person = getattr(record, "person", None)
    who = f" ({person.name})" if person is not None else ""
    added = f" {person.name} was added to your people." if person is not None and new_person else ""
    if isinstance(record, r.Question):
        kind = record.kind.value
        article = "an" if kind[0] in "aeiou" else "a"
        return f"Logged {article} {kind} question{who} at {local(record.asked_at):%H:%M}.{added}"
    if isinstance(record, r.Tell):
        return f"Logged a tell{who} at {local(record.told_at):%H:%M}.{added}"
    if isinstance(record, r.Pause):
        return f"Logged a pause ({record.alignment.value}) at {local(record.at):%H:%M}."
    return "Logged."
