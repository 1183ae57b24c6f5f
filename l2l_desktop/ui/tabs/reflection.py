"""The Reflection tab: the evening hansei, weekly reviews and event reflections."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core import records as r
from l2l_desktop.services import Journal
from l2l_desktop.ui.editor_tab import EditorTab
from l2l_desktop.ui.forms import TextArea, date_edit, date_value, element_icon, set_date_value
from l2l_desktop.ui.style import tr
from l2l_desktop.ui.widgets import EmptyState, discard

KINDS = (
    ("daily", QT_TRANSLATE_NOOP("", "Daily reflection (hansei)")),
    ("weekly", QT_TRANSLATE_NOOP("", "Weekly review")),
    ("event", QT_TRANSLATE_NOOP("", "After an event")),
)
# The kinds as the list writes them, tr(kind.value): marked for the catalogue.
KIND_WORDS = (
    QT_TRANSLATE_NOOP("", "daily"),
    QT_TRANSLATE_NOOP("", "weekly"),
    QT_TRANSLATE_NOOP("", "event"),
)


def rating_question(kind: str) -> str:
    """The rating's question for a kind of reflection: a day, a week, or an event."""
    if kind == "weekly":
        return tr("How well did the week match my intentions?")
    if kind == "daily":
        return tr("How well did the day match my intention?")
    return tr("How well did it go?")


class RatingPicker(QWidget):
    """How well the day matched the intention, 1 to 5 (or not rated)."""

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for value in range(1, 6):
            button = QRadioButton(str(value))
            button.setAccessibleName(tr("Rating {n} of 5").format(n=value))
            self.group.addButton(button, value)
            layout.addWidget(button)
            self.buttons.append(button)
        hint = QLabel(tr("1 far off · 5 just as meant"))
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.changed = self.group.idToggled

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return chosen if chosen > 0 else None

    def set_value(self, rating: int | None) -> None:
        self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self.group.setExclusive(True)
        if rating is not None:
            self.buttons[rating - 1].setChecked(True)


class _ClickLabel(QLabel):
    """A check box's text that wraps; a click on it ticks the box."""

    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.check = check

    def mousePressEvent(self, event: Any) -> None:
        self.check.toggle()


class ActionChecklist(QWidget):
    """The day's planned actions, to tick the ones that happened."""

    def __init__(self) -> None:
        super().__init__()
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.intention: r.Intention | None = None
        self.checks: list[tuple[r.Action, QCheckBox]] = []
        self.note = QLabel()
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.box.addWidget(self.note)

    def set_intention(self, intention: r.Intention | None, done: set[str] | None = None) -> None:
        for _, check in self.checks:
            discard(check.parentWidget())
        self.checks = []
        self.intention = intention
        self.note.setVisible(intention is None or not intention.actions)
        self.note.setText(tr("No intention was written for this day."))
        if intention is None:
            return
        for action in intention.actions:
            check = QCheckBox()
            check.setIcon(element_icon(action.element))
            check.setAccessibleName(tr("Done: {action}").format(action=action.text))
            check.setChecked(action.done if done is None else action.uuid in done)
            label = _ClickLabel(action.text, check)  # wraps: a long action never widens
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(label, 1)
            self.box.addWidget(row)
            self.checks.append((action, check))

    def done_uuids(self) -> set[str]:
        return {action.uuid for action, check in self.checks if check.isChecked()}

    def ticked_intention(self) -> r.Intention | None:
        """The intention with the done flags as ticked, or None when nothing changed."""
        if self.intention is None:
            return None
        actions = tuple(replace(a, done=check.isChecked()) for a, check in self.checks)
        if actions == self.intention.actions:
            return None
        return replace(self.intention, actions=actions)


