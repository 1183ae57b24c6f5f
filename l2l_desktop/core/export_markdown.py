"""The Markdown export: the journal to read, one file per month (``2025/2025-03.md``), with
the people and the question bank in files of their own. Times are local; texts are as written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from l2l_desktop.core import records as r
from l2l_desktop.core.dates import utc_to_local
from l2l_desktop.core.elements import Element, ordered
from l2l_desktop.core.exchange import Export

ELEMENT_NAMES = {
    Element.DIRECTION: "set direction",
    Element.SUPPORT: "provide support",
    Element.SELF: "develop yourself",
}

# English names whatever the process's locale (a window sets it from the desktop's).
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _time(moment: datetime) -> str:
    return utc_to_local(moment).strftime("%H:%M")


def _elements(elements: Iterable[Element]) -> str:
    return ", ".join(ELEMENT_NAMES[e] for e in ordered(elements))


def _block(label: str, text: str) -> list[str]:
    """A labelled text; a text of several lines starts on a line of its own."""
    if not text.strip():
        return []
    if "\n" in text:
        return [f"**{label}:**", "", text, ""]
    return [f"**{label}:** {text}", ""]


def _person(person: r.Person | None) -> str:
    return f" (with {person.name})" if person is not None else ""


def _intention(x: r.Intention) -> list[str]:
    lines = ["### Intention", "", *_block("Heart", x.heart), *_block("Direction", x.direction)]
    for action in x.actions:
        tick = "x" if action.done else " "
        lines.append(f"- [{tick}] {action.text} ({ELEMENT_NAMES[action.element]})")
    return [*lines, ""]


def _pause(x: r.Pause) -> list[str]:
    return [f"### Pause at {_time(x.at)}: {x.alignment.value}", "", *_block("Note", x.note)]


def _question(x: r.Question) -> list[str]:
    head = f"### Question at {_time(x.asked_at)}, {x.kind.value}{_person(x.person)}"
    lines = [head, "", f"> {x.text}".replace("\n", "\n> "), ""]
    return [*lines, *_block("Context", x.context), *_block("Learned", x.learned)]


def _tell(x: r.Tell) -> list[str]:
    return [
        f"### Told instead of asked, at {_time(x.told_at)}{_person(x.person)}",
        "",
        *_block("Note", x.note),
    ]


def _visit(x: r.GembaVisit) -> list[str]:
    lines = [f"### Gemba at {x.place} ({x.status.value})", "", *_block("Purpose", x.purpose)]
    lines += _block("Observed", x.observed) + _block("Care", x.care)
    if x.assumptions:
        lines += ["**Assumptions:**", ""]
        lines += [
            f"- {a.text}: {a.result.value}" + (f" ({a.fact})" if a.fact else "")
            for a in x.assumptions
        ]
        lines.append("")
    if x.conversations:
        lines += ["**Conversations:**", ""]
        lines += [
            f"- {c.person.name + ': ' if c.person else ''}{c.learned}" for c in x.conversations
        ]
        lines.append("")
    if x.follow_ups:
        lines += ["**Follow-ups:**", ""]
        for f in x.follow_ups:
            tick = "x" if f.done_day else " "
            extra = [f"owner {f.owner}"] if f.owner else []
            extra += [f"due {f.due_day.isoformat()}"] if f.due_day else []
            extra += [f"done {f.done_day.isoformat()}"] if f.done_day else []
            lines.append(f"- [{tick}] {f.text}" + (f" ({', '.join(extra)})" if extra else ""))
        lines.append("")
    return lines


def _reflection(x: r.Reflection) -> list[str]:
    rating = f", rated {x.rating} of 5" if x.rating is not None else ""
    lines = [f"### Reflection ({x.kind.value}{rating})", ""]
    lines += _block("Went well", x.went_well) + _block("Went badly", x.went_badly)
    return lines + _block("Learned", x.learned) + _block("Next time", x.adjust_next)


def _rest(x: r.RestPeriod) -> list[str]:
    span = x.first_day.isoformat()
    if x.last_day != x.first_day:
        span += f" to {x.last_day.isoformat()}"
    return [f"### Days off ({x.kind.value}): {span}", "", *_block("Note", x.note)]


_RENDER = {
    r.Intention: _intention,
    r.Pause: _pause,
    r.Question: _question,
    r.Tell: _tell,
    r.GembaVisit: _visit,
    r.Reflection: _reflection,
    r.RestPeriod: _rest,
}


def _day_of(record: r.Record) -> date | None:
    if isinstance(record, r.RestPeriod):
        return record.first_day
    day = getattr(record, "day", None)
    return day if isinstance(day, date) else None


def _moment_of(record: r.Record) -> str:
    for name in ("at", "asked_at", "told_at"):
        value = getattr(record, name, None)
        if isinstance(value, datetime):
            return value.isoformat()
    return ""


def markdown_files(export: Export) -> Iterator[tuple[str, bytes]]:
    """(file name, contents): a file per month with records, then people and the bank."""
    by_day: dict[date, list[r.Record]] = defaultdict(list)
    # Days off, the intention, then what has a time in its order, the visits, the reflection.
    group = {r.RestPeriod: 0, r.Intention: 1, r.Pause: 2, r.Question: 2, r.Tell: 2}
    group |= {r.GembaVisit: 3, r.Reflection: 4}
    for items in export.records.values():
        for x in items:
            day = _day_of(x)
            if day is not None and type(x) in _RENDER:
                by_day[day].append(x)
    months: dict[tuple[int, int], list[date]] = defaultdict(list)
    for day in sorted(by_day):
        months[(day.year, day.month)].append(day)
    for (year, month), days in months.items():
        lines = [f"# {MONTHS[month - 1]} {year}", ""]
        for day in days:
            lines += [f"## {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[month - 1]} {year}", ""]
            for x in sorted(by_day[day], key=lambda x: (group[type(x)], _moment_of(x))):
                lines += _RENDER[type(x)](x)  # type: ignore[operator]
        yield f"{year}/{year}-{month:02d}.md", _text(lines)
    people = [p for p in export.records.get("person", ()) if isinstance(p, r.Person)]
    if people:
        lines = ["# People", ""]
        lines += [
            f"- {p.name}" + (f", {p.role}" if p.role else "")
            for p in sorted(people, key=lambda p: p.name.casefold())
        ]
        yield "people.md", _text([*lines, ""])
    bank = [b for b in export.records.get("bank_question", ()) if isinstance(b, r.BankQuestion)]
    if bank:
        lines = ["# Question bank", ""]
        for purpose in sorted({b.purpose for b in bank}):
            lines += [f"## {purpose}", ""]
            lines += [
                f"- {b.text}" + ("" if b.active else " (retired)")
                for b in bank
                if b.purpose == purpose
            ]
            lines.append("")
        yield "question-bank.md", _text(lines)


def _text(lines: list[str]) -> bytes:
    return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8")
