"""The Coaching tab: coaching conversations with a learner, in the order their questions go.
A new session with someone coached before starts from their last one; the learner's
storyboard shows the story so far."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from l2l_desktop.core import records as r
from l2l_desktop.core.coaching import carry_forward
from l2l_desktop.core.declared import values_of
from l2l_desktop.core.elements import Element
from l2l_desktop.services import Journal
from l2l_desktop.ui.editor_tab import EditorTab
from l2l_desktop.ui.forms import (
    ElementChecks,
    PersonCombo,
    TextArea,
    date_edit,
    date_value,
    set_date_value,
)
from l2l_desktop.ui.row_list import RowList
from l2l_desktop.ui.rows import ObstacleRowWidget
from l2l_desktop.ui.style import person_name, tr
from l2l_desktop.ui.widgets import EmptyState, muted_label

# The texts a session carries from the last one, and those that are its own.
_TEXTS = (
    "challenge",
    "target",
    "current_condition",
    "last_step",
    "expected",
    "actual",
    "learned",
    "next_step",
    "next_expected",
)
# How the last step went, as the form offers it (the outcome's key; "" for not judged).
OUTCOME_WORDS = (
    ("", QT_TRANSLATE_NOOP("", "Not judged")),
    ("as_expected", QT_TRANSLATE_NOOP("", "As expected")),
    ("otherwise", QT_TRANSLATE_NOOP("", "Not as expected")),
)


def _side_by_side(*blocks: tuple[QWidget, int]) -> QWidget:
    """Field blocks in one row, each stretched by its factor."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget, stretch in blocks:
        layout.addWidget(widget, stretch, Qt.AlignmentFlag.AlignTop)
    return row