class ReflectionTab(EditorTab[r.Reflection]):
    record_type = r.Reflection
    shows = frozenset({"reflection", "intention"})
    first_field = "went_well"
    draft_key = "reflection-form"
    new_title = QT_TRANSLATE_NOOP("", "A new reflection")
    edit_title = QT_TRANSLATE_NOOP("", "Editing the reflection of {day}")
    delete_title = QT_TRANSLATE_NOOP("", "Delete reflection")
    deleted = QT_TRANSLATE_NOOP("", "Deleted the reflection of {day}. Ctrl+Z brings it back.")

    def __init__(self, journal: Journal, undo_stack: QUndoStack) -> None:
        super().__init__(
            tr("Reflection"),
            tr(
                "Hansei: an honest look back at what happened, what worked, what you learned, "
                "and what you will adjust next."
            ),
            EmptyState(
                tr("No reflections yet"),
                tr(
                    "A few honest minutes in the evening start the next round of learning. "
                    "Write today's on the right; what you plan to adjust shows up tomorrow morning."
                ),
            ),
            journal,
            undo_stack,
            [
                (tr("Day"), lambda x: x.day.isoformat()),
                (tr("Kind"), lambda x: tr(x.kind.value)),
                (tr("Rating"), lambda x: f"{x.rating} / 5" if x.rating else ""),
                (tr("Learned"), lambda x: x.learned or x.went_well),
                (tr("Adjust next"), lambda x: x.adjust_next),
            ],
            stretch_column=(3, 4),
        )
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(tr("Show reflections of kind"))
        self.kind_filter.addItem(tr("All kinds"), None)
        for value, label in KINDS:
            self.kind_filter.addItem(tr(label), value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Filter by any text"))
        self.search.setAccessibleName(tr("Filter reflections"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.filters.addWidget(self.kind_filter)
        self.filters.addWidget(self.search, 1)
        self._build_form()
        self._fill(None)

    def _build_form(self) -> None:
        f = self.fields
        self.day = date_edit(tr("Day reflected on"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind of reflection"))
        for value, label in KINDS:
            self.kind.addItem(tr(label), value)
        self.actions = ActionChecklist()
        self.rating = RatingPicker()
        self.went_well = TextArea(tr("What went well"), 2)
        self.went_badly = TextArea(tr("What did not go well"), 2)
        self.learned = TextArea(tr("What I learned"), 2)
        self.adjust = TextArea(
            tr("What I will adjust next"), 2, tr("Shown on tomorrow's Today tab")
        )
        for name, label, editor in (
            ("day", tr("Day"), self.day),
            ("kind", tr("Kind"), self.kind),
            ("actions", tr("Which planned actions happened?"), self.actions),
            ("rating", rating_question("daily"), self.rating),
            ("went_well", tr("What went well"), self.went_well),
            ("went_badly", tr("What did not go well"), self.went_badly),
            ("learned", tr("What I learned"), self.learned),
            ("adjust_next", tr("What I will adjust next"), self.adjust),
        ):
            self.form_layout.addWidget(f.block(name, label, editor))
        self.form_layout.addStretch(1)
        self._rating_title = self.fields.editors["rating"].parentWidget().findChild(QLabel)
        self.day.dateChanged.connect(self._day_changed)
        self.kind.currentIndexChanged.connect(self._day_changed)
        for signal in (
            self.went_well.textChanged,
            self.went_badly.textChanged,
            self.learned.textChanged,
            self.adjust.textChanged,
            self.rating.changed,
            self.kind.currentIndexChanged,
            self.day.dateChanged,
        ):
            signal.connect(self.form_edited)

    def _day_changed(self) -> None:
        day = date_value(self.day)
        daily = self.kind.currentData() == "daily"
        self.fields.editors["actions"].parentWidget().setVisible(daily)
        self._rating_title.setText(f"<b>{rating_question(self.kind.currentData())}</b>")
        if daily and day is not None and not self._loading:
            self.actions.set_intention(self.journal.intention_for_day(day))

    # --- EditorTab hooks -----------------------------------------------------------------

    def has_filter(self) -> bool:
        return bool(self.search.text().strip()) or self.kind_filter.currentData() is not None

    def fetch(self, offset: int, limit: int) -> list[r.Reflection]:
        kind = self.kind_filter.currentData()
        return self.journal.reflections_matching(
            r.ReflectionKind(kind) if kind else None, self.search.text(), limit, offset
        )

    def reload(self) -> None:
        super().reload()
        day = date_value(self.day)
        if not self.drafts.dirty and day is not None:
            # The day's intention may have changed since the form was filled.
            self.actions.set_intention(self.journal.intention_for_day(day))

    def new(self) -> None:
        """A new reflection; today's daily hansei opens for editing if it already exists."""
        existing = self.journal.daily_reflection(self.journal.today())
        if existing is not None and (self.current is None or self.current.uuid != existing.uuid):
            if self.confirm_leave():
                self.edit(existing)
                self.select_uuid(existing.uuid)
                self.focus_first()
            return
        super().new()

    def start_weekly_review(self, figures: str) -> None:
        """A weekly reflection for this week, its first field started with the week's figures."""
        if not self.confirm_leave():
            return
        today = self.journal.today()
        existing = [
            x
            for x in self.journal.reflections_matching(r.ReflectionKind.WEEKLY)
            if (today - x.day).days < 7 and x.day.isocalendar()[:2] == today.isocalendar()[:2]
        ]
        if existing:
            self.edit(existing[0])
            self.select_uuid(existing[0].uuid)
            return
        self._fill(None)
        self._loading = True
        try:
            self.kind.setCurrentIndex(self.kind.findData("weekly"))
            self.fields.editors["actions"].parentWidget().setVisible(False)
            self.went_well.set_value(figures + "\n\n")
        finally:
            self._loading = False
        self.form_title.setText(tr("This week's review"))
        self.drafts.edited()
        self.went_well.setFocus()
        cursor = self.went_well.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.went_well.setTextCursor(cursor)

    def blank_fields(self) -> dict[str, Any]:
        return {
            "day": self.journal.today(),
            "kind": r.ReflectionKind.DAILY,
            "rating": None,
            "went_well": "",
            "went_badly": "",
            "learned": "",
            "adjust_next": "",
        }

    def show_fields(self, values: Mapping[str, Any]) -> None:
        if values.get("day") is not None:
            set_date_value(self.day, values["day"])
        if values.get("kind") is not None:
            self.kind.setCurrentIndex(self.kind.findData(values["kind"].value))
        day = date_value(self.day)
        self.actions.set_intention(self.journal.intention_for_day(day) if day else None)
        self.fields.editors["actions"].parentWidget().setVisible(self.kind.currentData() == "daily")
        if "rating" in values:
            self.rating.set_value(values["rating"])
        for name, area in (
            ("went_well", self.went_well),
            ("went_badly", self.went_badly),
            ("learned", self.learned),
            ("adjust_next", self.adjust),
        ):
            if name in values:
                area.set_value(values[name])

    def form_fields(self) -> dict[str, Any]:
        kind = r.ReflectionKind(self.kind.currentData())
        intention = self.actions.intention if kind is r.ReflectionKind.DAILY else None
        return {
            "day": date_value(self.day),
            "kind": kind,
            "went_well": self.went_well.value(),
            "went_badly": self.went_badly.value(),
            "learned": self.learned.value(),
            "adjust_next": self.adjust.value(),
            "rating": self.rating.value(),
            "intention_uuid": intention.uuid if intention else None,
        }

    def form_state(self) -> dict[str, Any]:
        return {"done": sorted(self.actions.done_uuids())}

    def restore_form_state(self, state: Mapping[str, Any]) -> None:
        done = state.get("done")
        if isinstance(done, list):
            self.actions.set_intention(self.actions.intention, {str(u) for u in done})

    def do_save(self, record: r.Reflection) -> r.Reflection:
        ticked = self.actions.ticked_intention() if record.kind is r.ReflectionKind.DAILY else None
        saved = self.journal.save_reflection_and_actions(record, ticked, self.draft_key)
        if ticked is not None:
            self.actions.set_intention(self.journal.intention_for_day(record.day))
        return saved
