"""The day at a glance, for ``l2l-desktop today``: its intention and pauses, and what is
carried over to it (the last "adjust next", the follow-ups due, the question to practise)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from l2l_desktop.core import records as r
from l2l_desktop.core.dates import utc_to_local


@dataclass(frozen=True)
class Today:
    """What ``l2l-desktop today`` shows for ``day``."""

    day: date
    intention: r.Intention | None
    pauses: tuple[r.Pause, ...]
    adjust_next: r.Reflection | None
    """The latest reflection before ``day`` that says what to adjust next, if any."""
    follow_ups: tuple[r.OpenFollowUp, ...]
    """Open follow-ups due on ``day`` or before it."""
    practice_question: str | None


def due_by(items: Sequence[r.OpenFollowUp], day: date) -> tuple[r.OpenFollowUp, ...]:
    """The open follow-ups whose due day is ``day`` or earlier, the most overdue first."""
    due = [x for x in items if x.follow_up.due_day is not None and x.follow_up.due_day <= day]
    return tuple(sorted(due, key=lambda x: (x.follow_up.due_day, x.visit_day)))


def today_to_dict(t: Today) -> dict[str, Any]:
    """JSON-ready: ISO days, local pause times to the minute, enum values as their names."""
    i = t.intention
    return {
        "day": t.day.isoformat(),
        "intention": None
        if i is None
        else {
            "heart": i.heart,
            "direction": i.direction,
            "actions": [
                {"text": a.text, "element": a.element.value, "done": a.done} for a in i.actions
            ],
        },
        "pauses": [
            {
                "at": utc_to_local(p.at).isoformat(timespec="minutes"),
                "alignment": p.alignment.value,
                "note": p.note,
            }
            for p in t.pauses
        ],
        "carried_over": {
            "adjust_next": None
            if t.adjust_next is None
            else {"day": t.adjust_next.day.isoformat(), "text": t.adjust_next.adjust_next},
            "follow_ups_due": [
                {
                    "text": x.follow_up.text,
                    "owner": x.follow_up.owner,
                    "due_day": x.follow_up.due_day.isoformat() if x.follow_up.due_day else None,
                    "place": x.place,
                    "visit_day": x.visit_day.isoformat(),
                }
                for x in t.follow_ups
            ],
        },
        "practice_question": t.practice_question,
    }


def today_text(t: Today) -> str:
    """A few lines for a terminal."""
    lines = [f"L2L Desktop, {t.day.strftime('%A')} {t.day.isoformat()}"]
    if t.intention is None:
        lines.append("  No intention yet for this day.")
    else:
        lines.append(f"  Heart: {t.intention.heart}")
        lines.append(f"  Direction: {t.intention.direction}")
        for a in t.intention.actions:
            mark = "x" if a.done else " "
            lines.append(f"  [{mark}] {a.text} ({a.element.value})")
    if t.pauses:
        lines.append("  Pauses:")
        for p in t.pauses:
            note = f" · {p.note}" if p.note.strip() else ""
            lines.append(f"    {utc_to_local(p.at).strftime('%H:%M')} {p.alignment.value}{note}")
    else:
        lines.append("  No intention pause yet.")
    if t.adjust_next is not None:
        lines.append(
            f"  Carried over from {t.adjust_next.day.isoformat()}: {t.adjust_next.adjust_next}"
        )
    for x in t.follow_ups:
        due = x.follow_up.due_day.isoformat() if x.follow_up.due_day else ""
        owner = f" ({x.follow_up.owner})" if x.follow_up.owner else ""
        lines.append(f"  Follow-up due {due}{owner}: {x.follow_up.text} [{x.place}]")
    if t.practice_question:
        lines.append(f"  Question to practise: {t.practice_question}")
    return "\n".join(lines)