def _left(widget: QWidget) -> QWidget:
    """``widget`` at its own width on the left of its row (a choice, not a text)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    layout.addStretch(1)
    row.setFocusProxy(widget)
    return row


class CoachingTab(EditorTab[r.CoachingSession]):
    record_type = r.CoachingSession
    shows = frozenset({"coaching_session", "person"})
    first_field = "learner"
    draft_key = "coaching-form"
    new_title = QT_TRANSLATE_NOOP("", "A new coaching session")
    edit_title = QT_TRANSLATE_NOOP("", "Editing the coaching session of {day}")
    delete_title = QT_TRANSLATE_NOOP("", "Delete coaching session")
    deleted = QT_TRANSLATE_NOOP("", "Deleted the coaching session of {day}. Ctrl+Z brings it back.")
    storyboard_requested = Signal(object)  # the learner (a stored person)

    def __init__(self, journal: Journal, undo_stack: QUndoStack) -> None:
        super().__init__(
            tr("Coaching"),
            tr("Coach a learner toward a target, one step and one obstacle at a time."),
            EmptyState(
                tr("No coaching sessions yet"),
                tr(
                    "Choose a learner on the right and agree the target with them. The next "
                    "session with them starts from this one."
                ),
            ),
            journal,
            undo_stack,
            [
                (tr("Day"), lambda s: s.day.isoformat()),
                (tr("Learner"), lambda s: person_name(s.learner)),
                (tr("Next step"), lambda s: " ".join(s.next_step.split())),
            ],
            stretch_column=2,
        )
        self._carried: dict[str, Any] | None = None  # what the form was started from
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Filter by learner, target, step or learning"))
        self.search.setAccessibleName(tr("Filter coaching sessions"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.filters.addWidget(self.search)
        self._build_form()
        self._fill(None)

    def form_buttons(self) -> list[QWidget]:
        self.storyboard_button = QPushButton(tr("Storyboard"))
        self.storyboard_button.setToolTip(tr("The learner's story so far, from every session"))
        self.storyboard_button.clicked.connect(self.open_storyboard)
        return [self.storyboard_button]

    def _area(self, name: str, hint: str, lines: int = 1) -> TextArea:
        """A text of the session: a line to start with, growing a little as it is written."""
        return TextArea(name, lines, hint)

    def _build_form(self) -> None:
        f = self.fields
        self.day = date_edit(tr("Day of the session"))
        self.learner = PersonCombo(tr("Learner"))
        self.learner.lineEdit().setPlaceholderText(tr("Whom you coach"))
        self.learner.activated.connect(lambda _i: self._learner_chosen())
        self.learner.lineEdit().editingFinished.connect(self._learner_chosen)
        self.carried_note = muted_label()
        self.carried_note.setVisible(False)
        self.challenge = self._area(tr("Challenge"), tr("The longer-term aim the target serves"))
        self.target = self._area(tr("Target condition"), tr("Where the learner wants to be next"))
        self.current_condition = self._area(
            tr("Current condition"), tr("What the learner sees today, in facts and figures")
        )
        self.obstacles = RowList(ObstacleRowWidget, tr("Add an obstacle"), tr("Obstacles"))
        self.last_step = self._area(tr("Last step"), tr("The step taken since the last session"))
        self.expected = self._area(tr("What they expected"), tr("The result they expected"))
        self.actual = self._area(tr("What happened"), tr("What they saw when they tried it"))
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(tr("Did the step go as expected?"))
        for value, label in OUTCOME_WORDS:
            self.outcome.addItem(tr(label), value)
        self.learned = self._area(tr("What was learned"), tr("What the step taught"), 2)
        self.next_step = self._area(tr("Next step"), tr("The one thing they will try next"))
        self.next_expected = self._area(tr("Expected result"), tr("What they expect it to do"))
        self.go_see = date_edit(tr("When to go and see"), allow_none=True)
        self.elements = ElementChecks()
        block = f.block
        self.form_layout.addWidget(self.carried_note)
        # The coaching questions' order: the target, where things stand, the last step (what
        # was expected, what happened, what it taught), the obstacles, the next step.
        self.form_layout.addWidget(
            _side_by_side(
                (block("learner", tr("Learner"), self.learner), 3),
                (block("day", tr("Day"), self.day), 1),
            )
        )
        for name, label, editor, hint in (
            ("challenge", tr("Challenge (optional)"), self.challenge, ""),
            ("target", tr("Target condition"), self.target, ""),
            ("current_condition", tr("Where things stand now"), self.current_condition, ""),
            ("last_step", tr("The last step taken"), self.last_step, ""),
        ):
            self.form_layout.addWidget(block(name, label, editor, hint))
        # What was expected beside what happened, to compare them.
        self.form_layout.addWidget(
            _side_by_side(
                (block("expected", tr("What they expected"), self.expected), 1),
                (block("actual", tr("What happened"), self.actual), 1),
            )
        )
        for name, label, editor, hint in (
            ("outcome", tr("Did it go as expected?"), _left(self.outcome), ""),
            ("learned", tr("What was learned"), self.learned, ""),
            ("obstacles", tr("Obstacles"), self.obstacles, tr("Work on one at a time.")),
            ("next_step", tr("Next step"), self.next_step, ""),
            ("next_expected", tr("Its expected result"), self.next_expected, ""),
            ("go_see", tr("When to go and see"), self.go_see, ""),
            ("elements", tr("Elements"), self.elements, ""),
        ):
            self.form_layout.addWidget(block(name, label, editor, hint))
        self.form_layout.addStretch(1)
        for area in self._areas().values():
            area.textChanged.connect(self.form_edited)
        for signal in (
            self.learner.editTextChanged,
            self.obstacles.changed,
            self.outcome.currentIndexChanged,
            self.elements.changed,
            self.day.dateChanged,
            self.go_see.dateChanged,
        ):
            signal.connect(self.form_edited)
        self.learner.editTextChanged.connect(lambda _t: self._update_storyboard_button())

    def _areas(self) -> dict[str, TextArea]:
        return {name: getattr(self, name) for name in _TEXTS}

    # --- EditorTab hooks -----------------------------------------------------------------

    def has_filter(self) -> bool:
        return bool(self.search.text().strip())

    def refresh_around(self) -> None:
        self.learner.set_people(self.journal.people())

    def fetch(self, offset: int, limit: int) -> list[r.CoachingSession]:
        return self.journal.coaching_sessions(self.search.text(), limit, offset)

    def blank_fields(self) -> dict[str, Any]:
        return {
            "day": self.journal.today(),
            "learner": None,
            **dict.fromkeys(_TEXTS, ""),
            "obstacles": (),
            "outcome": None,
            "go_see": None,
            "elements": frozenset({Element.SUPPORT}),
        }

    def show_fields(self, values: Mapping[str, Any]) -> None:
        if values.get("day") is not None:
            set_date_value(self.day, values["day"])
        if "learner" in values:
            self.learner.set_value(values["learner"])
        for name, area in self._areas().items():
            if name in values:
                area.set_value(values[name])
        if "obstacles" in values:
            self.obstacles.set_items(list(values["obstacles"]))
        if "outcome" in values:
            key = values["outcome"].value if values["outcome"] is not None else ""
            self.outcome.setCurrentIndex(self.outcome.findData(key))
        if "go_see" in values:
            set_date_value(self.go_see, values["go_see"])
        if values.get("elements") is not None:
            self.elements.set_value(values["elements"])
        self._update_storyboard_button()

    def form_fields(self) -> dict[str, Any]:
        outcome = self.outcome.currentData()
        return {
            "day": date_value(self.day),
            "learner": self.learner.value(),
            **{name: area.value() for name, area in self._areas().items()},
            "obstacles": self.obstacles.items(),
            "outcome": r.StepOutcome(outcome) if outcome else None,
            "go_see": date_value(self.go_see),
            "elements": self.elements.value(),
        }

    def _fill(self, record: r.CoachingSession | None) -> None:
        super()._fill(record)
        self._carried = None
        self.carried_note.setVisible(False)

    # --- a session started from the last one ---------------------------------------------

    def start_with(self, learner: r.Person) -> None:
        """A new session with ``learner``, started from their last one (the form's unsaved
        text first saved or discarded, as the user says)."""
        if not self.confirm_leave():
            return
        self._fill(None)
        self.table.clearSelection()
        self._loading = True  # the app's doing, not the user's: nothing unsaved yet
        try:
            self.learner.set_value(learner)
        finally:
            self._loading = False
        self._carry_forward(learner)
        self.focus_after_carry()

    def focus_after_carry(self) -> None:
        """Where the user types next, in sight: what happened with the last step, else the
        target."""
        field = self.actual if self.target.value().strip() else self.target
        self.scroll.verticalScrollBar().setValue(0)  # the note and the learner in sight
        field.setFocus()
        self.scroll.ensureWidgetVisible(field)  # (on a small screen, the field first)

    def _learner_chosen(self) -> None:
        """The learner of a new session chosen: start it from their last session, unless the
        user has written something of their own already."""
        learner = self.learner.value()
        if self.current is not None or learner is None or learner.created_at is None:
            return
        if self._carried is not None and self._carried.get("learner") == learner:
            return
        if not self._untouched():
            return
        self._carry_forward(learner)

    def _untouched(self) -> bool:
        """Nothing written in the form but the learner and the day (or only what was carried)."""
        values = self.form_fields()
        start = self._carried or self.blank_fields()
        return all(values[name] == start[name] for name in (*_TEXTS, "outcome", "go_see")) and len(
            values["obstacles"]
        ) == len(start["obstacles"])

    def _carry_forward(self, learner: r.Person) -> None:
        last = self.journal.last_coaching_session(learner)
        day = date_value(self.day) or self.journal.today()
        start = carry_forward(last, learner, day)  # the last session read once
        values = values_of(start)
        self._loading = True
        try:
            self.show_fields({k: v for k, v in values.items() if k not in ("day", "learner")})
        finally:
            self._loading = False
        self._carried = {**values, "learner": learner, "obstacles": tuple(start.obstacles)}
        if last is None:
            self.carried_note.setText(
                tr("The first session with {name}: agree the target condition together.").format(
                    name=learner.name
                )
            )
        else:
            self.carried_note.setText(
                tr(
                    "Started from the session of {day}: the target, the obstacles and its next "
                    "step are carried forward. Write what happened beside what was expected."
                ).format(day=last.day.isoformat())
            )
        self.carried_note.setVisible(True)

    # --- the storyboard --------------------------------------------------------------------

    def _update_storyboard_button(self) -> None:
        learner = self.learner.value()
        self.storyboard_button.setEnabled(learner is not None and learner.created_at is not None)

    def open_storyboard(self) -> None:
        learner = self.learner.value()
        if learner is not None and learner.created_at is not None:
            self.storyboard_requested.emit(learner)
