"""What is wrong with a field, in the user's language: the window's words for the codes of
core/validation.py and the store's refusals (the English ``message`` is the command line's)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from l2l_desktop.core.validation import FieldError
from l2l_desktop.ui.style import tr

WORDS = {
    "required": QT_TRANSLATE_NOOP("", "This field is required."),
    "too_long": QT_TRANSLATE_NOOP("", "Too long: {n} characters; the limit is {limit}."),
    "controls": QT_TRANSLATE_NOOP("", "Contains control characters that cannot be saved."),
    "surrogates": QT_TRANSLATE_NOOP("", "Contains broken Unicode characters that cannot be saved."),
    "date_required": QT_TRANSLATE_NOOP("", "A date is required."),
    "date_outside": QT_TRANSLATE_NOOP("", "{day} is outside the dates this app keeps."),
    "whole_number": QT_TRANSLATE_NOOP("", "Choose a whole number from {low} to {high}."),
    "no_element": QT_TRANSLATE_NOOP("", "Choose at least one element."),
    "no_action": QT_TRANSLATE_NOOP("", "Add at least one action."),
    "too_many_actions": QT_TRANSLATE_NOOP(
        "", "At most {n} actions: keep the ones that matter most today."
    ),
    "empty_reflection": QT_TRANSLATE_NOOP("", "Write at least one line, or give a rating."),
    "last_before_first": QT_TRANSLATE_NOOP("", "The last day comes before the first day."),
    "done_before_visit": QT_TRANSLATE_NOOP(
        "",
        "Done on {done}, before the visit itself ({visit}): a follow-up is done on the "
        "visit's day or later.",
    ),
    "done_before_visit_day": QT_TRANSLATE_NOOP(
        "", "The visit is on {visit}: done from that day on."
    ),
    "no_learner": QT_TRANSLATE_NOOP("", "Who is the learner?"),
    "person_not_added": QT_TRANSLATE_NOOP(
        "", "Not saved yet: choose whom you meant, or add them as someone new."
    ),
    "one_obstacle": QT_TRANSLATE_NOOP("", "Work on one obstacle at a time: mark the others open."),
    "intention_taken": QT_TRANSLATE_NOOP("", "This day already has an intention."),
    "daily_taken": QT_TRANSLATE_NOOP("", "This day already has a daily reflection."),
}


def word(error: FieldError) -> str:
    """The error's sentence for the window: its code worded, numbers as the locale writes
    them; the English message where the window has no words for it."""
    template = WORDS.get(error.code)
    if template is None:
        return error.message
    values = {
        key: QLocale().toString(value) if isinstance(value, int) else value
        for key, value in error.values
    }
    return tr(template).format(**values)
