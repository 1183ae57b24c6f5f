"""A starter bank of open coaching questions, grouped by purpose, and a question for each day.

The questions are written in our own plain words; every one reads as OPEN to
:func:`l2l_desktop.core.question_checker.check_question`. They are stored in English (the
same record in every database); the window shows an unedited one in the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from math import gcd

from l2l_desktop.words import QT_TRANSLATE_NOOP

__all__ = ["PURPOSES", "STARTER_BANK", "BankEntry", "pick_for_day"]

PURPOSES: dict[str, str] = {
    "situation": "Understand the situation",
    "target": "The target",
    "obstacles": "Obstacles",
    "next_step": "Next step",
    "learned": "What we learned",
    "care": "Care",
}


@dataclass(frozen=True)
class BankEntry:
    """One starter question and the key of the purpose it serves (a key of :data:`PURPOSES`)."""

    text: str
    purpose: str


def _group(purpose: str, *texts: str) -> tuple[BankEntry, ...]:
    return tuple(BankEntry(text, purpose) for text in texts)


STARTER_BANK: tuple[BankEntry, ...] = (
    *_group(
        "situation",
        QT_TRANSLATE_NOOP("", "What is happening here right now?"),
        QT_TRANSLATE_NOOP("", "What did you see when it started?"),
        QT_TRANSLATE_NOOP("", "Where does the work get stuck most often?"),
        QT_TRANSLATE_NOOP("", "How does this look from where you stand?"),
        QT_TRANSLATE_NOOP("", "Walk me through how the job runs today."),
    ),
    *_group(
        "target",
        QT_TRANSLATE_NOOP("", "What are we trying to reach this week?"),
        QT_TRANSLATE_NOOP("", "How will we know we have got there?"),
        QT_TRANSLATE_NOOP("", "What would good look like by Friday?"),
        QT_TRANSLATE_NOOP("", "Which part of the goal matters most to you?"),
    ),
    *_group(
        "obstacles",
        QT_TRANSLATE_NOOP("", "What is getting in the way?"),
        QT_TRANSLATE_NOOP("", "What makes this harder than it needs to be?"),
        QT_TRANSLATE_NOOP("", "Where do you expect the next snag?"),
        QT_TRANSLATE_NOOP("", "What would you remove first if you could?"),
    ),
    *_group(
        "next_step",
        QT_TRANSLATE_NOOP("", "What is the smallest step you could take next?"),
        QT_TRANSLATE_NOOP("", "What will you try first, and when?"),
        QT_TRANSLATE_NOOP("", "Who else needs to be part of this?"),
        QT_TRANSLATE_NOOP("", "How will you check whether it worked?"),
    ),
    *_group(
        "learned",
        QT_TRANSLATE_NOOP("", "What did we learn from this?"),
        QT_TRANSLATE_NOOP("", "What surprised you?"),
        QT_TRANSLATE_NOOP("", "What would you do differently next time?"),
        QT_TRANSLATE_NOOP("", "How has your thinking changed since we started?"),
        QT_TRANSLATE_NOOP("", "What will you keep doing because it worked?"),
    ),
    *_group(
        "care",
        QT_TRANSLATE_NOOP("", "How are you doing today?"),
        QT_TRANSLATE_NOOP("", "What support would help you most right now?"),
        QT_TRANSLATE_NOOP("", "What could I do to make your day easier?"),
        QT_TRANSLATE_NOOP("", "How is the workload feeling this week?"),
        QT_TRANSLATE_NOOP("", "What is on your mind that we have not talked about?"),
    ),
)


def pick_for_day(texts: Sequence[str], day: date) -> int | None:
    """The index of the question to practise on ``day``; ``None`` if there are none.

    The same day always gives the same index. Neighbouring days step by about six tenths of the
    list (a step with no common factor with its length), so they land in different parts of a
    bank grouped by purpose, and every question comes up once in each run of ``len(texts)`` days.
    """
    count = len(texts)
    if count == 0:
        return None
    step = max(1, round(count * 0.618))
    while gcd(step, count) != 1:
        step += 1
    return day.toordinal() * step % count
